#include "Clock.h"
#include "FakeAuthService.h"
#include "MemorySecretStore.h"
#include "SignInFlow.h"

#include <QSignalSpy>
#include <QTest>

using namespace latchkey;
using Step = SignInFlow::Step;
using Outcome = SignInFlow::Outcome;

namespace {

LoginResult login(bool sendsToNumberOnFile = false)
{
    LoginResult result;
    result.displayName = QStringLiteral("Demo User");
    result.capabilities.channels = {Channel::Sms, Channel::Call};
    result.capabilities.codeLength = 6;
    result.capabilities.sendsToNumberOnFile = sendsToNumberOnFile;
    return result;
}

AuthError httpError(AuthError::Kind kind, int status)
{
    AuthError error = AuthError::of(kind);
    error.httpStatus = status;
    return error;
}

} // namespace

/**
 * Auth/FailMode=open (the shell honours it only from policy): after the password, a code service that
 * cannot be reached at all lets the user in as its own outcome. Never on an HTTP answer, never on a code.
 */
class TestFailMode : public QObject
{
    Q_OBJECT

    struct Run
    {
        explicit Run(bool failOpen)
            : flow(&auth, &secrets, &clock, optionsFor(failOpen))
        {}
        static FlowOptions optionsFor(bool failOpen)
        {
            FlowOptions options;
            options.failOpen = failOpen;
            return options;
        }
        void toPhoneStep(bool sendsToNumberOnFile = false)
        {
            flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"), false);
            auth.answerLoggedIn(login(sendsToNumberOnFile));
        }
        void sendCode()
        {
            flow.submitPhone(QStringLiteral("+1 202 555 0142"), QStringLiteral("US"), Channel::Sms);
        }

        ManualClock clock;
        FakeAuthService auth;
        MemorySecretStore secrets;
        SignInFlow flow;
    };

private slots:
    void openLetsInWhenTheCodeServiceCannotBeReached_data()
    {
        QTest::addColumn<AuthError::Kind>("kind");
        QTest::newRow("connection refused") << AuthError::Kind::ConnectionRefused;
        QTest::newRow("host not found") << AuthError::Kind::HostNotFound;
        QTest::newRow("timeout") << AuthError::Kind::Timeout;
    }

    void openLetsInWhenTheCodeServiceCannotBeReached()
    {
        QFETCH(AuthError::Kind, kind);
        Run run(true);
        QSignalSpy finished(&run.flow, &SignInFlow::finished);
        run.toPhoneStep();
        run.sendCode();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("FAIL-OPEN")));
        run.auth.answerFailed(AuthError::of(kind));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<Outcome>(), Outcome::FailedOpen);
        QCOMPARE(run.flow.step(), Step::Done);
        QVERIFY(run.flow.isFailedOpen());
        QVERIFY(!run.flow.canChangeNumber());
    }

    void openAlsoAppliesToTheNumberOnFile()
    {
        Run run(true);
        QSignalSpy finished(&run.flow, &SignInFlow::finished);
        run.toPhoneStep(true); // sent at once after the password
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("FAIL-OPEN")));
        run.auth.answerFailed(AuthError::of(AuthError::Kind::ConnectionRefused));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<Outcome>(), Outcome::FailedOpen);
    }

    void closedByDefault()
    {
        Run run(false);
        QVERIFY(!FlowOptions{}.failOpen);
        QSignalSpy finished(&run.flow, &SignInFlow::finished);
        run.toPhoneStep();
        run.sendCode();
        run.auth.answerFailed(AuthError::of(AuthError::Kind::ConnectionRefused));
        QCOMPARE(finished.size(), 0);
        QCOMPARE(run.flow.step(), Step::Phone);
        QCOMPARE(run.flow.error().kind, AuthError::Kind::ConnectionRefused);
    }

    void neverOnAnHttpAnswer_data()
    {
        QTest::addColumn<AuthError>("error");
        QTest::newRow("500 (every Twilio error in the seed)") << httpError(AuthError::Kind::ServerError, 500);
        QTest::newRow("502 from a proxy") << httpError(AuthError::Kind::ServerError, 502);
        QTest::newRow("429") << httpError(AuthError::Kind::RateLimited, 429);
        QTest::newRow("unreadable 200") << httpError(AuthError::Kind::BadResponse, 200);
        QTest::newRow("timeout after the headers") << httpError(AuthError::Kind::Timeout, 200);
        QTest::newRow("tls") << AuthError::of(AuthError::Kind::TlsFailure);
        QTest::newRow("network failure") << AuthError::of(AuthError::Kind::NetworkFailure);
    }

    void neverOnAnHttpAnswer()
    {
        QFETCH(AuthError, error);
        Run run(true);
        QSignalSpy finished(&run.flow, &SignInFlow::finished);
        run.toPhoneStep();
        run.sendCode();
        run.auth.answerFailed(error);
        QCOMPARE(finished.size(), 0);
        QVERIFY(!run.flow.isFailedOpen());
        QCOMPARE(run.flow.error().kind, error.kind);
    }

    void neverOnACode_data()
    {
        QTest::addColumn<AuthError::Kind>("kind");
        QTest::newRow("wrong code") << AuthError::Kind::WrongCode;
        QTest::newRow("expired code") << AuthError::Kind::CodeExpired;
        QTest::newRow("unreachable at the check") << AuthError::Kind::ConnectionRefused;
        QTest::newRow("timeout at the check") << AuthError::Kind::Timeout;
    }

    void neverOnACode()
    {
        QFETCH(AuthError::Kind, kind);
        Run run(true);
        QSignalSpy finished(&run.flow, &SignInFlow::finished);
        run.toPhoneStep();
        run.sendCode();
        run.auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
        run.flow.submitCode(QStringLiteral("123456"));
        run.auth.answerFailed(AuthError::of(kind));
        QCOMPARE(finished.size(), 0);
        QCOMPARE(run.flow.step(), Step::Code);
        QCOMPARE(run.flow.error().kind, kind);
    }

    void neverBeforeThePassword()
    {
        // A refused login is no fail-open: the password step has not passed.
        Run run(true);
        QSignalSpy finished(&run.flow, &SignInFlow::finished);
        run.flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"), false);
        run.auth.answerFailed(AuthError::of(AuthError::Kind::ConnectionRefused));
        QCOMPARE(finished.size(), 0);
        QCOMPARE(run.flow.step(), Step::Password);
    }

    void neverForAResumedSession()
    {
        // "Remember me" skipped the password this time: no password was checked, so no fail-open.
        Run run(true);
        run.secrets.setContents({{SecretKey::backendSession, "latchkey.sid=abc"}});
        QSignalSpy finished(&run.flow, &SignInFlow::finished);
        run.flow.start();
        QTRY_VERIFY(run.auth.calls.contains(QStringLiteral("resume latchkey.sid=abc")));
        run.auth.answerLoggedIn(login(true));
        run.auth.answerFailed(AuthError::of(AuthError::Kind::ConnectionRefused));
        QCOMPARE(finished.size(), 0);
        QVERIFY(!run.flow.isFailedOpen());
    }

    void signingOutForgetsIt()
    {
        Run run(true);
        run.toPhoneStep();
        run.sendCode();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("FAIL-OPEN")));
        run.auth.answerFailed(AuthError::of(AuthError::Kind::Timeout));
        QVERIFY(run.flow.isFailedOpen());
        run.flow.signOut();
        QVERIFY(!run.flow.isFailedOpen());
        QCOMPARE(run.flow.step(), Step::Password);
    }
};

QTEST_GUILESS_MAIN(TestFailMode)
#include "TestFailMode.moc"
