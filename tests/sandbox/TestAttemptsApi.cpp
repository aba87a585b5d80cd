// The sandbox's Verification Attempts API over real HTTP on loopback: one attempt per delivery, conversion on
// approval, prices, filters, paging with PageToken, the Summary's exact numbers, retention, errors.

#include "AttemptLog.h"
#include "Outbox.h"
#include "SandboxServer.h"
#include "VerifyEmulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace latchkey;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject json;
};

const QString smsUser = QStringLiteral("+12025550142");
const QString abandoned = QStringLiteral("+12025550143");
const QString callUser = QStringLiteral("+12025550144");

} // namespace

class TestAttemptsApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void threeSignInsGiveExactNumbers();
    void everyDeliveryIsAnAttempt();
    void filters();
    void plusMustBeEncoded();
    void datesFilterOnTheSandboxClock();
    void pagingFollowsNextPageUrl();
    void fetchOneAttempt();
    void pricesAndCountries();
    void blockedSendsAreNoAttempts();
    void retentionBoundsMemory();
    void malformedParametersAre400_data();
    void malformedParametersAre400();
    void needsCredentials();

private:
    Answer get(const QString &pathAndQuery, bool authorized = true);
    Answer getUrl(const QUrl &url, bool authorized = true);
    QString approve(const QString &to, const QString &channel);
    QString sendOnly(const QString &to, const QString &channel);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
};

void TestAttemptsApi::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_server = std::make_unique<SandboxServer>(m_clock.get());
    QVERIFY(m_server->listen());
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestAttemptsApi::cleanup()
{
    m_server.reset();
    m_clock.reset();
}

Answer TestAttemptsApi::get(const QString &pathAndQuery, bool authorized)
{
    return getUrl(QUrl(m_server->baseUrl().toString() + pathAndQuery, QUrl::StrictMode), authorized);
}

Answer TestAttemptsApi::getUrl(const QUrl &url, bool authorized)
{
    QNetworkRequest request(url);
    if (authorized) {
        request.setRawHeader(
            "Authorization",
            "Basic " +
                (SandboxServer::apiKeySid() + u':' + SandboxServer::apiKeySecret()).toUtf8().toBase64());
    }
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Answer answer;
    if (!finished.wait(5000)) {
        return answer;
    }
    reply->deleteLater();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    return answer;
}

QString TestAttemptsApi::sendOnly(const QString &to, const QString &channel)
{
    const VerifyEmulator::Result result = m_server->verify()->start(to, channel);
    return result.ok() ? result.verification.sid : QString();
}

QString TestAttemptsApi::approve(const QString &to, const QString &channel)
{
    const QString sid = sendOnly(to, channel);
    const VerifyEmulator::Result result =
        m_server->verify()->check(to, QString(), m_server->outbox()->lastCodeFor(to));
    return result.ok() && result.verification.status == QLatin1String("approved") ? sid : QString();
}

