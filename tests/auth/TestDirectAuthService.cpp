// DirectAuthService: the AuthService contract over VerifyClient, against the sandbox over loopback.

#include "DirectAuthService.h"
#include "HttpClient.h"
#include "LocalAccount.h"
#include "LoopbackSandbox.h"
#include "MemorySecretStore.h"
#include "Outbox.h"
#include "PasswordVerifier.h"
#include "PhoneNumber.h"
#include "SandboxServer.h"
#include "TestNumbers.h"
#include "VerifyEmulator.h"
#include "WrongCode.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace latchkey;
using latchkey::testing::LoopbackSandbox;
using latchkey::testing::wrongCodeFor;

namespace {

const QString number = QStringLiteral("+12025550142");

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
    void emailWithoutAnAddressOnFileIsRefusedWithoutARequest();
    void emailWithTheServicesEmailOffIsNeverACall();
    void abortEmitsNothing();
    void configurationProblemIsReported();

    // With a local account (direct mode as shipped).
    void prepareAsksForEnrolmentOnAFreshComputer();
    void prepareFailsWithoutTheKeychain();
    void enrolmentThenSignInWithTheNumberOnFile();
    void wrongPasswordIsInvalidCredentials();
    void completeEnrolmentNeedsABeginning();
    void aRememberedSessionIsNotALocalOne();
    void twilioSecretRoundTrips();
    void emailGoesToTheAddressOnFileOnly();

private:
    void waitForOne();
    /** Attaches a fresh LocalAccount over m_store to m_auth. */
    void attachAccount();
    /** Enrols "alice" with number, through the Verify sandbox, on m_store. */
    void enrol(const QString &password);
    int requestsTo(const QString &route) const;

    std::unique_ptr<LoopbackSandbox> m_sandbox;
    std::unique_ptr<DirectAuthService> m_auth;
    std::unique_ptr<QSignalSpy> m_codeSent;
    std::unique_ptr<QSignalSpy> m_approved;
    std::unique_ptr<QSignalSpy> m_failed;
    std::unique_ptr<QSignalSpy> m_loggedIn;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<PasswordVerifier> m_verifier;
    std::unique_ptr<LocalAccount> m_account;
};

void TestDirectAuthService::init()
{
    m_sandbox = std::make_unique<LoopbackSandbox>();
    QVERIFY(m_sandbox->listening);
    VerifyAccount account;
    account.baseUrl = m_sandbox->server.baseUrl();
    account.serviceSid = SandboxServer::serviceSid();
    account.keySid = SandboxServer::apiKeySid();
    account.secret = SandboxServer::apiKeySecret();
    m_auth = std::make_unique<DirectAuthService>(&m_sandbox->http, account);
    m_auth->verifyClient()->setClock(&m_sandbox->clock);
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
    m_account.reset();
    m_verifier.reset();
    m_store.reset();
    m_sandbox.reset();
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
    const QList<SandboxExchange> log = m_sandbox->server.requestLog();
    for (const SandboxExchange &exchange : log) {
        count += exchange.route == route ? 1 : 0;
    }
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
    QCOMPARE(m_sandbox->server.requestLog().size(), 0);
}

void TestDirectAuthService::resumeSessionWaitsForEnrolment()
{
    m_auth->resumeSession("token");
    waitForOne();
    QCOMPARE(m_failed->takeFirst().at(0).value<AuthError>().kind, AuthError::Kind::ConfigurationProblem);
}

void TestDirectAuthService::sendCodeReadsTheServiceOnce()
{
    QVERIFY(m_sandbox->server.verify()->setCodeLength(7));
    m_auth->sendCode(testing::e164(number), Channel::Sms);
    waitForOne();
    QCOMPARE(m_codeSent->size(), 1);
    auto result = m_codeSent->takeFirst().at(0).value<CodeSentResult>();
    QCOMPARE(result.codeLength, 7);
    QCOMPARE(result.channel, Channel::Sms);
    QCOMPARE(m_auth->service().friendlyName, QStringLiteral("Latchkey Sandbox"));
    QVERIFY(m_auth->verificationSid().startsWith(QLatin1String("VE")));

    m_auth->sendCode(testing::e164(number), Channel::WhatsApp); // a resend, by another channel
    waitForOne();
    result = m_codeSent->takeFirst().at(0).value<CodeSentResult>();
    QCOMPARE(result.channel, Channel::WhatsApp);
    QCOMPARE(result.codeLength, 7);
    QCOMPARE(requestsTo(QStringLiteral("verify.service")), 1);
    QCOMPARE(requestsTo(QStringLiteral("verify.start")), 2);
    const QList<OutboxMessage> messages = m_sandbox->server.outbox()->messages();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages[0].code, messages[1].code);
}

