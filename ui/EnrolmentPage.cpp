#include "EnrolmentPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace latchkey {

EnrolmentPage::EnrolmentPage(SignInFlow *flow, QWidget *parent)
    : FlowPage(flow, SignInFlow::Step::Enrolment, parent)
{
    setTitle(tr("Set up this computer"));
    setSubTitle(tr("Not needed when signing in through your organisation's server."));

    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("enrolmentLabel"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setText(
        tr("Enrolment arrives with direct mode, where Latchkey checks your password itself and talks "
           "to Twilio Verify directly. This version signs in through your organisation's server, "
           "which already knows your account and number, so there is nothing to set up here.\n\n"
           "Cancel to close this window."));
    contentLayout()->addWidget(label);
}

} // namespace latchkey
