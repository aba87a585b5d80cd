#pragma once

#include <QWidget>

class QVBoxLayout;

namespace latchkey {

/**
 * The centred column a page's content sits in, as the best sign-in windows lay it out: as wide as about 60
 * characters where the window allows, never narrower than about 36, centred in a wider window. Widths follow
 * the font, so the column scales with the desktop's text size.
 */
class PageColumn : public QWidget
{
    Q_OBJECT
public:
    /** Lays itself out in `page`, which must not have a layout yet. */
    explicit PageColumn(QWidget *page);

    QVBoxLayout *columnLayout() const { return m_layout; }
    /**
     * Keeps `window` as large as its content asks for, within its screen: when it is shown and whenever its
     * content grows (a longer error, a larger text size). It never shrinks under the user.
     */
    static void keepFitting(QWidget *window);
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateWidths();

    QVBoxLayout *m_layout;
};

} // namespace latchkey