void TestDirectAuthService::sendCodeUsesTheLocale()
{
    m_auth->setLocale(QStringLiteral("fr"));
    m_auth->sendCode(testing::e164(number), Channel::Sms);
    waitForOne();
    QCOMPARE(m_sandbox->server.outbox()->messages().constFirst().locale, QStringLiteral("fr"));
    QVERIFY(m_sandbox->server.requestLog().constLast().requestBody.endsWith("&Locale=fr"));
}

void TestDirectAuthService::wrongThenRightCode()
{
    m_auth->sendCode(testing::e164(number), Channel::Sms);
    waitForOne();
    const QString code = m_sandbox->server.outbox()->lastCodeFor(number);
    m_auth->checkCode(testing::e164(number), wrongCodeFor(code));
    waitForOne();
    QCOMPARE(m_failed->size(), 1);
    QCOMPARE(m_failed->takeFirst().at(0).value<AuthError>().kind, AuthError::Kind::WrongCode);
    m_auth->checkCode(testing::e164(number), code);
    waitForOne();
    QCOMPARE(m_approved->size(), 1);
    QVERIFY(m_auth->verificationSid().isEmpty());
}

void TestDirectAuthService::checkUsesTheHeldVerification()
{
    m_auth->sendCode(testing::e164(number), Channel::Sms);
    waitForOne();
    const QString sid = m_auth->verificationSid();
    m_auth->checkCode(testing::e164(number), m_sandbox->server.outbox()->lastCodeFor(number));
    waitForOne();
    const QByteArray body = m_sandbox->server.requestLog().constLast().requestBody;
    QVERIFY(body.contains(QByteArray("VerificationSid=" + sid.toLatin1())));
    QVERIFY(!body.contains("To="));
}

void TestDirectAuthService::otherNumberIsCheckedByTo()
{
    const QString other = QStringLiteral("+12025550143");
    m_auth->sendCode(testing::e164(number), Channel::Sms);
    waitForOne();
    // A verification for another number exists (started elsewhere); the held SID is not for it.
    QVERIFY(m_sandbox->server.verify()->start(other, QStringLiteral("sms")).ok());
    m_auth->checkCode(testing::e164(other), m_sandbox->server.outbox()->lastCodeFor(other));
    waitForOne();
    QCOMPARE(m_approved->size(), 1);
    QVERIFY(m_sandbox->server.requestLog().constLast().requestBody.contains("To=%2B12025550143"));
}

void TestDirectAuthService::expiredCodeAsksForANewOne()
{
    m_auth->sendCode(testing::e164(number), Channel::Sms);
    waitForOne();
    const QString code = m_sandbox->server.outbox()->lastCodeFor(number);
    m_sandbox->clock.advanceSeconds(10 * 60);
    m_auth->checkCode(testing::e164(number), code);
    waitForOne();
    QCOMPARE(m_failed->takeFirst().at(0).value<AuthError>().kind, AuthError::Kind::CodeExpired);
    // The next send starts a new verification with a new SID.
    m_auth->sendCode(testing::e164(number), Channel::Sms);
    waitForOne();
    QCOMPARE(m_codeSent->size(), 2);
    QCOMPARE(m_sandbox->server.verify()->fetch(m_auth->verificationSid()).ok(), true);
}

