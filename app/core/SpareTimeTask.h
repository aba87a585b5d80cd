#pragma once

#include <functional>

namespace latchkey {

/**
 * Work that will probably be wanted soon, but not yet (the phone page's country list while a password is
 * typed). It runs on a thread of its own at the lowest priority (nice 19 on Linux), so that on a busy or
 * small machine it takes CPU time from nothing the user waits for, yet it never starves as idle priority
 * can. One task at a time, in the order started; the process waits for a running one when it ends.
 */
class SpareTimeTask
{
public:
    static void start(std::function<void()> work);
};

} // namespace latchkey
