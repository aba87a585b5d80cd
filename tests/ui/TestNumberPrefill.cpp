#include "PhonePage.h"
#include "SignInWizard.h"

#include "WizardHarness.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

/**
 * The number on file on the phone page of the real wizard, against the sandbox: the last sign-in's number
 * offered masked and preselected, "Use a different number", a number locked by policy, and the number kept
 * after a remembered sign-in.
 */
class TestNumberPrefill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { useTestApplication(QStringLiteral("TestNumberPrefill")); }

    void init() { failOnUnexpectedWarnings(); }

    void theLastNumberIsOfferedMaskedAndTheCodeGoesToIt()
    {
        WizardHarness h;
        reachPhonePageWithNumberOnFile(h);
        auto *prefilled = h.child<QRadioButton>("prefilledRadioButton");
        auto *different = h.child<QRadioButton>("differentNumberRadioButton");
        auto *phone = h.child<QLineEdit>("phoneLineEdit");
        QVERIFY(prefilled && different && phone);
        QTRY_VERIFY(prefilled->isVisible());
        QCOMPARE(prefilled->text(), QStringLiteral("Send to +1 ••• ••• ••42"));
        QVERIFY(prefilled->isChecked());
        QVERIFY(prefilled->isEnabled());
        QVERIFY(different->isVisible());
        QVERIFY(!phone->isEnabled()); // nothing to type while the number on file is chosen
        QVERIFY(phone->text().isEmpty());
        QCOMPARE(screenReaderText(prefilled, QAccessible::Name), QStringLiteral("Send to +1 ••• ••• ••42"));
        QVERIFY(!screenReaderText(different, QAccessible::Name).isEmpty());
        // The full number is never on screen.
        const QList<QLabel *> labels = h.wizard.currentPage()->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            QVERIFY2(!label->text().contains(QStringLiteral("555")), qPrintable(label->text()));
        }
        QVERIFY(h.lastCode().isEmpty());
        clickNext(h);
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));
        QTRY_VERIFY(!h.lastCode().isEmpty()); // the sandbox sent it to the demo account's whole number
    }

    void aDifferentNumberCanBeTypedInstead()
    {
        WizardHarness h;
        reachPhonePageWithNumberOnFile(h);
        auto *different = h.child<QRadioButton>("differentNumberRadioButton");
        auto *phone = h.child<QLineEdit>("phoneLineEdit");
        auto *country = h.child<QComboBox>("countryComboBox");
        QVERIFY(different && phone && country);
        QTRY_VERIFY(different->isVisible());
        QTest::mouseClick(different, Qt::LeftButton, {}, QPoint(6, different->height() / 2)); // the indicator
        QVERIFY(different->isChecked());
        QTRY_VERIFY(phone->isEnabled());
        QCOMPARE(QApplication::focusWidget(), phone);
        QVERIFY(!h.wizard.button(QWizard::NextButton)->isEnabled()); // a number must be typed first
        country->setCurrentIndex(country->findData(QStringLiteral("US")));
        QTest::keyClicks(phone, QStringLiteral("202 555 0199"));
        clickNext(h);
        // The typed number went, not the remembered one: the sandbox knows no account with it.
        auto *error = h.child<QLabel>("errorLabel");
        QVERIFY(error);
        QTRY_VERIFY(error->isVisible() && !error->text().isEmpty());
        QCOMPARE(h.wizard.currentId(), int(SignInWizard::PhonePageId));
        QVERIFY(h.lastCode().isEmpty());
    }

    void withoutANumberOnFileToSendToThePageAsksForOne()
    {
        WizardHarness h;
        reachPhonePage(h, false);
        auto *prefilled = h.child<QRadioButton>("prefilledRadioButton");
        auto *phone = h.child<QLineEdit>("phoneLineEdit");
        auto *onFile = h.child<QLabel>("numberOnFileLabel");
        QVERIFY(prefilled && phone && onFile);
        QVERIFY(!prefilled->isVisible());
        QVERIFY(phone->isEnabled());
        // The sandbox announces its masked number on file: shown as a hint, since only the user knows it all.
        QVERIFY(onFile->isVisible());
        QVERIFY(onFile->text().contains(QStringLiteral("••42")));
    }

    void aNumberLockedByPolicyIsTheOnlyChoice()
    {
        WizardHarness h({{}, "[Auth]\nPhoneNumber=" + BackendEmulator::demoAccount().phone.toUtf8() + '\n'});
        reachPhonePage(h, false);
        auto *prefilled = h.child<QRadioButton>("prefilledRadioButton");
        auto *different = h.child<QRadioButton>("differentNumberRadioButton");
        auto *phone = h.child<QLineEdit>("phoneLineEdit");
        QVERIFY(prefilled && different && phone);
        QTRY_VERIFY(prefilled->isVisible());
        QVERIFY(prefilled->isChecked());
        QVERIFY(!prefilled->isEnabled()); // like a locked "Remember me"
        QCOMPARE(prefilled->toolTip(), QStringLiteral("Managed by your organisation"));
        QCOMPARE(screenReaderText(prefilled, QAccessible::Description),
                 QStringLiteral("Managed by your organisation"));
        QVERIFY(!different->isVisible());
        QVERIFY(!phone->isVisible());
        clickNext(h);
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));
        QTRY_VERIFY(!h.lastCode().isEmpty());
        QVERIFY(!h.flow.canUseDifferentNumber());
    }

    void aRememberedSignInKeepsItsNumberForNextTime()
    {
        WizardHarness h;
        reachPhonePage(h, true);
        auto *phone = h.child<QLineEdit>("phoneLineEdit");
        auto *country = h.child<QComboBox>("countryComboBox");
        QVERIFY(phone && country);
        country->setCurrentIndex(country->findData(QStringLiteral("US")));
        QTest::keyClicks(phone, QStringLiteral("(202) 555-0142"));
        clickNext(h);
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));
        QTRY_VERIFY(!h.lastCode().isEmpty());
        auto *code = h.child<QLineEdit>("codeLineEdit");
        QVERIFY(code);
        QTest::keyClicks(code, h.lastCode()); // auto-submits when full
        QTRY_VERIFY(h.flow.isFinished());
        QTRY_COMPARE(h.secrets.contents().value(SecretKey::lastPhoneNumber), QByteArray("+12025550142"));

        // The next sign-in on this computer offers it.
        WizardHarness next;
        next.secrets.setContents(h.secrets.contents());
        reachPhonePage(next, false);
        auto *prefilled = next.child<QRadioButton>("prefilledRadioButton");
        QVERIFY(prefilled);
        QTRY_VERIFY(prefilled->isVisible());
        QCOMPARE(prefilled->text(), QStringLiteral("Send to +1 ••• ••• ••42"));
    }

