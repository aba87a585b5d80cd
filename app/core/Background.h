#pragma once

#include <QFuture>
#include <functional>

namespace latchkey {

/**
 * Work for Qt's global thread pool, with a future that says when it is done. QtConcurrent::run does the same,
 * but its library would be one more for the dynamic loader before main().
 */
class Background
{
public:
    /** Starts work on a pool thread; the future finishes when it returns. */
    static QFuture<void> run(std::function<void()> work);
};

} // namespace latchkey
