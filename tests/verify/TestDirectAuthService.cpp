// DirectAuthService: the AuthService contract over VerifyClient, against the sandbox over loopback.

#include "auth/DirectAuthService.h"
#include "net/HttpClient.h"
#include "sandbox/Outbox.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/VerifyEmulator.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace latchkey;

namespace {

const QString number = QStringLiteral("+12025550142");

QString wrongCode(const QString &code)
{
    QString wrong = code;
    wrong[0] = code.at(0) == u'9' ? u'0' : QChar(code.at(0).unicode() + 1);
    return wrong;
}

} // namespace

class TestDirectAuthService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void logInWaitsForEnrolment();
    void resumeSessionWaitsForEnrolment();
    void sendCodeReadsTheServiceOnce();
    void sendCodeUsesTheLocale();
    void wrongThenRightCode();
    void checkUsesTheHeldVerification();
    void otherNumberIsCheckedByTo();
    void expiredCodeAsksForANewOne();
    void lockoutCarriesTheTimeLeft();
    void landlineFallsBackToACallWhenAllowed();
    void numberOnFileIsNotYetAvailable();
    void badNumberFailsWithoutARequest();
    void abortEmitsNothing();
    void configurationProblemIsReported();

private:
    void waitForOne();
    int requestsTo(const QString &route) const;

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<DirectAuthService> m_auth;
    std::unique_ptr<QSignalSpy> m_codeSent;
    std::unique_ptr<QSignalSpy> m_approved;
    std::unique_ptr<QSignalSpy> m_failed;
    std::unique_ptr<QSignalSpy> m_loggedIn;
};

void TestDirectAuthService::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_server = std::make_unique<SandboxServer>(m_clock.get());
    QVERIFY(m_server->listen());
    m_server->setRequestLogEnabled(true);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_http = std::make_unique<HttpClient>(m_network.get());
    VerifyAccount account;
    account.baseUrl = m_server->baseUrl();
    account.serviceSid = SandboxServer::serviceSid();
    account.keySid = SandboxServer::apiKeySid();
    account.secret = SandboxServer::apiKeySecret();
    m_auth = std::make_unique<DirectAuthService>(m_http.get(), account);
    m_auth->verifyClient()->setClock(m_clock.get());
    m_auth->setLocale(QStringLiteral("en"));
    m_codeSent = std::make_unique<QSignalSpy>(m_auth.get(), &AuthService::codeSent);
    m_approved = std::make_unique<QSignalSpy>(m_auth.get(), &AuthService::codeApproved);
    m_failed = std::make_unique<QSignalSpy>(m_auth.get(), &AuthService::failed);
    m_loggedIn = std::make_unique<QSignalSpy>(m_auth.get(), &AuthService::loggedIn);
}

void TestDirectAuthService::cleanup()
{
    m_codeSent.reset();
    m_approved.reset();
    m_failed.reset();
    m_loggedIn.reset();
    m_auth.reset();
    m_http.reset();
    m_network.reset();
    m_server.reset();
    m_clock.reset();
}

void TestDirectAuthService::waitForOne()
{
    const auto total = [this] {
        return m_codeSent->size() + m_approved->size() + m_failed->size() + m_loggedIn->size();
    };
    const qsizetype before = total();
    QTRY_VERIFY_WITH_TIMEOUT(total() == before + 1, 10000);
}

int TestDirectAuthService::requestsTo(const QString &route) const
{
    int count = 0;
    const QList<SandboxExchange> log = m_server->requestLog();
    for (const SandboxExchange &exchange : log)
        count += exchange.route == route ? 1 : 0;
    return count;
}

void TestDirectAuthService::logInWaitsForEnrolment()
{
    m_auth->logIn(QStringLiteral("demo"), QStringLiteral("secret"));
    QCOMPARE(m_failed->size(), 0); // asynchronous, like every answer
    waitForOne();
    const auto error = m_failed->takeFirst().at(0).value<AuthError>();
    QCOMPARE(error.kind, AuthError::Kind::ConfigurationProblem);
    QCOMPARE(error.userMessage(), QStringLiteral("local accounts arrive with enrolment"));
    QCOMPARE(m_server->requestLog().size(), 0);
}

