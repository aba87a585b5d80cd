// VerifyClient against the sandbox over loopback (Twilio's semantics, the clock moved by hand), and against
// a scripted server for what the sandbox does not do on demand: transport failures, redirects, retries.

#include "HttpClient.h"
#include "LoopbackSandbox.h"
#include "Outbox.h"
#include "PhoneNumber.h"
#include "SandboxServer.h"
#include "ScriptedHttpServer.h"
#include "TestNumbers.h"
#include "VerifyClient.h"
#include "VerifyEmulator.h"
#include "WrongCode.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace latchkey;
using latchkey::testing::LoopbackSandbox;
using latchkey::testing::wrongCodeFor;

namespace {

const QString number = QStringLiteral("+12025550142");

/** What one call of the client ended with. */
struct Outcome
{
    enum class Kind { None, Service, Started, Checked, Canceled, Fetched, Failed };
    Kind kind = Kind::None;
    VerifyService service;
    Verification verification;
    AuthError error;
};

} // namespace

class TestVerifyClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void accountIsValidatedUpFront_data();
    void accountIsValidatedUpFront();
    void invalidAccountSendsNothing();
    void serviceFetchReadsEveryField();
    void startParsesEveryField();
    void requestsAreEncodedLikeTwilioSdks();
    void messageFollowsTheLocale_data();
    void messageFollowsTheLocale();
    void localeForUiLanguages_data();
    void localeForUiLanguages();
    void resendKeepsTheCodeAndMayChangeChannel();
    void wrongCodeIsPendingRightCodeIsApproved();
    void checkByToWithoutSid();
    void fifthWrongCheckLocksWithTimeLeft();
    void sixthSendLocksWithTimeLeft();
    void expiredVerificationIsCodeExpired();
    void approvedVerificationIsGone();
    void cancelAndFetch();
    void unknownServiceIsServiceNotFound();
    void badCredentials_data();
    void badCredentials();
    void accountSidAndAuthTokenWork();
    void refusalsOfDelivery_data();
    void refusalsOfDelivery();
    void callFallbackOnlyWhereACallHelps_data();
    void callFallbackOnlyWhereACallHelps();
    void malformedNumbersNeverLeave_data();
    void malformedNumbersNeverLeave();
    void malformedEmailAddressesNeverLeave();
    void impossibleCodesNeverLeave_data();
    void impossibleCodesNeverLeave();
    void twilioErrorCodesAreTyped_data();
    void twilioErrorCodesAreTyped();
    void rfc9457BodyIsRead();
    void unreadableSuccessIsBadResponse();
    void aStartCutOffMidAnswerIsNeverStarted();
    void anEndlessAnswerIsTooLarge();
    void aVerificationOverItsCapIsTooLarge();

    void connectionRefused();
    void hostNotFound();
    void timeoutIsNotRetried();
    void tlsFailure();
    void redirectIsAnErrorAndNotFollowed();
    void fetchRetriesOn5xxAnd429();
    void fetchHonoursRetryAfter();
    void longRetryAfterIsReportedNotWaited();
    void postsAreNeverRetriedOnAnAnswer_data();
    void postsAreNeverRetriedOnAnAnswer();
    void abortEmitsNothing();

private:
    VerifyAccount sandboxAccount() const;
    std::unique_ptr<VerifyClient> clientFor(const VerifyAccount &account);
    Outcome run(VerifyClient *client, const std::function<void()> &call, int timeoutMsecs = 10000);
    Outcome start(const QString &to = number, Channel channel = Channel::Sms, const QString &locale = {});
    Outcome check(const QString &code, const QString &sid, const QString &to = number);
    QString lastCode(const QString &to = number) const { return m_sandbox->server.outbox()->lastCodeFor(to); }
    int verifyRequests() const;

    std::unique_ptr<LoopbackSandbox> m_sandbox;
    std::unique_ptr<VerifyClient> m_client;
};

void TestVerifyClient::init()
{
    m_sandbox = std::make_unique<LoopbackSandbox>();
    QVERIFY(m_sandbox->listening);
    m_sandbox->http.setTransferTimeout(5000);
    m_client = clientFor(sandboxAccount());
}

void TestVerifyClient::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

VerifyAccount TestVerifyClient::sandboxAccount() const
{
    VerifyAccount account;
    account.baseUrl = m_sandbox->server.baseUrl();
    account.serviceSid = SandboxServer::serviceSid();
    account.keySid = SandboxServer::apiKeySid();
    account.secret = SandboxServer::apiKeySecret();
    return account;
}

std::unique_ptr<VerifyClient> TestVerifyClient::clientFor(const VerifyAccount &account)
{
    auto client = std::make_unique<VerifyClient>(&m_sandbox->http, account);
    client->setClock(&m_sandbox->clock);
    client->setRetryPolicy({3, 10, 40, 30});
    return client;
}

Outcome TestVerifyClient::run(VerifyClient *client, const std::function<void()> &call, int timeoutMsecs)
{
    Outcome outcome;
    QObject context;
    const auto done = [&outcome](Outcome::Kind kind) { outcome.kind = kind; };
    connect(client, &VerifyClient::serviceFetched, &context, [&](const VerifyService &service) {
        outcome.service = service;
        done(Outcome::Kind::Service);
    });
    connect(client, &VerifyClient::verificationStarted, &context, [&](const Verification &verification) {
        outcome.verification = verification;
        done(Outcome::Kind::Started);
    });
    connect(client, &VerifyClient::codeChecked, &context, [&](const Verification &verification) {
        outcome.verification = verification;
        done(Outcome::Kind::Checked);
    });
    connect(client, &VerifyClient::verificationCanceled, &context, [&](const Verification &verification) {
        outcome.verification = verification;
        done(Outcome::Kind::Canceled);
    });
    connect(client, &VerifyClient::verificationFetched, &context, [&](const Verification &verification) {
        outcome.verification = verification;
        done(Outcome::Kind::Fetched);
    });
    connect(client, &VerifyClient::failed, &context, [&](const AuthError &error) {
        outcome.error = error;
        done(Outcome::Kind::Failed);
    });
    call();
    // Every answer is asynchronous, even a refusal made before any request.
    if (outcome.kind != Outcome::Kind::None) {
        qWarning("the client answered synchronously");
    }
    if (!QTest::qWaitFor([&] { return outcome.kind != Outcome::Kind::None; }, timeoutMsecs)) {
        qWarning("the client did not answer in time");
    }
    return outcome;
}