void TestDirectAuthService::lockoutCarriesTheTimeLeft()
{
    m_auth->sendCode(testing::e164(number), Channel::Sms);
    waitForOne();
    const QString wrong = wrongCodeFor(m_sandbox->server.outbox()->lastCodeFor(number));
    m_sandbox->clock.advanceSeconds(30);
    for (int i = 0; i < 5; ++i) {
        m_auth->checkCode(testing::e164(number), wrong);
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
    m_auth->sendCode(testing::e164(VerifyEmulator::landlineNumber()), Channel::Sms);
    waitForOne();
    QCOMPARE(m_codeSent->size(), 1);
    QCOMPARE(m_codeSent->takeFirst().at(0).value<CodeSentResult>().channel, Channel::Call);
    QCOMPARE(m_sandbox->server.outbox()->messages().constFirst().channel, Channel::Call);

    m_auth->verifyClient()->setCallFallbackAllowed(false);
    m_auth->sendCode(testing::e164(VerifyEmulator::landlineNumber()), Channel::Sms);
    waitForOne();
    QCOMPARE(m_failed->takeFirst().at(0).value<AuthError>().kind, AuthError::Kind::LandlineNoSms);
}

void TestDirectAuthService::numberOnFileIsNotYetAvailable()
{
    m_auth->sendCode(std::nullopt, Channel::Sms);
    waitForOne();
    QCOMPARE(m_failed->takeFirst().at(0).value<AuthError>().kind, AuthError::Kind::InvalidPhoneNumber);
    QCOMPARE(m_sandbox->server.requestLog().size(), 0);
}

void TestDirectAuthService::emailWithoutAnAddressOnFileIsRefusedWithoutARequest()
{
    // No address from an administrator: email goes nowhere, not even to a number given with it.
    m_auth->sendCode(testing::e164(number), Channel::Email);
    waitForOne();
    QCOMPARE(m_failed->takeFirst().at(0).value<AuthError>().kind, AuthError::Kind::ChannelDisabled);
    QCOMPARE(requestsTo(QStringLiteral("verify.start")), 0);
}

void TestDirectAuthService::emailWithTheServicesEmailOffIsNeverACall()
{
    // 60223 (the channel is off) falls back to a call for SMS; an address has no phone to call.
    m_sandbox->server.verify()->setChannelEnabled(Channel::Email, false);
    m_auth->verifyClient()->setCallFallbackAllowed(true);
    m_auth->setEmailOnFile(QStringLiteral("ada@example.com"));
    m_auth->sendCode(std::nullopt, Channel::Email);
    waitForOne();
    QCOMPARE(m_codeSent->size(), 0);
    QCOMPARE(m_failed->takeFirst().at(0).value<AuthError>().serverCode, 60223);
    QCOMPARE(requestsTo(QStringLiteral("verify.start")), 1);
    QVERIFY(m_sandbox->server.outbox()->messages().isEmpty());
}

void TestDirectAuthService::abortEmitsNothing()
{
    m_auth->sendCode(testing::e164(number), Channel::Sms);
    m_auth->abort();
    m_auth->logIn(QStringLiteral("a"), QStringLiteral("b"));
    m_auth->abort();
    QTest::qWait(200);
    QCOMPARE(m_codeSent->size() + m_failed->size() + m_approved->size(), 0);
}

void TestDirectAuthService::configurationProblemIsReported()
{
    VerifyAccount account;
    account.baseUrl = m_sandbox->server.baseUrl();
    account.serviceSid = QStringLiteral("VAnot-a-sid");
    account.keySid = SandboxServer::apiKeySid();
    account.secret = SandboxServer::apiKeySecret();
    DirectAuthService auth(&m_sandbox->http, account);
    QSignalSpy failed(&auth, &AuthService::failed);
    auth.sendCode(testing::e164(number), Channel::Sms);
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.takeFirst().at(0).value<AuthError>();
    QCOMPARE(error.kind, AuthError::Kind::ConfigurationProblem);
    QVERIFY(error.userMessage().contains(QLatin1String("Verify/ServiceSid")));
    QCOMPARE(m_sandbox->server.requestLog().size(), 0);
}

void TestDirectAuthService::attachAccount()
{
    if (!m_store) {
        m_store = std::make_unique<MemorySecretStore>();
    }
    m_verifier = std::make_unique<PasswordVerifier>(PasswordVerifier::Strength::Minimal);
    m_account = std::make_unique<LocalAccount>(m_store.get(), m_verifier.get());
    m_auth->setLocalAccount(m_account.get());
}

void TestDirectAuthService::enrol(const QString &password)
{
    QSignalSpy prepared(m_auth.get(), &LocalAccountService::prepared);
    QSignalSpy started(m_auth.get(), &LocalAccountService::enrolmentStarted);
    QSignalSpy completed(m_auth.get(), &LocalAccountService::enrolmentCompleted);
    m_auth->prepare();
    QTRY_COMPARE(prepared.size(), 1);
    QCOMPARE(prepared.at(0).at(0).toBool(), true);
    m_auth->beginEnrolment(QStringLiteral("alice"), password);
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
    m_auth->sendCode(testing::e164(number), Channel::Sms);
    waitForOne();
    QCOMPARE(m_codeSent->size(), 1);
    m_auth->checkCode(testing::e164(number), m_sandbox->server.outbox()->lastCodeFor(number));
    waitForOne();
    QCOMPARE(m_approved->size(), 1);
    QVERIFY(!m_store->contents().contains(SecretKey::localAccount)); // nothing stored before completion
    m_auth->completeEnrolment(testing::e164(number));
    QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, 10000);
    QCOMPARE(m_failed->size(), 0);
}

