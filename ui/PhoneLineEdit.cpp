#include "PhoneLineEdit.h"

#include "PhoneNumberFormatter.h"

#include <QKeyEvent>

namespace latchkey {

PhoneLineEdit::PhoneLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setInputMethodHints(Qt::ImhDialableCharactersOnly);
    connect(this, &QLineEdit::textEdited, this, &PhoneLineEdit::reformat);
}

void PhoneLineEdit::setRegion(const QString &region)
{
    m_region = region.toUpper();
}

void PhoneLineEdit::switchRegion(const QString &region)
{
    setRegion(region);
    if (text().isEmpty()) {
        return;
    }
    const PhoneNumberFormatter::Result result = PhoneNumberFormatter::switchRegion(text(), m_region);
    if (result.text != text()) {
        showFormatted(result.text, result.cursor);
        emit numberEdited(text());
    }
}

void PhoneLineEdit::keyPressEvent(QKeyEvent *event)
{
    // Backspace right after a separator the formatter put there removes the digit before it; otherwise the
    // separator would only come back and the key would seem to do nothing.
    const bool plainKey = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plainKey && !isReadOnly() && !hasSelectedText() &&
        (event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete)) {
        const PhoneNumberFormatter::Result result =
            event->key() == Qt::Key_Backspace
                ? PhoneNumberFormatter::backspace(text(), cursorPosition(), m_region)
                : PhoneNumberFormatter::deleteForward(text(), cursorPosition(), m_region);
        event->accept();
        if (result.text != text()) {
            showFormatted(result.text, result.cursor);
            emit numberEdited(text());
        } else {
            setCursorPosition(result.cursor);
        }
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void PhoneLineEdit::reformat(const QString &text)
{
    const PhoneNumberFormatter::Result result =
        PhoneNumberFormatter::format(text, cursorPosition(), m_region);
    if (result.text != text) {
        showFormatted(result.text, result.cursor);
    }
    emit numberEdited(this->text());
}

void PhoneLineEdit::showFormatted(const QString &text, int cursor)
{
    setText(text);
    setCursorPosition(cursor);
}

} // namespace latchkey
