#include "Clock.h"

namespace latchkey {

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

} // namespace latchkey
