#include "CodeLineEdit.h"
#include "CountdownButton.h"
#include "SignInWizard.h"

#include "FakeWizardHarness.h"
#include "WizardHarness.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace latchkey;
using namespace latchkey::testing;

namespace {

/** A dark palette as a dark desktop theme sets it (every role a page may use, disabled text included). */
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor disabledText(0xa8, 0xa8, 0xa8);
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
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabledText);
    }
    return p;
}

double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

/** WCAG 2 contrast ratio, 1 to 21. */
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/** The colour behind a widget that paints no background of its own: the nearest one that does. */
QColor backgroundBehind(const QWidget *widget)
{
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (w->autoFillBackground() || w->isWindow()) {
            return w->palette().color(w->backgroundRole());
        }
    }
    return widget->palette().color(QPalette::Window);
}

} // namespace

/**
 * Every page in a forced dark palette (Fusion): each visible label, button and field draws its text with at
 * least 4.5:1 contrast against what is behind it (errors, hints, the masked number, the countdowns and the
 * lockout included), and nothing carries a hard-coded stylesheet colour. The pages are saved as PNGs.
 */
class TestDarkPalette : public QObject
{
    Q_OBJECT

    QTemporaryDir m_shots{QDir::tempPath() + QStringLiteral("/latchkey-dark-XXXXXX")};

    void checkPage(WizardHarness &h, const QString &name) { checkPage(h.wizard, name); }

    void checkPage(SignInWizard &wizard, const QString &name)
    {
        QCoreApplication::processEvents();
        const QString file = m_shots.filePath(name + QStringLiteral(".png"));
        QVERIFY(wizard.grab().save(file));
        int checked = 0;
        const QList<QWidget *> widgets = wizard.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible()) {
                continue;
            }
            QVERIFY2(!widget->styleSheet().contains(QRegularExpression(QStringLiteral("color|background"))),
                     qPrintable(widget->objectName() + QStringLiteral(": ") + widget->styleSheet()));
            const QPalette::ColorGroup group = widget->isEnabled() ? QPalette::Active : QPalette::Disabled;
            QColor foreground;
            QColor background;
            QString text;
            if (auto *label = qobject_cast<QLabel *>(widget); label && !label->text().isEmpty()) {
                foreground = label->palette().color(group, label->foregroundRole());
                background = label->autoFillBackground()
                                 ? label->palette().color(group, label->backgroundRole())
                                 : backgroundBehind(label);
                text = label->text();
            } else if (auto *button = qobject_cast<QPushButton *>(widget);
                       button && !button->text().isEmpty()) {
                foreground = button->palette().color(group, QPalette::ButtonText);
                background = button->isFlat() ? backgroundBehind(button)
                                              : button->palette().color(group, QPalette::Button);
                text = button->text();
            } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
                foreground = edit->palette().color(group, QPalette::Text);
                background = edit->palette().color(group, QPalette::Base);
                text = edit->objectName();
            } else {
                continue;
            }
            const double ratio = contrast(foreground, background);
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QStringLiteral("%1 on %2: \"%3\" (%4) %5 on %6 = %7:1")
                                    .arg(name, QString::fromLatin1(widget->metaObject()->className()), text,
                                         widget->objectName(), foreground.name(), background.name())
                                    .arg(ratio, 0, 'f', 2)));
            ++checked;
        }
        QVERIFY2(checked >= 4, qPrintable(name));
    }

private slots:
    void initTestCase()
    {
        useTestApplication(QStringLiteral("TestDarkPalette"));
        QVERIFY(m_shots.isValid());
        m_shots.setAutoRemove(false); // kept for people to look at
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        qInfo().noquote() << "dark-palette screenshots in" << m_shots.path();
    }

    void everyPageReadsInTheDark()
    {
        WizardHarness h({}, HarnessSandbox::InProcessManualClock);
        QVERIFY(h.listening);
        h.wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
        const DemoAccount demo = BackendEmulator::demoAccount();
        QTest::keyClicks(h.child<QLineEdit>("usernameLineEdit"), demo.username);
        QTest::keyClicks(h.child<QLineEdit>("passwordLineEdit"), QStringLiteral("not-the-password"));
        QTest::keyClick(h.child<QLineEdit>("passwordLineEdit"), Qt::Key_Return);
        QTRY_VERIFY(h.child<QLabel>("errorLabel")->isVisible());
        checkPage(h, QStringLiteral("1-password-error"));

        h.child<QLineEdit>("passwordLineEdit")->clear();
        QTest::keyClicks(h.child<QLineEdit>("passwordLineEdit"), demo.password);
        QTest::keyClick(h.child<QLineEdit>("passwordLineEdit"), Qt::Key_Return);
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::PhonePageId));
        QTest::keyClicks(h.child<QLineEdit>("phoneLineEdit"), QStringLiteral("+1 202 555 0142"));
        checkPage(h, QStringLiteral("2-phone"));

        QTest::keyClick(h.child<QLineEdit>("phoneLineEdit"), Qt::Key_Return);
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));
        QTRY_VERIFY(!h.lastCode().isEmpty());
        QVERIFY(
            h.child<CountdownButton>("resendButton")->shownText().contains(QLatin1Char(':'))); // a countdown
        checkPage(h, QStringLiteral("3-code-countdown"));

        // The lockout countdown, in the error colour.
        auto *codeEdit = h.child<CodeLineEdit>("codeLineEdit");
        h.typeWrongCodesUntilLockout();
        QTRY_VERIFY(h.flow.lockoutSecondsLeft() > 0);
        checkPage(h, QStringLiteral("4-code-lockout"));

        // After the lockout a new code, then Done.
        h.clock.advanceSeconds(h.flow.lockoutSecondsLeft() + 1);
        QTRY_VERIFY(h.child<QPushButton>("resendButton")->isEnabled());
        QTest::mouseClick(h.child<QPushButton>("resendButton"), Qt::LeftButton);
        QTRY_VERIFY(!h.flow.isBusy());
        QTRY_VERIFY(!codeEdit->isReadOnly());
        QTest::keyClicks(codeEdit, h.lastCode());
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::DonePageId));
        checkPage(h, QStringLiteral("5-done"));
    }

    void theEnrolmentPageReadsInTheDark()
    {
        // Direct mode's first run, with a scripted service: strength feedback and a mismatch error shown.
        FakeWizardHarness f;
        f.auth.enrolmentNeeded = true;
        f.wizard.show();
        f.flow.start();
        QVERIFY(QTest::qWaitForWindowExposed(&f.wizard));
        QTRY_COMPARE(f.wizard.currentId(), int(SignInWizard::EnrolmentPageId));
        const auto find = [&f](const char *name) { return currentPageChild<QLineEdit>(f.wizard, name); };
        QTest::keyClicks(find("enrolUsernameLineEdit"), QStringLiteral("ada"));
        QTest::keyClicks(find("newPasswordLineEdit"), QStringLiteral("1234567890"));
        QTest::keyClicks(find("confirmPasswordLineEdit"), QStringLiteral("1234567891"));
        QVERIFY(f.wizard.currentPage()
                    ->findChild<QProgressBar *>(QStringLiteral("strengthProgressBar"))
                    ->isVisible());
        checkPage(f.wizard, QStringLiteral("0-enrolment"));
    }
};

QTEST_MAIN(TestDarkPalette)
#include "TestDarkPalette.moc"
