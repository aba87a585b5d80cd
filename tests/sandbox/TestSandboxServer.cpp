// The sandbox over real HTTP on loopback: Verify v2's wire format and the backend's Express answers.

#include "BackendEmulator.h"
#include "Outbox.h"
#include "SandboxClock.h"
#include "SandboxServer.h"
#include "VerifyEmulator.h"
#include "WrongCode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace latchkey;
using latchkey::testing::wrongCodeFor;

namespace {

const QString number = QStringLiteral("+12025550142");

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QByteArray contentType;
    QList<QByteArray> setCookies;
};

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void verifyStartSendsACode();
    void verifyCheckWrongThenRight();
    void verifyFetchAndCancel();
    void verifySixthSendIs429();
    void verifyBadBasicAuth_data();
    void verifyBadBasicAuth();
    void verifyLiteralPlusIsASpace();
    void verifyUnknownService();
    void verifyServiceResource();
    void verifyCheckWithoutTarget();
    void verifyAcceptsAccountAndApiKeys();
    void verifyServiceSidIsConfigurable();
    void verifyLocalePicksTheMessageLanguage();
    void verifyMagicNumbers_data();
    void verifyMagicNumbers();
    void verifyCheckCodeMustBeAscii_data();
    void verifyCheckCodeMustBeAscii();

    void sandboxMessagesListsTheOutbox();
    void sandboxClockMovesTimeForward();
    void requestLogIsOptInAndKeepsNoCredentials();

    void backendLoginSetsCookie();
    void backendLoginFailures_data();
    void backendLoginFailures();
    void backendSendCodeNeedsSession();
    void backendSendCodeInvalidNumber();
    void backendSendCodeOtherNumberIsForbidden();
    void backendSendAndVerify();
    void backendEmailGoesToTheAddressOnFileOnly();
    void backendVerifyCodeNeedsFields();
    void backendVerifyErrorIs500WithCode();
    void backendMalformedJson();
    void backendLogout();

    void unknownRouteIs404Json_data();
    void unknownRouteIs404Json();

private:
    QUrl url(const QString &path) const { return m_server->baseUrl().resolved(QUrl(path)); }
    QString verifyPath(const QString &rest = QString()) const
    {
        return QStringLiteral("/v2/Services/") + SandboxServer::serviceSid() + rest;
    }
    Answer send(const QByteArray &method, const QString &path, const QByteArray &body = QByteArray(),
                const QByteArray &contentType = QByteArray(), const QByteArray &authorization = QByteArray());
    Answer twilio(const QByteArray &method, const QString &path, const QByteArray &form = QByteArray());
    Answer backend(const QByteArray &method, const QString &path, const QJsonObject &body = QJsonObject());
    void signIn();
    static QByteArray basic(const QString &user, const QString &password)
    {
        return "Basic " + (user + u':' + password).toUtf8().toBase64();
    }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestSandboxServer::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_server = std::make_unique<SandboxServer>(m_clock.get());
    QVERIFY(m_server->listen());
    QVERIFY(m_server->baseUrl().toString().startsWith(QLatin1String("http://127.0.0.1:")));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy); // loopback must never go through an environment proxy
}

void TestSandboxServer::cleanup()
{
    m_network.reset();
    m_server.reset();
    m_clock.reset();
}

