#include "Clock.h"
#include "FakeAuthService.h"
#include "MemorySecretStore.h"
#include "ServerCooldowns.h"
#include "SignInFlow.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey;
using Step = SignInFlow::Step;

namespace {

const QString origin = QStringLiteral("https://auth.example.invalid:443");

LoginResult login(bool sendsToNumberOnFile = false)
{
    LoginResult result;
    result.displayName = QStringLiteral("Demo User");
    result.capabilities.channels = {Channel::Sms, Channel::Call};
    result.capabilities.codeLength = 6;
    result.capabilities.sendsToNumberOnFile = sendsToNumberOnFile;
    result.capabilities.maskedNumberOnFile =
        sendsToNumberOnFile ? QStringLiteral("+1 ••• ••• ••42") : QString();
    return result;
}

AuthError tooManyRequests(int retryAfter)
{
    AuthError error =
        AuthError::of(AuthError::Kind::RateLimited,
                      QStringLiteral("Too many verification attempts, please try again later."));
    error.httpStatus = 429;
    error.retryAfterSeconds = retryAfter;
    return error;
}

} // namespace

/**
 * A server's "too many requests" (429 with Retry-After or RateLimit-*) is kept per origin, in a state file
 * that survives a restart: no code is asked for until the wait is over, and the wait is shown instead.
 */
