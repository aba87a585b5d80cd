#include "ProcessDriver.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey::testing;

/**
 * The real latchkey on Linux keeps libphonenumber (and protobuf and abseil, which come with it) out of its
 * start-up: the glibc loader's own trace (LD_DEBUG=files) shows which shared objects it loaded. The
 * module's work itself is covered wherever the real program takes a number (TestTerminalPty,
 * TestLatchkeyProcess), since it cannot run without it.
 */
class TestPhoneModuleLoading : public QObject
{
    Q_OBJECT

private slots:
    void theFirstFrameComesWithoutLibphonenumber()
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
        // ...and libphonenumber is not, nor what it brings.
        for (const char *library : {"liblatchkey-phonenumbers", "libphonenumber.so", "libprotobuf.so"}) {
            QVERIFY2(!trace.contains(QLatin1String(library)), library);
        }
    }
};

QTEST_GUILESS_MAIN(TestPhoneModuleLoading)
#include "TestPhoneModuleLoading.moc"