void TestAttemptsApi::threeSignInsGiveExactNumbers()
{
    // One by SMS approved, one abandoned after its SMS, one by call approved.
    QVERIFY(!approve(smsUser, QStringLiteral("sms")).isEmpty());
    m_clock->advanceSeconds(60);
    QVERIFY(!sendOnly(abandoned, QStringLiteral("sms")).isEmpty());
    m_clock->advanceSeconds(60);
    QVERIFY(!approve(callUser, QStringLiteral("call")).isEmpty());

    const QString service = QStringLiteral("?VerifyServiceSid=") + SandboxServer::serviceSid();
    Answer summary = get(QStringLiteral("/v2/Attempts/Summary") + service);
    QCOMPARE(summary.status, 200);
    QCOMPARE(summary.json.value(QStringLiteral("total_attempts")).toInt(), 3);
    QCOMPARE(summary.json.value(QStringLiteral("total_converted")).toInt(), 2);
    QCOMPARE(summary.json.value(QStringLiteral("total_unconverted")).toInt(), 1);
    QCOMPARE(summary.json.value(QStringLiteral("conversion_rate_percentage")).toString(),
             QStringLiteral("66.666666667"));

    summary = get(QStringLiteral("/v2/Attempts/Summary") + service + QStringLiteral("&Channel=sms"));
    QCOMPARE(summary.json.value(QStringLiteral("total_attempts")).toInt(), 2);
    QCOMPARE(summary.json.value(QStringLiteral("total_converted")).toInt(), 1);
    QCOMPARE(summary.json.value(QStringLiteral("conversion_rate_percentage")).toString(),
             QStringLiteral("50"));
    summary = get(QStringLiteral("/v2/Attempts/Summary") + service + QStringLiteral("&Channel=call"));
    QCOMPARE(summary.json.value(QStringLiteral("total_attempts")).toInt(), 1);
    QCOMPARE(summary.json.value(QStringLiteral("conversion_rate_percentage")).toString(),
             QStringLiteral("100"));

    const Answer list = get(QStringLiteral("/v2/Attempts") + service);
    QCOMPARE(list.status, 200);
    const QJsonArray attempts = list.json.value(QStringLiteral("attempts")).toArray();
    QCOMPARE(attempts.size(), 3);
    // Newest first.
    QCOMPARE(attempts.at(0)[QStringLiteral("channel")].toString(), QStringLiteral("call"));
    QCOMPARE(attempts.at(0)[QStringLiteral("conversion_status")].toString(), QStringLiteral("converted"));
    QCOMPARE(attempts.at(1)[QStringLiteral("channel_data")][QStringLiteral("to")].toString(), abandoned);
    QCOMPARE(attempts.at(1)[QStringLiteral("conversion_status")].toString(), QStringLiteral("unconverted"));
    QCOMPARE(attempts.at(2)[QStringLiteral("conversion_status")].toString(), QStringLiteral("converted"));
    QCOMPARE(attempts.at(2)[QStringLiteral("channel_data")][QStringLiteral("status")].toString(),
             QStringLiteral("confirmed"));
    QCOMPARE(attempts.at(1)[QStringLiteral("channel_data")][QStringLiteral("status")].toString(),
             QStringLiteral("unconfirmed"));

    // The abandoned one's ten minutes run out: it stays unconverted, its delivery reads "expired".
    m_clock->advanceSeconds(VerifyEmulator::validitySeconds);
    const Answer later =
        get(QStringLiteral("/v2/Attempts") + service + QStringLiteral("&Status=unconverted"));
    QCOMPARE(later.json.value(QStringLiteral("attempts")).toArray().size(), 1);
    QCOMPARE(
        later.json[QStringLiteral("attempts")][0][QStringLiteral("channel_data")][QStringLiteral("status")]
            .toString(),
        QStringLiteral("expired"));
    // Nothing at all: no rate to give.
    const Answer none = get(QStringLiteral("/v2/Attempts/Summary?Country=FR"));
    QCOMPARE(none.json.value(QStringLiteral("total_attempts")).toInt(), 0);
    QVERIFY(none.json.value(QStringLiteral("conversion_rate_percentage")).isNull());
}

void TestAttemptsApi::everyDeliveryIsAnAttempt()
{
    // A start, a resend, a change to call, then the right code: three attempts of one verification, of
    // which only the last delivery converts.
    const QString sid = sendOnly(smsUser, QStringLiteral("sms"));
    QVERIFY(!sid.isEmpty());
    QCOMPARE(sendOnly(smsUser, QStringLiteral("sms")), sid);
    QCOMPARE(sendOnly(smsUser, QStringLiteral("call")), sid);
    QVERIFY(m_server->verify()->check(smsUser, sid, m_server->outbox()->lastCodeFor(smsUser)).ok());

    const Answer list = get(QStringLiteral("/v2/Attempts?VerificationSid=") + sid);
    const QJsonArray attempts = list.json.value(QStringLiteral("attempts")).toArray();
    QCOMPARE(attempts.size(), 3);
    QStringList statuses;
    QStringList channels;
    for (const QJsonValue &attempt : attempts) {
        statuses << attempt[QStringLiteral("conversion_status")].toString();
        channels << attempt[QStringLiteral("channel")].toString();
        QCOMPARE(attempt[QStringLiteral("verification_sid")].toString(), sid);
    }
    QCOMPARE(channels, (QStringList{QStringLiteral("call"), QStringLiteral("sms"), QStringLiteral("sms")}));
    QCOMPARE(statuses, (QStringList{QStringLiteral("converted"), QStringLiteral("unconverted"),
                                    QStringLiteral("unconverted")}));
    // The attempt sids are the verification's send_code_attempts.
    const Answer summary = get(QStringLiteral("/v2/Attempts/Summary"));
    QCOMPARE(summary.json.value(QStringLiteral("total_converted")).toInt(), 1);

    // An approval through UpdateVerification converts too; a cancel does not.
    const QString approvedByApp = sendOnly(abandoned, QStringLiteral("sms"));
    QVERIFY(m_server->verify()->update(approvedByApp, QStringLiteral("approved")).ok());
    const QString canceled = sendOnly(callUser, QStringLiteral("sms"));
    QVERIFY(m_server->verify()->update(canceled, QStringLiteral("canceled")).ok());
    QCOMPARE(get(QStringLiteral("/v2/Attempts?Status=converted&VerificationSid=") + approvedByApp)
                 .json[QStringLiteral("attempts")]
                 .toArray()
                 .size(),
             1);
    QCOMPARE(get(QStringLiteral("/v2/Attempts?Status=converted&VerificationSid=") + canceled)
                 .json[QStringLiteral("attempts")]
                 .toArray()
                 .size(),
             0);
}

