#include "SandboxListener.h"

#include "Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace latchkey {

namespace {

// What a refused client may still send is read and dropped this long before the connection is cut.
constexpr int lingerMilliseconds = 2000;
constexpr qint64 lingerReadBuffer = 64 * 1024;

} // namespace

struct SandboxListener::Connection
{
    Connection(QTcpSocket *socket, const SandboxLimits &limits)
        : socket(socket)
        , scanner(limits.maxHeaderBytes, limits.maxBodyBytes)
    {}

    QTcpSocket *socket;
    RequestScanner scanner;
    QList<RequestScanner::Head> pending; // heads QHttpServer has yet to see answered, oldest first
    qint64 seenUnread = 0;               // bytes scanned that QHttpServer has not read yet
    quint64 lastActivity = 0;
    QTimer *idle = nullptr;
    QTimer *deadline = nullptr; // the header or the body timeout of the request under way
    bool held = false;
    bool closing = false;
};

SandboxListener::SandboxListener(const SandboxLimits &limits, QObject *http, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_http(http)
{
    // Out of file descriptors: QTcpServer stops accepting for good. Make room and try again shortly.
    connect(this, &QTcpServer::acceptError, this, &SandboxListener::acceptFailed);
}

SandboxListener::~SandboxListener()
{
    const QHash<QTcpSocket *, Connection *> connections = std::exchange(m_connections, {});
    qDeleteAll(connections);
}

int SandboxListener::connectionCount() const
{
    int count = 0;
    for (const Connection *connection : m_connections) {
        count += connection->closing ? 0 : 1;
    }
    return count;
}

SandboxListener::Connection *SandboxListener::find(QTcpSocket *socket) const
{
    return m_connections.value(socket, nullptr);
}

void SandboxListener::incomingConnection(qintptr handle)
{
    if (connectionCount() >= m_limits.maxConnections && !evictIdle()) {
        refuseConnection(handle);
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    auto *connection = new Connection(socket, m_limits);
    connection->lastActivity = ++m_activity;
    connection->idle = new QTimer(socket);
    connection->idle->setSingleShot(true);
    connection->deadline = new QTimer(socket);
    connection->deadline->setSingleShot(true);
    m_connections.insert(socket, connection);

    // Every slot finds its connection by socket: a queued readyRead may outlive the connection's record.
    connect(connection->idle, &QTimer::timeout, this, [this, socket] {
        if (Connection *found = find(socket)) {
            if (found->scanner.phase() == RequestScanner::Phase::Between && found->pending.isEmpty()) {
                closeQuietly(found);
            } else {
                refuse(found, 408, "Request Timeout", QStringLiteral("The request took too long to arrive"));
            }
        }
    });
    connect(connection->deadline, &QTimer::timeout, this, [this, socket] {
        if (Connection *found = find(socket)) {
            refuse(found, 408, "Request Timeout", QStringLiteral("The request took too long to arrive"));
        }
    });
    // Order matters: this slot sees new bytes before QHttpServer's (connected in addPendingConnection)
    // reads them, and the one after it sees what QHttpServer left unread.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        if (Connection *found = find(socket); found && !found->closing) {
            beforeHttpReads(found);
        }
    });
    addPendingConnection(socket);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        if (Connection *found = find(socket)) {
            afterHttpReads(found);
        }
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forget(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket); });
    connection->idle->start(m_limits.idleTimeout);
}

void SandboxListener::refuseConnection(qintptr handle)
{
    // Over the limit with every connection busy: answer 503 at once and close, so the file descriptor
    // comes back and the client is told rather than left waiting.
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    qCDebug(lcSandbox) << "connection refused: the limit of" << m_limits.maxConnections << "is reached";
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    answerAndLinger(socket,
                    errorAnswer(503, "Service Unavailable", QStringLiteral("Too many connections"), true));
}

bool SandboxListener::evictIdle()
{
    Connection *oldest = nullptr;
    for (Connection *connection : std::as_const(m_connections)) {
        const bool idle = !connection->closing && !connection->held && connection->pending.isEmpty() &&
                          connection->scanner.phase() == RequestScanner::Phase::Between;
        if (idle && (!oldest || connection->lastActivity < oldest->lastActivity)) {
            oldest = connection;
        }
    }
    if (!oldest) {
        return false;
    }
    closeQuietly(oldest);
    return true;
}

void SandboxListener::acceptFailed()
{
    qCWarning(lcSandbox) << "cannot accept a connection:" << errorString();
    evictIdle();
    if (!m_acceptRetryPending) {
        m_acceptRetryPending = true;
        QTimer::singleShot(100, this, [this] {
            m_acceptRetryPending = false;
            resumeAccepting();
        });
    }
}

