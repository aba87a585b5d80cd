#include "FlowPage.h"

#include "PageColumn.h"
#include "PageHeader.h"
#include "ReadablePalette.h"
#include "UiLogging.h"
#include "WrappingLabel.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QWizard>
#include <utility>

namespace latchkey {

namespace {

constexpr int accessibleCountdownStep = 15; // seconds: screen readers hear a countdown at most this often

QColor errorColorFor(const QPalette &palette)
{
    // A red that reads on the platform's window colour, light or dark.
    const QColor window = palette.color(QPalette::Window);
    const QColor red = window.lightness() < 128 ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    return ReadablePalette::readableOn(red, window, palette.color(QPalette::WindowText));
}

} // namespace

FlowPage::FlowPage(SignInFlow *flow, SignInFlow::Step step, QWidget *parent)
    : QWizardPage(parent)
    , m_flow(flow)
    , m_step(step)
    , m_contentLayout(new QVBoxLayout)
    , m_errorLabel(new WrappingLabel(this))
    , m_helpDeskLabel(new WrappingLabel(this))
    , m_errorActionsLayout(new QHBoxLayout)
    , m_busyLabel(new WrappingLabel(this))
    , m_busyIndicator(new QProgressBar(this))
    , m_stopWaitingButton(new QPushButton(tr("Stop waiting"), this))
    , m_noticeLabel(new WrappingLabel(this))
    , m_column(new PageColumn(this))
    , m_header(new PageHeader(flow->options().helpDeskLogoPath, flow->options().organisationName,
                              QUrl(flow->options().serverOrigin).host(), this))
{
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setAccessibleDescription(tr("Why the last step did not succeed"));
    m_errorLabel->hide();
    updateErrorColor();

    // The organisation's help-desk text, under every error.
    m_helpDeskLabel->setText(flow->options().helpDeskText);
    m_helpDeskLabel->setObjectName(QStringLiteral("helpDeskLabel"));
    m_helpDeskLabel->setTextFormat(Qt::PlainText);
    m_helpDeskLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_helpDeskLabel->setAccessibleName(tr("Help desk"));
    m_helpDeskLabel->hide();

    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->setTextFormat(Qt::PlainText);
    m_busyLabel->hide();
    // A thin bar that moves while a request runs: something is happening, without a number to read.
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setMaximumHeight(qMax(4, fontMetrics().height() / 3));
    m_busyIndicator->hide();
    m_stopWaitingButton->setObjectName(QStringLiteral("stopWaitingButton"));
    m_stopWaitingButton->setAutoDefault(false);
    m_stopWaitingButton->hide();
    connect(m_stopWaitingButton, &QPushButton::clicked, this, [this] { m_flow->abortRequest(); });
    connect(m_flow, &SignInFlow::waitingLongChanged, this, [this](bool waitingLong) {
        if (waitingLong) {
            onStillWaiting();
        }
    });

    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->setTextFormat(Qt::PlainText);
    m_noticeLabel->setAccessibleDescription(tr("A remark about this sign-in"));
    m_noticeLabel->hide();

    // One centred column, as wide as a few words more than a field needs: the eye goes straight down it.
    QVBoxLayout *layout = m_column->columnLayout();
    layout->addWidget(m_header);
    layout->addSpacing(fontMetrics().height());
    layout->addLayout(m_contentLayout);
    layout->addSpacing(6);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_helpDeskLabel);
    layout->addLayout(m_errorActionsLayout);
    layout->addWidget(m_busyIndicator);
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyLabel, 1);
    busyRow->addWidget(m_stopWaitingButton);
    layout->addLayout(busyRow);
    layout->addStretch(1);
    layout->addWidget(m_noticeLabel);

    connect(m_flow, &SignInFlow::busyChanged, this, &FlowPage::onBusyChanged);
    connect(m_flow, &SignInFlow::errorChanged, this, [this](const AuthError &error) {
        updateErrorLabel();
        updateComplete();
        if (error.isError() && isFlowHere()) {
            qCDebug(lcUi) << "showing error" << error.identifier() << "on step" << m_step;
            if (m_errorLabel->isVisible()) {
                QAccessibleEvent event(m_errorLabel, QAccessible::Alert);
                QAccessible::updateAccessibility(&event);
            }
            onError(error);
        }
    });
    connect(m_flow, &SignInFlow::lockoutSecondsLeftChanged, this, [this] {
        updateErrorLabel();
        updateComplete();
    });
    connect(m_flow, &SignInFlow::noticeChanged, this, &FlowPage::updateNoticeLabel);
    connect(m_flow, &SignInFlow::stepChanged, this, [this] {
        updateErrorLabel();
        updateComplete();
    });
    updateButtonText();
}

void FlowPage::initializePage()
{
    refresh();
    onBusyChanged(m_flow->isBusy());
    updateErrorLabel();
    updateNoticeLabel();
    focusPrimaryInput();
    // QWizard then gives the focus to the page's first field, and QDialog does again when the window is
    // first shown: with a username filled in, typed keys would replace it. The primary input takes the focus
    // back on the next turn of the event loop, before any key is handled.
    QTimer::singleShot(0, this, [this] {
        if (isFlowHere()) {
            focusPrimaryInput();
        }
    });
}

void FlowPage::updateComplete()
{
    // The wizard answers every completeChanged() by hiding and showing the whole page (its anti-flicker
    // widget), which with the pointer over the window asks the X server where it is. So only a change, and
    // only on the page the wizard shows: it asks a page itself when it comes to show it.
    if (!wizard() || wizard()->currentPage() != this) {
        m_toldComplete.reset();
        return;
    }
    const bool complete = isComplete();
    if (std::exchange(m_toldComplete, complete) != complete) {
        emit completeChanged();
    }
}