void TestDirectAuthService::prepareAsksForEnrolmentOnAFreshComputer()
{
    attachAccount();
    QSignalSpy prepared(m_auth.get(), &LocalAccountService::prepared);
    m_auth->prepare();
    QCOMPARE(prepared.size(), 0); // asynchronous
    QTRY_COMPARE(prepared.size(), 1);
    QCOMPARE(prepared.at(0).at(0).toBool(), true);
    QCOMPARE(m_sandbox->server.requestLog().size(), 0);
}

void TestDirectAuthService::prepareFailsWithoutTheKeychain()
{
    m_store = std::make_unique<MemorySecretStore>();
    m_store->failOperations(SecretStore::Error::NoKeychain, QStringLiteral("no Secret Service"));
    attachAccount();
    QSignalSpy prepared(m_auth.get(), &LocalAccountService::prepared);
    m_auth->prepare();
    waitForOne();
    QCOMPARE(prepared.size(), 0);
    const auto error = m_failed->takeFirst().at(0).value<AuthError>();
    QCOMPARE(error.kind, AuthError::Kind::ConfigurationProblem);
    QVERIFY2(error.userMessage().contains(QLatin1String("without the keychain")),
             qPrintable(error.userMessage()));
    QVERIFY(error.userMessage().contains(QLatin1String("no Secret Service")));
}

void TestDirectAuthService::enrolmentThenSignInWithTheNumberOnFile()
{
    QVERIFY(m_sandbox->server.verify()->setCodeLength(7));
    const QString password = QStringLiteral("correct horse battery staple");
    attachAccount();
    enrol(password);
    QCOMPARE(m_auth->enrolmentCapabilities().channels, allChannels());
    QCOMPARE(m_auth->enrolmentCapabilities().codeLength, 7);
    const QByteArray stored = m_store->contents().value(SecretKey::localAccount);
    QVERIFY(stored.contains("alice"));
    QVERIFY(!stored.contains(password.toUtf8()));

    // A second run: a new service and account over the same keychain.
    m_codeSent->clear();
    m_approved->clear();
    {
        VerifyAccount account;
        account.baseUrl = m_sandbox->server.baseUrl();
        account.serviceSid = SandboxServer::serviceSid();
        account.keySid = SandboxServer::apiKeySid();
        account.secret = SandboxServer::apiKeySecret();
        m_loggedIn.reset();
        m_failed.reset();
        m_codeSent.reset();
        m_approved.reset();
        m_auth = std::make_unique<DirectAuthService>(&m_sandbox->http, account);
        m_auth->verifyClient()->setClock(&m_sandbox->clock);
        m_codeSent = std::make_unique<QSignalSpy>(m_auth.get(), &AuthService::codeSent);
        m_approved = std::make_unique<QSignalSpy>(m_auth.get(), &AuthService::codeApproved);
        m_failed = std::make_unique<QSignalSpy>(m_auth.get(), &AuthService::failed);
        m_loggedIn = std::make_unique<QSignalSpy>(m_auth.get(), &AuthService::loggedIn);
    }
    attachAccount();
    QSignalSpy prepared(m_auth.get(), &LocalAccountService::prepared);
    m_auth->prepare();
    QTRY_COMPARE(prepared.size(), 1);
    QCOMPARE(prepared.at(0).at(0).toBool(), false);
    m_auth->logIn(QStringLiteral("alice"), password);
    waitForOne();
    QCOMPARE(m_loggedIn->size(), 1);
    const auto result = m_loggedIn->takeFirst().at(0).value<LoginResult>();
    QCOMPARE(result.displayName, QStringLiteral("alice"));
    QCOMPARE(result.capabilities.channels, allChannels());
    QCOMPARE(result.capabilities.codeLength, 7);
    QCOMPARE(result.capabilities.maskedNumberOnFile, PhoneNumber::masked(number));
    QVERIFY(result.capabilities.sendsToNumberOnFile);
    QVERIFY(result.sessionToken.isEmpty());

    m_auth->sendCode(std::nullopt, Channel::Sms); // the number on file
    waitForOne();
    QCOMPARE(m_codeSent->size(), 1);
    m_auth->checkCode(std::nullopt, m_sandbox->server.outbox()->lastCodeFor(number));
    waitForOne();
    QCOMPARE(m_approved->size(), 1);
}