Answer TestSandboxServer::send(const QByteArray &method, const QString &path, const QByteArray &body,
                               const QByteArray &contentType, const QByteArray &authorization)
{
    QNetworkRequest request(url(path));
    request.setTransferTimeout(5000);
    if (!contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    if (!authorization.isEmpty()) {
        request.setRawHeader("Authorization", authorization);
    }
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Answer answer;
    if (!finished.wait(5000)) {
        reply->deleteLater();
        return answer;
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    answer.contentType = reply->rawHeader("Content-Type");
    for (const auto &header : reply->rawHeaderPairs()) {
        if (header.first.compare("Set-Cookie", Qt::CaseInsensitive) == 0) {
            answer.setCookies.append(header.second.split('\n'));
        }
    }
    reply->deleteLater();
    return answer;
}

Answer TestSandboxServer::twilio(const QByteArray &method, const QString &path, const QByteArray &form)
{
    return send(method, path, form,
                method == "POST" ? QByteArray("application/x-www-form-urlencoded") : QByteArray(),
                basic(SandboxServer::apiKeySid(), SandboxServer::apiKeySecret()));
}

Answer TestSandboxServer::backend(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    if (method == "GET") {
        return send(method, path);
    }
    return send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
}

void TestSandboxServer::signIn()
{
    const DemoAccount demo = BackendEmulator::demoAccount();
    const Answer login =
        backend("POST", QStringLiteral("/api/auth/login"),
                {{QStringLiteral("username"), demo.username}, {QStringLiteral("password"), demo.password}});
    QCOMPARE(login.status, 200);
}

// ---- Verify v2 --------------------------------------------------------------------------------------

void TestSandboxServer::verifyStartSendsACode()
{
    const Answer answer =
        twilio("POST", verifyPath(QStringLiteral("/Verifications")), "To=%2B12025550142&Channel=sms");
    QCOMPARE(answer.status, 201);
    QCOMPARE(answer.contentType, QByteArray("application/json"));
    QCOMPARE(answer.json.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(answer.json.value(QLatin1String("to")).toString(), number);
    QCOMPARE(answer.json.value(QLatin1String("channel")).toString(), QStringLiteral("sms"));
    QCOMPARE(answer.json.value(QLatin1String("service_sid")).toString(), SandboxServer::serviceSid());
    QCOMPARE(answer.json.value(QLatin1String("valid")).toBool(true), false);
    QCOMPARE(answer.json.value(QLatin1String("date_created")).toString(),
             QStringLiteral("2026-01-01T12:00:00Z"));
    QVERIFY(QRegularExpression(QStringLiteral("^VE[0-9a-f]{32}$"))
                .match(answer.json.value(QLatin1String("sid")).toString())
                .hasMatch());
    QCOMPARE(answer.json.value(QLatin1String("send_code_attempts")).toArray().size(), 1);
    // Written without QJsonObject, and still byte for byte what QJsonDocument writes for the same fields.
    QCOMPARE(answer.body, QJsonDocument(answer.json).toJson(QJsonDocument::Compact));
    QCOMPARE(answer.json.keys().size(), 15);

    QCOMPARE(m_server->outbox()->messages().size(), 1);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{6}$"))
                .match(m_server->outbox()->lastCodeFor(number))
                .hasMatch());
}

void TestSandboxServer::verifyCheckWrongThenRight()
{
    twilio("POST", verifyPath(QStringLiteral("/Verifications")), "To=%2B12025550142&Channel=sms");
    const QString code = m_server->outbox()->lastCodeFor(number);
    QVERIFY(!code.isEmpty());

    const Answer wrong = twilio("POST", verifyPath(QStringLiteral("/VerificationCheck")),
                                "To=%2B12025550142&Code=" + wrongCodeFor(code).toLatin1());
    QCOMPARE(wrong.status, 200);
    QCOMPARE(wrong.json.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(wrong.json.value(QLatin1String("valid")).toBool(true), false);

    const Answer right = twilio("POST", verifyPath(QStringLiteral("/VerificationCheck")),
                                "To=%2B12025550142&Code=" + code.toLatin1());
    QCOMPARE(right.status, 200);
    QCOMPARE(right.json.value(QLatin1String("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(right.json.value(QLatin1String("valid")).toBool(), true);
    QCOMPARE(right.body, QJsonDocument(right.json).toJson(QJsonDocument::Compact));
    QCOMPARE(right.json.keys().size(), 12);

    const Answer again = twilio("POST", verifyPath(QStringLiteral("/VerificationCheck")),
                                "To=%2B12025550142&Code=" + code.toLatin1());
    QCOMPARE(again.status, 404);
    QCOMPARE(again.json.value(QLatin1String("code")).toInt(), 20404);
    QCOMPARE(again.json.value(QLatin1String("status")).toInt(), 404);
    QCOMPARE(again.json.value(QLatin1String("more_info")).toString(),
             QStringLiteral("https://www.twilio.com/docs/errors/20404"));
}

void TestSandboxServer::verifyFetchAndCancel()
{
    const Answer started =
        twilio("POST", verifyPath(QStringLiteral("/Verifications")), "To=%2B12025550142&Channel=call");
    const QString sid = started.json.value(QLatin1String("sid")).toString();
    const QString resource = verifyPath(QStringLiteral("/Verifications/")) + sid;

    const Answer fetched = twilio("GET", resource);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.json.value(QLatin1String("sid")).toString(), sid);
    QCOMPARE(fetched.json.value(QLatin1String("channel")).toString(), QStringLiteral("call"));
    QCOMPARE(fetched.json.value(QLatin1String("url")).toString(), url(resource).toString());

    const Answer canceled = twilio("POST", resource, "Status=canceled");
    QCOMPARE(canceled.status, 200);
    QCOMPARE(canceled.json.value(QLatin1String("status")).toString(), QStringLiteral("canceled"));

    const Answer gone = twilio("GET", resource);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.json.value(QLatin1String("code")).toInt(), 20404);
}

void TestSandboxServer::verifySixthSendIs429()
{
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(twilio("POST", verifyPath(QStringLiteral("/Verifications")), "To=%2B12025550142&Channel=sms")
                     .status,
                 201);
    }
    const Answer sixth =
        twilio("POST", verifyPath(QStringLiteral("/Verifications")), "To=%2B12025550142&Channel=sms");
    QCOMPARE(sixth.status, 429);
    QCOMPARE(sixth.json.value(QLatin1String("code")).toInt(), 60203);
    QCOMPARE(sixth.json.value(QLatin1String("status")).toInt(), 429);
}

void TestSandboxServer::verifyBadBasicAuth_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("wrong secret") << basic(SandboxServer::apiKeySid(), QStringLiteral("wrong"));
    QTest::newRow("wrong sid") << basic(QStringLiteral("SK00000000000000000000000000000000"),
                                        SandboxServer::apiKeySecret());
    QTest::newRow("not basic") << QByteArray("Bearer abc");
}

void TestSandboxServer::verifyBadBasicAuth()
{
    QFETCH(QByteArray, authorization);
    const Answer answer =
        send("POST", verifyPath(QStringLiteral("/Verifications")), "To=%2B12025550142&Channel=sms",
             "application/x-www-form-urlencoded", authorization);
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.json.value(QLatin1String("code")).toInt(), 20003);
    QCOMPARE(answer.json.value(QLatin1String("message")).toString(), QStringLiteral("Authenticate"));
    QCOMPARE(answer.json.value(QLatin1String("more_info")).toString(),
             QStringLiteral("https://www.twilio.com/docs/errors/20003"));
    QCOMPARE(answer.json.value(QLatin1String("status")).toInt(), 401);
    QVERIFY(m_server->outbox()->messages().isEmpty());
}

void TestSandboxServer::verifyLiteralPlusIsASpace()
{
    // What QUrlQuery produces: '+' left as is, which a form decoder reads as a space.
    const Answer answer =
        twilio("POST", verifyPath(QStringLiteral("/Verifications")), "To=+12025550142&Channel=sms");
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json.value(QLatin1String("code")).toInt(), 60200);
    QCOMPARE(answer.json.value(QLatin1String("message")).toString(), QStringLiteral("Invalid parameter: To"));
    QVERIFY(m_server->outbox()->messages().isEmpty());

    const Answer channel =
        twilio("POST", verifyPath(QStringLiteral("/Verifications")), "To=%2B12025550142&Channel=fax");
    QCOMPARE(channel.status, 400);
    QCOMPARE(channel.json.value(QLatin1String("message")).toString(),
             QStringLiteral("Invalid parameter: Channel"));
}

