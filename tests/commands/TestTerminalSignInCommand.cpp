#include "CommandRun.h"
#include "LaunchFixture.h"
#include "MemorySecretStore.h"
#include "SettingsLocations.h"

#include "BackendEmulator.h"
#include "Clock.h"
#include "SandboxOutbox.h"
#include "ScriptedHttpServer.h"
#include "SignInSession.h"
#include "TerminalSignInCommand.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

/**
 * latchkey --tty in this process: the terminal sign-in against its child latchkey-sandbox, with the settings
 * from files, the keychain in memory and the terminal's streams in a MemoryConsole.
 */
class TestTerminalSignInCommand : public QObject
{
    Q_OBJECT

    /** Waits until the console's stderr matches `pattern` (10 s at most). */
    static bool waitForPrompt(const MemoryConsole &console, const QString &pattern)
    {
        const QRegularExpression expression(pattern);
        return QTest::qWaitFor([&] { return expression.match(console.err()).hasMatch(); }, 10000);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aRememberMeTurnedOffByPolicyIsNotAskedOnTheTerminal()
    {
        LaunchFixture fixture(
            {QStringLiteral("--tty"), QStringLiteral("--sandbox")},
            "[Auth]\nRememberMeAllowed=false\n[UI]\nHelpDeskText=Call the IT help desk on 555-0100.\n");
        QVERIFY(fixture.resolved);
        MemorySecretStore keychain;
        TerminalSignInCommand command(fixture.launch, &keychain, Clock::system(), &fixture.console);
        command.start();
        MemoryConsole &console = fixture.console;
        QVERIFY2(waitForPrompt(console, QStringLiteral("Username: $")), qPrintable(console.err()));
        QVERIFY(console.err().contains(QStringLiteral("Help: Call the IT help desk on 555-0100.")));
        console.type(QStringLiteral("demo"));
        QVERIFY(waitForPrompt(console, QStringLiteral("Password: $")));
        console.type(QStringLiteral("latchkey-demo"));
        QVERIFY2(waitForPrompt(console, QStringLiteral("Phone number.*: $")), qPrintable(console.err()));
        QVERIFY2(!console.err().contains(QStringLiteral("Remember me")), qPrintable(console.err()));
    }

    void aWholeSignInPrintsTheResultAndExitsZero()
    {
        LaunchFixture fixture(
            {QStringLiteral("--tty"), QStringLiteral("--sandbox"), QStringLiteral("--print-result")});
        QVERIFY(fixture.resolved);
        MemorySecretStore keychain;
        TerminalSignInCommand command(fixture.launch, &keychain, Clock::system(), &fixture.console);
        CommandRun run(&command);
        command.start();
        MemoryConsole &console = fixture.console;
        const DemoAccount demo = BackendEmulator::demoAccount();
        QVERIFY2(waitForPrompt(console, QStringLiteral("Username: $")), qPrintable(console.err()));
        QVERIFY(console.err().contains(QStringLiteral("demo / latchkey-demo"))); // the demo account up front
        console.type(demo.username);
        QVERIFY(waitForPrompt(console, QStringLiteral("Password: $")));
        QVERIFY(!console.echo()); // the password is typed unseen
        console.type(demo.password);
        QVERIFY(waitForPrompt(console, QStringLiteral("Remember me.*\\] $")));
        QVERIFY(console.echo());
        console.type(QStringLiteral("n"));
        QVERIFY(waitForPrompt(console, QStringLiteral("Phone number.*: $")));
        console.type(demo.phone);
        QVERIFY2(waitForPrompt(console, QStringLiteral("Code \\(.*: $")), qPrintable(console.err()));
        // The sandbox is a child latchkey-sandbox: its outbox is read over HTTP, as the sandbox phone reads
        // it.
        SandboxOutbox *outbox = command.session()->sandboxOutbox();
        QVERIFY(outbox);
        QTRY_VERIFY2(!outbox->lastCodeFor(demo.phone).isEmpty(), "the sandbox's outbox has the code");
        QCOMPARE(run.count(), 0);
        console.type(outbox->lastCodeFor(demo.phone));
        QCOMPARE(run.exitCode(), 0);
        QVERIFY2(console.err().contains(QStringLiteral("Signed in as Demo User")), qPrintable(console.err()));
        const QJsonObject result = QJsonDocument::fromJson(console.out().toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("signed-in"));
        QCOMPARE(result.value(QStringLiteral("username")).toString(), demo.username);
        QCOMPARE(result.value(QStringLiteral("mode")).toString(), QStringLiteral("sandbox"));
        // The password is never echoed; it appears only in the sandbox's own demo-account hint.
        QVERIFY(
            !QString(console.err()).remove(QStringLiteral("demo / latchkey-demo")).contains(demo.password));
    }

    void closingTheInputCancelsWithExitCodeOne()
    {
        LaunchFixture fixture({QStringLiteral("--tty"), QStringLiteral("--sandbox"),
                               QStringLiteral("--print-result"), QStringLiteral("--user"),
                               QStringLiteral("demo")});
        QVERIFY(fixture.resolved);
        MemorySecretStore keychain;
        TerminalSignInCommand command(fixture.launch, &keychain, Clock::system(), &fixture.console);
        CommandRun run(&command);
        command.start();
        QVERIFY(waitForPrompt(fixture.console, QStringLiteral("Password: $")));
        fixture.console.endInput();
        QCOMPARE(run.exitCode(), 1);
        QVERIFY(fixture.console.echo()); // back on after the unanswered password prompt
        const QJsonObject result = QJsonDocument::fromJson(fixture.console.out().toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QVERIFY2(!result.contains(QStringLiteral("username")), "a typed username is not a signed-in one");
    }

    void noServerConfiguredExitsThreeWithoutSuggestingATurnedOffSandbox()
    {
        for (const bool sandboxAllowed : {true, false}) {
            LaunchFixture fixture({QStringLiteral("--tty")},
                                  sandboxAllowed ? QByteArray()
                                                 : QByteArray("[Server]\nAllowSandbox=false\n"));
            QVERIFY(fixture.resolved);
            MemorySecretStore keychain;
            TerminalSignInCommand command(fixture.launch, &keychain, Clock::system(), &fixture.console);
            CommandRun run(&command);
            command.start();
            QCOMPARE(run.count(), 1); // at once, from inside start()
            QCOMPARE(run.exitCode(), 3);
            const QString err = fixture.console.err();
            QVERIFY2(err.contains(QStringLiteral("No server configured.")), qPrintable(err));
            QVERIFY(err.contains(SettingsLocations::adminGuide()));
            QCOMPARE(err.contains(QStringLiteral("--sandbox")), sandboxAllowed);
            QVERIFY(fixture.console.out().isEmpty());
        }
    }

    void directModeWithoutTheTwilioSecretExitsThree()
    {
        LaunchFixture fixture({QStringLiteral("--tty"), QStringLiteral("--mode"), QStringLiteral("twilio"),
                               QStringLiteral("--service-sid"),
                               QStringLiteral("VA") + QString(32, QLatin1Char('0'))});
        QVERIFY(fixture.resolved);
        MemorySecretStore keychain;
        TerminalSignInCommand command(fixture.launch, &keychain, Clock::system(), &fixture.console);
        CommandRun run(&command);
        command.start();
        QCOMPARE(run.exitCode(), 3);
        QCOMPARE(fixture.console.err().trimmed(),
                 QStringLiteral("latchkey: No Twilio secret: run latchkey --set-twilio-secret."));
    }

    /**
     * Auth/FailMode=open from policy: the password is accepted, then the code service cannot be reached (the
     * server is gone: connection refused). Exit 4, its own --print-result status and method, said plainly.
     * The same with an HTTP 500, or the key in the user's settings, is an ordinary error.
     */
    void failOpenOnlyByPolicyAndOnlyWhenUnreachable_data()
    {
        QTest::addColumn<QByteArray>("policy");
        QTest::addColumn<QByteArray>("user");
        QTest::addColumn<bool>("serverGone");
        QTest::addColumn<int>("exitCode");
        const QByteArray open("[Auth]\nFailMode=open\n");
        QTest::newRow("policy, refused") << open << QByteArray() << true << 4;
        QTest::newRow("policy, HTTP 500") << open << QByteArray() << false << 1;
        QTest::newRow("user settings, refused") << QByteArray() << open << true << 1;
        QTest::newRow("closed by default, refused") << QByteArray() << QByteArray() << true << 1;
    }

    void failOpenOnlyByPolicyAndOnlyWhenUnreachable()
    {
        QFETCH(QByteArray, policy);
        QFETCH(QByteArray, user);
        QFETCH(bool, serverGone);
        QFETCH(int, exitCode);
        auto *server = new ScriptedHttpServer;
        server->enqueue(ScriptedAnswer::json(200, R"({"message":"Signed in","username":"alice"})"));
        server->setFallback(ScriptedAnswer::json(500, R"({"error":"Twilio says no"})"));
        LaunchFixture fixture({QStringLiteral("--tty"), QStringLiteral("--server"), server->url().toString(),
                               QStringLiteral("--print-result")},
                              policy, user);
        QVERIFY(fixture.resolved);
        QCOMPARE(fixture.launch.settings().failOpen, !policy.isEmpty()); // honoured only from policy
        MemorySecretStore keychain;
        TerminalSignInCommand command(fixture.launch, &keychain, Clock::system(), &fixture.console);
        CommandRun run(&command);
        command.start();
        MemoryConsole &console = fixture.console;
        QVERIFY(waitForPrompt(console, QStringLiteral("Username: $")));
        console.type(QStringLiteral("alice"));
        QVERIFY(waitForPrompt(console, QStringLiteral("Password: $")));
        console.type(QStringLiteral("correct horse"));
        QVERIFY(waitForPrompt(console, QStringLiteral("Remember me.*\\] $")));
        console.type(QStringLiteral("n"));
        QVERIFY2(waitForPrompt(console, QStringLiteral("Phone number.*: $")), qPrintable(console.err()));
        if (serverGone) {
            delete std::exchange(server, nullptr); // its connections close; nothing listens on the port
            QTest::qWait(200);
        }
        if (exitCode == 4) {
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("FAIL-OPEN")));
        }
        console.type(QStringLiteral("+1 202 555 0142"));
        if (exitCode != 4) {
            QVERIFY2(waitForPrompt(console, QStringLiteral("Error: ")), qPrintable(console.err()));
            console.endInput();
        }
        QCOMPARE(run.exitCode(), exitCode);
        const QJsonObject result = QJsonDocument::fromJson(console.out().toUtf8()).object();
        if (exitCode == 4) {
            QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("fail-open"));
            QCOMPARE(result.value(QStringLiteral("method")).toString(), QStringLiteral("fail-open"));
            QCOMPARE(result.value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
            QVERIFY2(console.err().contains(QStringLiteral("Let in WITHOUT a code")),
                     qPrintable(console.err()));
        } else {
            QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
            QVERIFY(!result.contains(QStringLiteral("method")));
            QVERIFY(!console.err().contains(QStringLiteral("WITHOUT a code")));
        }
        delete server;
    }
};

QTEST_GUILESS_MAIN(TestTerminalSignInCommand)
#include "TestTerminalSignInCommand.moc"
