#include "LinkButton.h"

#include <QEvent>

namespace latchkey {

LinkButton::LinkButton(const QString &objectName, QWidget *parent)
    : QPushButton(parent)
{
    setObjectName(objectName);
    setFlat(true);
    setAutoDefault(false);
    setCursor(Qt::PointingHandCursor);
    updateLinkColor();
}

void LinkButton::changeEvent(QEvent *event)
{
    QPushButton::changeEvent(event);
    // The parent's palette changed (a theme switch, ReadablePalette): follow its link colour.
    if (event->type() == QEvent::PaletteChange) {
        updateLinkColor();
    }
}

void LinkButton::updateLinkColor()
{
    const QColor link = palette().color(QPalette::Link);
    if (palette().color(QPalette::ButtonText) == link) {
        return; // also ends the PaletteChange that setPalette below sends
    }
    QPalette linkPalette = palette();
    linkPalette.setColor(QPalette::ButtonText, link);
    setPalette(linkPalette);
}

} // namespace latchkey