bool FlowPage::isComplete() const
{
    return !m_flow->isBusy() && !m_flow->isFinished() && inputComplete();
}

bool FlowPage::validatePage()
{
    if (!isFlowHere()) {
        return true; // the flow moved on: let the wizard follow it
    }
    if (m_flow->isBusy()) {
        return false;
    }
    return submit();
}

int FlowPage::nextId() const
{
    return m_followingPageId.value_or(QWizardPage::nextId());
}

QString FlowPage::keepTogether(QString text)
{
    return text.replace(QLatin1Char(' '), QChar(QChar::Nbsp));
}

QString FlowPage::formatCountdown(int seconds)
{
    seconds = qMax(0, seconds);
    const QLatin1Char zero('0');
    if (seconds >= 3600) {
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds % 3600) / 60, 2, 10, zero)
            .arg(seconds % 60, 2, 10, zero);
    }
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, zero);
}

QString FlowPage::channelLabel(Channel channel)
{
    switch (channel) {
    case Channel::Sms:
        return tr("Text message (SMS)");
    case Channel::Call:
        return tr("Phone call");
    case Channel::WhatsApp:
        return tr("WhatsApp");
    case Channel::Email:
        return tr("Email");
    }
    return QString();
}

QString FlowPage::errorText() const
{
    AuthError error = m_flow->error();
    if (!error.isError()) {
        return QString();
    }
    const int lockout = m_flow->lockoutSecondsLeft();
    if (error.isLockout() && lockout > 0) {
        error.retryAfterSeconds = -1; // the live countdown replaces the static "in about N minutes"
        return error.userMessage() + QLatin1Char(' ') + tr("Try again in %1.").arg(formatCountdown(lockout));
    }
    return error.userMessage();
}

QString FlowPage::nextText() const
{
    return tr("Next");
}

QString FlowPage::busyText() const
{
    return tr("Working…");
}

void FlowPage::inputEdited()
{
    if (m_flow->isPreparing()) {
        m_typedWhilePreparing = true;
    }
    if (isFlowHere()) {
        m_flow->noteTyping(); // the connection for this page's request opens while the user types
    }
    if (isFlowHere() && m_flow->error().isError() && !m_flow->error().isLockout()) {
        m_flow->clearError();
    }
    updateComplete();
}

void FlowPage::updateErrorLabel()
{
    const QString text = isFlowHere() ? errorText() : QString();
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
    m_helpDeskLabel->setVisible(!text.isEmpty() && !m_helpDeskLabel->text().isEmpty());

    // A lockout counts down every second; screen readers get a new name only every 15 seconds.
    const int lockout = m_flow->lockoutSecondsLeft();
    if (!text.isEmpty() && m_flow->error().isLockout() && lockout > 0) {
        const int bucket = (lockout + accessibleCountdownStep - 1) / accessibleCountdownStep;
        if (bucket != m_lastAnnouncedLockoutBucket) {
            m_lastAnnouncedLockoutBucket = bucket;
            m_errorLabel->setAccessibleName(text);
        }
    } else if (m_lastAnnouncedLockoutBucket != -1) {
        m_lastAnnouncedLockoutBucket = -1;
        m_errorLabel->setAccessibleName(QString());
    }
}

void FlowPage::focusPrimaryInput()
{
    if (QWidget *input = primaryInput(); input && input->isEnabled()) {
        input->setFocus(Qt::OtherFocusReason);
    }
}

void FlowPage::changeEvent(QEvent *event)
{
    QWizardPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateErrorColor();
    }
}

void FlowPage::setPageTitle(const QString &title)
{
    m_header->setTitle(title);
}

QString FlowPage::pageTitle() const
{
    return m_header->title();
}

void FlowPage::setPageDescription(const QString &description)
{
    m_header->setDescription(description);
}

QString FlowPage::pageDescription() const
{
    return m_header->description();
}

void FlowPage::updateErrorColor()
{
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, errorColorFor(palette()));
    m_errorLabel->setPalette(errorPalette);
}

void FlowPage::onStillWaiting()
{
    if (!m_flow->isBusy() || !isFlowHere() || m_flow->isPreparing()) {
        return;
    }
    m_busyLabel->setText(tr("Still waiting for the server…"));
    m_stopWaitingButton->show();
    QAccessibleEvent event(m_busyLabel, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void FlowPage::onBusyChanged(bool busy)
{
    // Right after the window appears the flow reads what this computer remembers, for as long as the
    // keychain takes: inputs made read-only then would drop what the user types. They stay editable and
    // nothing is submitted meanwhile (isComplete()); a request to the server still makes them read-only.
    setInputsReadOnly(busy && !m_flow->isPreparing());
    // The bar and "Still waiting…" are for the server; the keychain read at start-up is not shown.
    const bool shown = busy && isFlowHere() && !m_flow->isPreparing();
    m_busyLabel->setText(busy ? busyText() : QString());
    m_busyLabel->setVisible(shown);
    m_busyIndicator->setVisible(shown);
    m_stopWaitingButton->hide();
    updateButtonText();
    updateComplete();
    if (!busy && isFlowHere() && !std::exchange(m_typedWhilePreparing, false)) {
        focusPrimaryInput(); // not under a user who is typing: the rest of a word would go to another field
    }
}

void FlowPage::updateNoticeLabel()
{
    const QString notice = m_flow->notice();
    m_noticeLabel->setText(notice);
    m_noticeLabel->setVisible(!notice.isEmpty());
}

void FlowPage::updateButtonText()
{
    const QString text = m_flow->isBusy() && isFlowHere() ? busyText() : nextText();
    setButtonText(QWizard::NextButton, text);
    setButtonText(QWizard::CommitButton, text);
}

} // namespace latchkey
