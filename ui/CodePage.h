#pragma once

#include "FlowPage.h"

class QCheckBox;
class QLabel;
class QPushButton;

namespace latchkey {

class ClipboardCodeOffer;
class CodeLineEdit;
class CountdownButton;

/**
 * The one-time code: one digits-only field that submits itself when full, where the code went, and what
 * can be done next and when (resend, call instead, a different number, try again after a network failure).
 * A commit page: once the code is approved there is no way back.
 */
class CodePage : public FlowPage
{
    Q_OBJECT
public:
    explicit CodePage(SignInFlow *flow, QWidget *parent = nullptr);

    void initializePage() override;

protected:
    bool inputComplete() const override;
    bool submit() override;
    void refresh() override;
    void setInputsReadOnly(bool readOnly) override;
    void onError(const AuthError &error) override;
    QWidget *primaryInput() const override;
    QString nextText() const override;
    QString busyText() const override;

private:
    QString sentText() const;
    /** The field's label: "Enter the 6-digit code sent to +1 ••• ••• ••42" (no count when unknown). */
    QString instructionText() const;
    void onCodeChanged();
    void updateActions();
    bool phonePageVisited() const;
    /** The field holds as many digits as a code has (at least 4 when the length is unknown). */
    bool hasCompleteCode() const;
    void updateRememberDevice();
    /** "Didn't get a code?": what to try, from what this sign-in offers, and the help desk's text. */
    QString helpText() const;

    CodeLineEdit *m_codeEdit;
    QPushButton *m_differentNumberButton;
    CountdownButton *m_resendButton;
    CountdownButton *m_callButton;
    CountdownButton *m_textButton;
    CountdownButton *m_emailButton;
    QPushButton *m_helpButton;
    QLabel *m_helpLabel;
    QPushButton *m_retryButton;
    QLabel *m_retryLabel;
    QCheckBox *m_rememberDeviceCheckBox;
    QLabel *m_instructionLabel;
    ClipboardCodeOffer *m_pasteOffer;
    int m_resendAnnounced = -1;
    int m_callAnnounced = -1;
};

} // namespace latchkey
