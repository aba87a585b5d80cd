#include "ConfiguredAuthService.h"
#include "FakeAuthService.h"

#include <QSignalSpy>
#include <QTest>

using namespace latchkey;

/** Auth/CodeLength fills in what the server does not say; everything else passes through. */
class TestConfiguredAuthService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<LoginResult>();
        qRegisterMetaType<CodeSentResult>();
    }

    void theSettingFillsInAnUnknownLength()
    {
        auto *fake = new FakeAuthService;
        ConfiguredAuthService service(fake, 6);
        QSignalSpy loggedIn(&service, &AuthService::loggedIn);
        QSignalSpy codeSent(&service, &AuthService::codeSent);
        service.logIn(QStringLiteral("demo"), QStringLiteral("pw"));
        fake->answerLoggedIn(LoginResult());
        QTRY_COMPARE(loggedIn.size(), 1);
        QCOMPARE(loggedIn.constFirst().constFirst().value<LoginResult>().capabilities.codeLength, 6);
        service.sendCode(QStringLiteral("+12025550142"), Channel::Sms);
        fake->answerCodeSent(CodeSentResult());
        QTRY_COMPARE(codeSent.size(), 1);
        QCOMPARE(codeSent.constFirst().constFirst().value<CodeSentResult>().codeLength, 6);
    }

    void theServerWins()
    {
        auto *fake = new FakeAuthService;
        ConfiguredAuthService service(fake, 6);
        QSignalSpy codeSent(&service, &AuthService::codeSent);
        service.sendCode(QStringLiteral("+12025550142"), Channel::Call);
        CodeSentResult result;
        result.codeLength = 8;
        result.channel = Channel::Call;
        fake->answerCodeSent(result);
        QTRY_COMPARE(codeSent.size(), 1);
        QCOMPARE(codeSent.constFirst().constFirst().value<CodeSentResult>().codeLength, 8);
        QCOMPARE(codeSent.constFirst().constFirst().value<CodeSentResult>().channel, Channel::Call);
    }

    void preparingPassesThrough()
    {
        auto *fake = new FakeAuthService;
        fake->enrolmentNeeded = true;
        ConfiguredAuthService service(fake, 6);
        QSignalSpy prepared(&service, &AuthService::prepared);
        service.prepare();
        QTRY_COMPARE(prepared.size(), 1);
        QCOMPARE(prepared.constFirst().constFirst().toBool(), true);
    }

    void callsAndAnswersPassThrough()
    {
        auto *fake = new FakeAuthService;
        ConfiguredAuthService service(fake, 0);
        QSignalSpy approved(&service, &AuthService::codeApproved);
        QSignalSpy failed(&service, &AuthService::failed);
        service.checkCode(QStringLiteral("+12025550142"), QStringLiteral("123456"));
        fake->answerApproved();
        QTRY_COMPARE(approved.size(), 1);
        service.logIn(QStringLiteral("demo"), QStringLiteral("pw"));
        fake->answerFailed(AuthError::of(AuthError::Kind::InvalidCredentials));
        QTRY_COMPARE(failed.size(), 1);
        service.resumeSession("token");
        service.abort();
        service.signOut();
        QCOMPARE(fake->calls.size(), 5);
        QVERIFY(fake->calls.at(0).startsWith(QStringLiteral("check +12025550142")));
        QVERIFY(fake->calls.at(1).startsWith(QStringLiteral("login demo")));
        QVERIFY(fake->calls.at(2).startsWith(QStringLiteral("resume")));
        QCOMPARE(fake->calls.at(3), QStringLiteral("abort"));
        QCOMPARE(fake->calls.at(4), QStringLiteral("signout"));
    }
};

QTEST_GUILESS_MAIN(TestConfiguredAuthService)
#include "TestConfiguredAuthService.moc"
