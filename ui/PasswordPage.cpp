#include "PasswordPage.h"

#include "CapsLockWarning.h"
#include "WrappingLabel.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace latchkey {

namespace {

/** An eye (crossed out for "hide"), drawn in the palette's text colour so it works without an icon theme. */
QIcon eyeIcon(bool crossed, const QColor &color)
{
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal unit = size / 16.0;
        painter.setPen(QPen(color, 1.2 * unit));
        QPainterPath outline;
        outline.moveTo(1.5 * unit, 8 * unit);
        outline.quadTo(8 * unit, 0.5 * unit, 14.5 * unit, 8 * unit);
        outline.quadTo(8 * unit, 15.5 * unit, 1.5 * unit, 8 * unit);
        painter.drawPath(outline);
        painter.setBrush(color);
        painter.drawEllipse(QPointF(8 * unit, 8 * unit), 2.2 * unit, 2.2 * unit);
        if (crossed) {
            painter.setPen(QPen(color, 1.5 * unit));
            painter.drawLine(QPointF(2.5 * unit, 13.5 * unit), QPointF(13.5 * unit, 2.5 * unit));
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

PasswordPage::PasswordPage(SignInFlow *flow, QWidget *parent)
    : FlowPage(flow, SignInFlow::Step::Password, parent)
    , m_hintLabel(new WrappingLabel(this))
    , m_usernameEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_showPasswordAction(new QAction(this))
    , m_rememberCheckBox(new QCheckBox(tr("&Remember me on this computer"), this))
    , m_capsLockWarning(new CapsLockWarning(new QLabel(this), this))
{
    setPageTitle(tr("Sign in"));
    setPageDescription(tr("Use your organisation account. Next, a code confirms it is really you."));

    m_hintLabel->setObjectName(QStringLiteral("hintLabel"));
    m_hintLabel->setTextFormat(Qt::PlainText);
    m_hintLabel->setFrameShape(QFrame::StyledPanel);
    m_hintLabel->setMargin(6);
    m_hintLabel->hide();

    m_usernameEdit->setObjectName(QStringLiteral("usernameLineEdit"));
    m_usernameEdit->setAccessibleName(tr("Username"));
    m_usernameEdit->setAccessibleDescription(tr("The name of your organisation account"));
    m_usernameEdit->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_usernameEdit->setClearButtonEnabled(false);

    m_passwordEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_capsLockWarning->watch(
        m_passwordEdit, tr("Press Enter to sign in. Alt+F8 shows or hides the password"),
        tr("Caps Lock is on. Press Enter to sign in. Alt+F8 shows or hides the password"));
    m_passwordEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);

    m_showPasswordAction->setObjectName(QStringLiteral("showPasswordAction"));
    m_showPasswordAction->setCheckable(true);
    // The eye button in the field takes no focus, so the keyboard gets Windows' sign-in shortcut for it.
    m_showPasswordAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_F8));
    m_showPasswordAction->setShortcutContext(Qt::WidgetShortcut);
    m_passwordEdit->addAction(m_showPasswordAction, QLineEdit::TrailingPosition);
    connect(m_showPasswordAction, &QAction::toggled, this, &PasswordPage::updatePasswordVisibility);
    updatePasswordVisibility();

    m_rememberCheckBox->setObjectName(QStringLiteral("rememberCheckBox"));
    m_rememberCheckBox->setAccessibleName(tr("Remember me on this computer"));
    m_rememberCheckBox->setAccessibleDescription(
        tr("Keeps a sign-in token in the system keychain so you can skip the password next time"));
    m_rememberCheckBox->setChecked(flow->rememberMeSuggested());
    connect(flow, &SignInFlow::signedOut, m_rememberCheckBox,
            [this] { m_rememberCheckBox->setChecked(this->flow()->rememberMeSuggested()); });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Username:"), m_usernameEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    form->addRow(QString(), findChild<QLabel *>(QStringLiteral("capsLockLabel")));
    form->addRow(QString(), m_rememberCheckBox);

