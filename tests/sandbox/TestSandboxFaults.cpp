// Fault injection through POST /sandbox/faults: each fault as a client sees it on the wire.

#include "Outbox.h"
#include "RawHttp.h"
#include "SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <memory>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace latchkey;
using namespace latchkey::testing;

namespace {

const QString number = QStringLiteral("+12025550142");

QByteArray basicAuthorization()
{
    return "Authorization: Basic " +
           (SandboxServer::apiKeySid() + u':' + SandboxServer::apiKeySecret()).toUtf8().toBase64();
}

QByteArray startPath()
{
    return "/v2/Services/" + SandboxServer::serviceSid().toLatin1() + "/Verifications";
}

/** POST …/Verifications for the demo number, as Latchkey sends it. */
QByteArray startRequest(const QList<QByteArray> &extraHeaders = {})
{
    QList<QByteArray> headers{"Content-Type: application/x-www-form-urlencoded", basicAuthorization()};
    headers += extraHeaders;
    return request("POST", startPath(), "To=%2B12025550142&Channel=sms", headers);
}

#ifdef Q_OS_UNIX
/** How a connection ended, as the kernel tells it: an orderly close (FIN) or a reset (RST). */
struct RawEnd
{
    QByteArray received;
    bool fin = false;
    bool reset = false;
};

/** Sends `bytes` on a plain POSIX socket and reads until the server closes or resets it. */
RawEnd sendAndWatchTheEnd(quint16 port, const QByteArray &bytes)
{
    RawEnd end;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        ::send(fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL) != bytes.size()) {
        if (fd >= 0) {
            ::close(fd);
        }
        return end;
    }
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        char buffer[4096];
        const ssize_t got = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (got > 0) {
            end.received.append(buffer, got);
        } else if (got == 0) {
            end.fin = true;
            break;
        } else if (errno == ECONNRESET) {
            end.reset = true;
            break;
        } else {
            QTest::qWait(5); // EAGAIN: let the in-process sandbox run
        }
    }
    ::close(fd);
    return end;
}
#endif

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void setListAndClear();
    void refusesBadFaults_data();
    void refusesBadFaults();
    void appliesTimesThenStops();
    void neverFaultsTheControls();
    void latencyHoldsTheAnswer();
    void resetBeforeRunsNothing();
    void resetAfterRunsTheRoute();
    void serverErrorInEachApisShape();
    void rateLimitSaysRetryAfter();
    void malformedJsonAfterTheRoute();
    void truncatedBodyThenClose();
    void htmlPage();
    void oversizedBody_data();
    void oversizedBody();
    void dripTricklesTheBody();
    void silentNeverAnswers();

private:
    RawAnswer setFault(const QJsonObject &fault);
    quint16 port() const { return quint16(m_server->baseUrl().port()); }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SandboxServer> m_server;
};

void TestSandboxFaults::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_server = std::make_unique<SandboxServer>(m_clock.get());
    QVERIFY(m_server->listen());
}

void TestSandboxFaults::cleanup()
{
    m_server.reset();
    m_clock.reset();
}

RawAnswer TestSandboxFaults::setFault(const QJsonObject &fault)
{
    return exchange(port(),
                    request("POST", "/sandbox/faults", QJsonDocument(fault).toJson(QJsonDocument::Compact),
                            {"Content-Type: application/json"}));
}

void TestSandboxFaults::setListAndClear()
{
    const RawAnswer set =
        setFault({{QStringLiteral("route"), QStringLiteral("POST /v2/Services/*/Verifications")},
                  {QStringLiteral("fault"), QStringLiteral("reset-after")}});
    QCOMPARE(set.status, 200);
    setFault({{QStringLiteral("route"), QStringLiteral("* /api/**")},
              {QStringLiteral("fault"), QStringLiteral("rate-limit")},
              {QStringLiteral("seconds"), 90},
              {QStringLiteral("times"), 3}});
    const RawAnswer listed = exchange(port(), request("GET", "/sandbox/faults"));
    QCOMPARE(listed.status, 200);
    const QJsonArray faults =
        QJsonDocument::fromJson(listed.body).object().value(QLatin1String("faults")).toArray();
    QCOMPARE(faults.size(), 2);
    QCOMPARE(faults[0].toObject(),
             (QJsonObject{{QStringLiteral("route"), QStringLiteral("POST /v2/Services/*/Verifications")},
                          {QStringLiteral("fault"), QStringLiteral("reset-after")},
                          {QStringLiteral("times"), 1}}));
    QCOMPARE(faults[1].toObject().value(QLatin1String("seconds")).toInt(), 90);
    QCOMPARE(faults[1].toObject().value(QLatin1String("times")).toInt(), 3);

    const RawAnswer cleared = exchange(port(), request("DELETE", "/sandbox/faults"));
    QCOMPARE(cleared.status, 200);
    QVERIFY(m_server->faults().isEmpty());
    QCOMPARE(exchange(port(), startRequest()).status, 201);
}

