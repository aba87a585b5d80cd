#pragma once

#include <QPushButton>

namespace latchkey {

/**
 * A push button that can show a ticking countdown ("Resend in 0:42") in place of its label without
 * changing its text: QAbstractButton::setText tells screen readers the name changed on every call, so a
 * countdown set as text would be announced each second. The label stays the button's text and accessible
 * name; the countdown is only painted (and sized for).
 */
class CountdownButton : public QPushButton
{
    Q_OBJECT
public:
    using QPushButton::QPushButton;

    /** What the button shows instead of its text; empty shows the text again. */
    void setCountdownText(const QString &countdownText);
    QString countdownText() const { return m_countdownText; }
    /**
     * Texts whose width the button reserves from the start (e.g. "Resend in 10:00"), so it never starts a
     * countdown narrower than the countdown needs, whatever the layout did with earlier size hints.
     */
    void setReservedTexts(const QStringList &texts);
    /** What a sighted user sees right now: the countdown while there is one, otherwise the text. */
    QString shownText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSize sizeFor(const QString &text) const;

    QString m_countdownText;
    QStringList m_reservedTexts;
};

} // namespace latchkey
