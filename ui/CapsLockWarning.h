#pragma once

#include "CapsLockState.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QLabel;
class QLineEdit;

namespace latchkey {

/**
 * Shows a "Caps Lock is on" label while one of the watched password fields has focus and Caps Lock is on,
 * and says so in that field's accessible description. Re-checks on focus-in (which includes the window
 * becoming active), on every key press and release (the Caps Lock key itself), and on focus-out.
 */
class CapsLockWarning : public QObject
{
    Q_OBJECT
public:
    /** Takes over label (its text and visibility); asks the platform's CapsLockState. */
    CapsLockWarning(QLabel *label, QObject *parent = nullptr);
    ~CapsLockWarning() override;

    /** Replaces where the state comes from (tests inject a fake). */
    void setState(std::unique_ptr<CapsLockState> state);
    /** Watches a field; description is its accessible description, descriptionWhenOn the one with the
     * warning. */
    void watch(QLineEdit *edit, const QString &description, const QString &descriptionWhenOn);
    bool isShown() const { return m_shown; }

public slots:
    /** Asks the state again for the field that has focus. */
    void update();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Field
    {
        QPointer<QLineEdit> edit;
        QString description;
        QString descriptionWhenOn;
    };

    void updateFor(const QLineEdit *focused);

    QLabel *m_label;
    std::unique_ptr<CapsLockState> m_state;
    QList<Field> m_fields;
    bool m_shown = false;
};

} // namespace latchkey
