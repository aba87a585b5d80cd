#include "CountdownButton.h"

#include <QStyleOptionButton>
#include <QStylePainter>

namespace latchkey {

void CountdownButton::setCountdownText(const QString &countdownText)
{
    if (countdownText == m_countdownText) {
        return;
    }
    const bool lengthChanged = countdownText.size() != m_countdownText.size();
    m_countdownText = countdownText;
    if (lengthChanged) {
        updateGeometry();
    }
    update();
}

QString CountdownButton::shownText() const
{
    return m_countdownText.isEmpty() ? text() : m_countdownText;
}

void CountdownButton::setReservedTexts(const QStringList &texts)
{
    m_reservedTexts = texts;
    updateGeometry();
}

QSize CountdownButton::sizeFor(const QString &text) const
{
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text = text;
    const QSize textSize = fontMetrics().size(Qt::TextShowMnemonic, text);
    return style()->sizeFromContents(QStyle::CT_PushButton, &option, textSize, this);
}

QSize CountdownButton::sizeHint() const
{
    QSize hint = QPushButton::sizeHint();
    for (const QString &text : m_reservedTexts) {
        hint = hint.expandedTo(sizeFor(text));
    }
    if (!m_countdownText.isEmpty()) {
        hint = hint.expandedTo(sizeFor(m_countdownText));
    }
    return hint;
}

void CountdownButton::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    if (!m_countdownText.isEmpty()) {
        option.text = m_countdownText;
    }
    painter.drawControl(QStyle::CE_PushButton, option);
}

} // namespace latchkey