void SandboxListener::beforeHttpReads(Connection *connection)
{
    QTcpSocket *socket = connection->socket;
    connection->lastActivity = ++m_activity;
    if (!connection->held) {
        connection->idle->start(m_limits.idleTimeout);
    }
    const qint64 available = socket->bytesAvailable();
    const qint64 fresh = available - connection->seenUnread;
    if (fresh <= 0) {
        return; // QHttpServer's own nudge for bytes it left unread: nothing new
    }
    const RequestScanner::Phase phaseBefore = connection->scanner.phase();
    const quint64 startsBefore = connection->scanner.phaseStarts();
    // A Content-Length body is only counted; only heads and chunk framing are looked at.
    const qint64 skipped = qMin(fresh, connection->scanner.plainBodyBytesPending());
    connection->scanner.skipPlainBody(skipped);
    RequestScanner::Verdict verdict = RequestScanner::Verdict::Ok;
    if (fresh > skipped) {
        const QByteArray unread = socket->peek(available);
        verdict = connection->scanner.feed(QByteArrayView(unread).sliced(connection->seenUnread + skipped),
                                           &connection->pending);
    }
    connection->seenUnread = available;
    switch (verdict) {
    case RequestScanner::Verdict::Ok:
        break;
    case RequestScanner::Verdict::HeadTooLarge:
        refuse(connection, 431, "Request Header Fields Too Large",
               QStringLiteral("The request line and headers may hold %1 bytes").arg(m_limits.maxHeaderBytes));
        return;
    case RequestScanner::Verdict::BodyTooLarge:
        refuse(connection, 413, "Content Too Large",
               QStringLiteral("A request body may hold %1 bytes").arg(m_limits.maxBodyBytes));
        return;
    case RequestScanner::Verdict::Malformed:
        refuse(connection, 400, "Bad Request", QStringLiteral("The request's framing cannot be read"));
        return;
    }
    if (connection->scanner.phase() != phaseBefore || connection->scanner.phaseStarts() != startsBefore) {
        armDeadline(connection);
    }
}

void SandboxListener::afterHttpReads(Connection *connection)
{
    if (!connection->closing) {
        connection->seenUnread = connection->socket->bytesAvailable();
    }
}

void SandboxListener::armDeadline(Connection *connection)
{
    switch (connection->scanner.phase()) {
    case RequestScanner::Phase::Between:
        connection->deadline->stop();
        break;
    case RequestScanner::Phase::Head:
        connection->deadline->start(m_limits.headerTimeout);
        break;
    case RequestScanner::Phase::Body:
        connection->deadline->start(m_limits.bodyTimeout);
        break;
    }
}

bool SandboxListener::closesAfterAnswer(QTcpSocket *socket) const
{
    const Connection *connection = find(socket);
    return connection && !connection->pending.isEmpty() && connection->pending.constFirst().closeAfter;
}

void SandboxListener::hold(QTcpSocket *socket)
{
    if (Connection *connection = find(socket)) {
        connection->held = true;
        connection->idle->stop();
        connection->deadline->stop();
    }
}

void SandboxListener::answered(QTcpSocket *socket)
{
    Connection *connection = find(socket);
    if (!connection || connection->closing) {
        return;
    }
    connection->held = false;
    const bool close = !connection->pending.isEmpty() && connection->pending.takeFirst().closeAfter;
    if (close) {
        connection->closing = true;
        connection->idle->stop();
        connection->deadline->stop();
        socket->disconnectFromHost(); // after what is written: the answer goes out first
        return;
    }
    connection->lastActivity = ++m_activity;
    connection->idle->start(m_limits.idleTimeout);
    armDeadline(connection);
}

void SandboxListener::refuse(Connection *connection, int status, const QByteArray &reason,
                             const QString &message)
{
    QTcpSocket *socket = connection->socket;
    qCDebug(lcSandbox) << "request refused with" << status;
    connection->closing = true;
    connection->idle->stop();
    connection->deadline->stop();
    // QHttpServer reads no more of this connection: the rest of an oversized body never reaches memory.
    if (m_http) {
        QObject::disconnect(socket, &QIODevice::readyRead, m_http, nullptr);
    }
    if (socket->isTransactionStarted()) {
        socket->rollbackTransaction();
    }
    answerAndLinger(socket, errorAnswer(status, reason, message, true));
}

void SandboxListener::answerAndLinger(QTcpSocket *socket, const QByteArray &answer)
{
    socket->setReadBufferSize(lingerReadBuffer);
    socket->skip(socket->bytesAvailable());
    // Whatever else arrives is read and dropped (refused connections have no other reader).
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->skip(socket->bytesAvailable()); });
    socket->write(answer);
    socket->flush();
#ifdef Q_OS_UNIX
    // Half-close: the client reads the answer and its end of file while its remaining bytes are dropped
    // here; closing at once with unread bytes would send a reset that can destroy the answer in transit.
    const auto halfClose = [socket] {
        if (socket->bytesToWrite() == 0 && socket->socketDescriptor() >= 0) {
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, halfClose);
    halfClose();
    QTimer::singleShot(lingerMilliseconds, socket, [socket] { socket->abort(); });
#else
    QTimer::singleShot(lingerMilliseconds, socket, [socket] { socket->disconnectFromHost(); });
#endif
}

void SandboxListener::closeQuietly(Connection *connection)
{
    connection->closing = true;
    connection->idle->stop();
    connection->deadline->stop();
    connection->socket->disconnectFromHost();
}

void SandboxListener::forget(QTcpSocket *socket)
{
    if (Connection *connection = m_connections.take(socket)) {
        connection->idle->stop();
        connection->deadline->stop();
        delete connection;
    }
}

void SandboxListener::reset(QTcpSocket *socket)
{
    if (!socket) {
        return;
    }
#ifdef Q_OS_UNIX
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    if (socket->socketDescriptor() >= 0) {
        const linger option{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    }
#endif
    socket->abort();
}

QByteArray SandboxListener::errorAnswer(int status, const QByteArray &reason, const QString &message,
                                        bool close)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact);
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n" +
                        "Content-Type: application/json\r\n" +
                        "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (close) {
        answer += "Connection: close\r\n";
    }
    return answer + "\r\n" + body;
}

} // namespace latchkey