void TestDirectAuthService::resumeSessionWaitsForEnrolment()
{
    m_auth->resumeSession("token");
    waitForOne();
    QCOMPARE(m_failed->takeFirst().at(0).value<AuthError>().kind, AuthError::Kind::ConfigurationProblem);
}

void TestDirectAuthService::sendCodeReadsTheServiceOnce()
{
    QVERIFY(m_server->verify()->setCodeLength(7));
    m_auth->sendCode(number, Channel::Sms);
    waitForOne();
    QCOMPARE(m_codeSent->size(), 1);
    auto result = m_codeSent->takeFirst().at(0).value<CodeSentResult>();
    QCOMPARE(result.codeLength, 7);
    QCOMPARE(result.channel, Channel::Sms);
    QCOMPARE(m_auth->service().friendlyName, QStringLiteral("Latchkey Sandbox"));
    QVERIFY(m_auth->verificationSid().startsWith(QLatin1String("VE")));

    m_auth->sendCode(number, Channel::WhatsApp); // a resend, by another channel
    waitForOne();
    result = m_codeSent->takeFirst().at(0).value<CodeSentResult>();
    QCOMPARE(result.channel, Channel::WhatsApp);
    QCOMPARE(result.codeLength, 7);
    QCOMPARE(requestsTo(QStringLiteral("verify.service")), 1);
    QCOMPARE(requestsTo(QStringLiteral("verify.start")), 2);
    const QList<OutboxMessage> messages = m_server->outbox()->messages();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages[0].code, messages[1].code);
}

void TestDirectAuthService::sendCodeUsesTheLocale()
{
    m_auth->setLocale(QStringLiteral("fr"));
    m_auth->sendCode(number, Channel::Sms);
    waitForOne();
    QCOMPARE(m_server->outbox()->messages().constFirst().locale, QStringLiteral("fr"));
    QVERIFY(m_server->requestLog().constLast().requestBody.endsWith("&Locale=fr"));
}

void TestDirectAuthService::wrongThenRightCode()
{
    m_auth->sendCode(number, Channel::Sms);
    waitForOne();
    const QString code = m_server->outbox()->lastCodeFor(number);
    m_auth->checkCode(number, wrongCode(code));
    waitForOne();
    QCOMPARE(m_failed->size(), 1);
    QCOMPARE(m_failed->takeFirst().at(0).value<AuthError>().kind, AuthError::Kind::WrongCode);
    m_auth->checkCode(number, code);
    waitForOne();
    QCOMPARE(m_approved->size(), 1);
    QVERIFY(m_auth->verificationSid().isEmpty());
}

void TestDirectAuthService::checkUsesTheHeldVerification()
{
    m_auth->sendCode(number, Channel::Sms);
    waitForOne();
    const QString sid = m_auth->verificationSid();
    m_auth->checkCode(number, m_server->outbox()->lastCodeFor(number));
    waitForOne();
    const QByteArray body = m_server->requestLog().constLast().requestBody;
    QVERIFY(body.contains(QByteArray("VerificationSid=" + sid.toLatin1())));
    QVERIFY(!body.contains("To="));
}

void TestDirectAuthService::otherNumberIsCheckedByTo()
{
    const QString other = QStringLiteral("+12025550143");
    m_auth->sendCode(number, Channel::Sms);
    waitForOne();
    // A verification for another number exists (started elsewhere); the held SID is not for it.
    QVERIFY(m_server->verify()->start(other, QStringLiteral("sms")).ok());
    m_auth->checkCode(other, m_server->outbox()->lastCodeFor(other));
    waitForOne();
    QCOMPARE(m_approved->size(), 1);
    QVERIFY(m_server->requestLog().constLast().requestBody.contains("To=%2B12025550143"));
}

