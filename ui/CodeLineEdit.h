#pragma once

#include <QLineEdit>

namespace latchkey {

/**
 * The one-time code field: a single QLineEdit (so paste, autofill, screen readers and leading zeros keep
 * working), monospace with wide spacing, digits only. Whatever is pasted, dropped or typed is normalised
 * with SignInFlow::normalizeCode *before* maxLength truncates it, so "Your code: 123-456" becomes 123456.
 */
class CodeLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit CodeLineEdit(QWidget *parent = nullptr);

    /** The expected number of digits; 0 when unknown (then up to 10 digits are accepted). */
    void setCodeLength(int length);
    int codeLength() const { return m_codeLength; }
    /** True when the field holds exactly codeLength() digits (never when the length is unknown). */
    bool isFull() const;

public slots:
    /** Inserts the digits of text at the cursor, replacing the selection, as a user edit. */
    void insertNormalized(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void normalizeTypedText(const QString &text);
    void updatePlaceholder();

    int m_codeLength = 0;
};

} // namespace latchkey