Outcome TestVerifyClient::start(const QString &to, Channel channel, const QString &locale)
{
    return run(m_client.get(), [&] { m_client->startVerification(testing::e164(to), channel, locale); });
}

Outcome TestVerifyClient::check(const QString &code, const QString &sid, const QString &to)
{
    return run(m_client.get(), [&] { m_client->checkCode(testing::e164(to), sid, code); });
}

int TestVerifyClient::verifyRequests() const
{
    int count = 0;
    const QList<SandboxExchange> log = m_sandbox->server.requestLog();
    for (const SandboxExchange &exchange : log) {
        if (exchange.route.startsWith(QLatin1String("verify.")) ||
            exchange.route == QLatin1String("missing")) {
            ++count;
        }
    }
    return count;
}

// ---- configuration ----------------------------------------------------------------------------------

void TestVerifyClient::accountIsValidatedUpFront_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("serviceSid");
    QTest::addColumn<QString>("keySid");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("named"); // the setting the message must name; empty: valid

    const QString url = QStringLiteral("https://verify.twilio.com");
    const QString va = QStringLiteral("VA0123456789abcdef0123456789ABCDEF");
    const QString sk = QStringLiteral("SK0123456789abcdef0123456789abcdef");
    const QString ac = QStringLiteral("AC0123456789abcdef0123456789abcdef");
    const QString secret = QStringLiteral("s3cret");
    QTest::newRow("valid api key") << url << va << sk << secret << QString();
    QTest::newRow("valid account") << url << va << ac << secret << QString();
    QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:8080") << va << sk << secret
                                   << QString();
    QTest::newRow("trailing slash") << QStringLiteral("https://verify.twilio.com/") << va << sk << secret
                                    << QString();
    QTest::newRow("http elsewhere") << QStringLiteral("http://verify.twilio.com") << va << sk << secret
                                    << QStringLiteral("Verify/BaseUrl");
    QTest::newRow("not a url") << QStringLiteral("verify twilio") << va << sk << secret
                               << QStringLiteral("Verify/BaseUrl");
    QTest::newRow("ftp") << QStringLiteral("ftp://verify.twilio.com") << va << sk << secret
                         << QStringLiteral("Verify/BaseUrl");
    QTest::newRow("with path") << QStringLiteral("https://verify.twilio.com/v2") << va << sk << secret
                               << QStringLiteral("Verify/BaseUrl");
    QTest::newRow("with query") << QStringLiteral("https://verify.twilio.com/?a=b") << va << sk << secret
                                << QStringLiteral("Verify/BaseUrl");
    QTest::newRow("with user") << QStringLiteral("https://me:pw@verify.twilio.com") << va << sk << secret
                               << QStringLiteral("Verify/BaseUrl");
    QTest::newRow("no service") << url << QString() << sk << secret << QStringLiteral("Verify/ServiceSid");
    QTest::newRow("short service") << url << va.chopped(1) << sk << secret
                                   << QStringLiteral("Verify/ServiceSid");
    QTest::newRow("long service") << url << va + u'0' << sk << secret << QStringLiteral("Verify/ServiceSid");
    QTest::newRow("service not hex") << url << QStringLiteral("VA0123456789abcdef0123456789abcdeg") << sk
                                     << secret << QStringLiteral("Verify/ServiceSid");
    QTest::newRow("account sid as service")
        << url << ac << sk << secret << QStringLiteral("Verify/ServiceSid");
    QTest::newRow("lower-case prefix") << url << QStringLiteral("va0123456789abcdef0123456789abcdef") << sk
                                       << secret << QStringLiteral("Verify/ServiceSid");
    QTest::newRow("bad key") << url << va << QStringLiteral("SKnope") << secret
                             << QStringLiteral("Verify/ApiKeySid");
    QTest::newRow("service as key") << url << va << va << secret << QStringLiteral("Verify/ApiKeySid");
    QTest::newRow("no secret") << url << va << sk << QString() << QStringLiteral("keychain");
}

void TestVerifyClient::accountIsValidatedUpFront()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, serviceSid);
    QFETCH(QString, keySid);
    QFETCH(QString, secret);
    QFETCH(QString, named);
    const AuthError error = VerifyClient::validateAccount({QUrl(baseUrl), serviceSid, keySid, secret});
    if (named.isEmpty()) {
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        return;
    }
    QCOMPARE(error.kind, AuthError::Kind::ConfigurationProblem);
    QVERIFY2(error.userMessage().contains(named), qPrintable(error.userMessage()));
    QVERIFY(!error.userMessage().contains(QLatin1String("s3cret")));
}

void TestVerifyClient::invalidAccountSendsNothing()
{
    VerifyAccount account = sandboxAccount();
    account.serviceSid = QStringLiteral("VA123");
    auto client = clientFor(account);
    const Outcome outcome =
        run(client.get(), [&] { client->startVerification(testing::e164(number), Channel::Sms); });
    QCOMPARE(outcome.kind, Outcome::Kind::Failed);
    QCOMPARE(outcome.error.kind, AuthError::Kind::ConfigurationProblem);
    QVERIFY(outcome.error.userMessage().contains(QLatin1String("Verify/ServiceSid")));
    QCOMPARE(verifyRequests(), 0);
}

// ---- the Verify resources ---------------------------------------------------------------------------

void TestVerifyClient::serviceFetchReadsEveryField()
{
    QVERIFY(m_sandbox->server.verify()->setCodeLength(8));
    const Outcome outcome = run(m_client.get(), [&] { m_client->fetchService(); });
    QCOMPARE(outcome.kind, Outcome::Kind::Service);
    const VerifyService &service = outcome.service;
    QCOMPARE(service.sid, SandboxServer::serviceSid());
    QCOMPARE(service.accountSid, SandboxServer::accountSid());
    QCOMPARE(service.friendlyName, QStringLiteral("Latchkey Sandbox"));
    QCOMPARE(service.codeLength, 8);
    QVERIFY(!service.lookupEnabled);
    QVERIFY(!service.customCodeEnabled);
    QCOMPARE(service.totp.toObject().value(QLatin1String("time_step")).toInt(), 30);
    QVERIFY(service.push.isObject());
    QVERIFY(service.whatsapp.isObject());
    QVERIFY(service.passkeys.isObject());
    QCOMPARE(service.dateCreated, m_sandbox->clock.now());
    QCOMPARE(service.links.size(), 7);
    QCOMPARE(service.links.value(QStringLiteral("verification_checks")).path(),
             QStringLiteral("/v2/Services/%1/VerificationCheck").arg(SandboxServer::serviceSid()));
    QCOMPARE(service.url.path(), QStringLiteral("/v2/Services/%1").arg(SandboxServer::serviceSid()));
}

