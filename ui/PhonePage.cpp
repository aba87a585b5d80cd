#include "PhonePage.h"

#include "CallingCodes.h"
#include "LinkButton.h"
#include "PhoneLineEdit.h"
#include "PhoneNumber.h"
#include "PhoneNumberFormatter.h"
#include "RecentCountries.h"
#include "SpareTimeTask.h"
#include "UiLogging.h"
#include "WrappingLabel.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QStandardItemModel>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QWizard>

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
    , m_numberOnFileLabel(new WrappingLabel(this))
    , m_otherNumberButton(new LinkButton(QStringLiteral("otherNumberButton"), this))
    , m_countryCombo(new QComboBox(this))
    , m_phoneEdit(new PhoneLineEdit(this))
    , m_numberWarningLabel(new WrappingLabel(this))
    , m_channelCombo(new QComboBox(this))
    , m_region(PhoneNumber::defaultRegion())
{
    setPageTitle(tr("Your phone"));
    setPageDescription(tr("Where should Latchkey send your sign-in code?"));

    m_numberOnFileLabel->setObjectName(QStringLiteral("numberOnFileLabel"));
    m_numberOnFileLabel->setTextFormat(Qt::PlainText);
    m_numberOnFileLabel->hide();

    m_otherNumberButton->hide();

    m_countryCombo->setObjectName(QStringLiteral("countryComboBox"));
    m_countryCombo->setAccessibleName(tr("Country or region"));
    m_countryCombo->setAccessibleDescription(
        tr("Sets the calling code for numbers typed without a leading +"));
    m_countryCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_countryCombo->setMinimumContentsLength(20);
    m_countryCombo->setMaxVisibleItems(15);
    // Searchable by typing any part of an entry: "deu", "Allem" or "+49".
    m_countryCombo->setEditable(true);
    m_countryCombo->setInsertPolicy(QComboBox::NoInsert);
    m_countryCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_countryCombo->completer()->setFilterMode(Qt::MatchContains);
    m_countryCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_countryCombo->lineEdit()->setObjectName(QStringLiteral("countryLineEdit"));
    m_countryCombo->lineEdit()->setAccessibleName(tr("Country or region"));
    m_countryCombo->lineEdit()->setAccessibleDescription(
        tr("Type a name or a calling code such as +49 to search"));

    m_phoneEdit->setObjectName(QStringLiteral("phoneLineEdit"));
    m_phoneEdit->setAccessibleName(tr("Phone number"));
    m_phoneEdit->setAccessibleDescription(
        tr("Your mobile number, with or without the country code; spaces, dashes and brackets are fine"));
    m_phoneEdit->setRegion(m_region);

    m_numberWarningLabel->setObjectName(QStringLiteral("numberWarningLabel"));
    m_numberWarningLabel->setTextFormat(Qt::PlainText);
    m_numberWarningLabel->setAccessibleName(tr("Check the number"));
    m_numberWarningLabel->hide();

    m_channelCombo->setObjectName(QStringLiteral("channelComboBox"));
    m_channelCombo->setAccessibleName(tr("How to send the code"));
    m_channelCombo->setAccessibleDescription(tr("Only the ways your organisation allows are listed"));

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("C&ountry or region:"), m_countryCombo);
    m_form->addRow(tr("&Phone number:"), m_phoneEdit);
    m_form->addRow(QString(), m_numberWarningLabel);
    m_form->addRow(tr("Send the code &by:"), m_channelCombo);

    auto *otherNumberRow = new QHBoxLayout;
    otherNumberRow->addWidget(m_otherNumberButton);
    otherNumberRow->addStretch(1);

    contentLayout()->addWidget(m_numberOnFileLabel);
    contentLayout()->addLayout(m_form);
    contentLayout()->addLayout(otherNumberRow);

    connect(m_phoneEdit, &PhoneLineEdit::numberEdited, this, &PhonePage::onNumberEdited);
    connect(m_countryCombo, &QComboBox::currentIndexChanged, this, &PhonePage::onRegionChanged);
    connect(m_countryCombo, &QComboBox::activated, this, &PhonePage::onCountryChosen);
    // A search that was not completed shows the selected country again.
    connect(m_countryCombo->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_countryCombo->currentIndex() >= 0) {
            m_countryCombo->setEditText(m_countryCombo->itemText(m_countryCombo->currentIndex()));
        }
    });
    connect(m_channelCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateNumberChoice(); // email has no number to type
        inputEdited();
    });
    // Until the user picks a channel, the settings' default stays selected as the offered list changes.
    connect(m_channelCombo, &QComboBox::activated, this,
            [this] { m_channelCombo->setProperty("chosenByUser", true); });
    connect(flow, &SignInFlow::detailsChanged, this, &PhonePage::refresh);
    connect(m_otherNumberButton, &QPushButton::clicked, this, &PhonePage::toggleOtherNumber);
    // Back from the code page ("Use a different number") or changing the number after sign-in: the user
    // wants another number, so the fields are open rather than the number on file offered again.
    connect(flow, &SignInFlow::stepChanged, this, [this](SignInFlow::Step step) {
        const SignInFlow::Step previous = std::exchange(m_lastStep, step);
        if (step == SignInFlow::Step::Phone &&
            (previous == SignInFlow::Step::Code || previous == SignInFlow::Step::Done)) {
            m_typingOtherNumber = true;
            updateNumberChoice();
        }
    });

    // The editable combo's own line edit takes focus, so the chain must run through it or Shift+Tab loops.
    setTabOrder(m_countryCombo->lineEdit(), m_phoneEdit);
    setTabOrder(m_phoneEdit, m_channelCombo);
    setTabOrder(m_channelCombo, m_otherNumberButton);
    refresh();
}

