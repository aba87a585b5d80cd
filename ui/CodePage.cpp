#include "CodePage.h"

#include "ClipboardCodeOffer.h"
#include "CodeLineEdit.h"
#include "CountdownButton.h"
#include "LinkButton.h"
#include "PhonePage.h"
#include "WrappingLabel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace latchkey {

namespace {

constexpr int accessibleCountdownStep = 15; // seconds between countdown updates for screen readers

template<typename Button = QPushButton>
Button *makeButton(const QString &objectName, QWidget *parent)
{
    auto *button = new Button(parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false); // Enter in the code field belongs to Verify
    return button;
}

/** Sets the accessible description to a coarse "in about N seconds" only when the 15 s bucket changes. */
void announceCountdown(QPushButton *button, int seconds, int *announcedBucket, const QString &whenReady)
{
    const int bucket = seconds > 0 ? (seconds + accessibleCountdownStep - 1) / accessibleCountdownStep : 0;
    if (bucket == *announcedBucket) {
        return;
    }
    *announcedBucket = bucket;
    button->setAccessibleDescription(bucket > 0 ? CodePage::tr("Available in about %n second(s)", nullptr,
                                                               bucket * accessibleCountdownStep)
                                                : whenReady);
}

} // namespace

CodePage::CodePage(SignInFlow *flow, QWidget *parent)
    : FlowPage(flow, SignInFlow::Step::Code, parent)
    , m_codeEdit(new CodeLineEdit(this))
    , m_differentNumberButton(new LinkButton(QStringLiteral("differentNumberButton"), this))
    , m_resendButton(makeButton<CountdownButton>(QStringLiteral("resendButton"), this))
    , m_callButton(makeButton<CountdownButton>(QStringLiteral("callButton"), this))
    , m_textButton(makeButton<CountdownButton>(QStringLiteral("textButton"), this))
    , m_emailButton(makeButton<CountdownButton>(QStringLiteral("emailButton"), this))
    , m_helpButton(new LinkButton(QStringLiteral("codeHelpButton"), this))
    , m_helpLabel(new WrappingLabel(this))
    , m_retryButton(makeButton(QStringLiteral("retryButton"), this))
    , m_retryLabel(new WrappingLabel(this))
    , m_rememberDeviceCheckBox(new QCheckBox(this))
    , m_instructionLabel(new WrappingLabel(this))
    , m_pasteOffer(new ClipboardCodeOffer(this))
{
    setPageTitle(tr("Enter the code"));
    setCommitPage(true);

    m_codeEdit->setObjectName(QStringLiteral("codeLineEdit"));
    m_codeEdit->setAccessibleName(tr("Sign-in code"));

    m_differentNumberButton->setText(tr("Use a &different number"));
    m_differentNumberButton->setAccessibleName(tr("Use a different number"));
    m_differentNumberButton->setAccessibleDescription(tr("Go back and enter another phone number"));

    // The longest countdowns, so the buttons are wide enough from the first frame on.
    const QString longest = formatCountdown(10 * 60 - 1);
    m_resendButton->setReservedTexts({tr("Resend in %1").arg(longest), tr("Call again in %1").arg(longest)});
    m_callButton->setReservedTexts({tr("Call me in %1").arg(longest)});
    m_textButton->setReservedTexts({tr("Text me in %1").arg(longest)});
    m_textButton->setAccessibleName(tr("Text me instead"));
    m_textButton->setAccessibleDescription(tr("Get a new code by text message"));
    m_textButton->hide();
    m_emailButton->setReservedTexts({tr("Email me in %1").arg(longest)});
    m_emailButton->setAccessibleName(tr("Email me instead"));
    m_emailButton->hide();
    // Help for a code that does not come, opened on request: the page stays short for everyone else.
    m_helpButton->setText(tr("Didn't get a code?"));
    m_helpButton->setCheckable(true);
    m_helpLabel->setObjectName(QStringLiteral("codeHelpLabel"));
    m_helpLabel->setTextFormat(Qt::PlainText);
    m_helpLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_helpLabel->hide();
    connect(m_helpButton, &QPushButton::toggled, this, [this](bool open) {
        m_helpLabel->setText(helpText());
        m_helpLabel->setVisible(open);
    });
    m_resendButton->setAccessibleName(tr("Resend code"));
    m_callButton->setAccessibleName(tr("Call me instead"));
    m_callButton->setAccessibleDescription(tr("Get the code read out in a phone call"));
    m_retryButton->setText(tr("&Try again"));
    m_retryButton->setAccessibleName(tr("Try again"));
    m_retryButton->setAccessibleDescription(tr("Send the same code once more"));
    m_retryButton->hide();
    m_retryLabel->setObjectName(QStringLiteral("retryLabel"));
    m_retryLabel->setTextFormat(Qt::PlainText);
    m_retryLabel->setText(tr("The check was stopped before an answer came. The code may still be valid."));
    m_retryLabel->hide();

    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_codeEdit);
    codeRow->addWidget(m_pasteOffer);
    codeRow->addStretch(1);

    auto *actionsRow = new QHBoxLayout;
    actionsRow->addWidget(m_resendButton);
    actionsRow->addStretch(1);
    // The other ways on a row of their own: two of them and a resend, counting down in German, are wider than
    // the page.
    auto *otherWaysRow = new QHBoxLayout;
    otherWaysRow->addWidget(m_callButton);
    otherWaysRow->addWidget(m_textButton);
    otherWaysRow->addWidget(m_emailButton);
    otherWaysRow->addStretch(1);

    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_differentNumberButton);
    numberRow->addWidget(m_helpButton);
    numberRow->addStretch(1);

    // What to type and where it went, as the field's label (its buddy), right above it.
    m_instructionLabel->setObjectName(QStringLiteral("codeInstructionLabel"));
    m_instructionLabel->setTextFormat(Qt::PlainText);
    m_instructionLabel->setBuddy(m_codeEdit);

    contentLayout()->addSpacing(4);
    contentLayout()->addWidget(m_instructionLabel);
    contentLayout()->addLayout(codeRow);
    // The error belongs by the field it is about, not below the links.
    if (layout()) {
        layout()->removeWidget(errorLabel());
    }
    contentLayout()->addWidget(errorLabel());
    contentLayout()->addWidget(m_rememberDeviceCheckBox);
    contentLayout()->addSpacing(8);
    contentLayout()->addLayout(actionsRow);
    contentLayout()->addLayout(otherWaysRow);
    contentLayout()->addLayout(numberRow);
    contentLayout()->addWidget(m_helpLabel);
    errorActionsLayout()->addWidget(m_retryLabel, 1);
    errorActionsLayout()->addWidget(m_retryButton);
    // "Remember this device": off by default, shown only where policy and server offer it.
    m_rememberDeviceCheckBox->setObjectName(QStringLiteral("rememberDeviceCheckBox"));
    m_rememberDeviceCheckBox->setChecked(false);
    m_rememberDeviceCheckBox->hide();
    connect(m_rememberDeviceCheckBox, &QCheckBox::toggled, flow, &SignInFlow::setRememberDevice);
    setTabOrder(m_codeEdit, m_rememberDeviceCheckBox);
    setTabOrder(m_rememberDeviceCheckBox, m_resendButton);
    setTabOrder(m_resendButton, m_callButton);
    setTabOrder(m_callButton, m_textButton);
    setTabOrder(m_textButton, m_emailButton);
    setTabOrder(m_emailButton, m_differentNumberButton);
    setTabOrder(m_differentNumberButton, m_helpButton);
    setTabOrder(m_helpButton, m_retryButton);

    connect(m_codeEdit, &QLineEdit::textEdited, this, &CodePage::inputEdited);
    // As if typed: a complete code is checked at once, like one typed to its last digit.
    connect(m_pasteOffer, &ClipboardCodeOffer::codeChosen, this, [this](const QString &code) {
        m_codeEdit->setText(code);
        inputEdited();
        m_codeEdit->setFocus(Qt::OtherFocusReason);
    });
    connect(flow, &SignInFlow::signedOut, m_rememberDeviceCheckBox, [this] {
        m_rememberDeviceCheckBox->setChecked(false); // the next sign-in chooses again
    });
    connect(m_codeEdit, &QLineEdit::textChanged, this, &CodePage::onCodeChanged);
    connect(m_differentNumberButton, &QPushButton::clicked, flow, &SignInFlow::useDifferentNumber);
    connect(m_resendButton, &QPushButton::clicked, flow, &SignInFlow::resendCode);
    connect(m_callButton, &QPushButton::clicked, flow, &SignInFlow::requestCall);
    connect(m_textButton, &QPushButton::clicked, flow, &SignInFlow::requestText);
    connect(m_emailButton, &QPushButton::clicked, flow, &SignInFlow::requestEmail);
    connect(m_retryButton, &QPushButton::clicked, flow, &SignInFlow::retryCode);

    connect(flow, &SignInFlow::detailsChanged, this, &CodePage::refresh);
    connect(flow, &SignInFlow::resendSecondsLeftChanged, this, &CodePage::updateActions);
    connect(flow, &SignInFlow::callSecondsLeftChanged, this, &CodePage::updateActions);
    connect(flow, &SignInFlow::lockoutSecondsLeftChanged, this, [this] {
        setInputsReadOnly(this->flow()->isBusy());
        updateActions();
    });
    connect(flow, &SignInFlow::busyChanged, this, &CodePage::updateActions);
    connect(flow, &SignInFlow::errorChanged, this, &CodePage::updateActions);
    connect(flow, &SignInFlow::stepChanged, this, [this](SignInFlow::Step step) {
        if (step != SignInFlow::Step::Code) {
            m_codeEdit->clear(); // a code is never kept once it has served
        }
        updateActions();
    });
    refresh();
}

