// "Remember this device" end to end through real parts: the flow and BackendAuthService over loopback HTTP
// to the sandbox backend, and the real keychain (gnome-keyring on a private bus; tests/run-with-keyring.sh).
// A second sign-in (a new keychain connection, as after a restart) skips the code; once the sandbox's clock
// passes the token's expiry the code is asked again and the stale token leaves the keychain.

#include "BackendAuthService.h"
#include "BackendEmulator.h"
#include "Clock.h"
#include "DeviceTrustRecord.h"
#include "HttpClient.h"
#include "KeychainSecretStore.h"
#include "Outbox.h"
#include "SandboxClock.h"
#include "SandboxServer.h"
#include "SignInFlow.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace latchkey;

namespace {

const QString serviceName = QStringLiteral("LatchkeyDeviceTrustTest");

/** One run of the app: its own network, keychain connection and flow, as SignInSession wires them. */
struct Run
{
    explicit Run(const QUrl &origin)
        : http(&network)
        , auth(&http, BackendEndpoints{origin})
        , flow(&auth, &secrets, Clock::system(), options())
    {}
    static FlowOptions options()
    {
        FlowOptions options;
        options.rememberDeviceAllowed = true;
        options.rememberDeviceDays = 30;
        return options;
    }

    QNetworkAccessManager network;
    HttpClient http;
    BackendAuthService auth;
    KeychainSecretStore secrets{serviceName};
    SignInFlow flow;
};

/** Reads a key through a fresh connection to the keychain; fails loudly when it does not answer. */
SecretStore::Error readKey(const QString &key, QByteArray *value)
{
    KeychainSecretStore store(serviceName);
    QSignalSpy spy(&store, &SecretStore::readFinished);
    store.read(key);
    if (!spy.wait(10000)) {
        qFatal("the keychain did not answer a read within 10 s");
    }
    *value = spy.first().at(1).toByteArray();
    return spy.first().at(2).value<SecretStore::Error>();
}

} // namespace

class TestDeviceTrustKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("LATCHKEY_TEST_HOME"),
                 "run through tests/run-with-keyring.sh (ctest does this)");
    }

    void aRememberedDeviceSkipsTheCodeUntilItExpires()
    {
        SandboxServer server;
        QVERIFY(server.listen());
        const DemoAccount demo = BackendEmulator::demoAccount();

        // First run: password, number and code, with "Remember this device".
        {
            Run run(server.baseUrl());
            QSignalSpy written(&run.secrets, &SecretStore::writeFinished);
            run.flow.submitPassword(demo.username, demo.password, false);
            QTRY_COMPARE_WITH_TIMEOUT(run.flow.step(), SignInFlow::Step::Phone, 10000);
            QVERIFY(run.flow.isRememberDeviceOffered());
            run.flow.submitPhone(demo.phone, QStringLiteral("US"), Channel::Sms);
            QTRY_COMPARE_WITH_TIMEOUT(run.flow.step(), SignInFlow::Step::Code, 10000);
            run.flow.setRememberDevice(true);
            run.flow.submitCode(server.outbox()->lastCodeFor(demo.phone));
            QTRY_COMPARE_WITH_TIMEOUT(run.flow.step(), SignInFlow::Step::Done, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty(), 10000);
            QCOMPARE(written.first().at(0).toString(), SecretKey::backendDeviceToken);
            QCOMPARE(written.first().at(1).value<SecretStore::Error>(), SecretStore::Error::None);
        }
        QByteArray stored;
        QCOMPARE(readKey(SecretKey::backendDeviceToken, &stored), SecretStore::Error::None);
        DeviceTrustRecord record;
        QVERIFY(DeviceTrustRecord::deserialize(stored, &record));
        QCOMPARE(record.username, demo.username);
        QCOMPARE(server.backend()->validDeviceTokenCount(), 1);

        // Second run: the password alone signs in; no code is sent.
        const int codesSent = server.outbox()->messages().size();
        {
            Run run(server.baseUrl());
            run.flow.submitPassword(demo.username, demo.password, false);
            QTRY_COMPARE_WITH_TIMEOUT(run.flow.step(), SignInFlow::Step::Done, 10000);
            QVERIFY(run.flow.isSignedInByDeviceTrust());
            QVERIFY(run.flow.isFinished());
        }
        QCOMPARE(server.outbox()->messages().size(), codesSent);

        // 31 days later on the sandbox's clock the backend refuses the token: the code is asked again and
        // the token is deleted from the keychain.
        QVERIFY(server.clock()->advance(31 * 24 * 3600));
        {
            Run run(server.baseUrl());
            QSignalSpy removed(&run.secrets, &SecretStore::removeFinished);
            run.flow.submitPassword(demo.username, demo.password, false);
            QTRY_COMPARE_WITH_TIMEOUT(run.flow.step(), SignInFlow::Step::Phone, 10000);
            QVERIFY(!run.flow.isSignedInByDeviceTrust());
            QTRY_VERIFY_WITH_TIMEOUT(!removed.isEmpty(), 10000);
        }
        QCOMPARE(readKey(SecretKey::backendDeviceToken, &stored), SecretStore::Error::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDeviceTrustKeychain)
#include "TestDeviceTrustKeychain.moc"
