#include "ProcessDriver.h"

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

private slots:
    void theFirstFrameComesWithoutWhatItDoesNotShow()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment environment = withoutDisplay();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        QProcess process;
        process.setProcessEnvironment(environment);
        // A backend on this computer that is never asked: the connection opens only once the user types.
        process.start(QStringLiteral(LATCHKEY_BINARY),
                      {QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:9"),
                       QStringLiteral("--exit-after-first-frame")});
        QVERIFY(process.waitForFinished(30000));
        const QString trace = QString::fromLocal8Bit(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1); // "cancelled" once the frame is drawn (docs/command-line.md)
        // The trace is there (the window's own libraries are in it)...
        QVERIFY2(trace.contains(QLatin1String("libQt6Widgets.so")), qPrintable(trace.right(2000)));
        // ...and what the first page does not need is not.
        for (const char *library : {"liblatchkey-phonenumbers", "libphonenumber.so", "libprotobuf.so",
                                    "libQt6Svg.so", "libsecret-1.so"}) {
            QVERIFY2(!trace.contains(QLatin1String(library)), library);
        }
    }
};

QTEST_GUILESS_MAIN(TestStartUpLibraries)
#include "TestStartUpLibraries.moc"
