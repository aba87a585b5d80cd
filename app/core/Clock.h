#pragma once

#include <QDateTime>
#include <QObject>

namespace latchkey {

/**
 * The source of "now" for everything that expires or counts down (codes, resend cooldowns, lockouts).
 * Injected into the flow and the sandbox so tests can move time without waiting.
 */
class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Clock() override = default;

    virtual QDateTime now() const = 0;

    /** The process-wide wall clock (UTC). */
    static Clock *system();

signals:
    /** Emitted when time moved other than by passing (a test's clock jumped), so countdowns refresh at once.
     */
    void jumped();
};

class SystemClock final : public Clock
{
    Q_OBJECT
public:
    using Clock::Clock;
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/** A clock that only moves when told to; used by tests and by the sandbox's time controls. */
class ManualClock final : public Clock
{
    Q_OBJECT
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC),
                         QObject *parent = nullptr)
        : Clock(parent)
        , m_now(std::move(start))
    {}
    QDateTime now() const override { return m_now; }
    void advance(qint64 msecs)
    {
        m_now = m_now.addMSecs(msecs);
        emit jumped();
    }
    void advanceSeconds(qint64 seconds) { advance(seconds * 1000); }

private:
    QDateTime m_now;
};

} // namespace latchkey