void TestAttemptsApi::filters()
{
    QVERIFY(!approve(smsUser, QStringLiteral("sms")).isEmpty());
    QVERIFY(!sendOnly(QStringLiteral("+442079460958"), QStringLiteral("sms")).isEmpty());
    QVERIFY(!approve(QStringLiteral("+49301234567"), QStringLiteral("call")).isEmpty());
    QVERIFY(!sendOnly(QStringLiteral("+49301234568"), QStringLiteral("whatsapp")).isEmpty());

    const auto count = [this](const QString &query) {
        return get(QStringLiteral("/v2/Attempts?") + query).json[QStringLiteral("attempts")].toArray().size();
    };
    QCOMPARE(count(QString()), 4);
    QCOMPARE(count(QStringLiteral("Country=DE")), 2);
    QCOMPARE(count(QStringLiteral("Country=de")), 2);
    QCOMPARE(count(QStringLiteral("Country=GB&Channel=sms")), 1);
    QCOMPARE(count(QStringLiteral("Channel=CALL")), 1);
    QCOMPARE(count(QStringLiteral("Status=CONVERTED")), 2);
    QCOMPARE(count(QStringLiteral("Status=unconverted&Country=DE")), 1);
    QCOMPARE(count(QStringLiteral("ChannelData.To=%2B442079460958")), 1);
    QCOMPARE(count(QStringLiteral("VerifyServiceSid=") + SandboxServer::serviceSid()), 4);
    // Another service of the account: none of these.
    QCOMPARE(count(QStringLiteral("VerifyServiceSid=VA00000000000000000000000000000000")), 0);

    const auto summary = [this](const QString &query) {
        return get(QStringLiteral("/v2/Attempts/Summary?") + query).json;
    };
    QCOMPARE(summary(QStringLiteral("DestinationPrefix=%2B49"))[QStringLiteral("total_attempts")].toInt(), 2);
    QCOMPARE(
        summary(QStringLiteral("DestinationPrefix=%2B4930123456"))[QStringLiteral("total_converted")].toInt(),
        1);
    QCOMPARE(summary(QStringLiteral("Country=GB"))[QStringLiteral("total_unconverted")].toInt(), 1);
    QCOMPARE(summary(QStringLiteral("Channel=whatsapp&Country=DE"))[QStringLiteral("total_attempts")].toInt(),
             1);
}

void TestAttemptsApi::plusMustBeEncoded()
{
    QVERIFY(!sendOnly(smsUser, QStringLiteral("sms")).isEmpty());
    const auto count = [this](const QString &query) {
        return get(QStringLiteral("/v2/Attempts?") + query).json[QStringLiteral("attempts")].toArray().size();
    };
    QCOMPARE(count(QStringLiteral("ChannelData.To=%2B12025550142")), 1);
    // A literal '+' is a space in a query, as in a form: the number then matches nothing.
    QCOMPARE(count(QStringLiteral("ChannelData.To=+12025550142")), 0);
}