void TestDirectAuthService::expiredCodeAsksForANewOne()
{
    m_auth->sendCode(number, Channel::Sms);
    waitForOne();
    const QString code = m_server->outbox()->lastCodeFor(number);
    m_clock->advanceSeconds(10 * 60);
    m_auth->checkCode(number, code);
    waitForOne();
    QCOMPARE(m_failed->takeFirst().at(0).value<AuthError>().kind, AuthError::Kind::CodeExpired);
    // The next send starts a new verification with a new SID.
    m_auth->sendCode(number, Channel::Sms);
    waitForOne();
    QCOMPARE(m_codeSent->size(), 2);
    QCOMPARE(m_server->verify()->fetch(m_auth->verificationSid()).ok(), true);
}

void TestDirectAuthService::lockoutCarriesTheTimeLeft()
{
    m_auth->sendCode(number, Channel::Sms);
    waitForOne();
    const QString wrong = wrongCode(m_server->outbox()->lastCodeFor(number));
    m_clock->advanceSeconds(30);
    for (int i = 0; i < 5; ++i) {
        m_auth->checkCode(number, wrong);
        waitForOne();
    }
    const auto error = m_failed->takeLast().at(0).value<AuthError>();
    QCOMPARE(error.kind, AuthError::Kind::TooManyChecks);
    QCOMPARE(error.retryAfterSeconds, 570);
    QVERIFY(error.isLockout());
}

void TestDirectAuthService::landlineFallsBackToACallWhenAllowed()
{
    m_auth->verifyClient()->setCallFallbackAllowed(true);
    m_auth->sendCode(VerifyEmulator::landlineNumber(), Channel::Sms);
    waitForOne();
    QCOMPARE(m_codeSent->size(), 1);
    QCOMPARE(m_codeSent->takeFirst().at(0).value<CodeSentResult>().channel, Channel::Call);
    QCOMPARE(m_server->outbox()->messages().constFirst().channel, Channel::Call);

    m_auth->verifyClient()->setCallFallbackAllowed(false);
    m_auth->sendCode(VerifyEmulator::landlineNumber(), Channel::Sms);
    waitForOne();
    QCOMPARE(m_failed->takeFirst().at(0).value<AuthError>().kind, AuthError::Kind::LandlineNoSms);
}

void TestDirectAuthService::numberOnFileIsNotYetAvailable()
{
    m_auth->sendCode(QString(), Channel::Sms);
    waitForOne();
    QCOMPARE(m_failed->takeFirst().at(0).value<AuthError>().kind, AuthError::Kind::InvalidPhoneNumber);
    QCOMPARE(m_server->requestLog().size(), 0);
}

void TestDirectAuthService::badNumberFailsWithoutARequest()
{
    m_auth->sendCode(QStringLiteral("2025550142"), Channel::Sms);
    waitForOne();
    QCOMPARE(m_failed->takeFirst().at(0).value<AuthError>().kind, AuthError::Kind::InvalidPhoneNumber);
    QCOMPARE(requestsTo(QStringLiteral("verify.start")), 0);
}

void TestDirectAuthService::abortEmitsNothing()
{
    m_auth->sendCode(number, Channel::Sms);
    m_auth->abort();
    m_auth->logIn(QStringLiteral("a"), QStringLiteral("b"));
    m_auth->abort();
    QTest::qWait(200);
    QCOMPARE(m_codeSent->size() + m_failed->size() + m_approved->size(), 0);
}

void TestDirectAuthService::configurationProblemIsReported()
{
    VerifyAccount account;
    account.baseUrl = m_server->baseUrl();
    account.serviceSid = QStringLiteral("VAnot-a-sid");
    account.keySid = SandboxServer::apiKeySid();
    account.secret = SandboxServer::apiKeySecret();
    DirectAuthService auth(m_http.get(), account);
    QSignalSpy failed(&auth, &AuthService::failed);
    auth.sendCode(number, Channel::Sms);
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.takeFirst().at(0).value<AuthError>();
    QCOMPARE(error.kind, AuthError::Kind::ConfigurationProblem);
    QVERIFY(error.userMessage().contains(QLatin1String("Verify/ServiceSid")));
    QCOMPARE(m_server->requestLog().size(), 0);
}

QTEST_GUILESS_MAIN(TestDirectAuthService)
#include "TestDirectAuthService.moc"
