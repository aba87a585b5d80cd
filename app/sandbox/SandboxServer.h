#pragma once

#include "core/Clock.h"
#include "sandbox/SandboxRoute.h"

#include <QList>
#include <QObject>
#include <QUrl>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace latchkey {

class BackendEmulator;
class Outbox;
class VerifyEmulator;

/**
 * The local sandbox over HTTP on 127.0.0.1: Twilio Verify v2 (form bodies, Basic auth, Twilio's JSON and
 * error shapes) and the organisation backend (JSON bodies, a session cookie, the seed's Express answers),
 * both backed by in-process emulators and one outbox. Each API's routes come from one table, so wrappers
 * such as fault injection can be put around every route in one place.
 */
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(Clock *clock = Clock::system(), QObject *parent = nullptr);
    ~SandboxServer() override;

    /** Listens on 127.0.0.1 (port 0 = any free port); false with a warning when it cannot. */
    bool listen(quint16 port = 0);
    /** http://127.0.0.1:PORT, empty before a successful listen(). */
    QUrl baseUrl() const;

    Outbox *outbox() const { return m_outbox; }
    VerifyEmulator *verify() const { return m_verify; }
    BackendEmulator *backend() const { return m_backend; }
    /** Every registered route, Verify's first; for wrappers, statistics and tests. */
    QList<SandboxRoute> routes() const { return m_routes; }

    static QString serviceSid();   // "VA" + 32 hex, fixed
    static QString apiKeySid();    // "SK" + 32 hex, fixed, sandbox-only
    static QString apiKeySecret(); // fixed, sandbox-only: the sandbox is local and not a secret keeper

    static constexpr char sessionCookieName[] = "latchkey.sid";

private:
    QList<SandboxRoute> verifyRoutes();
    QList<SandboxRoute> backendRoutes();
    void addRoute(const SandboxRoute &route);
    void answer(const SandboxRoute &route, const QHttpServerRequest &request, const QStringList &args,
                QHttpServerResponder &&responder);
    static void write(const SandboxReply &reply, QHttpServerResponder &responder);
    static SandboxReply missing(const QHttpServerRequest &request);

    // Verify v2
    using Handler = std::function<SandboxReply(const SandboxRequest &)>;
    static Handler twilioRoute(Handler handler);
    SandboxReply fetchService(const SandboxRequest &request) const;
    SandboxReply startVerification(const SandboxRequest &request);
    SandboxReply checkVerification(const SandboxRequest &request);
    SandboxReply fetchVerification(const SandboxRequest &request);
    SandboxReply updateVerification(const SandboxRequest &request);

    // Backend
    SandboxReply backendLogin(const SandboxRequest &request);
    SandboxReply backendSession(const SandboxRequest &request);
    SandboxReply backendSendCode(const SandboxRequest &request);
    SandboxReply backendVerifyCode(const SandboxRequest &request);
    SandboxReply backendLogout(const SandboxRequest &request);

    QHttpServer *m_http;
    Outbox *m_outbox;
    VerifyEmulator *m_verify;
    BackendEmulator *m_backend;
    QList<SandboxRoute> m_routes;
    QDateTime m_startedAt;
    quint16 m_port = 0;
};

} // namespace latchkey
