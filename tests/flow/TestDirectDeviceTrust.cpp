// Direct mode's "Remember this device": local trust bound to the local account and its enrolled number,
// honoured only after the local password check, with the real DirectAuthService and LocalAccount against
// the sandbox's Verify over loopback HTTP.

#include "DeviceTrustRecord.h"
#include "DirectAuthService.h"
#include "DirectSandbox.h"
#include "HttpClient.h"
#include "Outbox.h"
#include "SignInFlow.h"
#include "VerifyClient.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

namespace {

const QString &username = localUsername;
const QString &password = localPassword;
const QString &number = localNumber;

} // namespace

class TestDirectDeviceTrust : public QObject
{
    Q_OBJECT

    /** An enrolled computer: the sandbox, the keychain (in memory), the local account and the network. */
    struct Computer : DirectSandbox
    {
        Computer() { network.setProxy(QNetworkProxy::NoProxy); }

        /** The sandbox's Verify service and API key, as an administrator would configure them. */
        VerifyAccount verifyAccount() const
        {
            VerifyAccount verify;
            verify.baseUrl = server.baseUrl();
            verify.serviceSid = SandboxServer::serviceSid();
            verify.keySid = SandboxServer::apiKeySid();
            verify.secret = SandboxServer::apiKeySecret();
            return verify;
        }
        QString lastCode() const { return server.outbox()->lastCodeFor(number); }

        QNetworkAccessManager network;
        HttpClient http{&network};
    };

    /** One run of the app on that computer. */
    struct Run
    {
        explicit Run(Computer &c)
            : auth(&c.http, c.verifyAccount())
            , flow(&auth, &c.secrets, &c.clock, rememberingDevices())
        {
            auth.setLocalAccount(&c.account);
        }
        bool start()
        {
            flow.start();
            return QTest::qWaitFor([this] { return !flow.isBusy(); }, 10000) &&
                   flow.step() == SignInFlow::Step::Password;
        }
        DirectAuthService auth;
        SignInFlow flow;
    };

private slots:
    void anApprovedCodeWithTheBoxTickedSkipsTheNextCode()
    {
        Computer c;
        QVERIFY(c.listening);
        QVERIFY(c.enrol());
        {
            Run run(c);
            QVERIFY(run.start());
            run.flow.submitPassword(username, password, false);
            QTRY_COMPARE_WITH_TIMEOUT(run.flow.step(), SignInFlow::Step::Code, 10000);
            QVERIFY(run.flow.isRememberDeviceOffered());
            QCOMPARE(run.flow.rememberDeviceDays(), 30);
            run.flow.setRememberDevice(true);
            run.flow.submitCode(c.lastCode());
            QTRY_COMPARE_WITH_TIMEOUT(run.flow.step(), SignInFlow::Step::Done, 10000);
            QTRY_VERIFY(c.secrets.contents().contains(SecretKey::directDeviceTrust));
        }
        DeviceTrustRecord record;
        QVERIFY(DeviceTrustRecord::deserialize(c.secrets.contents().value(SecretKey::directDeviceTrust),
                                               &record));
        QCOMPARE(record.username, username);
        QCOMPARE(record.token, number.toUtf8()); // bound to the enrolled number
        QCOMPARE(record.until, c.clock.now().addDays(30));

        const int codesSent = c.server.outbox()->messages().size();
        Run again(c);
        QVERIFY(again.start());
        again.flow.submitPassword(username, password, false);
        QTRY_COMPARE_WITH_TIMEOUT(again.flow.step(), SignInFlow::Step::Done, 10000);
        QVERIFY(again.flow.isSignedInByDeviceTrust());
        QCOMPARE(c.server.outbox()->messages().size(), codesSent);

        // Sign-out forgets the device: the next sign-in asks for the code again.
        again.flow.signOut();
        QTRY_VERIFY(!c.secrets.contents().contains(SecretKey::directDeviceTrust));
        QVERIFY(c.secrets.contents().contains(SecretKey::localAccount)); // the enrolment stays
    }

    void theRememberedDeviceNeverSkipsThePassword()
    {
        Computer c;
        QVERIFY(c.listening);
        QVERIFY(c.enrol());
        c.secrets.setContents(
            {{SecretKey::localAccount, c.secrets.contents().value(SecretKey::localAccount)},
             {SecretKey::directDeviceTrust,
              DeviceTrustRecord{username, number.toUtf8(), c.clock.now().addDays(5)}.serialize()}});
        Run run(c);
        QVERIFY(run.start());
        run.flow.submitPassword(username, QStringLiteral("not the password"), false);
        QTRY_VERIFY_WITH_TIMEOUT(run.flow.error().isError(), 10000);
        QCOMPARE(run.flow.error().kind, AuthError::Kind::InvalidCredentials);
        QCOMPARE(run.flow.step(), SignInFlow::Step::Password);
        QVERIFY(!run.flow.isFinished());
    }

    void anExpiredOrReboundRecordIsDeletedAndTheCodeIsAsked_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("daysLeft");
        QTest::newRow("expired") << number.toUtf8() << -1;
        QTest::newRow("another number") << QByteArray("+12025550199") << 5;
    }
    void anExpiredOrReboundRecordIsDeletedAndTheCodeIsAsked()
    {
        QFETCH(QByteArray, token);
        QFETCH(int, daysLeft);
        Computer c;
        QVERIFY(c.listening);
        QVERIFY(c.enrol());
        QHash<QString, QByteArray> contents = c.secrets.contents();
        contents.insert(SecretKey::directDeviceTrust,
                        DeviceTrustRecord{username, token, c.clock.now().addDays(daysLeft)}.serialize());
        c.secrets.setContents(contents);
        Run run(c);
        QVERIFY(run.start());
        run.flow.submitPassword(username, password, false);
        QTRY_COMPARE_WITH_TIMEOUT(run.flow.step(), SignInFlow::Step::Code, 10000);
        QVERIFY(!run.flow.isSignedInByDeviceTrust());
        QTRY_VERIFY(!c.secrets.contents().contains(SecretKey::directDeviceTrust));
    }
};

QTEST_GUILESS_MAIN(TestDirectDeviceTrust)
#include "TestDirectDeviceTrust.moc"
