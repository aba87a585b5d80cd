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
 * modes without a display, and a whole sign-in on the terminal against the sandbox, remember-me included.
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

    /**
     * The test-only build of latchkey (tests/settings) that reads each settings layer from a file named in
     * its environment; the shipped binary has no such hook.
     */
    static QString hookBinary()
    {
        return QFileInfo(QStringLiteral(LATCHKEY_BINARY))
            .dir()
            .filePath(QStringLiteral("latchkey-settings-testhook"));
    }

    /** Settings files for the hook binary's layers, in a temporary directory. */
    struct Layers
    {
        QTemporaryDir directory;
        QProcessEnvironment environment = withoutDisplay();

        QString set(const char *variable, const QString &name, const QByteArray &contents)
        {
            const QString path = directory.filePath(name);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size()) {
                qFatal("cannot write %s", qPrintable(path));
            }
            environment.insert(QString::fromLatin1(variable), path);
            return path;
        }
        QString policy(const QByteArray &contents)
        {
            return set("LATCHKEY_TEST_POLICY_FILE", QStringLiteral("policy.conf"), contents);
        }
        QString user(const QByteArray &contents)
        {
            return set("LATCHKEY_TEST_USER_SETTINGS_FILE", QStringLiteral("user.conf"), contents);
        }
        Run run(const QStringList &arguments) const
        {
            return runProgram(hookBinary(), arguments, environment);
        }
    };

    /** Starts latchkey-sandbox on its own and returns its URL (the process must outlive the test's use). */
    static QString startSandbox(QProcess &sandbox)
    {
        sandbox.start(QStringLiteral(LATCHKEY_SANDBOX_BINARY), {});
        if (!sandbox.waitForStarted()) {
            return QString();
        }
        QString out;
        QRegularExpressionMatch url;
        for (int i = 0; i < 100 && !url.hasMatch(); ++i) {
            sandbox.waitForReadyRead(100);
            out += QString::fromLocal8Bit(sandbox.readAllStandardOutput());
            url = QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:\\d+")).match(out);
        }
        return url.captured(0);
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

    void noServerConfiguredExitsThreeOnTheTerminal()
    {
        // (Without --tty the window opens on the "not set up yet" page instead; tests/settings covers it.)
        const Run result = run({QStringLiteral("--tty")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("No server configured.")), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("docs/admin-guide.md")));
        QVERIFY(result.out.isEmpty());
    }

    void checkConfigOnAnEmptyConfiguration()
    {
        QVERIFY2(QFile::exists(hookBinary()), qPrintable(hookBinary()));
        for (const Run &result :
             {Layers().run({QStringLiteral("--check-config")}), run({QStringLiteral("--check-config")})}) {
            QCOMPARE(result.exitCode, 3);
            QVERIFY2(result.out.contains(QStringLiteral("error: No server configured.")),
                     qPrintable(result.out));
            QVERIFY(result.out.contains(QStringLiteral("docs/admin-guide.md")));
            QVERIFY(result.out.contains(QStringLiteral("Result: 1 error")));
        }
        // The shipped binary speaks proper English plurals even in the C locale (the test hook has no
        // translations compiled in, so it says "1 error(s)").
        const Run english = run({QStringLiteral("--check-config")});
        QVERIFY2(english.out.contains(QStringLiteral("Result: 1 error; exit code 3.")),
                 qPrintable(english.out));
        // The shipped binary reads the fixed policy path and the user's own settings file.
        const Run shipped = run({QStringLiteral("--check-config")});
        QVERIFY(shipped.out.contains(QStringLiteral("policy          /etc/latchkey/policy.conf")));
        QVERIFY(shipped.out.contains(QStringLiteral("/Latchkey/latchkey.conf")));
    }

    void checkConfigOnAGoodConfiguration()
    {
        QProcess sandbox;
        const QString url = startSandbox(sandbox);
        QVERIFY(!url.isEmpty());
        Layers layers;
        const QString policy = layers.policy(QByteArray("[Server]\nUrl=") + url.toUtf8() +
                                             "\n[Auth]\nRememberMeAllowed=false\n");
        const QString user = layers.user("[Auth]\nResendCooldownSeconds=45\n");
        const Run result = layers.run({QStringLiteral("--check-config")});
        sandbox.kill();
        sandbox.waitForFinished();
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY(result.out.contains(QRegularExpression(
            QStringLiteral("Server/Url += %1 +policy \\(%2\\), locked")
                .arg(QRegularExpression::escape(url), QRegularExpression::escape(policy)))));
        QVERIFY(result.out.contains(
            QRegularExpression(QStringLiteral("Auth/ResendCooldownSeconds += 45 +user settings \\(%1\\)")
                                   .arg(QRegularExpression::escape(user)))));
        QVERIFY(result.out.contains(
            QRegularExpression(QStringLiteral("Auth/FailMode += closed +built-in default"))));
        QVERIFY(result.out.contains(QStringLiteral("reachable: yes (HTTP ")));
        QVERIFY(result.out.contains(QStringLiteral("Result: no problems; exit code 0.")));
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    }

    void checkConfigOnABrokenConfiguration()
    {
        Layers layers;
        const QString policy =
            layers.policy("[Server]\nMode=twilio\n[Verify]\nServiceSid=VA12\nBaseUrl=http://127.0.0.1:1\n"
                          "[Network]\nProxyMode=auto\n[Tls]\nExtraCaFile=/nonexistent/ca.pem\n");
        const QString user =
            layers.user("[Auth]\nAllowedChannels=sms, pigeon\nCodeLength=six\n[Sever]\nUrl=x\n");
        const Run result = layers.run({QStringLiteral("--check-config")});
        QCOMPARE(result.exitCode, 3);
        for (const QString &line : {
                 QStringLiteral("error: %1: Verify/ServiceSid: must be \"VA\" followed by 32 hexadecimal "
                                "digits (not \"VA12\")")
                     .arg(policy),
                 QStringLiteral(
                     "error: %1: Network/ProxyMode: must be one of system, none, manual (not \"auto\")")
                     .arg(policy),
                 QStringLiteral("error: %1: Tls/ExtraCaFile: /nonexistent/ca.pem cannot be read: No such "
                                "file or directory")
                     .arg(policy),
                 QStringLiteral(
                     "error: %1: Auth/AllowedChannels: \"pigeon\" is not one of sms, call, whatsapp, email")
                     .arg(user),
                 QStringLiteral("error: %1: Auth/CodeLength: must be 0 (the server decides) or a whole "
                                "number from 4 to 10 "
                                "(not \"six\")")
                     .arg(user),
                 QStringLiteral("error: %1: Sever/Url: is not a Latchkey setting; did you mean Server/Url?")
                     .arg(user),
                 QStringLiteral("error: Direct mode needs the Verify Service SID"),
                 QStringLiteral("Verify/BaseUrl: http://127.0.0.1:1 cannot be reached"),
             }) {
            QVERIFY2(result.out.contains(line), qPrintable(line + QStringLiteral("\n---\n") + result.out));
        }
    }

    void policyBeatsUserSettingsAndTheCommandLine()
    {
        Layers layers;
        const QString policy = layers.policy("[Server]\nUrl=https://policy.example.org\n");
        layers.user("[Server]\nUrl=https://user.example.org\n");
        const Run refused = layers.run({QStringLiteral("--check-config"), QStringLiteral("--server"),
                                        QStringLiteral("https://cli.example.org")});
        QCOMPARE(refused.exitCode, 3);
        QCOMPARE(
            refused.err.trimmed(),
            QStringLiteral(
                "latchkey: --server https://cli.example.org: Server/Url is set by your organisation's policy "
                "(%1) and cannot be changed on the command line.")
                .arg(policy));
        QVERIFY(refused.out.isEmpty());
    }

    void aLockedModeRefusesTheSandbox()
    {
        Layers layers;
        const QString policy = layers.policy("[Server]\nMode=backend\n");
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("--sandbox"), QStringLiteral("--tty")},
              QStringList{QStringLiteral("--sandbox")},
              QStringList{QStringLiteral("--mode"), QStringLiteral("sandbox"),
                          QStringLiteral("--check-config")}}) {
            const Run result = layers.run(arguments);
            QCOMPARE(result.exitCode, 3);
            QVERIFY2(result.err.contains(
                         QStringLiteral("Server/Mode is set by your organisation's policy (%1) and cannot be "
                                        "changed on the command line.")
                             .arg(policy)),
                     qPrintable(result.err));
        }
    }

    void aPolicyWithoutTheSandboxRefusesIt()
    {
        Layers layers;
        const QString policy = layers.policy("[Server]\nAllowSandbox=false\n");
        const Run result = layers.run({QStringLiteral("--tty"), QStringLiteral("--sandbox")});
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.err.trimmed(), QStringLiteral("latchkey: --sandbox: the sandbox is turned off by "
                                                      "Server/AllowSandbox (policy (%1), locked).")
                                           .arg(policy));
        // Unconfigured, the terminal does not suggest the sandbox either.
        const Run unconfigured = layers.run({QStringLiteral("--tty")});
        QCOMPARE(unconfigured.exitCode, 3);
        QVERIFY(unconfigured.err.contains(QStringLiteral("No server configured.")));
        QVERIFY(!unconfigured.err.contains(QStringLiteral("--sandbox")));
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

    void aRememberMeTurnedOffByPolicyIsNotAskedOnTheTerminal()
    {
        Layers layers;
        layers.policy(
            "[Auth]\nRememberMeAllowed=false\n[UI]\nHelpDeskText=Call the IT help desk on 555-0100.\n");
        QProcess process;
        process.setProcessEnvironment(layers.environment);
        process.start(hookBinary(), {QStringLiteral("--tty"), QStringLiteral("--sandbox")});
        QVERIFY(process.waitForStarted());
        QString seen;
        QVERIFY(waitForStderr(process, seen, QRegularExpression(QStringLiteral("Username: $"))).hasMatch());
        QVERIFY(seen.contains(QStringLiteral("Help: Call the IT help desk on 555-0100.")));
        type(process, QStringLiteral("demo"));
        QVERIFY(waitForStderr(process, seen, QRegularExpression(QStringLiteral("Password: $"))).hasMatch());
        type(process, QStringLiteral("latchkey-demo"));
        QVERIFY(
            waitForStderr(process, seen, QRegularExpression(QStringLiteral("Phone number.*: $"))).hasMatch());
        QVERIFY2(!seen.contains(QStringLiteral("Remember me")), qPrintable(seen));
        process.kill();
        process.waitForFinished();
    }

    void diagnoseRedactsTheBundle()
    {
        Layers layers;
        const QString logs = layers.directory.filePath(QStringLiteral("logs"));
        QVERIFY(QDir().mkpath(logs));
        QFile log(logs + QStringLiteral("/latchkey.log"));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("2026-01-01T12:00:00.000Z warning latchkey.flow: code 314159 went to +12025550142\n");
        log.close();
        layers.policy(QByteArray("[Server]\nMode=sandbox\n[Logging]\nDirectory=") + logs.toUtf8() + '\n');
        const Run result = layers.run({QStringLiteral("--diagnose")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith(QStringLiteral("Latchkey support bundle")));
        QVERIFY(result.out.contains(QStringLiteral("Version: Latchkey ")));
        QVERIFY(result.out.contains(QRegularExpression(QStringLiteral("Server/Mode += sandbox +policy"))));
        QVERIFY(result.out.contains(QStringLiteral("went to +1 ••• ••• ••42")));
        QVERIFY(!result.out.contains(QStringLiteral("314159")));
        QVERIFY(!result.out.contains(QStringLiteral("2025550142")));
    }

    void aLogLevelSetByPolicyIgnoresQtLoggingRules()
    {
        auto debugLines = [](Layers &layers) {
            layers.environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("latchkey.*=true"));
            QProcess process;
            process.setProcessEnvironment(layers.environment);
            process.start(hookBinary(), {QStringLiteral("--tty"), QStringLiteral("--sandbox")});
            process.closeWriteChannel(); // cancels at the first prompt
            process.waitForFinished(20000);
            return QString::fromLocal8Bit(process.readAllStandardError()).count(QStringLiteral(": debug: "));
        };
        Layers open;
        QVERIFY(debugLines(open) > 0); // the variable works when policy leaves the level alone
        Layers locked;
        locked.policy("[Logging]\nLevel=warning\n");
        QCOMPARE(debugLines(locked), 0);
    }

    void theShippedBinaryHasNoTestHook()
    {
        // The hook's variables mean nothing to the real latchkey: its policy stays where the admin put it.
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
