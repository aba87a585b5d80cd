#include "CodeLineEdit.h"
#include "CodePage.h"
#include "CountdownButton.h"
#include "PasswordPage.h"
#include "PhonePage.h"
#include "SandboxPanel.h"
#include "SignInWizard.h"

#include "Outbox.h"
#include "PhoneNumber.h"
#include "WizardHarness.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

namespace {

/** How the pages show a masked number: its spaces do not break, so it is never split across lines. */
QString unbreakable(QString masked)
{
    return masked.replace(QLatin1Char(' '), QChar(QChar::Nbsp));
}

/** The shared harness, with the sandbox phone beside the wizard as the sandbox build shows it. */
class Harness : public WizardHarness
{
public:
    explicit Harness(bool withPanel = true, const HarnessSettings &settings = {})
        : WizardHarness(settings)
    {
        if (withPanel) {
            panel = new SandboxPanel(&outbox);
            wizard.setSidePanel(panel);
        }
    }

    QLabel *errorLabel() const { return child<QLabel>("errorLabel"); }

    SandboxPanel *panel = nullptr;
};

} // namespace

class TestSignInWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void signsInThroughEveryPageWithTheCodeFromTheSandboxOutbox();
    void signsInByEmailToTheAddressOnFileOnly();
    void wrongPasswordShowsInlineErrorAndStays();
    void cancelWhileBusyStopsTheRequestAndKeepsInput();
    void malformedNumberShowsSpecificErrorAndKeepsText();
    void wrongCodeClearsFieldShowsErrorAndStaysOnCodePage();
    void pastedCodeIsNormalisedAndSubmitted();
    void differentNumberGoesBackToPhonePage();
    void resendAndCallBecomeAvailableAfterTheirCountdowns();
    void cancelDuringCodeCheckOffersTryAgain();
    void verifyAfterAnInterruptedCheckRetriesTheSameCode();
    void tooManyWrongCodesShowLockoutCountdown();
    void keychainFailureShowsNotice();
    void cancelClosesAndFinishesCancelled();
    void closingTheWindowCancels();
    void everyVisibleInputControlHasAnAccessibleName();
    void onlyAFlowThatMayEnrolHasAnEnrolmentPage();
    void makesTheLaterPagesOnlyAfterTheFirstFrame();
    void makesAPageTheFlowNeedsBeforeTheFirstFrame();

private:
    void shoot(const SignInWizard &wizard, const QString &name);
    void showWizard(Harness &h);
    void signInWithPassword(Harness &h);
    void reachCodePage(Harness &h);
    void clickNext(Harness &h);
    void checkAccessibleNames(Harness &h);
    void expectRetryOutcome(Harness &h);
};

void TestSignInWizard::initTestCase()
{
    useTestApplication(QStringLiteral("TestSignInWizard"));
}

void TestSignInWizard::init()
{
    failOnUnexpectedWarnings();
}

void TestSignInWizard::shoot(const SignInWizard &wizard, const QString &name)
{
    const QString dir = qEnvironmentVariable("LATCHKEY_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    QDir().mkpath(dir);
    QVERIFY(
        const_cast<SignInWizard &>(wizard).grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void TestSignInWizard::showWizard(Harness &h)
{
    QVERIFY(h.listening);
    h.wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
    QCOMPARE(h.wizard.currentId(), int(SignInWizard::PasswordPageId));
}

void TestSignInWizard::clickNext(Harness &h)
{
    // On the commit page (the code) QWizard shows its Commit button in place of Next.
    QAbstractButton *next = h.wizard.button(QWizard::NextButton);
    if (!next->isVisible()) {
        next = h.wizard.button(QWizard::CommitButton);
    }
    QVERIFY(next->isVisible());
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

void TestSignInWizard::signInWithPassword(Harness &h)
{
    const DemoAccount demo = BackendEmulator::demoAccount();
    auto *username = h.child<QLineEdit>("usernameLineEdit");
    auto *password = h.child<QLineEdit>("passwordLineEdit");
    QVERIFY(username && password);
    QTest::keyClicks(username, demo.username);
    QTest::keyClicks(password, demo.password);
    QTest::keyClick(password, Qt::Key_Return); // Enter submits
    QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::PhonePageId));
}

void TestSignInWizard::reachCodePage(Harness &h)
{
    showWizard(h);
    signInWithPassword(h);
    auto *phone = h.child<QLineEdit>("phoneLineEdit");
    auto *country = h.child<QComboBox>("countryComboBox");
    QVERIFY(phone && country);
    country->setCurrentIndex(country->findData(QStringLiteral("US")));
    QTest::keyClicks(phone, QStringLiteral("(202) 555-0142"));
    clickNext(h);
    QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));
    QTRY_VERIFY(!h.lastCode().isEmpty());
}

