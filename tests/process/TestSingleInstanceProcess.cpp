#include "ProcessDriver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace latchkey::testing;

/**
 * A second launch of the real latchkey window (offscreen) while one is open: it brings the first to the
 * front and exits with 1 (it signed nobody in) without opening a sign-in of its own. A crashed first
 * instance leaves a socket behind that the next launch clears.
 */
class TestSingleInstanceProcess : public QObject
{
    Q_OBJECT

    static QProcessEnvironment windowed()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Shows the single-instance and window lines on stderr; the level is not locked by policy here.
        environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                           QStringLiteral("latchkey.instance=true;latchkey.ui.info=true"));
        return environment;
    }

    static void startWindow(QProcess &process, QString &seen)
    {
        process.setProcessEnvironment(windowed());
        process.start(QStringLiteral(LATCHKEY_BINARY), {QStringLiteral("--sandbox")});
        QVERIFY(process.waitForStarted());
        QVERIFY(
            waitForStderr(process, seen, QRegularExpression(QStringLiteral("listening for later launches")))
                .hasMatch());
        QVERIFY2(process.state() == QProcess::Running, qPrintable(seen));
    }

private slots:
    void aSecondLaunchBringsTheFirstToTheFront()
    {
        QProcess first;
        QString firstSeen;
        startWindow(first, firstSeen);

        QProcess second;
        second.setProcessEnvironment(windowed());
        second.start(QStringLiteral(LATCHKEY_BINARY), {QStringLiteral("--sandbox")});
        QVERIFY(second.waitForFinished(20000));
        const QString secondErr = QString::fromLocal8Bit(second.readAllStandardError());
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 1);
        QVERIFY2(secondErr.contains(QStringLiteral(
                     "latchkey: Latchkey is already open; its window was brought to the front.")),
                 qPrintable(secondErr));
        // The second launch started no sign-in: no wizard page, no sandbox of its own.
        QVERIFY2(!secondErr.contains(QStringLiteral("showing page")), qPrintable(secondErr));
        QVERIFY2(!secondErr.contains(QStringLiteral("listening for later launches")), qPrintable(secondErr));
        QVERIFY(second.readAllStandardOutput().isEmpty());

        // The first was asked, and its wizard came forward; it keeps running.
        QVERIFY(waitForStderr(first, firstSeen,
                              QRegularExpression(QStringLiteral("a later launch asked this window to come to "
                                                                "the front(.|\\n)*coming to the front")))
                    .hasMatch());
        QCOMPARE(first.state(), QProcess::Running);

        // A gate that launched the second one learns it signed nobody in.
        QProcess gate;
        gate.setProcessEnvironment(windowed());
        gate.start(QStringLiteral(LATCHKEY_BINARY),
                   {QStringLiteral("--sandbox"), QStringLiteral("--print-result")});
        QVERIFY(gate.waitForFinished(20000));
        QCOMPARE(gate.exitCode(), 1);
        const QJsonObject result = QJsonDocument::fromJson(gate.readAllStandardOutput()).object();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(result.value(QStringLiteral("mode")).toString(), QStringLiteral("sandbox"));

        // A crash leaves the socket behind; the next launch still opens its window.
        first.kill();
        QVERIFY(first.waitForFinished(20000));
        QProcess next;
        QString nextSeen;
        startWindow(next, nextSeen);
        QVERIFY2(!nextSeen.contains(QStringLiteral("already open")), qPrintable(nextSeen));
        next.kill();
        QVERIFY(next.waitForFinished(20000));
    }

    void theTerminalIsNotASingleInstance()
    {
        // --tty sessions (ssh, scripts) run side by side with a window: no socket, no early exit.
        QProcess window;
        QString windowSeen;
        startWindow(window, windowSeen);
        QProcess terminal;
        terminal.setProcessEnvironment(windowed());
        terminal.start(QStringLiteral(LATCHKEY_BINARY),
                       {QStringLiteral("--tty"), QStringLiteral("--sandbox")});
        QString seen;
        QVERIFY(waitForStderr(terminal, seen, QRegularExpression(QStringLiteral("Username: $"))).hasMatch());
        QVERIFY2(!seen.contains(QStringLiteral("already open")), qPrintable(seen));
        terminal.closeWriteChannel();
        QVERIFY(terminal.waitForFinished(20000));
        QCOMPARE(terminal.exitCode(), 1);
        window.kill();
        QVERIFY(window.waitForFinished(20000));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstanceProcess)
#include "TestSingleInstanceProcess.moc"