void TestSandboxFaults::refusesBadFaults_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not JSON") << QByteArray("route=POST");
    QTest::newRow("no route") << QByteArray(R"({"fault":"silent"})");
    QTest::newRow("route without a method") << QByteArray(R"({"route":"/api/auth/login","fault":"silent"})");
    QTest::newRow("unknown fault") << QByteArray(R"({"route":"POST /a","fault":"explode"})");
    QTest::newRow("unknown field") << QByteArray(R"({"route":"POST /a","fault":"silent","when":1})");
    QTest::newRow("times 0") << QByteArray(R"({"route":"POST /a","fault":"silent","times":0})");
    QTest::newRow("times 1.5") << QByteArray(R"({"route":"POST /a","fault":"silent","times":1.5})");
    QTest::newRow("a 404 as a server error")
        << QByteArray(R"({"route":"POST /a","fault":"server-error","status":404})");
    QTest::newRow("latency for ever") << QByteArray(R"({"route":"POST /a","fault":"latency","seconds":1e9})");
    QTest::newRow("negative Retry-After")
        << QByteArray(R"({"route":"POST /a","fault":"rate-limit","seconds":-1})");
    QTest::newRow("oversized by a string")
        << QByteArray(R"({"route":"POST /a","fault":"oversized","bytes":"lots"})");
}

void TestSandboxFaults::refusesBadFaults()
{
    QFETCH(QByteArray, body);
    const RawAnswer refused =
        exchange(port(), request("POST", "/sandbox/faults", body, {"Content-Type: application/json"}));
    QCOMPARE(refused.status, 400);
    QVERIFY(
        !QJsonDocument::fromJson(refused.body).object().value(QLatin1String("error")).toString().isEmpty());
    QVERIFY(m_server->faults().isEmpty());
}

void TestSandboxFaults::appliesTimesThenStops()
{
    QCOMPARE(setFault({{QStringLiteral("route"), QStringLiteral("GET /api/auth/login")},
                       {QStringLiteral("fault"), QStringLiteral("server-error")},
                       {QStringLiteral("status"), 503},
                       {QStringLiteral("times"), 2}})
                 .status,
             200);
    QCOMPARE(exchange(port(), request("POST", "/api/auth/logout")).status, 200); // another route: untouched
    QCOMPARE(exchange(port(), request("GET", "/api/auth/login")).status, 503);
    QCOMPARE(exchange(port(), request("GET", "/api/auth/login")).status, 503);
    QCOMPARE(exchange(port(), request("GET", "/api/auth/login")).status, 401);
    QVERIFY(m_server->faults().isEmpty());
}

void TestSandboxFaults::neverFaultsTheControls()
{
    QCOMPARE(setFault({{QStringLiteral("route"), QStringLiteral("* /**")},
                       {QStringLiteral("fault"), QStringLiteral("silent")},
                       {QStringLiteral("times"), 1000}})
                 .status,
             200);
    QCOMPARE(exchange(port(), request("GET", "/sandbox/messages")).status, 200);
    QCOMPARE(exchange(port(), request("GET", "/sandbox/faults")).status, 200);
    QCOMPARE(exchange(port(), request("DELETE", "/sandbox/faults")).status, 200);
    QCOMPARE(exchange(port(), request("GET", "/nothing/here")).status, 404); // unrouted paths could be
}

void TestSandboxFaults::latencyHoldsTheAnswer()
{
    QCOMPARE(setFault({{QStringLiteral("route"), QStringLiteral("POST /v2/Services/*/Verifications")},
                       {QStringLiteral("fault"), QStringLiteral("latency")},
                       {QStringLiteral("seconds"), 1.5}})
                 .status,
             200);
    QTcpSocket slow;
    QVERIFY(connectTo(slow, port()));
    slow.write(startRequest());
    // Another client is served meanwhile, and the held one has nothing yet: neither answered nor sent.
    QCOMPARE(exchange(port(), request("GET", "/sandbox/messages")).body, QByteArray("[]"));
    QVERIFY(slow.bytesAvailable() == 0);
    QVERIFY(m_server->outbox()->messages().isEmpty());
    const RawAnswer answer = readAnswer(slow);
    QCOMPARE(answer.status, 201);
    QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(QLatin1String("status")).toString(),
             QStringLiteral("pending"));
    QCOMPARE(m_server->outbox()->messages().size(), 1);
}

