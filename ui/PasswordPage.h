#pragma once

#include "CapsLockState.h"
#include "FlowPage.h"

#include <memory>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;

namespace latchkey {

class CapsLockWarning;

/** Username and password, with a show/hide toggle, a Caps Lock warning and "Remember me"; Enter submits. */
class PasswordPage : public FlowPage
{
    Q_OBJECT
public:
    explicit PasswordPage(SignInFlow *flow, QWidget *parent = nullptr);

public slots:
    /** A line under the title, e.g. the sandbox's demo account; hidden when empty. */
    void setHint(const QString &hint);
    /**
     * The hint becomes selectable (the demo password can be copied). Called once the window is drawn: a
     * selectable label lays its text out as a whole text document, 1.3 ms that the first frame need not wait
     * for.
     */
    void allowHintSelection();

public:
    /** Where the Caps Lock warning asks whether Caps Lock is on (the platform's unless replaced, e.g. by a
     * test's fake). */
    void setCapsLockState(std::unique_ptr<CapsLockState> state);

protected:
    bool inputComplete() const override;
    bool submit() override;
    void refresh() override;
    void setInputsReadOnly(bool readOnly) override;
    void onError(const AuthError &error) override;
    QWidget *primaryInput() const override;
    QString nextText() const override;
    QString busyText() const override;
    void changeEvent(QEvent *event) override;

private:
    void updatePasswordVisibility();

    QLabel *m_hintLabel;
    QLineEdit *m_usernameEdit;
    QLineEdit *m_passwordEdit;
    QAction *m_showPasswordAction;
    QCheckBox *m_rememberCheckBox;
    CapsLockWarning *m_capsLockWarning;
};

} // namespace latchkey