void CodePage::initializePage()
{
    m_codeEdit->clear(); // a page (re-)entered is always for a freshly sent code
    FlowPage::initializePage();
}

bool CodePage::inputComplete() const
{
    return !m_codeEdit->text().isEmpty() && flow()->lockoutSecondsLeft() == 0;
}

bool CodePage::submit()
{
    flow()->submitCode(m_codeEdit->text());
    // After an interrupted check the flow ignores the same code unless it is explicitly retried; Verify
    // with that unchanged, complete code is exactly such a retry.
    if (!flow()->isBusy() && hasCompleteCode() && flow()->canRetryCode()) {
        flow()->retryCode();
    }
    return false;
}

bool CodePage::hasCompleteCode() const
{
    const int typed = static_cast<int>(m_codeEdit->text().size());
    return flow()->codeLength() > 0 ? typed == flow()->codeLength() : typed >= 4;
}

void CodePage::refresh()
{
    setPageDescription(sentText());
    m_instructionLabel->setText(instructionText());
    m_codeEdit->setCodeLength(flow()->codeLength());
    m_codeEdit->setAccessibleDescription(
        flow()->codeLength() > 0 ? tr("%n digit(s); the code is checked as soon as the last one is entered",
                                      nullptr, flow()->codeLength())
                                 : tr("Press Enter when the code is complete"));
    updateRememberDevice();
    updateActions();
}

