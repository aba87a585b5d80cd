#pragma once

#include "Clock.h"
#include "SandboxFaults.h"
#include "SandboxLimits.h"
#include "SandboxRoute.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

namespace latchkey {

class BackendEmulator;
class Outbox;
class SandboxClock;
class SandboxListener;
class VerifyEmulator;

/**
 * The local sandbox over HTTP on 127.0.0.1: Twilio Verify v2 (form bodies, Basic auth, Twilio's JSON and
 * error shapes) and the organisation backend (JSON bodies, a session cookie, the seed's Express answers),
 * both backed by in-process emulators and one outbox, plus its own /sandbox routes (the outbox as JSON,
 * moving the clock, fault injection). Each API's routes come from one table, and every request passes
 * answer() (or the missing handler), where the faults set through /sandbox/faults are applied. The
 * listening socket is a SandboxListener, which applies SandboxLimits before QHttpServer reads a byte.
 */
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(Clock *clock = Clock::system(), QObject *parent = nullptr);
    ~SandboxServer() override;

    /** The limits each connection is held to; set before listen() (later changes apply to nothing). */
    void setLimits(const SandboxLimits &limits) { m_limits = limits; }
    SandboxLimits limits() const { return m_limits; }
    /** Open connections counted against SandboxLimits::maxConnections (0 before listen()). */
    int connectionCount() const;
    /** The faults still to apply (POST /sandbox/faults adds to them). */
    SandboxFaults &faults() { return m_faults; }

    /** Listens on 127.0.0.1 (port 0 = any free port); false with a warning when it cannot. */
    bool listen(quint16 port = 0);
    /** Listens on another address (the standalone tool's --host); plain HTTP, so keep it on loopback. */
    bool listen(const QHostAddress &address, quint16 port);
    /** http://ADDRESS:PORT (127.0.0.1 for a wildcard address), empty before a successful listen(). */
    QUrl baseUrl() const;

    Outbox *outbox() const { return m_outbox; }
    VerifyEmulator *verify() const { return m_verify; }
    BackendEmulator *backend() const { return m_backend; }
    /** The sandbox's time: the clock given to the constructor plus what POST /sandbox/clock added. */
    SandboxClock *clock() const { return m_clock; }
    /** Every registered route, Verify's first; for wrappers, statistics and tests. */
    QList<SandboxRoute> routes() const { return m_routes; }

    // Default Verify credentials: fixed, sandbox-only values (the sandbox is local and keeps no secret).
    static QString serviceSid();   // "VA" + 32 hex
    static QString accountSid();   // "AC" + 32 hex
    static QString authToken();    // the account's Auth Token
    static QString apiKeySid();    // "SK" + 32 hex
    static QString apiKeySecret(); // the API key's secret

    /** The Service the Verify routes answer for; false (no change) unless it matches ^VA[0-9a-fA-F]{32}$. */
    bool setServiceSid(const QString &sid);
    /** Replaces the account (AC… and Auth Token); false (no change) for a malformed SID or an empty token. */
    bool setAccount(const QString &accountSid, const QString &authToken);
    /** Accepts one more API key (SK… and secret); false for a malformed SID or an empty secret. */
    bool addApiKey(const QString &keySid, const QString &secret);

    /** Opt-in log of every request and answer (no Authorization header), for contract checks. */
    void setRequestLogEnabled(bool enabled) { m_logRequests = enabled; }
    QList<SandboxExchange> requestLog() const { return m_requestLog; }
    void clearRequestLog() { m_requestLog.clear(); }

    static constexpr char sessionCookieName[] = "latchkey.sid";

private:
    QList<SandboxRoute> verifyRoutes();
    QList<SandboxRoute> backendRoutes();
    QList<SandboxRoute> sandboxRoutes();
    void addRoute(const SandboxRoute &route);
    using Handler = std::function<SandboxReply(const SandboxRequest &)>;
    void answer(const QString &routeName, const Handler &handler, const QHttpServerRequest &request,
                const QStringList &args, QHttpServerResponder &&responder);
    SandboxReply run(const QString &routeName, const Handler &handler, const SandboxRequest &request);
    /** Status line and headers, with "Connection: close" when the request asked for it. */
    void writeHead(QHttpServerResponder &responder, int status, const SandboxHeaders &headers);
    /** A whole answer with an exact Content-Length; the connection then waits for the next request. */
    void write(const SandboxReply &reply, QHttpServerResponder &responder);
    static SandboxReply missing(const SandboxRequest &request);
    void record(const QString &route, const SandboxRequest &request, const SandboxReply &reply);

    // Fault injection (SandboxFaultRoutes.cpp)
    void inject(const SandboxFault &fault, const QString &routeName, const Handler &handler,
                const SandboxRequest &request, QHttpServerResponder &&responder);
    void stream(const std::shared_ptr<QHttpServerResponder> &responder, qint64 bytes, bool chunked);
    void drip(const std::shared_ptr<QHttpServerResponder> &responder, const QByteArray &body,
              qint64 bytesPerTick, int intervalMilliseconds);
    SandboxReply setFault(const SandboxRequest &request);
    SandboxReply listFaults(const SandboxRequest &request) const;
    SandboxReply clearFaults(const SandboxRequest &request);

    // Verify v2
    Handler twilioRoute(Handler handler);
    Handler accountRoute(Handler handler);
    bool isAuthorized(const QByteArray &authorization) const;
    SandboxReply fetchService(const SandboxRequest &request) const;
    SandboxReply startVerification(const SandboxRequest &request);
    SandboxReply checkVerification(const SandboxRequest &request);
    SandboxReply fetchVerification(const SandboxRequest &request);
    SandboxReply updateVerification(const SandboxRequest &request);

    // Verify v2's Attempts API (SandboxAttemptRoutes.cpp)
    QList<SandboxRoute> attemptRoutes();
    SandboxReply listAttempts(const SandboxRequest &request);
    SandboxReply fetchAttempt(const SandboxRequest &request);
    SandboxReply attemptsSummary(const SandboxRequest &request);

    // Sandbox controls
    SandboxReply listMessages(const SandboxRequest &request) const;
    SandboxReply moveClock(const SandboxRequest &request);

    // Backend
    SandboxReply backendLogin(const SandboxRequest &request);
    SandboxReply backendSession(const SandboxRequest &request);
    SandboxReply backendSendCode(const SandboxRequest &request);
    SandboxReply backendVerifyCode(const SandboxRequest &request);
    SandboxReply backendLogout(const SandboxRequest &request);
    SandboxReply backendStats(const SandboxRequest &request);

    QHttpServer *m_http;
    QPointer<SandboxListener> m_listener;
    SandboxLimits m_limits;
    SandboxFaults m_faults;
    SandboxClock *m_clock;
    Outbox *m_outbox;
    VerifyEmulator *m_verify;
    BackendEmulator *m_backend;
    QList<SandboxRoute> m_routes;
    QList<std::pair<QString, QString>> m_credentials; // user (AC… or SK…) and password
    QList<SandboxExchange> m_requestLog;
    bool m_logRequests = false;
    QDateTime m_startedAt;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace latchkey