void TestSignInWizard::checkAccessibleNames(Harness &h)
{
    const QList<QWidget *> widgets = h.wizard.findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        const bool isInput = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
                             qobject_cast<QAbstractButton *>(widget) || qobject_cast<QListWidget *>(widget);
        if (!isInput || !widget->isVisible()) {
            continue;
        }
        ++checked;
        QVERIFY2(
            !screenReaderText(widget).isEmpty(),
            qPrintable(QStringLiteral("%1 (%2) on page %3 has no accessible name")
                           .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()))
                           .arg(h.wizard.currentId())));
    }
    QVERIFY(checked > 0);
}

void TestSignInWizard::expectRetryOutcome(Harness &h)
{
    // QNAM sends from its own thread, so the stopped check may already have reached the sandbox and used
    // the code up. Either way the outcome is honest: signed in, or "expired" shown on the code page.
    QTRY_VERIFY(!h.flow.isBusy());
    if (h.flow.error().isError()) {
        QCOMPARE(h.flow.error().kind, AuthError::Kind::CodeExpired);
        QCOMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));
        QCOMPARE(h.errorLabel()->text(), h.flow.error().userMessage());
        QVERIFY(h.child<QLineEdit>("codeLineEdit")->text().isEmpty());
        QVERIFY(h.child<QPushButton>("resendButton")->isEnabled()); // a new code is one click away
    } else {
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::DonePageId));
    }
}

