// A send-code the server accepted (2xx) but whose answer could not be read: the code may be on its way, so
// the flow goes to the code step, says so, offers "resend" and never sends again by itself. Through the
// real BackendAuthService, HttpClient and network stack, against a scripted server on loopback.

#include "BackendAuthService.h"
#include "Clock.h"
#include "ConfiguredNetworkAccessManager.h"
#include "HttpClient.h"
#include "MemorySecretStore.h"
#include "ScriptedHttpServer.h"
#include "SignInFlow.h"

#include <QSignalSpy>
#include <QTest>

using namespace latchkey;
using Step = SignInFlow::Step;

namespace {

int sendCodeRequests(const ScriptedHttpServer &server)
{
    int count = 0;
    for (const ReceivedRequest &request : server.requests()) {
        count += request.target == "/api/auth/send-code" ? 1 : 0;
    }
    return count;
}

NetworkOptions loopbackOptions()
{
    NetworkOptions options;
    options.proxyMode = NetworkOptions::ProxyMode::None;
    options.totalTimeoutMsecs = 1000; // a stalled answer ends quickly
    return options;
}

/** A sign-in at the phone step, against `server`. */
struct Fixture
{
    explicit Fixture(ScriptedHttpServer &server)
        : network(loopbackOptions())
        , http(&network)
        , auth(&http, BackendEndpoints{server.url()})
        , flow(&auth, &secrets, &clock, FlowOptions{})
    {}

    bool toPhoneStep()
    {
        flow.submitPassword(QStringLiteral("alice"), QStringLiteral("correct horse"), false);
        return QTest::qWaitFor([this] { return flow.step() == Step::Phone && !flow.isBusy(); }, 10000);
    }
    bool sendCode()
    {
        flow.submitPhone(QStringLiteral("+1 202 555 0142"), QStringLiteral("US"), Channel::Sms);
        return QTest::qWaitFor([this] { return !flow.isBusy(); }, 10000);
    }

    ManualClock clock;
    MemorySecretStore secrets;
    ConfiguredNetworkAccessManager network;
    HttpClient http;
    BackendAuthService auth;
    SignInFlow flow;
};

const ScriptedAnswer seedLogin =
    ScriptedAnswer::json(200, R"({"message":"Signed in","username":"alice"})",
                         {{"Set-Cookie", "connect.sid=s%3Aabc; Path=/; HttpOnly"}});

} // namespace

class TestUnreadableSendAnswer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void aCodeThatMayHaveGoneOutLeadsToTheCodeStep_data()
    {
        QTest::addColumn<ScriptedAnswer>("answer");
        QTest::addColumn<AuthError::Kind>("kind");
        QTest::newRow("html 200") << ScriptedAnswer{ScriptedAnswer::Action::Answer,
                                                    200,
                                                    {{"Content-Type", "text/html"}},
                                                    "<html><body>Welcome</body></html>"}
                                  << AuthError::Kind::BadResponse;
        QTest::newRow("truncated json 200")
            << ScriptedAnswer::json(200, "{\"message\":\"Verification code sent")
            << AuthError::Kind::BadResponse;
        QTest::newRow("reset mid-body")
            << ScriptedAnswer::cutOff(200, "{\"message\":\"Verification") << AuthError::Kind::NetworkFailure;
        QTest::newRow("deadline after the headers")
            << ScriptedAnswer::stall(200, "{\"message\":\"Verification") << AuthError::Kind::Timeout;
        QTest::newRow("endless") << ScriptedAnswer::endless(200) << AuthError::Kind::ResponseTooLarge;
    }
    void aCodeThatMayHaveGoneOutLeadsToTheCodeStep()
    {
        QFETCH(ScriptedAnswer, answer);
        QFETCH(AuthError::Kind, kind);
        ScriptedHttpServer server;
        server.enqueue(seedLogin);
        server.enqueue(answer);
        Fixture f(server);
        QVERIFY(f.toPhoneStep());
        QVERIFY(f.sendCode());

        QCOMPARE(f.flow.step(), Step::Code);
        QCOMPARE(f.flow.error().kind, kind);
        QVERIFY(!f.flow.errorText().isEmpty());
        QVERIFY2(f.flow.notice().contains(QStringLiteral("A code may have been sent")),
                 qPrintable(f.flow.notice()));
        QVERIFY(f.flow.canResend()); // "send a new one" is offered at once...
        QTest::qWait(200);
        QCOMPARE(sendCodeRequests(server), 1); // ...but never done by itself

        // Only the user's resend sends again; a code that then arrives replaces the remark with the
        // confirmation of the new code.
        server.enqueue(
            ScriptedAnswer::json(200, R"({"message":"Verification code sent","status":"pending"})"));
        f.flow.resendCode();
        QTRY_VERIFY_WITH_TIMEOUT(!f.flow.isBusy(), 10000);
        QCOMPARE(sendCodeRequests(server), 2);
        QVERIFY(!f.flow.error().isError());
        QVERIFY2(f.flow.notice().startsWith(QStringLiteral("A new code was sent at ")),
                 qPrintable(f.flow.notice()));
    }

    void aSendThatNeverGotAnAnswerStaysOnThePhoneStep()
    {
        // No status line at all: nothing says the server took it, so the number can be sent again.
        ScriptedHttpServer server;
        server.enqueue(seedLogin);
        server.enqueue(ScriptedAnswer::hang());
        Fixture f(server);
        QVERIFY(f.toPhoneStep());
        QVERIFY(f.sendCode());
        QCOMPARE(f.flow.step(), Step::Phone);
        QCOMPARE(f.flow.error().kind, AuthError::Kind::Timeout);
        QVERIFY(f.flow.notice().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUnreadableSendAnswer)
#include "TestUnreadableSendAnswer.moc"
