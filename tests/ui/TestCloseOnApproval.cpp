#include "SignInWizard.h"

#include "WizardHarness.h"

#include <QSignalSpy>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

/**
 * `--print-result`: a program waits on the sign-in, so the window closes as soon as the code is approved,
 * without the Done page; without it, the Done page stays until the user finishes.
 */
class TestCloseOnApproval : public QObject
{
    Q_OBJECT

    /** Signs in through the flow (the pages' own input is covered elsewhere); the pages seen on the way. */
    static QList<int> signIn(WizardHarness &h)
    {
        QList<int> seen;
        QObject::connect(&h.wizard, &QWizard::currentIdChanged, &h.wizard, [&seen](int id) { seen << id; });
        h.wizard.show();
        [&] { QVERIFY(QTest::qWaitForWindowExposed(&h.wizard)); }();
        const DemoAccount demo = BackendEmulator::demoAccount();
        h.flow.submitPassword(demo.username, demo.password, false);
        [&] { QTRY_COMPARE(h.flow.step(), SignInFlow::Step::Phone); }();
        h.flow.submitPhone(h.demoPhone(), QStringLiteral("US"), Channel::Sms);
        [&] { QTRY_COMPARE(h.flow.step(), SignInFlow::Step::Code); }();
        [&] { QTRY_VERIFY(!h.lastCode().isEmpty()); }();
        h.flow.submitCode(h.lastCode());
        [&] { QTRY_VERIFY(h.flow.isFinished()); }();
        return seen;
    }

private slots:
    void initTestCase() { useTestApplication(QStringLiteral("TestCloseOnApproval")); }

    void theWindowClosesRightAfterApproval()
    {
        WizardHarness h;
        QVERIFY(h.listening);
        h.wizard.setClosesOnApproval(true);
        QSignalSpy finished(&h.flow, &SignInFlow::finished);
        const QList<int> seen = signIn(h);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.constFirst().constFirst().value<SignInFlow::Outcome>(),
                 SignInFlow::Outcome::SignedIn);
        QTRY_VERIFY(!h.wizard.isVisible());
        QCOMPARE(h.wizard.result(), int(QDialog::Accepted));
        QVERIFY2(!seen.contains(SignInWizard::DonePageId), "the Done page is never shown");
        QVERIFY(seen.contains(SignInWizard::CodePageId));
    }

    void withoutItTheDonePageWaitsForTheUser()
    {
        WizardHarness h;
        QVERIFY(h.listening);
        QVERIFY(!h.wizard.closesOnApproval());
        const QList<int> seen = signIn(h);
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::DonePageId));
        QVERIFY(seen.contains(SignInWizard::DonePageId));
        QTest::qWait(100); // nothing closes it by itself
        QVERIFY(h.wizard.isVisible());
    }

    void aCancelledSignInStillCloses()
    {
        WizardHarness h;
        QVERIFY(h.listening);
        h.wizard.setClosesOnApproval(true);
        QSignalSpy finished(&h.flow, &SignInFlow::finished);
        h.wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
        h.wizard.reject();
        QTRY_VERIFY(!h.wizard.isVisible());
        QCOMPARE(h.wizard.result(), int(QDialog::Rejected));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.constFirst().constFirst().value<SignInFlow::Outcome>(),
                 SignInFlow::Outcome::Cancelled);
    }
};

QTEST_MAIN(TestCloseOnApproval)
#include "TestCloseOnApproval.moc"
