#pragma once

#include <QPushButton>

namespace latchkey {

/**
 * A quiet secondary action ("Use a different number", "Didn't get a code?"): a flat button in the
 * palette's link colour, so it reads as a way out and not as a main action. It is never the page's default
 * button: Enter belongs to the field and the primary button.
 */
class LinkButton : public QPushButton
{
    Q_OBJECT
public:
    explicit LinkButton(const QString &objectName, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateLinkColor();
};

} // namespace latchkey
