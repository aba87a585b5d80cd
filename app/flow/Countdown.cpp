#include "Countdown.h"

#include "Clock.h"

namespace latchkey {

Countdown::Countdown(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_tick.setInterval(250); // well under a second, so the shown value never lags a whole second
    connect(&m_tick, &QTimer::timeout, this, &Countdown::refresh);
    connect(m_clock, &Clock::jumped, this, &Countdown::refresh);
}

void Countdown::startFor(int seconds)
{
    startUntil(m_clock->now().addSecs(seconds));
}

void Countdown::startUntil(const QDateTime &deadline)
{
    m_deadline = deadline;
    m_tick.start();
    refresh();
}

void Countdown::stop()
{
    m_deadline = QDateTime();
    m_tick.stop();
    if (m_lastEmitted != 0) {
        m_lastEmitted = 0;
        emit secondsLeftChanged(0); // stopped, not expired: no expired() signal
    }
}

int Countdown::secondsLeft() const
{
    if (!m_deadline.isValid()) {
        return 0;
    }
    const qint64 msecs = m_clock->now().msecsTo(m_deadline);
    return msecs <= 0 ? 0 : static_cast<int>((msecs + 999) / 1000);
}

void Countdown::refresh()
{
    const int left = secondsLeft();
    if (left == m_lastEmitted) {
        return;
    }
    m_lastEmitted = left;
    emit secondsLeftChanged(left);
    if (left == 0) {
        m_tick.stop();
        emit expired();
    }
}

} // namespace latchkey