void TestSandboxFaults::resetBeforeRunsNothing()
{
#ifdef Q_OS_UNIX
    setFault({{QStringLiteral("route"), QStringLiteral("POST /v2/Services/*/Verifications")},
              {QStringLiteral("fault"), QStringLiteral("reset-before")}});
    const RawEnd end = sendAndWatchTheEnd(port(), startRequest());
    QVERIFY(end.reset);
    QVERIFY(end.received.isEmpty());
    QVERIFY(m_server->outbox()->messages().isEmpty()); // the route never ran
#else
    QSKIP("needs POSIX sockets to tell a reset from a close");
#endif
}

void TestSandboxFaults::resetAfterRunsTheRoute()
{
#ifdef Q_OS_UNIX
    setFault({{QStringLiteral("route"), QStringLiteral("POST /v2/Services/*/Verifications")},
              {QStringLiteral("fault"), QStringLiteral("reset-after")}});
    const RawEnd end = sendAndWatchTheEnd(port(), startRequest());
    QVERIFY(end.reset);
    QVERIFY(end.received.isEmpty());
    // The code went out all the same: what a client must assume after a reset.
    QCOMPARE(m_server->outbox()->messages().size(), 1);
    QCOMPARE(m_server->outbox()->messages().constFirst().to, number);
#else
    QSKIP("needs POSIX sockets to tell a reset from a close");
#endif
}

void TestSandboxFaults::serverErrorInEachApisShape()
{
    setFault({{QStringLiteral("route"), QStringLiteral("POST /v2/Services/*/Verifications")},
              {QStringLiteral("fault"), QStringLiteral("server-error")}});
    setFault({{QStringLiteral("route"), QStringLiteral("POST /api/auth/login")},
              {QStringLiteral("fault"), QStringLiteral("server-error")},
              {QStringLiteral("status"), 502}});
    const RawAnswer verify = exchange(port(), startRequest());
    QCOMPARE(verify.status, 500);
    const QJsonObject twilio = QJsonDocument::fromJson(verify.body).object();
    QCOMPARE(twilio.value(QLatin1String("status")).toInt(), 500);
    QCOMPARE(twilio.value(QLatin1String("code")).toInt(), 20500);
    QVERIFY(m_server->outbox()->messages().isEmpty());
    const RawAnswer backend =
        exchange(port(), request("POST", "/api/auth/login", "{}", {"Content-Type: application/json"}));
    QCOMPARE(backend.status, 502);
    QVERIFY(QJsonDocument::fromJson(backend.body).object().contains(QLatin1String("error")));
}

void TestSandboxFaults::rateLimitSaysRetryAfter()
{
    setFault({{QStringLiteral("route"), QStringLiteral("POST /api/auth/send-code")},
              {QStringLiteral("fault"), QStringLiteral("rate-limit")},
              {QStringLiteral("seconds"), 120}});
    const RawAnswer limited =
        exchange(port(), request("POST", "/api/auth/send-code", "{}", {"Content-Type: application/json"}));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("120"));
    QVERIFY(QJsonDocument::fromJson(limited.body).object().contains(QLatin1String("error")));
}

void TestSandboxFaults::malformedJsonAfterTheRoute()
{
    setFault({{QStringLiteral("route"), QStringLiteral("POST /v2/Services/*/Verifications")},
              {QStringLiteral("fault"), QStringLiteral("malformed-json")}});
    const RawAnswer answer = exchange(port(), startRequest());
    QCOMPARE(answer.status, 201);
    QCOMPARE(answer.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(answer.complete());
    QCOMPARE(answer.body.size(), answer.contentLength());
    QJsonParseError error;
    QJsonDocument::fromJson(answer.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(m_server->outbox()->messages().size(), 1); // sent, though the answer cannot be read
}

void TestSandboxFaults::truncatedBodyThenClose()
{
    setFault({{QStringLiteral("route"), QStringLiteral("POST /v2/Services/*/Verifications")},
              {QStringLiteral("fault"), QStringLiteral("truncated")},
              {QStringLiteral("bytes"), 10}});
    QTcpSocket socket;
    QVERIFY(connectTo(socket, port()));
    socket.write(startRequest());
    const RawAnswer answer = readToClose(socket);
    QCOMPARE(answer.status, 201);
    QVERIFY(answer.closed);
    QVERIFY(answer.contentLength() > 100);
    QCOMPARE(answer.body.size(), 10);
    QVERIFY(answer.body.startsWith("{\""));
    QCOMPARE(m_server->outbox()->messages().size(), 1);
}

void TestSandboxFaults::htmlPage()
{
    setFault({{QStringLiteral("route"), QStringLiteral("POST /api/auth/login")},
              {QStringLiteral("fault"), QStringLiteral("html")}});
    const RawAnswer answer =
        exchange(port(), request("POST", "/api/auth/login", "{}", {"Content-Type: application/json"}));
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.header("Content-Type").startsWith("text/html"));
    QVERIFY(answer.body.startsWith("<!DOCTYPE html>"));
}

void TestSandboxFaults::oversizedBody_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("Content-Length") << false;
    QTest::newRow("chunked") << true;
}

