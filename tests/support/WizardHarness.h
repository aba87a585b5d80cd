#pragma once

// The real sign-in wizard for the UI tests, assembled by the shell's SignInSession as latchkey assembles it,
// from settings files (never /etc/latchkey or the user's own), with the test's keychain and clock: the
// sandbox as latchkey runs it (a child latchkey-sandbox, found on the PATH the tests are given), an
// in-process sandbox where a test moves its clock or adds accounts, a backend the test runs, or direct
// mode against the sandbox's Verify. Header-only: the tests that use it link latchkey_ui and
// latchkey_sandbox, which the support library does not.

#include "SignInWizard.h"

#include "BackendEmulator.h"
#include "Clock.h"
#include "DirectAuthService.h"
#include "DirectSandbox.h"
#include "LaunchFixture.h"
#include "MemorySecretStore.h"
#include "Outbox.h"
#include "PasswordVerifier.h"
#include "SandboxOutbox.h"
#include "SandboxServer.h"
#include "SecretStore.h"
#include "SignInFlow.h"
#include "SignInSession.h"
#include "WidgetLookup.h"
#include "WrongCode.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace latchkey::testing {

/** Settings and keychain entries of a test application of its own, never the user's. */
inline void useTestApplication(const QString &name)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LatchkeyTests"));
    QCoreApplication::setApplicationName(name);
}

/** Every warning fails the test, except the offscreen platform's note that it cannot pass a window's
 * changed minimum size on (QWizard adapts its minimum size to the current page). */
inline void failOnUnexpectedWarnings()
{
    QTest::failOnWarning(
        QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints\\(\\)$).*")));
}

/**
 * Settings files for a test's launch: the admin's defaults (which the user may still change) and mandatory
 * policy (which locks what it sets). Empty: the built-in defaults alone.
 */
struct HarnessSettings
{
    QByteArray adminDefaults;
    QByteArray policy;
};

/** "Remember this device" allowed for 30 days, as an administrator's default. */
inline HarnessSettings rememberingDevicesByDefault()
{
    return {"[Auth]\nRememberDeviceAllowed=true\nRememberDeviceDays=30\n", {}};
}

namespace detail {

/**
 * The session built and started as the program does it, the wizard waiting for its ready() (in direct mode,
 * once the Twilio secret has been read from the keychain); a test cannot go on without its flow.
 */
inline SignInFlow &startedFlow(const LaunchFixture &launch, SignInSession &session,
                               const QUrl &runningSandbox)
{
    if (!launch.resolved) {
        qFatal("the test's settings were refused: %s", qPrintable(launch.console.err()));
    }
    session.setRunningSandbox(runningSandbox);
    session.setPrefilledUsername(launch.launch.commandLine().username); // --user, as WizardShell passes it
    // The quickest hashing of direct mode's local password: the tests enrol and sign in many times.
    session.setPasswordStrength(PasswordVerifier::Strength::Minimal);
    QString problem;
    if (!session.build(&problem)) {
        qFatal("the sign-in session could not be built: %s", qPrintable(problem));
    }
    QSignalSpy ready(&session, &SignInSession::ready);
    QSignalSpy failed(&session, &SignInSession::failed);
    session.start();
    const bool answered = QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 10000);
    if (!answered || ready.isEmpty() || !session.flow()) {
        qFatal("the sign-in session did not start: %s", qPrintable(failed.value(0).value(0).toString()));
    }
    // The window's flow is ready before its sandbox child starts (WizardShell starts it after the first
    // frame); the tests begin once it listens.
    session.startSandbox();
    if (session.sandboxChild() &&
        !QTest::qWaitFor([&] { return session.sandboxUrl().isValid() || !failed.isEmpty(); }, 10000)) {
        qFatal("the sandbox did not start");
    }
    return *session.flow();
}

} // namespace detail

/**
 * One sign-in window, assembled as latchkey assembles it: the settings read from files (and options as on
 * the command line), a SignInSession over the test's keychain and clock (the configured network, the
 * keychain with Auth/RememberMeDays, the configured auth service), started, and the wizard over its flow.
 * The test shows the wizard and starts the flow, as the program does next.
 */
class WizardWindow
{
public:
    /** A window against the backend at `backendUrl` (--server), as a second run of the app would open. */
    WizardWindow(const QUrl &backendUrl, SecretStore *secrets, Clock *clock,
                 const HarnessSettings &settings = {})
        : WizardWindow(QStringList{QStringLiteral("--server"), backendUrl.toString()}, secrets, clock,
                       settings)
    {}

    template<typename T>
    T *child(const char *name) const
    {
        return currentPageChild<T>(wizard, name);
    }

    LaunchFixture launch;
    SignInSession session;
    SignInFlow &flow;
    SignInWizard wizard;

protected:
    /** `runningSandbox`: in sandbox mode, the sandbox to use instead of starting latchkey-sandbox. */
    WizardWindow(const QStringList &arguments, SecretStore *secrets, Clock *clock,
                 const HarnessSettings &settings, const QUrl &runningSandbox = QUrl())
        : launch(arguments, settings.policy, QByteArray(), settings.adminDefaults)
        , session(launch.launch.settings(), SignInSession::FrontEnd::Window, secrets, clock)
        , flow(detail::startedFlow(launch, session, runningSandbox))
        , wizard(&flow)
    {}
};

/**
 * Which sandbox the window signs in against: the child latchkey-sandbox that latchkey --sandbox starts (on
 * the real clock), or one in this process, which a test can reach into (add an account), on the real clock
 * or on one the test moves (advanceSeconds) together with the flow's.
 */
enum class HarnessSandbox { Child, InProcess, InProcessManualClock };

