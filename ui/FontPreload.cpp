#include "FontPreload.h"

#include "Background.h"

#include <QFontDatabase>

namespace latchkey {

QFuture<void> FontPreload::start()
{
    static const QFuture<void> loaded = Background::run([] { QFontDatabase::families(); });
    return loaded;
}

} // namespace latchkey
