#pragma once

#include <QFuture>
#include <functional>

namespace latchkey {

/** Work for Qt's global thread pool, with a future that says when it is done. */
class Background
{
public:
    /** Starts work on a pool thread; the future finishes when it returns. */
    static QFuture<void> run(std::function<void()> work);
};

} // namespace latchkey
