#pragma once

#include "RequestScanner.h"
#include "SandboxLimits.h"

#include <QHash>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;
class QTimer;

namespace latchkey {

/**
 * The sandbox's listening socket, handed to QHttpServer with bind(). QHttpServer 6.4 keeps every
 * connection open for ever and reads whole bodies into memory before a route sees them; this listener
 * watches each connection's bytes just before QHttpServer reads them and applies SandboxLimits: a
 * connection limit (the longest-idle connection makes room, else 503), idle, header and body timeouts
 * (408), a head cap (431) and a body cap (413, decided from Content-Length or while chunks arrive), and
 * honours "Connection: close". A refused request is answered and the connection closed without QHttpServer
 * reading any more of it; what the client still sends is read and dropped for a moment ("lingering close")
 * so that it sees the answer rather than a reset.
 */
class SandboxListener : public QTcpServer
{
    Q_OBJECT
public:
    /** `http` is the QHttpServer this listener is bound to: refusing a request cuts its reads off. */
    SandboxListener(const SandboxLimits &limits, QObject *http, QObject *parent = nullptr);
    ~SandboxListener() override;

    const SandboxLimits &limits() const { return m_limits; }
    /** Connections counted against the limit (closing ones excluded). */
    int connectionCount() const;

    /** Whether the request now being answered on `socket` asked to close the connection after its answer. */
    bool closesAfterAnswer(QTcpSocket *socket) const;
    /** The sandbox holds the current answer back (a fault): no timeout closes the connection meanwhile. */
    void hold(QTcpSocket *socket);
    /** The current request on `socket` has its whole answer: close if it asked to, else wait for the next. */
    void answered(QTcpSocket *socket);

    /** Closes `socket` with a TCP reset (RST) rather than an orderly close, as a crashed peer would. */
    static void reset(QTcpSocket *socket);
    /** A whole HTTP/1.1 answer with a JSON {"error": message} body, for the listener's own refusals. */
    static QByteArray errorAnswer(int status, const QByteArray &reason, const QString &message, bool close);

protected:
    void incomingConnection(qintptr handle) override;

private:
    struct Connection;
    Connection *find(QTcpSocket *socket) const;
    void beforeHttpReads(Connection *connection);
    void afterHttpReads(Connection *connection);
    void armDeadline(Connection *connection);
    void refuse(Connection *connection, int status, const QByteArray &reason, const QString &message);
    static void answerAndLinger(QTcpSocket *socket, const QByteArray &answer);
    void closeQuietly(Connection *connection);
    void forget(QTcpSocket *socket);
    bool evictIdle();
    void refuseConnection(qintptr handle);
    void acceptFailed();

    SandboxLimits m_limits;
    QPointer<QObject> m_http;
    QHash<QTcpSocket *, Connection *> m_connections;
    quint64 m_activity = 0;
    bool m_acceptRetryPending = false;
};

} // namespace latchkey