void TestSandboxFaults::oversizedBody()
{
    QFETCH(bool, chunked);
    const qint64 size = 3 * 1024 * 1024 + 7;
    setFault({{QStringLiteral("route"), QStringLiteral("POST /api/auth/login")},
              {QStringLiteral("fault"), QStringLiteral("oversized")},
              {QStringLiteral("bytes"), double(size)},
              {QStringLiteral("chunked"), chunked}});
    QTcpSocket socket;
    QVERIFY(connectTo(socket, port()));
    socket.write(request("POST", "/api/auth/login", "{}", {"Content-Type: application/json"}));
    const RawAnswer answer = readUntil(socket, 30000, [chunked, size](const RawAnswer &got) {
        return chunked ? got.body.endsWith("\r\n0\r\n\r\n") : got.body.size() >= size;
    });
    QCOMPARE(answer.status, 200);
    QByteArray body = answer.body;
    if (chunked) {
        QCOMPARE(answer.header("Transfer-Encoding"), QByteArray("chunked"));
        QByteArray decoded;
        qsizetype at = 0;
        while (true) {
            const qsizetype lineEnd = body.indexOf("\r\n", at);
            QVERIFY(lineEnd > at);
            const qint64 length = body.mid(at, lineEnd - at).toLongLong(nullptr, 16);
            if (length == 0) {
                break;
            }
            decoded += body.mid(lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
        body = decoded;
    } else {
        QCOMPARE(answer.contentLength(), size);
    }
    QCOMPARE(body.size(), size);
    const QJsonObject json = QJsonDocument::fromJson(body).object(); // valid JSON, only far too much of it
    QCOMPARE(json.value(QLatin1String("padding")).toString().size(), size - 14);
    // The connection goes on: the next request on it is answered.
    socket.write(request("GET", "/sandbox/messages"));
    QCOMPARE(readAnswer(socket).status, 200);
}

void TestSandboxFaults::dripTricklesTheBody()
{
    setFault({{QStringLiteral("route"), QStringLiteral("POST /api/auth/login")},
              {QStringLiteral("fault"), QStringLiteral("drip")},
              {QStringLiteral("bytes"), 10},
              {QStringLiteral("seconds"), 0.3}});
    QTcpSocket socket;
    QVERIFY(connectTo(socket, port()));
    socket.write(request("POST", "/api/auth/login", "{}", {"Content-Type: application/json"}));
    // The head comes at once with the full Content-Length; the body in pieces, one every 0.3 s.
    QSet<qsizetype> partialSizes;
    const RawAnswer answer = readUntil(socket, 30000, [&partialSizes](const RawAnswer &got) {
        if (got.status != 0 && !got.complete()) {
            partialSizes.insert(got.body.size());
        }
        return got.complete();
    });
    QCOMPARE(answer.status, 400);
    QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(QLatin1String("error")).toString(),
             QStringLiteral("Username and password are required"));
    QVERIFY2(partialSizes.size() >= 3, qPrintable(QString::number(partialSizes.size())));
}

void TestSandboxFaults::silentNeverAnswers()
{
    SandboxLimits limits;
    limits.idleTimeout = std::chrono::milliseconds(200); // a held request is not idle
    m_server = std::make_unique<SandboxServer>(m_clock.get());
    m_server->setLimits(limits);
    QVERIFY(m_server->listen());
    setFault({{QStringLiteral("route"), QStringLiteral("POST /api/auth/login")},
              {QStringLiteral("fault"), QStringLiteral("silent")}});
    QTcpSocket socket;
    QVERIFY(connectTo(socket, port()));
    socket.write(request("POST", "/api/auth/login", "{}", {"Content-Type: application/json"}));
    QTest::qWait(1000); // five idle timeouts
    QCOMPARE(exchange(port(), request("GET", "/sandbox/messages")).status, 200);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(socket.bytesAvailable(), 0);
    socket.disconnectFromHost();
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "TestSandboxFaults.moc"
