#include "DonePage.h"

#include "WrappingLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace latchkey {

DonePage::DonePage(SignInFlow *flow, QWidget *parent)
    : FlowPage(flow, SignInFlow::Step::Done, parent)
    , m_signedInLabel(new WrappingLabel(this))
    , m_nextLabel(new WrappingLabel(this))
    , m_signOutButton(new QPushButton(this))
    , m_changeNumberButton(new QPushButton(this))
{
    setPageTitle(tr("You are signed in"));
    setPageDescription(tr("Your password and the code have been confirmed."));
    setFinalPage(true);

    m_signedInLabel->setObjectName(QStringLiteral("signedInLabel"));
    m_signedInLabel->setTextFormat(Qt::PlainText);
    QFont font = m_signedInLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_signedInLabel->setFont(font);

    m_nextLabel->setObjectName(QStringLiteral("nextStepsLabel"));
    m_nextLabel->setTextFormat(Qt::PlainText);
    m_nextLabel->setText(
        tr("Click Finish to close this window; whatever asked you to sign in can now continue."));

    m_signOutButton->setObjectName(QStringLiteral("signOutButton"));
    m_signOutButton->setText(tr("Sign &out"));
    m_signOutButton->setAccessibleName(tr("Sign out"));
    m_signOutButton->setAccessibleDescription(
        tr("Forget the remembered session and device on this computer and start over"));
    m_signOutButton->setAutoDefault(false); // Enter finishes; signing out is never the default
    m_signOutButton->setFocusPolicy(Qt::StrongFocus);

    // Direct mode only: needs the password (already given) and a code to the old number, then the new one's.
    m_changeNumberButton->setObjectName(QStringLiteral("changeNumberButton"));
    m_changeNumberButton->setText(tr("Change phone &number…"));
    m_changeNumberButton->setAccessibleName(tr("Change phone number"));
    m_changeNumberButton->setAccessibleDescription(
        tr("Verify a new number for signing in on this computer; codes then go to it"));
    m_changeNumberButton->setAutoDefault(false);
    m_changeNumberButton->setFocusPolicy(Qt::StrongFocus);

    auto *signOutRow = new QHBoxLayout;
    signOutRow->addWidget(m_signOutButton);
    signOutRow->addWidget(m_changeNumberButton);
    signOutRow->addStretch(1);

    contentLayout()->addWidget(m_signedInLabel);
    contentLayout()->addSpacing(8);
    contentLayout()->addWidget(m_nextLabel);
    contentLayout()->addSpacing(8);
    contentLayout()->addLayout(signOutRow);
    connect(m_signOutButton, &QPushButton::clicked, flow, &SignInFlow::signOut);
    connect(m_changeNumberButton, &QPushButton::clicked, flow, &SignInFlow::changeNumber);
    connect(flow, &SignInFlow::busyChanged, this, &DonePage::refresh);
    connect(flow, &SignInFlow::stepChanged, this, &DonePage::refresh);
    connect(flow, &SignInFlow::detailsChanged, this, &DonePage::refresh);
    refresh();
}

void DonePage::setClosesSoon(bool closes)
{
    m_nextLabel->setText(
        closes ? tr("This window closes in a moment; whatever asked you to sign in can now continue.")
               : tr("Click Finish to close this window; whatever asked you to sign in can now continue."));
}

QList<QWidget *> DonePage::actionButtons() const
{
    return {m_signOutButton, m_changeNumberButton};
}

QWidget *DonePage::primaryInput() const
{
    // A user who went to Sign out or Change number keeps the focus there (a late keychain write ends the
    // flow's busy state, which puts the focus back on the primary input).
    for (QWidget *action : actionButtons()) {
        if (action->hasFocus()) {
            return action;
        }
    }
    return wizard() ? wizard()->button(QWizard::FinishButton) : nullptr;
}

void DonePage::refresh()
{
    if (flow()->isFailedOpen()) {
        // Never dressed as a sign-in: the user must know the second factor was skipped.
        m_signedInLabel->setText(tr("Let in without a code."));
        setPageDescription(
            tr("The code service could not be reached, and your organisation allows signing in "
               "without a code when that happens (fail-open). This is not a full sign-in."));
        m_changeNumberButton->setVisible(false);
        m_signOutButton->setEnabled(!flow()->isBusy());
        return;
    }
    // A login answer without a display name: the username, or no name at all.
    const QString name = flow()->displayName().isEmpty() ? flow()->username() : flow()->displayName();
    m_signedInLabel->setText(name.isEmpty() ? tr("Signed in.") : tr("Signed in as %1.").arg(name));
    setPageDescription(
        flow()->isSignedInByDeviceTrust()
            ? tr("Your password has been confirmed; this computer is remembered, so no code was needed.")
            : tr("Your password and the code have been confirmed."));
    m_changeNumberButton->setVisible(flow()->canChangeNumber() || flow()->isChangingNumber());
    m_changeNumberButton->setEnabled(flow()->canChangeNumber());
    m_signOutButton->setEnabled(!flow()->isBusy());
}

} // namespace latchkey
