#include "CommandRun.h"
#include "LaunchFixture.h"
#include "MemorySecretStore.h"

#include "DirectAuthService.h"
#include "SandboxServer.h"
#include "SetTwilioSecretCommand.h"

#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

/** The sandbox's Verify, a launch with --set-twilio-secret against it, a keychain and the command. */
struct SetSecretFixture
{
    SetSecretFixture()
        : listening(sandbox.listen())
        , launch({QStringLiteral("--set-twilio-secret"), QStringLiteral("--verify-url"),
                  sandbox.baseUrl().toString(), QStringLiteral("--service-sid"), SandboxServer::serviceSid()})
    {}

    SandboxServer sandbox;
    bool listening;
    LaunchFixture launch;
    MemorySecretStore keychain;
    MemoryConsole &console = launch.console;
    SetTwilioSecretCommand command{launch.launch.settings(), &keychain, &launch.console};
    CommandRun run{&command};
};

/**
 * --set-twilio-secret in this process: the key SID and secret typed on the console (or piped), checked
 * against the in-process sandbox's Verify, kept in an in-memory keychain.
 */
class TestSetTwilioSecretCommand : public QObject
{
    Q_OBJECT

private slots:
    void aServiceIsNeeded()
    {
        LaunchFixture fixture({QStringLiteral("--set-twilio-secret")});
        QVERIFY(fixture.resolved);
        MemorySecretStore keychain;
        SetTwilioSecretCommand command(fixture.launch.settings(), &keychain, &fixture.console);
        QCOMPARE(runToEnd(command), 3);
        QVERIFY2(fixture.console.err().contains(QStringLiteral("Verify/ServiceSid")),
                 qPrintable(fixture.console.err()));
    }

    void aKeyThatVerifyAcceptsIsKeptWithoutEcho()
    {
        SetSecretFixture f;
        QVERIFY(f.listening && f.launch.resolved);
        f.console.setInteractive(true);
        f.command.start();
        QVERIFY(f.console.err().endsWith(QStringLiteral("Twilio API key SID (SK…) or account SID (AC…): ")));
        f.console.type(SandboxServer::apiKeySid());
        QTRY_VERIFY(f.console.err().endsWith(QStringLiteral("Secret: ")));
        QVERIFY(!f.console.echo());
        f.console.type(SandboxServer::apiKeySecret());
        QCOMPARE(f.run.exitCode(), 0);
        QVERIFY(f.console.echo());
        QCOMPARE(f.keychain.contents().value(SecretKey::twilioSecret),
                 DirectAuthService::serializeTwilioSecret(SandboxServer::apiKeySid(),
                                                          SandboxServer::apiKeySecret()));
        QVERIFY(f.console.err().contains(QStringLiteral("is now in the keychain")));
        QVERIFY(!f.console.err().contains(SandboxServer::apiKeySecret()));
        QVERIFY(f.console.out().isEmpty());
    }

    void aWrongSecretIsRefusedWithTwiliosCode()
    {
        SetSecretFixture f;
        QVERIFY(f.listening && f.launch.resolved);
        f.console.type(SandboxServer::apiKeySid());
        f.console.type(QStringLiteral("not-the-secret"));
        f.command.start();
        QCOMPARE(f.run.exitCode(), 3);
        QVERIFY2(f.console.err().contains(QStringLiteral("The Twilio key was not accepted")),
                 qPrintable(f.console.err()));
        QVERIFY(f.console.err().contains(QStringLiteral("(20003)")));
        QVERIFY(f.keychain.contents().isEmpty());
    }

    void theFirstLineMustBeAKeySid()
    {
        SetSecretFixture f;
        QVERIFY(f.listening && f.launch.resolved);
        f.console.type(QStringLiteral("my-secret-typed-first"));
        f.console.endInput();
        f.command.start();
        QCOMPARE(f.run.exitCode(), 3);
        QVERIFY(f.console.err().contains(QStringLiteral("The first line is not a key SID")));
        QVERIFY(!f.console.err().contains(QStringLiteral("my-secret-typed-first"))); // never echoed back
    }

    void inputThatEndsEarlyExitsThree()
    {
        SetSecretFixture f;
        QVERIFY(f.listening && f.launch.resolved);
        f.console.type(SandboxServer::apiKeySid());
        f.console.endInput();
        f.command.start();
        QCOMPARE(f.run.exitCode(), 3);
        QVERIFY(f.console.err().contains(QStringLiteral("No secret was given on standard input.")));
    }
};

QTEST_GUILESS_MAIN(TestSetTwilioSecretCommand)
#include "TestSetTwilioSecretCommand.moc"
