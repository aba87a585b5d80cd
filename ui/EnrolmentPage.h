#pragma once

#include "FlowPage.h"

namespace latchkey {

/**
 * Placeholder for direct mode's first run (choose a local password, verify a number). The flow never
 * enters this step yet; the page says so plainly rather than pretending to work.
 */
class EnrolmentPage : public FlowPage
{
    Q_OBJECT
public:
    explicit EnrolmentPage(SignInFlow *flow, QWidget *parent = nullptr);

protected:
    bool inputComplete() const override { return false; }
};

} // namespace latchkey
