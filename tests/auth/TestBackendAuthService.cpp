// BackendAuthService against canned HTTP answers on loopback: what it sends, and how it reads every answer
// the seed's Express backend (or a proxy in front of it) really gives.

#include "BackendAuthService.h"
#include "HttpClient.h"
#include "PhoneNumber.h"
#include "ScriptedHttpServer.h"
#include "TestNumbers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace latchkey;

namespace {

// A throwaway self-signed certificate for 127.0.0.1, valid until 2126: test data, not a secret.
constexpr char testCertificate[] = "-----BEGIN CERTIFICATE-----\n"
                                   "MIIBjzCCATagAwIBAgIUSo5fSshO10xXJIKQWvOFQM/Urz4wCgYIKoZIzj0EAwIw\n"
                                   "FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyNzE3NTg0NloYDzIxMjYxMTAz\n"
                                   "MTc1ODQ2WjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO\n"
                                   "PQMBBwNCAATuuGUNgfFnFCKfc/NgSCbwmfaeRZhkfCPbzzMQyBEJ5+SZbX3ef9aS\n"
                                   "tkXJyf3+AYgyr2Yi5kQ3XVpQvY2Y4tleo2QwYjAdBgNVHQ4EFgQUr/Bmh7ksoqYR\n"
                                   "xnlhNcOvbtif688wHwYDVR0jBBgwFoAUr/Bmh7ksoqYRxnlhNcOvbtif688wDwYD\n"
                                   "VR0TAQH/BAUwAwEB/zAPBgNVHREECDAGhwR/AAABMAoGCCqGSM49BAMCA0cAMEQC\n"
                                   "IDIX4xNHIjHNhP4Zl1khQf4Acgys3b1sJSBWGt+xwo6WAiBYWkpz3oC42DnPkisg\n"
                                   "Id/JM0mFTG2XsAyTko6YELlHLQ==\n"
                                   "-----END CERTIFICATE-----\n";
constexpr char testKey[] = "-----BEGIN PRIVATE KEY-----\n"
                           "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg8RaNwd/iLH4vSsFW\n"
                           "/y3/uARQQgHpMn8dkCGo+yQpPzqhRANCAATuuGUNgfFnFCKfc/NgSCbwmfaeRZhk\n"
                           "fCPbzzMQyBEJ5+SZbX3ef9aStkXJyf3+AYgyr2Yi5kQ3XVpQvY2Y4tle\n"
                           "-----END PRIVATE KEY-----\n";

struct RecordedRequest
{
    QByteArray method;
    QByteArray path;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                return value;
            }
        }
        return QByteArray();
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

/** An HTTP/1.1 server that answers each request with the next canned answer, then closes. */
class CannedServer : public QObject
{
public:
    explicit CannedServer(bool tls)
    {
        if (tls) {
            auto *sslServer = new QSslServer(this);
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.setLocalCertificate(QSslCertificate(QByteArray(testCertificate)));
            configuration.setPrivateKey(QSslKey(QByteArray(testKey), QSsl::Ec));
            configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
            sslServer->setSslConfiguration(configuration);
            m_server = sslServer;
        } else {
            m_server = new QTcpServer(this);
        }
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                serve(socket);
            }
        });
        m_server->listen(QHostAddress::LocalHost);
        m_origin = QUrl(QStringLiteral("%1://127.0.0.1:%2")
                            .arg(tls ? QStringLiteral("https") : QStringLiteral("http"))
                            .arg(m_server->serverPort()));
    }

    QUrl origin() const { return m_origin; }
    void answer(const QByteArray &raw) { m_answers.append(raw); }
    QList<RecordedRequest> requests;

    static QByteArray reply(int status, const QByteArray &reason, const QByteArray &body,
                            const QList<QByteArray> &headers = {})
    {
        QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        for (const QByteArray &header : headers) {
            raw += header + "\r\n";
        }
        raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        return raw;
    }
    static QByteArray json(int status, const QByteArray &body, const QList<QByteArray> &headers = {})
    {
        QList<QByteArray> all = headers;
        all.prepend("Content-Type: application/json; charset=utf-8");
        return reply(status, "Status", body, all);
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto *buffer = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0) {
                return;
            }
            RecordedRequest request;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon < 0) {
                    continue;
                }
                const QByteArray name = lines[i].left(colon).trimmed();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                request.headers.append({name, value});
                if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
                    length = value.toLongLong();
                }
            }
            if (buffer->size() < end + 4 + length) {
                return;
            }
            request.body = buffer->mid(end + 4, length);
            buffer->clear();
            requests.append(request);
            socket->write(m_answers.isEmpty() ? reply(599, "No canned answer", QByteArray())
                                              : m_answers.takeFirst());
            socket->disconnectFromHost();
        });
    }

    QTcpServer *m_server;
    QUrl m_origin;
    QList<QByteArray> m_answers;
};

/** One service against one canned server, with a spy on each result signal. */
struct Harness
{
    explicit Harness(bool tls = false)
        : server(tls)
        , http(&network)
        , auth(&http, BackendEndpoints{server.origin()})
        , loggedIn(&auth, &AuthService::loggedIn)
        , codeSent(&auth, &AuthService::codeSent)
        , codeApproved(&auth, &AuthService::codeApproved)
        , failed(&auth, &AuthService::failed)
    {
        if (tls) {
            QObject::connect(
                &network, &QNetworkAccessManager::sslErrors, &network,
                [](QNetworkReply *reply, const QList<QSslError> &) { reply->ignoreSslErrors(); });
        }
    }

    int answers() const
    {
        return loggedIn.count() + codeSent.count() + codeApproved.count() + failed.count();
    }
    bool waitForAnswer()
    {
        return QTest::qWaitFor([this] { return answers() > 0; }, 10000) && answers() == 1;
    }
    AuthError error() const
    {
        return failed.isEmpty() ? AuthError() : failed.first().at(0).value<AuthError>();
    }