void TestVerifyClient::startParsesEveryField()
{
    const Outcome outcome = start();
    QCOMPARE(outcome.kind, Outcome::Kind::Started);
    const Verification &v = outcome.verification;
    QVERIFY(QRegularExpression(QStringLiteral("^VE[0-9a-f]{32}$")).match(v.sid).hasMatch());
    QCOMPARE(v.serviceSid, SandboxServer::serviceSid());
    QCOMPARE(v.accountSid, SandboxServer::accountSid());
    QCOMPARE(v.to, number);
    QCOMPARE(v.channel, QStringLiteral("sms"));
    QCOMPARE(v.status, QStringLiteral("pending"));
    QVERIFY(!v.valid);
    QVERIFY(!v.isApproved());
    QVERIFY(v.lookup.isObject());
    QVERIFY(v.amount.isEmpty());
    QCOMPARE(v.sendCodeAttempts.size(), 1);
    QVERIFY(v.sendCodeAttempts[0].attemptSid.startsWith(QLatin1String("VL")));
    QCOMPARE(v.sendCodeAttempts[0].time, m_sandbox->clock.now());
    QCOMPARE(v.dateCreated, m_sandbox->clock.now());
    QCOMPARE(v.dateUpdated, m_sandbox->clock.now());
    QVERIFY(v.sna.isNull());
    QCOMPARE(v.url.path(),
             QStringLiteral("/v2/Services/%1/Verifications/%2").arg(SandboxServer::serviceSid(), v.sid));
}

void TestVerifyClient::requestsAreEncodedLikeTwilioSdks()
{
    // The scripted server sees the raw request, Authorization included.
    ScriptedHttpServer server;
    server.setFallback(ScriptedAnswer::json(201, R"({"sid":"VE0","status":"pending","to":"+12025550142"})"));
    VerifyAccount account = sandboxAccount();
    account.baseUrl = server.url();
    auto client = clientFor(account);
    QCOMPARE(run(client.get(),
                 [&] {
                     client->startVerification(testing::e164(number), Channel::WhatsApp,
                                               QStringLiteral("pt-BR"));
                 })
                 .kind,
             Outcome::Kind::Started);
    QCOMPARE(run(client.get(),
                 [&] { client->checkCode(testing::e164(number), QString(), QStringLiteral("0123")); })
                 .kind,
             Outcome::Kind::Checked);
    const QList<ReceivedRequest> requests = server.requests();
    QCOMPARE(requests.size(), 2);
    const ReceivedRequest &startRequest = requests[0];
    QCOMPARE(startRequest.method, QByteArray("POST"));
    QCOMPARE(startRequest.target,
             "/v2/Services/" + SandboxServer::serviceSid().toLatin1() + "/Verifications");
    QCOMPARE(startRequest.body, QByteArray("To=%2B12025550142&Channel=whatsapp&Locale=pt-BR"));
    QCOMPARE(startRequest.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(startRequest.header("Accept"), QByteArray("application/json"));
    QCOMPARE(startRequest.header("Authorization"),
             "Basic " +
                 (SandboxServer::apiKeySid() + u':' + SandboxServer::apiKeySecret()).toUtf8().toBase64());
    QCOMPARE(requests[1].target,
             "/v2/Services/" + SandboxServer::serviceSid().toLatin1() + "/VerificationCheck");
    QCOMPARE(requests[1].body, QByteArray("Code=0123&To=%2B12025550142"));
}

void TestVerifyClient::messageFollowsTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("word");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en")
                        << QStringLiteral("verification code");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("de") << QStringLiteral("Bestätigungscode");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("es") << QStringLiteral("código");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("fr") << QStringLiteral("Votre code");
    QTest::newRow("fr-CA") << QStringLiteral("fr-CA") << QStringLiteral("fr") << QStringLiteral("Votre code");
    QTest::newRow("none") << QString() << QStringLiteral("en") << QStringLiteral("verification code");
    QTest::newRow("unknown") << QStringLiteral("pt-BR") << QStringLiteral("en")
                             << QStringLiteral("verification code");
}

void TestVerifyClient::messageFollowsTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QFETCH(QString, word);
    QCOMPARE(start(number, Channel::Sms, locale).kind, Outcome::Kind::Started);
    const OutboxMessage message = m_sandbox->server.outbox()->messages().constLast();
    QCOMPARE(message.locale, language);
    QVERIFY2(message.text.contains(word), qPrintable(message.text));
    QVERIFY(message.text.contains(message.code));
    QVERIFY(message.text.contains(QLatin1String("Latchkey Sandbox")));
}

void TestVerifyClient::localeForUiLanguages_data()
{
    QTest::addColumn<QString>("uiLocale");
    QTest::addColumn<QString>("twilioLocale");
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("de");
    QTest::newRow("fr_CA") << QStringLiteral("fr_CA") << QStringLiteral("fr");
    QTest::newRow("es_ES") << QStringLiteral("es_ES") << QStringLiteral("es");
    QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("en");
    QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("en-GB");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("pt-BR");
    QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("en");
}

void TestVerifyClient::localeForUiLanguages()
{
    QFETCH(QString, uiLocale);
    QFETCH(QString, twilioLocale);
    QCOMPARE(VerifyClient::localeFor(QLocale(uiLocale)), twilioLocale);
}

void TestVerifyClient::resendKeepsTheCodeAndMayChangeChannel()
{
    const Outcome first = start();
    const QString code = lastCode();
    const Outcome second = start(number, Channel::Call);
    QCOMPARE(second.kind, Outcome::Kind::Started);
    QCOMPARE(second.verification.sid, first.verification.sid);
    QCOMPARE(second.verification.channel, QStringLiteral("call"));
    QCOMPARE(second.verification.sendCodeAttempts.size(), 2);
    QCOMPARE(lastCode(), code);
    QCOMPARE(m_sandbox->server.outbox()->messages().constLast().channel, Channel::Call);
}

