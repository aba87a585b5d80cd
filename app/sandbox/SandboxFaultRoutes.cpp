#include "Logging.h"
#include "SandboxListener.h"
#include "SandboxServer.h"

#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>
#include <cmath>

// Fault injection (docs/sandbox.md, "Fault injection"): the control routes that set the faults, and what
// each fault does to the answer of the request it applies to, kept apart from the routes it disturbs.

namespace latchkey {

namespace {

using Kind = SandboxFault::Kind;

bool isVerifyPath(const QString &path)
{
    return path == QLatin1String("/v2") || path.startsWith(QLatin1String("/v2/"));
}

/** The error body a server in the path's API would send: Twilio's shape under /v2, the backend's elsewhere.
 */
SandboxReply apiError(const QString &path, int status, int twilioCode, const QString &message)
{
    if (isVerifyPath(path)) {
        return SandboxReply::json(
            status, QJsonObject{{QStringLiteral("code"), twilioCode},
                                {QStringLiteral("message"), message},
                                {QStringLiteral("more_info"),
                                 QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(twilioCode)},
                                {QStringLiteral("status"), status}});
    }
    return SandboxReply::json(status, QJsonObject{{QStringLiteral("error"), message}});
}

int milliseconds(double seconds)
{
    return int(std::lround(seconds * 1000));
}

} // namespace

void SandboxServer::inject(const SandboxFault &fault, const QString &routeName, const Handler &handler,
                           const SandboxRequest &request, QHttpServerResponder &&responder)
{
    QTcpSocket *socket = responder.socket();
    const QPointer<QTcpSocket> alive(socket);
    qCDebug(lcSandbox) << "fault" << SandboxFault::kindName(fault.kind) << "on" << routeName;
    switch (fault.kind) {
    case Kind::ResetBefore:
        SandboxListener::reset(socket);
        return;
    case Kind::ResetAfter:
        run(routeName, handler, request);
        SandboxListener::reset(socket);
        return;
    case Kind::Silent:
        // Read, never answered: the connection stays open until the client gives up.
        if (m_listener) {
            m_listener->hold(socket);
        }
        return;
    case Kind::ServerError:
        write(apiError(request.path, fault.status, 20500, QStringLiteral("Internal Server Error")),
              responder);
        return;
    case Kind::RateLimit: {
        SandboxReply reply = apiError(request.path, 429, 20429, QStringLiteral("Too Many Requests"));
        reply.headers.emplaceBack("Retry-After", QByteArray::number(qint64(fault.seconds)));
        write(reply, responder);
        return;
    }
    case Kind::Html:
        write({fault.status,
               {{"Content-Type", "text/html; charset=utf-8"}},
               "<!DOCTYPE html>\n<html><head><title>Sign in to the network</title></head>\n"
               "<body><h1>Sign in to the network</h1><p>This page stands in for a captive portal or a proxy "
               "(Latchkey sandbox fault injection).</p></body></html>\n"},
              responder);
        return;
    case Kind::MalformedJson: {
        SandboxReply reply = run(routeName, handler, request);
        reply.body.truncate(reply.body.size() / 2); // half an object never parses
        if (fault.status != 0) {
            reply.status = fault.status;
        }
        write(reply, responder);
        return;
    }
    case Kind::Truncated: {
        const SandboxReply reply = run(routeName, handler, request);
        const qint64 promised = qMax<qint64>(reply.body.size(), 1);
        const qint64 sent = fault.bytes < 0 ? reply.body.size() / 2 : qMin(fault.bytes, promised - 1);
        writeHead(responder, reply.status, reply.headers);
        responder.writeHeader("Content-Length", QByteArray::number(promised));
        responder.writeBody(reply.body.left(sent));
        socket->disconnectFromHost(); // after what is written: the client sees an early end of file
        return;
    }
    case Kind::Latency: {
        if (m_listener) {
            m_listener->hold(socket);
        }
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        // The socket as context: nothing runs if the client left meanwhile.
        QTimer::singleShot(milliseconds(fault.seconds), socket,
                           [this, alive, held, routeName, handler, request] {
                               if (alive && alive->state() == QAbstractSocket::ConnectedState) {
                                   write(run(routeName, handler, request), *held);
                               }
                           });
        return;
    }
    case Kind::Drip: {
        const SandboxReply reply = run(routeName, handler, request);
        if (m_listener) {
            m_listener->hold(socket);
        }
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        writeHead(*held, reply.status, reply.headers);
        held->writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        drip(held, reply.body, fault.bytes, milliseconds(fault.seconds));
        return;
    }
    case Kind::Oversized: {
        if (m_listener) {
            m_listener->hold(socket);
        }
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        SandboxHeaders headers{{"Content-Type", "application/json"}};
        headers.emplaceBack(fault.chunked ? QByteArray("Transfer-Encoding") : QByteArray("Content-Length"),
                            fault.chunked ? QByteArray("chunked") : QByteArray::number(fault.bytes));
        writeHead(*held, fault.status, headers);
        stream(held, fault.bytes, fault.chunked);
        return;
    }
    }
}

void SandboxServer::drip(const std::shared_ptr<QHttpServerResponder> &responder, const QByteArray &body,
                         qint64 bytesPerTick, int intervalMilliseconds)
{
    QTcpSocket *socket = responder->socket();
    auto *timer = new QTimer(socket); // dies with the connection
    auto offset = std::make_shared<qint64>(0);
    const QPointer<SandboxListener> listener = m_listener;
    const auto tick = [responder, body, bytesPerTick, offset, timer, listener, socket] {
        if (socket->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        // The blank line before the body goes out with the first piece, even for an empty body.
        responder->writeBody(body.mid(*offset, bytesPerTick));
        *offset += bytesPerTick;
        if (*offset >= body.size()) {
            timer->stop();
            timer->deleteLater();
            if (listener) {
                listener->answered(socket);
            }
        }
    };
    connect(timer, &QTimer::timeout, socket, tick);
    timer->start(intervalMilliseconds);
}

void SandboxServer::stream(const std::shared_ptr<QHttpServerResponder> &responder, qint64 bytes, bool chunked)
{
    // {"padding":"xxx…"} of exactly `bytes` bytes, written as the client reads it: the sandbox's memory
    // holds one piece, however large the body.
    static const QByteArray prefix = "{\"padding\":\"";
    static const QByteArray suffix = "\"}";
    static const QByteArray piece(64 * 1024, 'x');
    constexpr qint64 queued = 256 * 1024;
    QTcpSocket *socket = responder->socket();
    auto sent = std::make_shared<qint64>(0);
    auto connection = std::make_shared<QMetaObject::Connection>();
    const QPointer<SandboxListener> listener = m_listener;
    const auto pump = [responder, bytes, chunked, sent, connection, listener, socket] {
        while (*sent < bytes && socket->bytesToWrite() < queued &&
               socket->state() == QAbstractSocket::ConnectedState) {
            QByteArray data;
            if (*sent == 0) {
                data = prefix;
            }
            const qint64 room = bytes - *sent - data.size() - qint64(suffix.size());
            data += piece.left(qMin<qint64>(room, piece.size() - data.size()));
            if (*sent + data.size() + suffix.size() == bytes) {
                data += suffix;
            }
            *sent += data.size();
            if (chunked) {
                data = QByteArray(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
            }
            responder->writeBody(data);
        }
        if (*sent >= bytes) {
            QObject::disconnect(*connection);
            if (chunked) {
                responder->writeBody(QByteArray("0\r\n\r\n"));
            }
            if (listener) {
                listener->answered(socket);
            }
        }
    };
    *connection = connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

// ---- the control routes -----------------------------------------------------------------------------

SandboxReply SandboxServer::setFault(const SandboxRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    QString error;
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        error = QStringLiteral("the body must be one JSON object");
    } else if (m_faults.add(document.object(), &error)) {
        return SandboxReply::json(200, QJsonObject{{QStringLiteral("faults"), m_faults.toJson()}});
    }
    return SandboxReply::json(400, QJsonObject{{QStringLiteral("error"), error}});
}

SandboxReply SandboxServer::listFaults(const SandboxRequest &) const
{
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("faults"), m_faults.toJson()}});
}

SandboxReply SandboxServer::clearFaults(const SandboxRequest &)
{
    m_faults.clear();
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("faults"), QJsonArray()}});
}

} // namespace latchkey
