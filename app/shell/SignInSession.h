#pragma once

#include "BackendAuthService.h"
#include "EffectiveSettings.h"
#include "PasswordVerifier.h"
#include "SecretStore.h"
#include "SignInFlow.h"
#include "VerifyClient.h"

#include <QObject>
#include <memory>

namespace latchkey {

class AuditLog;
class AuthService;
class Clock;
class HttpClient;
class LocalAccount;
class NetworkStack;
class SandboxOutbox;
class SandboxChildProcess;
class SignInAudit;

/**
 * Everything one sign-in needs, built from the settings as the program ships it: the sandbox when the mode
 * asks for it (latchkey-sandbox as a child process: Latchkey itself carries no HTTP server), the configured
 * network, the keychain with Auth/RememberMeDays applied, the auth service (the backend, or direct mode's
 * local account and Verify) and the flow. The window, the terminal and the UI tests all build their sign-in
 * here. Direct mode's service needs the Twilio secret from the keychain, so its flow exists only once start()
 * has read it (asynchronously).
 */
class SignInSession : public QObject
{
    Q_OBJECT
public:
    /** Who renders the flow: the sandbox's hint says where its codes appear. */
    enum class FrontEnd { Window, Terminal };

    /** `keychain` and `clock` are used, not taken over: both must outlive the session. */
    SignInSession(EffectiveSettings settings, FrontEnd frontEnd, SecretStore *keychain, Clock *clock,
                  QObject *parent = nullptr);
    ~SignInSession() override;

    /** --user: the username filled in on the password step. Before build(). */
    void setPrefilledUsername(const QString &username) { m_prefilledUsername = username; }
    /** Where servers' "too many requests" waits are kept (ServerCooldowns); the tests use their own. */
    void setCooldownFile(const QString &path) { m_cooldownFile = path; }
    /** Direct mode's password hashing; the tests pick the quickest. Before build(). */
    void setPasswordStrength(PasswordVerifier::Strength strength) { m_passwordStrength = strength; }

    /**
     * Sandbox mode against a sandbox that already runs at `origin` (a test's own), instead of starting
     * latchkey-sandbox. Before build().
     */
    void setRunningSandbox(const QUrl &origin) { m_runningSandbox = origin; }
    /** Where latchkey-sandbox is looked for before PATH; the program's own directory unless set. */
    void setSandboxDirectory(const QString &directory) { m_sandboxDirectory = directory; }

    /** --exec: the audience the backend's assertion is asked for (Gate/Audience). Before build(). */
    void setAssertionAudience(const QString &audience) { m_assertionAudience = audience; }

    /** Builds the parts; false with the reason (latchkey-sandbox is not installed). */
    bool build(QString *problem);
    /**
     * Emits ready() once the flow exists (at once; in direct mode after the Twilio secret has been read from
     * the keychain; in sandbox mode for the terminal once latchkey-sandbox listens, and for the window at
     * once, with sandboxListening() once the window has called startSandbox() and the sandbox listens: a
     * request made before waits for it), or failed() with the sentence that says why it cannot (exit code 3).
     */
    void start();
    /**
     * The window's latchkey-sandbox child, started by the window once its first frame is drawn: the first
     * page does not need it, and on two CPUs its start would compete with the window's. After start(); the
     * terminal's starts in start(). Does nothing a second time, or without a child.
     */
    void startSandbox();

    const EffectiveSettings &settings() const { return m_settings; }
    /** Null before build(), and in direct mode until ready(). */
    SignInFlow *flow() const { return m_flow.get(); }
    /**
     * Backend mode (and the sandbox): where the signed-in user may read sign-in figures, when the login
     * answer announced `stats`; empty otherwise.
     */
    QUrl statsUrl() const;
    /** Direct mode's local account, once ready(); null in the other modes. */
    LocalAccount *localAccount() const { return m_localAccount.get(); }
    /** The keychain as the flow sees it (Auth/RememberMeDays applied). */
    SecretStore *secrets() const { return m_secrets.get(); }
    HttpClient *http() const;
    /** The sandbox's origin in sandbox mode, once it listens; empty otherwise. */
    QUrl sandboxUrl() const
    {
        return m_settings.mode == EffectiveSettings::Mode::Sandbox && m_flow ? m_endpoints.origin : QUrl();
    }
    /** The child latchkey-sandbox while it runs; null with a running sandbox given, and outside the sandbox.
     */
    SandboxChildProcess *sandboxChild() const { return m_sandboxChild.get(); }
    /**
     * The sandbox's outbox, asked over HTTP from the first call on (from when the sandbox listens); null
     * before ready() or outside it.
     */
    SandboxOutbox *sandboxOutbox();
    /**
     * The assertion the backend signed for the last approved code (a compact JWS), when it issues them;
     * empty otherwise, and always in direct mode.
     */
    QByteArray assertion() const;
    /** The sandbox's demo account, for the front end to show up front; empty outside the sandbox. */
    QString hint() const { return m_hint; }

signals:
    void ready();
    /** Sandbox mode: latchkey-sandbox listens at sandboxUrl(). */
    void sandboxListening();
    void failed(const QString &problem);

private:
    /** Opens the connection to the server now in the terminal (the window opens it as the user types). */
    void warmUpForTerminal(const QUrl &origin);
    /** The one place the auth service and the flow are made, for every mode. */
    void createServiceAndFlow();
    void onSandboxStarted(const QUrl &origin);
    void onTwilioSecretRead(const QByteArray &value, SecretStore::Error error, const QString &message);

    EffectiveSettings m_settings;
    FrontEnd m_frontEnd;
    SecretStore *m_keychain;
    Clock *m_clock;
    QString m_prefilledUsername;
    QString m_assertionAudience;
    QString m_cooldownFile = ServerCooldowns::defaultFilePath();
    PasswordVerifier::Strength m_passwordStrength = PasswordVerifier::Strength::Interactive;
    FlowOptions m_flowOptions;
    BackendEndpoints m_endpoints; // the sandbox's own origin in sandbox mode
    VerifyAccount m_verifyAccount;
    QString m_hint;
    QUrl m_runningSandbox;
    QString m_sandboxDirectory;
    // Declared in the order they depend on each other, so each is destroyed before what it uses.
    std::unique_ptr<NetworkStack> m_network;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<PasswordVerifier> m_passwordVerifier;
    std::unique_ptr<LocalAccount> m_localAccount;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<SignInFlow> m_flow;
    std::unique_ptr<AuditLog> m_auditLog;
    std::unique_ptr<SignInAudit> m_audit;                // watches m_flow, writes to m_auditLog
    std::unique_ptr<SandboxOutbox> m_sandboxOutbox;      // asks the sandbox over m_network
    std::unique_ptr<SandboxChildProcess> m_sandboxChild; // stopped before the parts that talk to it go
    bool m_sandboxStartRequested = false;
};

} // namespace latchkey
