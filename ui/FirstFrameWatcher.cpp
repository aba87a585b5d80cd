#include "FirstFrameWatcher.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace latchkey {

FirstFrameWatcher::FirstFrameWatcher(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    window->installEventFilter(this);
}

bool FirstFrameWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        m_window->removeEventFilter(this);
        // Queued: the children paint and the backing store is flushed after this event returns.
        QTimer::singleShot(0, this, [this] {
            emit firstFrameDrawn();
            deleteLater();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace latchkey
