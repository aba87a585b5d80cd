// Runs every path of the Verify client against the sandbox with its request log on, plus the requests the
// client refuses to send (so the sandbox's error answers are covered too), and writes the exchanges to the
// file named by LATCHKEY_CONTRACT_LOG. contract_validate then checks each one against Twilio's OpenAPI
// description with Ajv (validate.js).

#include "HttpClient.h"
#include "Outbox.h"
#include "SandboxServer.h"
#include "TestNumbers.h"
#include "VerifyClient.h"
#include "VerifyEmulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace latchkey;

namespace {

const QString number = QStringLiteral("+12025550142");

} // namespace

class TestVerifyContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clientPaths();
    void sandboxErrorAnswers();
    void attemptsApi();
    void cleanupTestCase();

private:
    /** Runs one client call to its end; false when it timed out. */
    bool settle(const std::function<void()> &call);
    int raw(const QByteArray &method, const QString &path, const QByteArray &form,
            const QByteArray &authorization = QByteArray(), QJsonObject *answer = nullptr);

    ManualClock m_clock;
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<VerifyClient> m_client;
    QString m_logPath;
};

void TestVerifyContract::initTestCase()
{
    m_logPath = qEnvironmentVariable("LATCHKEY_CONTRACT_LOG");
    QVERIFY2(!m_logPath.isEmpty(), "LATCHKEY_CONTRACT_LOG must name the file to write the exchanges to");
    m_server = std::make_unique<SandboxServer>(&m_clock);
    QVERIFY(m_server->listen());
    m_server->setRequestLogEnabled(true);
    m_server->verify()->setSlowDeliveryMsecs(10);
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_http = std::make_unique<HttpClient>(&m_network);
    VerifyAccount account;
    account.baseUrl = m_server->baseUrl();
    account.serviceSid = SandboxServer::serviceSid();
    account.keySid = SandboxServer::apiKeySid();
    account.secret = SandboxServer::apiKeySecret();
    m_client = std::make_unique<VerifyClient>(m_http.get(), account);
    m_client->setClock(&m_clock);
    m_client->setCallFallbackAllowed(true);
}

bool TestVerifyContract::settle(const std::function<void()> &call)
{
    const int before = m_server->requestLog().size();
    call();
    return QTest::qWaitFor([&] { return !m_client->isBusy(); }, 10000) &&
           m_server->requestLog().size() > before;
}

