#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>

class QWidget;

namespace latchkey {

/**
 * Keeps every text of a window readable, whatever palette the desktop theme hands us: disabled text (a
 * countdown on a disabled button is text a user must read), placeholders, links and selected text reach at
 * least 4.5:1 (WCAG 2 AA) against what they are drawn on. Themes often paint them at 1.5 to 3:1. The colours
 * are only moved as far as needed towards the normal text colour, so disabled text still looks muted.
 */
class ReadablePalette : public QObject
{
    Q_OBJECT
public:
    /** The contrast every text must reach. */
    static constexpr double minimumContrast = 4.5;

    /** Applies to `window` now and again whenever the application's or the window's palette changes. */
    explicit ReadablePalette(QWidget *window);

    /** WCAG 2 contrast ratio of two colours, from 1 to 21. */
    static double contrast(const QColor &a, const QColor &b);
    /** `preferred` if it reads on `background`, otherwise the nearest colour towards `strong` that does. */
    static QColor readableOn(const QColor &preferred, const QColor &background, const QColor &strong);
    /** `palette` with its disabled texts, placeholders, links and selections made readable. */
    static QPalette adjusted(QPalette palette);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();

    QWidget *m_window;
    bool m_applying = false;
};

} // namespace latchkey
