#include "SpareTimeTask.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace latchkey {

namespace {

/**
 * A pool of one thread: a thread's priority cannot be raised again without privileges, so spare-time work has
 * its own. It belongs to the application, whose end waits for a running task before static objects go.
 */
QThreadPool *spareTimePool()
{
    static QThreadPool *const pool = [] {
        Q_ASSERT(QCoreApplication::instance());
        auto *created = new QThreadPool(QCoreApplication::instance());
        created->setMaxThreadCount(1);
        created->setThreadPriority(QThread::LowestPriority);
        return created;
    }();
    return pool;
}

} // namespace

void SpareTimeTask::start(std::function<void()> work)
{
    spareTimePool()->start([work = std::move(work)] {
#ifdef Q_OS_LINUX
        // Linux gives each thread its own nice value; QThread's priorities do not reach it (SCHED_OTHER has a
        // single static priority).
        setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 19);
#endif
        work();
    });
}

} // namespace latchkey