void TestSignInWizard::signsInThroughEveryPageWithTheCodeFromTheSandboxOutbox()
{
    Harness h;
    QSignalSpy finished(&h.flow, &SignInFlow::finished);
    h.wizard.passwordPage()->setHint(QStringLiteral("Sandbox demo account: demo / latchkey-demo"));
    showWizard(h);
    QVERIFY(h.panel->isVisible());
    auto *hint = h.child<QLabel>("hintLabel");
    QVERIFY(hint->isVisible());
    // Selectable (the demo password can be copied) once the window is drawn; laid out as a text document
    // then, at the same height as before, so the window does not move when it becomes selectable.
    QTRY_COMPARE(hint->textInteractionFlags(), Qt::TextInteractionFlags(Qt::TextSelectableByMouse));
    const int selectableHeight = hint->heightForWidth(hint->width());
    hint->setTextInteractionFlags(Qt::NoTextInteraction);
    QCOMPARE(hint->heightForWidth(hint->width()), selectableHeight);
    hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QCOMPARE(h.wizard.focusWidget(), h.child<QLineEdit>("usernameLineEdit"));
    QVERIFY(
        !h.child<QCheckBox>("rememberCheckBox")->isChecked()); // off unless an admin default says otherwise
    QCOMPARE(h.wizard.windowTitle(), QStringLiteral("Latchkey — Sign in"));
    QVERIFY(h.wizard.button(QWizard::CancelButton)->isVisible());
    QVERIFY(!h.wizard.button(QWizard::BackButton)->isVisible());
    shoot(h.wizard, QStringLiteral("1-password"));

    h.child<QCheckBox>("rememberCheckBox")->setChecked(true); // this user asks to be remembered
    signInWithPassword(h);
    QCOMPARE(h.wizard.focusWidget(), h.child<QLineEdit>("phoneLineEdit"));
    auto *channel = h.child<QComboBox>("channelComboBox");
    QVERIFY(channel);
    // The sandbox offers sms, call, whatsapp and email (it has the demo's address); all allowed by default.
    QCOMPARE(channel->count(), 4);
    QCOMPARE(channel->currentData().toInt(), int(Channel::Sms));
    QVERIFY(h.child<QLabel>("numberOnFileLabel")->text().contains(QStringLiteral("42")));
    QTest::keyClicks(h.child<QLineEdit>("phoneLineEdit"), QStringLiteral("202 555 0142"));
    shoot(h.wizard, QStringLiteral("2-phone"));
    clickNext(h);
    QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));

    // The code went to the sandbox outbox, and the sandbox phone lists it.
    QTRY_VERIFY(!h.lastCode().isEmpty());
    const QString code = h.lastCode();
    auto *outboxList = h.panel->findChild<QListWidget *>(QStringLiteral("outboxListWidget"));
    QVERIFY(outboxList);
    QTRY_COMPARE(outboxList->count(), 1);
    QCOMPARE(outboxList->item(0)->text(), QStringLiteral("SMS to +1 202 555 0142: %1").arg(code));

    QCOMPARE(currentPageChild<QLabel>(h.wizard, "descriptionLabel")->text(),
             QStringLiteral("Sent by SMS to %1").arg(unbreakable(h.flow.maskedPhone())));
    QVERIFY(!currentPageChild<QLabel>(h.wizard, "descriptionLabel")->text().contains(QStringLiteral("555")));
    auto *codeEdit = h.child<CodeLineEdit>("codeLineEdit");
    QVERIFY(codeEdit);
    QCOMPARE(h.wizard.focusWidget(), codeEdit);
    QCOMPARE(codeEdit->maxLength(), h.flow.codeLength());
    QCOMPARE(code.size(), h.flow.codeLength());
    auto *resend = h.child<CountdownButton>("resendButton");
    QVERIFY(resend);
    QVERIFY(resend->shownText().startsWith(QStringLiteral("Resend in 0:")));
    QVERIFY(!resend->isEnabled());
    auto *call = h.child<CountdownButton>("callButton");
    QVERIFY(call);
    QVERIFY(call->isVisible());
    QVERIFY(call->shownText().startsWith(QStringLiteral("Call me in 0:")));
    QVERIFY(!call->isEnabled());
    QVERIFY(h.child<QPushButton>("differentNumberButton")->isVisible());
    QVERIFY(h.wizard.button(QWizard::CommitButton)->isVisible());
    shoot(h.wizard, QStringLiteral("3-code"));

    // Typing the last digit submits by itself.
    QTest::keyClicks(codeEdit, code);
    QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::DonePageId));
    QTRY_COMPARE(finished.count(), 1); // finished() waits for "Remember me" to reach the keychain
    QCOMPARE(finished.first().first().value<SignInFlow::Outcome>(), SignInFlow::Outcome::SignedIn);
    QVERIFY(codeEdit->text().isEmpty()); // the code does not outlive its use
    QVERIFY(h.child<QLabel>("signedInLabel")->text().contains(BackendEmulator::demoAccount().displayName));
    QVERIFY(!h.wizard.button(QWizard::CancelButton)->isVisible());
    QAbstractButton *finish = h.wizard.button(QWizard::FinishButton);
    QVERIFY(finish->isVisible() && finish->isEnabled());
    shoot(h.wizard, QStringLiteral("4-done"));

    // "Remember me" was on: the session and the number for next time (never the password or the code)
    // went to the keychain, and nothing else.
    QTRY_VERIFY(h.secrets.contents().contains(SecretKey::backendSession));
    QTRY_VERIFY(h.secrets.contents().contains(SecretKey::lastPhoneNumber));
    QCOMPARE(h.secrets.contents().size(), 2);
    QCOMPARE(h.secrets.contents().value(SecretKey::lastPhoneNumber), QByteArray("+12025550142"));

    QTest::mouseClick(finish, Qt::LeftButton);
    QTRY_VERIFY(!h.wizard.isVisible());
    QCOMPARE(h.wizard.result(), int(QDialog::Accepted));
}

