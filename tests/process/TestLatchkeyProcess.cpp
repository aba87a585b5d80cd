#include "KeychainSecretStore.h"
#include "ProcessDriver.h"
#include "TestHome.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey::testing;

/**
 * The real latchkey executable, run as a script or a person at a terminal would: exit codes, windowless
 * modes without a display, its fixed settings paths, and a whole sign-in on the terminal against the
 * sandbox, remember-me included. Policy files and the commands' details are checked in this process by
 * tests/commands and tests/shell.
 */
class TestLatchkeyProcess : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments)
    {
        return runProgram(QStringLiteral(LATCHKEY_BINARY), arguments, withoutDisplay());
    }

    static Run runProgram(const QString &program, const QStringList &arguments,
                          const QProcessEnvironment &environment)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        if (!process.waitForFinished(30000)) {
            process.kill();
            qFatal("latchkey did not finish");
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromLocal8Bit(process.readAllStandardOutput()),
                QString::fromLocal8Bit(process.readAllStandardError())};
    }

    /** Settings files in a temporary directory, each named in an environment variable that means nothing to
     * latchkey: nothing in its environment can move its policy. */
    struct Layers
    {
        QTemporaryDir directory;
        QProcessEnvironment environment = withoutDisplay();

        void policy(const QByteArray &contents)
        {
            const QString path = directory.filePath(QStringLiteral("policy.conf"));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size()) {
                qFatal("cannot write %s", qPrintable(path));
            }
            environment.insert(QStringLiteral("LATCHKEY_TEST_POLICY_FILE"), path);
        }
    };

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

    void noServerConfiguredExitsThreeOnTheTerminal()
    {
        // (Without --tty the window opens on the "not set up yet" page instead; tests/settings covers it.)
        const Run result = run({QStringLiteral("--tty")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("No server configured.")), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("/share/doc/latchkey/admin-guide.md")));
        QVERIFY(result.out.isEmpty());
    }

    void diagnoseSaysTheKeychainIsAvailable()
    {
        // Run with a real gnome-keyring on a private session bus (the KEYRING label).
        const Run result = run({QStringLiteral("--diagnose"), QStringLiteral("--sandbox")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("\nKeychain: available\n")), qPrintable(result.out));
    }

    void checkConfigOnAnEmptyConfiguration()
    {
        // With settings files of its own, tests/commands/TestReportCommand checks the report in detail.
        const Run result = run({QStringLiteral("--check-config")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.out.contains(QStringLiteral("error: No server configured.")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("/share/doc/latchkey/admin-guide.md")));
        // The shipped binary speaks proper English plurals even in the C locale.
        QVERIFY2(result.out.contains(QStringLiteral("Result: 1 error; exit code 3.")),
                 qPrintable(result.out));
        // The shipped binary reads the fixed policy path and the user's own settings file.
        QVERIFY(result.out.contains(QStringLiteral("policy          /etc/latchkey/policy.conf")));
        QVERIFY(result.out.contains(QStringLiteral("/Latchkey/latchkey.conf")));
    }

    void directModeWithoutAServiceSidExitsThree()
    {
        const Run result = run({QStringLiteral("--tty"), QStringLiteral("--mode"), QStringLiteral("twilio"),
                                QStringLiteral("--verify-url"), QStringLiteral("https://verify.twilio.com")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("Direct mode needs the Verify Service SID")),
                 qPrintable(result.err));
    }

    void setTwilioSecretNeedsAService()
    {
        const Run result = run({QStringLiteral("--set-twilio-secret")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("Verify/ServiceSid")), qPrintable(result.err));
    }

    void oneWindowlessActionAtATime()
    {
        const Run result = run({QStringLiteral("--sign-out"), QStringLiteral("--reset")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("--sign-out, --reset cannot be combined")),
                 qPrintable(result.err));
    }

    void theShippedBinaryHasNoTestHook()
    {
        // No variable means anything to latchkey's settings: its policy stays where the admin put it.
        Layers layers;
        layers.policy("[Server]\nMode=backend\n");
        const Run result =
            runProgram(QStringLiteral(LATCHKEY_BINARY),
                       {QStringLiteral("--check-config"), QStringLiteral("--sandbox")}, layers.environment);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(
            QRegularExpression(QStringLiteral("Server/Mode += sandbox +command line \\(--sandbox\\)"))));
        QVERIFY(!result.out.contains(layers.directory.path()));
    }

    void userSettingsInTheUsualPlaceAreRead()
    {
        const QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
        QVERIFY2(!config.isEmpty(), "tests/run-with-keyring.sh sets XDG_CONFIG_HOME");
        const QString path = config + QStringLiteral("/Latchkey/latchkey.conf");
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[Server]\nMode=sandbox\n");
        file.close();
        const Run result = run({QStringLiteral("--check-config")});
        QFile::remove(path); // other tests use the same home
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(
                     QRegularExpression(QStringLiteral("Server/Mode += sandbox +user settings \\(%1\\)")
                                            .arg(QRegularExpression::escape(path)))),
                 qPrintable(result.out));
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

    void printResultGivesTheWaitingProgramOneJsonLine()
    {
        QProcess process;
        process.setProcessEnvironment(withoutDisplay());
        process.start(QStringLiteral(LATCHKEY_BINARY), {QStringLiteral("--tty"), QStringLiteral("--sandbox"),
                                                        QStringLiteral("--print-result")});
        QVERIFY(process.waitForStarted());
        QString seen;
        signInOnTheTerminal(process, seen, true, false);
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(out.endsWith('\n') && out.count('\n') == 1, out.constData());
        QJsonParseError error;
        const QJsonObject result = QJsonDocument::fromJson(out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("signed-in"));
        QCOMPARE(result.value(QStringLiteral("exitCode")).toInt(-1), 0);
        QCOMPARE(result.value(QStringLiteral("username")).toString(), QStringLiteral("demo"));
        QCOMPARE(result.value(QStringLiteral("displayName")).toString(), QStringLiteral("Demo User"));
        QCOMPARE(result.value(QStringLiteral("mode")).toString(), QStringLiteral("sandbox"));
        QVERIFY(QDateTime::fromString(result.value(QStringLiteral("at")).toString(), Qt::ISODate).isValid());
        // Who signed in, never how: no number, no code, no password.
        QVERIFY2(!out.contains("555") && !out.contains("latchkey-demo"), out.constData());
        QVERIFY2(!QRegularExpression(QStringLiteral("\\d{6}")).match(QString::fromUtf8(out)).hasMatch(),
                 out.constData());
    }

    void printResultSaysCancelledAndNamesNobody()
    {
        QProcess process;
        process.setProcessEnvironment(withoutDisplay());
        process.start(QStringLiteral(LATCHKEY_BINARY),
                      {QStringLiteral("--tty"), QStringLiteral("--sandbox"), QStringLiteral("--print-result"),
                       QStringLiteral("--user"), QStringLiteral("demo")});
        QVERIFY(process.waitForStarted());
        QString seen;
        QVERIFY(waitForStderr(process, seen, QRegularExpression(QStringLiteral("Password: $"))).hasMatch());
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 1);
        const QJsonObject result = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(result.value(QStringLiteral("exitCode")).toInt(-1), 1);
        QVERIFY2(!result.contains(QStringLiteral("username")), "a typed username is not a signed-in one");
    }

    void printResultGoesOnlyWithASignIn()
    {
        const Run result = run({QStringLiteral("--check-config"), QStringLiteral("--print-result")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("--print-result")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
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

        // Nothing under the home directory holds the password or the remembered session token in plain text.
        latchkey::KeychainSecretStore keychain;
        QSignalSpy read(&keychain, &latchkey::SecretStore::readFinished);
        keychain.read(latchkey::SecretKey::backendSession);
        QVERIFY(read.wait(10000));
        const QByteArray sessionToken = read.first().at(1).toByteArray();
        QVERIFY2(sessionToken.size() >= 16, "remember me kept the session token in the keychain");
        QVERIFY(!qEnvironmentVariable("LATCHKEY_TEST_HOME").isEmpty());
        for (const FileContents &file : filesAroundTestHome()) {
            QVERIFY2(!file.contents.contains("latchkey-demo") && !file.contents.contains(sessionToken),
                     qPrintable(file.name));
        }
    }
};

QTEST_GUILESS_MAIN(TestLatchkeyProcess)
#include "TestLatchkeyProcess.moc"
