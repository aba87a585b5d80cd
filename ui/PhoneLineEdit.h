#pragma once

#include <QLineEdit>

namespace latchkey {

/**
 * The phone number field: groups the number as it is typed for the chosen region (PhoneNumberFormatter,
 * libphonenumber's AsYouTypeFormatter), accepts pasted numbers in any common format, keeps the cursor after
 * the same digits, and lets Backspace and Delete step over the separators it inserted.
 */
class PhoneLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit PhoneLineEdit(QWidget *parent = nullptr);

    /** The region numbers without a leading + are formatted for ("US", "DE"). */
    QString region() const { return m_region; }
    void setRegion(const QString &region);
    /** Moves the number to another region: an international number gets that region's calling code. */
    void switchRegion(const QString &region);

signals:
    /** The user changed the number; text() is already formatted. */
    void numberEdited(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void reformat(const QString &text);
    void showFormatted(const QString &text, int cursor);

    QString m_region = QStringLiteral("US");
};

} // namespace latchkey