void TestSignInWizard::signsInByEmailToTheAddressOnFileOnly()
{
    Harness h(false);
    showWizard(h);
    signInWithPassword(h);
    auto *channel = h.child<QComboBox>("channelComboBox");
    const int email = channel->findData(int(Channel::Email));
    QVERIFY(email >= 0); // the sandbox's backend has the demo's address on file
    auto *phone = h.child<QLineEdit>("phoneLineEdit");
    QTest::keyClicks(phone, QStringLiteral("202 555 0199")); // typed, then not needed: email has no number
    channel->setCurrentIndex(email);
    QTRY_VERIFY(!phone->isVisible());
    const QString masked = unbreakable(QStringLiteral("d•••@example.com"));
    QAbstractButton *next = h.wizard.button(QWizard::NextButton);
    QCOMPARE(next->text().remove(QLatin1Char('&')), QStringLiteral("Send code to %1").arg(masked));
    QCOMPARE(currentPageChild<QLabel>(h.wizard, "descriptionLabel")->text(),
             QStringLiteral("Latchkey will send your sign-in code to %1.").arg(masked));
    QCOMPARE(currentPageChild<QLabel>(h.wizard, "titleLabel")->text(), QStringLiteral("Your email"));
    QVERIFY(!h.child<QPushButton>("otherNumberButton")->isVisible());
    QVERIFY(!h.child<QLabel>("numberOnFileLabel")->isVisible());
    clickNext(h);
    QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));

    // The code went to the address on file, and to nothing else.
    const QString address = BackendEmulator::demoAccount().email;
    QTRY_VERIFY(!h.outbox.lastCodeFor(address).isEmpty());
    QVERIFY(h.lastCode().isEmpty());
    QCOMPARE(h.flow.channel(), Channel::Email);
    QCOMPARE(currentPageChild<QLabel>(h.wizard, "descriptionLabel")->text(),
             QStringLiteral("Sent by email to %1").arg(masked));
    QVERIFY(!h.child<CountdownButton>("callButton")->isVisible()); // a call needs a number
    QTest::keyClicks(h.child<CodeLineEdit>("codeLineEdit"), h.outbox.lastCodeFor(address));
    QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::DonePageId));
    QVERIFY(h.child<QLabel>("signedInLabel")->text().contains(BackendEmulator::demoAccount().displayName));
}

void TestSignInWizard::wrongPasswordShowsInlineErrorAndStays()
{
    Harness h;
    showWizard(h);
    auto *username = h.child<QLineEdit>("usernameLineEdit");
    auto *password = h.child<QLineEdit>("passwordLineEdit");
    QVERIFY(!h.wizard.button(QWizard::NextButton)->isEnabled()); // nothing typed yet
    QTest::keyClicks(username, QStringLiteral("demo"));
    QTest::keyClicks(password, QStringLiteral("not-the-password"));
    clickNext(h);
    QTRY_VERIFY(h.errorLabel()->isVisible());
    QCOMPARE(h.errorLabel()->text(), AuthError::of(AuthError::Kind::InvalidCredentials).userMessage());
    QCOMPARE(h.wizard.currentId(), int(SignInWizard::PasswordPageId));
    QCOMPARE(username->text(), QStringLiteral("demo"));
    QCOMPARE(password->text(), QStringLiteral("not-the-password")); // kept, and selected to be retyped
    QCOMPARE(password->selectedText(), password->text());
    QVERIFY(h.wizard.button(QWizard::NextButton)->isEnabled());
    shoot(h.wizard, QStringLiteral("1-password-error"));

    // Typing clears the error; the right password then signs in.
    QTest::keyClicks(password, BackendEmulator::demoAccount().password);
    QVERIFY(!h.errorLabel()->isVisible());
    clickNext(h);
    QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::PhonePageId));
}

void TestSignInWizard::cancelWhileBusyStopsTheRequestAndKeepsInput()
{
    Harness h;
    QSignalSpy finished(&h.flow, &SignInFlow::finished);
    showWizard(h);
    auto *username = h.child<QLineEdit>("usernameLineEdit");
    auto *password = h.child<QLineEdit>("passwordLineEdit");
    QTest::keyClicks(username, QStringLiteral("demo"));
    QTest::keyClicks(password, QStringLiteral("latchkey-demo"));
    clickNext(h);

    // The request is in flight until the event loop runs: busy state is visible synchronously.
    QVERIFY(h.flow.isBusy());
    QVERIFY(!h.wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(h.wizard.button(QWizard::NextButton)->text(), QStringLiteral("Signing in…"));
    QVERIFY(username->isReadOnly() && password->isReadOnly());
    QVERIFY(h.child<QLabel>("busyLabel")->isVisible());
    QAbstractButton *cancel = h.wizard.button(QWizard::CancelButton);
    QVERIFY(cancel->isEnabled());
    shoot(h.wizard, QStringLiteral("1-password-busy"));

    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!h.flow.isBusy());
    QVERIFY(h.wizard.isVisible());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(h.wizard.currentId(), int(SignInWizard::PasswordPageId));
    QVERIFY(!username->isReadOnly() && !password->isReadOnly());
    QCOMPARE(password->text(), QStringLiteral("latchkey-demo"));
    QVERIFY(h.wizard.button(QWizard::NextButton)->isEnabled());
    QTest::qWait(100); // the aborted answer must not move the wizard
    QCOMPARE(h.wizard.currentId(), int(SignInWizard::PasswordPageId));
}

