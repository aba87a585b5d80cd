#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

/**
 * The real latchkey executable, run as a script or a person at a terminal would: exit codes, windowless
 * modes without a display, and a whole sign-in on the terminal against the sandbox, remember-me included.
 */
class TestLatchkeyProcess : public QObject
{
    Q_OBJECT

    static QProcessEnvironment withoutDisplay()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
            environment.remove(QString::fromLatin1(name));
        }
        return environment;
    }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(withoutDisplay());
        process.start(QStringLiteral(LATCHKEY_BINARY), arguments);
        if (!process.waitForFinished(30000)) {
            process.kill();
            qFatal("latchkey did not finish");
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromLocal8Bit(process.readAllStandardOutput()),
                QString::fromLocal8Bit(process.readAllStandardError())};
    }

    /** Reads stderr until the pattern shows up; returns the match (or fails the test with what was seen). */
    static QRegularExpressionMatch waitForStderr(QProcess &process, QString &seen,
                                                 const QRegularExpression &pattern)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000) {
            const QRegularExpressionMatch match = pattern.match(seen);
            if (match.hasMatch()) {
                return match;
            }
            process.waitForReadyRead(200);
            seen += QString::fromLocal8Bit(process.readAllStandardError());
            if (process.state() == QProcess::NotRunning) {
                seen += QString::fromLocal8Bit(process.readAllStandardError());
                break;
            }
        }
        qWarning().noquote() << "stderr so far:\n" << seen;
        return pattern.match(seen);
    }

    static void type(QProcess &process, const QString &line)
    {
        process.write(line.toLocal8Bit() + '\n');
        process.waitForBytesWritten(
            5000); // nothing else may pump this process's pipe while we wait elsewhere
    }

    /** Runs one terminal sign-in; `remember` answers the remember-me question when it is asked. */
    /** The codes come from the sandbox's outbox on the stderr of codeSource (the in-process sandbox:
     * process). */
    static void signInOnTheTerminal(QProcess &process, QString &seen, bool expectPassword, bool remember,
                                    QProcess *codeSource = nullptr, QString *codeSourceSeen = nullptr)
    {
        if (expectPassword) {
            QVERIFY(
                waitForStderr(process, seen, QRegularExpression(QStringLiteral("Username: $"))).hasMatch());
            type(process, QStringLiteral("demo"));
            QVERIFY(
                waitForStderr(process, seen, QRegularExpression(QStringLiteral("Password: $"))).hasMatch());
            type(process, QStringLiteral("latchkey-demo"));
            QVERIFY(waitForStderr(process, seen, QRegularExpression(QStringLiteral("Remember me.*\\] $")))
                        .hasMatch());
            type(process, remember ? QStringLiteral("y") : QStringLiteral("n"));
        }
        QVERIFY(
            waitForStderr(process, seen, QRegularExpression(QStringLiteral("Phone number.*: $"))).hasMatch());
        type(process, QStringLiteral("+1 202 555 0142"));
        const QRegularExpression outboxLine(QStringLiteral("\\[sandbox\\][^\\n]*\\b(\\d{6})\\b"));
        const QRegularExpressionMatch code = codeSource
                                                 ? waitForStderr(*codeSource, *codeSourceSeen, outboxLine)
                                                 : waitForStderr(process, seen, outboxLine);
        QVERIFY2(code.hasMatch(), qPrintable(QStringLiteral("latchkey's stderr:\n") + seen));
        QVERIFY(waitForStderr(process, seen, QRegularExpression(QStringLiteral("Code \\(.*: $"))).hasMatch());
        type(process, code.captured(1));
        QVERIFY(process.waitForFinished(20000));
        seen += QString::fromLocal8Bit(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(seen.contains(QStringLiteral("Signed in as Demo User")), qPrintable(seen));
        // The password is never echoed or logged; it appears only in the sandbox's own demo-account hint.
        QVERIFY(!QString(seen)
                     .remove(QStringLiteral("demo / latchkey-demo"))
                     .contains(QStringLiteral("latchkey-demo")));
    }

private slots:
    void helpExitsZeroWithoutADisplay()
    {
        const Run result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("--sandbox")));
        QVERIFY(result.out.contains(QStringLiteral("--tty")));
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    }

    void versionExitsZero()
    {
        const Run result = run({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith(QStringLiteral("Latchkey ")));
    }

    void aWrongOptionExitsThreeAndSaysWhy()
    {
        const Run result = run({QStringLiteral("--frobnicate")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.err.contains(QStringLiteral("frobnicate")));
        QVERIFY(result.out.isEmpty()); // stdout is for results only
    }

    void noServerConfiguredExitsThree()
    {
        const Run result = run({});
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.err.contains(QStringLiteral("No server")));
    }

    void terminalSignInAgainstTheBuiltInSandbox()
    {
        QProcess process;
        process.setProcessEnvironment(withoutDisplay());
        process.start(QStringLiteral(LATCHKEY_BINARY),
                      {QStringLiteral("--tty"), QStringLiteral("--sandbox")});
        QVERIFY(process.waitForStarted());
        QString seen;
        signInOnTheTerminal(process, seen, true, false);
        QVERIFY(seen.contains(QStringLiteral("demo / latchkey-demo"))); // the demo account is shown up front
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    void closingTheInputCancelsWithExitCodeOne()
    {
        QProcess process;
        process.setProcessEnvironment(withoutDisplay());
        process.start(QStringLiteral(LATCHKEY_BINARY),
                      {QStringLiteral("--tty"), QStringLiteral("--sandbox")});
        QVERIFY(process.waitForStarted());
        QString seen;
        QVERIFY(waitForStderr(process, seen, QRegularExpression(QStringLiteral("Username: $"))).hasMatch());
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 1);
    }

    void aRememberedSessionSkipsThePasswordAfterARestart()
    {
        QProcess sandbox;
        sandbox.start(QStringLiteral(LATCHKEY_SANDBOX_BINARY), {});
        QVERIFY(sandbox.waitForStarted());
        QString sandboxOut;
        QRegularExpressionMatch url;
        for (int i = 0; i < 100 && !url.hasMatch(); ++i) {
            sandbox.waitForReadyRead(100);
            sandboxOut += QString::fromLocal8Bit(sandbox.readAllStandardOutput());
            url = QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:\\d+")).match(sandboxOut);
        }
        QVERIFY2(url.hasMatch(), qPrintable(sandboxOut));
        const QStringList arguments{QStringLiteral("--tty"), QStringLiteral("--server"), url.captured(0)};

        QProcess first;
        first.setProcessEnvironment(withoutDisplay());
        first.start(QStringLiteral(LATCHKEY_BINARY), arguments);
        QString seen;
        QString sandboxErr;
        signInOnTheTerminal(first, seen, true, true, &sandbox, &sandboxErr);
        QVERIFY(!seen.contains(QStringLiteral("sign in again next time")));

        QProcess second;
        second.setProcessEnvironment(withoutDisplay());
        second.start(QStringLiteral(LATCHKEY_BINARY), arguments);
        QString seenAgain;
        QVERIFY(waitForStderr(second, seenAgain, QRegularExpression(QStringLiteral("Phone number.*: $")))
                    .hasMatch());
        QVERIFY2(!seenAgain.contains(QStringLiteral("Username:")), qPrintable(seenAgain));
        second.kill();
        second.waitForFinished();
        sandbox.kill();
        sandbox.waitForFinished();

        // Nothing under the home directory holds the password in plain text.
        const QString home = qEnvironmentVariable("LATCHKEY_TEST_HOME");
        QVERIFY(!home.isEmpty());
        QDirIterator files(home + QStringLiteral("/.."), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly)) {
                QVERIFY2(!file.readAll().contains("latchkey-demo"), qPrintable(file.fileName()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestLatchkeyProcess)
#include "TestLatchkeyProcess.moc"
