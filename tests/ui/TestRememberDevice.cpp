// The wizard's "Sign out" button on the Done page and the code page's "Remember this device" box, end to
// end: the real wizard and flow over loopback HTTP to the real sandbox backend.

#include "CodeLineEdit.h"
#include "SignInWizard.h"

#include "BackendEmulator.h"
#include "Clock.h"
#include "DeviceTrustRecord.h"
#include "MemorySecretStore.h"
#include "Outbox.h"
#include "SandboxServer.h"
#include "SignInFlow.h"
#include "WizardHarness.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

class TestRememberDevice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void signOutOnTheDonePageStartsOverAtThePassword();
    void rememberedDeviceSkipsTheCodeUntilSignOut();
    void theBoxIsHiddenUnlessPolicyAllowsIt();
    void aLockedPolicyShowsTheBoxDisabled();

private:
    void showAndSignIn(WizardWindow &w, bool rememberMe = false);
    void reachCodePage(WizardWindow &w, bool rememberMe = false);
    QString demoPhone() const { return BackendEmulator::demoAccount().phone; }

    // One sandbox for all the windows of a test, as the backend outlives any one run of the app.
    std::unique_ptr<SandboxServer> m_server;
};

void TestRememberDevice::initTestCase()
{
    useTestApplication(QStringLiteral("TestRememberDevice"));
}

void TestRememberDevice::init()
{
    failOnUnexpectedWarnings();
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen());
}

void TestRememberDevice::showAndSignIn(WizardWindow &w, bool rememberMe)
{
    w.wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.wizard));
    QTRY_COMPARE(w.wizard.currentId(), int(SignInWizard::PasswordPageId));
    const DemoAccount demo = BackendEmulator::demoAccount();
    auto *username = w.child<QLineEdit>("usernameLineEdit");
    auto *password = w.child<QLineEdit>("passwordLineEdit");
    QVERIFY(username && password);
    w.child<QCheckBox>("rememberCheckBox")->setChecked(rememberMe);
    username->clear();
    QTest::keyClicks(username, demo.username);
    QTest::keyClicks(password, demo.password);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY(!w.flow.isBusy() && w.wizard.currentId() != int(SignInWizard::PasswordPageId));
}

void TestRememberDevice::reachCodePage(WizardWindow &w, bool rememberMe)
{
    showAndSignIn(w, rememberMe);
    QTRY_COMPARE(w.wizard.currentId(), int(SignInWizard::PhonePageId));
    auto *country = w.child<QComboBox>("countryComboBox");
    auto *phone = w.child<QLineEdit>("phoneLineEdit");
    QVERIFY(country && phone);
    country->setCurrentIndex(country->findData(QStringLiteral("US")));
    QTest::keyClicks(phone, QStringLiteral("(202) 555-0142"));
    QTest::keyClick(phone, Qt::Key_Return);
    QTRY_COMPARE(w.wizard.currentId(), int(SignInWizard::CodePageId));
    QTRY_VERIFY(!m_server->outbox()->lastCodeFor(demoPhone()).isEmpty());
}

void TestRememberDevice::signOutOnTheDonePageStartsOverAtThePassword()
{
    MemorySecretStore secrets;
    WizardWindow w(m_server->baseUrl(), &secrets, Clock::system());
    QSignalSpy finished(&w.flow, &SignInFlow::finished);
    reachCodePage(w, true);
    QVERIFY(!w.child<QCheckBox>("rememberDeviceCheckBox")->isVisible()); // not allowed by default
    QTest::keyClicks(w.child<CodeLineEdit>("codeLineEdit"), m_server->outbox()->lastCodeFor(demoPhone()));
    QTRY_COMPARE(w.wizard.currentId(), int(SignInWizard::DonePageId));
    QTRY_COMPARE(finished.count(), 1); // after the flow's own keychain writes
    QTRY_VERIFY(secrets.contents().contains(SecretKey::backendSession)); // "Remember me" was on

    auto *signOut = w.child<QPushButton>("signOutButton");
    QVERIFY(signOut && signOut->isVisible() && signOut->isEnabled());
    QCOMPARE(screenReaderText(signOut), QStringLiteral("Sign out"));
    QVERIFY(!signOut->accessibleDescription().isEmpty());
    QVERIFY(signOut->focusPolicy() & Qt::TabFocus);
    QTest::mouseClick(signOut, Qt::LeftButton);

    QTRY_COMPARE(w.wizard.currentId(), int(SignInWizard::PasswordPageId));
    QVERIFY(!w.flow.isFinished());
    auto *notice = w.child<QLabel>("noticeLabel");
    QVERIFY(notice && notice->isVisible());
    QCOMPARE(notice->text(), QStringLiteral("Signed out. This computer no longer remembers you."));
    QTRY_VERIFY(!secrets.contents().contains(SecretKey::backendSession));
    QVERIFY(w.wizard.button(QWizard::NextButton)->isVisible());
    // The box shows what the user has just undone, not a tick that would remember them again.
    QVERIFY(!w.child<QCheckBox>("rememberCheckBox")->isChecked());

    // Closing now is not "signed in": the exit code follows the flow's last outcome.
    w.wizard.close();
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(finished.last().at(0).value<SignInFlow::Outcome>(), SignInFlow::Outcome::Cancelled);
}

