#include "core/Clock.h"
#include "flow/SignInFlow.h"
#include "phone/PhoneNumber.h"
#include "support/FakeAuthService.h"
#include "support/MemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace latchkey;
using Step = SignInFlow::Step;

namespace {

LoginResult loginWith(QList<Channel> channels = {Channel::Sms, Channel::Call}, int codeLength = 6)
{
    LoginResult result;
    result.displayName = QStringLiteral("Demo User");
    result.capabilities.channels = std::move(channels);
    result.capabilities.codeLength = codeLength;
    result.sessionToken = "latchkey.sid=abc";
    return result;
}

AuthError errorOf(AuthError::Kind kind, int retryAfter = -1)
{
    AuthError error = AuthError::of(kind);
    error.retryAfterSeconds = retryAfter;
    return error;
}

} // namespace

class TestSignInFlow : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        ManualClock clock;
        FakeAuthService auth;
        MemorySecretStore secrets;
        SignInFlow flow{&auth, &secrets, &clock, FlowOptions{}};

        void toPhoneStep(bool remember = false)
        {
            flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"), remember);
            auth.answerLoggedIn(loginWith());
        }
        void toCodeStep()
        {
            toPhoneStep();
            flow.submitPhone(QStringLiteral("+1 202 555 0142"), QStringLiteral("US"), Channel::Sms);
            auth.answerCodeSent(CodeSentResult{Channel::Sms, 0});
        }
    };

