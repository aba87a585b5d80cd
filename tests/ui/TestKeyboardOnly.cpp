#include "SignInWizard.h"

#include "WizardHarness.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

namespace {

/** The control that has focus, as a person sees it: an editable combo box rather than its inner field. */
QWidget *focusedControl()
{
    QWidget *focus = QApplication::focusWidget();
    if (focus && qobject_cast<QComboBox *>(focus->parentWidget())) {
        return focus->parentWidget();
    }
    return focus;
}

QString nameOf(QWidget *widget)
{
    if (!widget) {
        return QStringLiteral("(nothing)");
    }
    if (auto *button = qobject_cast<QAbstractButton *>(widget); button && widget->objectName().isEmpty()) {
        return QStringLiteral("button:") + button->text().remove(QLatin1Char('&'));
    }
    return widget->objectName();
}

/** Presses Tab (or Shift+Tab) until focus comes back where it started; the controls visited, in order. */
QStringList tabCycle(Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QStringList visited{nameOf(focusedControl())};
    for (int i = 0; i < 30; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, modifiers);
        const QString name = nameOf(focusedControl());
        if (name == visited.constFirst()) {
            return visited;
        }
        visited << name;
    }
    return visited << QStringLiteral("(no cycle)");
}

/** Every control a keyboard user must be able to reach on the current page, plus the wizard's buttons. */
QStringList reachableControls(const SignInWizard &wizard)
{
    QStringList names;
    QList<QWidget *> widgets = wizard.currentPage()->findChildren<QWidget *>();
    for (const QWizard::WizardButton which :
         {QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton}) {
        widgets << wizard.button(which);
    }
    for (QWidget *widget : std::as_const(widgets)) {
        if (qobject_cast<QComboBox *>(widget->parentWidget())) {
            continue; // the combo box itself counts
        }
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)) {
            names << nameOf(widget);
        }
    }
    names.sort();
    return names;
}

/** `earlier` comes before `later` in the cycle. */
bool before(const QStringList &cycle, const QString &earlier, const QString &later)
{
    const qsizetype a = cycle.indexOf(earlier);
    const qsizetype b = cycle.indexOf(later);
    return a >= 0 && b >= 0 && a < b;
}

} // namespace

/**
 * The whole sign-in by keyboard alone: every page opens with focus on its primary field, Tab visits every
 * control once in reading order (and Shift+Tab goes back the same way), Space and the arrows work the
 * controls, Enter submits, and the code typed into the focused field signs in.
 */
class TestKeyboardOnly : public QObject
{
    Q_OBJECT

    static void checkCycle(const SignInWizard &wizard, const QStringList &orderedPrefix)
    {
        const QString start = nameOf(focusedControl());
        const QStringList forward = tabCycle();
        QStringList sortedForward = forward;
        sortedForward.sort();
        // Every reachable control exactly once: nothing skipped, nothing twice, no trap.
        QVERIFY2(sortedForward == reachableControls(wizard),
                 qPrintable(forward.join(QStringLiteral(" → ")) + QStringLiteral(" / expected ") +
                            reachableControls(wizard).join(QStringLiteral(", "))));
        // Reading order, read from the first named control round the cycle.
        QStringList fromFirst = forward;
        if (!orderedPrefix.isEmpty()) {
            const qsizetype first = forward.indexOf(orderedPrefix.constFirst());
            QVERIFY2(first >= 0, qPrintable(forward.join(QStringLiteral(" → "))));
            fromFirst = forward.mid(first) + forward.mid(0, first);
        }
        for (qsizetype i = 1; i < orderedPrefix.size(); ++i) {
            QVERIFY2(before(fromFirst, orderedPrefix.at(i - 1), orderedPrefix.at(i)),
                     qPrintable(fromFirst.join(QStringLiteral(" → "))));
        }
        // The page's own controls come before the wizard's buttons.
        QVERIFY2(fromFirst.isEmpty() || !fromFirst.constFirst().startsWith(QLatin1String("qt_wizard")),
                 qPrintable(fromFirst.join(QStringLiteral(" → "))));
        // Shift+Tab walks the same cycle backwards.
        QCOMPARE(nameOf(focusedControl()), start);
        QStringList backward = tabCycle(Qt::ShiftModifier);
        std::reverse(backward.begin() + 1, backward.end());
        QVERIFY2(backward == forward, qPrintable(backward.join(QStringLiteral(" ← "))));
        QCOMPARE(nameOf(focusedControl()), start);
    }

private slots:
    void initTestCase() { useTestApplication(QStringLiteral("TestKeyboardOnly")); }

