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
    /** Moves the sandbox's time forward; false for a negative amount (time never goes back). */
    bool advance(qint64 seconds);
    qint64 offsetSeconds() const { return m_offsetSeconds; }

private:
    QPointer<Clock> m_base;
    qint64 m_offsetSeconds = 0;
};

} // namespace latchkey
