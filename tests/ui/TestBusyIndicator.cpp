#include "FakeWizardHarness.h"
#include "FlowPage.h"
#include "PhonePage.h"
#include "SignInWizard.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

/**
 * A request in flight shows a moving bar and what is happening; one that takes long says "Still waiting for
 * the server…" and offers to stop waiting, which keeps what was typed. The wizard hears of a page's
 * completeness (Next enabled or not) only when it changes.
 */
class TestBusyIndicator : public QObject
{
    Q_OBJECT

    struct Fixture : FakeWizardHarness
    {
        Fixture()
        {
            wizard.show();
            flow.start();
        }
        FlowPage *page() const { return qobject_cast<FlowPage *>(wizard.currentPage()); }
        template<typename T>
        T *child(const char *name) const
        {
            return currentPageChild<T>(wizard, name);
        }
        void submitPassword()
        {
            QTest::keyClicks(child<QLineEdit>("usernameLineEdit"), QStringLiteral("demo"));
            QTest::keyClicks(child<QLineEdit>("passwordLineEdit"), QStringLiteral("secret"));
            QTest::keyClick(child<QLineEdit>("passwordLineEdit"), Qt::Key_Return);
        }
    };

private slots:
    void theWizardHearsOnlyOfAChangeInCompleteness()
    {
        // The wizard answers each completeChanged() by hiding and showing the whole page: it hears of a
        // change on the page it shows, not of every keystroke or busy state that leaves Next as it was.
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.wizard));
        QTRY_VERIFY(!f.flow.isBusy());
        QSignalSpy told(f.page(), &QWizardPage::completeChanged);
        QWizardPage *phonePage = f.wizard.phonePage(); // made on demand if the wizard has not yet
        QSignalSpy toldOfAnother(phonePage, &QWizardPage::completeChanged);
        // A page not shown, even one that becomes complete: the wizard asks it itself when it comes to it.
        QTest::keyClicks(phonePage->findChild<QLineEdit *>(QStringLiteral("phoneLineEdit")),
                         QStringLiteral("2025550142"));
        QCOMPARE(toldOfAnother.count(), 0);
        QTest::keyClicks(f.child<QLineEdit>("usernameLineEdit"), QStringLiteral("demo"));
        QCOMPARE(told.count(), 0); // no password yet: Next stays disabled
        QTest::keyClicks(f.child<QLineEdit>("passwordLineEdit"), QStringLiteral("s"));
        QCOMPARE(told.count(), 1);
        QVERIFY(f.page()->isComplete());
        QTest::keyClicks(f.child<QLineEdit>("passwordLineEdit"), QStringLiteral("ecret"));
        QCOMPARE(told.count(), 1);
        QTest::keyClick(f.child<QLineEdit>("passwordLineEdit"), Qt::Key_Return);
        QTRY_VERIFY(f.auth.hasPending());
        QCOMPARE(told.count(), 2); // busy: Next is disabled again
        QVERIFY(!f.page()->isComplete());
        QVERIFY(!f.wizard.button(QWizard::NextButton)->isEnabled()); // which the wizard did hear
        QVERIFY(!f.wizard.button(QWizard::CommitButton)->isEnabled());
    }

    void aSlowRequestSaysStillWaitingAndCanBeStopped()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.wizard));
        QTRY_VERIFY(!f.flow.isBusy()); // the start's own keychain read
        auto *indicator = f.child<QProgressBar>("busyIndicator");
        auto *label = f.child<QLabel>("busyLabel");
        auto *stop = f.child<QPushButton>("stopWaitingButton");
        QVERIFY(indicator && label && stop);
        QVERIFY(!indicator->isVisible());

        f.submitPassword();
        QTRY_VERIFY(f.auth.hasPending());
        QVERIFY(indicator->isVisible());
        QVERIFY(label->isVisible());
        QVERIFY(!label->text().isEmpty());
        QVERIFY(!stop->isVisible()); // not at once: most answers come quickly

        f.clock.advanceSeconds(SignInFlow::stillWaitingSeconds); // the flow's clock: no real wait
        QTRY_VERIFY(stop->isVisible());
        QCOMPARE(label->text(), QStringLiteral("Still waiting for the server…"));
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY(!f.flow.isBusy());
        QVERIFY(!indicator->isVisible());
        QVERIFY(!stop->isVisible());
        QCOMPARE(f.flow.step(), SignInFlow::Step::Password);
        QCOMPARE(f.child<QLineEdit>("passwordLineEdit")->text(), QStringLiteral("secret")); // kept
        QVERIFY(f.wizard.isVisible()); // stopping the wait is not cancelling the sign-in
    }

    void aQuickAnswerNeverSaysStillWaiting()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.wizard));
        QTRY_VERIFY(!f.flow.isBusy());
        auto *stop = f.child<QPushButton>("stopWaitingButton");
        f.submitPassword();
        QTRY_VERIFY(f.auth.hasPending());
        f.auth.answerFailed(AuthError::of(AuthError::Kind::InvalidCredentials));
        QTRY_VERIFY(!f.flow.isBusy());
        f.clock.advanceSeconds(SignInFlow::stillWaitingSeconds); // past the wait: it ended with the answer
        QTest::qWait(50);
        QVERIFY(!stop->isVisible());
        QVERIFY(!f.child<QProgressBar>("busyIndicator")->isVisible());
    }
};

QTEST_MAIN(TestBusyIndicator)
#include "TestBusyIndicator.moc"
