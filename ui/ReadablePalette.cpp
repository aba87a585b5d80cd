#include "ReadablePalette.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

#include <cmath>

namespace latchkey {

namespace {

double relativeLuminance(const QColor &color)
{
    const auto linear = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

QColor mixed(const QColor &from, const QColor &to, double amount)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amount,
                            a.greenF() + (b.greenF() - a.greenF()) * amount,
                            a.blueF() + (b.blueF() - a.blueF()) * amount);
}

} // namespace

ReadablePalette::ReadablePalette(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    window->installEventFilter(this);
    apply();
}

double ReadablePalette::contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ReadablePalette::readableOn(const QColor &preferred, const QColor &background, const QColor &strong)
{
    // Translucent roles (Qt's default placeholder is the text colour at half alpha) are judged as painted.
    const QColor opaque =
        preferred.alpha() == 255 ? preferred : mixed(background, preferred, preferred.alphaF());
    if (contrast(opaque, background) >= minimumContrast) {
        return preferred;
    }
    // The strong end: the normal text colour if it reads, else black or white, whichever reads better.
    QColor target = strong;
    if (contrast(target, background) < minimumContrast) {
        target = contrast(Qt::black, background) > contrast(Qt::white, background) ? QColor(Qt::black)
                                                                                   : QColor(Qt::white);
    }
    // The smallest step towards it that reads (a margin over the minimum absorbs rounding to 8 bits).
    for (int step = 1; step <= 20; ++step) {
        const QColor candidate = mixed(opaque, target, step / 20.0);
        if (contrast(candidate, background) >= minimumContrast + 0.1) {
            return candidate;
        }
    }
    return target;
}

QPalette ReadablePalette::adjusted(QPalette palette)
{
    struct Pair
    {
        QPalette::ColorRole text;
        QPalette::ColorRole background;
        QPalette::ColorRole strong;
    };
    static constexpr Pair pairs[] = {
        {QPalette::WindowText, QPalette::Window, QPalette::WindowText},
        {QPalette::Text, QPalette::Base, QPalette::Text},
        {QPalette::ButtonText, QPalette::Button, QPalette::ButtonText},
        {QPalette::PlaceholderText, QPalette::Base, QPalette::Text},
        {QPalette::Link, QPalette::Window, QPalette::WindowText},
    };
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        for (const Pair &pair : pairs) {
            const QColor background = palette.color(group, pair.background);
            // Towards the enabled text colour: a disabled text that must be read stays a shade of the same.
            const QColor strong = palette.color(QPalette::Active, pair.strong);
            QColor text = readableOn(palette.color(group, pair.text), background, strong);
            if (pair.background == QPalette::Button) {
                // Styles shade a button's face (Fusion's default button is lighter, its gradient darker).
                text = readableOn(readableOn(text, background.lighter(135), strong), background.darker(110),
                                  strong);
            }
            palette.setColor(group, pair.text, text);
        }
        // Selected text keeps its colour (usually white); the selection is darkened (or lightened) under it.
        const QColor selected = palette.color(group, QPalette::HighlightedText);
        palette.setColor(group, QPalette::Highlight,
                         readableOn(palette.color(group, QPalette::Highlight), selected,
                                    selected.lightness() > 127 ? QColor(Qt::black) : QColor(Qt::white)));
    }
    return palette;
}

bool ReadablePalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && !m_applying &&
        (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange)) {
        apply();
    }
    return QObject::eventFilter(watched, event);
}

void ReadablePalette::apply()
{
    m_applying = true;
    // From the application's palette, not the window's own: that one already holds the last adjustment.
    m_window->setPalette(adjusted(QApplication::palette(m_window)));
    m_applying = false;
}

} // namespace latchkey