namespace detail {

/** What a window needs before it is built; a base class so that it is constructed first. */
struct HarnessParts
{
    explicit HarnessParts(HarnessSandbox which)
    {
        if (which != HarnessSandbox::Child) {
            inProcess = std::make_unique<SandboxServer>(which == HarnessSandbox::InProcessManualClock
                                                            ? static_cast<Clock *>(&clock)
                                                            : Clock::system());
            if (!inProcess->listen()) {
                qFatal("the in-process sandbox could not listen");
            }
        }
    }

    ManualClock clock; // the flow's and the in-process sandbox's with HarnessSandbox::InProcessManualClock
    MemorySecretStore secrets;
    std::unique_ptr<SandboxServer> inProcess;
};

} // namespace detail

/**
 * latchkey --sandbox in a window: the session's own sandbox (a child latchkey-sandbox on 127.0.0.1, as the
 * program runs it, or the harness's in-process one), an in-memory keychain, and the wizard. Codes are read
 * from the sandbox's outbox over HTTP, as the sandbox phone reads them. No side panel: a test adds the
 * sandbox phone if it wants it.
 */
class WizardHarness : public detail::HarnessParts, public WizardWindow
{
public:
    explicit WizardHarness(const HarnessSettings &settings = {}, HarnessSandbox which = HarnessSandbox::Child)
        : HarnessParts(which)
        , WizardWindow(QStringList{QStringLiteral("--sandbox")}, &secrets,
                       which == HarnessSandbox::InProcessManualClock ? &clock : Clock::system(), settings,
                       inProcess ? inProcess->baseUrl() : QUrl())
        , outbox(*session.sandboxOutbox())
    {
        outbox.setInterval(50); // the tests wait for codes with QTRY_*
    }

    QString demoPhone() const { return BackendEmulator::demoAccount().phone; }
    /**
     * The last code the sandbox sent to the demo account's number; empty before the first. In-process,
     * straight from the sandbox; from the child, after the outbox's next answer, so that a code sent before
     * this call is never missed.
     */
    QString lastCode() const
    {
        if (inProcess) {
            return inProcess->outbox()->lastCodeFor(demoPhone());
        }
        QSignalSpy answered(&outbox, &SandboxOutbox::answered);
        if (!answered.wait(5000)) {
            qWarning("the sandbox's outbox did not answer");
        }
        return outbox.lastCodeFor(demoPhone());
    }

    /** On the code page: a wrong code five times, each after the last one's answer, to reach the lockout. */
    void typeWrongCodesUntilLockout()
    {
        const QString wrong = wrongCodeFor(lastCode());
        auto *codeEdit = child<QLineEdit>("codeLineEdit");
        auto *errorLabel = child<QLabel>("errorLabel");
        QVERIFY(codeEdit && errorLabel);
        for (int attempt = 0; attempt < 5; ++attempt) {
            QTRY_VERIFY(!flow.isBusy());
            QTRY_VERIFY(codeEdit->text().isEmpty());
            QTest::keyClicks(codeEdit, wrong);
            QTRY_VERIFY(errorLabel->isVisible());
        }
    }

    SandboxOutbox &outbox;
    const bool listening = session.sandboxUrl().isValid(); // the session was built: its sandbox listens
};

namespace detail {

/** The test's settings, with direct mode set up in the admin defaults against the Verify at `verifyUrl`. */
inline HarnessSettings directMode(const QUrl &verifyUrl, HarnessSettings settings)
{
    settings.adminDefaults +=
        "\n[Server]\nMode=twilio\n[Verify]\nServiceSid=" + SandboxServer::serviceSid().toUtf8() +
        "\nBaseUrl=" + verifyUrl.toString().toUtf8() + "\n";
    return settings;
}

/** The keychain with the sandbox's API key in it, as latchkey --set-twilio-secret leaves it. */
inline SecretStore *withTwilioSecret(MemorySecretStore &keychain)
{
    QHash<QString, QByteArray> contents = keychain.contents();
    contents.insert(SecretKey::twilioSecret, DirectAuthService::serializeTwilioSecret(
                                                 SandboxServer::apiKeySid(), SandboxServer::apiKeySecret()));
    keychain.setContents(contents);
    return &keychain;
}

} // namespace detail

/**
 * latchkey in direct mode in a window: Server/Mode=twilio with the sandbox's Verify service on 127.0.0.1 as
 * the admin defaults, the Twilio secret in the in-memory keychain, and the SignInSession (the local account,
 * DirectAuthService) built and started on the sandbox's ManualClock before the wizard. enrol() stores a local
 * account in that same keychain; the flow's own is session.localAccount().
 */
class DirectWizardHarness : public DirectSandbox, public WizardWindow
{
public:
    explicit DirectWizardHarness(const HarnessSettings &settings = {})
        : WizardWindow(QStringList(), detail::withTwilioSecret(secrets), &clock,
                       detail::directMode(server.baseUrl(), settings))
    {}

    /** The last code the sandbox's Verify sent to `number`; empty before the first. */
    QString codeFor(const QString &number) const { return server.outbox()->lastCodeFor(number); }

    /** Shows the wizard and signs in with the enrolled account's password, up to the code page. */
    void signInToCodePage()
    {
        wizard.show();
        flow.start();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SignInWizard::PasswordPageId), 10000);
        QTRY_VERIFY(!flow.isBusy());
        QTest::keyClicks(child<QLineEdit>("usernameLineEdit"), localUsername);
        QTest::keyClicks(child<QLineEdit>("passwordLineEdit"), localPassword);
        QTest::keyClick(child<QLineEdit>("passwordLineEdit"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SignInWizard::CodePageId), 10000);
    }
};

} // namespace latchkey::testing
