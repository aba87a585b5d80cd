#include "ConfiguredNetworkAccessManager.h"
#include "HttpClient.h"
#include "ScriptedHttpServer.h"
#include "VerifyClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace latchkey;

namespace {

QStringList capturedMessages;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedMessages.append(message);
    previousHandler(type, context, message);
}

/** Every Qt message while it lives (qWarning, Qt's own warnings), still passed on to Qt Test. */
struct MessageCapture
{
    MessageCapture()
    {
        capturedMessages.clear();
        previousHandler = qInstallMessageHandler(captureMessage);
    }
    ~MessageCapture() { qInstallMessageHandler(previousHandler); }
    bool contains(const QString &text) const
    {
        for (const QString &message : capturedMessages) {
            if (message.contains(text)) {
                return true;
            }
        }
        return false;
    }
};

HttpRequest requestTo(const ScriptedHttpServer &server, const QByteArray &method = "GET")
{
    HttpRequest request;
    request.method = method;
    request.url = server.url();
    request.url.setPath(QStringLiteral("/api/auth/send-code"));
    if (method == "POST") {
        request.contentType = "application/json";
        request.body = R"({"phoneNumber":"+12025550142"})";
    }
    return request;
}

HttpResponse sendAndWait(HttpClient &http, const HttpRequest &request)
{
    QSignalSpy finished(http.send(request), &HttpCall::finished);
    if (!finished.wait(10000)) {
        return HttpResponse{-1, {}, {}, AuthError::of(AuthError::Kind::None)};
    }
    return finished.first().at(0).value<HttpResponse>();
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT
private slots:
    void onlyHttpsLeavesThisComputer_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << QStringLiteral("https://auth.example.org") << true;
        QTest::newRow("http remote") << QStringLiteral("http://auth.example.org") << false;
        QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8080") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << true;
        QTest::newRow("http lookalike") << QStringLiteral("http://localhost.example.org") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
        QTest::newRow("no host") << QStringLiteral("https://") << false;
    }
    void onlyHttpsLeavesThisComputer()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(!HttpClient::checkUrlAllowed(QUrl(url)).isError(), allowed);
    }

    void refusedUrlsFinishAsynchronouslyWithoutTouchingTheNetwork()
    {
        QNetworkAccessManager network;
        HttpClient http(&network);
        HttpRequest request;
        request.url = QUrl(QStringLiteral("http://auth.example.org/api"));
        HttpCall *call = http.send(request);
        QSignalSpy finished(call, &HttpCall::finished);
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.first().at(0).value<HttpResponse>().transportError.kind,
                 AuthError::Kind::InsecureUrl);
    }

    void retryAfterReadsSecondsAndDates()
    {
        const QDateTime now(QDate(2026, 11, 27), QTime(12, 0, 0), Qt::UTC);
        HttpResponse response;
        QCOMPARE(response.retryAfterSeconds(now), -1);
        response.headers = {{"retry-after", "120"}};
        QCOMPARE(response.retryAfterSeconds(now), 120);
        response.headers = {{"Retry-After", "Fri, 27 Nov 2026 12:01:30 GMT"}};
        QCOMPARE(response.retryAfterSeconds(now), 90);
        response.headers = {{"Retry-After", "soon"}};
        QCOMPARE(response.retryAfterSeconds(now), -1);
    }

    void redirectsAreNotFollowed()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, this, [&server] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:1/elsewhere\r\n"
                              "Content-Length: 0\r\n\r\n");
            });
        });
        QNetworkAccessManager network;
        HttpClient http(&network);
        HttpRequest request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(server.serverPort()));
        QSignalSpy finished(http.send(request), &HttpCall::finished);
        QVERIFY(finished.wait(5000));
        const auto response = finished.first().at(0).value<HttpResponse>();
        QCOMPARE(response.transportError.kind, AuthError::Kind::Redirected);
        QCOMPARE(response.status, 302);
    }

    void connectionRefusedIsItsOwnError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QNetworkAccessManager network;
        HttpClient http(&network);
        HttpRequest request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        QSignalSpy finished(http.send(request), &HttpCall::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).value<HttpResponse>().transportError.kind,
                 AuthError::Kind::ConnectionRefused);
    }

    void aServerThatNeverAnswersTimesOut()
    {
        QTcpServer server; // accepts, reads, never answers
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QNetworkAccessManager network;
        HttpClient http(&network);
        http.setTransferTimeout(300);
        HttpRequest request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort()));
        QSignalSpy finished(http.send(request), &HttpCall::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).value<HttpResponse>().transportError.kind, AuthError::Kind::Timeout);
    }

    void aPostIsNeverSentTwiceWhenTheConnectionDrops()
    {
        // The server reads each request and hangs up without answering. Qt would send a buffered POST
        // again on a new connection; HttpClient's one-shot body makes it give up instead.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int posts = 0;
        connect(&server, &QTcpServer::newConnection, this, [&server, &posts] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket, &posts] {
                    const QByteArray data = socket->readAll();
                    posts += data.count("POST /start");
                    if (data.contains("Channel=sms")) {
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        QNetworkAccessManager network;
        HttpClient http(&network);
        HttpRequest request;
        request.method = "POST";
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/start").arg(server.serverPort()));
        request.contentType = "application/x-www-form-urlencoded";
        request.body = "To=%2B12025550142&Channel=sms";
        QSignalSpy finished(http.send(request), &HttpCall::finished);
        QVERIFY(finished.wait(5000));
        QTest::qWait(200); // a second attempt would arrive now
        QCOMPARE(posts, 1);
        const auto response = finished.first().at(0).value<HttpResponse>();
        QCOMPARE(response.transportError.kind,
                 AuthError::Kind::NetworkFailure); // ambiguous: may have arrived
    }

    void anAnswerCutOffAfterItsStatusLineIsNeverAnAnswer()
    {
        // A 200 whose body stops halfway and the connection resets: not "sent", whatever the status said.
        ScriptedHttpServer server;
        server.enqueue(ScriptedAnswer::cutOff(200, "{\"message\":\"Verification code sent successfully\""));
        QNetworkAccessManager network;
        HttpClient http(&network);
        const HttpResponse response = sendAndWait(http, requestTo(server, "POST"));
        QVERIFY(!response.hasAnswer());
        QCOMPARE(response.transportError.kind, AuthError::Kind::NetworkFailure);
        QCOMPARE(response.transportError.httpStatus, 200); // the server had started to answer
        QVERIFY(response.body.isEmpty());
        QCOMPARE(server.requests().size(), 1);
    }

    void aDeadlineInTheMiddleOfAnAnswerIsATimeoutAndReadsNoClosedReply()
    {
        // The total deadline aborts a reply whose headers arrived; reading it afterwards is what printed
        // "QIODevice::read (QNetworkReplyHttpImpl): device not open".
        MessageCapture messages;
        ScriptedHttpServer server;
        server.enqueue(ScriptedAnswer::stall(200, "{\"message\":\"Verification"));
        NetworkOptions options;
        options.proxyMode = NetworkOptions::ProxyMode::None;
        options.totalTimeoutMsecs = 300;
        ConfiguredNetworkAccessManager network(options);
        HttpClient http(&network);
        const HttpResponse response = sendAndWait(http, requestTo(server, "POST"));
        QVERIFY(!messages.contains(QStringLiteral("device not open")));
        QVERIFY(!messages.contains(QStringLiteral("QIODevice::read")));
        QVERIFY(!response.hasAnswer());
        QCOMPARE(response.transportError.kind, AuthError::Kind::Timeout);
        QCOMPARE(response.transportError.httpStatus, 200);
    }

    void anEndlessAnswerStopsAtItsCap()
    {
        ScriptedHttpServer server;
        server.enqueue(ScriptedAnswer::endless());
        QNetworkAccessManager network;
        HttpClient http(&network);
        HttpRequest request = requestTo(server);
        request.maxResponseBytes = 64 * 1024;
        const HttpResponse response = sendAndWait(http, request);
        QCOMPARE(response.transportError.kind, AuthError::Kind::ResponseTooLarge);
        QCOMPARE(response.transportError.httpStatus, 200);
        QVERIFY(response.body.isEmpty());
        // Read no further than the cap: what the server got out is the cap plus the sockets' buffers.
        QVERIFY2(server.endlessBytesWritten() < 16 * 1024 * 1024,
                 QByteArray::number(server.endlessBytesWritten()).constData());
    }

    void anAnnouncedLengthOverTheCapIsRefusedAndOneAtTheCapIsRead()
    {
        ScriptedHttpServer server;
        server.enqueue(ScriptedAnswer::json(200, QByteArray(4097, 'x')));
        server.enqueue(ScriptedAnswer::json(200, QByteArray(4096, 'x')));
        QNetworkAccessManager network;
        HttpClient http(&network);
        HttpRequest request = requestTo(server);
        request.maxResponseBytes = 4096;
        const HttpResponse tooLarge = sendAndWait(http, request);
        QCOMPARE(tooLarge.transportError.kind, AuthError::Kind::ResponseTooLarge);
        const HttpResponse atTheCap = sendAndWait(http, request);
        QVERIFY(atTheCap.hasAnswer());
        QCOMPARE(atTheCap.status, 200);
        QCOMPARE(atTheCap.body.size(), 4096);
    }

    void tooLargeHasItsOwnMessage()
    {
        const AuthError error = AuthError::of(AuthError::Kind::ResponseTooLarge);
        QVERIFY(error.userMessage().startsWith(QStringLiteral("The server's answer was too large")));
        QCOMPARE(error.identifier(), QStringLiteral("response-too-large"));
    }

    void abortFinishesAsCancelled()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QNetworkAccessManager network;
        HttpClient http(&network);
        HttpRequest request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort()));
        HttpCall *call = http.send(request);
        QSignalSpy finished(call, &HttpCall::finished);
        call->abort();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).value<HttpResponse>().transportError.kind,
                 AuthError::Kind::Cancelled);
    }

    void formEncodingSendsThePlusAsPercent2B()
    {
        const QByteArray body =
            VerifyClient::formEncode({{QStringLiteral("To"), QStringLiteral("+12025550142")},
                                      {QStringLiteral("Channel"), QStringLiteral("sms")}});
        QCOMPARE(body, QByteArray("To=%2B12025550142&Channel=sms"));
        QCOMPARE(VerifyClient::formEncode({{QStringLiteral("Code"), QStringLiteral("a b&c=d")}}),
                 QByteArray("Code=a%20b%26c%3Dd"));
    }

    void twilioErrorBodiesBecomeTypedErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("kind");
        QTest::newRow("60202") << 429 << 60202 << int(AuthError::Kind::TooManyChecks);
        QTest::newRow("60203") << 429 << 60203 << int(AuthError::Kind::TooManySends);
        QTest::newRow("20003") << 401 << 20003 << int(AuthError::Kind::NotAuthorized);
        QTest::newRow("60205") << 403 << 60205 << int(AuthError::Kind::LandlineNoSms);
        QTest::newRow("60410") << 403 << 60410 << int(AuthError::Kind::DeliveryBlocked);
        QTest::newRow("unknown") << 400 << 61234 << int(AuthError::Kind::UnknownServerError);
    }
    void twilioErrorBodiesBecomeTypedErrors()
    {
        QFETCH(int, status);
        QFETCH(int, code);
        QFETCH(int, kind);
        HttpResponse response;
        response.status = status;
        response.body = QStringLiteral(R"({"code":%1,"message":"Something","more_info":"x","status":%2})")
                            .arg(code)
                            .arg(status)
                            .toUtf8();
        const AuthError error = VerifyClient::errorFrom(response);
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.serverCode, code);
        QCOMPARE(error.httpStatus, status);
        QVERIFY(!error.userMessage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "TestHttpClient.moc"