int TestVerifyContract::raw(const QByteArray &method, const QString &path, const QByteArray &form,
                            const QByteArray &authorization, QJsonObject *answer)
{
    QNetworkRequest request(m_server->baseUrl().resolved(QUrl(path)));
    if (method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("application/x-www-form-urlencoded"));
    }
    const QByteArray apiKey =
        "Basic " + (SandboxServer::apiKeySid() + u':' + SandboxServer::apiKeySecret()).toUtf8().toBase64();
    request.setRawHeader("Authorization", authorization.isEmpty() ? apiKey : authorization);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, form);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(5000)) {
        return 0;
    }
    reply->deleteLater();
    if (answer) {
        *answer = QJsonDocument::fromJson(reply->readAll()).object();
    }
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void TestVerifyContract::clientPaths()
{
    const Outbox *outbox = m_server->outbox();
    QSignalSpy started(m_client.get(), &VerifyClient::verificationStarted);
    QSignalSpy checked(m_client.get(), &VerifyClient::codeChecked);
    QSignalSpy failed(m_client.get(), &VerifyClient::failed);

    QVERIFY(settle([&] { m_client->fetchService(); }));
    // Every channel, a locale, a resend by another channel.
    QVERIFY(settle(
        [&] { m_client->startVerification(testing::e164(number), Channel::Sms, QStringLiteral("de")); }));
    QVERIFY(settle(
        [&] { m_client->startVerification(testing::e164(number), Channel::Call, QStringLiteral("fr")); }));
    QVERIFY(settle([&] {
        m_client->startVerification(testing::e164(QStringLiteral("+12025550143")), Channel::WhatsApp,
                                    QStringLiteral("es"));
    }));
    QVERIFY(settle([&] { m_client->startEmailVerification(QStringLiteral("user@example.com")); }));
    const QString sid = started.at(0).at(0).value<Verification>().sid;
    // Wrong code, fetch, right code by SID, then the 404 of a used verification.
    QString wrong = outbox->lastCodeFor(number);
    wrong[0] = wrong[0] == u'9' ? u'0' : QChar(wrong[0].unicode() + 1);
    QVERIFY(settle([&] { m_client->checkCode(testing::e164(number), sid, wrong); }));
    QVERIFY(settle([&] { m_client->fetchVerification(sid); }));
    QVERIFY(settle([&] { m_client->checkCode(testing::e164(number), sid, outbox->lastCodeFor(number)); }));
    QVERIFY(settle([&] { m_client->checkCode(testing::e164(number), sid, outbox->lastCodeFor(number)); }));
    QVERIFY(settle([&] { m_client->fetchVerification(sid); }));
    // By To; cancel; the 404s after it.
    QVERIFY(settle([&] {
        m_client->checkCode(testing::e164(QStringLiteral("+12025550143")), QString(),
                            outbox->lastCodeFor(QStringLiteral("+12025550143")));
    }));
    const QString emailSid = started.at(3).at(0).value<Verification>().sid;
    QVERIFY(settle([&] { m_client->cancelVerification(emailSid); }));
    QVERIFY(settle([&] { m_client->cancelVerification(emailSid); }));
    // Lockouts: five wrong checks, six sends.
    const QString other = QStringLiteral("+12025550144");
    QVERIFY(settle([&] { m_client->startVerification(testing::e164(other), Channel::Sms); }));
    for (int i = 0; i < 6; ++i) {
        QVERIFY(
            settle([&] { m_client->checkCode(testing::e164(other), QString(), QStringLiteral("0000000")); }));
    }
    const QString fifth = QStringLiteral("+12025550145");
    for (int i = 0; i < 6; ++i) {
        QVERIFY(settle([&] { m_client->startVerification(testing::e164(fifth), Channel::Sms); }));
    }
    // Expiry on the sandbox clock.
    QVERIFY(settle(
        [&] { m_client->startVerification(testing::e164(QStringLiteral("+12025550146")), Channel::Sms); }));
    m_clock.advanceSeconds(600);
    QVERIFY(settle([&] {
        m_client->checkCode(testing::e164(QStringLiteral("+12025550146")), QString(),
                            QStringLiteral("123456"));
    }));
    // Magic numbers, with the call fallback for the landline.
    QVERIFY(settle(
        [&] { m_client->startVerification(testing::e164(VerifyEmulator::landlineNumber()), Channel::Sms); }));
    QVERIFY(settle([&] {
        m_client->startVerification(testing::e164(VerifyEmulator::undeliverableNumber()), Channel::Sms);
    }));
    QVERIFY(settle(
        [&] { m_client->startVerification(testing::e164(QStringLiteral("+12025550191")), Channel::Sms); }));
    QVERIFY(settle(
        [&] { m_client->startVerification(testing::e164(QStringLiteral("+5351234567")), Channel::Sms); }));
    QVERIFY(settle([&] {
        m_client->startVerification(testing::e164(VerifyEmulator::slowDeliveryNumber()), Channel::Sms);
    }));
    m_server->verify()->setChannelEnabled(Channel::WhatsApp, false);
    QVERIFY(settle([&] {
        m_client->startVerification(testing::e164(QStringLiteral("+12025550147")), Channel::WhatsApp);
    }));

    QVERIFY(started.size() >= 8);
    QVERIFY(checked.size() >= 5);
    QVERIFY(failed.size() >= 8);
}

void TestVerifyContract::sandboxErrorAnswers()
{
    const QString base = QStringLiteral("/v2/Services/") + SandboxServer::serviceSid();
    const auto basic = [](const QString &user, const QString &password) -> QByteArray {
        return "Basic " + (user + u':' + password).toUtf8().toBase64();
    };
    QCOMPARE(raw("POST", base + QStringLiteral("/Verifications"), "To=+12025550142&Channel=sms"), 400);
    QCOMPARE(raw("POST", base + QStringLiteral("/Verifications"), "To=%2B12025550142&Channel=fax"), 400);
    QCOMPARE(raw("POST", base + QStringLiteral("/VerificationCheck"), "Code=123456"), 400);
    QCOMPARE(raw("POST", base + QStringLiteral("/VerificationCheck"), "To=%2B12025550142&Code=12"), 400);
    QCOMPARE(raw("POST", base + QStringLiteral("/Verifications"), "To=%2B12025550142&Channel=sms",
                 basic(SandboxServer::apiKeySid(), QStringLiteral("wrong"))),
             401);
    QCOMPARE(raw("POST", base + QStringLiteral("/Verifications"), "To=%2B12025550142&Channel=sms",
                 basic(SandboxServer::accountSid(), SandboxServer::authToken())),
             201);
    QCOMPARE(raw("GET", QStringLiteral("/v2/Services/VA00000000000000000000000000000000"), QByteArray()),
             404);
    QCOMPARE(raw("POST", base + QStringLiteral("/Verifications/VE00000000000000000000000000000000"),
                 "Status=approved"),
             404);
    QCOMPARE(raw("GET", QStringLiteral("/v2/Nothing/Here"), QByteArray()), 404);
}

