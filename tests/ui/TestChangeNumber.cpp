// Changing direct mode's enrolled number from the Done page, in the real wizard: DirectAuthService and a
// LocalAccount against the sandbox's Verify over loopback HTTP.

#include "CodeLineEdit.h"
#include "DeviceTrustRecord.h"
#include "Outbox.h"
#include "SignInWizard.h"
#include "TestNumbers.h"
#include "WizardHarness.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

namespace {

const QString &oldNumber = localNumber;
const QString newNumber = QStringLiteral("+12025550143");

} // namespace

class TestChangeNumber : public QObject
{
    Q_OBJECT

private slots:
    void init() { failOnUnexpectedWarnings(); }

    void theNumberIsChangedFromTheDonePage()
    {
        DirectWizardHarness h(rememberingDevicesByDefault());
        QVERIFY(h.listening);
        QVERIFY(h.enrol());
        // A remembered device bound to the old number, which the change must forget.
        QHash<QString, QByteArray> contents = h.secrets.contents();
        contents.insert(
            SecretKey::directDeviceTrust,
            DeviceTrustRecord{QStringLiteral("someone"), "x", h.clock.now().addDays(3)}.serialize());
        h.secrets.setContents(contents);

        QSignalSpy finished(&h.flow, &SignInFlow::finished);
        h.signInToCodePage();
        QVERIFY(!QTest::currentTestFailed());
        QTRY_VERIFY(!h.codeFor(oldNumber).isEmpty());
        QTest::keyClicks(h.child<CodeLineEdit>("codeLineEdit"), h.codeFor(oldNumber));
        QTRY_COMPARE_WITH_TIMEOUT(h.wizard.currentId(), int(SignInWizard::DonePageId), 10000);
        QTRY_COMPARE(finished.count(), 1);

        auto *change = h.child<QPushButton>("changeNumberButton");
        QVERIFY(change && change->isVisible() && change->isEnabled());
        QVERIFY(!change->accessibleName().isEmpty());
        QTest::mouseClick(change, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(h.wizard.currentId(), int(SignInWizard::PhonePageId), 10000);
        auto *country = h.child<QComboBox>("countryComboBox");
        QVERIFY(country);
        country->setCurrentIndex(country->findData(QStringLiteral("US")));
        QTest::keyClicks(h.child<QLineEdit>("phoneLineEdit"), QStringLiteral("(202) 555-0143"));
        QTest::keyClick(h.child<QLineEdit>("phoneLineEdit"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(h.wizard.currentId(), int(SignInWizard::CodePageId), 10000);
        QTRY_VERIFY(!h.codeFor(newNumber).isEmpty());
        QTest::keyClicks(h.child<CodeLineEdit>("codeLineEdit"), h.codeFor(newNumber));
        QTRY_COMPARE_WITH_TIMEOUT(h.wizard.currentId(), int(SignInWizard::DonePageId), 10000);

        QVERIFY(h.session.localAccount()->enrolledNumber() == testing::e164(newNumber));
        QTRY_VERIFY(h.secrets.contents().value(SecretKey::localAccount).contains(newNumber.toUtf8()));
        QTRY_VERIFY(!h.secrets.contents().contains(SecretKey::directDeviceTrust));
        auto *notice = h.child<QLabel>("noticeLabel");
        QVERIFY(notice && notice->isVisible());
        QVERIFY(notice->text().endsWith(QStringLiteral("43. Codes go to it from now on.")));
        QCOMPARE(finished.count(), 1); // one sign-in, still signed in
        QVERIFY(h.flow.isFinished());
    }
};

QTEST_MAIN(TestChangeNumber)
#include "TestChangeNumber.moc"