void CodePage::updateRememberDevice()
{
    const int days = flow()->rememberDeviceDays();
    m_rememberDeviceCheckBox->setText(tr("Remember this &device for %n day(s)", nullptr, days));
    m_rememberDeviceCheckBox->setAccessibleName(tr("Remember this device for %n day(s)", nullptr, days));
    m_rememberDeviceCheckBox->setVisible(flow()->isRememberDeviceShown());
    if (!flow()->isRememberDeviceOffered()) {
        // Turned off by policy: shown disabled, saying who decided.
        m_rememberDeviceCheckBox->setChecked(false);
        m_rememberDeviceCheckBox->setEnabled(false);
        m_rememberDeviceCheckBox->setToolTip(tr("Managed by your organisation"));
        m_rememberDeviceCheckBox->setAccessibleDescription(tr("Managed by your organisation"));
        return;
    }
    m_rememberDeviceCheckBox->setEnabled(!flow()->isBusy());
    m_rememberDeviceCheckBox->setToolTip(QString());
    m_rememberDeviceCheckBox->setAccessibleDescription(
        tr("Skips the code, never the password, when you sign in on this computer"));
}

void CodePage::setInputsReadOnly(bool readOnly)
{
    m_codeEdit->setReadOnly(readOnly || flow()->lockoutSecondsLeft() > 0);
    m_rememberDeviceCheckBox->setEnabled(!readOnly && flow()->isRememberDeviceOffered());
}

