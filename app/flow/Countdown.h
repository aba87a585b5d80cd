#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace latchkey {

class Clock;

/**
 * Seconds left until a deadline, derived from the clock each tick rather than decremented, so a stalled
 * event loop or a jumped test clock never makes it drift.
 */
class Countdown : public QObject
{
    Q_OBJECT
public:
    explicit Countdown(Clock *clock, QObject *parent = nullptr);

    void startFor(int seconds);
    void startUntil(const QDateTime &deadline);
    void stop();

    bool isRunning() const { return secondsLeft() > 0; }
    /** Whole seconds left, rounded up; 0 once the deadline has passed or when stopped. */
    int secondsLeft() const;
    QDateTime deadline() const { return m_deadline; }

signals:
    void secondsLeftChanged(int secondsLeft);
    void expired();

private:
    void refresh();

    Clock *m_clock;
    QDateTime m_deadline;
    QTimer m_tick;
    int m_lastEmitted = 0;
};

} // namespace latchkey