    /** Signs in against a login answer (seed-style unless it carries capabilities). */
    bool logIn(const QByteArray &answer)
    {
        server.answer(answer);
        auth.logIn(QStringLiteral("alice"), QStringLiteral("correct horse"));
        const bool answered = waitForAnswer() && loggedIn.count() == 1;
        loggedIn.clear();
        return answered;
    }

    /** What a login against `answer` announced; empty when it did not sign in. */
    LoginResult loginResult(const QByteArray &answer)
    {
        server.answer(answer);
        auth.logIn(QStringLiteral("alice"), QStringLiteral("correct horse"));
        const LoginResult result = waitForAnswer() && loggedIn.count() == 1
                                       ? loggedIn.first().at(0).value<LoginResult>()
                                       : LoginResult();
        loggedIn.clear();
        return result;
    }

    /** What sending a code became with `answer`; empty when no code was sent. */
    CodeSentResult codeSentResult(const QByteArray &answer, Channel channel = Channel::Sms)
    {
        server.answer(answer);
        auth.sendCode(testing::e164(QStringLiteral("+12025550142")), channel);
        const CodeSentResult result = waitForAnswer() && codeSent.count() == 1
                                          ? codeSent.first().at(0).value<CodeSentResult>()
                                          : CodeSentResult();
        codeSent.clear();
        return result;
    }

    CannedServer server;
    QNetworkAccessManager network;
    HttpClient http;
    BackendAuthService auth;
    QSignalSpy loggedIn;
    QSignalSpy codeSent;
    QSignalSpy codeApproved;
    QSignalSpy failed;
};

const QByteArray seedLogin = CannedServer::json(200, R"({"message":"Signed in","username":"alice"})",
                                                {"Set-Cookie: connect.sid=s%3Aabc.def; Path=/; HttpOnly"});
const QByteArray extendedLogin = CannedServer::json(
    200,
    R"({"message":"Signed in","username":"alice","displayName":"Alice","capabilities":{"channels":["sms","call"],)"
    R"("locale":true,"codeLength":6,"numberOnFile":"+1 ••• ••• ••42","sendsToNumberOnFile":true,"assertion":true}})",
    {"Set-Cookie: connect.sid=s%3Axyz.uvw; Path=/; HttpOnly"});

} // namespace

