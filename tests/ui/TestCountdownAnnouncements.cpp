#include "CountdownButton.h"
#include "SignInWizard.h"

#include "WizardHarness.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

namespace {

/**
 * What a screen reader hears from each watched widget, sampled after every simulated second: its accessible
 * name and description, and for a button its text too, because QAbstractButton::setText sends NameChanged
 * whenever the text changes, even with a fixed accessible name. (The offscreen platform has no accessibility
 * bridge, so Qt delivers no QAccessibleEvent there to count directly.)
 */
struct AnnouncementSpy
{
    explicit AnnouncementSpy(QList<QWidget *> watched)
        : m_watched(std::move(watched))
    {
        for (QWidget *widget : std::as_const(m_watched)) {
            m_last[widget] = readable(widget);
        }
    }

    static QString readable(QWidget *widget)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        return (iface ? iface->text(QAccessible::Name) + QLatin1Char('|') +
                            iface->text(QAccessible::Description)
                      : QString()) +
               QLatin1Char('|') + (button ? button->text() : QString());
    }

    void sample()
    {
        for (QWidget *widget : std::as_const(m_watched)) {
            const QString now = readable(widget);
            if (now != m_last.value(widget)) {
                m_last[widget] = now;
                m_changes[widget] += 1;
            }
        }
    }
    int count(QWidget *widget) const { return m_changes.value(widget); }

private:
    QList<QWidget *> m_watched;
    QHash<QWidget *, QString> m_last;
    QHash<QWidget *, int> m_changes;
};

HarnessSettings longCountdowns()
{
    return {"[Auth]\nResendCooldownSeconds=75\nCallFallbackSeconds=70\n", {}};
}

} // namespace

/**
 * Screen readers hear a countdown at most every 15 seconds: over 60 simulated seconds the resend and call
 * buttons and the lockout message change their accessible name or description only a handful of times,
 * while the visible text ticks every second.
 */
class TestCountdownAnnouncements : public QObject
{
    Q_OBJECT

    void reachCodePage(WizardHarness &h)
    {
        QVERIFY(h.listening);
        h.wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
        const DemoAccount demo = BackendEmulator::demoAccount();
        QTest::keyClicks(h.child<QLineEdit>("usernameLineEdit"), demo.username);
        QTest::keyClicks(h.child<QLineEdit>("passwordLineEdit"), demo.password);
        QTest::keyClick(h.child<QLineEdit>("passwordLineEdit"), Qt::Key_Return);
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::PhonePageId));
        auto *country = h.child<QComboBox>("countryComboBox");
        country->setCurrentIndex(country->findData(QStringLiteral("US")));
        QTest::keyClicks(h.child<QLineEdit>("phoneLineEdit"), QStringLiteral("(202) 555-0142"));
        QTest::keyClick(h.child<QLineEdit>("phoneLineEdit"), Qt::Key_Return);
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::CodePageId));
        QTRY_VERIFY(!h.lastCode().isEmpty());
    }

    /** Moves the clock one second at a time; returns each distinct visible text of `widget`. */
    static QStringList tick(WizardHarness &h, int seconds, AnnouncementSpy &spy,
                            const std::function<QString()> &visibleText)
    {
        QStringList texts;
        for (int i = 0; i < seconds; ++i) {
            h.clock.advanceSeconds(1);
            QCoreApplication::processEvents();
            spy.sample();
            const QString text = visibleText();
            if (texts.isEmpty() || texts.constLast() != text) {
                texts << text;
            }
        }
        return texts;
    }

private slots:
    void initTestCase() { useTestApplication(QStringLiteral("TestCountdownAnnouncements")); }

    void resendAndCallCountdownsAreAnnouncedCoarsely()
    {
        WizardHarness h(longCountdowns(), HarnessSandbox::InProcessManualClock);
        reachCodePage(h);
        auto *resend = h.child<CountdownButton>("resendButton");
        auto *call = h.child<CountdownButton>("callButton");
        QVERIFY(resend && call);
        QVERIFY(resend->isVisible() && call->isVisible());
        QVERIFY(!resend->isEnabled());
        const QString resendName = resend->accessibleName();

        AnnouncementSpy spy({resend, call});
        const QStringList texts = tick(h, 60, spy, [&]() -> QString {
            return resend->shownText() + QLatin1Char('|') + call->shownText();
        });
        // The visible countdowns tick every second...
        QVERIFY2(texts.size() >= 55, qPrintable(texts.join(QLatin1Char('\n'))));
        QVERIFY(resend->shownText().contains(QStringLiteral("0:15")));
        // ...the names stay put, and the descriptions move in 15-second steps.
        QCOMPARE(resend->accessibleName(), resendName);
        QVERIFY2(spy.count(resend) <= 5, qPrintable(QString::number(spy.count(resend))));
        QVERIFY2(spy.count(call) <= 5, qPrintable(QString::number(spy.count(call))));
        QVERIFY(spy.count(resend) >= 1); // the description does follow the countdown, coarsely
        QVERIFY2(resend->accessibleDescription().contains(QStringLiteral("15 second")),
                 qPrintable(resend->accessibleDescription() + QLatin1Char('|') + resend->shownText()));

        tick(h, 20, spy, [&] { return resend->shownText(); });
        QVERIFY(resend->isEnabled());
        QCOMPARE(resend->accessibleName(), resendName);
    }

    void theLockoutCountdownIsAnnouncedCoarsely()
    {
        WizardHarness h(longCountdowns(), HarnessSandbox::InProcessManualClock);
        reachCodePage(h);
        auto *errorLabel = h.child<QLabel>("errorLabel");
        h.typeWrongCodesUntilLockout();
        QTRY_COMPARE(h.flow.error().kind, AuthError::Kind::TooManyChecks);
        QVERIFY(h.flow.lockoutSecondsLeft() > 60);

        AnnouncementSpy spy({errorLabel});
        const QStringList texts = tick(h, 60, spy, [&] { return errorLabel->text(); });
        QVERIFY2(texts.size() >= 55, qPrintable(texts.join(QLatin1Char('\n'))));
        QVERIFY2(spy.count(errorLabel) <= 5, qPrintable(QString::number(spy.count(errorLabel))));
        QVERIFY(spy.count(errorLabel) >= 1);
    }
};

QTEST_MAIN(TestCountdownAnnouncements)
#include "TestCountdownAnnouncements.moc"
