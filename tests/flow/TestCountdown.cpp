#include "Clock.h"
#include "Countdown.h"

#include <QSignalSpy>
#include <QTest>

using namespace latchkey;

class TestCountdown : public QObject
{
    Q_OBJECT
private slots:
    void countsFromTheDeadlineNotFromTicks()
    {
        ManualClock clock;
        Countdown countdown(&clock);
        QSignalSpy changes(&countdown, &Countdown::secondsLeftChanged);
        countdown.startFor(42);
        QCOMPARE(countdown.secondsLeft(), 42);
        clock.advance(1500);
        QCOMPARE(countdown.secondsLeft(), 41); // 40.5 s left rounds up
        QCOMPARE(changes.last().at(0).toInt(), 41);
    }

    void expiresOnceWhenTheClockJumpsPastTheDeadline()
    {
        ManualClock clock;
        Countdown countdown(&clock);
        QSignalSpy expired(&countdown, &Countdown::expired);
        countdown.startFor(30);
        clock.advanceSeconds(29);
        QCOMPARE(expired.count(), 0);
        QVERIFY(countdown.isRunning());
        clock.advanceSeconds(5);
        QCOMPARE(expired.count(), 1);
        QCOMPARE(countdown.secondsLeft(), 0);
        clock.advanceSeconds(5);
        QCOMPARE(expired.count(), 1);
    }

    void stoppingIsNotExpiring()
    {
        ManualClock clock;
        Countdown countdown(&clock);
        QSignalSpy expired(&countdown, &Countdown::expired);
        QSignalSpy changes(&countdown, &Countdown::secondsLeftChanged);
        countdown.startFor(10);
        countdown.stop();
        QCOMPARE(countdown.secondsLeft(), 0);
        QCOMPARE(expired.count(), 0);
        QCOMPARE(changes.last().at(0).toInt(), 0);
    }

    void ticksWithTheRealClock()
    {
        Countdown countdown(Clock::system());
        QSignalSpy expired(&countdown, &Countdown::expired);
        countdown.startFor(1);
        QVERIFY(expired.wait(3000));
    }
};

QTEST_GUILESS_MAIN(TestCountdown)
#include "TestCountdown.moc"
