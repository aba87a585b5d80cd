#include "PhonePage.h"
#include "SignInWizard.h"

#include "WizardHarness.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QWizard>

using namespace latchkey;
using namespace latchkey::testing;

/**
 * The number on file on the phone page of the real wizard, against the sandbox: the last sign-in's number
 * offered as the page's one action ("Send code to +1 ••• ••• ••42"), "Use a different number" and back, the
 * fields open after the code page's "Use a different number", a number locked by policy, and the number kept
 * after a remembered sign-in.
 */
class TestNumberPrefill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { useTestApplication(QStringLiteral("TestNumberPrefill")); }

    void init() { failOnUnexpectedWarnings(); }

    void theLastNumberIsThePagesOneAction()
    {
        WizardHarness h;
        reachPhonePageWithNumberOnFile(h);
        auto *other = h.child<QPushButton>("otherNumberButton");
        auto *phone = h.child<QLineEdit>("phoneLineEdit");
        QVERIFY(other && phone);
        QAbstractButton *next = h.wizard.button(QWizard::NextButton);
        QTRY_COMPARE(plain(next->text()), QStringLiteral("Send code to %1").arg(masked42()));
        QCOMPARE(h.wizard.focusWidget(), next); // Enter or Space sends the code
        QVERIFY(pageDescription(h).contains(masked42()));
        QVERIFY(other->isVisible());
        QCOMPARE(plain(other->text()), QStringLiteral("Use a different number"));
        QVERIFY(!phone->isVisible()); // nothing to type
        QVERIFY(!h.child<QComboBox>("countryComboBox")->isVisible());
        QVERIFY(h.child<QComboBox>("channelComboBox")->isVisible()); // the channel is still a choice
        QVERIFY(!screenReaderText(other, QAccessible::Name).isEmpty());
        // The full number is never on screen.
        const QList<QLabel *> labels = h.wizard.currentPage()->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            QVERIFY2(!label->text().contains(QStringLiteral("555")), qPrintable(label->text()));
        }
        QVERIFY(!next->text().contains(QStringLiteral("555")));
        QVERIFY(h.lastCode().isEmpty());
        clickNext(h);
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));
        QTRY_VERIFY(!h.lastCode().isEmpty()); // the sandbox sent it to the demo account's whole number
    }

    void aDifferentNumberCanBeTypedInstead()
    {
        WizardHarness h;
        reachPhonePageWithNumberOnFile(h);
        auto *other = h.child<QPushButton>("otherNumberButton");
        auto *phone = h.child<QLineEdit>("phoneLineEdit");
        auto *country = h.child<QComboBox>("countryComboBox");
        QVERIFY(other && phone && country);
        QTRY_VERIFY(other->isVisible());
        QTest::mouseClick(other, Qt::LeftButton);
        QTRY_VERIFY(phone->isVisible() && phone->isEnabled());
        QCOMPARE(QApplication::focusWidget(), phone);
        QAbstractButton *next = h.wizard.button(QWizard::NextButton);
        QCOMPARE(plain(next->text()), QStringLiteral("Send code"));
        QVERIFY(!next->isEnabled()); // a number must be typed first
        QCOMPARE(plain(other->text()), QStringLiteral("Send to %1 instead").arg(masked42()));
        QCOMPARE(pageDescription(h), QStringLiteral("Where should Latchkey send your sign-in code?"));

        // And back: the number on file is the one action again, what was typed kept for later.
        QTest::keyClicks(phone, QStringLiteral("202 555 0199"));
        QTest::mouseClick(other, Qt::LeftButton);
        QTRY_VERIFY(!phone->isVisible());
        QCOMPARE(plain(next->text()), QStringLiteral("Send code to %1").arg(masked42()));
        QTest::mouseClick(other, Qt::LeftButton);
        QTRY_VERIFY(phone->isVisible());
        QCOMPARE(phone->text(), QStringLiteral("(202) 555-0199")); // as typed, formatted for the US

        country->setCurrentIndex(country->findData(QStringLiteral("US")));
        clickNext(h);
        // The typed number went, not the remembered one: the sandbox knows no account with it.
        auto *error = h.child<QLabel>("errorLabel");
        QVERIFY(error);
        QTRY_VERIFY(error->isVisible() && !error->text().isEmpty());
        QCOMPARE(h.wizard.currentId(), int(SignInWizard::PhonePageId));
        QVERIFY(h.lastCode().isEmpty());
    }

    void backFromTheCodePageTheFieldsAreOpen()
    {
        WizardHarness h;
        reachPhonePageWithNumberOnFile(h);
        clickNext(h);
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));
        auto *back = h.child<QPushButton>("differentNumberButton");
        QVERIFY(back);
        QTRY_VERIFY(back->isVisible() && back->isEnabled());
        QTest::mouseClick(back, Qt::LeftButton);
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::PhonePageId));
        auto *phone = h.child<QLineEdit>("phoneLineEdit");
        // The user asked for another number: it is typed, not the number on file offered again.
        QTRY_VERIFY(phone->isVisible());
        QCOMPARE(plain(h.wizard.button(QWizard::NextButton)->text()), QStringLiteral("Send code"));
        QCOMPARE(plain(h.child<QPushButton>("otherNumberButton")->text()),
                 QStringLiteral("Send to %1 instead").arg(masked42()));
    }

    void withoutANumberOnFileToSendToThePageAsksForOne()
    {
        WizardHarness h;
        reachPhonePage(h, false);
        auto *other = h.child<QPushButton>("otherNumberButton");
        auto *phone = h.child<QLineEdit>("phoneLineEdit");
        auto *onFile = h.child<QLabel>("numberOnFileLabel");
        QVERIFY(other && phone && onFile);
        QVERIFY(!other->isVisible());
        QVERIFY(phone->isVisible() && phone->isEnabled());
        QCOMPARE(plain(h.wizard.button(QWizard::NextButton)->text()), QStringLiteral("Send code"));
        // The sandbox announces its masked number on file: shown as a hint, since only the user knows it all.
        QVERIFY(onFile->isVisible());
        QVERIFY(onFile->text().contains(masked42()));
    }

    void aNumberLockedByPolicyIsTheOnlyChoice()
    {
        WizardHarness h({{}, "[Auth]\nPhoneNumber=" + BackendEmulator::demoAccount().phone.toUtf8() + '\n'});
        reachPhonePage(h, false);
        auto *other = h.child<QPushButton>("otherNumberButton");
        auto *phone = h.child<QLineEdit>("phoneLineEdit");
        QVERIFY(other && phone);
        QAbstractButton *next = h.wizard.button(QWizard::NextButton);
        QTRY_COMPARE(plain(next->text()), QStringLiteral("Send code to %1").arg(masked42()));
        QCOMPARE(pageDescription(h),
                 QStringLiteral("Your organisation sends your sign-in code to %1.").arg(masked42()));
        QVERIFY(!other->isVisible());
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
        QTRY_COMPARE(plain(next.wizard.button(QWizard::NextButton)->text()),
                     QStringLiteral("Send code to %1").arg(masked42()));
    }

private:
    /** The demo account's number as the pages show it masked, its spaces unbreakable. */
    static QString masked42() { return QStringLiteral("+1\u00a0•••\u00a0•••\u00a0••42"); }

    /** A button's text without its mnemonic marker. */
    static QString plain(QString text) { return text.remove(QLatin1Char('&')); }

    static QString pageDescription(WizardHarness &h)
    {
        return currentPageChild<QLabel>(h.wizard, "descriptionLabel")->text();
    }

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