class TestServerCooldowns : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        Run(ManualClock *clock, const QString &file, const QString &serverOrigin = origin)
            : flow(&auth, &secrets, clock, optionsFor(file, serverOrigin))
        {}
        static FlowOptions optionsFor(const QString &file, const QString &serverOrigin)
        {
            FlowOptions options;
            options.cooldownFile = file;
            options.serverOrigin = serverOrigin;
            return options;
        }
        void toPhoneStep(const LoginResult &result = login())
        {
            flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"), false);
            auth.answerLoggedIn(result);
        }
        void sendCode()
        {
            flow.submitPhone(QStringLiteral("+1 202 555 0142"), QStringLiteral("US"), Channel::Sms);
        }

        FakeAuthService auth;
        MemorySecretStore secrets;
        SignInFlow flow;
    };

    QString stateFile(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aRateLimitedSendStopsEverySendUntilTheWaitIsOver()
    {
        ManualClock clock;
        Run run(&clock, stateFile("first.json"));
        run.toPhoneStep();
        run.sendCode();
        run.auth.answerFailed(tooManyRequests(900));
        QCOMPARE(run.auth.sendCount(), 1);
        QCOMPARE(run.flow.step(), Step::Phone);
        QCOMPARE(run.flow.lockoutSecondsLeft(), 900);
        QCOMPARE(run.flow.error().kind, AuthError::Kind::RateLimited);

        // Asked again at once, and again later in the window: nothing leaves.
        run.sendCode();
        QVERIFY(!run.flow.isBusy());
        clock.advanceSeconds(600);
        run.sendCode();
        QCOMPARE(run.auth.sendCount(), 1);
        QCOMPARE(run.flow.lockoutSecondsLeft(), 300);
        QVERIFY(run.flow.error().isLockout());

        clock.advanceSeconds(300);
        QCOMPARE(run.flow.lockoutSecondsLeft(), 0);
        QVERIFY(!run.flow.error().isError()); // the wait is over: the message goes
        run.sendCode();
        QCOMPARE(run.auth.sendCount(), 2);
    }

    void aNewFlowWithTheSameStateFileStillWaits()
    {
        ManualClock clock;
        const QString file = stateFile("restart.json");
        {
            Run first(&clock, file);
            first.toPhoneStep();
            first.sendCode();
            first.auth.answerFailed(tooManyRequests(900));
        }
        QVERIFY(QFile::exists(file));
        clock.advanceSeconds(60); // the app is started again a minute later

        Run second(&clock, file);
        second.toPhoneStep();
        QCOMPARE(second.flow.step(), Step::Phone);
        QCOMPARE(second.flow.lockoutSecondsLeft(), 840); // shown on arrival, before anything is typed
        QVERIFY(second.flow.error().isLockout());
        second.sendCode();
        QCOMPARE(second.auth.sendCount(), 0);

        // A server that sends to its number on file is not asked either: the login lands on the phone step.
        Run third(&clock, file);
        third.toPhoneStep(login(true));
        QCOMPARE(third.auth.sendCount(), 0);
        QCOMPARE(third.flow.step(), Step::Phone);
        QVERIFY(!third.flow.isBusy());

        clock.advanceSeconds(840);
        second.sendCode();
        QCOMPARE(second.auth.sendCount(), 1);
    }

    void theWaitIsPerServer()
    {
        ManualClock clock;
        const QString file = stateFile("per-origin.json");
        {
            Run limited(&clock, file);
            limited.toPhoneStep();
            limited.sendCode();
            limited.auth.answerFailed(tooManyRequests(900));
        }
        Run other(&clock, file, QStringLiteral("https://other.example.invalid:443"));
        other.toPhoneStep();
        QCOMPARE(other.flow.lockoutSecondsLeft(), 0);
        other.sendCode();
        QCOMPARE(other.auth.sendCount(), 1);
    }

    void aResendThatIsRateLimitedIsNotRepeated()
    {
        ManualClock clock;
        Run run(&clock, stateFile("resend.json"));
        run.toPhoneStep();
        run.sendCode();
        run.auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
        clock.advanceSeconds(30);
        run.flow.resendCode();
        run.auth.answerFailed(tooManyRequests(120));
        QCOMPARE(run.auth.sendCount(), 2);
        run.flow.resendCode();
        run.flow.requestCall();
        QCOMPARE(run.auth.sendCount(), 2);
        clock.advanceSeconds(120);
        run.flow.resendCode();
        QCOMPARE(run.auth.sendCount(), 3);
    }

    void withoutRetryAfterTheFallbackWaitApplies()
    {
        ManualClock clock;
        Run run(&clock, stateFile("fallback.json"));
        run.toPhoneStep();
        run.sendCode();
        run.auth.answerFailed(tooManyRequests(-1));
        QCOMPARE(run.flow.lockoutSecondsLeft(), FlowOptions{}.lockoutFallbackSeconds);
        run.sendCode();
        QCOMPARE(run.auth.sendCount(), 1);
    }

    void theStoreIgnoresWhatItCannotUse()
    {
        const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        // A damaged file is no wait at all, and is replaced on the next write.
        const QString damaged = stateFile("damaged.json");
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        ServerCooldowns store(damaged);
        QVERIFY(!store.notBefore(origin, now).isValid());
        store.waitUntil(origin, now.addSecs(60), now);
        QCOMPARE(store.notBefore(origin, now), now.addSecs(60));
        // A shorter wait never shortens a longer one; no wait is longer than a day.
        store.waitUntil(origin, now.addSecs(10), now);
        QCOMPARE(store.notBefore(origin, now), now.addSecs(60));
        store.waitUntil(origin, now.addSecs(10 * 24 * 3600), now);
        QCOMPARE(store.notBefore(origin, now), now.addSecs(24 * 3600));
        // A directory in its place is no wait either, and nothing blocks.
        const QString directory = stateFile("a-directory");
        QVERIFY(QDir().mkpath(directory));
        QVERIFY(!ServerCooldowns(directory).notBefore(origin, now).isValid());
    }

    void originsAreSchemeHostAndPort()
    {
        QCOMPARE(ServerCooldowns::originOf(QStringLiteral("https://Auth.Example.invalid/api")),
                 QStringLiteral("https://auth.example.invalid:443"));
        QCOMPARE(ServerCooldowns::originOf(QStringLiteral("http://127.0.0.1:8080")),
                 QStringLiteral("http://127.0.0.1:8080"));
    }
};

QTEST_GUILESS_MAIN(TestServerCooldowns)
#include "TestServerCooldowns.moc"
