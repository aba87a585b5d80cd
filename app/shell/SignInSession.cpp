#include "SignInSession.h"

#include "AuditLog.h"
#include "BackendAuthService.h"
#include "Clock.h"
#include "DirectAuthService.h"
#include "ExpiringSecretStore.h"
#include "LocalAccount.h"
#include "NetworkStack.h"
#include "SandboxChildProcess.h"
#include "SandboxLocator.h"
#include "SandboxOutbox.h"
#include "SessionOptions.h"
#include "SignInAudit.h"

#include <QCoreApplication>

namespace latchkey {

SignInSession::SignInSession(EffectiveSettings settings, FrontEnd frontEnd, SecretStore *keychain,
                             Clock *clock, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_frontEnd(frontEnd)
    , m_keychain(keychain)
    , m_clock(clock)
{}

SignInSession::~SignInSession() = default;

HttpClient *SignInSession::http() const
{
    return m_network ? m_network->http() : nullptr;
}

bool SignInSession::build(QString *problem)
{
    m_endpoints = SessionOptions::endpoints(m_settings);
    const bool useSandbox = m_settings.mode == EffectiveSettings::Mode::Sandbox;
    if (useSandbox) {
        if (m_runningSandbox.isValid()) {
            m_endpoints.origin = m_runningSandbox;
        } else {
            const QString program = SandboxLocator::find(
                m_sandboxDirectory.isEmpty() ? QCoreApplication::applicationDirPath() : m_sandboxDirectory);
            if (program.isEmpty()) {
                *problem = SandboxLocator::notInstalledMessage();
                return false;
            }
            m_sandboxChild = std::make_unique<SandboxChildProcess>(program);
        }
        // The sandbox's fixed demo account (sandbox only, not a secret; docs/sandbox.md). Whole sentences
        // per front end, so translators never assemble one from pieces.
        m_hint =
            (m_frontEnd == FrontEnd::Terminal
                 ? QCoreApplication::translate("main",
                                               "Sandbox demo account: %1 / %2, phone %3. Codes appear as "
                                               "[sandbox] lines in this terminal instead of being sent.")
                 : QCoreApplication::translate("main",
                                               "Sandbox demo account: %1 / %2, phone %3. Codes appear in "
                                               "the Sandbox phone panel instead of being sent."))
                .arg(QStringLiteral("demo"), QStringLiteral("latchkey-demo"), QStringLiteral("+12025550142"));
    }
    m_network = std::make_unique<NetworkStack>(SessionOptions::network(m_settings));
    m_secrets = std::make_unique<ExpiringSecretStore>(m_keychain, m_clock, m_settings.rememberMeDays);
    m_flowOptions = SessionOptions::flow(m_settings);
    m_flowOptions.prefilledUsername = m_prefilledUsername;
    m_flowOptions.cooldownFile = m_cooldownFile;
    if (m_settings.mode == EffectiveSettings::Mode::Twilio) {
        m_flowOptions.rememberMeAllowed = false; // a local account has no server session to remember
        m_verifyAccount = SessionOptions::verifyService(m_settings);
        warmUpForTerminal(m_verifyAccount.baseUrl);
        return true; // the service waits for the Twilio secret (start())
    }
    if (m_sandboxChild && m_frontEnd == FrontEnd::Terminal) {
        return true; // the flow waits for the sandbox's address (start())
    }
    // A window's flow does not wait for its sandbox child: the origin arrives when it listens.
    createServiceAndFlow();
    warmUpForTerminal(m_endpoints.origin);
    return true;
}

void SignInSession::start()
{
    if (m_sandboxChild) {
        connect(m_sandboxChild.get(), &SandboxChildProcess::started, this, &SignInSession::onSandboxStarted);
        connect(m_sandboxChild.get(), &SandboxChildProcess::failed, this, &SignInSession::failed);
        if (m_flow) {
            emit ready(); // the window's: it starts the sandbox once it is drawn (startSandbox())
        } else {
            startSandbox();
        }
        return;
    }
    if (m_settings.mode != EffectiveSettings::Mode::Twilio) {
        emit ready();
        return;
    }
    auto *once = new QObject(this); // the connection lives for one answer
    connect(m_secrets.get(), &SecretStore::readFinished, once,
            [this, once](const QString &key, const QByteArray &value, SecretStore::Error error,
                         const QString &message) {
                if (key != SecretKey::twilioSecret) {
                    return;
                }
                once->deleteLater();
                disconnect(m_secrets.get(), nullptr, once, nullptr);
                onTwilioSecretRead(value, error, message);
            });
    m_secrets->read(SecretKey::twilioSecret);
}

void SignInSession::startSandbox()
{
    if (m_sandboxChild && !m_sandboxStartRequested) {
        m_sandboxStartRequested = true;
        m_sandboxChild->start();
    }
}

void SignInSession::onSandboxStarted(const QUrl &origin)
{
    m_endpoints.origin = origin;
    if (m_flow) {
        // The window's flow and outbox, made while the sandbox started, learn where it listens.
        if (auto *backend = qobject_cast<BackendAuthService *>(m_auth.get())) {
            backend->setOrigin(origin);
        }
        m_flow->setServerOrigin(ServerCooldowns::originOf(origin.toString()));
        if (m_sandboxOutbox) {
            m_sandboxOutbox->setOrigin(origin);
        }
        emit sandboxListening();
        return;
    }
    createServiceAndFlow();
    warmUpForTerminal(origin);
    emit ready();
    emit sandboxListening();
}

void SignInSession::warmUpForTerminal(const QUrl &origin)
{
    // The terminal sees a line only once it is typed, so its connection opens at start-up. The window's
    // opens on the first key the user types (SignInFlow::noteTyping): a connection opened at start-up
    // would often reach the server's idle timeout before the first request, and cost a second one.
    if (m_frontEnd == FrontEnd::Terminal) {
        m_network->http()->warmUp(origin);
    }
}

SandboxOutbox *SignInSession::sandboxOutbox()
{
    if (!m_sandboxOutbox && m_settings.mode == EffectiveSettings::Mode::Sandbox && m_flow) {
        // Before the sandbox listens its origin is empty: the outbox asks once it is set.
        m_sandboxOutbox = std::make_unique<SandboxOutbox>(m_network->http(), sandboxUrl());
        m_sandboxOutbox->start();
    }
    return m_sandboxOutbox.get();
}

void SignInSession::onTwilioSecretRead(const QByteArray &value, SecretStore::Error error,
                                       const QString &message)
{
    if (error == SecretStore::Error::NotFound) {
        emit failed(
            QCoreApplication::translate("main", "No Twilio secret: run latchkey --set-twilio-secret."));
        return;
    }
    if (error != SecretStore::Error::None) {
        emit failed(QCoreApplication::translate("main", "Direct mode cannot work without the keychain: %1")
                        .arg(message));
        return;
    }
    if (!DirectAuthService::parseTwilioSecret(value, &m_verifyAccount.keySid, &m_verifyAccount.secret)) {
        emit failed(QCoreApplication::translate(
            "main", "The Twilio secret in the keychain is damaged: run latchkey --set-twilio-secret "
                    "again."));
        return;
    }
    createServiceAndFlow();
    emit ready();
}

void SignInSession::createServiceAndFlow()
{
    if (m_settings.mode == EffectiveSettings::Mode::Twilio) {
        auto *direct = new DirectAuthService(m_network->http(), m_verifyAccount);
        m_verifyAccount.secret.clear(); // the client holds its own copy
        m_passwordVerifier = std::make_unique<PasswordVerifier>(m_passwordStrength);
        m_localAccount = std::make_unique<LocalAccount>(m_secrets.get(), m_passwordVerifier.get());
        direct->setLocalAccount(m_localAccount.get());
        direct->setEmailOnFile(m_settings.emailAddress);
        // 60205 (landline) and 60223 (SMS off): a call can still reach the person, where allowed.
        direct->verifyClient()->setCallFallbackAllowed(m_flowOptions.allowedChannels.contains(Channel::Call));
        m_auth.reset(direct);
    } else {
        auto backend = std::make_unique<BackendAuthService>(m_network->http(), m_endpoints);
        backend->setDefaultCodeLength(m_settings.codeLength);
        backend->setAssertionAudience(m_assertionAudience);
        m_auth = std::move(backend);
    }
    // The code service: the backend (or the sandbox), or Twilio Verify in direct mode.
    m_flowOptions.serverOrigin = ServerCooldowns::originOf(m_settings.mode == EffectiveSettings::Mode::Twilio
                                                               ? m_verifyAccount.baseUrl.toString()
                                                               : m_endpoints.origin.toString());
    m_flow = std::make_unique<SignInFlow>(m_auth.get(), m_secrets.get(), m_clock, m_flowOptions);
    // The audit log: one line per attempt, written once its outcome is known (a failed write only warns).
    if (!m_settings.auditPath.isEmpty() || m_settings.auditSyslog) {
        m_auditLog = std::make_unique<AuditLog>(m_settings.auditPath, m_settings.auditSyslog);
        m_audit = std::make_unique<SignInAudit>(
            m_flow.get(), m_clock, EffectiveSettings::modeName(m_settings.mode),
            [log = m_auditLog.get()](const QJsonObject &record) { log->append(record); });
    }
}

QUrl SignInSession::statsUrl() const
{
    const auto *backend = qobject_cast<const BackendAuthService *>(m_auth.get());
    return backend && backend->extensions().stats ? backend->statsUrl() : QUrl();
}

QByteArray SignInSession::assertion() const
{
    const auto *backend = qobject_cast<const BackendAuthService *>(m_auth.get());
    return backend ? backend->lastAssertion() : QByteArray();
}

} // namespace latchkey
