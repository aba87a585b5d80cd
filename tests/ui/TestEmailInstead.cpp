// Email to the address on file in direct mode (Auth/EmailAddress, an administrator's), in the real wizard:
// DirectAuthService and a LocalAccount against the sandbox's Verify over loopback HTTP. The code page offers
// "Email me instead" on the resend wait, and "Text me instead" leads back.

#include "CodeLineEdit.h"
#include "CountdownButton.h"
#include "Outbox.h"
#include "SignInWizard.h"
#include "WizardHarness.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

namespace {

const QString address = QStringLiteral("ada.lovelace@example.com");

HarnessSettings withAddressOnFile(const QByteArray &more = {})
{
    return {"[Auth]\nEmailAddress=" + address.toUtf8() + "\n" + more, {}};
}

} // namespace

class TestEmailInstead : public QObject
{
    Q_OBJECT

private slots:
    void init() { failOnUnexpectedWarnings(); }

    void theCodePageOffersTheAddressOnFileInstead()
    {
        DirectWizardHarness h(withAddressOnFile());
        QVERIFY(h.listening);
        QVERIFY(h.enrol());
        h.signInToCodePage();
        QVERIFY(!QTest::currentTestFailed());
        QTRY_VERIFY(!h.codeFor(localNumber).isEmpty()); // the first code by SMS, to the enrolled number

        auto *email = h.child<CountdownButton>("emailButton");
        QVERIFY(email && email->isVisible());
        QVERIFY(!email->isEnabled()); // on the resend wait, like any new code
        QVERIFY2(email->shownText().startsWith(QStringLiteral("Email me in ")),
                 qPrintable(email->shownText()));
        QVERIFY(email->accessibleDescription().contains(QStringLiteral("a•••@example.com")));
        QVERIFY(!h.child<QPushButton>("textButton")->isVisible());

        h.clock.advanceSeconds(h.flow.options().resendCooldownSeconds);
        QTRY_VERIFY(email->isEnabled());
        QTest::mouseClick(email, Qt::LeftButton);
        QTRY_VERIFY(!h.codeFor(address).isEmpty());
        const OutboxMessage sent = h.server.outbox()->messages().constLast();
        QCOMPARE(sent.to, address);
        QCOMPARE(sent.channel, Channel::Email);

        // Said where it went, with no call to an address; text messages are the way back.
        auto *instruction = h.child<QLabel>("codeInstructionLabel");
        QTRY_VERIFY2(instruction->text().contains(QStringLiteral("a•••@example.com")),
                     qPrintable(instruction->text()));
        QVERIFY(!instruction->text().contains(QStringLiteral("555")));
        QTRY_VERIFY(h.child<QLabel>("noticeLabel")
                        ->text()
                        .startsWith(QStringLiteral("A new code was sent by email")));
        QVERIFY(!email->isVisible());
        QVERIFY(!h.child<QPushButton>("callButton")->isVisible());
        QVERIFY(h.child<QPushButton>("textButton")->isVisible());

        QTest::keyClicks(h.child<CodeLineEdit>("codeLineEdit"), h.codeFor(address));
        QTRY_COMPARE_WITH_TIMEOUT(h.wizard.currentId(), int(SignInWizard::DonePageId), 10000);
    }

    void theAdministratorsDefaultChannelSendsTheFirstCodeByEmail()
    {
        DirectWizardHarness h(withAddressOnFile("DefaultChannel=email\n"));
        QVERIFY(h.listening);
        QVERIFY(h.enrol());
        h.signInToCodePage();
        QVERIFY(!QTest::currentTestFailed());
        QTRY_VERIFY(!h.codeFor(address).isEmpty());
        QVERIFY(h.codeFor(localNumber).isEmpty()); // nothing to the phone
        QCOMPARE(h.flow.channel(), Channel::Email);
        QVERIFY(h.child<QPushButton>("textButton")->isVisible()); // the enrolled number, by SMS, instead
        QTest::keyClicks(h.child<CodeLineEdit>("codeLineEdit"), h.codeFor(address));
        QTRY_COMPARE_WITH_TIMEOUT(h.wizard.currentId(), int(SignInWizard::DonePageId), 10000);
    }

    void withoutAnAddressOnFileNoEmailIsOffered()
    {
        DirectWizardHarness h; // email is among the allowed channels, but there is no address to send to
        QVERIFY(h.listening);
        QVERIFY(h.enrol());
        QVERIFY(h.session.settings().emailAddress.isEmpty());
        h.signInToCodePage();
        QVERIFY(!QTest::currentTestFailed());
        QTRY_VERIFY(!h.codeFor(localNumber).isEmpty());
        QVERIFY(!h.child<QPushButton>("emailButton")->isVisible());
        QVERIFY(!h.flow.offeredChannels().contains(Channel::Email));
    }
};

QTEST_MAIN(TestEmailInstead)
#include "TestEmailInstead.moc"
