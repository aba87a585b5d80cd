#pragma once

// HTTP on the wire for the sandbox's tests: what a client sees byte by byte, without QNetworkAccessManager's
// retries and buffering in between. Works against an in-process sandbox (it waits with the event loop).

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QTcpSocket>
#include <QTest>

namespace latchkey::testing {

/** One answer as read off a socket. */
struct RawAnswer
{
    QByteArray raw;  // everything received
    QByteArray head; // status line and headers, without the blank line
    QByteArray body; // what followed the blank line
    int status = 0;
    bool closed = false; // the server closed (or reset) the connection

    /** A header's value (the first of that name, case-insensitive); empty when absent. */
    QByteArray header(const QByteArray &name) const
    {
        const QList<QByteArray> lines = head.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                return line.mid(colon + 1).trimmed();
            }
        }
        return QByteArray();
    }
    qint64 contentLength() const
    {
        bool ok = false;
        const qint64 length = header("Content-Length").toLongLong(&ok);
        return ok ? length : -1;
    }
    /** Head and, with a Content-Length, that many body bytes. */
    bool complete() const { return status != 0 && contentLength() >= 0 && body.size() >= contentLength(); }

    void parse()
    {
        const qsizetype end = raw.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        head = raw.left(end);
        body = raw.mid(end + 4);
        const QList<QByteArray> statusLine = head.left(head.indexOf('\r')).split(' ');
        status = statusLine.value(1).toInt();
    }
};

/** A connected socket to 127.0.0.1:port, or a failed test. */
inline bool connectTo(QTcpSocket &socket, quint16 port)
{
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    QDeadlineTimer deadline(5000);
    while (socket.state() != QAbstractSocket::ConnectedState && !deadline.hasExpired() &&
           socket.state() != QAbstractSocket::UnconnectedState) {
        QTest::qWait(5);
    }
    return socket.state() == QAbstractSocket::ConnectedState;
}

/**
 * Reads until `done` holds for what arrived, the server closes, or `milliseconds` pass; the event loop runs
 * meanwhile, so an in-process sandbox answers.
 */
template<typename Done>
RawAnswer readUntil(QTcpSocket &socket, int milliseconds, Done done)
{
    RawAnswer answer;
    QDeadlineTimer deadline(milliseconds);
    while (true) {
        answer.raw += socket.readAll();
        answer.parse();
        answer.closed = socket.state() == QAbstractSocket::UnconnectedState;
        if (done(answer) || answer.closed || deadline.hasExpired()) {
            break;
        }
        QTest::qWait(5);
    }
    answer.raw += socket.readAll();
    answer.parse();
    return answer;
}

/** Reads one whole answer (Content-Length), or what came until the server closed or time ran out. */
inline RawAnswer readAnswer(QTcpSocket &socket, int milliseconds = 10000)
{
    return readUntil(socket, milliseconds, [](const RawAnswer &answer) { return answer.complete(); });
}

/** Reads until the server closes the connection (or time runs out). */
inline RawAnswer readToClose(QTcpSocket &socket, int milliseconds = 10000)
{
    return readUntil(socket, milliseconds, [](const RawAnswer &) { return false; });
}

/** Sends `request` on a new connection and reads its answer. */
inline RawAnswer exchange(quint16 port, const QByteArray &request, int milliseconds = 10000)
{
    QTcpSocket socket;
    if (!connectTo(socket, port)) {
        return RawAnswer();
    }
    socket.write(request);
    return readAnswer(socket, milliseconds);
}

/** A request with an exact Content-Length (when there is a body) and Host. */
inline QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                          const QList<QByteArray> &headers = {})
{
    QByteArray text = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const QByteArray &header : headers) {
        text += header + "\r\n";
    }
    if (!body.isEmpty() || method == "POST") {
        text += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    return text + "\r\n" + body;
}

} // namespace latchkey::testing
