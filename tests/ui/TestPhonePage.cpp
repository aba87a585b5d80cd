#include "PhonePage.h"
#include "RecentCountries.h"
#include "SignInWizard.h"

#include "WizardHarness.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

namespace {

/** The shared harness, with lookups on the phone page whether it is showing or not. */
struct Harness : WizardHarness
{
    explicit Harness(HarnessSandbox which = HarnessSandbox::Child)
        : WizardHarness({}, which)
    {}

    template<typename T>
    T *child(const char *name)
    {
        return requireChild<T>(wizard.phonePage(), name);
    }
    QLineEdit *phone() { return child<QLineEdit>("phoneLineEdit"); }
    QComboBox *country() { return child<QComboBox>("countryComboBox"); }

    /** Signs in with the sandbox's demo account (or another) and waits for the phone page. */
    bool reachPhonePage(const DemoAccount &account = BackendEmulator::demoAccount())
    {
        if (!listening) {
            return false;
        }
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard)) {
            return false;
        }
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("usernameLineEdit")), account.username);
        auto *password = wizard.findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"));
        QTest::keyClicks(password, account.password);
        QTest::keyClick(password, Qt::Key_Return);
        // The country list is built on a worker thread: it arrives by itself, usually long before this page.
        return QTest::qWaitFor([this] { return wizard.currentId() == SignInWizard::PhonePageId; }, 10000) &&
               QTest::qWaitFor([this] { return country()->count() > 200; }, 10000);
    }

    /** The entries' regions in the list's order; "-" for a separator. */
    QStringList listedRegions()
    {
        QStringList regions;
        for (int i = 0; i < country()->count(); ++i) {
            const bool separator = country()->itemData(i, Qt::AccessibleDescriptionRole).toString() ==
                                   QLatin1String("separator");
            regions.append(separator ? QStringLiteral("-") : country()->itemData(i).toString());
        }
        return regions;
    }
};

} // namespace

/** The phone page: formatting as you type, pasted numbers, country and number in sync, country names in the
 * UI language, and the number reaching the server as E.164. */