void CodePage::onError(const AuthError &error)
{
    if (error.kind == AuthError::Kind::WrongCode || error.kind == AuthError::Kind::CodeExpired ||
        error.kind == AuthError::Kind::TooManyChecks) {
        // A complete code went to the server and was refused: start over. A local "too short" keeps the
        // digits so they can be completed.
        if (hasCompleteCode()) {
            m_codeEdit->clear();
        }
    }
    focusPrimaryInput();
}

QWidget *CodePage::primaryInput() const
{
    return m_codeEdit;
}

QString CodePage::nextText() const
{
    return tr("&Verify");
}

QString CodePage::busyText() const
{
    return tr("Verifying…");
}

QString CodePage::instructionText() const
{
    const QString to = keepTogether(flow()->maskedDestination());
    const int length = flow()->codeLength();
    if (to.isEmpty()) {
        return length > 0 ? tr("Enter the %n-digit code", nullptr, length) : tr("Enter the code");
    }
    return length > 0 ? tr("Enter the %n-digit code sent to %1", nullptr, length).arg(to)
                      : tr("Enter the code sent to %1").arg(to);
}

QString CodePage::sentText() const
{
    const QString to = keepTogether(flow()->maskedPhone());
    switch (flow()->channel()) {
    case Channel::Sms:
        return to.isEmpty() ? tr("Sent by SMS.") : tr("Sent by SMS to %1").arg(to);
    case Channel::Call:
        return to.isEmpty() ? tr("You are getting a call that reads out the code.")
                            : tr("Calling %1 to read out the code").arg(to);
    case Channel::WhatsApp:
        return to.isEmpty() ? tr("Sent by WhatsApp.") : tr("Sent by WhatsApp to %1").arg(to);
    case Channel::Email:
        return flow()->maskedEmailOnFile().isEmpty()
                   ? tr("Sent by email to the address on file.")
                   : tr("Sent by email to %1").arg(keepTogether(flow()->maskedEmailOnFile()));
    }
    return QString();
}

void CodePage::onCodeChanged()
{
    updateComplete();
    // Auto-submit only at full length, never while a request runs; the flow refuses a repeated code itself.
    if (m_codeEdit->isFull() && isFlowHere() && !flow()->isBusy() && !m_codeEdit->isReadOnly()) {
        submit();
    }
}