void TestAttemptsApi::datesFilterOnTheSandboxClock()
{
    const QDateTime start = m_clock->now();
    QVERIFY(!approve(smsUser, QStringLiteral("sms")).isEmpty());
    m_clock->advanceSeconds(3600);
    QVERIFY(!approve(callUser, QStringLiteral("sms")).isEmpty());
    m_clock->advanceSeconds(3600);
    QVERIFY(!sendOnly(abandoned, QStringLiteral("sms")).isEmpty());

    const auto iso = [](const QDateTime &when) {
        return QString::fromLatin1(QUrl::toPercentEncoding(when.toUTC().toString(Qt::ISODate)));
    };
    const auto total = [this](const QString &query) {
        return get(QStringLiteral("/v2/Attempts/Summary?") + query)
            .json[QStringLiteral("total_attempts")]
            .toInt();
    };
    // After is inclusive, Before exclusive: consecutive periods count each attempt once.
    QCOMPARE(total(QStringLiteral("DateCreatedAfter=") + iso(start)), 3);
    QCOMPARE(total(QStringLiteral("DateCreatedAfter=") + iso(start.addSecs(3600))), 2);
    QCOMPARE(total(QStringLiteral("DateCreatedBefore=") + iso(start.addSecs(3600))), 1);
    QCOMPARE(total(QStringLiteral("DateCreatedAfter=") + iso(start.addSecs(1800)) +
                   QStringLiteral("&DateCreatedBefore=") + iso(start.addSecs(5400))),
             1);
    // Another zone names the same instant.
    QCOMPARE(total(QStringLiteral("DateCreatedAfter=") +
                   QString::fromLatin1(QUrl::toPercentEncoding(
                       start.addSecs(3600).toOffsetFromUtc(3600).toString(Qt::ISODate)))),
             2);
    QCOMPARE(get(QStringLiteral("/v2/Attempts?DateCreatedAfter=") + iso(start.addSecs(7200)))
                 .json[QStringLiteral("attempts")]
                 .toArray()
                 .size(),
             1);
}

void TestAttemptsApi::pagingFollowsNextPageUrl()
{
    QStringList sids;
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!sendOnly(QStringLiteral("+1202555015%1").arg(i), QStringLiteral("sms")).isEmpty());
        m_clock->advanceSeconds(1);
    }
    Answer page = get(QStringLiteral("/v2/Attempts?PageSize=2&Channel=sms"));
    QCOMPARE(page.status, 200);
    QJsonObject meta = page.json[QStringLiteral("meta")].toObject();
    QCOMPARE(meta[QStringLiteral("key")].toString(), QStringLiteral("attempts"));
    QCOMPARE(meta[QStringLiteral("page")].toInt(), 0);
    QCOMPARE(meta[QStringLiteral("page_size")].toInt(), 2);
    QVERIFY(meta[QStringLiteral("previous_page_url")].isNull());
    QVERIFY(meta[QStringLiteral("first_page_url")].toString().contains(QLatin1String("Channel=sms")));
    QList<int> sizes;
    bool insertedBetweenPages = false;
    while (true) {
        const QJsonArray attempts = page.json[QStringLiteral("attempts")].toArray();
        sizes << int(attempts.size());
        for (const QJsonValue &attempt : attempts) {
            sids << attempt[QStringLiteral("sid")].toString();
        }
        const QJsonValue next = page.json[QStringLiteral("meta")][QStringLiteral("next_page_url")];
        if (next.isNull()) {
            break;
        }
        QVERIFY(next.toString().contains(QLatin1String("PageToken=")));
        QVERIFY(next.toString().contains(QLatin1String("Channel=sms"))); // the filters go along
        if (!insertedBetweenPages) {
            // A new attempt between two pages neither shifts nor repeats what follows.
            QVERIFY(!sendOnly(QStringLiteral("+12025550160"), QStringLiteral("sms")).isEmpty());
            insertedBetweenPages = true;
        }
        const int pageNumber = page.json[QStringLiteral("meta")][QStringLiteral("page")].toInt();
        page = getUrl(QUrl(next.toString()));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json[QStringLiteral("meta")][QStringLiteral("page")].toInt(), pageNumber + 1);
        QVERIFY(sizes.size() < 10);
    }
    QCOMPARE(sizes, (QList<int>{2, 2, 1}));
    QCOMPARE(QSet<QString>(sids.cbegin(), sids.cend()).size(), 5);
    // Newest first: the first page starts with the last of the five.
    const AttemptLog::Page all = m_server->verify()->attempts().list({}, 0, 100);
    QCOMPARE(all.attempts.size(), 6);
    QCOMPARE(sids.constFirst(), all.attempts.at(1).sid);
    QCOMPARE(sids.constLast(), all.attempts.at(5).sid);
}