void TestSandboxServer::verifyUnknownService()
{
    const Answer answer =
        twilio("POST", QStringLiteral("/v2/Services/VA00000000000000000000000000000000/Verifications"),
               "To=%2B12025550142&Channel=sms");
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.json.value(QLatin1String("code")).toInt(), 20404);
    QCOMPARE(answer.json.value(QLatin1String("message")).toString(),
             QStringLiteral("The requested resource "
                            "/Services/VA00000000000000000000000000000000/Verifications was not found"));
    QVERIFY(m_server->outbox()->messages().isEmpty());
}

void TestSandboxServer::verifyServiceResource()
{
    m_server->verify()->setCodeLength(8);
    const Answer answer = twilio("GET", verifyPath());
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json.value(QLatin1String("sid")).toString(), SandboxServer::serviceSid());
    QCOMPARE(answer.json.value(QLatin1String("friendly_name")).toString(),
             QStringLiteral("Latchkey Sandbox"));
    QCOMPARE(answer.json.value(QLatin1String("code_length")).toInt(), 8);
}

void TestSandboxServer::verifyCheckWithoutTarget()
{
    const Answer answer = twilio("POST", verifyPath(QStringLiteral("/VerificationCheck")), "Code=123456");
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json.value(QLatin1String("code")).toInt(), 60221);
}

