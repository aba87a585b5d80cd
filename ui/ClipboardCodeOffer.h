#pragma once

#include <QPushButton>

namespace latchkey {

/**
 * "Paste 123456": offered beside the code field while the sign-in window is focused and the clipboard holds
 * a code of the expected length (copied from a text message on the desktop, a phone link app, ...). The
 * code is used only on a click, never by itself: the clipboard is not ours to act on. Hidden otherwise.
 */
class ClipboardCodeOffer : public QPushButton
{
    Q_OBJECT
public:
    explicit ClipboardCodeOffer(QWidget *parent = nullptr);

    /** The code's length when the server announced it; 0 accepts Verify's 4 to 10 digits. */
    void setExpectedLength(int length);
    /** Whether a code may be offered at all right now (the code step, not busy, not locked out). */
    void setWanted(bool wanted);
    /** The code offered, or empty. */
    QString offeredCode() const { return m_code; }

    /**
     * The one code in `text` with `expectedLength` digits (4 to 10 when 0), separators inside allowed
     * ("123 456", "123-456", a whole message around it); empty when there is none, or more than one.
     */
    static QString codeIn(const QString &text, int expectedLength);

signals:
    void codeChosen(const QString &code);

private:
    void refresh();

    QString m_code;
    int m_expectedLength = 0;
    bool m_wanted = false;
};

} // namespace latchkey
