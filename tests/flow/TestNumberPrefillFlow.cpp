#include "Clock.h"
#include "FakeAuthService.h"
#include "MemorySecretStore.h"
#include "SignInFlow.h"

#include <QSignalSpy>
#include <QTest>

using namespace latchkey;
using Step = SignInFlow::Step;
using Source = SignInFlow::NumberSource;

namespace {

const QString lastNumber = QStringLiteral("+12025550142");
const QString policyNumber = QStringLiteral("+447700900123");

LoginResult login(const QString &maskedOnFile = QString(), bool sendsToNumberOnFile = false)
{
    LoginResult result;
    result.displayName = QStringLiteral("Demo User");
    result.capabilities.channels = {Channel::Sms, Channel::Call};
    result.capabilities.codeLength = 6;
    result.capabilities.maskedNumberOnFile = maskedOnFile;
    result.capabilities.sendsToNumberOnFile = sendsToNumberOnFile;
    result.sessionToken = "latchkey.sid=abc";
    return result;
}

FlowOptions policy(const QString &number, bool locked)
{
    FlowOptions options;
    options.phoneNumber = number;
    options.phoneNumberLocked = locked;
    return options;
}

} // namespace

/**
 * The number on file in the flow: which number the phone step offers (policy > backend > enrolment > last
 * sign-in), that the full number is what is sent, and when the last sign-in's number is kept in the keychain.
 */
class TestNumberPrefillFlow : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        explicit Fixture(FlowOptions options = FlowOptions(), bool rememberedNumber = false)
            : flow(&auth, &secrets, &clock, std::move(options))
        {
            if (rememberedNumber) {
                secrets.setContents({{SecretKey::lastPhoneNumber, lastNumber.toUtf8()}});
            }
        }
        /** start() reads the keychain (the session and the last number) before the password step is idle. */
        void start()
        {
            flow.start();
            QTRY_VERIFY(!flow.isBusy());
        }
        void toPhoneStep(const LoginResult &result = login(), bool remember = false)
        {
            flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"), remember);
            auth.answerLoggedIn(result);
        }
        /** From the phone step: the code is sent, then approved; waits for finished(). */
        void approve()
        {
            QSignalSpy finished(&flow, &SignInFlow::finished);
            auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
            flow.submitCode(QStringLiteral("123456"));
            auth.answerApproved();
            QTRY_COMPARE(finished.count(), 1);
        }

        ManualClock clock;
        FakeAuthService auth;
        MemorySecretStore secrets;
        SignInFlow flow;
    };

