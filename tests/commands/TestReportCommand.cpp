#include "CommandRun.h"
#include "LaunchFixture.h"
#include "MemorySecretStore.h"
#include "SettingsLocations.h"

#include "ReportCommand.h"
#include "SandboxServer.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

/**
 * --check-config and --diagnose in this process: settings files for every layer, the report on the console's
 * stdout, the exit code from finished(). (TestLatchkeyProcess runs the shipped executable's own paths.)
 */
class TestReportCommand : public QObject
{
    Q_OBJECT

    /** Runs the report to its end and returns its exit code (-1 if it never finished). */
    static int run(LaunchFixture &fixture, ReportCommand::Kind kind)
    {
        ReportCommand command(kind, fixture.launch, &fixture.console);
        return runToEnd(command);
    }

private slots:
    void checkConfigOnAnEmptyConfiguration()
    {
        LaunchFixture empty({QStringLiteral("--check-config")});
        QVERIFY(empty.resolved);
        QCOMPARE(run(empty, ReportCommand::Kind::CheckConfig), 3);
        const QString out = empty.console.out();
        QVERIFY2(out.contains(QStringLiteral("error: No server configured.")), qPrintable(out));
        QVERIFY(out.contains(SettingsLocations::adminGuide()));
        QVERIFY(out.contains(QStringLiteral("Result: 1 error")));
        QVERIFY(empty.console.err().isEmpty());
    }

    void checkConfigOnAGoodConfiguration()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.listen());
        const QString url = sandbox.baseUrl().toString();
        LaunchFixture good({QStringLiteral("--check-config")},
                           QByteArray("[Server]\nUrl=") + url.toUtf8() +
                               "\n[Auth]\nRememberMeAllowed=false\n",
                           "[Auth]\nResendCooldownSeconds=45\n");
        QVERIFY(good.resolved);
        const int exitCode = run(good, ReportCommand::Kind::CheckConfig);
        const QString out = good.console.out();
        QVERIFY2(exitCode == 0, qPrintable(out + good.console.err()));
        QVERIFY(out.contains(QRegularExpression(
            QStringLiteral("Server/Url += %1 +policy \\(%2\\), locked")
                .arg(QRegularExpression::escape(url),
                     QRegularExpression::escape(good.path(QStringLiteral("policy.conf")))))));
        QVERIFY(out.contains(QRegularExpression(
            QStringLiteral("Auth/ResendCooldownSeconds += 45 +user settings \\(%1\\)")
                .arg(QRegularExpression::escape(good.path(QStringLiteral("user.conf")))))));
        QVERIFY(
            out.contains(QRegularExpression(QStringLiteral("Auth/FailMode += closed +built-in default"))));
        QVERIFY(out.contains(QStringLiteral("reachable: yes (HTTP ")));
        QVERIFY(out.contains(QStringLiteral("Result: no problems; exit code 0.")));
        QVERIFY2(good.console.err().isEmpty(), qPrintable(good.console.err()));
    }

    void checkConfigOnABrokenConfiguration()
    {
        LaunchFixture broken({QStringLiteral("--check-config")},
                             "[Server]\nMode=twilio\n[Verify]\nServiceSid=VA12\nBaseUrl=http://127.0.0.1:1\n"
                             "[Network]\nProxyMode=auto\n[Tls]\nExtraCaFile=/nonexistent/ca.pem\n",
                             "[Auth]\nAllowedChannels=sms, pigeon\nCodeLength=six\n[Sever]\nUrl=x\n");
        QVERIFY(broken.resolved);
        QCOMPARE(run(broken, ReportCommand::Kind::CheckConfig), 3);
        const QString policy = broken.path(QStringLiteral("policy.conf"));
        const QString user = broken.path(QStringLiteral("user.conf"));
        const QString out = broken.console.out();
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
            QVERIFY2(out.contains(line), qPrintable(line + QStringLiteral("\n---\n") + out));
        }
    }

    void diagnoseRedactsTheBundle()
    {
        SettingsFiles logFiles;
        const QString logs = logFiles.path(QStringLiteral("logs"));
        QVERIFY(QDir().mkpath(logs));
        logFiles.write(QStringLiteral("logs/latchkey.log"),
                       "2026-01-01T12:00:00.000Z warning latchkey.flow: code 314159 went to +12025550142\n");
        LaunchFixture diagnose({QStringLiteral("--diagnose")},
                               QByteArray("[Server]\nMode=sandbox\n[Logging]\nDirectory=") + logs.toUtf8() +
                                   '\n');
        QVERIFY(diagnose.resolved);
        QCOMPARE(run(diagnose, ReportCommand::Kind::Diagnose), 0);
        const QString out = diagnose.console.out();
        QVERIFY(out.startsWith(QStringLiteral("Latchkey support bundle")));
        QVERIFY(out.contains(QStringLiteral("Version: Latchkey ")));
        QVERIFY(out.contains(QRegularExpression(QStringLiteral("Server/Mode += sandbox +policy"))));
        QVERIFY(out.contains(QStringLiteral("went to +1 ••• ••• ••42")));
        QVERIFY(!out.contains(QStringLiteral("314159")));
        QVERIFY(!out.contains(QStringLiteral("2025550142")));
    }

    void diagnoseSaysWhetherTheKeychainCanBeUsed()
    {
        const QByteArray sandbox("[Server]\nMode=sandbox\n");
        MemorySecretStore keychain;
        LaunchFixture withKeychain({QStringLiteral("--diagnose")}, sandbox);
        ReportCommand available(ReportCommand::Kind::Diagnose, withKeychain.launch, &withKeychain.console,
                                &keychain);
        QCOMPARE(runToEnd(available), 0);
        QVERIFY2(withKeychain.console.out().contains(QStringLiteral("\nKeychain: available\n")),
                 qPrintable(withKeychain.console.out()));
        QVERIFY(keychain.contents().isEmpty()); // only read, never written

        MemorySecretStore missing;
        missing.failOperations(SecretStore::Error::NoKeychain, QStringLiteral("no Secret Service"));
        LaunchFixture withoutKeychain({QStringLiteral("--diagnose")}, sandbox);
        ReportCommand notAvailable(ReportCommand::Kind::Diagnose, withoutKeychain.launch,
                                   &withoutKeychain.console, &missing);
        QCOMPARE(runToEnd(notAvailable), 0);
        QVERIFY2(withoutKeychain.console.out().contains(
                     QStringLiteral("Keychain: not available (no Secret Service)")),
                 qPrintable(withoutKeychain.console.out()));
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "TestReportCommand.moc"