void TestDirectAuthService::wrongPasswordIsInvalidCredentials()
{
    attachAccount();
    enrol(QStringLiteral("correct horse battery staple"));
    m_auth->logIn(QStringLiteral("alice"), QStringLiteral("wrong horse"));
    waitForOne();
    QCOMPARE(m_failed->takeFirst().at(0).value<AuthError>().kind, AuthError::Kind::InvalidCredentials);
    m_auth->logIn(QStringLiteral("bob"), QStringLiteral("correct horse battery staple"));
    waitForOne();
    QCOMPARE(m_failed->takeFirst().at(0).value<AuthError>().kind, AuthError::Kind::InvalidCredentials);
    QCOMPARE(m_loggedIn->size(), 0);
}

void TestDirectAuthService::completeEnrolmentNeedsABeginning()
{
    attachAccount();
    QSignalSpy completed(m_auth.get(), &LocalAccountService::enrolmentCompleted);
    m_auth->completeEnrolment(testing::e164(number));
    waitForOne();
    QCOMPARE(m_failed->takeFirst().at(0).value<AuthError>().kind, AuthError::Kind::ConfigurationProblem);
    QCOMPARE(completed.size(), 0);
    QVERIFY(m_store->contents().isEmpty());
}

void TestDirectAuthService::aRememberedSessionIsNotALocalOne()
{
    attachAccount();
    m_auth->resumeSession("backend-token");
    waitForOne();
    QCOMPARE(m_failed->takeFirst().at(0).value<AuthError>().kind, AuthError::Kind::SessionExpired);
    QCOMPARE(m_sandbox->server.requestLog().size(), 0);
}

void TestDirectAuthService::emailGoesToTheAddressOnFileOnly()
{
    const QString address = QStringLiteral("ada.lovelace@example.com");
    const QString password = QStringLiteral("correct horse battery staple");
    attachAccount();
    enrol(password);
    m_auth->setEmailOnFile(address);
    m_auth->logIn(QStringLiteral("alice"), password);
    waitForOne();
    QCOMPARE(m_loggedIn->size(), 1);
    const auto result = m_loggedIn->takeFirst().at(0).value<LoginResult>();
    QCOMPARE(result.capabilities.maskedEmailOnFile, QStringLiteral("a•••@example.com"));

    // A number given with the email channel changes nothing: the code goes to the address on file.
    const qsizetype sentBefore = m_sandbox->server.outbox()->messages().size();
    m_codeSent->clear();
    m_auth->sendCode(testing::e164(QStringLiteral("+12025550199")), Channel::Email);
    waitForOne();
    QCOMPARE(m_codeSent->size(), 1);
    QCOMPARE(m_codeSent->takeFirst().at(0).value<CodeSentResult>().channel, Channel::Email);
    const QList<OutboxMessage> messages = m_sandbox->server.outbox()->messages();
    QCOMPARE(messages.size(), sentBefore + 1);
    QCOMPARE(messages.constLast().to, address);
    QCOMPARE(messages.constLast().channel, Channel::Email);
    const QString code = m_sandbox->server.outbox()->lastCodeFor(address);
    QVERIFY(!code.isEmpty());

    // Checked against the email verification: a wrong code counts down, the right one signs in.
    m_auth->checkCode(std::nullopt, wrongCodeFor(code));
    waitForOne();
    const auto wrong = m_failed->takeFirst().at(0).value<AuthError>();
    QCOMPARE(wrong.kind, AuthError::Kind::WrongCode);
    QCOMPARE(wrong.attemptsLeft, DirectAuthService::checksPerVerification - 1);
    m_auth->checkCode(std::nullopt, code);
    waitForOne();
    QCOMPARE(m_approved->size(), 2); // enrolment's and this one
}

void TestDirectAuthService::twilioSecretRoundTrips()
{
    const QByteArray data =
        DirectAuthService::serializeTwilioSecret(SandboxServer::apiKeySid(), SandboxServer::apiKeySecret());
    QString keySid;
    QString secret;
    QVERIFY(DirectAuthService::parseTwilioSecret(data, &keySid, &secret));
    QCOMPARE(keySid, SandboxServer::apiKeySid());
    QCOMPARE(secret, SandboxServer::apiKeySecret());
    QVERIFY(!DirectAuthService::parseTwilioSecret(QByteArray("no newline"), &keySid, &secret));
    QVERIFY(!DirectAuthService::parseTwilioSecret(QByteArray("SKabc\n"), &keySid, &secret));
}

QTEST_GUILESS_MAIN(TestDirectAuthService)
#include "TestDirectAuthService.moc"
