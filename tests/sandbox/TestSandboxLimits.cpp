// The sandbox's listener under abuse, in-process and on the wire: body and head caps, timeouts, the
// connection limit, "Connection: close", the clock's arithmetic and no credential in any log line.

#include "BackendEmulator.h"
#include "Outbox.h"
#include "RawHttp.h"
#include "RequestScanner.h"
#include "SandboxClock.h"
#include "SandboxServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace latchkey;
using namespace latchkey::testing;
using namespace std::chrono_literals;

namespace {

QStringList capturedMessages;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedMessages.append(QString::fromLatin1(context.category ? context.category : "default") +
                            QLatin1String(": ") + message);
    if (type == QtFatalMsg && previousHandler) {
        previousHandler(type, context, message);
    }
}

QByteArray basic(const QString &user, const QString &password)
{
    return "Basic " + (user + u':' + password).toUtf8().toBase64();
}

QByteArray loginBody()
{
    const DemoAccount demo = BackendEmulator::demoAccount();
    return QJsonDocument(QJsonObject{{QStringLiteral("username"), demo.username},
                                     {QStringLiteral("password"), demo.password}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestSandboxLimits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void scannerFollowsFraming();
    void bodyOverTheCapIs413();
    void chunkedBodyOverTheCapIs413();
    void chunkedBodyWithinTheCapIsServed();
    void headOverTheCapIs431();
    void ambiguousFramingIs400();
    void halfSentHeadIs408AndClosed();
    void idleConnectionIsClosed();
    void connectionCloseIsHonoured_data();
    void connectionCloseIsHonoured();
    void keepAliveStaysOpen();
    void aBusyConnectionOutlivesTheIdleTimeout();
    void connectionLimitClosesTheLongestIdle();
    void connectionLimitRefusesWhenAllAreBusy();
    void clockRefusesOverflow();
    void credentialHeadersAreNeverLogged();
    void requestLogKeepsNoCookie();

private:
    void start(const SandboxLimits &limits);
    quint16 port() const { return quint16(m_server->baseUrl().port()); }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SandboxServer> m_server;
};

void TestSandboxLimits::init()
{
    m_clock = std::make_unique<ManualClock>();
}

void TestSandboxLimits::cleanup()
{
    m_server.reset();
    m_clock.reset();
}

void TestSandboxLimits::start(const SandboxLimits &limits)
{
    m_server = std::make_unique<SandboxServer>(m_clock.get());
    m_server->setLimits(limits);
    QVERIFY(m_server->listen());
}

void TestSandboxLimits::scannerFollowsFraming()
{
    RequestScanner scanner(1024, 100);
    QList<RequestScanner::Head> heads;
    // Two pipelined requests, a body in pieces, then a chunked one and a keep-alive HTTP/1.0 one.
    QCOMPARE(scanner.feed("\r\nPOST /a HTTP/1.1\r\nContent-Length: 5\r\n\r\nab", &heads),
             RequestScanner::Verdict::Ok);
    QCOMPARE(heads.size(), 1);
    QCOMPARE(scanner.phase(), RequestScanner::Phase::Body);
    QCOMPARE(scanner.plainBodyBytesPending(), 3);
    scanner.skipPlainBody(3);
    QCOMPARE(scanner.phase(), RequestScanner::Phase::Between);
    QCOMPARE(scanner.feed("POST /b HTTP/1.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                          "3;x=y\r\nabc\r\n0\r\n\r\nGET /c HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n",
                          &heads),
             RequestScanner::Verdict::Ok);
    QCOMPARE(heads.size(), 3);
    QVERIFY(!heads[0].closeAfter);
    QVERIFY(heads[1].closeAfter);
    QVERIFY(!heads[2].closeAfter);
    QCOMPARE(scanner.phase(), RequestScanner::Phase::Between);
    QCOMPARE(RequestScanner(1024, 100).feed("GET / HTTP/1.0\n\n", &heads), RequestScanner::Verdict::Ok);
    QVERIFY(heads.constLast().closeAfter); // HTTP/1.0 closes unless asked not to

    // The same requests a byte at a time (the head is taken a line at a time when it can be): same heads.
    const QByteArray stream = "POST /a HTTP/1.1\r\nContent-Length: 2\r\n\r\nabPOST /b HTTP/1.1\r\n"
                              "Connection: close\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n"
                              "GET /c HTTP/1.0\r\nConnection: keep-alive\r\n\r\n";
    RequestScanner slow(1024, 100);
    QList<RequestScanner::Head> slowHeads;
    for (const char byte : stream) {
        QCOMPARE(slow.feed(QByteArrayView(&byte, 1), &slowHeads), RequestScanner::Verdict::Ok);
    }
    QCOMPARE(slowHeads.size(), 3);
    QVERIFY(!slowHeads[0].closeAfter);
    QVERIFY(slowHeads[1].closeAfter);
    QVERIFY(!slowHeads[2].closeAfter);
    QCOMPARE(slow.phase(), RequestScanner::Phase::Between);

    const auto verdict = [](const QByteArray &bytes) {
        QList<RequestScanner::Head> ignored;
        return RequestScanner(1024, 100).feed(bytes, &ignored);
    };
    QCOMPARE(verdict("POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n"),
             RequestScanner::Verdict::BodyTooLarge);
    QCOMPARE(verdict("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n"),
             RequestScanner::Verdict::BodyTooLarge);
    QCOMPARE(verdict("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n65\r\n"),
             RequestScanner::Verdict::BodyTooLarge);
    QCOMPARE(verdict("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                     "32\r\n" +
                     QByteArray(50, 'a') + "\r\n33\r\n"),
             RequestScanner::Verdict::BodyTooLarge);
    QCOMPARE(verdict("GET / HTTP/1.1\r\nX: " + QByteArray(1100, 'a')), RequestScanner::Verdict::HeadTooLarge);
    QCOMPARE(verdict("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"),
             RequestScanner::Verdict::Malformed);
    QCOMPARE(verdict("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n"), RequestScanner::Verdict::Malformed);
    QCOMPARE(verdict("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"),
             RequestScanner::Verdict::Malformed);
    QCOMPARE(verdict("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n"),
             RequestScanner::Verdict::Malformed);
    QCOMPARE(verdict("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"),
             RequestScanner::Verdict::Malformed);
    QCOMPARE(verdict("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nabc"),
             RequestScanner::Verdict::Malformed);
}

void TestSandboxLimits::bodyOverTheCapIs413()
{
    SandboxLimits limits;
    limits.maxBodyBytes = 1024;
    start(limits);
    QTcpSocket socket;
    QVERIFY(connectTo(socket, port()));
    // A 50 MB body announced; only its first MiB is ever sent, and the answer comes from the head alone.
    socket.write("POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Content-Length: 52428800\r\n\r\n");
    socket.write(QByteArray(1024 * 1024, '{'));
    const RawAnswer answer = readToClose(socket);
    QCOMPARE(answer.status, 413);
    QCOMPARE(answer.header("Connection"), QByteArray("close"));
    QCOMPARE(answer.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(QJsonDocument::fromJson(answer.body)
                .object()
                .value(QLatin1String("error"))
                .toString()
                .contains(QLatin1String("1024 bytes")));
    QVERIFY(answer.closed);
    QTRY_COMPARE(m_server->connectionCount(), 0);

    // Just at the cap is a request like any other.
    const QByteArray prefix = "{\"username\":\"demo\",\"password\":\"";
    const QByteArray atCap = prefix + QByteArray(1024 - prefix.size() - 2, 'a') + "\"}";
    QCOMPARE(atCap.size(), 1024);
    QCOMPARE(exchange(port(), request("POST", "/api/auth/login", atCap, {"Content-Type: application/json"}))
                 .status,
             401);
}

void TestSandboxLimits::chunkedBodyOverTheCapIs413()
{
    SandboxLimits limits;
    limits.maxBodyBytes = 1024;
    start(limits);
    QTcpSocket socket;
    QVERIFY(connectTo(socket, port()));
    socket.write("POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n");
    for (int i = 0; i < 100; ++i) {
        socket.write("100\r\n" + QByteArray(256, 'a') + "\r\n"); // 256 bytes a chunk: the fifth is too many
    }
    const RawAnswer answer = readToClose(socket);
    QCOMPARE(answer.status, 413);
    QVERIFY(answer.closed);
}

void TestSandboxLimits::chunkedBodyWithinTheCapIsServed()
{
    start(SandboxLimits());
    QTcpSocket socket;
    QVERIFY(connectTo(socket, port()));
    const QByteArray body = loginBody();
    const QByteArray chunked = QByteArray::number(10, 16) + "\r\n" + body.left(10) + "\r\n" +
                               QByteArray::number(body.size() - 10, 16) + "\r\n" + body.mid(10) +
                               "\r\n0\r\n\r\n";
    socket.write("POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Transfer-Encoding: chunked\r\n\r\n" +
                 chunked);
    const RawAnswer first = readAnswer(socket);
    QCOMPARE(first.status, 200);
    // The listener and QHttpServer agree where that request ended: the next one on the connection works.
    socket.write(request("GET", "/sandbox/messages"));
    const RawAnswer second = readAnswer(socket);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, QByteArray("[]"));
}

void TestSandboxLimits::headOverTheCapIs431()
{
    SandboxLimits limits;
    limits.maxHeaderBytes = 2048;
    start(limits);
    QTcpSocket socket;
    QVERIFY(connectTo(socket, port()));
    socket.write("GET /sandbox/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    for (int i = 0; i < 1000; ++i) {
        socket.write("X-Filler-" + QByteArray::number(i) + ": " + QByteArray(100, 'a') + "\r\n");
    }
    const RawAnswer answer = readToClose(socket);
    QCOMPARE(answer.status, 431);
    QVERIFY(answer.closed);
}

void TestSandboxLimits::ambiguousFramingIs400()
{
    start(SandboxLimits());
    QTcpSocket socket;
    QVERIFY(connectTo(socket, port()));
    socket.write("POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4\r\n"
                 "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
    const RawAnswer answer = readToClose(socket);
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.closed);
}

void TestSandboxLimits::halfSentHeadIs408AndClosed()
{
    SandboxLimits limits;
    limits.headerTimeout = 300ms;
    start(limits);
    QTcpSocket socket;
    QVERIFY(connectTo(socket, port()));
    socket.write("GET /sandbox/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // and never the blank line
    // A byte now and then does not keep it alive: the head as a whole has its time.
    QTcpSocket trickle;
    QVERIFY(connectTo(trickle, port()));
    trickle.write("GET /sandbox/messages HTTP/1.1\r\n");
    const RawAnswer answer = readToClose(socket);
    QCOMPARE(answer.status, 408);
    QVERIFY(answer.closed);
    for (int i = 0; i < 200 && trickle.state() == QAbstractSocket::ConnectedState; ++i) {
        trickle.write("X");
        QTest::qWait(50);
    }
    QCOMPARE(trickle.state(), QAbstractSocket::UnconnectedState);
    QVERIFY(trickle.readAll().startsWith("HTTP/1.1 408 "));
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

void TestSandboxLimits::idleConnectionIsClosed()
{
    SandboxLimits limits;
    limits.idleTimeout = 300ms;
    start(limits);
    QTcpSocket silent;
    QVERIFY(connectTo(silent, port()));
    QTcpSocket afterAnswer;
    QVERIFY(connectTo(afterAnswer, port()));
    afterAnswer.write(request("GET", "/sandbox/messages"));
    QCOMPARE(readAnswer(afterAnswer).status, 200);
    // Nothing sent, or nothing more after an answer: closed without a word.
    const RawAnswer nothing = readToClose(silent);
    QVERIFY(nothing.closed);
    QVERIFY(nothing.raw.isEmpty());
    const RawAnswer done = readToClose(afterAnswer);
    QVERIFY(done.closed);
    QVERIFY(done.raw.isEmpty());
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

void TestSandboxLimits::connectionCloseIsHonoured_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("Connection: close")
        << QByteArray("GET /sandbox/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QTest::newRow("among other options")
        << QByteArray("GET /sandbox/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: TE, Close\r\n\r\n");
    QTest::newRow("HTTP/1.0") << QByteArray("GET /sandbox/messages HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    QTest::newRow("a POST") << request("POST", "/api/auth/login", loginBody(),
                                       {"Content-Type: application/json", "Connection: close"});
}

void TestSandboxLimits::connectionCloseIsHonoured()
{
    QFETCH(QByteArray, request);
    start(SandboxLimits()); // 30 s idle timeout: only the request's wish can close it this soon
    QTcpSocket socket;
    QVERIFY(connectTo(socket, port()));
    socket.write(request);
    const RawAnswer answer = readToClose(socket, 10000);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.header("Connection"), QByteArray("close"));
    QVERIFY(answer.complete());
    QVERIFY(answer.closed);
}

void TestSandboxLimits::keepAliveStaysOpen()
{
    start(SandboxLimits());
    QTcpSocket socket;
    QVERIFY(connectTo(socket, port()));
    for (int i = 0; i < 3; ++i) {
        socket.write(request("GET", "/sandbox/messages"));
        const RawAnswer answer = readAnswer(socket);
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.header("Connection").isEmpty());
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }
    QCOMPARE(m_server->connectionCount(), 1);
}

void TestSandboxLimits::aBusyConnectionOutlivesTheIdleTimeout()
{
    // The idle timer is armed lazily: requests keep moving its time, so one that keeps asking is never cut,
    // however long it goes on; one that goes quiet is, a timeout after its last answer.
    SandboxLimits limits;
    limits.idleTimeout = 300ms;
    limits.headerTimeout = 300ms;
    start(limits);
    QTcpSocket socket;
    QVERIFY(connectTo(socket, port()));
    QElapsedTimer busy;
    busy.start();
    QElapsedTimer sinceLastAnswer;
    while (busy.elapsed() < 1200) { // four idle timeouts
        socket.write(request("GET", "/sandbox/messages"));
        QCOMPARE(readAnswer(socket).status, 200);
        sinceLastAnswer.start();
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        QTest::qWait(100);
    }
    const RawAnswer closed = readToClose(socket);
    QVERIFY(closed.closed);
    QVERIFY(closed.raw.isEmpty());
    QVERIFY2(sinceLastAnswer.elapsed() >= 250, qPrintable(QString::number(sinceLastAnswer.elapsed())));
}

void TestSandboxLimits::connectionLimitClosesTheLongestIdle()
{
    SandboxLimits limits;
    limits.maxConnections = 3;
    start(limits);
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 3; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        QVERIFY(connectTo(*idle.back(), port()));
        QTRY_COMPARE(m_server->connectionCount(), i + 1);
    }
    // A fourth client is served: the oldest idle connection makes room for it.
    QCOMPARE(exchange(port(), request("GET", "/sandbox/messages")).status, 200);
    QTRY_COMPARE(idle.front()->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(idle[1]->state(), QAbstractSocket::ConnectedState);
    QCOMPARE(idle[2]->state(), QAbstractSocket::ConnectedState);
    QVERIFY(m_server->connectionCount() <= 3);
}

void TestSandboxLimits::connectionLimitRefusesWhenAllAreBusy()
{
    SandboxLimits limits;
    limits.maxConnections = 2;
    start(limits);
    QTcpSocket busy[2];
    for (QTcpSocket &socket : busy) {
        QVERIFY(connectTo(socket, port()));
        socket.write("GET /sandbox/messages HTTP/1.1\r\n"); // a request under way is not idle
    }
    QTRY_COMPARE(m_server->connectionCount(), 2);
    QTRY_VERIFY(busy[0].bytesToWrite() == 0 && busy[1].bytesToWrite() == 0);
    QTest::qWait(200); // the in-process sandbox reads what arrived
    QTcpSocket third;  // answered and closed at once: no waiting for "connected" first
    third.connectToHost(QStringLiteral("127.0.0.1"), port());
    third.write(request("GET", "/sandbox/messages"));
    const RawAnswer refused = readToClose(third);
    QCOMPARE(refused.status, 503);
    QVERIFY(refused.closed);
    QCOMPARE(busy[0].state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_server->connectionCount(), 2);
}

void TestSandboxLimits::clockRefusesOverflow()
{
    start(SandboxLimits());
    SandboxClock *clock = m_server->clock();
    QVERIFY(!clock->advance(std::numeric_limits<qint64>::max()));
    QVERIFY(clock->advance(600));
    QVERIFY(!clock->advance(std::numeric_limits<qint64>::max() - 599)); // would wrap the sum
    QVERIFY(!clock->advance(SandboxClock::maxOffsetSeconds - 599));
    QVERIFY(clock->advance(SandboxClock::maxOffsetSeconds - 600));
    QCOMPARE(clock->offsetSeconds(), SandboxClock::maxOffsetSeconds);
    QVERIFY(!clock->advance(1));

    SandboxServer fresh(m_clock.get());
    QVERIFY(fresh.listen());
    const quint16 freshPort = quint16(fresh.baseUrl().port());
    const QByteArray form = "application/x-www-form-urlencoded";
    QCOMPARE(exchange(freshPort,
                      request("POST", "/sandbox/clock", "advance_seconds=600", {"Content-Type: " + form}))
                 .status,
             200);
    for (const QByteArray &huge : {QByteArray("9223372036854775807"), QByteArray("9223372036854775208"),
                                   QByteArray::number(SandboxClock::maxOffsetSeconds)}) {
        const RawAnswer refused =
            exchange(freshPort,
                     request("POST", "/sandbox/clock", "advance_seconds=" + huge, {"Content-Type: " + form}));
        QCOMPARE(refused.status, 400);
        QVERIFY(QJsonDocument::fromJson(refused.body).object().contains(QLatin1String("error")));
    }
    const RawAnswer now = exchange(
        freshPort, request("POST", "/sandbox/clock", "advance_seconds=0", {"Content-Type: " + form}));
    const QJsonObject json = QJsonDocument::fromJson(now.body).object();
    QCOMPARE(json.value(QLatin1String("offset_seconds")).toInteger(), 600);
    QCOMPARE(json.value(QLatin1String("now")).toString(), QStringLiteral("2026-01-01T12:10:00Z"));
}

void TestSandboxLimits::credentialHeadersAreNeverLogged()
{
    start(SandboxLimits());
    capturedMessages.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    previousHandler = qInstallMessageHandler(captureMessage);
    const auto restore = qScopeGuard([] {
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());
    });

    const QByteArray authorization = basic(SandboxServer::accountSid(), SandboxServer::authToken());
    const RawAnswer started = exchange(
        port(), request("POST", "/v2/Services/" + SandboxServer::serviceSid().toLatin1() + "/Verifications",
                        "To=%2B12025550142&Channel=sms",
                        {"Content-Type: application/x-www-form-urlencoded", "Authorization: " + authorization,
                         "Proxy-Authorization: " + authorization}));
    QCOMPARE(started.status, 201);
    const RawAnswer login =
        exchange(port(), request("POST", "/api/auth/login", loginBody(), {"Content-Type: application/json"}));
    QCOMPARE(login.status, 200);
    const QByteArray cookie = login.header("Set-Cookie").split(';').constFirst();
    QVERIFY(cookie.startsWith("latchkey.sid="));
    const RawAnswer session = exchange(port(), request("GET", "/api/auth/login", {}, {"Cookie: " + cookie}));
    QCOMPARE(session.status, 200);

    const QString all = capturedMessages.join(u'\n');
    // ctest turns latchkey.* debug off; qt.httpserver's (which dumped the headers) stays on from the rules
    // above.
    const QByteArray sessionId = cookie.mid(cookie.indexOf('=') + 1);
    for (const QByteArray &secret :
         {authorization.mid(6), SandboxServer::authToken().toLatin1(), sessionId}) {
        QVERIFY2(!all.contains(QString::fromLatin1(secret)), qPrintable(all));
    }
    for (const QLatin1String name : {QLatin1String("Authorization"), QLatin1String("Cookie")}) {
        QVERIFY2(!all.contains(name, Qt::CaseInsensitive), qPrintable(all));
    }
}

void TestSandboxLimits::requestLogKeepsNoCookie()
{
    start(SandboxLimits());
    m_server->setRequestLogEnabled(true);
    const RawAnswer login =
        exchange(port(), request("POST", "/api/auth/login", loginBody(), {"Content-Type: application/json"}));
    const QByteArray cookie = login.header("Set-Cookie").split(';').constFirst();
    exchange(port(), request("GET", "/api/auth/login", {}, {"Cookie: " + cookie}));
    QCOMPARE(m_server->requestLog().size(), 2);
    for (const SandboxExchange &entry : m_server->requestLog()) {
        const QByteArray json = QJsonDocument(entry.toJson()).toJson();
        QVERIFY2(!json.contains(cookie.mid(cookie.indexOf('=') + 1)), json.constData());
        QVERIFY(!json.contains("cookie"));
    }
}

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "TestSandboxLimits.moc"
