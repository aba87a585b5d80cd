#pragma once

#include <QFuture>

namespace latchkey {

/**
 * Loads the font database in the thread pool: fontconfig's configuration and caches, and Qt's list of
 * families. On the UI thread this was about 6 ms inside the first widget's constructor, the largest part of
 * the stall before the window's first frame. Qt's font database is shared by every thread and thread-safe;
 * the fonts themselves (each thread has its own) are not loaded here, which would only add memory.
 */
class FontPreload
{
public:
    /** Starts loading, once per process; later calls return the same future. */
    static QFuture<void> start();
};

} // namespace latchkey