void CodePage::updateActions()
{
    SignInFlow *f = flow();
    const bool byCall = f->channel() == Channel::Call;

    // While locked out only the lockout counts down (by the error): no resend or call is coming before it
    // ends.
    const bool lockedOut = f->lockoutSecondsLeft() > 0;
    const int resendIn = lockedOut ? 0 : f->resendSecondsLeft();
    const QString resendLabel = byCall ? tr("Call again") : tr("Resend code");
    // The label stays the button's text; the ticking time is only painted, so screen readers hear no tick.
    m_resendButton->setText(byCall ? tr("Call &again") : tr("&Resend code"));
    m_resendButton->setCountdownText(
        resendIn > 0 ? (byCall ? tr("Call again in %1") : tr("Resend in %1")).arg(formatCountdown(resendIn))
                     : QString());
    m_resendButton->setAccessibleName(resendLabel);
    m_resendButton->setEnabled(f->canResend());
    m_resendButton->setVisible(!lockedOut);
    announceCountdown(m_resendButton, resendIn, &m_resendAnnounced, tr("Sends a new code"));

    const int callIn = lockedOut ? 0 : f->callSecondsLeft();
    m_callButton->setVisible(f->offersCallInstead() && !lockedOut);
    m_callButton->setText(tr("&Call me instead"));
    m_callButton->setCountdownText(callIn > 0 ? tr("Call me in %1").arg(formatCountdown(callIn)) : QString());
    m_callButton->setEnabled(f->canRequestCall());
    announceCountdown(m_callButton, callIn, &m_callAnnounced, tr("Get the code read out in a phone call"));

    // After a call or an email, the way back to text messages (on the resend wait, as a resend is what it
    // is).
    m_textButton->setVisible(f->offersTextInstead() && !lockedOut);
    m_textButton->setText(tr("&Text me instead"));
    m_textButton->setCountdownText(resendIn > 0 ? tr("Text me in %1").arg(formatCountdown(resendIn))
                                                : QString());
    m_textButton->setEnabled(f->canRequestText());
    // The address on file as the other way, also on the resend wait.
    m_emailButton->setVisible(f->offersEmailInstead() && !lockedOut);
    m_emailButton->setText(tr("&Email me instead"));
    m_emailButton->setCountdownText(resendIn > 0 ? tr("Email me in %1").arg(formatCountdown(resendIn))
                                                 : QString());
    m_emailButton->setAccessibleDescription(
        tr("Get a new code by email to %1").arg(keepTogether(f->maskedEmailOnFile())));
    m_emailButton->setEnabled(f->canRequestEmail());
    if (m_helpLabel->isVisible()) {
        m_helpLabel->setText(helpText()); // what can be tried changes with the countdowns and the channel
    }

    m_pasteOffer->setExpectedLength(f->codeLength());
    m_pasteOffer->setWanted(isFlowHere() && !f->isBusy() && !lockedOut && !f->isFinished());

    m_differentNumberButton->setVisible(phonePageVisited());
    m_differentNumberButton->setEnabled(!f->isFinished());
    const bool canRetry = isFlowHere() && f->canRetryCode();
    m_retryButton->setVisible(canRetry);
    m_retryButton->setEnabled(!f->isBusy() && f->lockoutSecondsLeft() == 0);
    // An error already says what went wrong; a stopped check has no error, so say it here.
    m_retryLabel->setVisible(canRetry && !f->error().isError() && !f->isBusy());
}

QString CodePage::helpText() const
{
    SignInFlow *f = flow();
    QStringList lines;
    lines << tr(
        "Codes usually arrive within a minute; a text message can take longer where the signal is weak.");
    const QString to = keepTogether(f->maskedDestination());
    if (f->channel() == Channel::Email) {
        lines << tr("Look in your spam or junk folder too.");
    } else if (!to.isEmpty()) {
        lines << tr("Check that %1 is your number.").arg(to);
    }
    if (f->lockoutSecondsLeft() == 0) {
        lines << (f->channel() == Channel::Call ? tr("You can ask for another call once the wait is over.")
                                                : tr("You can ask for a new code once the wait is over."));
        if (f->offersCallInstead()) {
            lines << tr("Or choose \"Call me instead\" to hear the code in a phone call.");
        }
        if (f->offersEmailInstead()) {
            lines << tr("Or choose \"Email me instead\" to get the code at %1.")
                         .arg(keepTogether(f->maskedEmailOnFile()));
        }
    }
    if (phonePageVisited()) {
        lines << tr("If the number is wrong, use a different number.");
    }
    if (!f->options().helpDeskText.isEmpty()) {
        lines << f->options().helpDeskText;
    }
    return lines.join(QLatin1Char('\n'));
}

bool CodePage::phonePageVisited() const
{
    // The flow refuses a different number when it sends to the number on file, which is exactly when the
    // phone page was skipped.
    const QWizard *w = wizard();
    if (!w) {
        return true;
    }
    const QList<int> visited = w->visitedIds();
    for (const int id : visited) {
        if (qobject_cast<const PhonePage *>(w->page(id))) {
            return true;
        }
    }
    return false;
}

} // namespace latchkey