private slots:
    void nothingOnFileMeansNoPrefill()
    {
        Fixture f;
        f.start();
        f.toPhoneStep();
        QCOMPARE(f.flow.prefilledNumberSource(), Source::None);
        QVERIFY(f.flow.maskedPrefilledNumber().isEmpty());
        QVERIFY(!f.flow.canSendToPrefilledNumber());
        f.flow.submitPrefilledNumber(Channel::Sms);
        QVERIFY(f.flow.error().isError());
        QVERIFY(!f.auth.calls.last().startsWith(QStringLiteral("send")));
    }

    void theLastSignInsNumberIsReadAtStartAndSentInFull()
    {
        Fixture f(FlowOptions(), true);
        QSignalSpy details(&f.flow, &SignInFlow::detailsChanged);
        f.start();
        QVERIFY(details.count() >= 1); // front ends learn of it when it arrives
        f.toPhoneStep();
        QCOMPARE(f.flow.step(), Step::Phone);
        QCOMPARE(f.flow.prefilledNumberSource(), Source::LastSignIn);
        QCOMPARE(f.flow.maskedPrefilledNumber(), QStringLiteral("+1 ••• ••• ••42"));
        QVERIFY(f.flow.canSendToPrefilledNumber());
        QVERIFY(!f.flow.isPhoneNumberLocked());
        f.flow.submitPrefilledNumber(Channel::Call);
        QCOMPARE(f.auth.calls.last(), QStringLiteral("send +12025550142 call"));
    }

    void aTypedNumberStillWinsOverTheLastOne()
    {
        Fixture f(FlowOptions(), true);
        f.start();
        f.toPhoneStep();
        f.flow.submitPhone(QStringLiteral("+44 7700 900456"), QStringLiteral("US"), Channel::Sms);
        QCOMPARE(f.auth.calls.last(), QStringLiteral("send +447700900456 sms"));
    }

    void theBackendsNumberOnFileBeatsTheLastSignIn()
    {
        // A different number on file: only its masked form is known, so it is shown, not sendable.
        Fixture f(FlowOptions(), true);
        f.start();
        f.toPhoneStep(login(QStringLiteral("+49 ••• ••• ••77")));
        QCOMPARE(f.flow.prefilledNumberSource(), Source::Backend);
        QCOMPARE(f.flow.maskedPrefilledNumber(), QStringLiteral("+49 ••• ••• ••77"));
        QVERIFY(!f.flow.canSendToPrefilledNumber());
    }

    void theLastNumberCompletesTheMatchingNumberOnFile()
    {
        Fixture f(FlowOptions(), true);
        f.start();
        f.toPhoneStep(login(QStringLiteral("+1 ••• ••• ••42")));
        QCOMPARE(f.flow.prefilledNumberSource(), Source::Backend);
        QVERIFY(f.flow.canSendToPrefilledNumber());
        f.flow.submitPrefilledNumber(Channel::Sms);
        QCOMPARE(f.auth.calls.last(), QStringLiteral("send +12025550142 sms"));
    }

    void theEnrolledNumberIsTheSourceInDirectMode()
    {
        Fixture f(FlowOptions(), true);
        f.auth.numberChangeable = true; // a local account: direct mode
        f.start();
        f.toPhoneStep(login(QStringLiteral("+1 ••• ••• ••42"), true));
        // Direct mode sends to the enrolled number without the phone step.
        QCOMPARE(f.flow.prefilledNumberSource(), Source::Enrolment);
        QCOMPARE(f.auth.calls.last(), QStringLiteral("send  sms"));
    }

    void aLockedPolicyNumberBeatsEverythingAndCannotBeChanged()
    {
        Fixture f(policy(policyNumber, true), true);
        f.start();
        // The backend would send to its own number on file: policy's number goes first, so the step shows.
        f.toPhoneStep(login(QStringLiteral("+1 ••• ••• ••42"), true));
        QCOMPARE(f.flow.step(), Step::Phone);
        QCOMPARE(f.flow.prefilledNumberSource(), Source::Policy);
        QVERIFY(f.flow.isPhoneNumberLocked());
        QCOMPARE(f.flow.maskedPrefilledNumber(), QStringLiteral("+44 ••• ••• ••23"));
        // A typed number is not taken: the policy's goes.
        f.flow.submitPhone(QStringLiteral("+1 202 555 0199"), QStringLiteral("US"), Channel::Sms);
        QCOMPARE(f.auth.calls.last(), QStringLiteral("send +447700900123 sms"));
        f.auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
        QVERIFY(!f.flow.canUseDifferentNumber());
    }

    void aLockedPolicyNumberOffersNoNumberChange()
    {
        // Direct mode could move its enrolment, but the policy's number would still win at every sign-in.
        for (const bool locked : {false, true}) {
            Fixture f(policy(policyNumber, locked));
            f.auth.numberChangeable = true;
            f.start();
            f.toPhoneStep();
            f.flow.submitPhone(QStringLiteral("+44 7700 900123"), QStringLiteral("GB"), Channel::Sms);
            f.approve();
            QCOMPARE(f.flow.step(), Step::Done);
            QCOMPARE(f.flow.canChangeNumber(), !locked);
        }
    }

    void anUnlockedPolicyNumberIsOnlyThePrefill()
    {
        Fixture f(policy(policyNumber, false), true);
        f.start();
        f.toPhoneStep();
        QCOMPARE(f.flow.prefilledNumberSource(), Source::Policy);
        QVERIFY(!f.flow.isPhoneNumberLocked());
        f.flow.submitPhone(QStringLiteral("+1 202 555 0199"), QStringLiteral("US"), Channel::Sms);
        QCOMPARE(f.auth.calls.last(), QStringLiteral("send +12025550199 sms"));
        f.auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
        QVERIFY(f.flow.canUseDifferentNumber());
    }

    void anUnlockedPolicyNumberDoesNotStopTheNumberOnFile()
    {
        Fixture f(policy(policyNumber, false));
        f.start();
        f.toPhoneStep(login(QStringLiteral("+1 ••• ••• ••42"), true));
        QCOMPARE(f.auth.calls.last(), QStringLiteral("send  sms")); // the backend decides
    }

    void rememberMeKeepsTheNumberTheApprovedCodeWentTo()
    {
        Fixture f;
        f.start();
        f.toPhoneStep(login(), true);
        f.flow.submitPhone(QStringLiteral("(202) 555-0142"), QStringLiteral("US"), Channel::Sms);
        QVERIFY(!f.secrets.contents().contains(SecretKey::lastPhoneNumber)); // not before the approval
        f.approve();
        QCOMPARE(f.secrets.contents().value(SecretKey::lastPhoneNumber), lastNumber.toUtf8());
    }

    void withoutRememberMeNothingIsKeptAndTheOldNumberIsForgotten()
    {
        Fixture fresh;
        fresh.start();
        fresh.toPhoneStep(login(), false);
        fresh.flow.submitPhone(QStringLiteral("(202) 555-0142"), QStringLiteral("US"), Channel::Sms);
        fresh.approve();
        QVERIFY(!fresh.secrets.contents().contains(SecretKey::lastPhoneNumber));

        Fixture f(FlowOptions(), true);
        f.start();
        f.toPhoneStep(login(), false);
        f.flow.submitPrefilledNumber(Channel::Sms);
        f.approve();
        QVERIFY(!f.secrets.contents().contains(SecretKey::lastPhoneNumber));
    }

    void rememberThisDeviceAlsoKeepsTheNumber()
    {
        FlowOptions options;
        options.rememberDeviceAllowed = true;
        Fixture f(options);
        f.start();
        LoginResult result = login();
        result.capabilities.deviceTrust = true;
        f.flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"), false);
        QTRY_VERIFY(f.auth.calls.contains(QStringLiteral("login demo"))); // after the device trust read
        f.auth.answerLoggedIn(result);
        QCOMPARE(f.flow.step(), Step::Phone);
        f.flow.submitPhone(QStringLiteral("+1 202 555 0142"), QStringLiteral("US"), Channel::Sms);
        f.flow.setRememberDevice(true);
        f.approve();
        QCOMPARE(f.secrets.contents().value(SecretKey::lastPhoneNumber), lastNumber.toUtf8());
    }

    void aLockedPolicyNumberIsNotKeptAsTheLastOne()
    {
        Fixture f(policy(policyNumber, true));
        f.start();
        f.toPhoneStep(login(), true);
        f.flow.submitPrefilledNumber(Channel::Sms);
        f.approve();
        QVERIFY(!f.secrets.contents().contains(SecretKey::lastPhoneNumber));
    }

    void signingOutForgetsTheNumber()
    {
        Fixture f(FlowOptions(), true);
        f.start();
        f.toPhoneStep(login(), true);
        f.flow.submitPrefilledNumber(Channel::Sms);
        f.approve();
        QVERIFY(f.secrets.contents().contains(SecretKey::lastPhoneNumber));
        f.flow.signOut();
        QTRY_VERIFY(!f.secrets.contents().contains(SecretKey::lastPhoneNumber));
        QCOMPARE(f.flow.prefilledNumberSource(), Source::None);
    }

    void aDamagedStoredNumberIsIgnored()
    {
        Fixture f;
        f.secrets.setContents({{SecretKey::lastPhoneNumber, QByteArrayLiteral("not a number")}});
        f.start();
        f.toPhoneStep();
        QCOMPARE(f.flow.prefilledNumberSource(), Source::None);
    }

    void noKeychainMeansNoPrefillAndNoFailure()
    {
        Fixture f;
        f.secrets.failOperations(SecretStore::Error::NoKeychain, QStringLiteral("no keychain"));
        f.start();
        f.toPhoneStep(login(), true);
        QCOMPARE(f.flow.prefilledNumberSource(), Source::None);
        QCOMPARE(f.flow.step(), Step::Phone);
        QVERIFY(!f.flow.error().isError());
    }
};

QTEST_GUILESS_MAIN(TestNumberPrefillFlow)
#include "TestNumberPrefillFlow.moc"