void TestVerifyClient::wrongCodeIsPendingRightCodeIsApproved()
{
    const QString sid = start().verification.sid;
    const Outcome wrong = check(wrongCodeFor(lastCode()), sid);
    QCOMPARE(wrong.kind, Outcome::Kind::Checked); // a 2xx, not an error
    QCOMPARE(wrong.verification.status, QStringLiteral("pending"));
    QVERIFY(!wrong.verification.isApproved());
    QVERIFY(wrong.verification.snaAttemptsErrorCodes.isEmpty());
    const Outcome right = check(lastCode(), sid);
    QCOMPARE(right.kind, Outcome::Kind::Checked);
    QVERIFY(right.verification.isApproved());
    QVERIFY(right.verification.valid);
    QCOMPARE(right.verification.sid, sid);
    // The check went by VerificationSid, since the caller held it.
    QVERIFY(m_sandbox->server.requestLog().constLast().requestBody.contains(
        QByteArray("VerificationSid=" + sid.toLatin1())));
    QVERIFY(!m_sandbox->server.requestLog().constLast().requestBody.contains("To="));
}

void TestVerifyClient::checkByToWithoutSid()
{
    start();
    const Outcome right = check(lastCode(), QString());
    QVERIFY(right.verification.isApproved());
    QVERIFY(m_sandbox->server.requestLog().constLast().requestBody.contains("To=%2B12025550142"));
}

void TestVerifyClient::fifthWrongCheckLocksWithTimeLeft()
{
    const QString sid = start().verification.sid;
    const QString wrong = wrongCodeFor(lastCode());
    m_sandbox->clock.advanceSeconds(120);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(check(wrong, sid).kind, Outcome::Kind::Checked);
    }
    const Outcome fifth = check(wrong, sid);
    QCOMPARE(fifth.kind, Outcome::Kind::Failed);
    QCOMPARE(fifth.error.kind, AuthError::Kind::TooManyChecks);
    QCOMPARE(fifth.error.serverCode, 60202);
    QCOMPARE(fifth.error.httpStatus, 429);
    QCOMPARE(fifth.error.retryAfterSeconds, 480); // 10 minutes from creation, 2 gone
    QVERIFY(fifth.error.userMessage().contains(QLatin1String("about 8 minute")));
    // Dead: even the right code is refused now.
    QCOMPARE(check(lastCode(), sid).error.kind, AuthError::Kind::TooManyChecks);
}

void TestVerifyClient::sixthSendLocksWithTimeLeft()
{
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(start().kind, Outcome::Kind::Started);
        m_sandbox->clock.advanceSeconds(60);
    }
    const Outcome sixth = start();
    QCOMPARE(sixth.error.kind, AuthError::Kind::TooManySends);
    QCOMPARE(sixth.error.serverCode, 60203);
    QCOMPARE(sixth.error.retryAfterSeconds, 300);
    QCOMPARE(m_sandbox->server.outbox()->messages().size(), 5);
}

void TestVerifyClient::expiredVerificationIsCodeExpired()
{
    const QString sid = start().verification.sid;
    m_sandbox->clock.advanceSeconds(599);
    QCOMPARE(run(m_client.get(), [&] { m_client->fetchVerification(sid); }).kind, Outcome::Kind::Fetched);
    m_sandbox->clock.advanceSeconds(1);
    const Outcome expired = check(lastCode(), sid);
    QCOMPARE(expired.error.kind, AuthError::Kind::CodeExpired);
    QCOMPARE(expired.error.serverCode, 20404);
    QCOMPARE(expired.error.httpStatus, 404);
    QCOMPARE(expired.error.userMessage(), AuthError::of(AuthError::Kind::CodeExpired).userMessage());
    // A new start gets a new verification and a new code.
    const Outcome again = start();
    QVERIFY(again.verification.sid != sid);
}

void TestVerifyClient::approvedVerificationIsGone()
{
    const QString sid = start().verification.sid;
    const QString code = lastCode();
    QVERIFY(check(code, sid).verification.isApproved());
    QCOMPARE(check(code, sid).error.kind, AuthError::Kind::CodeExpired);
    QCOMPARE(run(m_client.get(), [&] { m_client->fetchVerification(sid); }).error.kind,
             AuthError::Kind::CodeExpired);
}

void TestVerifyClient::cancelAndFetch()
{
    const QString sid = start().verification.sid;
    const Outcome fetched = run(m_client.get(), [&] { m_client->fetchVerification(sid); });
    QCOMPARE(fetched.kind, Outcome::Kind::Fetched);
    QCOMPARE(fetched.verification.status, QStringLiteral("pending"));
    QCOMPARE(fetched.verification.sid, sid);
    const Outcome canceled = run(m_client.get(), [&] { m_client->cancelVerification(sid); });
    QCOMPARE(canceled.kind, Outcome::Kind::Canceled);
    QCOMPARE(canceled.verification.status, QStringLiteral("canceled"));
    QVERIFY(m_sandbox->server.requestLog().constLast().requestBody == "Status=canceled");
    QCOMPARE(check(lastCode(), sid).error.kind, AuthError::Kind::CodeExpired);
    QCOMPARE(run(m_client.get(), [&] { m_client->cancelVerification(sid); }).error.kind,
             AuthError::Kind::CodeExpired);
}

void TestVerifyClient::unknownServiceIsServiceNotFound()
{
    VerifyAccount account = sandboxAccount();
    account.serviceSid = QStringLiteral("VA00000000000000000000000000000000");
    auto client = clientFor(account);
    const Outcome service = run(client.get(), [&] { client->fetchService(); });
    QCOMPARE(service.error.kind, AuthError::Kind::ServiceNotFound);
    QCOMPARE(service.error.serverCode, 20404);
    const Outcome started =
        run(client.get(), [&] { client->startVerification(testing::e164(number), Channel::Sms); });
    QCOMPARE(started.error.kind, AuthError::Kind::ServiceNotFound);
    QVERIFY(m_sandbox->server.outbox()->messages().isEmpty());
}

void TestVerifyClient::badCredentials_data()
{
    QTest::addColumn<QString>("keySid");
    QTest::addColumn<QString>("secret");
    QTest::newRow("wrong secret") << SandboxServer::apiKeySid() << QStringLiteral("wrong");
    QTest::newRow("unknown key") << QStringLiteral("SK00000000000000000000000000000000")
                                 << SandboxServer::apiKeySecret();
    QTest::newRow("account, wrong token") << SandboxServer::accountSid() << QStringLiteral("wrong");
    QTest::newRow("account with key secret") << SandboxServer::accountSid() << SandboxServer::apiKeySecret();
}

