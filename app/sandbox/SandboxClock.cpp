#include "SandboxClock.h"

namespace latchkey {

SandboxClock::SandboxClock(Clock *base, QObject *parent)
    : Clock(parent)
    , m_base(base)
{
    connect(base, &Clock::jumped, this, &Clock::jumped);
}

QDateTime SandboxClock::now() const
{
    const QDateTime base = m_base ? m_base->now() : QDateTime::currentDateTimeUtc();
    return base.addSecs(m_offsetSeconds);
}

bool SandboxClock::advance(qint64 seconds)
{
    // Compared without adding, so that no amount can overflow the offset and turn time back.
    if (seconds < 0 || seconds > maxOffsetSeconds - m_offsetSeconds) {
        return false;
    }
    m_offsetSeconds += seconds;
    emit jumped();
    return true;
}

} // namespace latchkey