void TestSandboxServer::verifyAcceptsAccountAndApiKeys()
{
    const QByteArray form = "To=%2B12025550142&Channel=sms";
    const QString path = verifyPath(QStringLiteral("/Verifications"));
    const auto status = [&](const QByteArray &authorization) {
        return send("POST", path, form, "application/x-www-form-urlencoded", authorization).status;
    };
    QCOMPARE(status(basic(SandboxServer::accountSid(), SandboxServer::authToken())), 201);
    QCOMPARE(status("basic " +
                    (SandboxServer::apiKeySid() + u':' + SandboxServer::apiKeySecret()).toUtf8().toBase64()),
             201); // the scheme name is case-insensitive
    const QString key = QStringLiteral("SK22222222222222222222222222222222");
    QVERIFY(!m_server->addApiKey(QStringLiteral("SKshort"), QStringLiteral("x")));
    QVERIFY(!m_server->addApiKey(key, QString()));
    QCOMPARE(status(basic(key, QStringLiteral("second-secret"))), 401);
    QVERIFY(m_server->addApiKey(key, QStringLiteral("second-secret")));
    QCOMPARE(status(basic(key, QStringLiteral("second-secret"))), 201);

    const QString account = QStringLiteral("AC33333333333333333333333333333333");
    QVERIFY(!m_server->setAccount(QStringLiteral("AC33"), QStringLiteral("token")));
    QVERIFY(!m_server->setAccount(account, QString()));
    QVERIFY(m_server->setAccount(account, QStringLiteral("token")));
    QCOMPARE(status(basic(account, QStringLiteral("token"))), 201);
    QCOMPARE(status(basic(SandboxServer::accountSid(), SandboxServer::authToken())), 401);
    QCOMPARE(status(basic(account, SandboxServer::apiKeySecret())), 401);
    const Answer fetched = twilio("GET", verifyPath());
    QCOMPARE(fetched.json.value(QLatin1String("account_sid")).toString(), account);
}

void TestSandboxServer::verifyServiceSidIsConfigurable()
{
    const QString sid = QStringLiteral("VAabcdefabcdefabcdefabcdefabcdefab");
    QVERIFY(!m_server->setServiceSid(QStringLiteral("VA123")));
    QVERIFY(!m_server->setServiceSid(QStringLiteral("AC0123456789abcdef0123456789abcdef")));
    QVERIFY(m_server->setServiceSid(sid));
    QCOMPARE(twilio("GET", verifyPath()).status, 404);
    const Answer answer = twilio("POST", QStringLiteral("/v2/Services/%1/Verifications").arg(sid),
                                 "To=%2B12025550142&Channel=sms");
    QCOMPARE(answer.status, 201);
    QCOMPARE(answer.json.value(QLatin1String("service_sid")).toString(), sid);
}

void TestSandboxServer::verifyLocalePicksTheMessageLanguage()
{
    twilio("POST", verifyPath(QStringLiteral("/Verifications")), "To=%2B12025550142&Channel=sms&Locale=de");
    const OutboxMessage message = m_server->outbox()->messages().constLast();
    QCOMPARE(message.locale, QStringLiteral("de"));
    QCOMPARE(message.text,
             QStringLiteral("Ihr Latchkey Sandbox Bestätigungscode lautet: %1").arg(message.code));
}

void TestSandboxServer::verifyMagicNumbers_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::newRow("landline by sms") << QByteArray("To=%2B12025550100&Channel=sms") << 403 << 60205;
    QTest::newRow("landline by call") << QByteArray("To=%2B12025550100&Channel=call") << 201 << 0;
    QTest::newRow("undeliverable") << QByteArray("To=%2B12025550101&Channel=sms") << 400 << 60006;
    QTest::newRow("fraud guard prefix") << QByteArray("To=%2B12025550197&Channel=whatsapp") << 403 << 60410;
    QTest::newRow("geo-blocked country") << QByteArray("To=%2B5351234567&Channel=call") << 403 << 60605;
    QTest::newRow("email is not a phone") << QByteArray("To=user%40example.com&Channel=email") << 201 << 0;
}

void TestSandboxServer::verifyMagicNumbers()
{
    QFETCH(QByteArray, form);
    QFETCH(int, status);
    QFETCH(int, code);
    const Answer answer = twilio("POST", verifyPath(QStringLiteral("/Verifications")), form);
    QCOMPARE(answer.status, status);
    if (code == 0) {
        QCOMPARE(m_server->outbox()->messages().size(), 1);
        return;
    }
    QCOMPARE(answer.json.value(QLatin1String("code")).toInt(), code);
    QCOMPARE(answer.json.value(QLatin1String("status")).toInt(), status);
    QVERIFY(!answer.json.value(QLatin1String("message")).toString().isEmpty());
    QVERIFY(m_server->outbox()->messages().isEmpty());
}

void TestSandboxServer::verifyCheckCodeMustBeAscii_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("3") << QByteArray("123");
    QTest::newRow("11") << QByteArray("12345678901");
    QTest::newRow("arabic-indic") << QUrl::toPercentEncoding(QStringLiteral("١٢٣٤٥٦"));
    QTest::newRow("space") << QByteArray("123+456");
}