QString PhonePage::regionCode() const
{
    return m_region;
}

void PhonePage::setRegionCode(const QString &region)
{
    const QString code = region.toUpper();
    if (m_countryCombo->count() == 0) {
        m_region = code; // selected when the list is built (libphonenumber is not loaded before)
        m_phoneEdit->setRegion(code);
        return;
    }
    const int index = m_countryCombo->findData(code);
    if (index >= 0) {
        m_countryCombo->setCurrentIndex(index);
    }
}

void PhonePage::initializePage()
{
    prepareCountries();
    FlowPage::initializePage();
}

bool PhonePage::inputComplete() const
{
    // While the server's "too many requests" wait runs, nothing can be sent: the page shows the countdown.
    return (sendsByEmail() || usesPrefilledNumber() || !m_phoneEdit->text().trimmed().isEmpty()) &&
           m_channelCombo->currentIndex() >= 0 && flow()->lockoutSecondsLeft() == 0;
}

bool PhonePage::submit()
{
    const auto channel = static_cast<Channel>(m_channelCombo->currentData().toInt());
    if (channel == Channel::Email) {
        flow()->submitEmailOnFile(); // the address on file: none is ever typed here
    } else if (usesPrefilledNumber()) {
        flow()->submitPrefilledNumber(channel); // the full number stays in the flow
    } else {
        flow()->submitPhone(m_phoneEdit->text(), regionCode(), channel);
        const QString region = regionCode();
        QThreadPool::globalInstance()->start([region] { RecentCountries().remember(region); });
    }
    return false;
}

bool PhonePage::usesPrefilledNumber() const
{
    return flow()->canSendToPrefilledNumber() && (flow()->isPhoneNumberLocked() || !m_typingOtherNumber);
}

bool PhonePage::sendsByEmail() const
{
    return m_channelCombo->currentIndex() >= 0 &&
           static_cast<Channel>(m_channelCombo->currentData().toInt()) == Channel::Email;
}

void PhonePage::toggleOtherNumber()
{
    m_typingOtherNumber = !m_typingOtherNumber;
    updateNumberChoice();
    inputEdited();
    if (m_typingOtherNumber) {
        m_phoneEdit->setFocus(Qt::OtherFocusReason);
    } else {
        focusPrimaryInput();
    }
}

