#pragma once

#include "FlowPage.h"

class QLabel;
class QPushButton;

namespace latchkey {

/**
 * Signed in: who, and what happens next. Finish closes the wizard as accepted; "Sign out" forgets the
 * remembered session and device and starts over at the password page.
 */
class DonePage : public FlowPage
{
    Q_OBJECT
public:
    explicit DonePage(SignInFlow *flow, QWidget *parent = nullptr);

    /** Finish is always available: the sign-in is over. */
    bool isComplete() const override { return true; }
    /** Says the window closes by itself (UI/CloseWhenDone), or no longer does. */
    void setClosesSoon(bool closes);
    /** Sign out and Change number: a user on one of them is not done with the window. */
    QList<QWidget *> actionButtons() const;

protected:
    bool submit() override { return true; }
    void refresh() override;
    /** Finish: the page's one expected action, so Enter or Space ends the sign-in from where focus lands. */
    QWidget *primaryInput() const override;

private:
    QLabel *m_signedInLabel;
    QLabel *m_nextLabel;
    QPushButton *m_signOutButton;
    QPushButton *m_changeNumberButton;
};

} // namespace latchkey
