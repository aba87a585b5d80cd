#pragma once

// A walk through every page and state of a sandbox sign-in in the real wizard, for the tests (and the
// screenshot tool) that look at each one: a wrong password, the phone page empty and filled, the code page
// counting down, locked out, and done. `visit` is called with a name for each state; a failed step ends the
// walk (check QTest::currentTestFailed() afterwards).

#include "CodeLineEdit.h"
#include "CountdownButton.h"
#include "FakeWizardHarness.h"
#include "WizardHarness.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <functional>

namespace latchkey::testing {

using PageVisitor = std::function<void(const QString &name)>;

inline void tourEveryPage(WizardHarness &h, const PageVisitor &visit)
{
    QVERIFY(h.listening);
    h.wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
    const DemoAccount demo = BackendEmulator::demoAccount();
    visit(QStringLiteral("1-password"));
    QTest::keyClicks(h.child<QLineEdit>("usernameLineEdit"), demo.username);
    QTest::keyClicks(h.child<QLineEdit>("passwordLineEdit"), QStringLiteral("not-the-password"));
    QTest::keyClick(h.child<QLineEdit>("passwordLineEdit"), Qt::Key_Return);
    QTRY_VERIFY(h.child<QLabel>("errorLabel")->isVisible());
    visit(QStringLiteral("1-password-error"));

    h.child<QLineEdit>("passwordLineEdit")->clear();
    QTest::keyClicks(h.child<QLineEdit>("passwordLineEdit"), demo.password);
    QTest::keyClick(h.child<QLineEdit>("passwordLineEdit"), Qt::Key_Return);
    QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::PhonePageId));
    QTRY_VERIFY(!h.child<QLineEdit>("phoneLineEdit")->placeholderText().isEmpty());
    visit(QStringLiteral("2-phone-placeholder"));
    QTest::keyClicks(h.child<QLineEdit>("phoneLineEdit"), QStringLiteral("+1 202 555 0142"));
    visit(QStringLiteral("2-phone"));

    QTest::keyClick(h.child<QLineEdit>("phoneLineEdit"), Qt::Key_Return);
    QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));
    QTRY_VERIFY(!h.lastCode().isEmpty());
    QVERIFY(h.child<CountdownButton>("resendButton")->shownText().contains(QLatin1Char(':'))); // a countdown
    visit(QStringLiteral("3-code-countdown"));

    auto *codeEdit = h.child<CodeLineEdit>("codeLineEdit");
    h.typeWrongCodesUntilLockout();
    QTRY_VERIFY(h.flow.lockoutSecondsLeft() > 0);
    visit(QStringLiteral("4-code-lockout"));

    // After the lockout a new code, then Done.
    h.clock.advanceSeconds(h.flow.lockoutSecondsLeft() + 1);
    QTRY_VERIFY(h.child<QPushButton>("resendButton")->isEnabled());
    QTest::mouseClick(h.child<QPushButton>("resendButton"), Qt::LeftButton);
    QTRY_VERIFY(!h.flow.isBusy());
    QTRY_VERIFY(!codeEdit->isReadOnly());
    QTest::keyClicks(codeEdit, h.lastCode());
    QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::DonePageId));
    visit(QStringLiteral("5-done"));
}

/** Direct mode's first run, with a scripted service: strength feedback and a mismatch error shown. */
inline void tourEnrolmentPage(FakeWizardHarness &f, const PageVisitor &visit)
{
    f.auth.enrolmentNeeded = true;
    f.wizard.show();
    f.flow.start();
    QVERIFY(QTest::qWaitForWindowExposed(&f.wizard));
    QTRY_COMPARE(f.wizard.currentId(), int(SignInWizard::EnrolmentPageId));
    const auto find = [&f](const char *name) { return currentPageChild<QLineEdit>(f.wizard, name); };
    QTest::keyClicks(find("enrolUsernameLineEdit"), QStringLiteral("ada"));
    QTest::keyClicks(find("newPasswordLineEdit"), QStringLiteral("1234567890"));
    QTest::keyClicks(find("confirmPasswordLineEdit"), QStringLiteral("1234567891"));
    QVERIFY(f.wizard.currentPage()->findChild<QWidget *>(QStringLiteral("strengthProgressBar"))->isVisible());
    visit(QStringLiteral("0-enrolment"));
}

} // namespace latchkey::testing
