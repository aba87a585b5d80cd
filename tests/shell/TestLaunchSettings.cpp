#include "LaunchFixture.h"

#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

/**
 * The settings a launch runs with: policy above the command line, and what the command line may not ask for
 * refused on stderr, naming the option, the key and the policy file (exit code 3).
 */
class TestLaunchSettings : public QObject
{
    Q_OBJECT

private slots:
    void policyBeatsUserSettingsAndTheCommandLine()
    {
        LaunchFixture refused({QStringLiteral("--check-config"), QStringLiteral("--server"),
                               QStringLiteral("https://cli.example.org")},
                              "[Server]\nUrl=https://policy.example.org\n",
                              "[Server]\nUrl=https://user.example.org\n");
        QVERIFY(!refused.resolved);
        QCOMPARE(
            refused.console.err().trimmed(),
            QStringLiteral(
                "latchkey: --server https://cli.example.org: Server/Url is set by your organisation's policy "
                "(%1) and cannot be changed on the command line.")
                .arg(refused.path(QStringLiteral("policy.conf"))));
        QVERIFY(refused.console.out().isEmpty());

        LaunchFixture allowed({QStringLiteral("--check-config")},
                              "[Server]\nUrl=https://policy.example.org\n",
                              "[Server]\nUrl=https://user.example.org\n");
        QVERIFY(allowed.resolved);
        QCOMPARE(allowed.launch.settings().serverUrl, QUrl(QStringLiteral("https://policy.example.org")));
    }

    void aLockedModeRefusesTheSandbox()
    {
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("--sandbox"), QStringLiteral("--tty")},
              QStringList{QStringLiteral("--sandbox")},
              QStringList{QStringLiteral("--mode"), QStringLiteral("sandbox"),
                          QStringLiteral("--check-config")}}) {
            LaunchFixture locked(arguments, "[Server]\nMode=backend\n");
            QVERIFY(!locked.resolved);
            QVERIFY2(locked.console.err().contains(
                         QStringLiteral("Server/Mode is set by your organisation's policy (%1) and cannot be "
                                        "changed on the command line.")
                             .arg(locked.path(QStringLiteral("policy.conf")))),
                     qPrintable(locked.console.err()));
        }
    }

    void aPolicyWithoutTheSandboxRefusesIt()
    {
        LaunchFixture refused({QStringLiteral("--tty"), QStringLiteral("--sandbox")},
                              "[Server]\nAllowSandbox=false\n");
        QVERIFY(!refused.resolved);
        QCOMPARE(refused.console.err().trimmed(),
                 QStringLiteral("latchkey: --sandbox: the sandbox is turned off by "
                                "Server/AllowSandbox (policy (%1), locked).")
                     .arg(refused.path(QStringLiteral("policy.conf"))));
        // A sandbox the user's own settings ask for is no refusal: the sign-in says why it cannot start.
        LaunchFixture user({QStringLiteral("--tty")}, "[Server]\nAllowSandbox=false\n",
                           "[Server]\nMode=sandbox\n");
        QVERIFY(user.resolved);
        QVERIFY(!user.launch.startProblem().isEmpty());
    }

    void changingTheNumberNeedsDirectMode()
    {
        LaunchFixture backend({QStringLiteral("--tty"), QStringLiteral("--change-number"),
                               QStringLiteral("--server"), QStringLiteral("https://auth.example.org")});
        QVERIFY(backend.resolved);
        QVERIFY(!backend.launch.allowsSignIn(&backend.console));
        QVERIFY2(backend.console.err().startsWith(
                     QStringLiteral("latchkey: --change-number works only in direct mode")),
                 qPrintable(backend.console.err()));

        LaunchFixture direct({QStringLiteral("--tty"), QStringLiteral("--change-number"),
                              QStringLiteral("--mode"), QStringLiteral("twilio")});
        QVERIFY(direct.resolved);
        QVERIFY(direct.launch.allowsSignIn(&direct.console));
        QVERIFY(direct.console.err().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLaunchSettings)
#include "TestLaunchSettings.moc"