    contentLayout()->addWidget(m_hintLabel);
    contentLayout()->addSpacing(4);
    contentLayout()->addLayout(form);

    connect(m_usernameEdit, &QLineEdit::textEdited, this, &PasswordPage::inputEdited);
    connect(m_passwordEdit, &QLineEdit::textEdited, this, &PasswordPage::inputEdited);
    connect(flow, &SignInFlow::stepChanged, this, [this](SignInFlow::Step step) {
        if (step != SignInFlow::Step::Password) {
            m_passwordEdit->clear(); // not kept in the widget once the server has accepted it
        }
    });

    setTabOrder(m_usernameEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_rememberCheckBox);
    refresh();
}

void PasswordPage::setHint(const QString &hint)
{
    m_hintLabel->setText(hint);
    m_hintLabel->setVisible(!hint.isEmpty());
}

void PasswordPage::allowHintSelection()
{
    m_hintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void PasswordPage::setCapsLockState(std::unique_ptr<CapsLockState> state)
{
    m_capsLockWarning->setState(std::move(state));
}

bool PasswordPage::inputComplete() const
{
    return !m_usernameEdit->text().trimmed().isEmpty() && !m_passwordEdit->text().isEmpty();
}

bool PasswordPage::submit()
{
    flow()->submitPassword(m_usernameEdit->text(), m_passwordEdit->text(), m_rememberCheckBox->isChecked());
    return false;
}

void PasswordPage::refresh()
{
    if (m_usernameEdit->text().isEmpty()) {
        m_usernameEdit->setText(flow()->username());
    }
    // Turned off by policy: shown disabled, saying who decided. Turned off elsewhere: not offered at all.
    const FlowOptions &options = flow()->options();
    const bool managedOff = options.rememberMeLocked && !options.rememberMeAllowed;
    m_rememberCheckBox->setVisible(options.rememberMeAllowed || managedOff);
    if (managedOff) {
        m_rememberCheckBox->setChecked(false);
        m_rememberCheckBox->setEnabled(false);
        m_rememberCheckBox->setToolTip(tr("Managed by your organisation"));
        m_rememberCheckBox->setAccessibleDescription(tr("Managed by your organisation"));
    }
}

void PasswordPage::setInputsReadOnly(bool readOnly)
{
    m_usernameEdit->setReadOnly(readOnly);
    m_passwordEdit->setReadOnly(readOnly);
    m_rememberCheckBox->setEnabled(!readOnly && flow()->options().rememberMeAllowed);
}

void PasswordPage::onError(const AuthError &error)
{
    if (error.kind == AuthError::Kind::InvalidCredentials && !m_usernameEdit->text().trimmed().isEmpty()) {
        m_passwordEdit->setFocus(Qt::OtherFocusReason);
        m_passwordEdit->selectAll(); // typing replaces the wrong password, nothing else is lost
    }
}

QWidget *PasswordPage::primaryInput() const
{
    return m_usernameEdit->text().trimmed().isEmpty() ? m_usernameEdit : m_passwordEdit;
}

QString PasswordPage::nextText() const
{
    return tr("&Sign in");
}

QString PasswordPage::busyText() const
{
    return tr("Signing in…");
}

void PasswordPage::changeEvent(QEvent *event)
{
    FlowPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updatePasswordVisibility();
    }
}

void PasswordPage::updatePasswordVisibility()
{
    const bool shown = m_showPasswordAction->isChecked();
    m_passwordEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    const QString text = shown ? tr("Hide password") : tr("Show password");
    m_showPasswordAction->setText(text);
    m_showPasswordAction->setToolTip(shown ? tr("Hide password (Alt+F8)") : tr("Show password (Alt+F8)"));
    m_showPasswordAction->setIcon(eyeIcon(shown, palette().color(QPalette::Text)));
}

} // namespace latchkey
