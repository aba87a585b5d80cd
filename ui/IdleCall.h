#pragma once

#include <QObject>
#include <functional>

namespace latchkey {

/**
 * Runs a call in a later turn of the event loop, once what is waiting now (timers that are due, input,
 * repaints) has been handled: a QTimer with a 0 ms interval. QTimer::singleShot(0) is a posted call
 * instead, which Qt runs ahead of timers that are due, so a chain of them holds the UI thread as one stall.
 */
class IdleCall
{
public:
    /** Nothing runs if context is destroyed first. */
    static void run(QObject *context, std::function<void()> call);
};

} // namespace latchkey
