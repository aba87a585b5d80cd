#include "FakeWizardHarness.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

/**
 * UI/CloseWhenDone: the window closes by itself a moment after a sign-in, and says so; not while the user is
 * on Sign out or Change number, and never without the setting.
 */
class TestCloseWhenDone : public QObject
{
    Q_OBJECT

    static void signIn(FakeWizardHarness &h)
    {
        h.wizard.show();
        h.flow.start();
        QTRY_VERIFY(!h.flow.isBusy());
        QTest::keyClicks(currentPageChild<QLineEdit>(h.wizard, "usernameLineEdit"), QStringLiteral("demo"));
        QTest::keyClicks(currentPageChild<QLineEdit>(h.wizard, "passwordLineEdit"), QStringLiteral("secret"));
        QTest::keyClick(currentPageChild<QLineEdit>(h.wizard, "passwordLineEdit"), Qt::Key_Return);
        QTRY_VERIFY(h.auth.hasPending());
        LoginResult login;
        login.capabilities.channels = {Channel::Sms};
        login.capabilities.codeLength = 6;
        h.auth.answerLoggedIn(login);
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::PhonePageId));
        QTest::keyClicks(currentPageChild<QLineEdit>(h.wizard, "phoneLineEdit"),
                         QStringLiteral("+1 202 555 0142"));
        QTest::keyClick(currentPageChild<QLineEdit>(h.wizard, "phoneLineEdit"), Qt::Key_Return);
        QTRY_VERIFY(h.auth.hasPending());
        h.auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));
        QTest::keyClicks(currentPageChild<QLineEdit>(h.wizard, "codeLineEdit"), QStringLiteral("123456"));
        QTRY_VERIFY(h.auth.hasPending());
        h.auth.answerApproved();
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::DonePageId));
    }

private slots:
    void theWindowClosesItselfAfterASignIn()
    {
        FakeWizardHarness h;
        h.wizard.setClosesWhenDone(true, 300);
        signIn(h);
        auto *next = currentPageChild<QLabel>(h.wizard, "nextStepsLabel");
        QVERIFY(next);
        QVERIFY2(next->text().startsWith(QStringLiteral("This window closes in a moment")),
                 qPrintable(next->text()));
        QVERIFY(h.wizard.isVisible()); // the Done page is seen first
        QTRY_VERIFY(!h.wizard.isVisible());
        QCOMPARE(h.wizard.result(), int(QDialog::Accepted));
    }

    void notWhileTheUserIsOnSignOut()
    {
        FakeWizardHarness h;
        h.wizard.setClosesWhenDone(true, 1000);
        signIn(h);
        QTRY_VERIFY(h.flow.isFinished() && !h.flow.isBusy()); // the focus has landed on Finish by now
        QApplication::setActiveWindow(&h.wizard);
        QVERIFY(QTest::qWaitForWindowActive(&h.wizard));
        auto *signOut = currentPageChild<QPushButton>(h.wizard, "signOutButton");
        QVERIFY(signOut);
        QTRY_VERIFY(h.wizard.button(QWizard::FinishButton)->hasFocus()); // where the page puts it
        signOut->setFocus(Qt::TabFocusReason);                           // the user tabs to Sign out
        QTRY_VERIFY(signOut->hasFocus());
        QTest::qWait(1300);
        QVERIFY(h.wizard.isVisible());
        QVERIFY(currentPageChild<QLabel>(h.wizard, "nextStepsLabel")
                    ->text()
                    .startsWith(QStringLiteral("Click Finish")));
    }

    void withoutTheSettingTheWindowStays()
    {
        FakeWizardHarness h;
        signIn(h);
        QTest::qWait(SignInWizard::closeWhenDoneMsecs + 300);
        QVERIFY(h.wizard.isVisible());
    }
};

QTEST_MAIN(TestCloseWhenDone)
#include "TestCloseWhenDone.moc"
