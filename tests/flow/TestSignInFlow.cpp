#include "Clock.h"
#include "DeviceTrustRecord.h"
#include "FakeAuthService.h"
#include "MemorySecretStore.h"
#include "PhoneNumber.h"
#include "SignInFlow.h"

#include <QLocale>
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

FlowOptions trustingOptions(int days = 30)
{
    FlowOptions options;
    options.rememberDeviceAllowed = true;
    options.rememberDeviceDays = days;
    return options;
}

LoginResult loginOfferingDeviceTrust(int serverDays = 0)
{
    LoginResult result = loginWith();
    result.capabilities.deviceTrust = true;
    result.capabilities.deviceTrustDays = serverDays;
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
        /** The password accepted with Remember me left open, as the terminal submits it. */
        void toPhoneStepAskingRememberMe()
        {
            flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"));
            auth.answerLoggedIn(loginWith());
        }
        void toCodeStep()
        {
            toPhoneStep();
            flow.submitPhone(QStringLiteral("+1 202 555 0142"), QStringLiteral("US"), Channel::Sms);
            auth.answerCodeSent(CodeSentResult{Channel::Sms, 0});
        }
    };

    /** A flow whose policy allows "Remember this device". */
    struct TrustFixture
    {
        explicit TrustFixture(FlowOptions options = trustingOptions())
            : flow(&auth, &secrets, &clock, std::move(options))
        {}
        ManualClock clock;
        FakeAuthService auth;
        MemorySecretStore secrets;
        SignInFlow flow;

        void storeRecord(const QString &username, const QByteArray &token, const QDateTime &until)
        {
            secrets.setContents(
                {{SecretKey::backendDeviceToken, DeviceTrustRecord{username, token, until}.serialize()}});
        }
        DeviceTrustRecord storedRecord() const
        {
            DeviceTrustRecord record;
            DeviceTrustRecord::deserialize(secrets.contents().value(SecretKey::backendDeviceToken), &record);
            return record;
        }
        /** Submits the password; the flow reads the remembered device before it logs in. */
        void submitPassword()
        {
            flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"), false);
            QTRY_VERIFY(auth.calls.contains(QStringLiteral("login demo")));
        }
        void signInWithCode(bool rememberDevice, int serverDays = 0)
        {
            submitPassword();
            auth.answerLoggedIn(loginOfferingDeviceTrust(serverDays));
            flow.submitPhone(QStringLiteral("+1 202 555 0142"), QStringLiteral("US"), Channel::Sms);
            auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
            flow.setRememberDevice(rememberDevice);
            flow.submitCode(QStringLiteral("123456"));
            auth.answerApproved();
        }
    };

