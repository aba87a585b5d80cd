// Keys typed as soon as the window appears, while the flow still reads the keychain (the remembered session,
// the last number: as long as the keychain takes, a second or more on a cold desktop), must all arrive, in
// the field the user is typing in. Read-only inputs during that read dropped them.

#include "SignInWizard.h"

#include "WizardHarness.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

namespace {

/** latchkey --sandbox --user demo: the username is filled in, the password is what the user types. */
class PrefilledUsernameHarness : public detail::HarnessParts, public WizardWindow
{
public:
    PrefilledUsernameHarness()
        : HarnessParts(HarnessSandbox::InProcess)
        , WizardWindow({QStringLiteral("--sandbox"), QStringLiteral("--user"), QStringLiteral("demo")},
                       &secrets, Clock::system(), {}, inProcess->baseUrl())
    {}
};

} // namespace

class TestTypingAtStartUp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { useTestApplication(QStringLiteral("TestTypingAtStartUp")); }

    void keysTypedWhileTheKeychainIsReadAreKept()
    {
        WizardHarness h({}, HarnessSandbox::InProcess);
        h.secrets.setReadDelay(1000);
        h.wizard.show();
        QApplication::setActiveWindow(&h.wizard);
        QVERIFY(QTest::qWaitForWindowActive(&h.wizard));
        h.flow.start(); // as the window's first frame does
        QVERIFY(h.flow.isPreparing());
        auto *username = h.child<QLineEdit>("usernameLineEdit");
        auto *password = h.child<QLineEdit>("passwordLineEdit");
        QVERIFY(username && password);
        QCOMPARE(QApplication::focusWidget(), username);

        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("de"));
        QVERIFY(h.flow.isBusy()); // still reading
        QCOMPARE(username->text(), QStringLiteral("de"));
        QTRY_VERIFY_WITH_TIMEOUT(!h.flow.isBusy(), 5000);
        // The read's end does not move the focus from under the user, who finishes the word.
        QCOMPARE(QApplication::focusWidget(), username);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("mo"));
        QCOMPARE(username->text(), QStringLiteral("demo"));
        QVERIFY(password->text().isEmpty());
    }

    void withAPrefilledUsernameTheFirstKeysGoToThePassword()
    {
        // QWizard gives the focus to the page's first field once it has shown it: the username, already
        // filled in and selected, which the keys would replace, in clear text.
        PrefilledUsernameHarness h;
        h.secrets.setReadDelay(1000);
        h.wizard.show();
        QApplication::setActiveWindow(&h.wizard);
        QVERIFY(QTest::qWaitForWindowActive(&h.wizard));
        h.flow.start();
        auto *username = h.child<QLineEdit>("usernameLineEdit");
        auto *password = h.child<QLineEdit>("passwordLineEdit");
        QVERIFY(username && password);
        QCOMPARE(username->text(), QStringLiteral("demo"));
        QCOMPARE(QApplication::focusWidget(), password);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("latchkey-demo"));
        QVERIFY(h.flow.isPreparing());
        QTRY_VERIFY_WITH_TIMEOUT(!h.flow.isBusy(), 5000);
        QCOMPARE(username->text(), QStringLiteral("demo"));
        QCOMPARE(password->text(), QStringLiteral("latchkey-demo"));
        QCOMPARE(QApplication::focusWidget(), password);
    }

    void aPasswordTypedWhileTheKeychainIsReadIsKeptAndNotSentEarly()
    {
        WizardHarness h({}, HarnessSandbox::InProcess);
        h.secrets.setReadDelay(1000);
        h.wizard.show();
        QApplication::setActiveWindow(&h.wizard);
        QVERIFY(QTest::qWaitForWindowActive(&h.wizard));
        h.flow.start();
        auto *username = h.child<QLineEdit>("usernameLineEdit");
        auto *password = h.child<QLineEdit>("passwordLineEdit");
        QVERIFY(username && password);
        QTest::keyClicks(username, QStringLiteral("demo"));
        QTest::keyClick(username, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), password);
        QTest::keyClicks(password, QStringLiteral("latchkey-demo"));
        QTest::keyClick(password, Qt::Key_Return); // too early: nothing is sent while the keychain is read
        QVERIFY(h.flow.isPreparing());
        QCOMPARE(password->text(), QStringLiteral("latchkey-demo"));
        QVERIFY(!h.wizard.button(QWizard::NextButton)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!h.flow.isBusy(), 5000);
        QCOMPARE(h.wizard.currentId(), int(SignInWizard::PasswordPageId));
        QCOMPARE(password->text(), QStringLiteral("latchkey-demo"));
        QVERIFY(h.wizard.button(QWizard::NextButton)->isEnabled());
    }
};

QTEST_MAIN(TestTypingAtStartUp)
#include "TestTypingAtStartUp.moc"