private:
    /** The demo account's number as the last sign-in's, then on to the phone page. */
    void reachPhonePageWithNumberOnFile(WizardHarness &h)
    {
        h.secrets.setContents({{SecretKey::lastPhoneNumber, h.demoPhone().toUtf8()}});
        reachPhonePage(h, false);
    }

    void reachPhonePage(WizardHarness &h, bool rememberMe)
    {
        QVERIFY(h.listening);
        h.flow.start(); // reads the keychain, as SignInSession does
        QTRY_VERIFY(!h.flow.isBusy());
        h.wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
        QCOMPARE(h.wizard.currentId(), int(SignInWizard::PasswordPageId));
        const DemoAccount demo = BackendEmulator::demoAccount();
        auto *username = h.child<QLineEdit>("usernameLineEdit");
        auto *password = h.child<QLineEdit>("passwordLineEdit");
        auto *remember = h.child<QCheckBox>("rememberCheckBox");
        QVERIFY(username && password && remember);
        QTest::keyClicks(username, demo.username);
        QTest::keyClicks(password, demo.password);
        remember->setChecked(rememberMe);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::PhonePageId));
    }

    void clickNext(WizardHarness &h)
    {
        QAbstractButton *next = h.wizard.button(QWizard::NextButton);
        QVERIFY(next->isVisible());
        QTRY_VERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
    }
};

QTEST_MAIN(TestNumberPrefill)
#include "TestNumberPrefill.moc"
