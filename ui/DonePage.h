#pragma once

#include "FlowPage.h"

class QLabel;

namespace latchkey {

/** Signed in: who, and what happens next. Finish closes the wizard as accepted. */
class DonePage : public FlowPage
{
    Q_OBJECT
public:
    explicit DonePage(SignInFlow *flow, QWidget *parent = nullptr);

    /** Finish is always available: the sign-in is over. */
    bool isComplete() const override { return true; }

protected:
    bool submit() override { return true; }
    void refresh() override;

private:
    QLabel *m_signedInLabel;
    QLabel *m_nextLabel;
};

} // namespace latchkey
