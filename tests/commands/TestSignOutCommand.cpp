#include "CommandRun.h"
#include "MemoryConsole.h"
#include "MemorySecretStore.h"

#include "SignOutCommand.h"

#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

/** --sign-out and --reset: what each forgets from the keychain, and a keychain that cannot forget. */
class TestSignOutCommand : public QObject
{
    Q_OBJECT

    static QHash<QString, QByteArray> everything()
    {
        return {{SecretKey::backendSession, "session"},  {SecretKey::backendDeviceToken, "device"},
                {SecretKey::directDeviceTrust, "trust"}, {SecretKey::lastPhoneNumber, "+12025550142"},
                {SecretKey::localAccount, "account"},    {SecretKey::twilioSecret, "SK\nsecret"}};
    }

    static int run(SignOutCommand::Scope scope, MemorySecretStore *keychain, MemoryConsole *console)
    {
        SignOutCommand command(scope, keychain, console);
        return runToEnd(command, 5000);
    }

private slots:
    void signOutForgetsTheSessionDeviceAndNumber()
    {
        MemorySecretStore keychain;
        keychain.setContents(everything());
        MemoryConsole console;
        QCOMPARE(run(SignOutCommand::Scope::SignOut, &keychain, &console), 0);
        QCOMPARE(keychain.contents().keys().size(), 2);
        QVERIFY(keychain.contents().contains(SecretKey::localAccount));
        QVERIFY(keychain.contents().contains(SecretKey::twilioSecret));
        QCOMPARE(console.err(), QStringLiteral("Signed out.\n"));
        QVERIFY(console.out().isEmpty());
    }

    void resetAlsoForgetsTheEnrolmentAndTheSecret()
    {
        MemorySecretStore keychain;
        keychain.setContents(everything());
        MemoryConsole console;
        QCOMPARE(run(SignOutCommand::Scope::Reset, &keychain, &console), 0);
        QVERIFY(keychain.contents().isEmpty());
        QVERIFY(console.err().startsWith(QStringLiteral("Signed out; this computer's enrolment")));
    }

    void nothingToForgetIsNoError()
    {
        MemorySecretStore keychain;
        MemoryConsole console;
        QCOMPARE(run(SignOutCommand::Scope::Reset, &keychain, &console), 0);
    }

    void aKeychainThatCannotForgetExitsThree()
    {
        MemorySecretStore keychain;
        keychain.failOperations(SecretStore::Error::NoKeychain, QStringLiteral("No keychain is available."));
        MemoryConsole console;
        QCOMPARE(run(SignOutCommand::Scope::SignOut, &keychain, &console), 3);
        QCOMPARE(console.err(),
                 QStringLiteral("latchkey: The keychain could not forget it: No keychain is available.\n"));
    }
};

QTEST_GUILESS_MAIN(TestSignOutCommand)
#include "TestSignOutCommand.moc"
