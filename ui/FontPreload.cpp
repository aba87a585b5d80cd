#include "FontPreload.h"

#include "Background.h"

#include <QFont>
#include <QFontMetrics>
#include <QGuiApplication>

namespace latchkey {

QFuture<void> FontPreload::start()
{
    static const QFuture<void> loaded = [] {
        // Read here, where the application's font belongs, and copied into a font of its own: a QFont caches
        // its engine for the thread that used it last.
        QFont base;
        base.fromString(QGuiApplication::font().toString());
        return Background::run([base] {
            // A font's metrics need its match and fallbacks, which populate the database first.
            QFontMetrics(base).height();
            QFontMetrics(titleFont(base)).height();
        });
    }();
    return loaded;
}

QFont FontPreload::titleFont(const QFont &base)
{
    QFont title = base;
    title.setPointSizeF(base.pointSizeF() * 1.5);
    title.setBold(true);
    return title;
}

} // namespace latchkey