class TestBackendAuthService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void seedLoginAndSendCarryOnlyTheSeedFields()
    {
        Harness h;
        h.server.answer(seedLogin);
        h.auth.logIn(QStringLiteral("alice"), QStringLiteral("correct horse"));
        QVERIFY(h.waitForAnswer());
        QCOMPARE(h.loggedIn.count(), 1);
        const LoginResult result = h.loggedIn.first().at(0).value<LoginResult>();
        QCOMPARE(result.displayName, QStringLiteral("alice"));
        QCOMPARE(result.capabilities.channels, QList<Channel>{Channel::Sms});
        QVERIFY(!result.capabilities.sendsToNumberOnFile);
        QVERIFY(result.sessionToken.startsWith("connect.sid=s%3Aabc.def"));
        QVERIFY(!h.auth.extensions().announced);
        const RecordedRequest login = h.server.requests.constFirst();
        QCOMPARE(login.method, QByteArray("POST"));
        QCOMPARE(login.path, QByteArray("/api/auth/login"));
        QVERIFY(login.header("Content-Type").startsWith("application/json"));
        QCOMPARE(login.json(), QJsonObject({{QStringLiteral("username"), QStringLiteral("alice")},
                                            {QStringLiteral("password"), QStringLiteral("correct horse")}}));

        // A formatted number leaves as E.164, alone: no channel or locale for a backend that announced none.
        h.loggedIn.clear();
        h.server.answer(CannedServer::json(200, R"({"message":"Verification code sent successfully",)"
                                                R"("status":"pending"})"));
        h.auth.sendCode(testing::e164(QStringLiteral("+1 (202) 555-0142")), Channel::Call);
        QVERIFY(h.waitForAnswer());
        QCOMPARE(h.codeSent.count(), 1);
        // No channel echoed: an SMS is all we may claim.
        QCOMPARE(h.codeSent.first().at(0).value<CodeSentResult>().channel, Channel::Sms);
        const RecordedRequest send = h.server.requests.at(1);
        QCOMPARE(send.path, QByteArray("/api/auth/send-code"));
        QCOMPARE(send.json(), QJsonObject({{QStringLiteral("phoneNumber"), QStringLiteral("+12025550142")}}));
        QVERIFY(send.header("Cookie").contains("connect.sid=s%3Aabc.def"));
    }

    void aRequestBeforeTheOriginWaitsForIt()
    {
        // The sandbox's window is drawn while its child starts: a login typed before it listens is sent,
        // once, as soon as its origin is known, and nothing goes anywhere before.
        CannedServer server(false);
        QNetworkAccessManager network;
        HttpClient http(&network);
        BackendAuthService auth(&http, BackendEndpoints{QUrl()});
        QSignalSpy loggedIn(&auth, &AuthService::loggedIn);
        QSignalSpy failed(&auth, &AuthService::failed);
        server.answer(seedLogin);
        auth.prepareConnection(); // no origin yet: nothing to open
        auth.logIn(QStringLiteral("alice"), QStringLiteral("correct horse"));
        QTest::qWait(200);
        QVERIFY(server.requests.isEmpty());
        QVERIFY(loggedIn.isEmpty() && failed.isEmpty());
        auth.setOrigin(server.origin());
        QTRY_COMPARE(loggedIn.count(), 1);
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests.constFirst().path, QByteArray("/api/auth/login"));
        QVERIFY(failed.isEmpty());

        // Aborted while waiting, it is never sent.
        BackendAuthService later(&http, BackendEndpoints{QUrl()});
        later.logIn(QStringLiteral("alice"), QStringLiteral("correct horse"));
        later.abort();
        later.setOrigin(server.origin());
        QTest::qWait(200);
        QCOMPARE(server.requests.size(), 1);
    }

    void extensionsAreSentOnlyWhenAnnounced()
    {
        Harness h;
        QVERIFY(h.logIn(extendedLogin));
        const BackendExtensions extensions = h.auth.extensions();
        QVERIFY(extensions.announced && extensions.channels && extensions.locale && extensions.numberOnFile &&
                extensions.assertion && !extensions.deviceTrust);

        h.server.answer(CannedServer::json(200, R"({"message":"sent","status":"pending","channel":"call"})"));
        h.auth.sendCode(std::nullopt, Channel::Call);
        QVERIFY(h.waitForAnswer());
        QCOMPARE(h.codeSent.first().at(0).value<CodeSentResult>().channel, Channel::Call);
        const QJsonObject sent = h.server.requests.at(1).json();
        QCOMPARE(sent.value(QLatin1String("useNumberOnFile")), QJsonValue(true));
        QVERIFY(!sent.contains(QLatin1String("phoneNumber")));
        QCOMPARE(sent.value(QLatin1String("channel")).toString(), QStringLiteral("call"));
        QCOMPARE(sent.value(QLatin1String("locale")).toString(), QStringLiteral("en")); // LC_ALL=C: English

        h.codeSent.clear();
        h.server.answer(
            CannedServer::json(200, R"({"message":"ok","verified":true,"assertion":"eyJh.eyJz.c2ln"})"));
        h.auth.checkCode(std::nullopt, QStringLiteral("123456"));
        QVERIFY(h.waitForAnswer());
        QCOMPARE(h.codeApproved.count(), 1);
        QCOMPARE(h.server.requests.at(2).json(),
                 QJsonObject({{QStringLiteral("code"), QStringLiteral("123456")},
                              {QStringLiteral("useNumberOnFile"), true}}));
        QCOMPARE(h.auth.lastAssertion(), QByteArray("eyJh.eyJz.c2ln"));
        h.auth.signOut();
        QVERIFY(h.auth.lastAssertion().isEmpty());
    }

    void deviceTrustCapabilityIsRead_data()
    {
        QTest::addColumn<QByteArray>("capability");
        QTest::addColumn<bool>("offered");
        QTest::addColumn<int>("days");
        QTest::newRow("days") << QByteArray(R"("deviceTrust":{"days":30})") << true << 30;
        QTest::newRow("server decides") << QByteArray(R"("deviceTrust":true)") << true << 0;
        QTest::newRow("off") << QByteArray(R"("deviceTrust":false)") << false << 0;
        QTest::newRow("absent") << QByteArray(R"("locale":true)") << false << 0;
        QTest::newRow("zero days") << QByteArray(R"("deviceTrust":{"days":0})") << false << 0;
    }
    void deviceTrustCapabilityIsRead()
    {
        QFETCH(QByteArray, capability);
        QFETCH(bool, offered);
        QFETCH(int, days);
        LoginResult result;
        BackendExtensions extensions;
        QVERIFY(BackendAuthService::parseLoginAnswer(
            R"({"username":"alice","capabilities":{)" + capability + "}}", &result, &extensions));
        QCOMPARE(extensions.deviceTrust, offered);
        QCOMPARE(result.capabilities.deviceTrust, offered);
        QCOMPARE(result.capabilities.deviceTrustDays, days);
    }

    void rememberedDeviceIsAskedForPresentedAndForgotten()
    {
        Harness h;
        QVERIFY(h.logIn(
            CannedServer::json(200, R"({"username":"alice","capabilities":{"deviceTrust":{"days":30}}})")));
        QVERIFY(!h.server.requests.at(0).json().contains(QLatin1String("deviceToken"))); // none presented

        h.auth.setRememberDevice(true);
        h.server.answer(CannedServer::json(200, R"({"verified":true,"deviceToken":"dt_abc-123",)"
                                                R"("deviceTokenExpiresAt":"2026-02-01T12:00:00Z"})"));
        h.auth.checkCode(testing::e164(QStringLiteral("+12025550142")), QStringLiteral("123456"));
        QVERIFY(h.waitForAnswer());
        QCOMPARE(h.codeApproved.count(), 1);
        QCOMPARE(h.server.requests.at(1).json().value(QLatin1String("rememberDevice")), QJsonValue(true));
        QCOMPARE(h.auth.issuedDeviceToken().token, QByteArray("dt_abc-123"));
        QCOMPARE(h.auth.issuedDeviceToken().expiresAt, QDateTime(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC));

        // The next login presents the token once; the answer says whether it still counts.
        h.codeApproved.clear();
        h.server.answer(CannedServer::json(
            200, R"({"username":"alice","deviceTrusted":true,"capabilities":{"deviceTrust":{"days":30}}})"));
        h.auth.presentDeviceToken("dt_abc-123");
        h.auth.logIn(QStringLiteral("alice"), QStringLiteral("correct horse"));
        QVERIFY(h.waitForAnswer());
        QVERIFY(h.loggedIn.first().at(0).value<LoginResult>().deviceTrusted);
        QCOMPARE(h.server.requests.at(2).json().value(QLatin1String("deviceToken")).toString(),
                 QStringLiteral("dt_abc-123"));
        QVERIFY(h.auth.issuedDeviceToken().token.isEmpty()); // a new sign-in forgets the last one

        // Signing out asks the backend to forget this device too.
        h.server.answer(CannedServer::json(200, R"({"message":"Signed out"})"));
        h.auth.signOut();
        QTRY_COMPARE(h.server.requests.size(), 4);
        QCOMPARE(h.server.requests.at(3).path, QByteArray("/api/auth/logout"));
        QCOMPARE(h.server.requests.at(3).json(), QJsonObject({{QStringLiteral("forgetDevice"), true}}));

        // Presented once only: a later login without presenting sends none.
        h.loggedIn.clear();
        QVERIFY(h.logIn(CannedServer::json(200, R"({"username":"alice"})")));
        QVERIFY(!h.server.requests.at(4).json().contains(QLatin1String("deviceToken")));
    }

    void deviceTrustIsNeverAskedOfABackendThatDidNotAnnounceIt()
    {
        Harness h;
        QVERIFY(h.logIn(seedLogin));
        h.auth.setRememberDevice(true);
        h.server.answer(CannedServer::json(200, R"({"verified":true,"deviceToken":"dt_unasked"})"));
        h.auth.checkCode(testing::e164(QStringLiteral("+12025550142")), QStringLiteral("123456"));
        QVERIFY(h.waitForAnswer());
        QCOMPARE(h.codeApproved.count(), 1);
        QVERIFY(!h.server.requests.at(1).json().contains(QLatin1String("rememberDevice")));
        QVERIFY(h.auth.issuedDeviceToken().token.isEmpty());
        h.server.answer(CannedServer::json(200, R"({"message":"Signed out"})"));
        h.auth.signOut();
        QTRY_COMPARE(h.server.requests.size(), 3);
        QCOMPARE(h.server.requests.at(2).json(), QJsonObject());
    }

    void anUnusableDeviceTokenIsNotKept()
    {
        Harness h;
        QVERIFY(
            h.logIn(CannedServer::json(200, R"({"username":"alice","capabilities":{"deviceTrust":true}})")));
        h.auth.setRememberDevice(true);
        h.server.answer(
            CannedServer::json(200, R"({"verified":true,"deviceToken":"has spaces\nand a newline"})"));
        h.auth.checkCode(testing::e164(QStringLiteral("+12025550142")), QStringLiteral("123456"));
        QVERIFY(h.waitForAnswer());
        QCOMPARE(h.codeApproved.count(), 1); // the sign-in still succeeds; the device is not remembered
        QVERIFY(h.auth.issuedDeviceToken().token.isEmpty());
    }

    void channelsWithoutLocaleSendNoLocale()
    {
        Harness h;
        QVERIFY(
            h.logIn(CannedServer::json(200, R"({"username":"alice","capabilities":{"channels":["sms"]}})")));
        h.server.answer(CannedServer::json(200, R"({"message":"sent","status":"pending"})"));
        h.auth.sendCode(testing::e164(QStringLiteral("+12025550142")), Channel::Sms);
        QVERIFY(h.waitForAnswer());
        QCOMPARE(h.server.requests.at(1).json(),
                 QJsonObject({{QStringLiteral("phoneNumber"), QStringLiteral("+12025550142")},
                              {QStringLiteral("channel"), QStringLiteral("sms")}}));
    }

    // Auth/CodeLength fills in what the backend does not say; what it says wins.
    void theDefaultCodeLengthFillsInAnUnknownLength_data()
    {
        QTest::addColumn<int>("defaultLength");
        QTest::newRow("from settings") << 6;
        QTest::newRow("none: stays unknown") << 0;
    }

    void theDefaultCodeLengthFillsInAnUnknownLength()
    {
        QFETCH(int, defaultLength);
        Harness h;
        h.auth.setDefaultCodeLength(defaultLength);
        QCOMPARE(h.loginResult(seedLogin).capabilities.codeLength, defaultLength);
        QCOMPARE(
            h.codeSentResult(CannedServer::json(200, R"({"message":"sent","status":"pending"})")).codeLength,
            defaultLength);
    }

    void theBackendsCodeLengthWinsOverTheDefault()
    {
        Harness h;
        h.auth.setDefaultCodeLength(6);
        const QByteArray login = CannedServer::json(
            200, R"({"message":"Signed in","username":"alice","capabilities":{"codeLength":8}})");
        QCOMPARE(h.loginResult(login).capabilities.codeLength, 8);
        const CodeSentResult sent = h.codeSentResult(
            CannedServer::json(200,
                               R"({"message":"sent","status":"pending","channel":"call","codeLength":8})"),
            Channel::Call);
        QCOMPARE(sent.codeLength, 8);
        QCOMPARE(sent.channel, Channel::Call);
    }

    void numberOnFileIsNeverAssumed()
    {
        Harness h;
        QVERIFY(h.logIn(seedLogin));
        h.auth.sendCode(std::nullopt, Channel::Sms);
        QVERIFY(h.waitForAnswer());
        QCOMPARE(h.error().kind, AuthError::Kind::InvalidPhoneNumber);
        QCOMPARE(h.server.requests.size(), 1); // refused here; nothing was sent
    }

    void impossibleNumbersAreRefusedLocallyAndAsynchronously()
    {
        // An impossible number never becomes an E164Number, so it cannot reach the service; the parser says
        // why, in words for the user.
        const PhoneNumber impossible = PhoneNumber::parse(QStringLiteral("+1 555"), QStringLiteral("US"));
        QVERIFY(!impossible.number());
        QVERIFY(!impossible.problemText().isEmpty());
        // What the service itself refuses (no number and none on file) leaves no request and is answered
        // asynchronously, like every answer.
        Harness h;
        h.auth.sendCode(std::nullopt, Channel::Sms);
        QCOMPARE(h.failed.count(), 0);
        QVERIFY(h.waitForAnswer());
        QCOMPARE(h.error().kind, AuthError::Kind::InvalidPhoneNumber);
        QVERIFY(!h.error().userMessage().isEmpty());
        QVERIFY(h.server.requests.isEmpty());
    }

    void answersBecomeErrors_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<AuthError::Kind>("kind");
        QTest::addColumn<QString>("serverMessage");
        QTest::addColumn<bool>("showServerText");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<QString>("messageContains");

        using K = AuthError::Kind;
        const QByteArray proxyPage =
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
            "</body>\r\n</html>\r\n";
        QTest::newRow("html 502 from a proxy")
            << "send" << CannedServer::reply(502, "Bad Gateway", proxyPage, {"Content-Type: text/html"})
            << K::ServerError << QString() << false << -1 << QStringLiteral("problem");
        QTest::newRow("empty 500") << "send"
                                   << CannedServer::reply(500, "Internal Server Error", QByteArray())
                                   << K::ServerError << QString() << false << -1 << QString();
        QTest::newRow("empty 500 on a check")
            << "check" << CannedServer::reply(500, "Internal Server Error", QByteArray()) << K::ServerError
            << QString() << false << -1 << QString();
        QTest::newRow("seed 500 with undefined error")
            << "check" << CannedServer::json(500, "{}") << K::ServerError << QString() << false << -1
            << QString();
        // express-rate-limit v7 defaults: res.send(text) is text/html, legacy X-RateLimit-* and Retry-After.
        const QString limiterText = QStringLiteral("Too many verification attempts, please try again later.");
        QTest::newRow("express-rate-limit 429")
            << "send"
            << CannedServer::reply(429, "Too Many Requests", limiterText.toUtf8(),
                                   {"Content-Type: text/html; charset=utf-8", "X-RateLimit-Limit: 3",
                                    "X-RateLimit-Remaining: 0", "X-RateLimit-Reset: 1900000000",
                                    "Retry-After: 900"})
            << K::RateLimited << limiterText << false << 900 << limiterText;
        QTest::newRow("429 text/plain, draft-6 headers")
            << "send"
            << CannedServer::reply(429, "Too Many Requests", "Slow down.",
                                   {"Content-Type: text/plain", "RateLimit-Limit: 3", "RateLimit-Reset: 120"})
            << K::RateLimited << QStringLiteral("Slow down.") << false << 120 << QStringLiteral("Slow down.");
        QTest::newRow("429 json, draft-7 header")
            << "check"
            << CannedServer::json(429, R"({"error":"Too many codes."})",
                                  {"RateLimit: limit=5, remaining=0, reset=60"})
            << K::RateLimited << QStringLiteral("Too many codes.") << false << 60
            << QStringLiteral("1 minute");
        QTest::newRow("429 html page") << "send"
                                       << CannedServer::reply(429, "Too Many Requests", proxyPage,
                                                              {"Content-Type: text/html", "Retry-After: 30"})
                                       << K::RateLimited << QString() << false << 30 << QStringLiteral("30");
        QTest::newRow("relayed text on send (60203 in the seed)")
            << "send" << CannedServer::json(500, R"({"error":"Max send attempts reached"})") << K::ServerError
            << QStringLiteral("Max send attempts reached") << true << -1
            << QStringLiteral("Max send attempts reached");
        QTest::newRow("relayed text on a check (20404 in the seed)")
            << "check"
            << CannedServer::json(
                   500, R"({"error":"The requested resource /Services/VA0/VerificationCheck was not found"})")
            << K::CodeExpired
            << QStringLiteral("The requested resource /Services/VA0/VerificationCheck was not found") << true
            << -1 << QStringLiteral("Send a new code.");
        QTest::newRow("relayed 60202 with its code")
            << "check" << CannedServer::json(500, R"({"error":"Max check attempts reached","code":60202})")
            << K::TooManyChecks << QStringLiteral("Max check attempts reached") << false << -1
            << QStringLiteral("Too many wrong codes.");
        QTest::newRow("relayed 60203 with its code")
            << "send" << CannedServer::json(500, R"({"error":"Max send attempts reached","code":60203})")
            << K::TooManySends << QStringLiteral("Max send attempts reached") << false << -1
            << QStringLiteral("Too many codes were sent");
        QTest::newRow("relayed 20404 with its code")
            << "check" << CannedServer::json(500, R"({"error":"not found","code":20404})") << K::CodeExpired
            << QStringLiteral("not found") << false << -1 << QStringLiteral("Send a new code.");
        QTest::newRow("relayed 60205 keeps our sentence")
            << "send" << CannedServer::json(500, R"({"error":"SMS is not supported","code":60205})")
            << K::LandlineNoSms << QString() << false << -1 << QStringLiteral("phone call");
        QTest::newRow("wrong code") << "check"
                                    << CannedServer::json(
                                           400, R"({"error":"Invalid verification code","verified":false})")
                                    << K::WrongCode << QString() << false << -1 << QString();
        QTest::newRow("verified false in a 200")
            << "check" << CannedServer::json(200, R"({"verified":false})") << K::WrongCode << QString()
            << false << -1 << QString();
        QTest::newRow("malformed json approval") << "check" << CannedServer::json(200, R"({"verified":tru)")
                                                 << K::BadResponse << QString() << false << -1 << QString();
        QTest::newRow("missing fields on a check")
            << "check"
            << CannedServer::json(400, R"({"error":"Phone number and verification code are required"})")
            << K::InvalidParameter << QStringLiteral("Phone number and verification code are required")
            << false << -1 << QString();
        QTest::newRow("seed regex refusal")
            << "send"
            << CannedServer::json(400,
                                  R"x({"error":"Invalid phone number. Use E.164 format (+1234567890)"})x")
            << K::InvalidPhoneNumber << QStringLiteral("Invalid phone number. Use E.164 format (+1234567890)")
            << false << -1 << QStringLiteral("E.164");
        QTest::newRow("not signed in") << "send" << CannedServer::json(401, R"({"error":"Not signed in"})")
                                       << K::SessionExpired << QString() << false << -1 << QString();
        QTest::newRow("number not on file")
            << "send"
            << CannedServer::json(403, R"({"error":"This number is not registered for your account"})")
            << K::NumberNotOnFile << QStringLiteral("This number is not registered for your account") << false
            << -1 << QString();
        QTest::newRow("express 404 page")
            << "send"
            << CannedServer::reply(404, "Not Found",
                                   "<!DOCTYPE html><pre>Cannot POST /api/auth/send-code</pre>",
                                   {"Content-Type: text/html; charset=utf-8"})
            << K::ConfigurationProblem
            << QStringLiteral(
                   "The server has no sign-in API at this address (HTTP 404). Check the server setting.")
            << false << -1 << QStringLiteral("404");
        QTest::newRow("3xx to another origin")
            << "send"
            << CannedServer::reply(302, "Found", QByteArray(), {"Location: https://evil.example.org/x"})
            << K::Redirected << QString() << false << -1 << QString();
        const auto unreadable = [](const char *name, const char *call, const QByteArray &answer) {
            QTest::newRow(name) << QString::fromLatin1(call) << answer << K::BadResponse << QString() << false
                                << -1 << QStringLiteral("cannot read");
        };
        // A 2xx is success only as the expected JSON: a code may have gone out, but nobody may say so.
        unreadable("html 200 on send", "send",
                   CannedServer::reply(200, "OK", "<html>Welcome to the guest Wi-Fi</html>",
                                       {"Content-Type: text/html"}));
        unreadable("truncated json 200 on send", "send",
                   CannedServer::json(200, "{\"message\":\"Verification code sent successf"));
        unreadable("empty 200 on send", "send", CannedServer::reply(200, "OK", QByteArray()));
        unreadable("json array 200 on send", "send", CannedServer::json(200, "[]"));
        unreadable("json without message or status on send", "send", CannedServer::json(200, R"({"ok":1})"));
        unreadable("wrong types on send", "send", CannedServer::json(200, R"({"message":1,"status":true})"));
        unreadable("html 200 on check", "check", CannedServer::reply(200, "OK", "<html>Sign in</html>"));
        unreadable("verified as text on check", "check", CannedServer::json(200, R"({"verified":"true"})"));
        QTest::newRow("3xx on plain http, same host")
            << "check"
            << CannedServer::reply(307, "Temporary Redirect", QByteArray(), {"Location: /api/v2/verify"})
            << K::Redirected << QString() << false << -1 << QString();
    }

    void answersBecomeErrors()
    {
        QFETCH(QString, call);
        QFETCH(QByteArray, answer);
        QFETCH(AuthError::Kind, kind);
        QFETCH(QString, serverMessage);
        QFETCH(bool, showServerText);
        QFETCH(int, retryAfter);
        QFETCH(QString, messageContains);

        Harness h;
        QVERIFY(h.logIn(seedLogin));
        h.server.answer(answer);
        if (call == QLatin1String("send")) {
            h.auth.sendCode(testing::e164(QStringLiteral("+12025550142")), Channel::Sms);
        } else {
            h.auth.checkCode(testing::e164(QStringLiteral("+12025550142")), QStringLiteral("123456"));
        }
        QVERIFY(h.waitForAnswer());
        QCOMPARE(h.failed.count(), 1);
        const AuthError error = h.error();
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.serverMessage, serverMessage);
        QCOMPARE(error.showServerText, showServerText);
        QCOMPARE(error.retryAfterSeconds, retryAfter);
        QVERIFY(error.httpStatus >= 200);
        const QString message = error.userMessage();
        QVERIFY2(message.contains(messageContains), qPrintable(message));
        QVERIFY2(!message.contains(u'<') && !message.contains(QLatin1String("nginx")), qPrintable(message));
        QCOMPARE(h.server.requests.size(), 2); // a redirect was not followed
    }

    void loginErrors()
    {
        Harness h;
        h.server.answer(CannedServer::json(401, R"({"error":"Invalid username or password"})"));
        h.auth.logIn(QStringLiteral("alice"), QStringLiteral("wrong"));
        QVERIFY(h.waitForAnswer());
        QCOMPARE(h.error().kind, AuthError::Kind::InvalidCredentials);

        Harness garbled;
        garbled.server.answer(CannedServer::json(200, "{\"username\": \"alice\","));
        garbled.auth.logIn(QStringLiteral("alice"), QStringLiteral("pw"));
        QVERIFY(garbled.waitForAnswer());
        QCOMPARE(garbled.error().kind, AuthError::Kind::BadResponse);

        Harness mistyped; // JSON, but not a login answer
        mistyped.server.answer(CannedServer::json(200, R"({"username":["alice"],"capabilities":"all"})"));
        mistyped.auth.logIn(QStringLiteral("alice"), QStringLiteral("pw"));
        QVERIFY(mistyped.waitForAnswer());
        QCOMPARE(mistyped.error().kind, AuthError::Kind::BadResponse);
        QCOMPARE(mistyped.error().httpStatus, 200);

        Harness portal; // a captive portal's 200 page
        portal.server.answer(CannedServer::reply(200, "OK", "<html>Sign in to the Wi-Fi</html>"));
        portal.auth.logIn(QStringLiteral("alice"), QStringLiteral("pw"));
        QVERIFY(portal.waitForAnswer());
        QCOMPARE(portal.error().kind, AuthError::Kind::BadResponse);
    }

    void resumeCarriesTheCookieAndForgetsQuietlyWithoutTheRoute()
    {
        Harness h;
        h.server.answer(CannedServer::reply(404, "Not Found", "<pre>Cannot GET /api/auth/login</pre>"));
        h.auth.resumeSession("connect.sid=s%3Aremembered; path=/");
        QVERIFY(h.waitForAnswer());
        QCOMPARE(h.error().kind, AuthError::Kind::SessionExpired);
        const RecordedRequest resume = h.server.requests.constFirst();
        QCOMPARE(resume.method, QByteArray("GET"));
        QCOMPARE(resume.path, QByteArray("/api/auth/login"));
        QVERIFY(resume.header("Cookie").contains("connect.sid=s%3Aremembered"));
    }

    void aRestoredSessionIsOneCookieReplacedWhenTheServerRotatesIt_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("host name") << QStringLiteral("localhost"); // where Qt keys a restored cookie apart
        QTest::newRow("address") << QStringLiteral("127.0.0.1");
    }
    void aRestoredSessionIsOneCookieReplacedWhenTheServerRotatesIt()
    {
        QFETCH(QString, host);
        ScriptedHttpServer server;
        QUrl origin = server.url();
        origin.setHost(host);
        const auto cookieHeaders = [&server] {
            QList<QByteArray> headers;
            for (const ReceivedRequest &request : server.requests()) {
                headers.append(request.header("Cookie"));
            }
            return headers;
        };

        // The first run signs in with "Remember me": the session token is what the jar kept.
        QByteArray sessionToken;
        {
            server.enqueue(ScriptedAnswer::json(200, R"({"username":"alice"})",
                                                {{"Set-Cookie", "connect.sid=S1; Path=/; HttpOnly"}}));
            QNetworkAccessManager network;
            HttpClient http(&network);
            BackendAuthService auth(&http, BackendEndpoints{origin});
            QSignalSpy loggedIn(&auth, &AuthService::loggedIn);
            auth.logIn(QStringLiteral("alice"), QStringLiteral("correct horse"));
            QVERIFY(loggedIn.wait(10000));
            sessionToken = loggedIn.first().at(0).value<LoginResult>().sessionToken;
            QVERIFY(sessionToken.contains("connect.sid=S1"));
        }

        // The next run resumes it; the server has forgotten it, the user signs in again and the server sets a
        // new session cookie, which alone must go with send-code.
        server.enqueue(ScriptedAnswer::json(401, R"({"error":"Not signed in"})"));
        server.enqueue(ScriptedAnswer::json(200, R"({"username":"alice"})",
                                            {{"Set-Cookie", "connect.sid=S2; Path=/; HttpOnly"}}));
        server.enqueue(ScriptedAnswer::json(200, R"({"message":"sent","status":"pending"})"));
        QNetworkAccessManager network;
        HttpClient http(&network);
        BackendAuthService auth(&http, BackendEndpoints{origin});
        QSignalSpy failed(&auth, &AuthService::failed);
        QSignalSpy loggedIn(&auth, &AuthService::loggedIn);
        QSignalSpy codeSent(&auth, &AuthService::codeSent);
        auth.resumeSession(sessionToken);
        QVERIFY(failed.wait(10000));
        auth.logIn(QStringLiteral("alice"), QStringLiteral("correct horse"));
        QVERIFY(loggedIn.wait(10000));
        auth.sendCode(testing::e164(QStringLiteral("+12025550142")), Channel::Sms);
        QVERIFY(codeSent.wait(10000));

        const QList<QByteArray> cookies = cookieHeaders();
        QCOMPARE(cookies.size(), 4);
        QCOMPARE(cookies.at(1), QByteArray("connect.sid=S1")); // the resume: restored exactly once
        QCOMPARE(cookies.at(3), QByteArray("connect.sid=S2")); // send-code: the new one alone
        // What a later "Remember me" keeps is the new session, once.
        QCOMPARE(loggedIn.first().at(0).value<LoginResult>().sessionToken.count("connect.sid="), 1);
    }

    void aSignInAnswerIsCappedBelowTheGeneralCap_data()
    {
        QTest::addColumn<qint64>("padding");
        QTest::addColumn<bool>("tooLarge");
        // Valid JSON either way: only its size decides.
        QTest::newRow("within the cap") << qint64(BackendAuthService::maxAnswerBytes - 64) << false;
        QTest::newRow("over it, under the general cap")
            << qint64(BackendAuthService::maxAnswerBytes + 1) << true;
    }

    void aSignInAnswerIsCappedBelowTheGeneralCap()
    {
        QFETCH(qint64, padding);
        QFETCH(bool, tooLarge);
        QVERIFY(BackendAuthService::maxAnswerBytes + 1 < HttpRequest::defaultMaxResponseBytes);
        ScriptedHttpServer server;
        server.enqueue(ScriptedAnswer::json(200, "{\"username\":\"alice\",\"note\":\"" +
                                                     QByteArray(padding, 'x') + "\"}"));
        QNetworkAccessManager network;
        HttpClient http(&network);
        BackendAuthService auth(&http, BackendEndpoints{server.url()});
        QSignalSpy failed(&auth, &AuthService::failed);
        QSignalSpy loggedIn(&auth, &AuthService::loggedIn);
        auth.logIn(QStringLiteral("alice"), QStringLiteral("correct horse"));
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() + loggedIn.size() == 1, 10000);
        if (tooLarge) {
            QCOMPARE(failed.size(), 1);
            QCOMPARE(failed.first().at(0).value<AuthError>().kind, AuthError::Kind::ResponseTooLarge);
        } else {
            QCOMPARE(loggedIn.size(), 1);
        }
    }

    void abortAnswersNothing()
    {
        Harness h;
        h.auth.sendCode(std::nullopt, Channel::Sms); // a local refusal (no number on file), pending
        h.auth.abort();
        h.server.answer(seedLogin);
        h.auth.logIn(QStringLiteral("alice"), QStringLiteral("pw"));
        h.auth.abort();
        QTest::qWait(200);
        QCOMPARE(h.answers(), 0);
    }

    void redirectDecision_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("location");
        QTest::addColumn<QString>("target");

        const QString origin = QStringLiteral("https://auth.example.org");
        const QString from = QStringLiteral("https://auth.example.org/api/auth/login");
        QTest::newRow("relative path") << origin << from << 307 << QByteArray("/v2/auth/login")
                                       << QStringLiteral("https://auth.example.org/v2/auth/login");
        QTest::newRow("absolute same origin")
            << origin << from << 308 << QByteArray("https://auth.example.org/api/auth/login/")
            << QStringLiteral("https://auth.example.org/api/auth/login/");
        QTest::newRow("explicit default port")
            << origin << from << 302 << QByteArray("https://AUTH.example.org:443/x#frag")
            << QStringLiteral("https://auth.example.org:443/x");
        QTest::newRow("303") << origin << from << 303 << QByteArray("login")
                             << QStringLiteral("https://auth.example.org/api/auth/login");
        QTest::newRow("other host") << origin << from << 302 << QByteArray("https://evil.example.org/api")
                                    << QString();
        QTest::newRow("subdomain") << origin << from << 302 << QByteArray("https://sso.auth.example.org/")
                                   << QString();
        QTest::newRow("other port") << origin << from << 307
                                    << QByteArray("https://auth.example.org:8443/api") << QString();
        QTest::newRow("downgrade to http")
            << origin << from << 301 << QByteArray("http://auth.example.org/api") << QString();
        QTest::newRow("protocol-relative elsewhere")
            << origin << from << 302 << QByteArray("//evil.example.org/a") << QString();
        QTest::newRow("credentials in the url")
            << origin << from << 302 << QByteArray("https://user:pw@auth.example.org/a") << QString();
        QTest::newRow("no location") << origin << from << 302 << QByteArray() << QString();
        QTest::newRow("not a redirect status") << origin << from << 300 << QByteArray("/x") << QString();
        QTest::newRow("304") << origin << from << 304 << QByteArray("/x") << QString();
        QTest::newRow("plain http origin")
            << QStringLiteral("http://127.0.0.1:8080")
            << QStringLiteral("http://127.0.0.1:8080/api/auth/login") << 307 << QByteArray("/x") << QString();
        QTest::newRow("javascript") << origin << from << 302 << QByteArray("javascript:alert(1)")
                                    << QString();
    }

    void redirectDecision()
    {
        QFETCH(QString, origin);
        QFETCH(QString, from);
        QFETCH(int, status);
        QFETCH(QByteArray, location);
        QFETCH(QString, target);
        HttpResponse response;
        response.status = status;
        if (!location.isEmpty()) {
            response.headers.append({"Location", location});
        }
        const QUrl decided = BackendAuthService::redirectTarget(QUrl(origin), QUrl(from), response);
        QCOMPARE(decided.toString(), target);
    }

    void aPostIsSentOnceWhateverRedirectItGets_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<int>("status");
        for (const char *call : {"login", "send", "check"}) {
            for (int status : {301, 302, 303, 307, 308}) {
                QTest::addRow("%s %d", call, status) << QString::fromLatin1(call) << status;
            }
        }
    }
    void aPostIsSentOnceWhateverRedirectItGets()
    {
        // A same-origin https loop: before, send-code went out four times (the first and three hops).
        QFETCH(QString, call);
        QFETCH(int, status);
        Harness h(true);
        for (int i = 0; i < 4; ++i) {
            h.server.answer(
                CannedServer::reply(status, "Moved", QByteArray(), {"Location: /api/auth/again"}));
        }
        if (call == QLatin1String("login")) {
            h.auth.logIn(QStringLiteral("alice"), QStringLiteral("correct horse"));
        } else if (call == QLatin1String("send")) {
            h.auth.sendCode(testing::e164(QStringLiteral("+12025550142")), Channel::Sms);
        } else {
            h.auth.checkCode(testing::e164(QStringLiteral("+12025550142")), QStringLiteral("123456"));
        }
        QVERIFY(h.waitForAnswer());
        QCOMPARE(h.error().kind, AuthError::Kind::Redirected);
        QTest::qWait(100); // a re-sent POST would arrive now
        QCOMPARE(h.server.requests.size(), 1);
    }

    void aResumeFollowsSameOriginHttpsRedirects()
    {
        Harness h(true);
        h.server.answer(
            CannedServer::reply(307, "Temporary Redirect", QByteArray(), {"Location: /v2/login"}));
        h.server.answer(CannedServer::reply(303, "See Other", QByteArray(), {"Location: /v2/session"}));
        h.server.answer(seedLogin);
        h.auth.resumeSession("connect.sid=s%3Aremembered; path=/");
        QVERIFY(h.waitForAnswer());
        QCOMPARE(h.loggedIn.count(), 1);
        QCOMPARE(h.server.requests.size(), 3);
        QCOMPARE(h.server.requests.at(1).method, QByteArray("GET"));
        QCOMPARE(h.server.requests.at(1).path, QByteArray("/v2/login"));
        QCOMPARE(h.server.requests.at(2).method, QByteArray("GET"));
        QCOMPARE(h.server.requests.at(2).path, QByteArray("/v2/session"));
    }

    void redirectsStopAfterThreeHops()
    {
        Harness h(true);
        for (int i = 0; i < 4; ++i) {
            h.server.answer(CannedServer::reply(302, "Found", QByteArray(), {"Location: /loop"}));
        }
        h.auth.resumeSession("connect.sid=s%3Aremembered; path=/");
        QVERIFY(h.waitForAnswer());
        QCOMPARE(h.error().kind, AuthError::Kind::Redirected);
        QCOMPARE(h.server.requests.size(), 1 + BackendAuthService::maxRedirects);
    }

    void httpsRedirectToAnotherPortIsNotFollowed()
    {
        Harness h(true);
        h.server.answer(CannedServer::reply(307, "Temporary Redirect", QByteArray(),
                                            {"Location: https://127.0.0.1:1/api"}));
        h.auth.logIn(QStringLiteral("alice"), QStringLiteral("pw"));
        QVERIFY(h.waitForAnswer());
        QCOMPARE(h.error().kind, AuthError::Kind::Redirected);
        QCOMPARE(h.server.requests.size(), 1);
    }

    void readableTextNeverShowsMarkup()
    {
        HttpResponse response;
        response.status = 500;
        response.headers = {{"Content-Type", "text/plain"}};
        response.body = "line one\r\n\tline\x01two";
        QCOMPARE(BackendAuthService::readableText(response), QStringLiteral("line one line two"));
        response.body = QByteArray(5000, 'x');
        QCOMPARE(BackendAuthService::readableText(response), QString());
        response.body = "<p>hi</p>";
        QCOMPARE(BackendAuthService::readableText(response), QString());
        response.body = "\xff\xfe bad utf-8";
        QCOMPARE(BackendAuthService::readableText(response), QString());
        response.headers = {{"Content-Type", "application/octet-stream"}};
        response.body = "hello";
        QCOMPARE(BackendAuthService::readableText(response), QString());
        response.headers = {{"Content-Type", "application/json"}};
        response.body = QByteArray(R"({"error":")") + QByteArray(400, 'a') + "\"}";
        QCOMPARE(BackendAuthService::readableText(response).size(), 300);
    }

    void waitSecondsFromTheLegacyResetTime()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC);
        HttpResponse response;
        response.status = 429;
        response.headers = {{"X-RateLimit-Reset", "1900000090"}};
        QCOMPARE(BackendAuthService::waitSeconds(response, now), 90);
        response.headers = {{"RateLimit", R"("send-code"; r=0; t=42)"}};
        QCOMPARE(BackendAuthService::waitSeconds(response, now), 42);
        response.headers = {{"Retry-After", "7"}, {"RateLimit-Reset", "99"}};
        QCOMPARE(BackendAuthService::waitSeconds(response, now), 7);
        response.status = 500;
        response.headers = {{"RateLimit-Reset", "99"}};
        QCOMPARE(BackendAuthService::waitSeconds(response, now), -1);
    }
};

QTEST_GUILESS_MAIN(TestBackendAuthService)
#include "TestBackendAuthService.moc"
