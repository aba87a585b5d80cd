#include "ScriptedHttpServer.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace latchkey {

QByteArray ReceivedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return QByteArray();
}

ScriptedAnswer ScriptedAnswer::json(int status, const QByteArray &body,
                                    QList<std::pair<QByteArray, QByteArray>> headers)
{
    headers.prepend({"Content-Type", "application/json"});
    return {Action::Answer, status, headers, body};
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QTcpServer(parent)
{
    listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedHttpServer::url(const QString &scheme) const
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(serverPort());
    return url;
}

void ScriptedHttpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    socket->setSocketDescriptor(socketDescriptor);
    const int connection = ++m_connections;
    auto buffer = std::make_shared<QByteArray>();
    auto idle = std::make_shared<QElapsedTimer>();
    idle->start();
    QTimer *idleTimer = nullptr;
    if (m_idleTimeoutMsecs > 0 && m_idleClose == IdleClose::Fin) {
        idleTimer = new QTimer(socket);
        idleTimer->setSingleShot(true);
        connect(idleTimer, &QTimer::timeout, socket, [socket] { socket->disconnectFromHost(); });
        idleTimer->start(m_idleTimeoutMsecs);
    }
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer, connection, idle, idleTimer] {
        if (m_idleTimeoutMsecs > 0 && m_idleClose == IdleClose::Unnoticed && buffer->isEmpty() &&
            idle->elapsed() >= m_idleTimeoutMsecs) {
            ++m_requestsOnClosedConnections;
            socket->abort();
            return;
        }
        if (idleTimer) {
            idleTimer->stop();
        }
        *buffer += socket->readAll();
        for (;;) {
            const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
            if (headEnd < 0) {
                return;
            }
            const QList<QByteArray> lines = buffer->left(headEnd).split('\n');
            ReceivedRequest request;
            request.connection = connection;
            const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
            request.method = start.value(0);
            request.target = start.value(1);
            qsizetype contentLength = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
                if (line.left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0) {
                    contentLength = line.mid(colon + 1).trimmed().toLongLong();
                }
            }
            if (buffer->size() < headEnd + 4 + contentLength) {
                return;
            }
            request.body = buffer->mid(headEnd + 4, contentLength);
            buffer->remove(0, headEnd + 4 + contentLength);
            m_requests.append(request);
            const ScriptedAnswer answer = m_script.isEmpty() ? m_fallback : m_script.takeFirst();
            emit requestReceived();
            if (answer.action == ScriptedAnswer::Action::Drop) {
                socket->abort();
                return;
            }
            if (answer.action == ScriptedAnswer::Action::Hang) {
                return;
            }
            QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status) + " Scripted\r\n";
            for (const auto &[name, value] : answer.headers) {
                response += name + ": " + value + "\r\n";
            }
            if (answer.action == ScriptedAnswer::Action::Endless) {
                startEndless(socket, response + "Transfer-Encoding: chunked\r\n\r\n");
                return;
            }
            if (answer.action == ScriptedAnswer::Action::CutOff ||
                answer.action == ScriptedAnswer::Action::Stall) {
                // Announces twice what it sends: the client is left waiting for the rest.
                socket->write(response + "Content-Length: " +
                              QByteArray::number(2 * answer.body.size() + 16) + "\r\n\r\n" + answer.body);
                socket->flush();
                if (answer.action == ScriptedAnswer::Action::CutOff) {
                    socket->waitForBytesWritten(1000);
                    socket->abort();
                }
                return;
            }
            response += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
            if (m_idleTimeoutMsecs > 0) {
                response +=
                    "Keep-Alive: timeout=" + QByteArray::number((m_idleTimeoutMsecs + 999) / 1000) + "\r\n";
            }
            response += "Connection: keep-alive\r\n\r\n" + answer.body;
            socket->write(response);
            idle->start();
            if (idleTimer) {
                idleTimer->start(m_idleTimeoutMsecs);
            }
        }
    });
}

void ScriptedHttpServer::startEndless(QTcpSocket *socket, const QByteArray &head)
{
    // 256 KiB chunks, written whenever less than two are queued: the server's own memory stays small, and
    // the client gets bytes as fast as it takes them.
    constexpr int chunkBytes = 256 * 1024;
    static const QByteArray chunk =
        QByteArray::number(chunkBytes, 16) + "\r\n" + QByteArray(chunkBytes, ' ') + "\r\n";
    socket->write(head);
    auto feed = [this, socket] {
        while (socket->state() == QAbstractSocket::ConnectedState &&
               socket->bytesToWrite() < 2 * chunk.size()) {
            socket->write(chunk);
            m_endlessBytes += chunkBytes;
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, feed);
    feed();
}

} // namespace latchkey
