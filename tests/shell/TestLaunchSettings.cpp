#include "LaunchFixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

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

    void aBrokenPolicyRefusesEverySignIn_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("window") << QStringList{};
        QTest::newRow("terminal") << QStringList{QStringLiteral("--tty")};
        QTest::newRow("sandbox") << QStringList{QStringLiteral("--sandbox")};
        QTest::newRow("sandbox on the terminal")
            << QStringList{QStringLiteral("--tty"), QStringLiteral("--sandbox")};
        QTest::newRow("another server") << QStringList{QStringLiteral("--tty"), QStringLiteral("--server"),
                                                       QStringLiteral("https://cli.example.org")};
        QTest::newRow("twilio secret") << QStringList{QStringLiteral("--set-twilio-secret")};
        QTest::newRow("a report with options")
            << QStringList{QStringLiteral("--check-config"), QStringLiteral("--sandbox")};
    }

    void aBrokenPolicyRefusesEverySignIn()
    {
        QFETCH(QStringList, arguments);
        // The file's own help-desk text is not trusted: the built-in words are shown instead.
        LaunchFixture broken(arguments,
                             "[UI]\nHelpDeskText=Call the number in this file\n[Server\nAllowSandbox=false\n",
                             "[Server]\nUrl=https://user.example.org\n");
        QVERIFY(!broken.resolved);
        const QString err = broken.console.err();
        QVERIFY2(err.startsWith(
                     QStringLiteral("latchkey: Your organisation's policy cannot be read (%1: line 3: a "
                                    "section name must end with \"]\"), so Latchkey does not sign in.")
                         .arg(broken.path(QStringLiteral("policy.conf")))),
                 qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("Ask your administrator or help desk to fix it.")));
        QVERIFY(!err.contains(QStringLiteral("Call the number in this file")));
        QVERIFY(broken.console.out().isEmpty());
    }

    void aBrokenPolicyLeavesTheReportsAndSigningOut()
    {
        for (const QString &action : {QStringLiteral("--check-config"), QStringLiteral("--diagnose"),
                                      QStringLiteral("--sign-out"), QStringLiteral("--reset")}) {
            LaunchFixture broken({action}, "[Server]\nMode backend\n", "[Server]\nMode=sandbox\n");
            QVERIFY2(broken.resolved, qPrintable(broken.console.err()));
            QCOMPARE(broken.launch.settings().mode, EffectiveSettings::Mode::Backend);
            QVERIFY(!broken.launch.settings().sandboxAllowed);
            QVERIFY2(broken.launch.startProblem().contains(
                         broken.path(QStringLiteral("policy.conf")) +
                         QStringLiteral(
                             ": line 2: is not a section ([Name]), a setting (Key=value) or a comment")),
                     qPrintable(broken.launch.startProblem()));
        }
    }

    void anOversizedPolicyIsRefusedUnread()
    {
        QByteArray large(2 * 1024 * 1024, ';');
        large.prepend("[Server]\nAllowSandbox=false\n");
        LaunchFixture oversized({QStringLiteral("--sandbox"), QStringLiteral("--tty")}, large);
        QVERIFY(!oversized.resolved);
        QVERIFY2(oversized.console.err().contains(
                     QStringLiteral("(%1: is larger than 1 MiB (2097180 bytes): not read)")
                         .arg(oversized.path(QStringLiteral("policy.conf")))),
                 qPrintable(oversized.console.err()));
    }

#ifdef Q_OS_UNIX
    void aFifoAsPolicyDoesNotBlockTheLaunch()
    {
        SettingsFiles files;
        const QString fifo = files.path(QStringLiteral("policy.conf"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        bool resolved = true;
        QString err;
        // On a thread of its own, so a launch that opened the FIFO (and blocked there) fails this test
        // instead of hanging it.
        std::unique_ptr<QThread> launch(QThread::create([&] {
            SettingsResolver resolver;
            resolver.addSource(SettingsLayer::Policy, QtSettingsSource::iniFile(fifo));
            LaunchSettings settings(CommandLine::parse({QStringLiteral("latchkey"), QStringLiteral("--tty")}),
                                    &resolver);
            MemoryConsole console;
            resolved = settings.resolve(&console);
            err = console.err();
        }));
        QSignalSpy finished(launch.get(), &QThread::finished);
        launch->start();
        if (!finished.wait(60000)) {
            // Blocked opening the FIFO: a writer lets it go on, so the thread can end before the test fails.
            const int writer = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
            if (writer >= 0) {
                ::close(writer);
            }
            launch->wait();
            QFAIL("the launch blocked on a FIFO given as the policy file");
        }
        QVERIFY(!resolved);
        QVERIFY2(
            err.contains(fifo + QStringLiteral(": is a named pipe (FIFO), not a settings file: not opened")),
            qPrintable(err));
    }
#endif

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
