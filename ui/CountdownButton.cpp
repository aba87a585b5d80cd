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

QSize CountdownButton::sizeHint() const
{
    QSize hint = QPushButton::sizeHint();
    if (m_countdownText.isEmpty()) {
        return hint;
    }
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text = m_countdownText;
    const QSize textSize = fontMetrics().size(Qt::TextShowMnemonic, m_countdownText);
    const QSize countdownSize = style()->sizeFromContents(QStyle::CT_PushButton, &option, textSize, this);
    return hint.expandedTo(countdownSize);
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