void TestRememberDevice::rememberedDeviceSkipsTheCodeUntilSignOut()
{
    MemorySecretStore secrets;
    {
        WizardWindow w(m_server->baseUrl(), &secrets, Clock::system(), rememberingDevicesByDefault());
        reachCodePage(w);
        auto *remember = w.child<QCheckBox>("rememberDeviceCheckBox");
        QVERIFY(remember && remember->isVisible() && remember->isEnabled());
        QVERIFY(!remember->isChecked()); // the user opts in each time
        QVERIFY(screenReaderText(remember).startsWith(QStringLiteral("Remember this device for 30 day")));
        QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(6, remember->height() / 2));
        QVERIFY(remember->isChecked());
        QTest::keyClicks(w.child<CodeLineEdit>("codeLineEdit"), m_server->outbox()->lastCodeFor(demoPhone()));
        QTRY_COMPARE(w.wizard.currentId(), int(SignInWizard::DonePageId));
        QTRY_VERIFY(secrets.contents().contains(SecretKey::backendDeviceToken));
        QCOMPARE(m_server->backend()->validDeviceTokenCount(), 1);
        DeviceTrustRecord record;
        QVERIFY(
            DeviceTrustRecord::deserialize(secrets.contents().value(SecretKey::backendDeviceToken), &record));
        QCOMPARE(record.username, BackendEmulator::demoAccount().username);
        w.wizard.accept();
    }

    const int codesSent = m_server->outbox()->messages().size();
    WizardWindow again(m_server->baseUrl(), &secrets, Clock::system(), rememberingDevicesByDefault());
    QSignalSpy finished(&again.flow, &SignInFlow::finished);
    showAndSignIn(again);
    // The password, then straight to Done: no phone, no code.
    QTRY_COMPARE(again.wizard.currentId(), int(SignInWizard::DonePageId));
    QTRY_COMPARE(finished.count(), 1); // after the flow's own keychain writes
    QCOMPARE(finished.first().at(0).value<SignInFlow::Outcome>(), SignInFlow::Outcome::SignedIn);
    QVERIFY(again.flow.isSignedInByDeviceTrust());
    QCOMPARE(m_server->outbox()->messages().size(), codesSent);
    QVERIFY(currentPageChild<QLabel>(again.wizard, "descriptionLabel")
                ->text()
                .contains(QStringLiteral("no code")));

    // Signing out forgets the device here and at the backend.
    QTest::mouseClick(again.child<QPushButton>("signOutButton"), Qt::LeftButton);
    QTRY_COMPARE(again.wizard.currentId(), int(SignInWizard::PasswordPageId));
    QTRY_VERIFY(!secrets.contents().contains(SecretKey::backendDeviceToken));
    QTRY_COMPARE(m_server->backend()->validDeviceTokenCount(), 0);
}

void TestRememberDevice::theBoxIsHiddenUnlessPolicyAllowsIt()
{
    MemorySecretStore secrets;
    WizardWindow w(m_server->baseUrl(), &secrets, Clock::system());
    reachCodePage(w);
    QVERIFY(!w.child<QCheckBox>("rememberDeviceCheckBox")->isVisible());
}

void TestRememberDevice::aLockedPolicyShowsTheBoxDisabled()
{
    MemorySecretStore secrets;
    WizardWindow w(m_server->baseUrl(), &secrets, Clock::system(),
                   {{}, "[Auth]\nRememberDeviceAllowed=false\n"});
    reachCodePage(w);
    auto *remember = w.child<QCheckBox>("rememberDeviceCheckBox");
    QVERIFY(remember->isVisible());
    QVERIFY(!remember->isEnabled());
    QVERIFY(!remember->isChecked());
    QCOMPARE(remember->toolTip(), QStringLiteral("Managed by your organisation"));
    QCOMPARE(remember->accessibleDescription(), QStringLiteral("Managed by your organisation"));
}

QTEST_MAIN(TestRememberDevice)
#include "TestRememberDevice.moc"
