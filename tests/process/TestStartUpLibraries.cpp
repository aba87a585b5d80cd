#include "ProcessDriver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey::testing;

/**
 * What the real latchkey on Linux keeps out of its start-up, read from the glibc loader's own trace
 * (LD_DEBUG=files) of the shared objects it loads before its first frame: libphonenumber (and protobuf and
 * abseil, which come with it; the module's work itself is covered wherever the real program takes a
 * number, since it cannot run without it), QtSvg for the window icon, and the keychain's libsecret.
 */
class TestStartUpLibraries : public QObject
{
    Q_OBJECT

    /** Offscreen, in a throwaway home, with the loader tracing each shared object it loads. */
    static QProcessEnvironment tracedEnvironment(const QTemporaryDir &home)
    {
        QProcessEnvironment environment = withoutDisplay();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        return environment;
    }

private slots:
    void theFirstFrameComesWithoutWhatItDoesNotShow()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment environment = tracedEnvironment(home);
        QProcess process;
        process.setProcessEnvironment(environment);
        // A backend on this computer that is never asked: the connection opens only once the user types.
        process.start(QStringLiteral(LATCHKEY_BINARY),
                      {QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:9"),
                       QStringLiteral("--exit-after-first-frame")});
        QVERIFY(process.waitForFinished(30000));
        const QString trace = QString::fromLocal8Bit(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1); // "cancelled" once the frame is drawn (docs/command-line.md)
        QCOMPARE(process.readAllStandardOutput(),
                 QByteArray("first frame\n")); // what bench/startup.py waits for
        // The trace is there (the window's own libraries are in it)...
        QVERIFY2(trace.contains(QLatin1String("libQt6Widgets.so")), qPrintable(trace.right(2000)));
        // ...and what the first page does not need is not.
        for (const char *library : {"liblatchkey-phonenumbers", "libphonenumber.so", "libprotobuf.so",
                                    "libQt6Svg.so", "libsecret-1.so"}) {
            QVERIFY2(!trace.contains(QLatin1String(library)), library);
        }
    }

    void theSandboxStartsAfterTheFirstFrame()
    {
        // latchkey --sandbox starts its latchkey-sandbox child once the window is drawn, so a run that ends
        // at the first frame never starts one. Each process writes its own trace file (LD_DEBUG_OUTPUT),
        // the child's included, whatever it does with its standard error.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment environment = tracedEnvironment(home);
        environment.insert(QStringLiteral("LD_DEBUG_OUTPUT"), home.filePath(QStringLiteral("trace")));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(LATCHKEY_BINARY),
                      {QStringLiteral("--sandbox"), QStringLiteral("--exit-after-first-frame")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        QString traces;
        const QDir folder(home.path());
        for (const QString &name : folder.entryList({QStringLiteral("trace.*")}, QDir::Files)) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            traces += QString::fromLocal8Bit(file.readAll());
        }
        QVERIFY2(traces.contains(QLatin1String("libQt6Widgets.so")), "no trace of the window's own start");
        QVERIFY2(!traces.contains(QLatin1String("libQt6HttpServer.so")), "latchkey-sandbox was started");
    }
};

QTEST_GUILESS_MAIN(TestStartUpLibraries)
#include "TestStartUpLibraries.moc"
