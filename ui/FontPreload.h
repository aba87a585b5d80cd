#pragma once

#include <QFuture>

class QFont;

namespace latchkey {

/**
 * Loads the font database in the thread pool: fontconfig's configuration and caches, and the fallbacks of the
 * fonts the pages draw with. On the UI thread this was about 6 ms inside the first widget's constructor, the
 * largest part of the stall before the window's first frame. Qt's font database is thread-safe; what a thread
 * loads there (families, fallbacks, matches) serves every thread.
 */
class FontPreload
{
public:
    /** Starts loading, once per process; later calls return the same future. */
    static QFuture<void> start();
    /** The font of each page's title: the application's, bold and half as large again. */
    static QFont titleFont(const QFont &base);
};

} // namespace latchkey
