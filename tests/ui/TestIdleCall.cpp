#include "IdleCall.h"

#include <QTest>
#include <QTimer>

using namespace latchkey;

/**
 * A call for a later turn of the event loop lets what is already waiting run first: a timer that is due, and
 * so the benchmark's heartbeat and input. A posted call (QTimer::singleShot(0)) would jump ahead of both.
 */
class TestIdleCall : public QObject
{
    Q_OBJECT

private slots:
    void aTimerThatIsDueRunsFirst()
    {
        QStringList order;
        QTimer due;
        due.setSingleShot(true);
        connect(&due, &QTimer::timeout, this, [&order] { order << QStringLiteral("due timer"); });
        due.start(0);
        QObject context;
        IdleCall::run(&context, [&order] { order << QStringLiteral("idle call"); });
        QTRY_COMPARE(order.size(), 2);
        QCOMPARE(order, (QStringList{QStringLiteral("due timer"), QStringLiteral("idle call")}));
    }

    void aChainOfCallsLetsTheTimerRunBetweenThem()
    {
        // A 0 ms timer that runs again and again, as a heartbeat does, gets a turn between each two calls.
        QStringList order;
        QTimer heartbeat;
        connect(&heartbeat, &QTimer::timeout, this, [&order] {
            if (order.isEmpty() || order.last() != QLatin1String("beat")) {
                order << QStringLiteral("beat");
            }
        });
        heartbeat.start(0);
        QObject context;
        IdleCall::run(&context, [&] {
            order << QStringLiteral("first");
            IdleCall::run(&context, [&] { order << QStringLiteral("second"); });
        });
        QTRY_VERIFY(order.contains(QStringLiteral("second")));
        heartbeat.stop();
        const qsizetype first = order.indexOf(QStringLiteral("first"));
        QCOMPARE(order.at(first + 1), QStringLiteral("beat"));
        QCOMPARE(order.at(first + 2), QStringLiteral("second"));
    }

    void nothingRunsOnceTheContextIsGone()
    {
        bool ran = false;
        auto *context = new QObject;
        IdleCall::run(context, [&ran] { ran = true; });
        delete context;
        QTest::qWait(50); // several turns of the event loop
        QVERIFY(!ran);
    }

    void itRunsOnce()
    {
        int runs = 0;
        QObject context;
        IdleCall::run(&context, [&runs] { ++runs; });
        QTRY_COMPARE(runs, 1);
        QTest::qWait(50);
        QCOMPARE(runs, 1);
        QTRY_VERIFY(context.findChildren<QTimer *>().isEmpty()); // its timer goes too
    }
};

QTEST_GUILESS_MAIN(TestIdleCall)
#include "TestIdleCall.moc"