void TestAttemptsApi::fetchOneAttempt()
{
    const QString verification = approve(smsUser, QStringLiteral("sms"));
    const AttemptLog::Page page = m_server->verify()->attempts().list({}, 0, 10);
    QCOMPARE(page.attempts.size(), 1);
    const QString sid = page.attempts.constFirst().sid;
    QVERIFY(sid.startsWith(QLatin1String("VL")));

    const Answer answer = get(QStringLiteral("/v2/Attempts/") + sid);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json[QStringLiteral("sid")].toString(), sid);
    QCOMPARE(answer.json[QStringLiteral("verification_sid")].toString(), verification);
    QCOMPARE(answer.json[QStringLiteral("account_sid")].toString(), SandboxServer::accountSid());
    QCOMPARE(answer.json[QStringLiteral("service_sid")].toString(), SandboxServer::serviceSid());
    QCOMPARE(answer.json[QStringLiteral("conversion_status")].toString(), QStringLiteral("converted"));
    QVERIFY(answer.json[QStringLiteral("url")].toString().endsWith(QStringLiteral("/v2/Attempts/") + sid));
    QCOMPARE(answer.json[QStringLiteral("channel_data")][QStringLiteral("code_length")].toInt(), 6);

    const Answer missing = get(QStringLiteral("/v2/Attempts/VL00000000000000000000000000000000"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json[QStringLiteral("code")].toInt(), 20404);
}

void TestAttemptsApi::pricesAndCountries()
{
    QVERIFY(!sendOnly(smsUser, QStringLiteral("sms")).isEmpty());
    QVERIFY(!sendOnly(QStringLiteral("+442079460958"), QStringLiteral("call")).isEmpty());
    QVERIFY(!sendOnly(QStringLiteral("+33142685300"), QStringLiteral("sms")).isEmpty());
    QVERIFY(
        !m_server->verify()->start(QStringLiteral("user@example.com"), QStringLiteral("email")).error.code);

    const QJsonArray attempts =
        get(QStringLiteral("/v2/Attempts")).json[QStringLiteral("attempts")].toArray();
    QCOMPARE(attempts.size(), 4);
    QHash<QString, QJsonObject> byChannelAndCountry;
    for (const QJsonValue &attempt : attempts) {
        const QString key = attempt[QStringLiteral("channel")].toString() + u'/' +
                            attempt[QStringLiteral("channel_data")][QStringLiteral("country")].toString();
        byChannelAndCountry.insert(key, attempt.toObject());
    }
    // A value, not a reference into the temporary object value() returns.
    const auto price = [&](const QString &key) -> QJsonValue {
        return byChannelAndCountry.value(key).value(QStringLiteral("price"));
    };
    QCOMPARE(price(QStringLiteral("sms/US"))[QStringLiteral("value")].toString(), QStringLiteral("0.0079"));
    QCOMPARE(price(QStringLiteral("sms/US"))[QStringLiteral("currency")].toString(), QStringLiteral("usd"));
    QCOMPARE(price(QStringLiteral("call/GB"))[QStringLiteral("value")].toString(), QStringLiteral("0.0250"));
    QCOMPARE(price(QStringLiteral("sms/FR"))[QStringLiteral("value")].toString(), QStringLiteral("0.0500"));
    QVERIFY(byChannelAndCountry.contains(QStringLiteral("email/")));
    QVERIFY(price(QStringLiteral("email/")).isNull()); // email is not priced per attempt
}

void TestAttemptsApi::blockedSendsAreNoAttempts()
{
    // Fraud Guard, Geo Permissions and the carrier refuse before any delivery: nothing to list.
    QVERIFY(sendOnly(QStringLiteral("+12025550191"), QStringLiteral("sms")).isEmpty());
    QVERIFY(sendOnly(QStringLiteral("+5351234567"), QStringLiteral("sms")).isEmpty());
    QVERIFY(sendOnly(VerifyEmulator::undeliverableNumber(), QStringLiteral("sms")).isEmpty());
    for (int i = 0; i < VerifyEmulator::maxSends + 1; ++i) {
        sendOnly(smsUser, QStringLiteral("sms")); // the sixth is refused with 60203
    }
    const Answer summary = get(QStringLiteral("/v2/Attempts/Summary"));
    QCOMPARE(summary.json[QStringLiteral("total_attempts")].toInt(), VerifyEmulator::maxSends);
}