void PhonePage::updateNumberChoice()
{
    const bool byEmail = sendsByEmail();
    const bool offered = flow()->canSendToPrefilledNumber() && !byEmail;
    const bool locked = flow()->isPhoneNumberLocked() && !byEmail;
    const bool prefilled = usesPrefilledNumber() || byEmail;
    const QString masked =
        keepTogether(byEmail ? flow()->maskedEmailOnFile() : flow()->maskedPrefilledNumber());
    // The number on file is the page's one action (its primary button); typing another is the way out.
    setPageTitle(byEmail ? tr("Your email") : tr("Your phone"));
    setPageDescription(!prefilled ? tr("Where should Latchkey send your sign-in code?")
                       : locked   ? tr("Your organisation sends your sign-in code to %1.").arg(masked)
                                  : tr("Latchkey will send your sign-in code to %1.").arg(masked));
    m_otherNumberButton->setVisible(offered && !locked);
    // With a number to send to, the primary button says it all; otherwise the user types the one on file.
    m_numberOnFileLabel->setVisible(!m_numberOnFileLabel->text().isEmpty() &&
                                    !flow()->canSendToPrefilledNumber() && !byEmail);
    m_otherNumberButton->setText(prefilled ? tr("Use a &different number")
                                           : tr("Send to %1 &instead").arg(masked));
    m_otherNumberButton->setAccessibleName(prefilled ? tr("Use a different number")
                                                     : tr("Send to %1 instead").arg(masked));
    m_otherNumberButton->setAccessibleDescription(prefilled ? tr("Type another number")
                                                            : tr("Send the code to the number on file"));
    m_otherNumberButton->setEnabled(!flow()->isBusy());
    m_form->setRowVisible(m_countryCombo, !prefilled);
    m_form->setRowVisible(m_phoneEdit, !prefilled);
    updateNumberWarning();
    m_countryCombo->setEnabled(!prefilled && !flow()->isBusy());
    m_phoneEdit->setReadOnly(flow()->isBusy());
    updateButtonText();
}

void PhonePage::refresh()
{
    const QString onFile = keepTogether(flow()->maskedNumberOnFile());
    m_numberOnFileLabel->setText(
        onFile.isEmpty() ? QString()
                         : tr("Your organisation has %1 on file for you. Enter that number.").arg(onFile));
    preselectRegionOfNumberOnFile();
    refreshChannels(); // first: the chosen channel decides whether there is a number to type
    updateNumberChoice();
}

void PhonePage::setInputsReadOnly(bool readOnly)
{
    m_phoneEdit->setReadOnly(readOnly);
    m_countryCombo->setEnabled(!readOnly && !usesPrefilledNumber());
    m_otherNumberButton->setEnabled(!readOnly);
    m_channelCombo->setEnabled(!readOnly && m_channelCombo->count() > 1 && !channelIsManaged(flow()));
}

void PhonePage::onError(const AuthError &error)
{
    Q_UNUSED(error)
    primaryInput()->setFocus(Qt::OtherFocusReason); // the typed number stays as it was
}

QWidget *PhonePage::primaryInput() const
{
    if (usesPrefilledNumber() || sendsByEmail()) {
        // Nothing to type: the focus waits on the one action, so Space or Enter sends the code.
        return wizard() ? wizard()->button(QWizard::NextButton) : static_cast<QWidget *>(m_channelCombo);
    }
    return m_phoneEdit;
}

QString PhonePage::nextText() const
{
    if (sendsByEmail()) {
        return tr("Send &code to %1").arg(keepTogether(flow()->maskedEmailOnFile()));
    }
    return usesPrefilledNumber() ? tr("Send &code to %1").arg(keepTogether(flow()->maskedPrefilledNumber()))
                                 : tr("Send &code");
}

QString PhonePage::busyText() const
{
    return tr("Sending the code…");
}

void PhonePage::prepareCountries()
{
    if (m_countriesRequested) {
        return;
    }
    m_countriesRequested = true;
    // A few hundred ICU look-ups, a collation and libphonenumber's metadata: 15-25 ms that the UI thread
    // does not wait for. The page shows the selected region's calling code in the number meanwhile. In spare
    // time (nice 19): on 2 CPUs it had competed with the window's first moments (the keychain, the sandbox's
    // start).
    QPointer<PhonePage> self(this);
    const QLocale language;
    const QString userRegion = PhoneNumber::defaultRegion();
    SpareTimeTask::start([self, language, userRegion] {
        qsizetype leading = 0;
        const QList<CallingCodeEntry> entries = CallingCodes::ordered(CallingCodes::all(language), userRegion,
                                                                      RecentCountries().regions(), &leading);
        QList<std::pair<QString, QString>> labelledRegions;
        labelledRegions.reserve(entries.size());
        for (const CallingCodeEntry &entry : entries) {
            labelledRegions.append({tr("%1 (+%2)").arg(entry.name).arg(entry.callingCode), entry.region});
        }
        // Handed to the application's thread, where self is checked: self itself may be deleted there while
        // this thread reads it, so it is not the context.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, labelledRegions, leading] {
                if (self) {
                    self->fillCountries(labelledRegions, leading);
                }
            },
            Qt::QueuedConnection);
    });
}

