#include "EnrolmentPage.h"

#include "CapsLockWarning.h"

#include "PasswordStrength.h"
#include "WrappingLabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>

namespace latchkey {

EnrolmentPage::EnrolmentPage(SignInFlow *flow, QWidget *parent)
    : FlowPage(flow, SignInFlow::Step::Enrolment, parent)
    , m_usernameEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_confirmEdit(new QLineEdit(this))
    , m_strengthBar(new QProgressBar(this))
    , m_strengthLabel(new QLabel(this))
{
    setPageTitle(tr("Set up this computer"));
    setPageDescription(tr("Choose a password for signing in here. Next, a code confirms your phone number."));

    auto *explanation = new WrappingLabel(this);
    explanation->setObjectName(QStringLiteral("enrolmentLabel"));
    explanation->setTextFormat(Qt::PlainText);
    explanation->setText(tr("The password is checked on this computer only and is never stored: the "
                            "keychain keeps a one-way check of it."));

    m_usernameEdit->setObjectName(QStringLiteral("enrolUsernameLineEdit"));
    m_usernameEdit->setAccessibleName(tr("Username"));
    m_usernameEdit->setAccessibleDescription(tr("The name you will sign in with on this computer"));
    m_usernameEdit->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);

    for (QLineEdit *edit : {m_passwordEdit, m_confirmEdit}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        connect(edit, &QLineEdit::textEdited, this, &EnrolmentPage::inputEdited);
    }
    m_passwordEdit->setObjectName(QStringLiteral("newPasswordLineEdit"));
    m_passwordEdit->setAccessibleName(tr("New password"));
    m_passwordEdit->setAccessibleDescription(
        tr("At least %n characters; a few unrelated words make a strong password", nullptr,
           SignInFlow::minimumPasswordLength));
    m_confirmEdit->setObjectName(QStringLiteral("confirmPasswordLineEdit"));
    m_confirmEdit->setAccessibleName(tr("Repeat the new password"));
    auto *capsLockLabel = new QLabel(this);
    auto *capsLockWarning = new CapsLockWarning(capsLockLabel, this);
    for (QLineEdit *edit : {m_passwordEdit, m_confirmEdit}) {
        const QString description = edit->accessibleDescription();
        const QString capsLockOn = tr("Caps Lock is on.");
        capsLockWarning->watch(edit, description,
                               description.isEmpty() ? capsLockOn
                                                     : capsLockOn + QLatin1Char(' ') + description);
    }

    m_strengthBar->setObjectName(QStringLiteral("strengthProgressBar"));
    m_strengthBar->setRange(0, 4);
    m_strengthBar->setTextVisible(false);
    m_strengthBar->setMaximumHeight(8);
    m_strengthBar->setAccessibleName(tr("Password strength"));
    m_strengthLabel->setObjectName(QStringLiteral("strengthLabel"));

    auto *strengthRow = new QHBoxLayout;
    strengthRow->addWidget(m_strengthBar, 1);
    strengthRow->addWidget(m_strengthLabel);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Username:"), m_usernameEdit);
    form->addRow(tr("&New password:"), m_passwordEdit);
    form->addRow(QString(), strengthRow);
    form->addRow(tr("&Repeat it:"), m_confirmEdit);
    form->addRow(QString(), capsLockLabel);

    contentLayout()->addWidget(explanation);
    contentLayout()->addSpacing(4);
    contentLayout()->addLayout(form);

    connect(m_usernameEdit, &QLineEdit::textEdited, this, &EnrolmentPage::inputEdited);
    connect(m_usernameEdit, &QLineEdit::textChanged, this, &EnrolmentPage::updateStrength);
    connect(m_passwordEdit, &QLineEdit::textChanged, this, &EnrolmentPage::updateStrength);
    connect(flow, &SignInFlow::stepChanged, this, [this](SignInFlow::Step step) {
        if (step != SignInFlow::Step::Enrolment) {
            m_passwordEdit->clear(); // the flow has what it needs; the widgets keep no password
            m_confirmEdit->clear();
        }
    });

    setTabOrder(m_usernameEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_confirmEdit);
    updateStrength();
}

bool EnrolmentPage::inputComplete() const
{
    return !m_usernameEdit->text().trimmed().isEmpty() && !m_passwordEdit->text().isEmpty() &&
           !m_confirmEdit->text().isEmpty();
}

bool EnrolmentPage::submit()
{
    flow()->submitEnrolment(m_usernameEdit->text(), m_passwordEdit->text(), m_confirmEdit->text());
    return false;
}

void EnrolmentPage::refresh()
{
    if (m_usernameEdit->text().isEmpty()) {
        m_usernameEdit->setText(flow()->username());
    }
}

void EnrolmentPage::setInputsReadOnly(bool readOnly)
{
    m_usernameEdit->setReadOnly(readOnly);
    m_passwordEdit->setReadOnly(readOnly);
    m_confirmEdit->setReadOnly(readOnly);
}

QWidget *EnrolmentPage::primaryInput() const
{
    return m_usernameEdit->text().trimmed().isEmpty() ? m_usernameEdit : m_passwordEdit;
}

QString EnrolmentPage::nextText() const
{
    return tr("&Continue");
}

QString EnrolmentPage::busyText() const
{
    return tr("Setting up…");
}

void EnrolmentPage::updateStrength()
{
    const QString password = m_passwordEdit->text();
    if (password.isEmpty()) {
        m_strengthBar->setValue(0);
        m_strengthLabel->clear();
        m_strengthBar->setAccessibleDescription(QString());
        return;
    }
    const PasswordStrength strength = PasswordStrength::of(password, {m_usernameEdit->text()});
    m_strengthBar->setValue(static_cast<int>(strength.level()) + 1);
    m_strengthLabel->setText(strength.label());
    m_strengthBar->setAccessibleDescription(strength.label());
}

} // namespace latchkey