void TestSignInWizard::malformedNumberShowsSpecificErrorAndKeepsText()
{
    Harness h;
    showWizard(h);
    signInWithPassword(h);
    auto *phone = h.child<QLineEdit>("phoneLineEdit");
    auto *country = h.child<QComboBox>("countryComboBox");
    country->setCurrentIndex(country->findData(QStringLiteral("US")));
    QTest::keyClicks(phone, QStringLiteral("12"));
    clickNext(h);
    QTRY_VERIFY(h.errorLabel()->isVisible());
    QCOMPARE(h.errorLabel()->text(),
             PhoneNumber::parse(QStringLiteral("12"), QStringLiteral("US")).problemText());
    QCOMPARE(h.errorLabel()->text(), QStringLiteral("This number is too short for the chosen country."));
    QCOMPARE(phone->text(), QStringLiteral("12"));
    QCOMPARE(h.wizard.currentId(), int(SignInWizard::PhonePageId));
    QVERIFY(h.outbox.messages().isEmpty());
    shoot(h.wizard, QStringLiteral("2-phone-error"));

    // A number the account does not own: the server's answer, inline, typed text kept.
    phone->clear();
    QTest::keyClicks(phone, QStringLiteral("+1 202 555 0199"));
    QVERIFY(!h.errorLabel()->isVisible()); // typing cleared the error
    clickNext(h);
    QTRY_VERIFY(h.errorLabel()->isVisible());
    QCOMPARE(h.flow.error().kind, AuthError::Kind::NumberNotOnFile);
    QCOMPARE(phone->text(), QStringLiteral("+1 202-555-0199")); // as typed, grouped for its country
    QCOMPARE(h.wizard.currentId(), int(SignInWizard::PhonePageId));
}

void TestSignInWizard::wrongCodeClearsFieldShowsErrorAndStaysOnCodePage()
{
    Harness h;
    reachCodePage(h);
    const QString code = h.lastCode();
    auto *codeEdit = h.child<CodeLineEdit>("codeLineEdit");
    // The field's label says what to type and where it went.
    auto *instruction = h.child<QLabel>("codeInstructionLabel");
    QVERIFY(instruction && instruction->isVisible());
    QCOMPARE(instruction->buddy(), codeEdit);
    QCOMPARE(h.flow.codeLength(), 6);
    QCOMPARE(instruction->text(),
             QStringLiteral("Enter the 6-digit code sent to %1").arg(unbreakable(h.flow.maskedPhone())));
    QVERIFY(h.flow.maskedPhone().endsWith(QStringLiteral("42")));
    QTest::keyClicks(codeEdit, wrongCodeFor(code)); // auto-submits at full length
    QTRY_VERIFY(h.errorLabel()->isVisible());
    // The sandbox's backend announces the attempts its Verify has left (five per verification).
    QCOMPARE(h.errorLabel()->text(),
             AuthError::tr("That code is not correct. %n attempt(s) left.", nullptr, 4));
    QVERIFY(h.errorLabel()->text().contains(QStringLiteral(" 4 attempt")));
    // Right under the field, above the resend and number links.
    QWidget *page = h.wizard.currentPage();
    const int fieldBottom = codeEdit->mapTo(page, QPoint(0, codeEdit->height())).y();
    const int errorTop = h.errorLabel()->mapTo(page, QPoint(0, 0)).y();
    auto *resend = h.child<QPushButton>("resendButton");
    QVERIFY2(errorTop >= fieldBottom && errorTop < resend->mapTo(page, QPoint(0, 0)).y(),
             qPrintable(QStringLiteral("field ends %1, error at %2").arg(fieldBottom).arg(errorTop)));
    QCOMPARE(codeEdit->text(), QString());
    QVERIFY(!codeEdit->isReadOnly());
    QCOMPARE(h.wizard.focusWidget(), codeEdit);
    QCOMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));
    shoot(h.wizard, QStringLiteral("3-code-error"));

    // A partial code is refused locally and kept, so the user can finish it.
    QTest::keyClicks(codeEdit, code.left(3));
    QVERIFY(!h.errorLabel()->isVisible());
    QTest::keyClick(codeEdit, Qt::Key_Return);
    QTRY_VERIFY(h.errorLabel()->isVisible());
    QCOMPARE(codeEdit->text(), code.left(3));
    QCOMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));

    QTest::keyClicks(codeEdit, code.mid(3));
    QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::DonePageId));
}