private slots:
    void passwordPhoneAndCodeSignIn()
    {
        Fixture f;
        QSignalSpy steps(&f.flow, &SignInFlow::stepChanged);
        QSignalSpy finished(&f.flow, &SignInFlow::finished);
        QCOMPARE(f.flow.step(), Step::Password);

        f.flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"), false);
        QVERIFY(f.flow.isBusy());
        QCOMPARE(f.auth.calls.last(), QStringLiteral("login demo"));
        f.auth.answerLoggedIn(loginWith());
        QCOMPARE(f.flow.step(), Step::Phone);
        QVERIFY(!f.flow.isBusy());
        QCOMPARE(f.flow.displayName(), QStringLiteral("Demo User"));

        f.flow.submitPhone(QStringLiteral("(202) 555-0142"), QStringLiteral("US"), Channel::Sms);
        QCOMPARE(f.auth.calls.last(), QStringLiteral("send +12025550142 sms"));
        f.auth.answerCodeSent(CodeSentResult{Channel::Sms, 0});
        QCOMPARE(f.flow.step(), Step::Code);
        QCOMPARE(f.flow.codeLength(), 6);
        QVERIFY(f.flow.maskedPhone().endsWith(QStringLiteral("42")));
        QVERIFY(!f.flow.maskedPhone().contains(QStringLiteral("555")));

        f.flow.submitCode(QStringLiteral("123 456"));
        QCOMPARE(f.auth.calls.last(), QStringLiteral("check +12025550142 123456"));
        f.auth.answerApproved();
        QCOMPARE(f.flow.step(), Step::Done);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).value<SignInFlow::Outcome>(), SignInFlow::Outcome::SignedIn);
        QCOMPARE(steps.count(), 3);
    }

    void inputIsIgnoredWhileARequestIsInFlight()
    {
        Fixture f;
        f.flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"), false);
        f.flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"), false);
        QCOMPARE(f.auth.calls.count(), 1);
    }

    void abortingKeepsTheStepAndAllowsANewAttempt()
    {
        Fixture f;
        f.flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"), false);
        f.flow.abortRequest();
        QVERIFY(!f.flow.isBusy());
        QCOMPARE(f.flow.step(), Step::Password);
        QCOMPARE(f.auth.calls.last(), QStringLiteral("abort"));
        QVERIFY(!f.flow.isFinished());
        f.flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"), false);
        QCOMPARE(f.auth.calls.last(), QStringLiteral("login demo"));
    }

    void wrongPasswordStaysOnThePasswordStepWithAnError()
    {
        Fixture f;
        f.flow.submitPassword(QStringLiteral("demo"), QStringLiteral("bad"), false);
        f.auth.answerFailed(errorOf(AuthError::Kind::InvalidCredentials));
        QCOMPARE(f.flow.step(), Step::Password);
        QCOMPARE(f.flow.error().kind, AuthError::Kind::InvalidCredentials);
        QVERIFY(!f.flow.errorText().isEmpty());
    }

    void emptyPasswordNeverReachesTheServer()
    {
        Fixture f;
        f.flow.submitPassword(QStringLiteral("demo"), QString(), false);
        QVERIFY(f.auth.calls.isEmpty());
        QVERIFY(f.flow.error().isError());
    }

    void impossibleNumberIsRefusedLocallyWithTheReason()
    {
        Fixture f;
        f.toPhoneStep();
        f.flow.submitPhone(QStringLiteral("12"), QStringLiteral("US"), Channel::Sms);
        QCOMPARE(f.auth.calls.count(), 1); // only the login
        QCOMPARE(f.flow.error().kind, AuthError::Kind::InvalidPhoneNumber);
        QCOMPARE(f.flow.errorText(),
                 PhoneNumber::parse(QStringLiteral("12"), QStringLiteral("US")).problemText());
        QCOMPARE(f.flow.step(), Step::Phone);
    }

    void channelNotOfferedIsRefused()
    {
        Fixture f;
        f.toPhoneStep(); // the server offers sms and call
        f.flow.submitPhone(QStringLiteral("+12025550142"), QStringLiteral("US"), Channel::WhatsApp);
        QCOMPARE(f.flow.error().kind, AuthError::Kind::ChannelDisabled);
        QCOMPARE(f.flow.offeredChannels(), (QList<Channel>{Channel::Sms, Channel::Call}));
    }

    void channelsAreThoseBothAllowedAndOffered()
    {
        ManualClock clock;
        FakeAuthService auth;
        FlowOptions options;
        options.allowedChannels = {Channel::Call, Channel::Email};
        SignInFlow flow(&auth, nullptr, &clock, options);
        flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"), false);
        auth.answerLoggedIn(loginWith({Channel::Sms, Channel::Call}));
        QCOMPARE(flow.offeredChannels(), QList<Channel>{Channel::Call});
        QCOMPARE(flow.channel(), Channel::Call);
    }

    void wrongCodeStaysOnTheCodeStepAndTheSameCodeIsNotSentTwice()
    {
        Fixture f;
        f.toCodeStep();
        f.flow.submitCode(QStringLiteral("111111"));
        f.auth.answerFailed(errorOf(AuthError::Kind::WrongCode));
        QCOMPARE(f.flow.step(), Step::Code);
        QCOMPARE(f.flow.error().kind, AuthError::Kind::WrongCode);
        f.flow.submitCode(QStringLiteral("222222"));
        QCOMPARE(f.auth.calls.last(), QStringLiteral("check +12025550142 222222"));
        QVERIFY(f.flow.error().kind == AuthError::Kind::None);
        const int callsBefore = f.auth.calls.count();
        f.flow.submitCode(QStringLiteral("222222")); // still in flight: ignored
        QCOMPARE(f.auth.calls.count(), callsBefore);
    }

    void codeOfTheWrongLengthIsRefusedLocally()
    {
        Fixture f;
        f.toCodeStep();
        f.flow.submitCode(QStringLiteral("12345"));
        QVERIFY(f.flow.error().isError());
        QVERIFY(!f.auth.calls.last().startsWith(QStringLiteral("check")));
    }

    void ambiguousFailureAllowsOnlyAnExplicitRetryOfTheSameCode()
    {
        Fixture f;
        f.toCodeStep();
        f.flow.submitCode(QStringLiteral("123456"));
        f.auth.answerFailed(errorOf(AuthError::Kind::Timeout));
        QVERIFY(f.flow.canRetryCode());
        const int callsBefore = f.auth.calls.count();
        f.flow.submitCode(QStringLiteral("123456"));
        QCOMPARE(f.auth.calls.count(), callsBefore); // not by typing it again
        f.flow.retryCode();
        QCOMPARE(f.auth.calls.last(), QStringLiteral("check +12025550142 123456"));
    }

    void resendWaitsForTheCooldown()
    {
        Fixture f;
        f.toCodeStep();
        QVERIFY(!f.flow.canResend());
        QCOMPARE(f.flow.resendSecondsLeft(), f.flow.options().resendCooldownSeconds);
        QSignalSpy ticks(&f.flow, &SignInFlow::resendSecondsLeftChanged);
        f.flow.resendCode();
        QCOMPARE(f.auth.calls.count(), 2); // login and the first send only
        f.clock.advanceSeconds(f.flow.options().resendCooldownSeconds);
        QVERIFY(f.flow.canResend());
        QCOMPARE(ticks.last().at(0).toInt(), 0);
        f.flow.resendCode();
        QCOMPARE(f.auth.calls.last(), QStringLiteral("send +12025550142 sms"));
        QCOMPARE(f.auth.calls.count(), 3);
    }

    void callIsOfferedAfterTheFallbackDelay()
    {
        Fixture f;
        f.toCodeStep();
        QVERIFY(!f.flow.canRequestCall());
        f.clock.advanceSeconds(f.flow.options().callFallbackSeconds);
        QVERIFY(f.flow.canRequestCall());
        f.flow.requestCall();
        QCOMPARE(f.auth.calls.last(), QStringLiteral("send +12025550142 call"));
        f.auth.answerCodeSent(CodeSentResult{Channel::Call, 0});
        QCOMPARE(f.flow.channel(), Channel::Call);
        QVERIFY(!f.flow.canRequestCall());
    }

    void tooManyChecksLocksOutUntilTheCountdownEnds()
    {
        Fixture f;
        f.toCodeStep();
        f.flow.submitCode(QStringLiteral("111111"));
        f.auth.answerFailed(errorOf(AuthError::Kind::TooManyChecks));
        QCOMPARE(f.flow.lockoutSecondsLeft(), f.flow.options().lockoutFallbackSeconds);
        QVERIFY(f.flow.errorText().contains(QStringLiteral("minute")));
        f.flow.submitCode(QStringLiteral("222222"));
        QVERIFY(!f.auth.calls.last().endsWith(QStringLiteral("222222")));
        QVERIFY(!f.flow.canResend());
        f.clock.advanceSeconds(f.flow.options().lockoutFallbackSeconds);
        QCOMPARE(f.flow.lockoutSecondsLeft(), 0);
        QVERIFY(!f.flow.error().isError());
    }

    void rateLimitUsesTheServersWait()
    {
        Fixture f;
        f.toPhoneStep();
        f.flow.submitPhone(QStringLiteral("+12025550142"), QStringLiteral("US"), Channel::Sms);
        f.auth.answerFailed(errorOf(AuthError::Kind::RateLimited, 42));
        QCOMPARE(f.flow.lockoutSecondsLeft(), 42);
        QVERIFY(f.flow.errorText().contains(QStringLiteral("42")));
    }

    void leavingWhileLockedOutIsAFailureNotACancel()
    {
        Fixture f;
        f.toCodeStep();
        f.flow.submitCode(QStringLiteral("111111"));
        f.auth.answerFailed(errorOf(AuthError::Kind::TooManyChecks));
        QSignalSpy finished(&f.flow, &SignInFlow::finished);
        f.flow.cancel();
        QCOMPARE(finished.first().at(0).value<SignInFlow::Outcome>(), SignInFlow::Outcome::Failed);
    }

    void cancelFinishesOnceAsCancelled()
    {
        Fixture f;
        f.toCodeStep();
        QSignalSpy finished(&f.flow, &SignInFlow::finished);
        f.flow.cancel();
        f.flow.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).value<SignInFlow::Outcome>(), SignInFlow::Outcome::Cancelled);
        f.flow.submitCode(QStringLiteral("123456"));
        QVERIFY(!f.auth.calls.last().startsWith(QStringLiteral("check")));
    }

    void expiredCodeMakesANewCodeOneClickAway()
    {
        Fixture f;
        f.toCodeStep();
        f.flow.submitCode(QStringLiteral("123456"));
        f.auth.answerFailed(errorOf(AuthError::Kind::CodeExpired));
        QVERIFY(f.flow.canResend());
    }

    void differentNumberReturnsToThePhoneStep()
    {
        Fixture f;
        f.toCodeStep();
        f.flow.useDifferentNumber();
        QCOMPARE(f.flow.step(), Step::Phone);
        QCOMPARE(f.flow.resendSecondsLeft(), 0);
    }

    void numberOnFileSkipsThePhoneStep()
    {
        Fixture f;
        LoginResult login = loginWith();
        login.capabilities.maskedNumberOnFile = QStringLiteral("+1 ••• ••• ••42");
        login.capabilities.sendsToNumberOnFile = true;
        f.flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"), false);
        f.auth.answerLoggedIn(login);
        QCOMPARE(f.auth.calls.last(), QStringLiteral("send  sms"));
        QVERIFY(f.flow.isBusy());
        f.auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
        QCOMPARE(f.flow.step(), Step::Code);
        QCOMPARE(f.flow.maskedPhone(), QStringLiteral("+1 ••• ••• ••42"));
    }

    void rememberMeKeepsTheSessionTokenInTheSecretStore()
    {
        Fixture f;
        f.toPhoneStep(true);
        QTRY_COMPARE(f.secrets.contents().value(SecretKey::backendSession), QByteArray("latchkey.sid=abc"));
    }

    void withoutRememberMeNoTokenIsKept()
    {
        Fixture f;
        f.secrets.setContents({{SecretKey::backendSession, "old"}});
        f.toPhoneStep(false);
        QTRY_VERIFY(!f.secrets.contents().contains(SecretKey::backendSession));
    }

    void startResumesARememberedSession()
    {
        Fixture f;
        f.secrets.setContents({{SecretKey::backendSession, "latchkey.sid=abc"}});
        f.flow.start();
        QVERIFY(f.flow.isBusy());
        QTRY_COMPARE(f.auth.calls.value(0), QStringLiteral("resume latchkey.sid=abc"));
        f.auth.answerLoggedIn(loginWith());
        QCOMPARE(f.flow.step(), Step::Phone);
    }

    void anExpiredRememberedSessionIsForgottenQuietly()
    {
        Fixture f;
        f.secrets.setContents({{SecretKey::backendSession, "latchkey.sid=old"}});
        f.flow.start();
        QTRY_VERIFY(f.auth.hasPending());
        f.auth.answerFailed(errorOf(AuthError::Kind::SessionExpired));
        QCOMPARE(f.flow.step(), Step::Password);
        QVERIFY(!f.flow.isBusy());
        QVERIFY(!f.flow.error().isError());
        QTRY_VERIFY(!f.secrets.contents().contains(SecretKey::backendSession));
    }

    void startWithoutARememberedSessionWaitsForThePassword()
    {
        Fixture f;
        f.flow.start();
        QTRY_VERIFY(!f.flow.isBusy());
        QVERIFY(f.auth.calls.isEmpty());
        QCOMPARE(f.flow.step(), Step::Password);
    }

    void aMissingKeychainIsExplainedAndSignInStillWorks()
    {
        Fixture f;
        f.secrets.failOperations(SecretStore::Error::NoKeychain, QStringLiteral("No keychain is available."));
        f.flow.start();
        QTRY_VERIFY(!f.flow.notice().isEmpty());
        QVERIFY(f.flow.notice().contains(QStringLiteral("No keychain")));
        f.toPhoneStep(true);
        QCOMPARE(f.flow.step(), Step::Phone);
    }

    void sessionEndingMidFlowReturnsToThePassword()
    {
        Fixture f;
        f.toPhoneStep();
        f.flow.submitPhone(QStringLiteral("+12025550142"), QStringLiteral("US"), Channel::Sms);
        f.auth.answerFailed(errorOf(AuthError::Kind::SessionExpired));
        QCOMPARE(f.flow.step(), Step::Password);
        QCOMPARE(f.flow.error().kind, AuthError::Kind::SessionExpired);
    }

    void aComputerWithoutALocalAccountEnrolsFirst()
    {
        Fixture f;
        f.auth.enrolmentNeeded = true;
        f.auth.capabilitiesWhileEnrolling.channels = {Channel::Sms, Channel::Call};
        f.flow.start();
        QTRY_COMPARE(f.flow.step(), Step::Enrolment);
        QVERIFY(f.flow.isEnrolling());
        QVERIFY(!f.flow.isBusy());

        f.flow.submitEnrolment(QStringLiteral("ada"), QStringLiteral("short"), QStringLiteral("short"));
        QVERIFY(f.flow.error().isError()); // too short, refused locally
        f.flow.submitEnrolment(QStringLiteral("ada"), QStringLiteral("1234567890"),
                               QStringLiteral("1234567890"));
        QVERIFY(f.flow.errorText().contains(QStringLiteral("too easy to guess")));
        f.flow.submitEnrolment(QStringLiteral("ada"), QStringLiteral("a long passphrase"),
                               QStringLiteral("other"));
        QVERIFY(f.flow.errorText().contains(QStringLiteral("not the same")));
        QVERIFY(f.auth.calls.isEmpty());

        f.flow.submitEnrolment(QStringLiteral("ada"), QStringLiteral("a long passphrase"),
                               QStringLiteral("a long passphrase"));
        QCOMPARE(f.auth.calls.last(), QStringLiteral("enrol ada"));
        f.auth.answerEnrolmentStarted();
        QCOMPARE(f.flow.step(), Step::Phone);
        QCOMPARE(f.flow.offeredChannels(), (QList<Channel>{Channel::Sms, Channel::Call}));

        f.flow.submitPhone(QStringLiteral("+12025550142"), QStringLiteral("US"), Channel::Sms);
        f.auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
        QSignalSpy finished(&f.flow, &SignInFlow::finished);
        f.flow.submitCode(QStringLiteral("123456"));
        f.auth.answerApproved();
        // Approval of the code alone does not sign in: the account must be stored first.
        QCOMPARE(f.auth.calls.last(), QStringLiteral("enrolled +12025550142"));
        QVERIFY(f.flow.isBusy());
        QCOMPARE(finished.count(), 0);
        f.auth.answerEnrolmentCompleted();
        QCOMPARE(f.flow.step(), Step::Done);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!f.flow.isEnrolling());
    }

    void aFailedEnrolmentStoreIsShownAndDoesNotSignIn()
    {
        Fixture f;
        f.auth.enrolmentNeeded = true;
        f.flow.start();
        QTRY_COMPARE(f.flow.step(), Step::Enrolment);
        f.flow.submitEnrolment(QStringLiteral("ada"), QStringLiteral("a long passphrase"),
                               QStringLiteral("a long passphrase"));
        f.auth.answerEnrolmentStarted();
        f.flow.submitPhone(QStringLiteral("+12025550142"), QStringLiteral("US"), Channel::Sms);
        f.auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
        QSignalSpy finished(&f.flow, &SignInFlow::finished);
        f.flow.submitCode(QStringLiteral("123456"));
        f.auth.answerApproved();
        f.auth.answerFailed(
            AuthError::of(AuthError::Kind::ConfigurationProblem, QStringLiteral("No keychain.")));
        QCOMPARE(finished.count(), 0);
        QCOMPARE(f.flow.errorText(), QStringLiteral("No keychain."));
        QVERIFY(f.flow.step() != Step::Done);
    }

    void codesAreNormalised_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("digits");
        QTest::newRow("message") << QStringLiteral("Your code: 123-456") << QStringLiteral("123456");
        QTest::newRow("spaces") << QStringLiteral(" 12 34 56 ") << QStringLiteral("123456");
        QTest::newRow("leading zeros") << QStringLiteral("007700") << QStringLiteral("007700");
        QTest::newRow("arabic-indic") << QString::fromUtf8("١٢٣٤٥٦") << QStringLiteral("123456");
        QTest::newRow("full-width") << QString::fromUtf8("１２３４５６") << QStringLiteral("123456");
        QTest::newRow("none") << QStringLiteral("abc") << QString();
    }
    void codesAreNormalised()
    {
        QFETCH(QString, input);
        QFETCH(QString, digits);
        QCOMPARE(SignInFlow::normalizeCode(input), digits);
    }
};

QTEST_GUILESS_MAIN(TestSignInFlow)
#include "TestSignInFlow.moc"