void TestVerifyClient::badCredentials()
{
    QFETCH(QString, keySid);
    QFETCH(QString, secret);
    VerifyAccount account = sandboxAccount();
    account.keySid = keySid;
    account.secret = secret;
    auto client = clientFor(account);
    for (const auto &call : QList<std::function<void()>>{
             [&] { client->fetchService(); },
             [&] { client->startVerification(testing::e164(number), Channel::Sms); },
             [&] { client->checkCode(testing::e164(number), QString(), QStringLiteral("123456")); }}) {
        const Outcome outcome = run(client.get(), call);
        QCOMPARE(outcome.error.kind, AuthError::Kind::NotAuthorized);
        QCOMPARE(outcome.error.serverCode, 20003);
        QCOMPARE(outcome.error.httpStatus, 401);
    }
    QCOMPARE(verifyRequests(), 3); // none retried
    QVERIFY(m_sandbox->server.outbox()->messages().isEmpty());
}

void TestVerifyClient::accountSidAndAuthTokenWork()
{
    const QString accountSid = QStringLiteral("AC11111111111111111111111111111111");
    QVERIFY(m_sandbox->server.setAccount(accountSid, QStringLiteral("token-1")));
    VerifyAccount account = sandboxAccount();
    account.keySid = accountSid;
    account.secret = QStringLiteral("token-1");
    auto client = clientFor(account);
    const Outcome outcome =
        run(client.get(), [&] { client->startVerification(testing::e164(number), Channel::Sms); });
    QCOMPARE(outcome.kind, Outcome::Kind::Started);
    QCOMPARE(outcome.verification.accountSid, accountSid);
    // The replaced account is no longer accepted; the API key still is.
    account.keySid = SandboxServer::accountSid();
    account.secret = SandboxServer::authToken();
    auto old = clientFor(account);
    QCOMPARE(run(old.get(), [&] { old->fetchService(); }).error.kind, AuthError::Kind::NotAuthorized);
    QCOMPARE(run(m_client.get(), [&] { m_client->fetchService(); }).kind, Outcome::Kind::Service);
}

void TestVerifyClient::refusalsOfDelivery_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("channel");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("kind");
    QTest::newRow("landline") << VerifyEmulator::landlineNumber() << int(Channel::Sms) << 60205
                              << int(AuthError::Kind::LandlineNoSms);
    QTest::newRow("fraud guard") << QStringLiteral("+12025550193") << int(Channel::Sms) << 60410
                                 << int(AuthError::Kind::DeliveryBlocked);
    QTest::newRow("geo permissions") << QStringLiteral("+5351234567") << int(Channel::Call) << 60605
                                     << int(AuthError::Kind::DeliveryBlocked);
    QTest::newRow("undeliverable") << VerifyEmulator::undeliverableNumber() << int(Channel::Sms) << 60006
                                   << int(AuthError::Kind::InvalidPhoneNumber);
}

void TestVerifyClient::refusalsOfDelivery()
{
    QFETCH(QString, to);
    QFETCH(int, channel);
    QFETCH(int, code);
    QFETCH(int, kind);
    const Outcome outcome = start(to, Channel(channel));
    QCOMPARE(outcome.kind, Outcome::Kind::Failed);
    QCOMPARE(outcome.error.serverCode, code);
    QCOMPARE(int(outcome.error.kind), kind);
    QVERIFY(!outcome.error.userMessage().isEmpty());
    QVERIFY(m_sandbox->server.outbox()->messages().isEmpty());
    // The landline takes a call, though.
    if (code == 60205) {
        QCOMPARE(start(to, Channel::Call).kind, Outcome::Kind::Started);
    }
}

void TestVerifyClient::callFallbackOnlyWhereACallHelps_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("smsOff");
    QTest::addColumn<bool>("callsAllowed");
    QTest::addColumn<bool>("fallsBack");
    QTest::addColumn<int>("code"); // of the failure when it does not fall back
    QTest::newRow("landline") << VerifyEmulator::landlineNumber() << false << true << true << 0;
    QTest::newRow("sms disabled") << number << true << true << true << 0;
    QTest::newRow("landline, calls not allowed")
        << VerifyEmulator::landlineNumber() << false << false << false << 60205;
    QTest::newRow("fraud guard") << QStringLiteral("+12025550190") << false << true << false << 60410;
    QTest::newRow("geo permissions") << QStringLiteral("+5351234567") << false << true << false << 60605;
}

void TestVerifyClient::callFallbackOnlyWhereACallHelps()
{
    QFETCH(QString, to);
    QFETCH(bool, smsOff);
    QFETCH(bool, callsAllowed);
    QFETCH(bool, fallsBack);
    QFETCH(int, code);
    m_sandbox->server.verify()->setChannelEnabled(Channel::Sms, !smsOff);
    m_client->setCallFallbackAllowed(callsAllowed);
    QSignalSpy fallingBack(m_client.get(), &VerifyClient::fallingBackToCall);
    const Outcome outcome = start(to, Channel::Sms);
    if (!fallsBack) {
        QCOMPARE(outcome.error.serverCode, code);
        QCOMPARE(fallingBack.size(), 0);
        QCOMPARE(verifyRequests(), 1);
        return;
    }
    QCOMPARE(outcome.kind, Outcome::Kind::Started);
    QCOMPARE(outcome.verification.channel, QStringLiteral("call"));
    QCOMPARE(fallingBack.size(), 1);
    QCOMPARE(verifyRequests(), 2);
    QCOMPARE(m_sandbox->server.outbox()->messages().size(), 1);
    QCOMPARE(m_sandbox->server.outbox()->messages().constFirst().channel, Channel::Call);
}

void TestVerifyClient::malformedNumbersNeverLeave_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("channel");
    QTest::newRow("no plus") << QStringLiteral("12025550142") << int(Channel::Sms);
    QTest::newRow("spaces") << QStringLiteral("+1 202 555 0142") << int(Channel::Sms);
    QTest::newRow("leading zero") << QStringLiteral("+0202555014") << int(Channel::Call);
    QTest::newRow("too long") << QStringLiteral("+1202555014212345") << int(Channel::Sms);
    QTest::newRow("empty") << QString() << int(Channel::Sms);
    QTest::newRow("letters") << QStringLiteral("+1202CALLNOW") << int(Channel::WhatsApp);
    QTest::newRow("arabic-indic digits") << QStringLiteral("+١٢٠٢٥٥٥٠١٤٢") << int(Channel::Sms);
    QTest::newRow("email by sms") << QStringLiteral("user@example.com") << int(Channel::Sms);
    QTest::newRow("number by email") << number << int(Channel::Email);
}

