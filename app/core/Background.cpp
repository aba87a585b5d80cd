#include "Background.h"

#include <QPromise>
#include <QThreadPool>
#include <memory>

namespace latchkey {

QFuture<void> Background::run(std::function<void()> work)
{
    auto promise = std::make_shared<QPromise<void>>(); // QThreadPool takes copyable work only
    QFuture<void> done = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        work();
        promise->finish();
    });
    return done;
}

} // namespace latchkey
