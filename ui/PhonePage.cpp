#include "PhonePage.h"

#include "CallingCodes.h"
#include "phone/PhoneNumber.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace latchkey {

namespace {

/** Policy fixes the channel when it sets the default channel and the server offers that channel. */
bool channelIsManaged(const SignInFlow *flow)
{
    const FlowOptions &options = flow->options();
    return options.defaultChannelLocked && flow->offeredChannels().contains(options.defaultChannel);
}

} // namespace

PhonePage::PhonePage(SignInFlow *flow, QWidget *parent)
    : FlowPage(flow, SignInFlow::Step::Phone, parent)
    , m_numberOnFileLabel(new QLabel(this))
    , m_countryCombo(new QComboBox(this))
    , m_phoneEdit(new QLineEdit(this))
    , m_channelCombo(new QComboBox(this))
{
    setTitle(tr("Your phone"));
    setSubTitle(tr("Where should Latchkey send your sign-in code?"));

    m_numberOnFileLabel->setObjectName(QStringLiteral("numberOnFileLabel"));
    m_numberOnFileLabel->setWordWrap(true);
    m_numberOnFileLabel->setTextFormat(Qt::PlainText);
    m_numberOnFileLabel->hide();

    m_countryCombo->setObjectName(QStringLiteral("countryComboBox"));
    m_countryCombo->setAccessibleName(tr("Country or region"));
    m_countryCombo->setAccessibleDescription(
        tr("Sets the calling code for numbers typed without a leading +"));
    m_countryCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_countryCombo->setMinimumContentsLength(24);
    m_countryCombo->setMaxVisibleItems(15);
    fillCountries();

    m_phoneEdit->setObjectName(QStringLiteral("phoneLineEdit"));
    m_phoneEdit->setAccessibleName(tr("Phone number"));
    m_phoneEdit->setAccessibleDescription(
        tr("Your mobile number, with or without the country code; spaces, dashes and brackets are fine"));
    m_phoneEdit->setInputMethodHints(Qt::ImhDialableCharactersOnly);

    m_channelCombo->setObjectName(QStringLiteral("channelComboBox"));
    m_channelCombo->setAccessibleName(tr("How to send the code"));
    m_channelCombo->setAccessibleDescription(tr("Only the ways your organisation allows are listed"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("C&ountry or region:"), m_countryCombo);
    form->addRow(tr("&Phone number:"), m_phoneEdit);
    form->addRow(tr("Send the code &by:"), m_channelCombo);

    contentLayout()->addWidget(m_numberOnFileLabel);
    contentLayout()->addSpacing(4);
    contentLayout()->addLayout(form);

    connect(m_phoneEdit, &QLineEdit::textEdited, this, &PhonePage::onNumberEdited);
    connect(m_countryCombo, &QComboBox::currentIndexChanged, this, [this] {
        updatePlaceholder();
        inputEdited();
    });
    connect(m_channelCombo, &QComboBox::currentIndexChanged, this, &PhonePage::inputEdited);
    // Until the user picks a channel, the settings' default stays selected as the offered list changes.
    connect(m_channelCombo, &QComboBox::activated, this,
            [this] { m_channelCombo->setProperty("chosenByUser", true); });
    connect(flow, &SignInFlow::detailsChanged, this, &PhonePage::refresh);

    setTabOrder(m_countryCombo, m_phoneEdit);
    setTabOrder(m_phoneEdit, m_channelCombo);
    setRegionCode(PhoneNumber::defaultRegion());
    updatePlaceholder();
    refresh();
}

QString PhonePage::regionCode() const
{
    return m_countryCombo->currentData().toString();
}

void PhonePage::setRegionCode(const QString &region)
{
    const int index = m_countryCombo->findData(region.toUpper());
    if (index >= 0) {
        m_countryCombo->setCurrentIndex(index);
    }
}

bool PhonePage::inputComplete() const
{
    return !m_phoneEdit->text().trimmed().isEmpty() && m_channelCombo->currentIndex() >= 0;
}

bool PhonePage::submit()
{
    const auto channel = static_cast<Channel>(m_channelCombo->currentData().toInt());
    flow()->submitPhone(m_phoneEdit->text(), regionCode(), channel);
    return false;
}

void PhonePage::refresh()
{
    const QString onFile = flow()->maskedNumberOnFile();
    m_numberOnFileLabel->setText(
        onFile.isEmpty() ? QString()
                         : tr("Your organisation has %1 on file for you. Enter that number.").arg(onFile));
    m_numberOnFileLabel->setVisible(!onFile.isEmpty());
    refreshChannels();
}

void PhonePage::setInputsReadOnly(bool readOnly)
{
    m_phoneEdit->setReadOnly(readOnly);
    m_countryCombo->setEnabled(!readOnly);
    m_channelCombo->setEnabled(!readOnly && m_channelCombo->count() > 1 && !channelIsManaged(flow()));
}

void PhonePage::onError(const AuthError &error)
{
    Q_UNUSED(error)
    m_phoneEdit->setFocus(Qt::OtherFocusReason); // the typed number stays as it was
}

QWidget *PhonePage::primaryInput() const
{
    return m_phoneEdit;
}

QString PhonePage::nextText() const
{
    return tr("Send &code");
}

QString PhonePage::busyText() const
{
    return tr("Sending the code…");
}

void PhonePage::fillCountries()
{
    const QList<CallingCodeEntry> entries = CallingCodes::all();
    for (const CallingCodeEntry &entry : entries) {
        m_countryCombo->addItem(tr("%1 (+%2)").arg(entry.name).arg(entry.callingCode), entry.region);
    }
}

void PhonePage::refreshChannels()
{
    const QList<Channel> offered = flow()->offeredChannels();
    const bool managed = channelIsManaged(flow());
    const QVariant preset(static_cast<int>(flow()->options().defaultChannel));
    const bool chosen =
        m_channelCombo->property("chosenByUser").toBool() && m_channelCombo->currentIndex() >= 0;
    const QVariant selected = !managed && chosen ? m_channelCombo->currentData() : preset;
    QList<int> current;
    for (int i = 0; i < m_channelCombo->count(); ++i) {
        current.append(m_channelCombo->itemData(i).toInt());
    }
    QList<int> wanted;
    for (Channel channel : offered) {
        wanted.append(static_cast<int>(channel));
    }
    if (current != wanted) {
        const QSignalBlocker blocker(m_channelCombo);
        m_channelCombo->clear();
        for (Channel channel : offered) {
            m_channelCombo->addItem(channelLabel(channel), static_cast<int>(channel));
        }
        const int index = m_channelCombo->findData(selected);
        m_channelCombo->setCurrentIndex(index >= 0 ? index : 0);
    } else if (!chosen && m_channelCombo->findData(selected) >= 0) {
        const QSignalBlocker blocker(m_channelCombo); // not an edit: a shown error stays
        m_channelCombo->setCurrentIndex(m_channelCombo->findData(selected));
    }
    m_channelCombo->setEnabled(!flow()->isBusy() && m_channelCombo->count() > 1 && !managed);
    const QString managedText = tr("Managed by your organisation");
    m_channelCombo->setToolTip(managed ? managedText
                               : flow()->options().allowedChannelsLocked
                                   ? tr("The choices are managed by your organisation")
                                   : QString());
    m_channelCombo->setAccessibleDescription(
        managed ? managedText : tr("Only the ways your organisation allows are listed"));
    updateComplete();
}

void PhonePage::onNumberEdited(const QString &text)
{
    // "+44 …" selects the United Kingdom, unless the chosen region already has that calling code.
    const QString region = CallingCodes::regionForInternationalInput(text);
    if (!region.isEmpty() &&
        CallingCodes::callingCodeFor(region) != CallingCodes::callingCodeFor(regionCode())) {
        setRegionCode(region);
    }
    inputEdited();
}

void PhonePage::updatePlaceholder()
{
    const QString example = CallingCodes::exampleNumber(regionCode());
    m_phoneEdit->setPlaceholderText(example.isEmpty() ? QString() : tr("e.g. %1").arg(example));
}

} // namespace latchkey