void TestVerifyClient::malformedNumbersNeverLeave()
{
    QFETCH(QString, to);
    QFETCH(int, channel);
    const std::optional<E164Number> parsed = E164Number::fromString(to);
    if (Channel(channel) == Channel::Email) {
        // A number is never an email address: refused before any request.
        QVERIFY(parsed);
        const Outcome outcome =
            run(m_client.get(), [&] { m_client->startVerification(*parsed, Channel::Email); });
        QCOMPARE(outcome.kind, Outcome::Kind::Failed);
        QCOMPARE(outcome.error.kind, AuthError::Kind::InvalidPhoneNumber);
        QVERIFY(!outcome.error.serverMessage.isEmpty()); // says what is wrong, not just "invalid"
        QCOMPARE(verifyRequests(), 0);
        return;
    }
    // A start takes only what the parser made, which is strict E.164 ([0-9]: \d also matches other digits);
    // anything else is refused before it could be handed over, saying what is wrong.
    static const QRegularExpression strictE164(
        QRegularExpression::anchoredPattern(QStringLiteral("\\+[1-9][0-9]{1,14}")));
    if (parsed) {
        QVERIFY(strictE164.match(parsed->toString()).hasMatch());
    } else {
        QVERIFY(!PhoneNumber::parse(to, QStringLiteral("ZZ")).problemText().isEmpty());
    }
    QCOMPARE(verifyRequests(), 0);
}

void TestVerifyClient::malformedEmailAddressesNeverLeave()
{
    for (const QString &address : {QStringLiteral("user@"), QStringLiteral("+12025550142"), QString()}) {
        const Outcome outcome = run(m_client.get(), [&] { m_client->startEmailVerification(address); });
        QCOMPARE(outcome.kind, Outcome::Kind::Failed);
        QCOMPARE(outcome.error.kind, AuthError::Kind::InvalidPhoneNumber);
        QVERIFY(!outcome.error.serverMessage.isEmpty());
    }
    QCOMPARE(verifyRequests(), 0);
}

void TestVerifyClient::impossibleCodesNeverLeave_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QString() << QStringLiteral("Enter the code");
    QTest::newRow("3 digits") << QStringLiteral("123") << QStringLiteral("this one has 3");
    QTest::newRow("11 digits") << QStringLiteral("12345678901") << QStringLiteral("this one has 11");
    QTest::newRow("1000 digits") << QString(1000, u'7') << QStringLiteral("this one has 1000");
    QTest::newRow("arabic-indic") << QStringLiteral("١٢٣٤٥٦") << QStringLiteral("digits 0 to 9");
    QTest::newRow("full-width") << QStringLiteral("１２３４５６") << QStringLiteral("digits 0 to 9");
    QTest::newRow("space") << QStringLiteral("123 456") << QStringLiteral("other characters");
    QTest::newRow("dash") << QStringLiteral("123-456") << QStringLiteral("other characters");
}

void TestVerifyClient::impossibleCodesNeverLeave()
{
    QFETCH(QString, code);
    QFETCH(QString, says);
    const QString sid = start().verification.sid;
    const int before = verifyRequests();
    const Outcome outcome = check(code, sid);
    QCOMPARE(outcome.error.kind, AuthError::Kind::InvalidCode);
    QVERIFY2(outcome.error.userMessage().contains(says), qPrintable(outcome.error.userMessage()));
    QCOMPARE(verifyRequests(), before);
    // Nothing was used up: the right code still works.
    QVERIFY(check(lastCode(), sid).verification.isApproved());
}

void TestVerifyClient::twilioErrorCodesAreTyped_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("kind");
    QTest::newRow("20003") << 401 << 20003 << int(AuthError::Kind::NotAuthorized);
    QTest::newRow("20404") << 404 << 20404 << int(AuthError::Kind::ServiceNotFound);
    QTest::newRow("20429") << 429 << 20429 << int(AuthError::Kind::RateLimited);
    QTest::newRow("60200") << 400 << 60200 << int(AuthError::Kind::InvalidParameter);
    QTest::newRow("60202") << 429 << 60202 << int(AuthError::Kind::TooManyChecks);
    QTest::newRow("60203") << 429 << 60203 << int(AuthError::Kind::TooManySends);
    QTest::newRow("60205") << 403 << 60205 << int(AuthError::Kind::LandlineNoSms);
    QTest::newRow("60212") << 429 << 60212 << int(AuthError::Kind::ConcurrentRequests);
    QTest::newRow("60221") << 400 << 60221 << int(AuthError::Kind::InvalidParameter);
    QTest::newRow("60223") << 400 << 60223 << int(AuthError::Kind::ChannelDisabled);
    QTest::newRow("60410") << 403 << 60410 << int(AuthError::Kind::DeliveryBlocked);
    QTest::newRow("60605") << 403 << 60605 << int(AuthError::Kind::DeliveryBlocked);
    QTest::newRow("60006") << 400 << 60006 << int(AuthError::Kind::InvalidPhoneNumber);
    QTest::newRow("60238") << 403 << 60238 << int(AuthError::Kind::DeliveryBlocked);
    QTest::newRow("unknown") << 400 << 61234 << int(AuthError::Kind::UnknownServerError);
}

void TestVerifyClient::twilioErrorCodesAreTyped()
{
    QFETCH(int, status);
    QFETCH(int, code);
    QFETCH(int, kind);
    ScriptedHttpServer server;
    const QByteArray body =
        QStringLiteral("{\"code\":%1,\"message\":\"Twilio says %1\",\"more_info\":\"https:"
                       "//www.twilio.com/docs/errors/%1\",\"status\":%2}")
            .arg(code)
            .arg(status)
            .toUtf8();
    server.setFallback(ScriptedAnswer::json(status, body));
    VerifyAccount account = sandboxAccount();
    account.baseUrl = server.url();
    auto client = clientFor(account);
    const Outcome outcome =
        run(client.get(), [&] { client->startVerification(testing::e164(number), Channel::Sms); });
    QCOMPARE(outcome.kind, Outcome::Kind::Failed);
    QCOMPARE(int(outcome.error.kind), kind);
    QCOMPARE(outcome.error.serverCode, code);
    QCOMPARE(outcome.error.httpStatus, status);
    QCOMPARE(server.requests().size(), 1); // a start is never repeated on an answer
    const QString message = outcome.error.userMessage();
    QVERIFY(!message.isEmpty());
    if (code == 61234) {
        QVERIFY(message.contains(QLatin1String("61234")));
        QVERIFY(message.contains(QLatin1String("Twilio says 61234")));
    }
    // Each of the three blocks says which one it is.
    static QHash<int, QString> blocked;
    if (kind == int(AuthError::Kind::DeliveryBlocked)) {
        for (auto it = blocked.cbegin(); it != blocked.cend(); ++it) {
            QVERIFY2(it.value() != message, "two delivery blocks share one message");
        }
        blocked.insert(code, message);
    }
}