void TestSignInWizard::pastedCodeIsNormalisedAndSubmitted()
{
    Harness h;
    reachCodePage(h);
    const QString code = h.lastCode();
    QVERIFY(code.size() >= 4);
    auto *codeEdit = h.child<CodeLineEdit>("codeLineEdit");
    codeEdit->setFocus();
    QApplication::clipboard()->setText(
        QStringLiteral("Your Latchkey code: %1-%2").arg(code.left(3), code.mid(3)));
    QTest::keySequence(codeEdit, QKeySequence::Paste);
    QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::DonePageId));
}

void TestSignInWizard::differentNumberGoesBackToPhonePage()
{
    Harness h;
    reachCodePage(h);
    auto *different = h.child<QPushButton>("differentNumberButton");
    QVERIFY(different && different->isVisible());
    QTest::mouseClick(different, Qt::LeftButton);
    QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::PhonePageId));
    auto *phone = h.child<QLineEdit>("phoneLineEdit");
    QCOMPARE(phone->text(), QStringLiteral("(202) 555-0142")); // still there to correct
    QCOMPARE(h.wizard.visitedIds(),
             QList<int>({int(SignInWizard::PasswordPageId), int(SignInWizard::PhonePageId)}));
    clickNext(h);
    QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));
}

void TestSignInWizard::resendAndCallBecomeAvailableAfterTheirCountdowns()
{
    Harness h(true, {"[Auth]\nResendCooldownSeconds=1\nCallFallbackSeconds=1\n", {}});
    reachCodePage(h);
    auto *resend = h.child<QPushButton>("resendButton");
    auto *call = h.child<QPushButton>("callButton");
    QTRY_VERIFY(resend->isEnabled());
    QCOMPARE(resend->text(), QStringLiteral("&Resend code"));
    QTRY_VERIFY(call->isEnabled());
    QCOMPARE(call->text(), QStringLiteral("&Call me instead"));
    shoot(h.wizard, QStringLiteral("3-code-resend-ready"));

    QTest::mouseClick(call, Qt::LeftButton);
    QTRY_COMPARE(h.outbox.messages().size(), 2);
    QCOMPARE(h.outbox.messages().last().channel, Channel::Call);
    QTRY_COMPARE(currentPageChild<QLabel>(h.wizard, "descriptionLabel")->text(),
                 QStringLiteral("Calling %1 to read out the code").arg(unbreakable(h.flow.maskedPhone())));
    QVERIFY(!call->isVisible()); // already a call
    QTRY_VERIFY(resend->isEnabled());
    QCOMPARE(resend->text(), QStringLiteral("Call &again"));
    auto *outboxList = h.panel->findChild<QListWidget *>(QStringLiteral("outboxListWidget"));
    QCOMPARE(outboxList->count(), 2);
    QVERIFY(
        outboxList->item(0)->text().startsWith(QStringLiteral("Call to +1 202 555 0142: "))); // newest first
    shoot(h.wizard, QStringLiteral("3-code-by-call"));

    QTest::keyClicks(h.child<QLineEdit>("codeLineEdit"), h.lastCode());
    QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::DonePageId));
}

