#include "ClipboardCodeOffer.h"
#include "CodeLineEdit.h"
#include "SignInWizard.h"

#include "WizardHarness.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

/**
 * "Paste 123456" beside the code field: offered only while the window has the focus and the clipboard holds
 * exactly one code of the expected length; used only on a click; it then signs in like a typed code.
 */
class TestClipboardCodeOffer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { useTestApplication(QStringLiteral("TestClipboardCodeOffer")); }

    void findsTheOneCodeInAText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("code");
        QTest::newRow("bare") << QStringLiteral("887847") << 6 << QStringLiteral("887847");
        QTest::newRow("spaced") << QStringLiteral(" 887 847\n") << 6 << QStringLiteral("887847");
        QTest::newRow("dashed") << QStringLiteral("887-847") << 6 << QStringLiteral("887847");
        QTest::newRow("in a message")
            << QStringLiteral("Your Latchkey verification code is: 887847. It expires in 10 minutes.") << 6
            << QStringLiteral("887847");
        QTest::newRow("Arabic-Indic digits") << QStringLiteral("٨٨٧٨٤٧") << 6 << QStringLiteral("887847");
        QTest::newRow("too short") << QStringLiteral("88784") << 6 << QString();
        QTest::newRow("too long") << QStringLiteral("8878471") << 6 << QString();
        QTest::newRow("a phone number") << QStringLiteral("+1 202 555 0142") << 6 << QString();
        QTest::newRow("two codes") << QStringLiteral("887847 or 123456") << 6 << QString();
        QTest::newRow("the same code twice")
            << QStringLiteral("887847 (887847)") << 6 << QStringLiteral("887847");
        QTest::newRow("no length: Verify's 4 to 10")
            << QStringLiteral("code 4821") << 0 << QStringLiteral("4821");
        QTest::newRow("no length: a date is two runs")
            << QStringLiteral("2026-12-06") << 0 << QStringLiteral("20261206");
        QTest::newRow("a document") << (QStringLiteral("887847 ") + QString(400, QLatin1Char('x'))) << 6
                                    << QString();
        QTest::newRow("empty") << QString() << 6 << QString();
    }

    void findsTheOneCodeInAText()
    {
        QFETCH(QString, text);
        QFETCH(int, length);
        QFETCH(QString, code);
        QCOMPARE(ClipboardCodeOffer::codeIn(text, length), code);
    }

    void aCopiedMessageSignsInWithOneClick()
    {
        WizardHarness h({}, HarnessSandbox::InProcessManualClock);
        QVERIFY(h.listening);
        QGuiApplication::clipboard()->clear();
        h.wizard.show();
        h.wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&h.wizard));
        const DemoAccount demo = BackendEmulator::demoAccount();
        QTest::keyClicks(h.child<QLineEdit>("usernameLineEdit"), demo.username);
        QTest::keyClicks(h.child<QLineEdit>("passwordLineEdit"), demo.password);
        QTest::keyClick(h.child<QLineEdit>("passwordLineEdit"), Qt::Key_Return);
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::PhonePageId));
        QTest::keyClicks(h.child<QLineEdit>("phoneLineEdit"), demo.phone);
        QTest::keyClick(h.child<QLineEdit>("phoneLineEdit"), Qt::Key_Return);
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));
        QTRY_VERIFY(!h.lastCode().isEmpty());
        QTRY_VERIFY(!h.flow.isBusy());
        auto *offer = h.child<ClipboardCodeOffer>("pasteCodeButton");
        auto *codeEdit = h.child<CodeLineEdit>("codeLineEdit");
        QVERIFY(offer);
        QVERIFY(!offer->isVisible());

        // Something else on the clipboard: nothing offered.
        QGuiApplication::clipboard()->setText(QStringLiteral("Meeting at 10:30 in room 4"));
        QCoreApplication::processEvents();
        QVERIFY(!offer->isVisible());

        // The text message, copied: offered, and not used until clicked.
        const QString code = h.lastCode();
        QGuiApplication::clipboard()->setText(
            QStringLiteral("Your Latchkey verification code is: %1").arg(code));
        QTRY_VERIFY(offer->isVisible());
        QCOMPARE(offer->text(), QStringLiteral("Paste %1").arg(code));
        QVERIFY(codeEdit->text().isEmpty());
        QCOMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));

        // Another window in front: the code is no longer shown.
        QWidget other;
        other.show();
        other.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&other));
        QTRY_VERIFY(!offer->isVisible());
        other.close();
        h.wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&h.wizard));
        QTRY_VERIFY(offer->isVisible());

        QTest::mouseClick(offer, Qt::LeftButton);
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::DonePageId));
        QVERIFY(h.flow.isFinished());
        QGuiApplication::clipboard()->clear();
    }
};

QTEST_MAIN(TestClipboardCodeOffer)
#include "TestClipboardCodeOffer.moc"