void TestSandboxServer::verifyCheckCodeMustBeAscii()
{
    QFETCH(QByteArray, code);
    twilio("POST", verifyPath(QStringLiteral("/Verifications")), "To=%2B12025550142&Channel=sms");
    const Answer answer =
        twilio("POST", verifyPath(QStringLiteral("/VerificationCheck")), "To=%2B12025550142&Code=" + code);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json.value(QLatin1String("code")).toInt(), 60200);
    QCOMPARE(answer.json.value(QLatin1String("message")).toString(),
             QStringLiteral("Invalid parameter: Code"));
}

// ---- sandbox controls -------------------------------------------------------------------------------

void TestSandboxServer::sandboxMessagesListsTheOutbox()
{
    QCOMPARE(send("GET", QStringLiteral("/sandbox/messages")).body, QByteArray("[]"));
    twilio("POST", verifyPath(QStringLiteral("/Verifications")), "To=%2B12025550142&Channel=sms&Locale=es");
    twilio("POST", verifyPath(QStringLiteral("/Verifications")), "To=user%40example.com&Channel=email");
    const Answer answer = send("GET", QStringLiteral("/sandbox/messages"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.contentType, QByteArray("application/json"));
    const QJsonArray messages = QJsonDocument::fromJson(answer.body).array();
    QCOMPARE(messages.size(), 2);
    const QJsonObject first = messages[0].toObject();
    QCOMPARE(first.value(QLatin1String("to")).toString(), number);
    QCOMPARE(first.value(QLatin1String("channel")).toString(), QStringLiteral("sms"));
    QCOMPARE(first.value(QLatin1String("code")).toString(), m_server->outbox()->lastCodeFor(number));
    QCOMPARE(first.value(QLatin1String("locale")).toString(), QStringLiteral("es"));
    QVERIFY(first.value(QLatin1String("text")).toString().startsWith(QStringLiteral("Tu código")));
    QCOMPARE(first.value(QLatin1String("date_created")).toString(), QStringLiteral("2026-01-01T12:00:00Z"));
    QCOMPARE(messages[1].toObject().value(QLatin1String("channel")).toString(), QStringLiteral("email"));
}

void TestSandboxServer::sandboxClockMovesTimeForward()
{
    twilio("POST", verifyPath(QStringLiteral("/Verifications")), "To=%2B12025550142&Channel=sms");
    const QString code = m_server->outbox()->lastCodeFor(number);
    const Answer moved = send("POST", QStringLiteral("/sandbox/clock"), "advance_seconds=600",
                              "application/x-www-form-urlencoded");
    QCOMPARE(moved.status, 200);
    QCOMPARE(moved.json.value(QLatin1String("now")).toString(), QStringLiteral("2026-01-01T12:10:00Z"));
    QCOMPARE(moved.json.value(QLatin1String("offset_seconds")).toInt(), 600);
    const Answer expired = twilio("POST", verifyPath(QStringLiteral("/VerificationCheck")),
                                  "To=%2B12025550142&Code=" + code.toLatin1());
    QCOMPARE(expired.status, 404);
    QCOMPARE(expired.json.value(QLatin1String("code")).toInt(), 20404);
    // The clock given to the server still moves it too.
    m_clock->advanceSeconds(60);
    QCOMPARE(m_server->clock()->now(), QDateTime(QDate(2026, 1, 1), QTime(12, 11), Qt::UTC));
    for (const QByteArray &bad :
         {QByteArray("advance_seconds=-5"), QByteArray("advance_seconds=soon"), QByteArray()}) {
        const Answer refused =
            send("POST", QStringLiteral("/sandbox/clock"), bad, "application/x-www-form-urlencoded");
        QCOMPARE(refused.status, 400);
    }
    QCOMPARE(m_server->clock()->offsetSeconds(), 600);
}

void TestSandboxServer::requestLogIsOptInAndKeepsNoCredentials()
{
    twilio("GET", verifyPath());
    QVERIFY(m_server->requestLog().isEmpty());
    m_server->setRequestLogEnabled(true);
    twilio("POST", verifyPath(QStringLiteral("/Verifications")), "To=%2B12025550142&Channel=sms");
    twilio("GET", QStringLiteral("/v2/Nothing"));
    const QList<SandboxExchange> log = m_server->requestLog();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log[0].route, QStringLiteral("verify.start"));
    QCOMPARE(log[0].method, QStringLiteral("POST"));
    QCOMPARE(log[0].requestBody, QByteArray("To=%2B12025550142&Channel=sms"));
    QCOMPARE(log[0].status, 201);
    QCOMPARE(log[1].route, QStringLiteral("missing"));
    QCOMPARE(log[1].status, 404);
    const QJsonObject json = log[0].toJson();
    QCOMPARE(json.value(QLatin1String("path")).toString(), verifyPath(QStringLiteral("/Verifications")));
    const QJsonObject request = json.value(QLatin1String("request")).toObject();
    QCOMPARE(
        request.value(QLatin1String("headers")).toObject().value(QLatin1String("content-type")).toString(),
        QStringLiteral("application/x-www-form-urlencoded"));
    QVERIFY(!request.value(QLatin1String("headers")).toObject().contains(QLatin1String("authorization")));
    QVERIFY(!QJsonDocument(json).toJson().contains(SandboxServer::apiKeySecret().toLatin1()));
    QCOMPARE(json.value(QLatin1String("response")).toObject().value(QLatin1String("status")).toInt(), 201);
    m_server->clearRequestLog();
    QVERIFY(m_server->requestLog().isEmpty());
}