class TestPhonePage : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale::c()); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void theCountryListIsBuiltAfterTheFirstFrame()
    {
        QFile::remove(RecentCountries::defaultFilePath());
        Harness h;
        QCOMPARE(h.country()->count(), 0);                                  // not at start-up
        QCOMPARE(h.wizard.phonePage()->regionCode(), QStringLiteral("US")); // the C locale has no territory
        h.wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
        QCOMPARE(h.country()->count(), 0); // not before the first frame either
        // Then it arrives from its worker thread while the password page is still showing.
        QTRY_VERIFY(h.country()->count() > 200);
        QCOMPARE(h.wizard.currentId(), int(SignInWizard::PasswordPageId));
        QVERIFY(h.reachPhonePage());
        QCOMPARE(h.country()->currentData().toString(), QStringLiteral("US"));
        QCOMPARE(h.country()->currentText(), QStringLiteral("United States (+1)"));
    }

    void theUsersRegionAndRecentCountriesComeFirst()
    {
        QFile::remove(RecentCountries::defaultFilePath());
        {
            Harness h;
            QVERIFY(h.reachPhonePage());
            const QStringList regions = h.listedRegions();
            QCOMPARE(regions.mid(0, 2), (QStringList{QStringLiteral("US"), QStringLiteral("-")}));
            QCOMPARE(regions.count(QStringLiteral("US")), 1); // not listed twice
            QCOMPARE(regions.at(2), QStringLiteral("AF"));    // then A to Z: Afghanistan
            // Sending to a British number makes the United Kingdom a recent country, kept for next time.
            QTest::keyClicks(h.phone(), QStringLiteral("+44 20 7946 0958"));
            QCOMPARE(h.country()->currentData().toString(), QStringLiteral("GB"));
            QTest::mouseClick(h.wizard.button(QWizard::NextButton), Qt::LeftButton);
            QTRY_COMPARE(RecentCountries().regions(), QStringList{QStringLiteral("GB")});
        }
        RecentCountries().remember(QStringLiteral("de")); // most recent first
        Harness h;
        QVERIFY(h.reachPhonePage());
        const QStringList regions = h.listedRegions();
        QCOMPARE(regions.mid(0, 4), (QStringList{QStringLiteral("US"), QStringLiteral("DE"),
                                                 QStringLiteral("GB"), QStringLiteral("-")}));
        QCOMPARE(regions.count(QStringLiteral("GB")), 1);
        QCOMPARE(regions.count(QStringLiteral("DE")), 1);
        QCOMPARE(h.country()->currentData().toString(),
                 QStringLiteral("US")); // the selection is the region's
    }

    void theNumberIsFormattedAsItIsTypedAndReachesTheServer()
    {
        Harness h;
        QVERIFY(h.reachPhonePage());
        QLineEdit *phone = h.phone();
        QCOMPARE(h.wizard.focusWidget(), phone);
        QTest::keyClicks(phone, QStringLiteral("2025"));
        QCOMPARE(phone->text(), QStringLiteral("202-5"));
        QTest::keyClicks(phone, QStringLiteral("550142"));
        QCOMPARE(phone->text(), QStringLiteral("(202) 555-0142"));
        QCOMPARE(phone->cursorPosition(), phone->text().size());
        QVERIFY(h.child<QLabel>("numberWarningLabel")->isHidden());

        // Backspace right after a separator removes the digit before it, and the cursor stays in place.
        phone->setCursorPosition(static_cast<int>(phone->text().indexOf(QLatin1Char('-'))) + 1);
        QTest::keyClick(phone, Qt::Key_Backspace);
        QCOMPARE(phone->text(), QStringLiteral("(202) 550-142"));
        QCOMPARE(phone->text().left(phone->cursorPosition()), QStringLiteral("(202) 55"));
        // Typing in the middle: the cursor stays after the digit typed.
        QTest::keyClick(phone, Qt::Key_5);
        QCOMPARE(phone->text(), QStringLiteral("(202) 555-0142"));
        QCOMPARE(phone->text().left(phone->cursorPosition()), QStringLiteral("(202) 555"));

        QTest::mouseClick(h.wizard.button(QWizard::NextButton), Qt::LeftButton);
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));
        QTRY_VERIFY(!h.outbox.lastCodeFor(QStringLiteral("+12025550142")).isEmpty());
    }

    void aPastedInternationalNumberSelectsItsCountry_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("region");
        QTest::newRow("00 49") << QStringLiteral("00 49 30 123456") << QStringLiteral("+49 30 123456")
                               << QStringLiteral("DE");
        QTest::newRow("tel URI") << QStringLiteral("tel:+442079460958") << QStringLiteral("+44 20 7946 0958")
                                 << QStringLiteral("GB");
        QTest::newRow("+1 with brackets, Canada")
            << QStringLiteral("+1 (416) 555-0123") << QStringLiteral("+1 416-555-0123")
            << QStringLiteral("CA");
    }
    void aPastedInternationalNumberSelectsItsCountry()
    {
        QFETCH(QString, pasted);
        QFETCH(QString, shown);
        QFETCH(QString, region);
        Harness h;
        QVERIFY(h.reachPhonePage());
        QApplication::clipboard()->setText(pasted);
        QTest::keySequence(h.phone(), QKeySequence::Paste);
        QCOMPARE(h.phone()->text(), shown);
        QCOMPARE(h.country()->currentData().toString(), region);
        QCOMPARE(h.wizard.phonePage()->regionCode(), region);
    }

    void aPastedNumberInAnotherFormatStillSignsIn()
    {
        Harness h;
        QVERIFY(h.reachPhonePage());
        h.wizard.phonePage()->setRegionCode(QStringLiteral("DE"));
        QApplication::clipboard()->setText(QStringLiteral("tel:+1-202-555-0142"));
        QTest::keySequence(h.phone(), QKeySequence::Paste);
        QCOMPARE(h.phone()->text(), QStringLiteral("+1 202-555-0142"));
        QCOMPARE(h.wizard.phonePage()->regionCode(), QStringLiteral("US"));
        QTest::mouseClick(h.wizard.button(QWizard::NextButton), Qt::LeftButton);
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));
        QTRY_VERIFY(!h.outbox.lastCodeFor(QStringLiteral("+12025550142")).isEmpty());
    }

    void choosingACountryBySearchChangesTheCallingCode()
    {
        Harness h;
        QVERIFY(h.reachPhonePage());
        QTest::keyClicks(h.phone(), QStringLiteral("+4930123456"));
        QCOMPARE(h.phone()->text(), QStringLiteral("+49 30 123456"));
        QCOMPARE(h.country()->currentData().toString(), QStringLiteral("DE"));

        // Type "+33" into the picker and take the one match: France.
        QComboBox *country = h.country();
        country->setFocus(Qt::TabFocusReason);
        country->lineEdit()->selectAll();
        QTest::keyClicks(country->lineEdit(), QStringLiteral("+33"));
        QAbstractItemView *popup = country->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(country->completer()->completionCount(), 1);
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_COMPARE(country->currentData().toString(), QStringLiteral("FR"));
        QCOMPARE(h.phone()->text(), QStringLiteral("+33 3 01 23 45 6"));

        // A name works as well, anywhere in the entry.
        country->lineEdit()->selectAll();
        QTest::keyClicks(country->lineEdit(), QStringLiteral("kingd"));
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(country->completer()->completionCount(), 1);
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_COMPARE(country->currentData().toString(), QStringLiteral("GB"));
        QCOMPARE(h.phone()->text().left(4), QStringLiteral("+44 "));
    }

    void countryNamesFollowTheUiLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("germany");
        QTest::newRow("de") << QStringLiteral("de_DE") << QStringLiteral("Deutschland (+49)");
        QTest::newRow("fr") << QStringLiteral("fr_FR") << QStringLiteral("Allemagne (+49)");
        QTest::newRow("es") << QStringLiteral("es_ES") << QStringLiteral("Alemania (+49)");
        QTest::newRow("en") << QStringLiteral("en_GB") << QStringLiteral("Germany (+49)");
    }
    void countryNamesFollowTheUiLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, germany);
        QLocale::setDefault(QLocale(language)); // what the language setting does at start-up
        Harness h;
        QVERIFY(h.reachPhonePage());
        const int index = h.country()->findData(QStringLiteral("DE"));
        QVERIFY(index >= 0);
        QCOMPARE(h.country()->itemText(index), germany);
    }

    void anUnusualNumberIsWarnedAboutButNotBlocked()
    {
        Harness h;
        QVERIFY(h.reachPhonePage());
        QTest::keyClicks(h.phone(), QStringLiteral("1234567890")); // ten digits, but no such area code
        auto *warning = h.child<QLabel>("numberWarningLabel");
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("United States")));
        QVERIFY(h.wizard.button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(h.wizard.button(QWizard::NextButton), Qt::LeftButton);
        // The server decides: the sandbox's account does not own it.
        QTRY_COMPARE(h.flow.error().kind, AuthError::Kind::NumberNotOnFile);
        QCOMPARE(h.wizard.currentId(), int(SignInWizard::PhonePageId));
    }

    void theNumberOnFilePreselectsItsCountry()
    {
        Harness h(HarnessSandbox::InProcess); // an account of its own, added inside the sandbox
        DemoAccount account = BackendEmulator::demoAccount();
        account.username = QStringLiteral("erika");
        account.phone = QStringLiteral("+4930123456");
        h.inProcess->backend()->addAccount(account);
        QVERIFY(h.reachPhonePage(account));
        // The backend shows it masked (its spaces unbreakable) for the user to type.
        QVERIFY(h.child<QLabel>("numberOnFileLabel")->text().contains(QStringLiteral("+49\u00a0")));
        QCOMPARE(h.country()->currentData().toString(), QStringLiteral("DE"));
        QTest::keyClicks(h.phone(), QStringLiteral("030123456"));
        QCOMPARE(h.phone()->text(), QStringLiteral("030 123456"));
        QTest::mouseClick(h.wizard.button(QWizard::NextButton), Qt::LeftButton);
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));
        QTRY_VERIFY(!h.outbox.lastCodeFor(QStringLiteral("+4930123456")).isEmpty());
    }
};

QTEST_MAIN(TestPhonePage)
#include "TestPhonePage.moc"
