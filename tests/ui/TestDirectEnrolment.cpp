#include "CodeLineEdit.h"
#include "Outbox.h"
#include "SignInWizard.h"
#include "WizardHarness.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

/**
 * Direct mode's first run in the real wizard: EnrolmentPage → PhonePage → CodePage → Done, with the
 * session's DirectAuthService and LocalAccount against the sandbox's Verify over loopback HTTP.
 */
class TestDirectEnrolment : public QObject
{
    Q_OBJECT

private slots:
    void enrolsThroughEveryPageAgainstTheSandbox()
    {
        DirectWizardHarness h;
        QVERIFY(h.listening);
        QSignalSpy finished(&h.flow, &SignInFlow::finished);
        h.wizard.show();
        h.flow.start();
        QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::EnrolmentPageId));

        const QString &password = localPassword;
        QTest::keyClicks(h.child<QLineEdit>("enrolUsernameLineEdit"), localUsername);
        QTest::keyClicks(h.child<QLineEdit>("newPasswordLineEdit"), password);
        QTest::keyClicks(h.child<QLineEdit>("confirmPasswordLineEdit"), password);
        QTest::keyClick(h.child<QLineEdit>("confirmPasswordLineEdit"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(h.wizard.currentId(), int(SignInWizard::PhonePageId), 10000);
        // Nothing is stored before the number is verified: the keychain holds the Twilio secret alone.
        QCOMPARE(h.secrets.contents().keys(), QList<QString>{SecretKey::twilioSecret});

        auto *country = h.child<QComboBox>("countryComboBox");
        QVERIFY(country);
        country->setCurrentIndex(country->findData(QStringLiteral("US")));
        QTest::keyClicks(h.child<QLineEdit>("phoneLineEdit"), QStringLiteral("(202) 555-0142"));
        QTest::mouseClick(h.wizard.button(QWizard::NextButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(h.wizard.currentId(), int(SignInWizard::CodePageId), 10000);

        const QString &number = localNumber;
        QTRY_VERIFY(!h.server.outbox()->lastCodeFor(number).isEmpty());
        auto *codeEdit = h.child<CodeLineEdit>("codeLineEdit");
        QVERIFY(codeEdit);
        QTest::keyClicks(codeEdit, h.server.outbox()->lastCodeFor(number)); // the last digit submits
        QTRY_COMPARE_WITH_TIMEOUT(h.wizard.currentId(), int(SignInWizard::DonePageId), 10000);
        QTRY_COMPARE(finished.count(), 1); // after the flow's own keychain writes
        QCOMPARE(finished.first().first().value<SignInFlow::Outcome>(), SignInFlow::Outcome::SignedIn);

        // The local account now exists, with the verified number and no password in it.
        const QByteArray stored = h.secrets.contents().value(SecretKey::localAccount);
        QVERIFY(stored.contains(localUsername.toUtf8()));
        QVERIFY(stored.contains(number.toUtf8()));
        QVERIFY(!stored.contains(password.toUtf8()));
    }
};

QTEST_MAIN(TestDirectEnrolment)
#include "TestDirectEnrolment.moc"