void TestVerifyContract::attemptsApi()
{
    // The attempts the client paths above made (every channel, resends, approvals), through every filter.
    const QString service = QStringLiteral("VerifyServiceSid=") + SandboxServer::serviceSid();
    const QString since =
        QStringLiteral("DateCreatedAfter=") +
        QString::fromLatin1(QUrl::toPercentEncoding(m_clock.now().addDays(-1).toUTC().toString(Qt::ISODate)));
    const QString until =
        QStringLiteral("DateCreatedBefore=") +
        QString::fromLatin1(QUrl::toPercentEncoding(m_clock.now().addDays(1).toUTC().toString(Qt::ISODate)));
    QJsonObject page;
    QCOMPARE(raw("GET", QStringLiteral("/v2/Attempts?PageSize=3&") + service + u'&' + since + u'&' + until,
                 {}, {}, &page),
             200);
    QVERIFY(page[QStringLiteral("attempts")].toArray().size() == 3);
    const QString next = page[QStringLiteral("meta")][QStringLiteral("next_page_url")].toString();
    QVERIFY(next.contains(QLatin1String("PageToken=")));
    QCOMPARE(raw("GET", QUrl(next).path() + u'?' + QUrl(next).query(QUrl::FullyEncoded), {}), 200);
    const QString attemptSid = page[QStringLiteral("attempts")][0][QStringLiteral("sid")].toString();
    const QString verificationSid =
        page[QStringLiteral("attempts")][0][QStringLiteral("verification_sid")].toString();
    QCOMPARE(raw("GET",
                 QStringLiteral("/v2/Attempts?ChannelData.To=%2B12025550142&Country=US&Channel=call&"
                                "Status=converted&Page=0&VerificationSid=") +
                     verificationSid,
                 {}),
             200);
    QCOMPARE(raw("GET", QStringLiteral("/v2/Attempts?Channel=email&Status=unconverted"), {}), 200);
    QCOMPARE(raw("GET", QStringLiteral("/v2/Attempts/") + attemptSid, {}), 200);
    QCOMPARE(raw("GET", QStringLiteral("/v2/Attempts/VL00000000000000000000000000000000"), {}), 404);
    QJsonObject summary;
    QCOMPARE(raw("GET", QStringLiteral("/v2/Attempts/Summary?") + service + u'&' + since + u'&' + until, {},
                 {}, &summary),
             200);
    QVERIFY(summary[QStringLiteral("total_attempts")].toInt() >= 10);
    QCOMPARE(raw("GET",
                 QStringLiteral("/v2/Attempts/Summary?Channel=sms&Country=US&DestinationPrefix=%2B1202&") +
                     service,
                 {}),
             200);
    QCOMPARE(raw("GET", QStringLiteral("/v2/Attempts/Summary?Country=NZ"), {}), 200); // no rate: null
    QCOMPARE(raw("GET", QStringLiteral("/v2/Attempts?PageToken=nonsense"), {}), 400);
    QCOMPARE(
        raw("GET", QStringLiteral("/v2/Attempts/Summary"), {}, "Basic " + QByteArray("AC:wrong").toBase64()),
        401);
}

void TestVerifyContract::cleanupTestCase()
{
    QJsonArray exchanges;
    const QList<SandboxExchange> log = m_server ? m_server->requestLog() : QList<SandboxExchange>();
    for (const SandboxExchange &exchange : log) {
        exchanges.append(exchange.toJson());
    }
    QVERIFY(exchanges.size() >= 40);
    QFile file(m_logPath);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.errorString()));
    file.write(QJsonDocument(exchanges).toJson());
}

QTEST_GUILESS_MAIN(TestVerifyContract)
#include "TestVerifyContract.moc"
