#pragma once

#include "FlowPage.h"

class QLabel;
class QLineEdit;
class QProgressBar;

namespace latchkey {

/**
 * Direct mode's first run: the person chooses the local account's username and password (with live
 * strength feedback); the following phone and code steps then verify the number the account will use.
 */
class EnrolmentPage : public FlowPage
{
    Q_OBJECT
public:
    explicit EnrolmentPage(SignInFlow *flow, QWidget *parent = nullptr);

protected:
    bool inputComplete() const override;
    bool submit() override;
    void refresh() override;
    void setInputsReadOnly(bool readOnly) override;
    QWidget *primaryInput() const override;
    QString nextText() const override;
    QString busyText() const override;

private:
    void updateStrength();

    QLineEdit *m_usernameEdit;
    QLineEdit *m_passwordEdit;
    QLineEdit *m_confirmEdit;
    QProgressBar *m_strengthBar;
    QLabel *m_strengthLabel;
};

} // namespace latchkey
