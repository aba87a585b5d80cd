#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace latchkey {

/**
 * Tells when a window's first frame has been drawn: after the top-level widget's first paint, once control
 * is back in the event loop (the frame has then been handed to the window system). For start-up
 * measurements (--exit-after-first-frame); it deletes itself after firstFrameDrawn().
 */
class FirstFrameWatcher : public QObject
{
    Q_OBJECT
public:
    /** Watches a top-level widget; create it before the widget is shown. */
    explicit FirstFrameWatcher(QWidget *window);

signals:
    void firstFrameDrawn();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    bool m_painted = false;
};

} // namespace latchkey
