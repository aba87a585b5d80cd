#pragma once

// Direct mode's parts on one computer for the tests: the sandbox's Verify on 127.0.0.1, on a clock the test
// moves, the keychain in memory and the local account in it. Header-only: the tests that use it link
// latchkey_sandbox, which the support library does not.

#include "Clock.h"
#include "LocalAccount.h"
#include "MemorySecretStore.h"
#include "PasswordVerifier.h"
#include "SandboxServer.h"
#include "SignInFlow.h"

#include <QSignalSpy>

namespace latchkey::testing {

/** The local account the direct-mode tests enrol: a passphrase the strength check accepts, a US number. */
inline const QString localUsername = QStringLiteral("ada");
inline const QString localPassword = QStringLiteral("violet anchor marmalade");
inline const QString localNumber = QStringLiteral("+12025550142");

/** "Remember this device" allowed, for 30 days. */
inline FlowOptions rememberingDevices()
{
    FlowOptions options;
    options.rememberDeviceAllowed = true;
    options.rememberDeviceDays = 30;
    return options;
}

/**
 * The sandbox's Verify, the keychain and a local account over it. A test wires direct mode's client to
 * them itself, or lets DirectWizardHarness build it from settings as the program does.
 */
struct DirectSandbox
{
    /** Enrols the local account into `secrets` as the first run would, and waits for it to be stored. */
    bool enrol(const QString &username = localUsername, const QString &password = localPassword,
               const QString &number = localNumber)
    {
        QSignalSpy enrolled(&account, &LocalAccount::enrolled);
        account.enrol(username, password, E164Number::fromString(number).value());
        return enrolled.wait(10000);
    }

    ManualClock clock;
    SandboxServer server{&clock};
    bool listening = server.listen();
    MemorySecretStore secrets;
    // The quickest hashing: the tests enrol and sign in many times.
    PasswordVerifier verifier{PasswordVerifier::Strength::Minimal};
    LocalAccount account{&secrets, &verifier};
};

} // namespace latchkey::testing