private slots:
    void typingOpensTheConnectionAheadOfTheRequest()
    {
        Fixture f;
        f.flow.noteTyping();
        f.flow.noteTyping(); // the next key: the connection is already on its way
        QCOMPARE(f.auth.preparedConnections, 1);
        QVERIFY(f.auth.calls.isEmpty()); // nothing is sent
        QTest::qWait(
            1100); // a pause: the server may have closed it meanwhile, so the next key opens it again
        f.flow.noteTyping();
        QCOMPARE(f.auth.preparedConnections, 2);

        f.flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"), false);
        QTest::qWait(1100);
        f.flow.noteTyping(); // busy: the request in flight has its connection
        QCOMPARE(f.auth.preparedConnections, 2);
        f.auth.answerLoggedIn(loginWith());
        f.flow.noteTyping(); // the phone step: its request will need the connection
        QCOMPARE(f.auth.preparedConnections, 3);
        f.flow.cancel();
        QTest::qWait(1100);
        f.flow.noteTyping(); // finished: no more requests
        QCOMPARE(f.auth.preparedConnections, 3);
    }

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

    void attemptsLeftAreSaidOnlyWhenTheServerAnnouncesThem()
    {
        Fixture f;
        f.toCodeStep();
        f.flow.submitCode(QStringLiteral("111111"));
        f.auth.answerFailed(errorOf(AuthError::Kind::WrongCode)); // a seed backend: says nothing
        QVERIFY2(!f.flow.errorText().contains(QStringLiteral("attempt")), qPrintable(f.flow.errorText()));
        f.flow.submitCode(QStringLiteral("222222"));
        AuthError announced = errorOf(AuthError::Kind::WrongCode);
        announced.attemptsLeft = 2;
        f.auth.answerFailed(announced);
        QCOMPARE(f.flow.errorText(),
                 AuthError::tr("That code is not correct. %n attempt(s) left.", nullptr, 2));
        QVERIFY(f.flow.errorText().contains(QStringLiteral(" 2 attempt")));
        f.flow.submitCode(QStringLiteral("333333"));
        announced.attemptsLeft = 1;
        f.auth.answerFailed(announced);
        QCOMPARE(f.flow.errorText(),
                 AuthError::tr("That code is not correct. %n attempt(s) left.", nullptr, 1));
        QVERIFY(f.flow.errorText().contains(QStringLiteral(" 1 attempt")));
    }

    void aResendIsConfirmedOnlyOnceTheServerTookIt()
    {
        Fixture f;
        f.toCodeStep();
        QSignalSpy sent(&f.flow, &SignInFlow::codeSent);
        QVERIFY(f.flow.notice().isEmpty());
        f.clock.advanceSeconds(f.flow.options().resendCooldownSeconds);
        f.flow.resendCode();
        f.auth.answerFailed(errorOf(AuthError::Kind::ServerError));
        QVERIFY(f.flow.notice().isEmpty()); // failed: nothing was sent, nothing confirmed
        QCOMPARE(sent.size(), 0);

        f.clock.advanceSeconds(90); // 12:02 UTC
        f.flow.resendCode();
        QVERIFY(f.flow.notice().isEmpty()); // asked for, not yet sent
        f.auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
        const QString at = QLocale().toString(f.clock.now().toLocalTime().time(), QLocale::ShortFormat);
        QCOMPARE(f.flow.notice(), QStringLiteral("A new code was sent at %1.").arg(at));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.last().at(0).toBool(), true);

        f.flow.useDifferentNumber(); // a new number is a new first code: the notice goes
        QVERIFY(f.flow.notice().isEmpty());
    }

    void rememberMeStartsAsTheAdminDefaultAndFollowsTheUser_data()
    {
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<bool>("adminDefault");
        QTest::addColumn<bool>("atFirst");
        QTest::newRow("no default: off") << true << false << false;
        QTest::newRow("admin default on") << true << true << true;
        QTest::newRow("default on, not allowed") << false << true << false;
    }

    void rememberMeStartsAsTheAdminDefaultAndFollowsTheUser()
    {
        QFETCH(bool, allowed);
        QFETCH(bool, adminDefault);
        QFETCH(bool, atFirst);
        FlowOptions options;
        options.rememberMeAllowed = allowed;
        options.rememberMeDefault = adminDefault;
        ManualClock clock;
        FakeAuthService auth;
        MemorySecretStore secrets;
        SignInFlow flow(&auth, &secrets, &clock, options);
        QCOMPARE(flow.rememberMeSuggested(), atFirst);
        // A wrong password keeps what the user chose, whichever way.
        flow.submitPassword(QStringLiteral("demo"), QStringLiteral("wrong"), !atFirst);
        auth.answerFailed(errorOf(AuthError::Kind::InvalidCredentials));
        QCOMPARE(flow.step(), Step::Password);
        QCOMPARE(flow.rememberMeSuggested(), allowed && !atFirst);
    }

    void codeOfTheWrongLengthIsRefusedLocally_data()
    {
        QTest::addColumn<int>("codeLength"); // what the server announced; 0: nothing
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        // (English plural forms come from the translations, which this test does not load.)
        const QString sixDigits = SignInFlow::tr("The code has %n digit(s).", nullptr, 6);
        QVERIFY(sixDigits.contains(QLatin1Char('6')));
        QTest::newRow("two of six") << 6 << QStringLiteral("12") << sixDigits;
        QTest::newRow("a letter") << 6 << QStringLiteral("x") << sixDigits;
        QTest::newRow("seven of six") << 6 << QStringLiteral("1234567") << sixDigits;
        QTest::newRow("two of eight")
            << 8 << QStringLiteral("12") << SignInFlow::tr("The code has %n digit(s).", nullptr, 8);
        QTest::newRow("length unknown, too short")
            << 0 << QStringLiteral("12")
            << QStringLiteral("The code is too short: codes have 4 to 10 digits.");
        QTest::newRow("length unknown, too long")
            << 0 << QStringLiteral("12345678901")
            << QStringLiteral("The code is too long: codes have 4 to 10 digits.");
    }

    void codeOfTheWrongLengthIsRefusedLocally()
    {
        QFETCH(int, codeLength);
        QFETCH(QString, typed);
        QFETCH(QString, message);
        Fixture f;
        f.flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"), false);
        f.auth.answerLoggedIn(loginWith({Channel::Sms, Channel::Call}, codeLength));
        f.flow.submitPhone(QStringLiteral("+1 202 555 0142"), QStringLiteral("US"), Channel::Sms);
        f.auth.answerCodeSent(CodeSentResult{Channel::Sms, 0});
        const int callsBefore = f.auth.calls.count();
        f.flow.submitCode(typed);
        // Not "That code is not correct": nothing was checked, and the user learns what a code looks like.
        QCOMPARE(f.flow.error().kind, AuthError::Kind::InvalidCode);
        QCOMPARE(f.flow.error().userMessage(), message);
        QCOMPARE(f.auth.calls.count(), callsBefore);
        QCOMPARE(f.flow.step(), Step::Code);
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

    void rememberMeLeftOpenHoldsTheSessionInMemoryUntilYes()
    {
        Fixture f;
        f.flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"));
        QVERIFY(!f.flow.isRememberMeOpen()); // not before the password is known to be right
        f.auth.answerLoggedIn(loginWith());
        QCOMPARE(f.flow.step(), Step::Phone);
        QVERIFY(f.flow.isRememberMeOpen());
        QTest::qWait(20);
        QVERIFY(!f.secrets.contents().contains(SecretKey::backendSession));
        f.flow.setRememberMe(true);
        QVERIFY(!f.flow.isRememberMeOpen());
        QTRY_COMPARE(f.secrets.contents().value(SecretKey::backendSession), QByteArray("latchkey.sid=abc"));
    }

    void noToRememberMeStoresNothingAndForgetsAnOldSession()
    {
        Fixture f;
        f.secrets.setContents({{SecretKey::backendSession, "old"}});
        f.toPhoneStepAskingRememberMe();
        QTest::qWait(20);
        QCOMPARE(f.secrets.contents().value(SecretKey::backendSession), QByteArray("old")); // undecided
        f.flow.setRememberMe(false);
        QTRY_VERIFY(!f.secrets.contents().contains(SecretKey::backendSession));
    }

    void cancellingWithRememberMeOpenForgetsTheSession()
    {
        Fixture f;
        QSignalSpy finished(&f.flow, &SignInFlow::finished);
        f.toPhoneStepAskingRememberMe();
        f.flow.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!f.flow.isRememberMeOpen());
        f.flow.setRememberMe(true); // too late: the session is gone with the sign-in
        QTest::qWait(20);
        QVERIFY(!f.secrets.contents().contains(SecretKey::backendSession));
    }

    void signedInIsAnnouncedOnlyOnceRememberMeIsAnswered()
    {
        Fixture f;
        QSignalSpy finished(&f.flow, &SignInFlow::finished);
        f.toPhoneStepAskingRememberMe();
        f.flow.submitPhone(QStringLiteral("+1 202 555 0142"), QStringLiteral("US"), Channel::Sms);
        f.auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
        f.flow.submitCode(QStringLiteral("123456"));
        f.auth.answerApproved();
        QCOMPARE(f.flow.step(), Step::Done);
        QVERIFY(!f.flow.isFinished());
        QCOMPARE(finished.count(), 0);
        f.flow.setRememberMe(true);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).value<SignInFlow::Outcome>(), SignInFlow::Outcome::SignedIn);
        QCOMPARE(f.secrets.contents().value(SecretKey::backendSession), QByteArray("latchkey.sid=abc"));
        QCOMPARE(f.secrets.contents().value(SecretKey::lastPhoneNumber), QByteArray("+12025550142"));
    }

    void rememberMeTurnedOffByPolicyIsNeverOpen()
    {
        FlowOptions options;
        options.rememberMeAllowed = false;
        ManualClock clock;
        FakeAuthService auth;
        MemorySecretStore secrets;
        SignInFlow flow(&auth, &secrets, &clock, options);
        flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"));
        auth.answerLoggedIn(loginWith());
        QVERIFY(!flow.isRememberMeOpen());
        flow.setRememberMe(true);
        QTest::qWait(20);
        QVERIFY(!secrets.contents().contains(SecretKey::backendSession));
    }

    void aLongServerCallIsSaidAfterTheWaitOnTheFlowsClock()
    {
        Fixture f;
        QSignalSpy waitingLong(&f.flow, &SignInFlow::waitingLongChanged);
        f.flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"), false);
        QVERIFY(f.flow.isBusy());
        f.clock.advanceSeconds(SignInFlow::stillWaitingSeconds - 1);
        QVERIFY(!f.flow.isWaitingLong());
        f.clock.advanceSeconds(1);
        QVERIFY(f.flow.isWaitingLong());
        QCOMPARE(waitingLong.count(), 1);
        f.auth.answerLoggedIn(loginWith());
        QVERIFY(!f.flow.isWaitingLong());
        QCOMPARE(waitingLong.count(), 2);
        QCOMPARE(waitingLong.last().at(0).toBool(), false);

        // Counted again from the next call; stopping the wait ends it too.
        f.flow.submitPhone(QStringLiteral("+1 202 555 0142"), QStringLiteral("US"), Channel::Sms);
        f.clock.advanceSeconds(SignInFlow::stillWaitingSeconds - 1);
        QVERIFY(!f.flow.isWaitingLong());
        f.clock.advanceSeconds(1);
        QVERIFY(f.flow.isWaitingLong());
        f.flow.abortRequest();
        QVERIFY(!f.flow.isWaitingLong());
        QCOMPARE(waitingLong.count(), 4);
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

    void signOutFromDoneForgetsSessionAndDeviceAndStartsOver()
    {
        TrustFixture f;
        f.auth.deviceTokenToIssue.token = "device-token-1";
        f.flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"), true); // remember me
        QTRY_VERIFY(f.auth.calls.contains(QStringLiteral("login demo")));
        f.auth.answerLoggedIn(loginOfferingDeviceTrust());
        f.flow.submitPhone(QStringLiteral("+1 202 555 0142"), QStringLiteral("US"), Channel::Sms);
        f.auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
        f.flow.setRememberDevice(true);
        f.flow.submitCode(QStringLiteral("123456"));
        f.auth.answerApproved();
        QCOMPARE(f.flow.step(), Step::Done);
        QVERIFY(f.flow.isFinished());
        QTRY_VERIFY(f.secrets.contents().contains(SecretKey::backendSession));
        QTRY_VERIFY(f.secrets.contents().contains(SecretKey::backendDeviceToken));

        QSignalSpy signedOut(&f.flow, &SignInFlow::signedOut);
        QSignalSpy finished(&f.flow, &SignInFlow::finished);
        QVERIFY(f.flow.rememberMeSuggested()); // what the user chose
        f.flow.signOut();
        QVERIFY(!f.flow.rememberMeSuggested()); // and has just undone
        QCOMPARE(f.auth.calls.last(), QStringLiteral("signout"));
        QCOMPARE(f.flow.step(), Step::Password);
        QVERIFY(!f.flow.isFinished());
        QCOMPARE(signedOut.count(), 1);
        QCOMPARE(f.flow.notice(), SignInFlow::signedOutNotice());
        QTRY_VERIFY(!f.secrets.contents().contains(SecretKey::backendSession));
        QTRY_VERIFY(!f.secrets.contents().contains(SecretKey::backendDeviceToken));

        // Only a new sign-in finishes the flow again, and cancelling now is a cancel, not "signed in".
        f.flow.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).value<SignInFlow::Outcome>(), SignInFlow::Outcome::Cancelled);
    }

    void signingInAgainAfterSignOutFinishesSignedIn()
    {
        Fixture f;
        f.toCodeStep();
        f.flow.submitCode(QStringLiteral("123456"));
        f.auth.answerApproved();
        f.flow.signOut();
        QCOMPARE(f.flow.step(), Step::Password);
        QSignalSpy finished(&f.flow, &SignInFlow::finished);
        f.toCodeStep();
        QVERIFY(f.flow.notice().isEmpty()); // the sign-out notice goes with the next sign-in
        f.flow.submitCode(QStringLiteral("654321"));
        f.auth.answerApproved();
        QCOMPARE(f.flow.step(), Step::Done);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).value<SignInFlow::Outcome>(), SignInFlow::Outcome::SignedIn);
    }

    void rememberDeviceIsOfferedOnlyWhenPolicyAllowsAndTheServerAnnouncesIt()
    {
        {
            TrustFixture f;
            f.submitPassword();
            f.auth.answerLoggedIn(loginWith()); // no deviceTrust announced
            QVERIFY(!f.flow.isRememberDeviceOffered());
            QVERIFY(!f.flow.isRememberDeviceShown());
        }
        {
            Fixture f; // policy default: off
            f.flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"), false);
            f.auth.answerLoggedIn(loginOfferingDeviceTrust());
            QVERIFY(!f.flow.isRememberDeviceOffered());
            QVERIFY(!f.flow.isRememberDeviceShown()); // off, but not locked: hidden
        }
        {
            FlowOptions options;
            options.rememberDeviceLocked = true; // policy says off: shown disabled
            TrustFixture f(options);
            f.flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"), false);
            f.auth.answerLoggedIn(loginOfferingDeviceTrust());
            QVERIFY(!f.flow.isRememberDeviceOffered());
            QVERIFY(f.flow.isRememberDeviceShown());
        }
        {
            TrustFixture f(trustingOptions(30));
            f.submitPassword();
            f.auth.answerLoggedIn(loginOfferingDeviceTrust(7));
            QVERIFY(f.flow.isRememberDeviceOffered());
            QCOMPARE(f.flow.rememberDeviceDays(), 7); // the server's shorter limit wins
        }
        {
            TrustFixture f(trustingOptions(10));
            f.submitPassword();
            f.auth.answerLoggedIn(loginOfferingDeviceTrust(0));
            QCOMPARE(f.flow.rememberDeviceDays(), 10); // the server decides: the policy caps it
        }
    }

    void rememberedDeviceIsStoredWithItsExpiry()
    {
        TrustFixture f(trustingOptions(30));
        f.auth.deviceTokenToIssue.token = "device-token-1";
        f.signInWithCode(true, 14);
        QVERIFY(f.auth.rememberDeviceAsked);
        QCOMPARE(f.flow.step(), Step::Done);
        QTRY_VERIFY(f.secrets.contents().contains(SecretKey::backendDeviceToken));
        const DeviceTrustRecord record = f.storedRecord();
        QCOMPARE(record.username, QStringLiteral("demo"));
        QCOMPARE(record.token, QByteArray("device-token-1"));
        QCOMPARE(record.until, f.clock.now().addDays(14));
    }

    void signedInIsAnnouncedOnlyOnceTheRememberedDeviceIsInTheKeychain()
    {
        // A front end may exit on finished(): the device must be stored by then.
        TrustFixture f;
        f.auth.deviceTokenToIssue.token = "device-token-1";
        QSignalSpy finished(&f.flow, &SignInFlow::finished);
        f.signInWithCode(true);
        QCOMPARE(f.flow.step(), Step::Done);
        QVERIFY(f.flow.isFinished());
        QCOMPARE(finished.count(), 0);
        QVERIFY(!f.secrets.contents().contains(SecretKey::backendDeviceToken));
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(f.secrets.contents().contains(SecretKey::backendDeviceToken));
        QCOMPARE(finished.first().at(0).value<SignInFlow::Outcome>(), SignInFlow::Outcome::SignedIn);
    }

    void theServersEarlierExpiryWins()
    {
        TrustFixture f(trustingOptions(30));
        f.auth.deviceTokenToIssue.token = "device-token-1";
        f.auth.deviceTokenToIssue.expiresAt = f.clock.now().addDays(3);
        f.signInWithCode(true);
        QTRY_VERIFY(f.secrets.contents().contains(SecretKey::backendDeviceToken));
        QCOMPARE(f.storedRecord().until, f.clock.now().addDays(3));
    }

    void withoutTheBoxTickedNothingIsRemembered()
    {
        TrustFixture f;
        f.auth.deviceTokenToIssue.token = "device-token-1";
        f.signInWithCode(false);
        QVERIFY(!f.auth.rememberDeviceAsked);
        QCOMPARE(f.flow.step(), Step::Done);
        QTest::qWait(0);
        QCoreApplication::processEvents();
        QVERIFY(!f.secrets.contents().contains(SecretKey::backendDeviceToken));
    }

    void aRememberedDeviceIsSentAndHonouredWithoutACode()
    {
        TrustFixture f;
        f.storeRecord(QStringLiteral("demo"), "device-token-1", f.clock.now().addDays(5));
        QSignalSpy finished(&f.flow, &SignInFlow::finished);
        f.submitPassword();
        QCOMPARE(f.auth.presentedToken, QByteArray("device-token-1"));
        LoginResult login = loginOfferingDeviceTrust();
        login.deviceTrusted = true;
        f.auth.answerLoggedIn(login);
        QCOMPARE(f.flow.step(), Step::Done);
        QVERIFY(f.flow.isSignedInByDeviceTrust());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).value<SignInFlow::Outcome>(), SignInFlow::Outcome::SignedIn);
        for (const QString &call : std::as_const(f.auth.calls)) {
            QVERIFY2(!call.startsWith(QLatin1String("send")) && !call.startsWith(QLatin1String("check")),
                     qPrintable(call));
        }
    }

    void aRejectedDeviceTokenIsDeletedAndTheCodeIsAsked()
    {
        TrustFixture f;
        f.storeRecord(QStringLiteral("demo"), "revoked", f.clock.now().addDays(5));
        f.submitPassword();
        QCOMPARE(f.auth.presentedToken, QByteArray("revoked"));
        f.auth.answerLoggedIn(loginOfferingDeviceTrust()); // deviceTrusted: false
        QCOMPARE(f.flow.step(), Step::Phone);
        QVERIFY(!f.flow.isSignedInByDeviceTrust());
        QTRY_VERIFY(!f.secrets.contents().contains(SecretKey::backendDeviceToken));
    }

    void anExpiredRememberedDeviceIsDeletedAndNotSent()
    {
        TrustFixture f;
        f.storeRecord(QStringLiteral("demo"), "device-token-1", f.clock.now().addDays(2));
        f.clock.advanceSeconds(2 * 24 * 3600 + 1);
        f.submitPassword();
        QVERIFY(f.auth.presentedToken.isEmpty());
        QTRY_VERIFY(!f.secrets.contents().contains(SecretKey::backendDeviceToken));
        f.auth.answerLoggedIn(loginOfferingDeviceTrust());
        QCOMPARE(f.flow.step(), Step::Phone);
    }

    void anotherUsersRememberedDeviceIsNeitherSentNorDeleted()
    {
        TrustFixture f;
        f.storeRecord(QStringLiteral("ada"), "device-token-ada", f.clock.now().addDays(5));
        f.submitPassword(); // as demo
        QVERIFY(f.auth.presentedToken.isEmpty());
        f.auth.answerLoggedIn(loginOfferingDeviceTrust());
        QCOMPARE(f.flow.step(), Step::Phone);
        QCoreApplication::processEvents();
        QCOMPARE(f.storedRecord().username, QStringLiteral("ada"));
    }

    void policyTurnedOffForgetsARememberedDevice()
    {
        Fixture f; // Auth/RememberDeviceAllowed=false
        f.secrets.setContents(
            {{SecretKey::backendDeviceToken,
              DeviceTrustRecord{QStringLiteral("demo"), "t", f.clock.now().addDays(5)}.serialize()}});
        f.flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"), false);
        QVERIFY(f.auth.presentedToken.isEmpty());
        QTRY_VERIFY(!f.secrets.contents().contains(SecretKey::backendDeviceToken));
    }

    void changingTheNumberVerifiesTheNewOneAndStoresIt()
    {
        TrustFixture f;
        f.auth.numberChangeable = true;
        f.storeRecord(QStringLiteral("demo"), "+12025550142", f.clock.now().addDays(5));
        QSignalSpy finished(&f.flow, &SignInFlow::finished);
        f.submitPassword();
        LoginResult login = loginOfferingDeviceTrust();
        login.capabilities.sendsToNumberOnFile = true;
        login.capabilities.maskedNumberOnFile = QStringLiteral("+1 ••• ••• ••42");
        f.auth.answerLoggedIn(login); // not trusted: the record goes, a code is sent
        f.auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
        f.flow.submitCode(QStringLiteral("123456"));
        f.auth.answerApproved();
        QCOMPARE(f.flow.step(), Step::Done);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(f.flow.canChangeNumber());

        f.flow.changeNumber(); // a code was typed in this sign-in: straight to the new number
        QCOMPARE(f.flow.step(), Step::Phone);
        QVERIFY(f.flow.isChangingNumber());
        QVERIFY(!f.flow.isFinished());
        f.flow.submitPhone(QStringLiteral("+44 20 7946 0958"), QStringLiteral("US"), Channel::Sms);
        QCOMPARE(f.auth.calls.last(), QStringLiteral("send +442079460958 sms"));
        f.auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
        QCOMPARE(f.flow.step(), Step::Code);
        f.flow.submitCode(QStringLiteral("654321"));
        f.auth.answerApproved();
        QCOMPARE(f.auth.calls.last(), QStringLiteral("changenumber +442079460958"));
        QVERIFY(f.flow.isBusy());
        f.secrets.setContents({{SecretKey::directDeviceTrust, "old"}});
        f.auth.trustKey = SecretKey::directDeviceTrust;
        f.auth.answerNumberChanged();
        QCOMPARE(f.flow.step(), Step::Done);
        QVERIFY(f.flow.isFinished());
        QVERIFY(!f.flow.isChangingNumber());
        QVERIFY(f.flow.notice().contains(QStringLiteral("58")));
        QVERIFY(!f.flow.notice().contains(QStringLiteral("7946")));
        QCOMPARE(finished.count(), 1); // still the one sign-in
        QTRY_VERIFY(!f.secrets.contents().contains(SecretKey::directDeviceTrust));
    }

    void afterARememberedDeviceTheOldNumberIsVerifiedFirst()
    {
        TrustFixture f;
        f.auth.numberChangeable = true;
        f.storeRecord(QStringLiteral("demo"), "+12025550142", f.clock.now().addDays(5));
        f.submitPassword();
        LoginResult login = loginOfferingDeviceTrust();
        login.capabilities.sendsToNumberOnFile = true;
        login.deviceTrusted = true;
        f.auth.answerLoggedIn(login);
        QCOMPARE(f.flow.step(), Step::Done);

        f.flow.changeNumber();
        QCOMPARE(f.auth.calls.last(), QStringLiteral("send  sms")); // to the number on file
        f.auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
        QCOMPARE(f.flow.step(), Step::Code);
        QVERIFY(!f.flow.canUseDifferentNumber()); // the old number, no other
        f.flow.submitCode(QStringLiteral("123456"));
        f.auth.answerApproved();
        QCOMPARE(f.flow.step(), Step::Phone); // only now the new number
        QVERIFY(!f.auth.calls.last().startsWith(QLatin1String("changenumber")));
    }

    void cancellingANumberChangeStaysSignedInWithTheOldNumber()
    {
        Fixture f;
        f.auth.numberChangeable = true;
        QSignalSpy finished(&f.flow, &SignInFlow::finished);
        f.toCodeStep();
        f.flow.submitCode(QStringLiteral("123456"));
        f.auth.answerApproved();
        QTRY_COMPARE(finished.count(), 1);
        f.flow.changeNumber();
        QCOMPARE(f.flow.step(), Step::Phone);
        f.flow.cancel();
        QCOMPARE(f.flow.step(), Step::Done);
        QVERIFY(f.flow.isFinished());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).value<SignInFlow::Outcome>(), SignInFlow::Outcome::SignedIn);
        for (const QString &call : std::as_const(f.auth.calls)) {
            QVERIFY(!call.startsWith(QLatin1String("changenumber")));
        }
    }

    void aBackendNumberCannotBeChangedHere()
    {
        Fixture f; // numberChangeable: false, as for the backend
        f.toCodeStep();
        f.flow.submitCode(QStringLiteral("123456"));
        f.auth.answerApproved();
        QVERIFY(!f.flow.canChangeNumber());
        f.flow.changeNumber();
        QCOMPARE(f.flow.step(), Step::Done);
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
