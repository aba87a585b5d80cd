#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QWizard;

namespace latchkey {

class PageHeader;

/**
 * The first page when Latchkey cannot sign anyone in yet (no server configured, or a mode this build cannot
 * run): says so plainly, shows the organisation's help-desk text, and, where policy allows the sandbox,
 * offers to try it. It holds no flow; WizardShell answers sandboxRequested() by starting one.
 */
class UnconfiguredPage : public QWizardPage
{
    Q_OBJECT
public:
    UnconfiguredPage(const QString &reason, const QString &helpDeskText, bool sandboxAllowed,
                     const QString &logoPath = QString(), const QString &organisationName = QString(),
                     QWidget *parent = nullptr);

    /** A window for this page alone, titled like the sign-in window, with one Close button. */
    QWizard *createWindow();
    /** Shows why trying the sandbox did not work (it could not start). */
    void setProblem(const QString &problem);

signals:
    void sandboxRequested();

private:
    QLabel *m_reasonLabel;
    QLabel *m_helpDeskLabel;
    QLabel *m_problemLabel;
    QPushButton *m_sandboxButton;
    PageHeader *m_header;
};

} // namespace latchkey
