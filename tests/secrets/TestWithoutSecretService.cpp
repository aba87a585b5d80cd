#include "BackendAuthService.h"
#include "BackendEmulator.h"
#include "Clock.h"
#include "HttpClient.h"
#include "KeychainSecretStore.h"
#include "Outbox.h"
#include "SandboxServer.h"
#include "SignInFlow.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace latchkey;

/**
 * On a D-Bus session with no Secret Service at all (tests/run-without-secret-service.sh): the keychain
 * fails fast with a message that says why, and a backend-mode sign-in still completes.
 */
class TestWithoutSecretService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("LATCHKEY_TEST_HOME"),
                 "run through tests/run-without-secret-service.sh (ctest does this)");
    }

    void everyKeychainCallFailsQuicklyAndSaysWhy()
    {
        KeychainSecretStore store(QStringLiteral("LatchkeyTest"));
        QSignalSpy reads(&store, &SecretStore::readFinished);
        QSignalSpy writes(&store, &SecretStore::writeFinished);
        QSignalSpy removals(&store, &SecretStore::removeFinished);
        QElapsedTimer timer;
        timer.start();
        store.read(SecretKey::backendSession);
        store.write(SecretKey::backendSession, "latchkey.sid=x");
        store.remove(SecretKey::backendSession);
        QTRY_COMPARE_WITH_TIMEOUT(reads.count() + writes.count() + removals.count(), 3, 10000);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(reads.first().at(2).value<SecretStore::Error>(), SecretStore::Error::NoKeychain);
        QCOMPARE(writes.first().at(1).value<SecretStore::Error>(), SecretStore::Error::NoKeychain);
        QCOMPARE(removals.first().at(1).value<SecretStore::Error>(), SecretStore::Error::NoKeychain);
        QVERIFY(reads.first().at(3).toString().contains(QStringLiteral("Secret Service")));
    }

    void aBackendSignInStillCompletesWithRememberMeTicked()
    {
        SandboxServer sandbox(Clock::system());
        QVERIFY(sandbox.listen());
        QNetworkAccessManager network;
        HttpClient http(&network);
        BackendEndpoints endpoints;
        endpoints.origin = sandbox.baseUrl();
        BackendAuthService auth(&http, endpoints);
        KeychainSecretStore secrets(QStringLiteral("LatchkeyTest"));
        SignInFlow flow(&auth, &secrets, Clock::system(), FlowOptions{});
        QSignalSpy finished(&flow, &SignInFlow::finished);

        flow.start();
        QTRY_VERIFY_WITH_TIMEOUT(!flow.isBusy(), 10000);
        QVERIFY2(flow.notice().contains(QStringLiteral("Secret Service")), qPrintable(flow.notice()));
        QVERIFY(!flow.error().isError()); // a missing keychain is a remark, not a failure

        const DemoAccount demo = BackendEmulator::demoAccount();
        flow.submitPassword(demo.username, demo.password, true);
        QTRY_COMPARE_WITH_TIMEOUT(flow.step(), SignInFlow::Step::Phone, 10000);
        flow.submitPhone(demo.phone, QStringLiteral("US"), Channel::Sms);
        QTRY_COMPARE_WITH_TIMEOUT(flow.step(), SignInFlow::Step::Code, 10000);
        QTRY_VERIFY(flow.notice().contains(QStringLiteral("sign in again next time")));
        flow.submitCode(sandbox.outbox()->lastCodeFor(demo.phone));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.first().at(0).value<SignInFlow::Outcome>(), SignInFlow::Outcome::SignedIn);
    }
};

QTEST_GUILESS_MAIN(TestWithoutSecretService)
#include "TestWithoutSecretService.moc"