void TestSignInWizard::cancelDuringCodeCheckOffersTryAgain()
{
    Harness h;
    reachCodePage(h);
    auto *codeEdit = h.child<CodeLineEdit>("codeLineEdit");
    auto *retry = h.child<QPushButton>("retryButton");
    QVERIFY(!retry->isVisible());
    QTest::keyClicks(codeEdit, h.lastCode());
    QVERIFY(h.flow.isBusy()); // auto-submitted; the answer has not arrived yet
    QVERIFY(codeEdit->isReadOnly());
    QCOMPARE(h.wizard.button(QWizard::CommitButton)->text(), QStringLiteral("Verifying…"));
    QVERIFY(!h.wizard.button(QWizard::CommitButton)->isEnabled());

    // Cancel stops the check; the code may have reached the server, so only an explicit retry resends it.
    QTest::mouseClick(h.wizard.button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(h.wizard.isVisible());
    QVERIFY(!h.flow.isBusy());
    QCOMPARE(codeEdit->text(), h.lastCode());
    QVERIFY(retry->isVisible() && retry->isEnabled());
    QVERIFY(h.child<QLabel>("retryLabel")->isVisible());
    shoot(h.wizard, QStringLiteral("3-code-try-again"));
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(h.flow.isBusy());
    expectRetryOutcome(h);
}

void TestSignInWizard::verifyAfterAnInterruptedCheckRetriesTheSameCode()
{
    Harness h;
    reachCodePage(h);
    auto *codeEdit = h.child<CodeLineEdit>("codeLineEdit");
    QTest::keyClicks(codeEdit, h.lastCode());
    QVERIFY(h.flow.isBusy());
    QTest::mouseClick(h.wizard.button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(!h.flow.isBusy());
    clickNext(h); // Verify, with the same code still in the field
    QVERIFY(h.flow.isBusy());
    expectRetryOutcome(h);
}

void TestSignInWizard::tooManyWrongCodesShowLockoutCountdown()
{
    Harness h;
    reachCodePage(h);
    auto *codeEdit = h.child<CodeLineEdit>("codeLineEdit");
    h.typeWrongCodesUntilLockout();
    QTRY_COMPARE(h.flow.error().kind, AuthError::Kind::TooManyChecks);
    QVERIFY(h.flow.lockoutSecondsLeft() > 0);
    QVERIFY2(h.errorLabel()->text().startsWith(QStringLiteral("Too many wrong codes. Try again in ")),
             qPrintable(h.errorLabel()->text()));
    QVERIFY(h.errorLabel()->text().contains(QLatin1Char(':'))); // a live m:ss countdown
    QVERIFY(codeEdit->isReadOnly());
    QVERIFY(codeEdit->text().isEmpty());
    QVERIFY(!h.wizard.button(QWizard::CommitButton)->isEnabled());
    QVERIFY(!h.child<QPushButton>("resendButton")->isEnabled());
    // Only the lockout counts down: no resend or call countdown as if one were coming.
    QVERIFY(!h.child<QPushButton>("resendButton")->isVisible());
    QVERIFY(!h.child<QPushButton>("callButton")->isVisible());
    QCOMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));
    shoot(h.wizard, QStringLiteral("3-code-lockout"));
}

void TestSignInWizard::keychainFailureShowsNotice()
{
    Harness h;
    h.secrets.failOperations(SecretStore::Error::NoKeychain, QStringLiteral("No keychain is available."));
    showWizard(h);
    h.child<QCheckBox>("rememberCheckBox")->setChecked(true); // something to keep, and nowhere to keep it
    signInWithPassword(h);
    auto *notice = h.child<QLabel>("noticeLabel");
    QTRY_VERIFY(notice->isVisible());
    QCOMPARE(notice->text(), h.flow.notice());
    QVERIFY(!h.errorLabel()->isVisible()); // a remark, not a failure
    shoot(h.wizard, QStringLiteral("2-phone-notice"));
}

void TestSignInWizard::cancelClosesAndFinishesCancelled()
{
    Harness h;
    QSignalSpy finished(&h.flow, &SignInFlow::finished);
    showWizard(h);
    signInWithPassword(h);
    QTest::mouseClick(h.wizard.button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY(!h.wizard.isVisible());
    QCOMPARE(h.wizard.result(), int(QDialog::Rejected));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<SignInFlow::Outcome>(), SignInFlow::Outcome::Cancelled);
    QVERIFY(h.flow.isFinished());
}

void TestSignInWizard::closingTheWindowCancels()
{
    Harness h(false); // as without the sandbox: no side panel
    QSignalSpy finished(&h.flow, &SignInFlow::finished);
    showWizard(h);
    shoot(h.wizard, QStringLiteral("0-password-without-panel"));
    QTest::keyClicks(h.child<QLineEdit>("usernameLineEdit"), QStringLiteral("demo"));
    QTest::keyClicks(h.child<QLineEdit>("passwordLineEdit"), QStringLiteral("latchkey-demo"));
    clickNext(h);
    QVERIFY(h.flow.isBusy());
    QVERIFY(h.wizard.close()); // even while a request runs, closing the window ends the sign-in
    QVERIFY(!h.wizard.isVisible());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<SignInFlow::Outcome>(), SignInFlow::Outcome::Cancelled);
}

