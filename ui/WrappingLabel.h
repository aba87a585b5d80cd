#pragma once

#include <QHash>
#include <QLabel>
#include <QMargins>

#include <optional>

namespace latchkey {

/**
 * A label whose words wrap, and which remembers the sizes it has measured. QLabel measures a wrapped text by
 * laying it out again for every question its layouts ask (its minimum size alone takes up to five layouts),
 * and forgets its answers whenever it is polished or a layout is invalidated: a page's few paragraphs were
 * about a quarter of the UI thread's work before the window's first frame. The answers are kept for as long
 * as what they depend on (text, font, margins, flags, the maximum width, the style) stays the same.
 */
class WrappingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappingLabel(QWidget *parent = nullptr);
    explicit WrappingLabel(const QString &text, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

    /** How many times the label has laid out its text to measure it: for tests. */
    int measurements() const { return m_measurements; }

protected:
    void changeEvent(QEvent *event) override;

private:
    /** Everything QLabel's measurements of a text depend on, besides the font and the style (their changes
     * come as events). */
    struct Measured
    {
        QString text;
        int margin = 0;
        int indent = -1;
        Qt::Alignment alignment;
        bool wordWrap = false;
        Qt::TextFormat textFormat = Qt::AutoText;
        Qt::TextInteractionFlags interaction;
        bool hasBuddy = false;
        QMargins contentsMargins;
        int maximumWidth = 0;

        bool operator==(const Measured &other) const;
    };
    Measured current() const;
    /** Forgets what was measured when what it depends on has changed since. */
    void forgetIfChanged() const;
    void forget() const;

    mutable Measured m_measured;
    mutable std::optional<QSize> m_sizeHint;
    mutable std::optional<QSize> m_minimumSizeHint;
    mutable QHash<int, int> m_heightForWidth;
    mutable int m_measurements = 0;
};

} // namespace latchkey