// ---- backend ----------------------------------------------------------------------------------------

void TestSandboxServer::backendLoginSetsCookie()
{
    const DemoAccount demo = BackendEmulator::demoAccount();
    const Answer login =
        backend("POST", QStringLiteral("/api/auth/login"),
                {{QStringLiteral("username"), demo.username}, {QStringLiteral("password"), demo.password}});
    QCOMPARE(login.status, 200);
    QCOMPARE(login.contentType, QByteArray("application/json"));
    QCOMPARE(login.json.value(QLatin1String("message")).toString(), QStringLiteral("Signed in"));
    QCOMPARE(login.json.value(QLatin1String("username")).toString(), QStringLiteral("demo"));
    QCOMPARE(login.json.value(QLatin1String("displayName")).toString(), QStringLiteral("Demo User"));
    const QJsonObject capabilities = login.json.value(QLatin1String("capabilities")).toObject();
    QCOMPARE(capabilities.value(QLatin1String("channels")).toArray(),
             QJsonArray({QStringLiteral("sms"), QStringLiteral("call"), QStringLiteral("whatsapp"),
                         QStringLiteral("email")}));
    QCOMPARE(capabilities.value(QLatin1String("emailOnFile")).toString(), QStringLiteral("d•••@example.com"));
    QCOMPARE(capabilities.value(QLatin1String("codeLength")).toInt(), 6);
    QCOMPARE(capabilities.value(QLatin1String("numberOnFile")).toString(), QStringLiteral("+1 ••• ••• ••42"));

    QCOMPARE(login.setCookies.size(), 1);
    const QByteArray cookie = login.setCookies.constFirst();
    QVERIFY2(
        QRegularExpression(QStringLiteral("^latchkey\\.sid=[0-9a-f]{32}; Path=/; HttpOnly; SameSite=Strict$"))
            .match(QString::fromLatin1(cookie))
            .hasMatch(),
        cookie.constData());

    // The jar sends the cookie back: that is how a remembered session resumes.
    const Answer resumed = backend("GET", QStringLiteral("/api/auth/login"));
    QCOMPARE(resumed.status, 200);
    QCOMPARE(resumed.json, login.json);

    m_network->setCookieJar(new QNetworkCookieJar);
    const Answer anonymous = backend("GET", QStringLiteral("/api/auth/login"));
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.json, QJsonObject({{QStringLiteral("error"), QStringLiteral("Not signed in")}}));
}

void TestSandboxServer::backendLoginFailures_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QString required = QStringLiteral("Username and password are required");
    const QString invalid = QStringLiteral("Invalid username or password");
    QTest::newRow("empty") << QJsonObject() << 400 << required;
    QTest::newRow("no password") << QJsonObject{{QStringLiteral("username"), QStringLiteral("demo")}} << 400
                                 << required;
    QTest::newRow("empty password") << QJsonObject{{QStringLiteral("username"), QStringLiteral("demo")},
                                                   {QStringLiteral("password"), QString()}}
                                    << 400 << required;
    QTest::newRow("wrong password") << QJsonObject{{QStringLiteral("username"), QStringLiteral("demo")},
                                                   {QStringLiteral("password"), QStringLiteral("nope")}}
                                    << 401 << invalid;
    QTest::newRow("unknown user") << QJsonObject{{QStringLiteral("username"), QStringLiteral("mallory")},
                                                 {QStringLiteral("password"),
                                                  QStringLiteral("latchkey-demo")}}
                                  << 401 << invalid;
}

void TestSandboxServer::backendLoginFailures()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    const Answer answer = backend("POST", QStringLiteral("/api/auth/login"), body);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.json, QJsonObject({{QStringLiteral("error"), error}}));
    QVERIFY(answer.setCookies.isEmpty());
}

void TestSandboxServer::backendSendCodeNeedsSession()
{
    const Answer answer =
        backend("POST", QStringLiteral("/api/auth/send-code"), {{QStringLiteral("phoneNumber"), number}});
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.json, QJsonObject({{QStringLiteral("error"), QStringLiteral("Not signed in")}}));
    QVERIFY(m_server->outbox()->messages().isEmpty());
}