void TestSignInWizard::everyVisibleInputControlHasAnAccessibleName()
{
    Harness h;
    showWizard(h);
    checkAccessibleNames(h);
    signInWithPassword(h);
    checkAccessibleNames(h);
    QTest::keyClicks(h.child<QLineEdit>("phoneLineEdit"), QStringLiteral("202 555 0142"));
    clickNext(h);
    QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));
    checkAccessibleNames(h);
    QCOMPARE(screenReaderText(h.child<QLineEdit>("codeLineEdit")), QStringLiteral("Sign-in code"));
    QTest::keyClicks(h.child<QLineEdit>("codeLineEdit"), h.lastCode());
    QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::DonePageId));
    checkAccessibleNames(h);
}

void TestSignInWizard::onlyAFlowThatMayEnrolHasAnEnrolmentPage()
{
    // The sandbox (as any backend) never enrols: the window never makes that page.
    Harness h;
    QVERIFY(!h.flow.mayEnrol());
    showWizard(h);
    QTRY_VERIFY(h.wizard.page(SignInWizard::DonePageId));
    QVERIFY(h.wizard.page(SignInWizard::PasswordPageId));
    QVERIFY(h.wizard.page(SignInWizard::PhonePageId));
    QVERIFY(h.wizard.page(SignInWizard::CodePageId));
    QCOMPARE(h.wizard.page(SignInWizard::EnrolmentPageId), nullptr);
}

void TestSignInWizard::makesTheLaterPagesOnlyAfterTheFirstFrame()
{
    Harness h;
    // Before it is shown, the window has only the page it opens on...
    QVERIFY(h.wizard.page(SignInWizard::PasswordPageId));
    QCOMPARE(h.wizard.page(SignInWizard::PhonePageId), nullptr);
    QCOMPARE(h.wizard.page(SignInWizard::CodePageId), nullptr);
    QCOMPARE(h.wizard.page(SignInWizard::DonePageId), nullptr);
    // ... whose button still says that a page follows.
    QCOMPARE(h.wizard.currentPage(), nullptr);
    QCOMPARE(h.wizard.page(SignInWizard::PasswordPageId)->nextId(), int(SignInWizard::PhonePageId));
    QSignalSpy firstFrame(&h.wizard, &SignInWizard::firstFrameDrawn);
    showWizard(h);
    QVERIFY(h.wizard.button(QWizard::NextButton)->isVisible());
    QVERIFY(!h.wizard.button(QWizard::FinishButton)->isVisible());
    QTRY_COMPARE(firstFrame.count(), 1);
    QTRY_VERIFY(h.wizard.page(SignInWizard::DonePageId));
    QCOMPARE(h.wizard.pageIds(), (QList<int>{SignInWizard::PasswordPageId, SignInWizard::PhonePageId,
                                             SignInWizard::CodePageId, SignInWizard::DonePageId}));
    // Made while the user looks at the first page, they change neither it nor its buttons.
    QCOMPARE(h.wizard.currentId(), int(SignInWizard::PasswordPageId));
    QVERIFY(h.wizard.button(QWizard::NextButton)->isVisible());
    QVERIFY(!h.wizard.button(QWizard::FinishButton)->isVisible());
    QCOMPARE(h.wizard.page(SignInWizard::CodePageId)->nextId(), int(SignInWizard::DonePageId));
    QCOMPARE(h.wizard.page(SignInWizard::DonePageId)->nextId(), -1);
}

void TestSignInWizard::makesAPageTheFlowNeedsBeforeTheFirstFrame()
{
    // A flow that moves on before the window has drawn anything still finds its page.
    Harness h;
    QCOMPARE(h.wizard.page(SignInWizard::PhonePageId), nullptr);
    QVERIFY(h.listening);
    h.flow.submitPassword(BackendEmulator::demoAccount().username, BackendEmulator::demoAccount().password);
    QTRY_COMPARE(h.flow.step(), SignInFlow::Step::Phone);
    QVERIFY(h.wizard.page(SignInWizard::PhonePageId));
    h.wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
    QCOMPARE(h.wizard.currentId(), int(SignInWizard::PhonePageId));
}

QTEST_MAIN(TestSignInWizard)
#include "TestSignInWizard.moc"