void TestVerifyClient::rfc9457BodyIsRead()
{
    ScriptedHttpServer server;
    server.setFallback(ScriptedAnswer::json(
        400, "{\"type\":\"https:"
             "//www.twilio.com/docs/errors/61999\",\"title\":\"Odd\",\"status\":400,\"code\":61999,"
             "\"detail\":\"Something odd\"}"));
    VerifyAccount account = sandboxAccount();
    account.baseUrl = server.url();
    auto client = clientFor(account);
    const Outcome outcome =
        run(client.get(), [&] { client->startVerification(testing::e164(number), Channel::Sms); });
    QCOMPARE(outcome.error.kind, AuthError::Kind::UnknownServerError);
    QCOMPARE(outcome.error.serverCode, 61999);
    QCOMPARE(outcome.error.serverMessage, QStringLiteral("Something odd"));
}

void TestVerifyClient::unreadableSuccessIsBadResponse()
{
    ScriptedHttpServer server;
    server.enqueue(ScriptedAnswer::json(201, "<html>hello</html>"));
    server.enqueue(ScriptedAnswer::json(200, R"({"sid":"VE1"})"));
    VerifyAccount account = sandboxAccount();
    account.baseUrl = server.url();
    auto client = clientFor(account);
    QCOMPARE(
        run(client.get(), [&] { client->startVerification(testing::e164(number), Channel::Sms); }).error.kind,
        AuthError::Kind::BadResponse);
    QCOMPARE(run(client.get(),
                 [&] { client->checkCode(testing::e164(number), QString(), QStringLiteral("123456")); })
                 .error.kind,
             AuthError::Kind::BadResponse);
    // A start answered 2xx that cannot be read keeps its status: the flow says a code may have gone out.
    server.enqueue(ScriptedAnswer::json(201, R"({"status":"pending"})"));
    const Outcome noSid =
        run(client.get(), [&] { client->startVerification(testing::e164(number), Channel::Sms); });
    QCOMPARE(noSid.error.kind, AuthError::Kind::BadResponse);
    QCOMPARE(noSid.error.httpStatus, 201);
}

void TestVerifyClient::aStartCutOffMidAnswerIsNeverStarted()
{
    // A body that is whole JSON but announced longer, then a reset: it would parse, yet it is not the answer.
    ScriptedHttpServer server;
    server.enqueue(ScriptedAnswer::cutOff(201, R"({"sid":"VE1","status":"pending"})"));
    VerifyAccount account = sandboxAccount();
    account.baseUrl = server.url();
    auto client = clientFor(account);
    const Outcome outcome =
        run(client.get(), [&] { client->startVerification(testing::e164(number), Channel::Sms); });
    QCOMPARE(outcome.kind, Outcome::Kind::Failed);
    QCOMPARE(outcome.error.kind, AuthError::Kind::NetworkFailure);
    QCOMPARE(outcome.error.httpStatus, 201); // Twilio had accepted it: the code may be on its way
    QCOMPARE(server.requests().size(), 1);   // and it is never started again by itself
}

void TestVerifyClient::anEndlessAnswerIsTooLarge()
{
    ScriptedHttpServer server;
    server.enqueue(ScriptedAnswer::endless(201));
    VerifyAccount account = sandboxAccount();
    account.baseUrl = server.url();
    auto client = clientFor(account);
    const Outcome outcome =
        run(client.get(), [&] { client->startVerification(testing::e164(number), Channel::Sms); });
    QCOMPARE(outcome.error.kind, AuthError::Kind::ResponseTooLarge);
    QCOMPARE(outcome.error.httpStatus, 201);
    QCOMPARE(server.requests().size(), 1);
}

void TestVerifyClient::aVerificationOverItsCapIsTooLarge()
{
    // Whole, valid JSON, under the general cap: a Verification that large is not one.
    QVERIFY(VerifyClient::maxAnswerBytes + 1 < HttpRequest::defaultMaxResponseBytes);
    ScriptedHttpServer server;
    server.enqueue(ScriptedAnswer::json(201, R"({"sid":"VE1","status":"pending","padding":")" +
                                                 QByteArray(VerifyClient::maxAnswerBytes, 'x') + "\"}"));
    VerifyAccount account = sandboxAccount();
    account.baseUrl = server.url();
    auto client = clientFor(account);
    const Outcome outcome =
        run(client.get(), [&] { client->startVerification(testing::e164(number), Channel::Sms); });
    QCOMPARE(outcome.error.kind, AuthError::Kind::ResponseTooLarge);
    QCOMPARE(server.requests().size(), 1);
}

// ---- transport ----------------------------------------------------------------------------------------

void TestVerifyClient::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        port = closed.serverPort();
    }
    VerifyAccount account = sandboxAccount();
    account.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    auto client = clientFor(account);
    // Refused provably never left, so even a start is tried again (3 tries with backoff), then reported.
    QElapsedTimer timer;
    timer.start();
    const Outcome outcome =
        run(client.get(), [&] { client->startVerification(testing::e164(number), Channel::Sms); });
    QCOMPARE(outcome.error.kind, AuthError::Kind::ConnectionRefused);
    QVERIFY2(timer.elapsed() >= 10, "the retries should have waited a little");
}

void TestVerifyClient::hostNotFound()
{
    VerifyAccount account = sandboxAccount();
    account.baseUrl = QUrl(QStringLiteral("https://latchkey-sandbox-test.invalid"));
    auto client = clientFor(account);
    const Outcome outcome = run(
        client.get(), [&] { client->fetchService(); }, 30000);
    QCOMPARE(outcome.error.kind, AuthError::Kind::HostNotFound);
}

void TestVerifyClient::timeoutIsNotRetried()
{
    ScriptedHttpServer server;
    server.setFallback(ScriptedAnswer::hang());
    m_sandbox->http.setTransferTimeout(300);
    VerifyAccount account = sandboxAccount();
    account.baseUrl = server.url();
    auto client = clientFor(account);
    const Outcome outcome = run(
        client.get(), [&] { client->checkCode(testing::e164(number), QString(), QStringLiteral("123456")); });
    QCOMPARE(outcome.error.kind, AuthError::Kind::Timeout);
    QTest::qWait(100);
    QCOMPARE(server.requests().size(), 1); // the check may have been evaluated: never sent twice by us
}