void TestSandboxServer::backendSendCodeInvalidNumber()
{
    signIn();
    const QJsonObject expected{
        {QStringLiteral("error"), QStringLiteral("Invalid phone number. Use E.164 format (+1234567890)")}};
    QCOMPARE(backend("POST", QStringLiteral("/api/auth/send-code"), {}).json, expected);
    const Answer answer = backend("POST", QStringLiteral("/api/auth/send-code"),
                                  {{QStringLiteral("phoneNumber"), QStringLiteral("2025550142")}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json, expected);
}

void TestSandboxServer::backendSendCodeOtherNumberIsForbidden()
{
    signIn();
    const Answer answer = backend("POST", QStringLiteral("/api/auth/send-code"),
                                  {{QStringLiteral("phoneNumber"), QStringLiteral("+447700900123")}});
    QCOMPARE(answer.status, 403);
    QCOMPARE(answer.json, QJsonObject({{QStringLiteral("error"),
                                        QStringLiteral("This number is not registered for your account")}}));
    QVERIFY(m_server->outbox()->messages().isEmpty());
}

void TestSandboxServer::backendSendAndVerify()
{
    signIn();
    const Answer sent = backend("POST", QStringLiteral("/api/auth/send-code"),
                                {{QStringLiteral("phoneNumber"), number},
                                 {QStringLiteral("channel"), QStringLiteral("call")},
                                 {QStringLiteral("locale"), QStringLiteral("en")}});
    QCOMPARE(sent.status, 200);
    QCOMPARE(sent.json,
             QJsonObject({{QStringLiteral("message"), QStringLiteral("Verification code sent successfully")},
                          {QStringLiteral("status"), QStringLiteral("pending")},
                          {QStringLiteral("channel"), QStringLiteral("call")}}));
    const QString code = m_server->outbox()->lastCodeFor(number);
    QCOMPARE(m_server->outbox()->messages().constLast().channel, Channel::Call);

    const Answer wrong =
        backend("POST", QStringLiteral("/api/auth/verify-code"),
                {{QStringLiteral("phoneNumber"), number}, {QStringLiteral("code"), wrongCodeFor(code)}});
    QCOMPARE(wrong.status, 400);
    // With the extension: four more codes before Verify locks the verification (five checks each).
    QCOMPARE(wrong.json, QJsonObject({{QStringLiteral("error"), QStringLiteral("Invalid verification code")},
                                      {QStringLiteral("verified"), false},
                                      {QStringLiteral("attemptsLeft"), 4}}));

    const Answer right = backend("POST", QStringLiteral("/api/auth/verify-code"),
                                 {{QStringLiteral("phoneNumber"), number}, {QStringLiteral("code"), code}});
    QCOMPARE(right.status, 200);
    QCOMPARE(right.json,
             QJsonObject({{QStringLiteral("message"), QStringLiteral("Phone number verified successfully")},
                          {QStringLiteral("verified"), true}}));

    QString sessionId;
    const auto cookies = m_network->cookieJar()->cookiesForUrl(url(QStringLiteral("/")));
    for (const QNetworkCookie &cookie : cookies) {
        if (cookie.name() == "latchkey.sid") {
            sessionId = QString::fromLatin1(cookie.value());
        }
    }
    QVERIFY(m_server->backend()->isVerified(sessionId));
}

void TestSandboxServer::backendEmailGoesToTheAddressOnFileOnly()
{
    signIn();
    const QString address = BackendEmulator::demoAccount().email;
    // An address in the request is never used, nor email to a number: someone with a stolen password
    // would send their own.
    const Answer typed = backend("POST", QStringLiteral("/api/auth/send-code"),
                                 {{QStringLiteral("phoneNumber"), number},
                                  {QStringLiteral("channel"), QStringLiteral("email")},
                                  {QStringLiteral("email"), QStringLiteral("mallory@example.net")}});
    QCOMPARE(typed.status, 400);
    QVERIFY(m_server->outbox()->messages().isEmpty());

    const Answer sent = backend(
        "POST", QStringLiteral("/api/auth/send-code"),
        {{QStringLiteral("useEmailOnFile"), true}, {QStringLiteral("channel"), QStringLiteral("email")}});
    QCOMPARE(sent.status, 200);
    QCOMPARE(sent.json.value(QLatin1String("channel")).toString(), QStringLiteral("email"));
    QCOMPARE(m_server->outbox()->messages().size(), 1);
    QCOMPARE(m_server->outbox()->messages().constLast().channel, Channel::Email);
    const QString code = m_server->outbox()->lastCodeFor(address);
    QVERIFY(!code.isEmpty());

    // The phone's verification knows nothing of that code.
    const Answer byNumber =
        backend("POST", QStringLiteral("/api/auth/verify-code"),
                {{QStringLiteral("phoneNumber"), number}, {QStringLiteral("code"), code}});
    QVERIFY(byNumber.status != 200);
    const Answer verified =
        backend("POST", QStringLiteral("/api/auth/verify-code"),
                {{QStringLiteral("useEmailOnFile"), true}, {QStringLiteral("code"), code}});
    QCOMPARE(verified.status, 200);
    QCOMPARE(verified.json.value(QLatin1String("verified")).toBool(), true);
}

void TestSandboxServer::backendVerifyCodeNeedsFields()
{
    const QJsonObject expected{
        {QStringLiteral("error"), QStringLiteral("Phone number and verification code are required")}};
    const Answer missing =
        backend("POST", QStringLiteral("/api/auth/verify-code"), {{QStringLiteral("phoneNumber"), number}});
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.json, expected);

    // Express reads no body that is not declared JSON, so the fields are "missing".
    const Answer form = send("POST", QStringLiteral("/api/auth/verify-code"),
                             "phoneNumber=%2B12025550142&code=123456", "application/x-www-form-urlencoded");
    QCOMPARE(form.status, 400);
    QCOMPARE(form.json, expected);

    const Answer noSession = backend(
        "POST", QStringLiteral("/api/auth/verify-code"),
        {{QStringLiteral("phoneNumber"), number}, {QStringLiteral("code"), QStringLiteral("123456")}});
    QCOMPARE(noSession.status, 401);
}

