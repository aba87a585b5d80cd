#include "SpareTimeTask.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace latchkey;

/**
 * Spare-time work runs at the lowest priority on a thread of its own (nice 19 on Linux, which the kernel
 * weighs at about 1/70 of a normal thread), one task after another, and leaves Qt's global pool as it was.
 */
class TestSpareTimeTask : public QObject
{
    Q_OBJECT

    /** Whether the calling thread runs at the lowest priority: its nice value on Linux, Qt's elsewhere. */
    static bool runsAtLowestPriority()
    {
#ifdef Q_OS_LINUX
        return getpriority(PRIO_PROCESS, static_cast<id_t>(gettid())) == 19;
#else
        return QThread::currentThread()->priority() == QThread::LowestPriority;
#endif
    }

private slots:
    void theWorkRunsAtTheLowestPriorityOffTheCallingThread()
    {
        bool lowest = false;
        QThread *thread = nullptr;
        QSemaphore done;
        SpareTimeTask::start([&] {
            lowest = runsAtLowestPriority();
            thread = QThread::currentThread();
            done.release();
        });
        QVERIFY(done.tryAcquire(1, 10000));
        QVERIFY(lowest);
        QVERIFY(thread != QThread::currentThread());
        QVERIFY(!runsAtLowestPriority()); // the caller keeps its own priority
    }

    void tasksRunOneAfterAnother()
    {
        QSemaphore releaseFirst;
        QSemaphore done;
        QList<int> order;
        SpareTimeTask::start([&] {
            QVERIFY(releaseFirst.tryAcquire(1, 10000));
            order.append(1);
            done.release();
        });
        SpareTimeTask::start([&] {
            order.append(2);
            done.release();
        });
        releaseFirst.release();
        QVERIFY(done.tryAcquire(2, 10000));
        QCOMPARE(order, (QList<int>{1, 2}));
    }

    void theGlobalPoolKeepsItsPriority()
    {
        // With one thread in Qt's global pool, spare-time work run there would have lowered that thread.
        QThreadPool *global = QThreadPool::globalInstance();
        const int threads = global->maxThreadCount();
        global->setMaxThreadCount(1);
        QSemaphore done;
        SpareTimeTask::start([&] { done.release(); });
        QVERIFY(done.tryAcquire(1, 10000));
        bool lowered = true;
        global->start([&] { lowered = runsAtLowestPriority(); });
        QVERIFY(global->waitForDone(10000));
        global->setMaxThreadCount(threads);
        QVERIFY(!lowered);
    }
};

QTEST_GUILESS_MAIN(TestSpareTimeTask)
#include "TestSpareTimeTask.moc"
