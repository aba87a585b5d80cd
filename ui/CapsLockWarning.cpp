#include "CapsLockWarning.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>

namespace latchkey {

CapsLockWarning::CapsLockWarning(QLabel *label, QObject *parent)
    : QObject(parent)
    , m_label(label)
    , m_state(CapsLockState::forPlatform())
{
    m_label->setObjectName(QStringLiteral("capsLockLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setText(tr("Caps Lock is on"));
    m_label->setAccessibleName(tr("Caps Lock is on"));
    m_label->setAccessibleDescription(tr("Letters you type come out in capitals"));
    QFont font = m_label->font();
    font.setBold(true);
    m_label->setFont(font);
    m_label->hide();
}

CapsLockWarning::~CapsLockWarning() = default;

void CapsLockWarning::setState(std::unique_ptr<CapsLockState> state)
{
    m_state = std::move(state);
    update();
}

void CapsLockWarning::watch(QLineEdit *edit, const QString &description, const QString &descriptionWhenOn)
{
    m_fields.append({edit, description, descriptionWhenOn});
    edit->setAccessibleDescription(description);
    edit->installEventFilter(this);
}

void CapsLockWarning::update()
{
    const QLineEdit *focused = nullptr;
    for (const Field &field : std::as_const(m_fields)) {
        if (field.edit && field.edit->hasFocus()) {
            focused = field.edit;
        }
    }
    updateFor(focused);
}

bool CapsLockWarning::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::FocusIn: // also when the window becomes active again
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
        updateFor(qobject_cast<QLineEdit *>(watched));
        break;
    case QEvent::FocusOut:
        updateFor(nullptr); // the next watched field's focus-in shows it again
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void CapsLockWarning::updateFor(const QLineEdit *focused)
{
    // Unknown (Wayland, offscreen) shows nothing: no warning is better than a wrong one.
    const bool on = focused && m_state && m_state->state() == CapsLockState::State::On;
    for (const Field &field : std::as_const(m_fields)) {
        if (field.edit) {
            const QString &description =
                on && field.edit == focused ? field.descriptionWhenOn : field.description;
            if (field.edit->accessibleDescription() != description) {
                field.edit->setAccessibleDescription(description);
            }
        }
    }
    m_shown = on;
    m_label->setVisible(on);
}

} // namespace latchkey
