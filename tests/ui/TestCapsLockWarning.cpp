#include "CapsLockState.h"
#include "CapsLockWarning.h"
#include "FakeWizardHarness.h"
#include "PasswordPage.h"
#include "SignInWizard.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

namespace {

/** Caps Lock as the test says; shared so the test can flip it after handing it to the page. */
class FakeCapsLockState : public CapsLockState
{
public:
    explicit FakeCapsLockState(std::shared_ptr<State> state)
        : m_state(std::move(state))
    {}
    State state() const override { return *m_state; }

private:
    std::shared_ptr<State> m_state;
};

} // namespace

/** The password pages' Caps Lock warning, driven by a fake state and real key and focus events. */
class TestCapsLockWarning : public QObject
{
    Q_OBJECT

    struct Fixture : FakeWizardHarness
    {
        std::shared_ptr<CapsLockState::State> capsLock =
            std::make_shared<CapsLockState::State>(CapsLockState::State::Off);

        template<typename T>
        T *find(const char *name)
        {
            return requireChild<T>(wizard.currentPage(), name);
        }
    };

private slots:
    void passwordPageWarnsWhileThePasswordHasFocusAndCapsLockIsOn()
    {
        Fixture f;
        f.wizard.passwordPage()->setCapsLockState(std::make_unique<FakeCapsLockState>(f.capsLock));
        f.wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&f.wizard));
        auto *label = f.find<QLabel>("capsLockLabel");
        auto *username = f.find<QLineEdit>("usernameLineEdit");
        auto *password = f.find<QLineEdit>("passwordLineEdit");
        QCOMPARE(screenReaderText(password, QAccessible::Description),
                 QStringLiteral("Press Enter to sign in. Alt+F8 shows or hides the password"));

        *f.capsLock = CapsLockState::State::On;
        QTest::keyClick(username, Qt::Key_CapsLock);
        QVERIFY2(label->isHidden(), "only under the password field's focus");

        password->setFocus(Qt::TabFocusReason);
        QVERIFY(password->hasFocus());
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), QStringLiteral("Caps Lock is on"));
        QCOMPARE(screenReaderText(label, QAccessible::Name), QStringLiteral("Caps Lock is on"));
        QCOMPARE(
            screenReaderText(password, QAccessible::Description),
            QStringLiteral("Caps Lock is on. Press Enter to sign in. Alt+F8 shows or hides the password"));

        // Pressing Caps Lock again turns it off: the key's own events re-check.
        *f.capsLock = CapsLockState::State::Off;
        QTest::keyClick(password, Qt::Key_CapsLock);
        QVERIFY(label->isHidden());
        QCOMPARE(screenReaderText(password, QAccessible::Description),
                 QStringLiteral("Press Enter to sign in. Alt+F8 shows or hides the password"));
        *f.capsLock = CapsLockState::State::On;
        QTest::keyClick(password, Qt::Key_CapsLock);
        QVERIFY(label->isVisible());

        // Leaving the field hides it; coming back (as when the window is activated again) re-checks.
        username->setFocus(Qt::TabFocusReason);
        QVERIFY(label->isHidden());
        *f.capsLock = CapsLockState::State::Off;
        password->setFocus(Qt::ActiveWindowFocusReason);
        QVERIFY(label->isHidden());
    }

    void unknownStateNeverWarns()
    {
        Fixture f;
        *f.capsLock = CapsLockState::State::Unknown;
        f.wizard.passwordPage()->setCapsLockState(std::make_unique<FakeCapsLockState>(f.capsLock));
        f.wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&f.wizard));
        auto *password = f.find<QLineEdit>("passwordLineEdit");
        password->setFocus(Qt::TabFocusReason);
        QTest::keyClick(password, Qt::Key_CapsLock);
        QTest::keyClicks(password, QStringLiteral("SECRET"));
        QVERIFY(f.find<QLabel>("capsLockLabel")->isHidden());
        QCOMPARE(screenReaderText(password, QAccessible::Description),
                 QStringLiteral("Press Enter to sign in. Alt+F8 shows or hides the password"));
    }

    void withoutAnX11DisplayThePlatformCannotTell()
    {
        // The suite runs on the offscreen platform: the real implementation must say Unknown, not Off.
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("offscreen"));
        QCOMPARE(CapsLockState::forPlatform()->state(), CapsLockState::State::Unknown);
    }

    void enrolmentPageWarnsForBothPasswordFields()
    {
        Fixture f;
        f.auth.enrolmentNeeded = true;
        f.wizard.show();
        f.flow.start();
        QVERIFY(QTest::qWaitForWindowActive(&f.wizard));
        QTRY_COMPARE(f.wizard.currentId(), int(SignInWizard::EnrolmentPageId));
        auto *warning = f.wizard.currentPage()->findChild<CapsLockWarning *>();
        QVERIFY(warning);
        warning->setState(std::make_unique<FakeCapsLockState>(f.capsLock));
        auto *label = f.find<QLabel>("capsLockLabel");
        auto *password = f.find<QLineEdit>("newPasswordLineEdit");
        auto *confirm = f.find<QLineEdit>("confirmPasswordLineEdit");

        password->setFocus(Qt::TabFocusReason);
        QVERIFY(label->isHidden());
        *f.capsLock = CapsLockState::State::On;
        QTest::keyClick(password, Qt::Key_CapsLock);
        QVERIFY(label->isVisible());
        QVERIFY(screenReaderText(password, QAccessible::Description)
                    .startsWith(QStringLiteral("Caps Lock is on.")));
        confirm->setFocus(Qt::TabFocusReason);
        QVERIFY(label->isVisible());
        QCOMPARE(screenReaderText(confirm, QAccessible::Description), QStringLiteral("Caps Lock is on."));
        QVERIFY(!screenReaderText(password, QAccessible::Description).contains(QStringLiteral("Caps Lock")));
        f.find<QLineEdit>("enrolUsernameLineEdit")->setFocus(Qt::TabFocusReason);
        QVERIFY(label->isHidden());
    }
};

QTEST_MAIN(TestCapsLockWarning)
#include "TestCapsLockWarning.moc"
