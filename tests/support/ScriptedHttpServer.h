#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
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
    enum class Action { Answer, Drop, Hang };
    Action action = Action::Answer;
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static ScriptedAnswer json(int status, const QByteArray &body,
                               QList<std::pair<QByteArray, QByteArray>> headers = {});
    static ScriptedAnswer drop() { return {Action::Drop, 0, {}, {}}; }
    static ScriptedAnswer hang() { return {Action::Hang, 0, {}, {}}; }
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
    QUrl url(const QString &scheme = QStringLiteral("http")) const;

signals:
    void requestReceived();

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    QList<ScriptedAnswer> m_script;
    ScriptedAnswer m_fallback = ScriptedAnswer::json(500, R"({"message":"no scripted answer"})");
    QList<ReceivedRequest> m_requests;
    int m_connections = 0;
};

} // namespace latchkey