void PhonePage::fillCountries(const QList<std::pair<QString, QString>> &labelledRegions, qsizetype leading)
{
    qCDebug(lcUi) << "filling the country list";
    // One model swapped in, rather than an item at a time through the combo box and its completer.
    auto *model = new QStandardItemModel(m_countryCombo);
    for (const auto &[label, region] : labelledRegions) {
        auto *item = new QStandardItem(label);
        item->setData(region, Qt::UserRole);
        model->appendRow(item);
    }
    const QSignalBlocker blocker(m_countryCombo);
    m_countryCombo->setModel(model);
    if (leading > 0 && leading < labelledRegions.size()) {
        m_countryCombo->insertSeparator(static_cast<int>(leading));
    }
    const int index = m_countryCombo->findData(m_region);
    m_countryCombo->setCurrentIndex(index >= 0 ? index
                                               : qMax(0, m_countryCombo->findData(QStringLiteral("US"))));
    m_region = m_countryCombo->currentData().toString();
    m_phoneEdit->setRegion(m_region);
    updatePlaceholder();
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
    // "+44 …" selects the United Kingdom, unless the chosen region already has that calling code; a complete
    // number moves the picker to its own region ("+1 416…" is Canada).
    const QString region = PhoneNumberFormatter::regionOf(text, regionCode());
    if (!region.isEmpty() && region != regionCode() &&
        (CallingCodes::callingCodeFor(region) != CallingCodes::callingCodeFor(regionCode()) ||
         PhoneNumber::parse(text, regionCode()).looksValid())) {
        setRegionCode(region);
    }
    if (!region.isEmpty()) {
        m_regionChosenByUser = true;
    }
    updateNumberWarning();
    inputEdited();
}

void PhonePage::onCountryChosen()
{
    m_regionChosenByUser = true;
    // Choosing a country changes the calling code of a number typed with one.
    m_phoneEdit->switchRegion(regionCode());
    inputEdited();
}

void PhonePage::onRegionChanged()
{
    if (m_countryCombo->currentIndex() < 0) {
        return;
    }
    m_region = m_countryCombo->currentData().toString();
    m_phoneEdit->setRegion(m_region);
    updatePlaceholder();
    updateNumberWarning();
    updateComplete();
}

void PhonePage::preselectRegionOfNumberOnFile()
{
    // The number on file ("+44 ••• ••42") says which country to start from, unless the user already chose.
    const QString prefilled = flow()->maskedPrefilledNumber();
    const QString onFile = prefilled.isEmpty() ? flow()->maskedNumberOnFile() : prefilled;
    if (m_regionChosenByUser || onFile.isEmpty() || !m_phoneEdit->text().isEmpty()) {
        return;
    }
    const QString region =
        PhoneNumberFormatter::regionOf(onFile.section(QLatin1Char(' '), 0, 0), regionCode());
    if (!region.isEmpty() &&
        CallingCodes::callingCodeFor(region) != CallingCodes::callingCodeFor(regionCode())) {
        setRegionCode(region);
    }
}

void PhonePage::updateNumberWarning()
{
    // Only numbers that cannot exist are refused (by the flow). Debian's metadata may be older than the
    // number, so one that is possible but not known to be valid gets a warning and can still be sent.
    const PhoneNumber number = PhoneNumber::parse(m_phoneEdit->text(), regionCode());
    const bool unusual = !usesPrefilledNumber() && !sendsByEmail() && number.isPossible() &&
                         !number.isLocalOnly() && !number.looksValid();
    m_numberWarningLabel->setText(
        unusual
            ? tr("This number looks unusual for %1. Check it; if it is right, you can still send the code.")
                  .arg(CallingCodes::regionName(regionCode()))
            : QString());
    m_numberWarningLabel->setVisible(unusual);
}

void PhonePage::updatePlaceholder()
{
    const QString example = CallingCodes::exampleNumber(regionCode());
    m_phoneEdit->setPlaceholderText(example.isEmpty() ? QString() : tr("e.g. %1").arg(example));
}

} // namespace latchkey
