#pragma once

// A walk through every page and state of a sandbox sign-in in the real wizard, for the tests (and the
// screenshot tool) that look at each one: a wrong password, the phone page empty, filled, by email and with
// the number on file, the code page counting down, locked out, and done. `visit` is called with a name for
// each state; a failed step ends the walk (check QTest::currentTestFailed() afterwards).

#include "Channel.h"
#include "CodeLineEdit.h"
#include "CountdownButton.h"
#include "FakeWizardHarness.h"
#include "WizardHarness.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace latchkey::testing {

using PageVisitor = std::function<void(const QString &name)>;

/**
 * A dark desktop theme as many set it: disabled text and placeholders barely lighter than the background
 * (2.1:1 and 1.9:1), the way a countdown on a disabled button and the phone number's example were painted.
 */
inline QPalette darkThemePalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor disabledText(0x6e, 0x6e, 0x6e);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::PlaceholderText, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabledText);
    }
    return p;
}

/**
 * Before the QApplication: the offscreen platform with a full-HD screen of its own. Its default (800×600)
 * would cap a window's first size at two thirds of it. QT_SCALE_FACTOR still applies on top. `dir` keeps the
 * screen's description and must outlive the application.
 */
inline void useFullHdOffscreenScreen(const QTemporaryDir &dir)
{
    const QString screenFile = dir.filePath(QStringLiteral("screen.json"));
    QFile screen(screenFile);
    if (!dir.isValid() || !screen.open(QIODevice::WriteOnly) ||
        screen.write(R"({"screens": [{"name": "screen", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                      "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})") < 0) {
        qFatal("cannot write the offscreen screen's configuration");
    }
    screen.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(screenFile));
}

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
    // Email to the address on file: no number to type, the button names where the code goes.
    auto *channel = h.child<QComboBox>("channelComboBox");
    const int sms = channel->currentIndex();
    channel->setCurrentIndex(channel->findData(int(Channel::Email)));
    QTRY_VERIFY(!h.child<QLineEdit>("phoneLineEdit")->isVisible());
    visit(QStringLiteral("2-phone-email"));
    channel->setCurrentIndex(sms);
    QTRY_VERIFY(h.child<QLineEdit>("phoneLineEdit")->isVisible());

    QTest::keyClick(h.child<QLineEdit>("phoneLineEdit"), Qt::Key_Return);
    QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));
    QTRY_VERIFY(!h.lastCode().isEmpty());
    QTRY_VERIFY(
        !h.outbox.lastCodeFor(h.demoPhone()).isEmpty()); // the sandbox phone beside the pages has it too
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

/**
 * The phone page when the number is known (the last sign-in's, as the keychain keeps it): the masked number
 * as the page's one action, "Use a different number" beside it.
 */
inline void tourNumberOnFile(WizardHarness &h, const PageVisitor &visit)
{
    QVERIFY(h.listening);
    h.secrets.setContents({{SecretKey::lastPhoneNumber, h.demoPhone().toUtf8()}});
    h.flow.start(); // reads the keychain, as SignInSession does
    QTRY_VERIFY(!h.flow.isBusy());
    h.wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
    const DemoAccount demo = BackendEmulator::demoAccount();
    QTest::keyClicks(h.child<QLineEdit>("usernameLineEdit"), demo.username);
    QTest::keyClicks(h.child<QLineEdit>("passwordLineEdit"), demo.password);
    QTest::keyClick(h.child<QLineEdit>("passwordLineEdit"), Qt::Key_Return);
    QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::PhonePageId));
    QTRY_VERIFY(h.child<QPushButton>("otherNumberButton")->isVisible());
    QVERIFY(!h.child<QLineEdit>("phoneLineEdit")->isVisible()); // nothing to type
    visit(QStringLiteral("2-phone-on-file"));
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

/** QTEST_MAIN on the full-HD offscreen screen (useFullHdOffscreenScreen). */
#define LATCHKEY_FULL_HD_TEST_MAIN(TestClass)                                                                \
    int main(int argc, char *argv[])                                                                         \
    {                                                                                                        \
        const QTemporaryDir screenDir;                                                                       \
        latchkey::testing::useFullHdOffscreenScreen(screenDir);                                              \
        QApplication app(argc, argv);                                                                        \
        TestClass test;                                                                                      \
        return QTest::qExec(&test, argc, argv);                                                              \
    }
