#pragma once

#include "Clock.h"

#include <QPointer>

namespace latchkey {

/**
 * The sandbox's time: another clock plus an offset that only moves forward. It lets `POST /sandbox/clock`
 * (and tests of the standalone sandbox) jump past a verification's 10 minutes without waiting, while the
 * clock underneath (the system's, or a test's ManualClock) keeps running as it does.
 */
class SandboxClock final : public Clock
{
    Q_OBJECT
public:
    explicit SandboxClock(Clock *base, QObject *parent = nullptr);

    QDateTime now() const override;
    /** How far ahead of the clock underneath the sandbox's time may run in all: 100 years of 366 days. */
    static constexpr qint64 maxOffsetSeconds = qint64(100) * 366 * 24 * 60 * 60;

    /**
     * Moves the sandbox's time forward; false (no change) for a negative amount (time never goes back) or
     * one that would put it more than maxOffsetSeconds ahead (no overflow can turn it back either).
     */
    bool advance(qint64 seconds);
    qint64 offsetSeconds() const { return m_offsetSeconds; }

private:
    QPointer<Clock> m_base;
    qint64 m_offsetSeconds = 0;
};

} // namespace latchkey