void TestSandboxServer::backendVerifyErrorIs500WithCode()
{
    signIn();
    const Answer sent = backend(
        "POST", QStringLiteral("/api/auth/send-code"),
        {{QStringLiteral("phoneNumber"), number}, {QStringLiteral("channel"), QStringLiteral("fax")}});
    QCOMPARE(sent.status, 500);
    QCOMPARE(sent.json, QJsonObject({{QStringLiteral("error"), QStringLiteral("Invalid parameter: Channel")},
                                     {QStringLiteral("code"), 60200}}));

    // No verification was started, so the check finds nothing: Twilio's 20404 behind a 500.
    const Answer checked = backend(
        "POST", QStringLiteral("/api/auth/verify-code"),
        {{QStringLiteral("phoneNumber"), number}, {QStringLiteral("code"), QStringLiteral("123456")}});
    QCOMPARE(checked.status, 500);
    QCOMPARE(checked.json.value(QLatin1String("code")).toInt(), 20404);
}

void TestSandboxServer::backendMalformedJson()
{
    const Answer answer =
        send("POST", QStringLiteral("/api/auth/login"), "{\"username\": \"demo\",", "application/json");
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json, QJsonObject({{QStringLiteral("error"), QStringLiteral("Malformed JSON body")}}));
}

void TestSandboxServer::backendLogout()
{
    signIn();
    QCOMPARE(backend("GET", QStringLiteral("/api/auth/login")).status, 200);
    const Answer out = backend("POST", QStringLiteral("/api/auth/logout"));
    QCOMPARE(out.status, 200);
    QCOMPARE(out.json, QJsonObject({{QStringLiteral("message"), QStringLiteral("Signed out")}}));
    QCOMPARE(backend("GET", QStringLiteral("/api/auth/login")).status, 401);
    QCOMPARE(backend("POST", QStringLiteral("/api/auth/send-code"), {{QStringLiteral("phoneNumber"), number}})
                 .status,
             401);
}

void TestSandboxServer::unknownRouteIs404Json_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("errorField");
    QTest::newRow("backend path") << QByteArray("GET") << QStringLiteral("/api/nope")
                                  << QStringLiteral("error");
    QTest::newRow("wrong method") << QByteArray("GET") << QStringLiteral("/api/auth/send-code")
                                  << QStringLiteral("error");
    QTest::newRow("trailing slash") << QByteArray("POST") << QStringLiteral("/api/auth/login/")
                                    << QStringLiteral("error");
    QTest::newRow("verify path") << QByteArray("POST") << QStringLiteral("/v2/Services/x/Nope")
                                 << QStringLiteral("code");
    QTest::newRow("verify method") << QByteArray("DELETE") << QStringLiteral("/v2/Services/x")
                                   << QStringLiteral("code");
}

void TestSandboxServer::unknownRouteIs404Json()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, errorField);
    const Answer answer = send(method, path);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.contentType, QByteArray("application/json"));
    QVERIFY2(answer.json.contains(errorField), answer.body.constData());
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "TestSandboxServer.moc"
