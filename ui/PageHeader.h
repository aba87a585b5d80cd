#pragma once

#include <QWidget>

class QLabel;

namespace latchkey {

/**
 * The top of every page of the sign-in window: whose sign-in this is (the organisation's logo and name, and
 * the server), then the page's title and a line that says what to do. Sizes follow the font, so the header
 * scales with the desktop's text size.
 */
class PageHeader : public QWidget
{
    Q_OBJECT
public:
    /** `server` is a host name ("sso.example.com"); any part may be empty. */
    PageHeader(const QString &logoPath, const QString &organisationName, const QString &server,
               QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    void setDescription(const QString &description);
    QString description() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFonts();

    QLabel *m_logoLabel;
    QLabel *m_identityLabel;
    QLabel *m_titleLabel;
    QLabel *m_descriptionLabel;
    QString m_logoPath;
};

} // namespace latchkey