    void signInWithTheKeyboardAlone()
    {
        WizardHarness h; // without the side panel
        QVERIFY(h.listening);
        QSignalSpy finished(&h.flow, &SignInFlow::finished);
        h.wizard.show();
        QApplication::setActiveWindow(&h.wizard);
        QVERIFY(QTest::qWaitForWindowActive(&h.wizard));
        const DemoAccount demo = BackendEmulator::demoAccount();

        // Password page: focus on the username; Tab order username → password → remember → buttons.
        QCOMPARE(h.wizard.currentId(), int(SignInWizard::PasswordPageId));
        QTRY_COMPARE(nameOf(focusedControl()), QStringLiteral("usernameLineEdit"));
        checkCycle(h.wizard, {QStringLiteral("usernameLineEdit"), QStringLiteral("passwordLineEdit"),
                              QStringLiteral("rememberCheckBox")});
        QTest::keyClicks(QApplication::focusWidget(), demo.username);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(nameOf(focusedControl()), QStringLiteral("passwordLineEdit"));
        QTest::keyClicks(QApplication::focusWidget(), demo.password);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *remember = qobject_cast<QCheckBox *>(focusedControl());
        QVERIFY(remember);
        const bool rememberBefore = remember->isChecked();
        QTest::keyClick(remember, Qt::Key_Space); // Space works the check box...
        QCOMPARE(remember->isChecked(), !rememberBefore);
        QTest::keyClick(remember, Qt::Key_Space);
        QCOMPARE(remember->isChecked(), rememberBefore);
        QTest::keyClick(remember, Qt::Key_Tab, Qt::ShiftModifier); // ...and back to the password
        QCOMPARE(nameOf(focusedControl()), QStringLiteral("passwordLineEdit"));
        // The eye button takes no focus: Alt+F8 shows the password and hides it again.
        auto *passwordEdit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(passwordEdit);
        QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
        QTest::keyClick(passwordEdit, Qt::Key_F8, Qt::AltModifier);
        QCOMPARE(passwordEdit->echoMode(), QLineEdit::Normal);
        QTest::keyClick(passwordEdit, Qt::Key_F8, Qt::AltModifier);
        QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Enter submits

        // Phone page: focus on the number; country → number → channel → buttons.
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::PhonePageId));
        QTRY_COMPARE(nameOf(focusedControl()), QStringLiteral("phoneLineEdit"));
        checkCycle(h.wizard, {QStringLiteral("countryComboBox"), QStringLiteral("phoneLineEdit"),
                              QStringLiteral("channelComboBox")});
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("+1 202 555 0142"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *channel = qobject_cast<QComboBox *>(focusedControl());
        QVERIFY(channel);
        QCOMPARE(channel->objectName(), QStringLiteral("channelComboBox"));
        const int channelBefore = channel->currentIndex();
        QVERIFY(channel->count() > 1);
        QTest::keyClick(channel, Qt::Key_Down); // the arrows choose the channel
        QCOMPARE(channel->currentIndex(), channelBefore + 1);
        QTest::keyClick(channel, Qt::Key_Up);
        QCOMPARE(channel->currentIndex(), channelBefore);
        QTest::keyClick(channel, Qt::Key_Return);

        // Code page: focus on the code field; the code typed there signs in by itself.
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));
        QTRY_VERIFY(!h.lastCode().isEmpty());
        QTRY_COMPARE(nameOf(focusedControl()), QStringLiteral("codeLineEdit"));
        checkCycle(h.wizard, {QStringLiteral("codeLineEdit"), QStringLiteral("differentNumberButton")});
        QTest::keyClicks(QApplication::focusWidget(), h.lastCode());

        // Done page: Enter finishes.
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::DonePageId));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.constFirst().constFirst().value<SignInFlow::Outcome>(),
                 SignInFlow::Outcome::SignedIn);
        // Focus lands on Finish, the page's one expected action; Sign out is the page's own control.
        QTRY_COMPARE(nameOf(focusedControl()), QStringLiteral("qt_wizard_finish"));
        checkCycle(h.wizard, {QStringLiteral("signOutButton")});
        QVERIFY(h.wizard.button(QWizard::FinishButton)->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // wherever focus is, Enter finishes
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!h.wizard.isVisible());
        QCOMPARE(h.wizard.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestKeyboardOnly)
#include "TestKeyboardOnly.moc"
