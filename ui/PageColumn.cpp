#include "PageColumn.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

namespace latchkey {

namespace {

constexpr int preferredCharacters = 58; // a title, a field and its hint read in one glance
constexpr int minimumCharacters = 36;   // narrower, labels wrap into too many lines

} // namespace

PageColumn::PageColumn(QWidget *page)
    : QWidget(page)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("pageColumn"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *centring = new QHBoxLayout(page);
    centring->setContentsMargins(0, 0, 0, 0);
    centring->addStretch(1);
    centring->addWidget(this, 100);
    centring->addStretch(1);
    updateWidths();
}

QSize PageColumn::sizeHint() const
{
    // The preferred width, and the height the content needs at that width (labels wrap). Once laid out
    // (a side panel may leave less than the preferred width), the height for the width it has.
    const int width = isVisible() ? qBound(minimumWidth(), this->width(), maximumWidth()) : maximumWidth();
    return {width, m_layout->hasHeightForWidth() ? m_layout->totalHeightForWidth(width)
                                                 : m_layout->totalSizeHint().height()};
}

namespace {

void fitWindow(QWidget *window)
{
    QSize wanted = window->size().expandedTo(window->sizeHint());
    if (const QScreen *screen = window->screen()) {
        wanted = wanted.boundedTo(screen->availableGeometry().size());
    }
    if (wanted != window->size()) {
        window->resize(wanted);
    }
}

/** Fits its window once shown (before, the fonts and style are not applied) and after each layout change. */
class WindowFitter : public QObject
{
public:
    explicit WindowFitter(QWidget *window)
        : QObject(window)
        , m_window(window)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window &&
            (event->type() == QEvent::Show || event->type() == QEvent::LayoutRequest)) {
            // After the event: the layout has then taken in what changed.
            QTimer::singleShot(0, m_window, [window = m_window] {
                if (window->isVisible()) {
                    fitWindow(window);
                }
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
};

} // namespace

void PageColumn::keepFitting(QWidget *window)
{
    new WindowFitter(window);
}

void PageColumn::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateWidths();
    }
}

void PageColumn::updateWidths()
{
    const int character = fontMetrics().averageCharWidth();
    setMinimumWidth(character * minimumCharacters);
    setMaximumWidth(character * preferredCharacters);
    updateGeometry();
}

} // namespace latchkey
