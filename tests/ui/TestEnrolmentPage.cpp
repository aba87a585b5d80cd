#include "FakeWizardHarness.h"
#include "SignInWizard.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

/** The wizard's enrolment page (direct mode's first run) rendering the flow, with a scripted service. */
class TestEnrolmentPage : public QObject
{
    Q_OBJECT

    struct Fixture : FakeWizardHarness
    {
        Fixture()
        {
            auth.enrolmentNeeded = true;
            wizard.show();
            flow.start();
        }
        template<typename T>
        T *find(const char *name)
        {
            return requireChild<T>(&wizard, name);
        }
    };

private slots:
    void aComputerWithoutAnAccountOpensOnTheEnrolmentPage()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.wizard));
        QVERIFY(f.flow.mayEnrol()); // direct mode's local account: the wizard has the page
        QTRY_COMPARE(f.wizard.currentId(), int(SignInWizard::EnrolmentPageId));
        auto *next = f.wizard.button(QWizard::NextButton);
        QVERIFY(!next->isEnabled());
        for (const char *name : {"enrolUsernameLineEdit", "newPasswordLineEdit", "confirmPasswordLineEdit"}) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(f.find<QLineEdit>(name));
            QVERIFY2(accessible && !accessible->text(QAccessible::Name).isEmpty(), name);
        }
    }

    void strengthFeedbackFollowsTyping()
    {
        Fixture f;
        QTRY_COMPARE(f.wizard.currentId(), int(SignInWizard::EnrolmentPageId));
        auto *password = f.find<QLineEdit>("newPasswordLineEdit");
        auto *label = f.find<QLabel>("strengthLabel");
        auto *bar = f.find<QProgressBar>("strengthProgressBar");
        QTest::keyClicks(password, QStringLiteral("1234567890"));
        QCOMPARE(label->text(), QStringLiteral("Too weak"));
        const int weak = bar->value();
        password->clear();
        QTest::keyClicks(password, QStringLiteral("violet anchor marmalade tundra"));
        QCOMPARE(label->text(), QStringLiteral("Strong"));
        QVERIFY(bar->value() > weak);
    }

    void aMismatchIsShownInlineAndNothingIsLost()
    {
        Fixture f;
        QTRY_COMPARE(f.wizard.currentId(), int(SignInWizard::EnrolmentPageId));
        QTest::keyClicks(f.find<QLineEdit>("enrolUsernameLineEdit"), QStringLiteral("ada"));
        QTest::keyClicks(f.find<QLineEdit>("newPasswordLineEdit"), QStringLiteral("violet anchor marmalade"));
        QTest::keyClicks(f.find<QLineEdit>("confirmPasswordLineEdit"), QStringLiteral("violet anchor"));
        QVERIFY(f.wizard.button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(f.wizard.button(QWizard::NextButton), Qt::LeftButton);
        auto *error = f.wizard.currentPage()->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(error);
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("not the same")));
        QCOMPARE(f.find<QLineEdit>("enrolUsernameLineEdit")->text(), QStringLiteral("ada"));
        QVERIFY(f.auth.calls.isEmpty());
    }

    void aGoodChoiceGoesOnToVerifyTheNumber()
    {
        Fixture f;
        QTRY_COMPARE(f.wizard.currentId(), int(SignInWizard::EnrolmentPageId));
        QTest::keyClicks(f.find<QLineEdit>("enrolUsernameLineEdit"), QStringLiteral("ada"));
        QTest::keyClicks(f.find<QLineEdit>("newPasswordLineEdit"), QStringLiteral("violet anchor marmalade"));
        QTest::keyClicks(f.find<QLineEdit>("confirmPasswordLineEdit"),
                         QStringLiteral("violet anchor marmalade"));
        QTest::keyClick(f.find<QLineEdit>("confirmPasswordLineEdit"), Qt::Key_Return);
        QTRY_COMPARE(f.auth.calls.value(0), QStringLiteral("enrol ada"));
        QVERIFY(!f.wizard.button(QWizard::NextButton)->isEnabled()); // busy
        f.auth.answerEnrolmentStarted();
        QTRY_COMPARE(f.wizard.currentId(), int(SignInWizard::PhonePageId));
        // The widgets keep no password once the flow has moved on.
        QVERIFY(f.find<QLineEdit>("newPasswordLineEdit")->text().isEmpty());
        QVERIFY(f.find<QLineEdit>("confirmPasswordLineEdit")->text().isEmpty());
    }
};

QTEST_MAIN(TestEnrolmentPage)
#include "TestEnrolmentPage.moc"
