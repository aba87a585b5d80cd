#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <utility>

namespace latchkey {

/** One request as it arrived on the wire. */
struct ReceivedRequest
{
    QByteArray method;
    QByteArray target; // path and query, as sent
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int connection = 0; // which TCP connection (1, 2, ...) carried it

    QByteArray header(const QByteArray &name) const;
};

/** What the server does with the next request. */
struct ScriptedAnswer
{
    // CutOff: the status line, the headers (announcing more than `body`) and `body`, then a reset.
    // Stall: the same, but the connection stays open and silent. Endless: a chunked body that never ends.
    enum class Action { Answer, Drop, Hang, CutOff, Stall, Endless };
    Action action = Action::Answer;
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static ScriptedAnswer json(int status, const QByteArray &body,
                               QList<std::pair<QByteArray, QByteArray>> headers = {});
    static ScriptedAnswer drop() { return {Action::Drop, 0, {}, {}}; }
    static ScriptedAnswer hang() { return {Action::Hang, 0, {}, {}}; }
    /** A 2xx (or any status) whose body stops after `partial`, announced as longer, with a reset. */
    static ScriptedAnswer cutOff(int status, const QByteArray &partial)
    {
        return {Action::CutOff, status, {{"Content-Type", "application/json"}}, partial};
    }
    /** The same, but the server then says nothing more and keeps the connection open. */
    static ScriptedAnswer stall(int status, const QByteArray &partial)
    {
        return {Action::Stall, status, {{"Content-Type", "application/json"}}, partial};
    }
    /** `Transfer-Encoding: chunked`, and chunks of `body` (or of spaces) for as long as the peer reads. */
    static ScriptedAnswer endless(int status = 200)
    {
        return {Action::Endless, status, {{"Content-Type", "application/json"}}, QByteArray()};
    }
};

/**
 * A raw HTTP/1.1 server on 127.0.0.1 for the cases a real server will not produce on demand: canned
 * statuses and headers, a connection dropped after a request arrived, an answer that never comes. It keeps
 * connections alive and records every request it read, so tests count what was really sent.
 */
class ScriptedHttpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit ScriptedHttpServer(QObject *parent = nullptr);

    /** Answers are used in order; once they run out, every request gets `fallback`. */
    void enqueue(const ScriptedAnswer &answer) { m_script.append(answer); }
    void setFallback(const ScriptedAnswer &answer) { m_fallback = answer; }
    QList<ReceivedRequest> requests() const { return m_requests; }
    int connections() const { return m_connections; }
    /**
     * Like a server's keep-alive idle timeout: every answer says `Keep-Alive: timeout=` (in whole seconds,
     * rounded up) and a connection idle for `msecs` is closed. Fin closes it so the client can tell.
     * Unnoticed closes it on the server's side only, as when the close has not reached the client (a TLS
     * close_notify Qt 6.4 does not notice, a FIN still in flight): a request arriving on it is never read,
     * and the connection is reset.
     */
    enum class IdleClose { Fin, Unnoticed };
    void setIdleTimeout(int msecs, IdleClose how)
    {
        m_idleTimeoutMsecs = msecs;
        m_idleClose = how;
    }
    /** Requests that arrived on a connection the server had already closed as idle (never read). */
    int requestsOnClosedConnections() const { return m_requestsOnClosedConnections; }
    /** The body bytes the endless answers have written so far, all connections together. */
    qint64 endlessBytesWritten() const { return m_endlessBytes; }
    QUrl url(const QString &scheme = QStringLiteral("http")) const;

signals:
    void requestReceived();

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void startEndless(QTcpSocket *socket, const QByteArray &head);

    QList<ScriptedAnswer> m_script;
    ScriptedAnswer m_fallback = ScriptedAnswer::json(500, R"({"message":"no scripted answer"})");
    QList<ReceivedRequest> m_requests;
    int m_connections = 0;
    qint64 m_endlessBytes = 0;
    int m_idleTimeoutMsecs = 0;
    IdleClose m_idleClose = IdleClose::Fin;
    int m_requestsOnClosedConnections = 0;
};

} // namespace latchkey