void TestAttemptsApi::retentionBoundsMemory()
{
    AttemptLog &log = m_server->verify()->attempts();
    QCOMPARE(log.maxAgeDays(), 30);
    log.setRetention(30, 3);
    QStringList verifications;
    for (int i = 0; i < 4; ++i) {
        verifications << approve(QStringLiteral("+1202555017%1").arg(i), QStringLiteral("sms"));
    }
    QCOMPARE(log.size(), 3);
    const Answer list = get(QStringLiteral("/v2/Attempts"));
    QCOMPARE(list.json[QStringLiteral("attempts")].toArray().size(), 3);
    QCOMPARE(get(QStringLiteral("/v2/Attempts?VerificationSid=") + verifications.constFirst())
                 .json[QStringLiteral("attempts")]
                 .toArray()
                 .size(),
             0);

    // Older than 30 days on the sandbox's clock: gone.
    m_clock->advanceSeconds(29 * 24 * 3600);
    QCOMPARE(get(QStringLiteral("/v2/Attempts/Summary")).json[QStringLiteral("total_attempts")].toInt(), 3);
    m_clock->advanceSeconds(2 * 24 * 3600);
    QCOMPARE(get(QStringLiteral("/v2/Attempts/Summary")).json[QStringLiteral("total_attempts")].toInt(), 0);
    QCOMPARE(log.size(), 0);
}

void TestAttemptsApi::malformedParametersAre400_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("date without time")
        << QStringLiteral("/v2/Attempts?DateCreatedAfter=2026-01-01") << QStringLiteral("DateCreatedAfter");
    QTest::newRow("date as words") << QStringLiteral("/v2/Attempts/Summary?DateCreatedBefore=yesterday")
                                   << QStringLiteral("DateCreatedBefore");
    QTest::newRow("page size 0") << QStringLiteral("/v2/Attempts?PageSize=0") << QStringLiteral("PageSize");
    QTest::newRow("page size 1001") << QStringLiteral("/v2/Attempts?PageSize=1001")
                                    << QStringLiteral("PageSize");
    QTest::newRow("page token") << QStringLiteral("/v2/Attempts?PageToken=nonsense")
                                << QStringLiteral("PageToken");
    QTest::newRow("channel") << QStringLiteral("/v2/Attempts?Channel=fax") << QStringLiteral("Channel");
    QTest::newRow("status") << QStringLiteral("/v2/Attempts?Status=approved") << QStringLiteral("Status");
    QTest::newRow("service sid") << QStringLiteral("/v2/Attempts/Summary?VerifyServiceSid=VA123")
                                 << QStringLiteral("VerifyServiceSid");
    QTest::newRow("verification sid")
        << QStringLiteral("/v2/Attempts?VerificationSid=VA00000000000000000000000000000000")
        << QStringLiteral("VerificationSid");
    QTest::newRow("country") << QStringLiteral("/v2/Attempts?Country=USA") << QStringLiteral("Country");
}

void TestAttemptsApi::malformedParametersAre400()
{
    QFETCH(QString, query);
    QFETCH(QString, parameter);
    const Answer answer = get(query);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json[QStringLiteral("code")].toInt(), 60200);
    QCOMPARE(answer.json[QStringLiteral("message")].toString(),
             QStringLiteral("Invalid parameter: ") + parameter);
}

void TestAttemptsApi::needsCredentials()
{
    for (const QString &path : {QStringLiteral("/v2/Attempts"), QStringLiteral("/v2/Attempts/Summary"),
                                QStringLiteral("/v2/Attempts/VL00000000000000000000000000000000")}) {
        const Answer answer = get(path, false);
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.json[QStringLiteral("code")].toInt(), 20003);
    }
}

QTEST_GUILESS_MAIN(TestAttemptsApi)
#include "TestAttemptsApi.moc"
