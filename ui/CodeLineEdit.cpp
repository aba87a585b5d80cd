#include "CodeLineEdit.h"

#include "SignInFlow.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>

namespace latchkey {

namespace {

constexpr int maxUnknownCodeLength = 10; // SignInFlow accepts 4 to 10 digits when the length is unknown

} // namespace

CodeLineEdit::CodeLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 6);
    setFont(font);
    setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    setMaxLength(maxUnknownCodeLength);
    // Typing letters or non-ASCII digits: keep only the digits, mapped to ASCII.
    connect(this, &QLineEdit::textEdited, this, &CodeLineEdit::normalizeTypedText);
    updatePlaceholder();
}

void CodeLineEdit::setCodeLength(int length)
{
    m_codeLength = length > 0 ? length : 0;
    setMaxLength(m_codeLength > 0 ? m_codeLength : maxUnknownCodeLength);
    // Room for the digits plus the letter spacing, so a full code is never scrolled.
    const QFontMetrics metrics(font());
    const int digits = m_codeLength > 0 ? m_codeLength : maxUnknownCodeLength;
    setMinimumWidth(metrics.horizontalAdvance(QString(digits + 2, QLatin1Char('0'))) + 24);
    updatePlaceholder();
}

bool CodeLineEdit::isFull() const
{
    return m_codeLength > 0 && text().size() == m_codeLength;
}

void CodeLineEdit::insertNormalized(const QString &text)
{
    if (isReadOnly()) {
        return;
    }
    QString digits = SignInFlow::normalizeCode(text);
    const int kept = static_cast<int>(this->text().size() - selectedText().size());
    digits.truncate(qMax(0, maxLength() - kept));
    if (!digits.isEmpty()) {
        insert(digits); // an edit: emits textEdited like typing does
    }
}

void CodeLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Paste) {
        insertNormalized(QGuiApplication::clipboard()->text());
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void CodeLineEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const auto actions = menu->actions();
    for (QAction *action : actions) {
        if (action->objectName() == QLatin1String("edit-paste")) {
            disconnect(action, &QAction::triggered, nullptr, nullptr);
            connect(action, &QAction::triggered, this,
                    [this] { insertNormalized(QGuiApplication::clipboard()->text()); });
        }
    }
    menu->popup(event->globalPos());
}

void CodeLineEdit::mouseReleaseEvent(QMouseEvent *event)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (event->button() == Qt::MiddleButton && clipboard->supportsSelection() && !isReadOnly()) {
        insertNormalized(clipboard->text(QClipboard::Selection));
        event->accept();
        return;
    }
    QLineEdit::mouseReleaseEvent(event);
}

void CodeLineEdit::dropEvent(QDropEvent *event)
{
    if (event->mimeData()->hasText() && !isReadOnly()) {
        insertNormalized(event->mimeData()->text());
        event->acceptProposedAction();
        return;
    }
    QLineEdit::dropEvent(event);
}

void CodeLineEdit::normalizeTypedText(const QString &text)
{
    const QString digits = SignInFlow::normalizeCode(text);
    if (digits != text) {
        const int cursor = static_cast<int>(digits.size());
        setText(digits.left(maxLength()));
        setCursorPosition(cursor);
    }
}

void CodeLineEdit::updatePlaceholder()
{
    const int length = m_codeLength > 0 ? m_codeLength : 6;
    setPlaceholderText(QString(length, QChar(0x2013))); // "––––––": shows how many digits to expect
}

} // namespace latchkey
