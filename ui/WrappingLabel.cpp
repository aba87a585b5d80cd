#include "WrappingLabel.h"

#include <QEvent>

namespace latchkey {

WrappingLabel::WrappingLabel(QWidget *parent)
    : WrappingLabel(QString(), parent)
{}

WrappingLabel::WrappingLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

bool WrappingLabel::Measured::operator==(const Measured &other) const
{
    return text == other.text && margin == other.margin && indent == other.indent &&
           alignment == other.alignment && wordWrap == other.wordWrap && textFormat == other.textFormat &&
           interaction == other.interaction && hasBuddy == other.hasBuddy &&
           contentsMargins == other.contentsMargins && maximumWidth == other.maximumWidth;
}

WrappingLabel::Measured WrappingLabel::current() const
{
    Measured now;
    now.text = text();
    now.margin = margin();
    now.indent = indent();
    now.alignment = alignment();
    now.wordWrap = wordWrap();
    now.textFormat = textFormat();
    now.interaction = textInteractionFlags();
    now.hasBuddy = buddy() != nullptr;
    now.contentsMargins = contentsMargins();
    now.maximumWidth = maximumWidth();
    return now;
}

void WrappingLabel::forgetIfChanged() const
{
    Measured now = current();
    if (!(now == m_measured)) {
        forget();
        m_measured = std::move(now);
    }
}

void WrappingLabel::forget() const
{
    m_sizeHint.reset();
    m_minimumSizeHint.reset();
    m_heightForWidth.clear();
}

QSize WrappingLabel::minimumSizeHint() const
{
    forgetIfChanged();
    if (!m_minimumSizeHint) {
        // QLabel measures both hints at once.
        m_minimumSizeHint = QLabel::minimumSizeHint();
        m_sizeHint = QLabel::sizeHint();
        ++m_measurements;
    }
    return *m_minimumSizeHint;
}

QSize WrappingLabel::sizeHint() const
{
    forgetIfChanged();
    if (!m_sizeHint) {
        minimumSizeHint();
    }
    return *m_sizeHint;
}

int WrappingLabel::heightForWidth(int width) const
{
    forgetIfChanged();
    const auto known = m_heightForWidth.constFind(width);
    if (known != m_heightForWidth.constEnd()) {
        return *known;
    }
    const int height = QLabel::heightForWidth(width);
    m_heightForWidth.insert(width, height);
    ++m_measurements;
    return height;
}

void WrappingLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    switch (event->type()) {
    case QEvent::StyleChange: // frame widths and margins come from the style
    case QEvent::FontChange:
    case QEvent::LanguageChange:
        forget();
        break;
    default:
        break;
    }
}

} // namespace latchkey
