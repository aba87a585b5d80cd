// The code step's attempts left and resend confirmation, end to end: the real DirectAuthService and
// SignInFlow against the sandbox's Verify over loopback HTTP (Verify checks five codes per verification).

#include "DirectAuthService.h"
#include "DirectSandbox.h"
#include "HttpClient.h"
#include "Outbox.h"
#include "SignInFlow.h"
#include "VerifyClient.h"
#include "WrongCode.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

class TestCodeAttempts : public QObject
{
    Q_OBJECT

    /** An enrolled computer signed in up to the code step. */
    struct Computer : DirectSandbox
    {
        Computer()
            : auth(&http, verifyAccount())
            , flow(&auth, &secrets, &clock, FlowOptions{})
        {
            network.setProxy(QNetworkProxy::NoProxy);
            auth.setLocalAccount(&account);
        }
        VerifyAccount verifyAccount() const
        {
            VerifyAccount verify;
            verify.baseUrl = server.baseUrl();
            verify.serviceSid = SandboxServer::serviceSid();
            verify.keySid = SandboxServer::apiKeySid();
            verify.secret = SandboxServer::apiKeySecret();
            return verify;
        }
        bool toCodeStep()
        {
            if (!listening || !enrol()) {
                return false;
            }
            flow.start();
            if (!QTest::qWaitFor([this] { return !flow.isBusy(); }, 10000)) {
                return false;
            }
            flow.submitPassword(localUsername, localPassword, false);
            return QTest::qWaitFor([this] { return flow.step() == SignInFlow::Step::Code && !flow.isBusy(); },
                                   10000);
        }
        /** Checks a wrong code and waits for the answer. */
        bool checkWrongCode()
        {
            flow.submitCode(wrongCodeFor(server.outbox()->lastCodeFor(localNumber)));
            return QTest::qWaitFor([this] { return !flow.isBusy(); }, 10000) && flow.error().isError();
        }

        QNetworkAccessManager network;
        HttpClient http{&network};
        DirectAuthService auth;
        SignInFlow flow;
    };

private slots:
    void wrongCodesSayHowManyAttemptsAreLeftUntilTheLockout()
    {
        Computer c;
        QVERIFY(c.toCodeStep());
        for (int left = 4; left >= 1; --left) {
            QVERIFY(c.checkWrongCode());
            QCOMPARE(c.flow.error().kind, AuthError::Kind::WrongCode);
            QCOMPARE(c.flow.error().attemptsLeft, left);
            QVERIFY2(c.flow.errorText().contains(QStringLiteral("%1 attempt").arg(left)),
                     qPrintable(c.flow.errorText()));
        }
        QVERIFY(c.checkWrongCode());
        QCOMPARE(c.flow.error().kind, AuthError::Kind::TooManyChecks);
        QVERIFY(c.flow.lockoutSecondsLeft() > 0);
        QVERIFY(!c.flow.canResend());
    }

    void aResendKeepsTheCountAndIsConfirmedWithItsTime()
    {
        Computer c;
        QVERIFY(c.toCodeStep());
        QVERIFY(c.flow.notice().isEmpty()); // the first code is not a "new" one
        QVERIFY(c.checkWrongCode());
        QCOMPARE(c.flow.error().attemptsLeft, 4);

        c.clock.advanceSeconds(c.flow.options().resendCooldownSeconds);
        const int sent = c.server.outbox()->messages().size();
        c.flow.resendCode();
        QTRY_VERIFY_WITH_TIMEOUT(!c.flow.isBusy(), 10000);
        QCOMPARE(c.server.outbox()->messages().size(), sent + 1);
        QCOMPARE(c.flow.notice(), SignInFlow::resentNotice(Channel::Sms, c.clock.now()));
        QVERIFY(c.flow.notice().contains(
            QLocale().toString(c.clock.now().toLocalTime().time(), QLocale::ShortFormat)));

        // Verify keeps the verification, and its count, across a resend.
        QVERIFY(c.checkWrongCode());
        QCOMPARE(c.flow.error().attemptsLeft, 3);

        c.flow.submitCode(c.server.outbox()->lastCodeFor(localNumber));
        QTRY_COMPARE_WITH_TIMEOUT(c.flow.step(), SignInFlow::Step::Done, 10000);
        QVERIFY(c.flow.notice().isEmpty()); // it served the code step only
    }
};

QTEST_GUILESS_MAIN(TestCodeAttempts)
#include "TestCodeAttempts.moc"
