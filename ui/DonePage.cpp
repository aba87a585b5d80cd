#include "DonePage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace latchkey {

DonePage::DonePage(SignInFlow *flow, QWidget *parent)
    : FlowPage(flow, SignInFlow::Step::Done, parent)
    , m_signedInLabel(new QLabel(this))
    , m_nextLabel(new QLabel(this))
{
    setTitle(tr("You are signed in"));
    setSubTitle(tr("Your password and the code have been confirmed."));
    setFinalPage(true);

    m_signedInLabel->setObjectName(QStringLiteral("signedInLabel"));
    m_signedInLabel->setTextFormat(Qt::PlainText);
    m_signedInLabel->setWordWrap(true);
    QFont font = m_signedInLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_signedInLabel->setFont(font);

    m_nextLabel->setObjectName(QStringLiteral("nextStepsLabel"));
    m_nextLabel->setTextFormat(Qt::PlainText);
    m_nextLabel->setWordWrap(true);
    m_nextLabel->setText(
        tr("Click Finish to close this window; whatever asked you to sign in can now continue."));

    contentLayout()->addWidget(m_signedInLabel);
    contentLayout()->addSpacing(8);
    contentLayout()->addWidget(m_nextLabel);
    connect(flow, &SignInFlow::detailsChanged, this, &DonePage::refresh);
    refresh();
}

void DonePage::refresh()
{
    const QString name = flow()->displayName().isEmpty() ? flow()->username() : flow()->displayName();
    m_signedInLabel->setText(name.isEmpty() ? tr("Signed in.") : tr("Signed in as %1.").arg(name));
}

} // namespace latchkey