void TestVerifyClient::tlsFailure()
{
    // A server that answers a TLS ClientHello in plain HTTP.
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
        QTcpSocket *socket = plain.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        });
    });
    VerifyAccount account = sandboxAccount();
    account.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(plain.serverPort()));
    auto client = clientFor(account);
    const Outcome outcome =
        run(client.get(), [&] { client->startVerification(testing::e164(number), Channel::Sms); });
    QCOMPARE(outcome.error.kind, AuthError::Kind::TlsFailure);
}

void TestVerifyClient::redirectIsAnErrorAndNotFollowed()
{
    ScriptedHttpServer elsewhere;
    elsewhere.setFallback(ScriptedAnswer::json(201, R"({"sid":"VE1","status":"pending"})"));
    ScriptedHttpServer server;
    const QByteArray location = elsewhere.url().toString().toLatin1() + "/v2/Services/x/Verifications";
    server.setFallback(ScriptedAnswer::json(307, "{}", {{"Location", location}}));
    VerifyAccount account = sandboxAccount();
    account.baseUrl = server.url();
    auto client = clientFor(account);
    for (const auto &call :
         QList<std::function<void()>>{[&] { client->startVerification(testing::e164(number), Channel::Sms); },
                                      [&] { client->fetchService(); }}) {
        const Outcome outcome = run(client.get(), call);
        QCOMPARE(outcome.error.kind, AuthError::Kind::Redirected);
        QCOMPARE(outcome.error.httpStatus, 307);
    }
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(elsewhere.requests().size(), 0); // the credentials never went there
}

void TestVerifyClient::fetchRetriesOn5xxAnd429()
{
    ScriptedHttpServer server;
    server.enqueue(ScriptedAnswer::json(503, R"({"message":"busy"})"));
    server.enqueue(ScriptedAnswer::json(429, R"({"code":20429,"message":"Too many requests","status":429})"));
    server.setFallback(ScriptedAnswer::json(200, R"({"sid":"VE1","status":"pending","to":"+12025550142"})"));
    VerifyAccount account = sandboxAccount();
    account.baseUrl = server.url();
    auto client = clientFor(account);
    const Outcome outcome = run(client.get(), [&] { client->fetchVerification(QStringLiteral("VE1")); });
    QCOMPARE(outcome.kind, Outcome::Kind::Fetched);
    QCOMPARE(server.requests().size(), 3);

    // Bounded: after maxAttempts the last error is reported.
    ScriptedHttpServer down;
    down.setFallback(ScriptedAnswer::json(502, "{}"));
    account.baseUrl = down.url();
    auto client2 = clientFor(account);
    QCOMPARE(run(client2.get(), [&] { client2->fetchService(); }).error.kind, AuthError::Kind::ServerError);
    QCOMPARE(down.requests().size(), 3);
}

void TestVerifyClient::fetchHonoursRetryAfter()
{
    ScriptedHttpServer server;
    server.enqueue(ScriptedAnswer::json(429, R"({"code":20429,"message":"Too many requests","status":429})",
                                        {{"Retry-After", "1"}}));
    server.setFallback(ScriptedAnswer::json(200, R"({"sid":"VE1","status":"pending"})"));
    VerifyAccount account = sandboxAccount();
    account.baseUrl = server.url();
    auto client = clientFor(account);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(run(client.get(), [&] { client->fetchVerification(QStringLiteral("VE1")); }).kind,
             Outcome::Kind::Fetched);
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(server.requests().size(), 2);
}

void TestVerifyClient::longRetryAfterIsReportedNotWaited()
{
    ScriptedHttpServer server;
    server.setFallback(ScriptedAnswer::json(
        429, R"({"code":20429,"message":"Too many requests","status":429})", {{"Retry-After", "120"}}));
    VerifyAccount account = sandboxAccount();
    account.baseUrl = server.url();
    auto client = clientFor(account);
    const Outcome outcome = run(client.get(), [&] { client->fetchService(); });
    QCOMPARE(outcome.error.kind, AuthError::Kind::RateLimited);
    QCOMPARE(outcome.error.retryAfterSeconds, 120);
    QCOMPARE(server.requests().size(), 1);
}

void TestVerifyClient::postsAreNeverRetriedOnAnAnswer_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("503") << 503 << QByteArray("{}");
    QTest::newRow("500 twilio") << 500
                                << QByteArray(
                                       R"({"code":20500,"message":"Internal Server Error","status":500})");
    QTest::newRow("429") << 429 << QByteArray(R"({"code":20429,"message":"Too many requests","status":429})");
}

void TestVerifyClient::postsAreNeverRetriedOnAnAnswer()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    ScriptedHttpServer server;
    server.setFallback(ScriptedAnswer::json(status, body, {{"Retry-After", "0"}}));
    VerifyAccount account = sandboxAccount();
    account.baseUrl = server.url();
    auto client = clientFor(account);
    for (const auto &call : QList<std::function<void()>>{
             [&] { client->startVerification(testing::e164(number), Channel::Sms); },
             [&] { client->checkCode(testing::e164(number), QString(), QStringLiteral("123456")); },
             [&] { client->cancelVerification(QStringLiteral("VE1")); }}) {
        QCOMPARE(run(client.get(), call).kind, Outcome::Kind::Failed);
    }
    QTest::qWait(50);
    QCOMPARE(server.requests().size(), 3);
}

void TestVerifyClient::abortEmitsNothing()
{
    ScriptedHttpServer server;
    server.setFallback(ScriptedAnswer::hang());
    VerifyAccount account = sandboxAccount();
    account.baseUrl = server.url();
    auto client = clientFor(account);
    QSignalSpy failed(client.get(), &VerifyClient::failed);
    QSignalSpy started(client.get(), &VerifyClient::verificationStarted);
    client->startVerification(testing::e164(number), Channel::Sms);
    QTRY_COMPARE(server.requests().size(), 1);
    QVERIFY(client->isBusy());
    client->abort();
    QVERIFY(!client->isBusy());
    // A refusal queued before the abort is dropped too.
    client->checkCode(testing::e164(number), QString(), QString());
    client->abort();
    QTest::qWait(100);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(started.size(), 0);
}

QTEST_GUILESS_MAIN(TestVerifyClient)
#include "TestVerifyClient.moc"
