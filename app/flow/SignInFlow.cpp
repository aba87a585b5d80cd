#include "SignInFlow.h"

#include "Clock.h"
#include "Countdown.h"
#include "Logging.h"
#include "NumberChange.h"
#include "PasswordStrength.h"
#include "PhoneNumber.h"
#include "PrefilledNumber.h"
#include "RememberedSignIn.h"
#include "SecretWipe.h"

#include <QCoreApplication>
#include <QLocale>

namespace latchkey {

namespace {

bool isAmbiguousTransportFailure(AuthError::Kind kind)
{
    // The request may have reached the server: the code may already be consumed, so only an explicit
    // "Try again" may send the same code once more.
    return kind == AuthError::Kind::Timeout || kind == AuthError::Kind::NetworkFailure ||
           kind == AuthError::Kind::ServerError || kind == AuthError::Kind::BadResponse;
}

/**
 * A send the server accepted (2xx) whose answer could not be read: unreadable, cut off by a reset or a
 * deadline, or too large. The code may be on its way, so the code step is where the user belongs.
 */
bool codeMayHaveBeenSent(const AuthError &error)
{
    const bool accepted = error.httpStatus >= 200 && error.httpStatus < 300;
    return accepted &&
           (error.kind == AuthError::Kind::BadResponse || error.kind == AuthError::Kind::Timeout ||
            error.kind == AuthError::Kind::NetworkFailure || error.kind == AuthError::Kind::ResponseTooLarge);
}

QString codeMayHaveBeenSentNotice()
{
    return QCoreApplication::translate("SignInFlow", "A code may have been sent anyway: enter it if it "
                                                     "arrives, or send a new one.");
}

} // namespace

SignInFlow::SignInFlow(AuthService *auth, SecretStore *secrets, Clock *clock, FlowOptions options,
                       QObject *parent)
    : QObject(parent)
    , m_auth(auth)
    , m_localAccount(qobject_cast<LocalAccountService *>(auth))
    , m_clock(clock)
    , m_options(std::move(options))
    , m_remembered(new RememberedSignIn(secrets, clock, this))
    , m_numberChange(new NumberChange(m_localAccount, m_remembered, this))
    , m_prefilled(m_options.phoneNumber, m_options.phoneNumberLocked, m_remembered, m_numberChange)
    , m_resendCountdown(new Countdown(clock, this))
    , m_callCountdown(new Countdown(clock, this))
    , m_lockoutCountdown(new Countdown(clock, this))
    , m_stillWaitingCountdown(new Countdown(clock, this))
    , m_cooldowns(m_options.cooldownFile)
    , m_username(m_options.prefilledUsername)
    , m_rememberMeSuggested(m_options.rememberMeDefault)
{
    connect(m_auth, &AuthService::loggedIn, this, &SignInFlow::onLoggedIn);
    connect(m_auth, &AuthService::codeSent, this, &SignInFlow::onCodeSent);
    connect(m_auth, &AuthService::codeApproved, this, &SignInFlow::onCodeApproved);
    connect(m_auth, &AuthService::failed, this, &SignInFlow::onFailed);
    if (m_localAccount) {
        connect(m_localAccount, &LocalAccountService::prepared, this, &SignInFlow::onPrepared);
        connect(m_localAccount, &LocalAccountService::enrolmentStarted, this,
                &SignInFlow::onEnrolmentStarted);
        connect(m_localAccount, &LocalAccountService::enrolmentCompleted, this,
                &SignInFlow::onEnrolmentCompleted);
    }
    connect(m_numberChange, &NumberChange::changed, this, &SignInFlow::onNumberChanged);
    connect(m_resendCountdown, &Countdown::secondsLeftChanged, this, &SignInFlow::resendSecondsLeftChanged);
    connect(m_callCountdown, &Countdown::secondsLeftChanged, this, &SignInFlow::callSecondsLeftChanged);
    connect(m_lockoutCountdown, &Countdown::secondsLeftChanged, this, &SignInFlow::lockoutSecondsLeftChanged);
    connect(m_lockoutCountdown, &Countdown::expired, this, [this] {
        if (m_error.isLockout()) {
            setError(AuthError());
        }
    });
    connect(m_stillWaitingCountdown, &Countdown::expired, this, [this] { setWaitingLong(isBusy()); });
    connect(m_remembered, &RememberedSignIn::sessionRead, this, &SignInFlow::onRememberedSessionRead);
    connect(m_remembered, &RememberedSignIn::deviceTokenRead, this, &SignInFlow::onDeviceTokenRead);
    connect(m_remembered, &RememberedSignIn::lastNumberChanged, this, &SignInFlow::detailsChanged);
    connect(m_remembered, &RememberedSignIn::writeFailed, this, [this](const QString &message) {
        setNotice(tr("You will need to sign in again next time: %1").arg(message));
    });
}

SignInFlow::~SignInFlow() = default;

QList<Channel> SignInFlow::offeredChannels() const
{
    QList<Channel> offered;
    for (Channel channel : m_options.allowedChannels) {
        if (channel == Channel::Email && m_capabilities.maskedEmailOnFile.isEmpty()) {
            continue; // never to an address typed at sign-in: a stolen password would come with one
        }
        if (m_capabilities.channels.contains(channel)) {
            offered.append(channel);
        }
    }
    return offered;
}

QString SignInFlow::maskedPhone() const
{
    return m_phone ? m_phone->masked() : m_capabilities.maskedNumberOnFile;
}

QString SignInFlow::maskedDestination() const
{
    return m_channel == Channel::Email ? m_capabilities.maskedEmailOnFile : maskedPhone();
}

SignInFlow::NumberSource SignInFlow::prefilledNumberSource() const
{
    return m_prefilled.source(m_capabilities);
}

QString SignInFlow::maskedPrefilledNumber() const
{
    return m_prefilled.masked(m_capabilities);
}

bool SignInFlow::canSendToPrefilledNumber() const
{
    return m_prefilled.canSend(m_capabilities);
}

bool SignInFlow::isPhoneNumberLocked() const
{
    return m_prefilled.isLocked();
}

int SignInFlow::resendSecondsLeft() const
{
    return m_resendCountdown->secondsLeft();
}

int SignInFlow::callSecondsLeft() const
{
    return m_callCountdown->secondsLeft();
}

int SignInFlow::lockoutSecondsLeft() const
{
    return m_lockoutCountdown->secondsLeft();
}

QDateTime SignInFlow::lockoutEndsAt() const
{
    return m_lockoutCountdown->isRunning() ? m_lockoutCountdown->deadline() : QDateTime();
}

bool SignInFlow::canResend() const
{
    return m_step == Step::Code && !isBusy() && !m_resendCountdown->isRunning() &&
           !m_lockoutCountdown->isRunning();
}

bool SignInFlow::offersCallInstead() const
{
    // After an email, the phone step chooses a number first (a call goes to a number, not an address).
    return m_channel != Channel::Call && m_channel != Channel::Email &&
           offeredChannels().contains(Channel::Call);
}

bool SignInFlow::canRequestCall() const
{
    return m_step == Step::Code && !isBusy() && offersCallInstead() && !m_callCountdown->isRunning() &&
           !m_lockoutCountdown->isRunning();
}

bool SignInFlow::offersTextInstead() const
{
    // After an email, the number is the one typed before it or the one the server (or enrolment) has.
    const bool numberKnown = m_channel == Channel::Call ||
                             (m_channel == Channel::Email && (m_phone || m_capabilities.sendsToNumberOnFile));
    return numberKnown && offeredChannels().contains(Channel::Sms);
}

bool SignInFlow::offersEmailInstead() const
{
    return m_channel != Channel::Email && offeredChannels().contains(Channel::Email);
}

bool SignInFlow::canRequestText() const
{
    return m_step == Step::Code && !isBusy() && offersTextInstead() && !m_resendCountdown->isRunning() &&
           !m_lockoutCountdown->isRunning();
}

bool SignInFlow::canRequestEmail() const
{
    return m_step == Step::Code && !isBusy() && offersEmailInstead() && !m_resendCountdown->isRunning() &&
           !m_lockoutCountdown->isRunning();
}

bool SignInFlow::isRememberDeviceOffered() const
{
    return m_options.rememberDeviceAllowed && m_capabilities.deviceTrust &&
           !deviceTrustKeyInUse().isEmpty() &&
           !isChangingNumber(); // a number change ends by forgetting remembered devices
}

bool SignInFlow::isRememberDeviceShown() const
{
    const bool managedOff = m_options.rememberDeviceLocked && !m_options.rememberDeviceAllowed;
    return isRememberDeviceOffered() ||
           (managedOff && m_capabilities.deviceTrust && m_remembered->isAvailable() &&
            !m_auth->deviceTrustKey().isEmpty() && !isChangingNumber());
}

int SignInFlow::rememberDeviceDays() const
{
    const int policy = qMax(1, m_options.rememberDeviceDays);
    return m_capabilities.deviceTrustDays > 0 ? qMin(policy, m_capabilities.deviceTrustDays) : policy;
}

bool SignInFlow::canChangeNumber() const
{
    // A number fixed by policy wins at every sign-in: a changed enrolment would never be used.
    return m_step == Step::Done && !isBusy() && !m_failedOpen && !isPhoneNumberLocked() &&
           m_numberChange->isPossible();
}

bool SignInFlow::isChangingNumber() const
{
    return m_numberChange->isRunning();
}

void SignInFlow::changeNumber()
{
    if (!canChangeNumber()) {
        return;
    }
    if (m_signedInByDeviceTrust && serverAsksToWait()) {
        return; // the old number's code cannot be asked for yet; nothing has changed
    }
    // Not finished while the change runs, so the steps accept input; cancel() restores Done.
    m_outcome.reset();
    m_rememberDevice = false;
    setError(AuthError());
    setNotice(QString());
    // No code was typed in a sign-in by a remembered device: the old number proves itself first.
    m_numberChange->begin(!m_signedInByDeviceTrust);
    if (m_numberChange->stage() == NumberChange::Stage::OldNumber) {
        qCInfo(lcFlow) << "changing the number: a code to the old number first";
        sendCode(std::nullopt, m_channel, Pending::SendCode);
        return;
    }
    qCInfo(lcFlow) << "changing the number";
    askForNewNumber();
}

void SignInFlow::askForNewNumber()
{
    m_phone.reset();
    m_capabilities.sendsToNumberOnFile = false;
    emit detailsChanged();
    serverAsksToWait();
    setStep(Step::Phone);
}

void SignInFlow::onNumberChanged()
{
    const QString masked = m_phone ? m_phone->masked() : QString();
    qCInfo(lcFlow) << "the enrolled number changed to" << masked;
    m_capabilities.maskedNumberOnFile = masked;
    m_capabilities.sendsToNumberOnFile = true;
    m_phone.reset();
    endNumberChange();
    setNotice(tr("Your phone number is now %1. Codes go to it from now on.").arg(masked));
    setPending(Pending::None);
    emit numberChangeFinished(true);
}

void SignInFlow::endNumberChange()
{
    m_numberChange->end();
    m_resendCountdown->stop();
    m_callCountdown->stop();
    m_lockoutCountdown->stop();
    m_lastSubmittedCode.clear();
    m_outcome = Outcome::SignedIn; // still signed in: finished(SignedIn) was announced before the change
    emit detailsChanged();
    setStep(Step::Done);
}

QString SignInFlow::signedOutNotice()
{
    return tr("Signed out. This computer no longer remembers you.");
}

QString SignInFlow::deviceTrustKeyInUse() const
{
    if (!m_remembered->isAvailable() || !m_options.rememberDeviceAllowed) {
        return QString();
    }
    return m_auth->deviceTrustKey();
}

void SignInFlow::setRememberDevice(bool remember)
{
    m_rememberDevice = remember;
}

bool SignInFlow::isRememberMeOpen() const
{
    return m_passwordAccepted && !m_rememberMeAnswered && m_remembered->isAvailable() && !isFinished();
}

void SignInFlow::setRememberMe(bool remember)
{
    if (isFinished() || !m_options.rememberMeAllowed) {
        return;
    }
    m_rememberMe = remember;
    m_rememberMeSuggested = remember;
    m_rememberMeAnswered = true;
    if (m_passwordAccepted) {
        applyRememberMe();
    }
    if (std::exchange(m_finishWhenRememberMeAnswered, false)) {
        if (!m_signedInByDeviceTrust) {
            rememberLastPhoneNumber(); // held back at the approved code for this answer
        }
        finish(Outcome::SignedIn);
    }
}

void SignInFlow::applyRememberMe()
{
    if (m_rememberMe && !m_sessionToken.isEmpty()) {
        m_remembered->keepSession(m_sessionToken);
    } else {
        m_remembered->forgetSession();
    }
}

QString SignInFlow::normalizeCode(const QString &input)
{
    QString digits;
    for (const QChar c : input) {
        const int value = c.digitValue(); // also Arabic-Indic, Devanagari, full-width... digits
        if (value >= 0 && value <= 9) {
            digits += QChar(u'0' + value);
        }
    }
    return digits;
}

void SignInFlow::start()
{
    if (isBusy() || m_step != Step::Password || isFinished()) {
        return;
    }
    if (!m_prefilled.hasPolicyNumber()) {
        m_remembered->readLastNumber(); // read alongside: the phone step needs it later
    }
    if (!m_localAccount) {
        readRememberedSession(); // nothing to prepare on this computer
        return;
    }
    setPending(Pending::Prepare);
    m_localAccount->prepare();
}

void SignInFlow::onPrepared(bool needsEnrolment)
{
    if (m_pending != Pending::Prepare) {
        return;
    }
    if (needsEnrolment) {
        m_enrolling = true;
        qCInfo(lcFlow) << "this computer has no local account yet: enrolment";
        setStep(Step::Enrolment);
        setPending(Pending::None);
        return;
    }
    readRememberedSession();
}

void SignInFlow::readRememberedSession()
{
    if (!m_remembered->isAvailable()) {
        setPending(Pending::None);
        return;
    }
    setPending(Pending::Resume);
    m_remembered->readSession();
}

void SignInFlow::submitEnrolment(const QString &username, const QString &password,
                                 const QString &confirmation)
{
    if (m_step != Step::Enrolment || isBusy() || isFinished() || !m_localAccount) {
        return;
    }
    if (username.trimmed().isEmpty()) {
        setError(AuthError::of(AuthError::Kind::InvalidCredentials, tr("Choose a username.")));
        return;
    }
    if (password.size() < minimumPasswordLength) {
        setError(AuthError::of(
            AuthError::Kind::InvalidCredentials,
            tr("Choose a password of at least %n characters.", nullptr, minimumPasswordLength)));
        return;
    }
    const PasswordStrength strength = PasswordStrength::of(password, {username});
    if (strength.level() == PasswordStrength::Level::TooWeak) {
        setError(AuthError::of(AuthError::Kind::InvalidCredentials,
                               tr("This password is too easy to guess. Use a longer one, for example a few "
                                  "unrelated words.")));
        return;
    }
    if (password != confirmation) {
        setError(
            AuthError::of(AuthError::Kind::InvalidCredentials, tr("The two passwords are not the same.")));
        return;
    }
    m_username = username.trimmed();
    setError(AuthError());
    setPending(Pending::BeginEnrolment);
    m_localAccount->beginEnrolment(m_username, password);
}

void SignInFlow::onEnrolmentStarted()
{
    if (m_pending != Pending::BeginEnrolment) {
        return;
    }
    m_capabilities = m_localAccount->enrolmentCapabilities();
    const QList<Channel> offered = offeredChannels();
    m_channel = offered.isEmpty() ? Channel::Sms : offered.first();
    emit detailsChanged();
    serverAsksToWait();
    setStep(Step::Phone);
    setPending(Pending::None);
}

void SignInFlow::onEnrolmentCompleted()
{
    if (m_pending != Pending::CompleteEnrolment) {
        return;
    }
    m_enrolling = false;
    qCInfo(lcFlow) << "enrolled and signed in";
    setStep(Step::Done);
    setPending(Pending::None);
    finish(Outcome::SignedIn);
}

void SignInFlow::onRememberedSessionRead(const QByteArray &token, SecretStore::Error error,
                                         const QString &message)
{
    if (m_pending != Pending::Resume) {
        return;
    }
    if (error == SecretStore::Error::None && !token.isEmpty()) {
        qCInfo(lcFlow) << "resuming a remembered session";
        m_auth->resumeSession(token);
        return;
    }
    if (error != SecretStore::Error::None && error != SecretStore::Error::NotFound) {
        setNotice(tr("Nothing can be remembered on this computer: %1").arg(message));
    }
    setPending(Pending::None);
}

void SignInFlow::submitPassword(const QString &username, const QString &password, bool rememberMe)
{
    if (m_step != Step::Password || isBusy() || isFinished()) {
        return;
    }
    m_rememberMe = rememberMe && m_options.rememberMeAllowed;
    m_rememberMeSuggested = m_rememberMe;
    m_rememberMeAnswered = true;
    submitPassword(username, password);
}

void SignInFlow::submitPassword(const QString &username, const QString &password)
{
    if (m_step != Step::Password || isBusy() || isFinished()) {
        return;
    }
    if (username.trimmed().isEmpty() || password.isEmpty()) {
        setError(AuthError::of(AuthError::Kind::InvalidCredentials, tr("Enter your username and password.")));
        return;
    }
    m_username = username.trimmed();
    if (!m_options.rememberMeAllowed) {
        m_rememberMe = false;
        m_rememberMeAnswered = true; // nothing to ask: policy does not offer it
    }
    if (m_notice == signedOutNotice()) {
        setNotice(QString());
    }
    setError(AuthError());
    const QString trustKey = deviceTrustKeyInUse();
    if (trustKey.isEmpty()) {
        // Turned off by policy: never honoured again.
        m_remembered->forgetDeviceToken(m_auth->deviceTrustKey());
        logInWith(password, QByteArray());
        return;
    }
    // The remembered device is read first: its token goes with this login.
    m_pendingPassword = password;
    setPending(Pending::ReadDeviceTrust);
    m_remembered->readDeviceToken(trustKey, m_username);
}

void SignInFlow::onDeviceTokenRead(const QByteArray &token)
{
    if (m_pending != Pending::ReadDeviceTrust) {
        return;
    }
    QString password = std::exchange(m_pendingPassword, QString());
    logInWith(password, token);
    wipeSecret(password);
}

void SignInFlow::wipePendingPassword()
{
    wipeSecret(m_pendingPassword);
}

void SignInFlow::logInWith(const QString &password, const QByteArray &deviceToken)
{
    setPending(deviceToken.isEmpty() ? Pending::Login : Pending::LoginWithDeviceToken);
    m_auth->presentDeviceToken(deviceToken);
    m_auth->logIn(m_username, password);
}

void SignInFlow::onLoggedIn(const LoginResult &result)
{
    const bool resumed = m_pending == Pending::Resume;
    m_passwordAccepted = !resumed;
    m_displayName = result.displayName;
    m_capabilities = result.capabilities;
    const QList<Channel> offered = offeredChannels();
    m_channel = offered.isEmpty() ? Channel::Sms : offered.first();
    if (!resumed) {
        wipeSecret(m_sessionToken);
        m_sessionToken = result.sessionToken;
        if (m_rememberMeAnswered) {
            applyRememberMe();
        } // otherwise it waits in memory for setRememberMe()
    }
    qCInfo(lcFlow) << (resumed ? "remembered session accepted" : "password accepted");
    if (m_pending == Pending::LoginWithDeviceToken) {
        if (result.deviceTrusted) {
            // The server (or the local account) accepted the remembered device: no code this time.
            qCInfo(lcFlow) << "this device is remembered: signed in without a code";
            m_signedInByDeviceTrust = true;
            emit detailsChanged();
            setStep(Step::Done);
            setPending(Pending::None);
            finish(Outcome::SignedIn);
            return;
        }
        qCInfo(lcFlow) << "the remembered device was refused: forgetting it";
        m_remembered->forgetDeviceToken(m_auth->deviceTrustKey());
    }
    emit detailsChanged();
    if (offered.isEmpty()) {
        setError(AuthError::of(AuthError::Kind::ConfigurationProblem,
                               tr("None of the ways to send a code is both allowed by your organisation and "
                                  "offered by the server.")));
        setPending(Pending::None);
        return;
    }
    if (m_capabilities.sendsToNumberOnFile && !isPhoneNumberLocked()) {
        sendCode(std::nullopt, m_channel, Pending::SendCode); // stays busy
        return;
    }
    serverAsksToWait(); // shown on the phone step at once: a wait from an earlier run still applies
    // The step changes before busy clears, so a front end never renders the old step as idle.
    setStep(Step::Phone);
    setPending(Pending::None);
}

void SignInFlow::submitPhone(const QString &input, const QString &region, Channel channel)
{
    if (m_step != Step::Phone || isBusy() || isFinished()) {
        return;
    }
    if (isPhoneNumberLocked()) {
        submitPrefilledNumber(channel); // policy's number only, whatever was typed
        return;
    }
    const PhoneNumber number = PhoneNumber::parse(input, region);
    if (!number.isPossible()) {
        setError(AuthError::of(AuthError::Kind::InvalidPhoneNumber, number.problemText()));
        return;
    }
    if (!offeredChannels().contains(channel)) {
        setError(AuthError::of(AuthError::Kind::ChannelDisabled));
        return;
    }
    m_phone = number.number(); // parsed here, once: the service sends it as it is
    sendCode(m_phone, channel, Pending::SendCode);
}

void SignInFlow::submitPrefilledNumber(Channel channel)
{
    if (m_step != Step::Phone || isBusy() || isFinished()) {
        return;
    }
    if (!canSendToPrefilledNumber()) {
        setError(AuthError::of(AuthError::Kind::InvalidPhoneNumber));
        return;
    }
    if (!offeredChannels().contains(channel)) {
        setError(AuthError::of(AuthError::Kind::ChannelDisabled));
        return;
    }
    m_phone = m_prefilled.number(m_capabilities); // empty: the server sends to its number on file
    sendCode(m_phone, channel, Pending::SendCode);
}

void SignInFlow::submitEmailOnFile()
{
    if (m_step != Step::Phone || isBusy() || isFinished()) {
        return;
    }
    if (!offeredChannels().contains(Channel::Email)) {
        setError(AuthError::of(AuthError::Kind::ChannelDisabled));
        return;
    }
    m_phone.reset();
    sendCode(std::nullopt, Channel::Email, Pending::SendCode);
}

void SignInFlow::sendCode(const std::optional<E164Number> &to, Channel channel, Pending pending)
{
    if (serverAsksToWait()) {
        // Nothing leaves while the server's wait runs; from a login, the phone step shows the countdown.
        if (m_step == Step::Password) {
            setStep(Step::Phone);
        }
        setPending(Pending::None);
        return;
    }
    m_channel = channel;
    setError(AuthError());
    if (m_notice == codeMayHaveBeenSentNotice()) {
        setNotice(QString());
    }
    setPending(pending);
    qCInfo(lcFlow) << "sending a code by" << channelWireName(channel) << "to"
                   << (channel == Channel::Email ? QStringLiteral("the address on file")
                       : to                      ? to->masked()
                                                 : QStringLiteral("the number on file"));
    m_auth->sendCode(to, channel);
}

void SignInFlow::onCodeSent(const CodeSentResult &result)
{
    const bool resent = m_pending == Pending::Resend;
    if (resent) {
        // Confirmed only now that the server took it, with the time, so a late SMS can be told apart.
        m_resentNotice = resentNotice(result.channel, m_clock->now());
        setNotice(m_resentNotice);
    } else if (m_notice == codeMayHaveBeenSentNotice()) {
        setNotice(QString());
    } else {
        clearResentNotice();
    }
    m_channel = result.channel;
    if (result.codeLength > 0) {
        m_capabilities.codeLength = result.codeLength;
    }
    m_lastSubmittedCode.clear();
    m_retryAllowed = false;
    m_resendCountdown->startFor(m_options.resendCooldownSeconds);
    if (offersCallInstead()) {
        m_callCountdown->startFor(m_options.callFallbackSeconds);
    } else {
        m_callCountdown->stop();
    }
    emit detailsChanged();
    emit codeSent(resent);
    setStep(Step::Code);
    setPending(Pending::None);
}

QString SignInFlow::resentNotice(Channel channel, const QDateTime &sentAt)
{
    const QString time = QLocale().toString(sentAt.toLocalTime().time(), QLocale::ShortFormat);
    switch (channel) {
    case Channel::Call:
        return tr("A new call was placed at %1.").arg(time);
    case Channel::Email:
        return tr("A new code was sent by email at %1.").arg(time);
    case Channel::Sms:
    case Channel::WhatsApp:
        break;
    }
    return tr("A new code was sent at %1.").arg(time);
}

void SignInFlow::clearResentNotice()
{
    if (!m_resentNotice.isEmpty() && m_notice == m_resentNotice) {
        setNotice(QString());
    }
    m_resentNotice.clear();
}

void SignInFlow::submitCode(const QString &input)
{
    if (m_step != Step::Code || isBusy() || isFinished() || m_lockoutCountdown->isRunning()) {
        return;
    }
    const QString code = normalizeCode(input);
    const int length = codeLength();
    // Refused here, before anything is checked: saying "not correct" would count as a try it was not.
    if (length > 0 && code.size() != length) {
        setError(
            AuthError::of(AuthError::Kind::InvalidCode, tr("The code has %n digit(s).", nullptr, length)));
        return;
    }
    if (length <= 0 && (code.size() < minimumCodeLength || code.size() > maximumCodeLength)) {
        setError(AuthError::of(AuthError::Kind::InvalidCode,
                               code.size() < minimumCodeLength
                                   ? tr("The code is too short: codes have %1 to %2 digits.")
                                         .arg(minimumCodeLength)
                                         .arg(maximumCodeLength)
                                   : tr("The code is too long: codes have %1 to %2 digits.")
                                         .arg(minimumCodeLength)
                                         .arg(maximumCodeLength)));
        return;
    }
    if (code == m_lastSubmittedCode) {
        return; // never the same code twice without an explicit retry
    }
    m_lastSubmittedCode = code;
    m_retryAllowed = false;
    setError(AuthError());
    setPending(Pending::CheckCode);
    m_auth->setRememberDevice(m_rememberDevice && isRememberDeviceOffered() && !m_enrolling);
    m_auth->checkCode(m_phone, code);
}

void SignInFlow::retryCode()
{
    if (!canRetryCode() || isBusy() || m_step != Step::Code) {
        return;
    }
    const QString code = m_lastSubmittedCode;
    m_lastSubmittedCode.clear();
    submitCode(code);
}

void SignInFlow::onCodeApproved()
{
    clearResentNotice(); // it served the code step only
    m_resendCountdown->stop();
    m_callCountdown->stop();
    m_lockoutCountdown->stop();
    if (m_numberChange->stage() == NumberChange::Stage::OldNumber) {
        m_numberChange->proveOldNumber();
        askForNewNumber();
        setPending(Pending::None);
        return;
    }
    if (m_enrolling || m_numberChange->stage() == NumberChange::Stage::NewNumber) {
        // The new number is verified: only now is it stored, as the new local account's or in place of the
        // old one. It was typed on the phone step, since neither has a number on file to send to.
        if (!m_phone) {
            setError(AuthError::of(AuthError::Kind::InvalidPhoneNumber));
            setPending(Pending::None);
        } else if (m_enrolling) {
            setPending(Pending::CompleteEnrolment);
            m_localAccount->completeEnrolment(*m_phone);
        } else {
            setPending(Pending::ChangeNumber);
            m_numberChange->store(*m_phone);
        }
        return;
    }
    if (m_rememberDevice && isRememberDeviceOffered()) {
        m_remembered->keepDeviceToken(deviceTrustKeyInUse(), m_username, m_auth->issuedDeviceToken(),
                                      rememberDeviceDays());
    }
    if (!isRememberMeOpen()) {
        rememberLastPhoneNumber(); // otherwise once Remember me is answered
    }
    qCInfo(lcFlow) << "signed in";
    setStep(Step::Done);
    setPending(Pending::None);
    finish(Outcome::SignedIn);
}

void SignInFlow::rememberLastPhoneNumber()
{
    if (!m_remembered->isAvailable()) {
        return;
    }
    // Personal data: kept only when the user asked this computer to remember them.
    const bool remembering = m_rememberMe || (m_rememberDevice && isRememberDeviceOffered());
    if (remembering && m_phone && !isPhoneNumberLocked() && !m_enrolling) {
        m_remembered->keepLastNumber(*m_phone);
    } else if (!remembering && m_remembered->lastNumber()) {
        m_remembered->forgetLastNumber();
    }
}

void SignInFlow::resendCode()
{
    if (!canResend() || isFinished()) {
        return;
    }
    sendCode(m_phone, m_channel, Pending::Resend);
}

void SignInFlow::requestCall()
{
    if (!canRequestCall() || isFinished()) {
        return;
    }
    sendCode(m_phone, Channel::Call, Pending::Resend);
}

void SignInFlow::requestText()
{
    if (!canRequestText() || isFinished()) {
        return;
    }
    sendCode(m_phone, Channel::Sms, Pending::Resend);
}

void SignInFlow::requestEmail()
{
    if (!canRequestEmail() || isFinished()) {
        return;
    }
    sendCode(m_phone, Channel::Email, Pending::Resend); // the number stays for "Text me instead"
}

void SignInFlow::useDifferentNumber()
{
    if (!canUseDifferentNumber() || isFinished()) {
        return;
    }
    abortRequest();
    m_resendCountdown->stop();
    m_callCountdown->stop();
    m_lastSubmittedCode.clear();
    clearResentNotice();
    setError(AuthError());
    setStep(Step::Phone);
}

void SignInFlow::onFailed(const AuthError &error)
{
    if (failsOpenOn(error)) {
        qCWarning(lcFlow) << "FAIL-OPEN: the code service could not be reached:" << error.identifier()
                          << "- let in without a code because policy sets Auth/FailMode=open";
        m_failedOpen = true;
        m_resendCountdown->stop();
        m_callCountdown->stop();
        m_lockoutCountdown->stop();
        setError(AuthError());
        emit detailsChanged();
        setStep(Step::Done);
        setPending(Pending::None);
        finish(Outcome::FailedOpen);
        return;
    }
    // The error and any step change land before busy clears, so front ends render the outcome once.
    applyFailure(m_pending, error);
    setPending(Pending::None);
}

void SignInFlow::applyFailure(Pending pending, const AuthError &error)
{
    qCInfo(lcFlow) << "request failed:" << error.identifier() << "http" << error.httpStatus << "code"
                   << error.serverCode;
    switch (pending) {
    case Pending::None:
    case Pending::ReadDeviceTrust:
        return;
    case Pending::Prepare:
    case Pending::BeginEnrolment:
    case Pending::CompleteEnrolment:
    case Pending::ChangeNumber:
        setError(error);
        return;
    case Pending::Resume:
        // A remembered session that the server no longer accepts is simply forgotten.
        if (error.kind == AuthError::Kind::SessionExpired ||
            error.kind == AuthError::Kind::InvalidCredentials) {
            m_remembered->forgetSession();
        }
        if (error.kind != AuthError::Kind::SessionExpired &&
            error.kind != AuthError::Kind::InvalidCredentials) {
            setError(error);
        }
        return;
    case Pending::Login:
    case Pending::LoginWithDeviceToken:
        setError(error);
        return;
    case Pending::SendCode:
    case Pending::Resend:
        if (codeMayHaveBeenSent(error)) {
            // Never sent again by itself: the user enters the code, or asks for a new one at once.
            m_lastSubmittedCode.clear();
            m_retryAllowed = false;
            m_resendCountdown->stop();
            setStep(Step::Code);
            setError(error);
            setNotice(codeMayHaveBeenSentNotice());
            return;
        }
        if (error.kind == AuthError::Kind::SessionExpired) {
            m_remembered->forgetSession();
            setStep(Step::Password);
        }
        if (error.kind == AuthError::Kind::TooManySends || error.kind == AuthError::Kind::RateLimited) {
            m_lockoutCountdown->startFor(error.retryAfterSeconds > 0 ? error.retryAfterSeconds
                                                                     : m_options.lockoutFallbackSeconds);
        }
        if (error.kind == AuthError::Kind::RateLimited) {
            keepServerWait(error);
        }
        setError(error);
        return;
    case Pending::CheckCode:
        if (error.kind == AuthError::Kind::TooManyChecks || error.kind == AuthError::Kind::RateLimited) {
            m_lockoutCountdown->startFor(error.retryAfterSeconds > 0 ? error.retryAfterSeconds
                                                                     : m_options.lockoutFallbackSeconds);
        } else if (error.kind == AuthError::Kind::CodeExpired) {
            m_resendCountdown->stop(); // a new code is one click away
        } else if (error.kind == AuthError::Kind::WrongCode) {
            m_lastSubmittedCode.clear(); // the user may correct a typo back to the same digits later
        } else if (isAmbiguousTransportFailure(error.kind)) {
            m_retryAllowed = true;
        } else if (error.kind == AuthError::Kind::SessionExpired) {
            setStep(Step::Password);
        }
        setError(error);
        return;
    }
}

void SignInFlow::abortRequest()
{
    if (!isBusy() || m_pending == Pending::ChangeNumber) {
        return; // a keychain write of the new number is not taken back halfway
    }
    m_auth->abort();
    wipePendingPassword();
    if (m_pending == Pending::CheckCode) {
        m_retryAllowed = true; // the code may or may not have reached the server
    }
    setPending(Pending::None);
}

void SignInFlow::cancel()
{
    if (isFinished()) {
        return;
    }
    abortRequest();
    if (isChangingNumber()) {
        qCInfo(lcFlow) << "number change cancelled: the enrolled number stays";
        setError(AuthError());
        endNumberChange();
        emit numberChangeFinished(false);
        return;
    }
    const bool lockedOut = m_lockoutCountdown->isRunning();
    m_resendCountdown->stop();
    m_callCountdown->stop();
    m_lockoutCountdown->stop();
    qCInfo(lcFlow) << "cancelled at step" << m_step << (lockedOut ? "while locked out" : "");
    // Leaving while locked out is a failed sign-in: the user could not have continued.
    finish(lockedOut ? Outcome::Failed : Outcome::Cancelled);
}

void SignInFlow::signOut()
{
    abortRequest();
    m_auth->signOut();
    m_remembered->forgetAll(m_auth->deviceTrustKey());
    wipeSecret(m_sessionToken);
    if (m_step != Step::Done) {
        return;
    }
    qCInfo(lcFlow) << "signed out: starting over at the password step";
    // No longer signed in: the sign-in starts over, and only a new one ends it as signed in.
    m_outcome.reset();
    // A sign-in still waiting for its keychain writes is no longer announced.
    disconnect(m_remembered, &RememberedSignIn::writesFinished, this, nullptr);
    m_signedInByDeviceTrust = false;
    m_passwordAccepted = false;
    m_failedOpen = false;
    m_rememberDevice = false;
    m_rememberMe = false;
    m_rememberMeSuggested = false;
    m_rememberMeAnswered = false;
    m_finishWhenRememberMeAnswered = false;
    m_displayName.clear();
    m_phone.reset();
    m_capabilities = ServerCapabilities();
    m_lastSubmittedCode.clear();
    m_retryAllowed = false;
    setError(AuthError());
    emit detailsChanged();
    setStep(Step::Password);
    setNotice(signedOutNotice());
    emit signedOut();
}

bool SignInFlow::serverAsksToWait()
{
    const QDateTime now = m_clock->now();
    const QDateTime notBefore = m_cooldowns.notBefore(m_options.serverOrigin, now);
    if (!notBefore.isValid()) {
        return false;
    }
    if (!m_lockoutCountdown->isRunning() || m_lockoutCountdown->deadline() < notBefore) {
        m_lockoutCountdown->startUntil(notBefore);
    }
    qCInfo(lcFlow) << "not asking for a code: the server asked to wait" << now.secsTo(notBefore) << "s more";
    AuthError wait = AuthError::of(AuthError::Kind::RateLimited);
    wait.retryAfterSeconds = m_lockoutCountdown->secondsLeft();
    setError(wait);
    return true;
}

void SignInFlow::keepServerWait(const AuthError &error)
{
    const int seconds =
        error.retryAfterSeconds > 0 ? error.retryAfterSeconds : m_options.lockoutFallbackSeconds;
    const QDateTime now = m_clock->now();
    m_cooldowns.waitUntil(m_options.serverOrigin, now.addSecs(seconds), now);
    qCInfo(lcFlow) << "the server asked to wait" << seconds << "s before the next code";
}

bool SignInFlow::failsOpenOn(const AuthError &error) const
{
    if (!m_options.failOpen || !m_passwordAccepted || m_enrolling || isChangingNumber()) {
        return false;
    }
    if (m_pending != Pending::SendCode && m_pending != Pending::Resend) {
        return false; // never on a code check: a wrong or expired code is an answer
    }
    // Only when no HTTP answer came at all: any status (the seed backend's 500s included) is the server
    // speaking.
    const bool unreachable = error.kind == AuthError::Kind::HostNotFound ||
                             error.kind == AuthError::Kind::ConnectionRefused ||
                             error.kind == AuthError::Kind::Timeout;
    return unreachable && error.httpStatus == 0;
}

void SignInFlow::clearError()
{
    setError(AuthError());
}

void SignInFlow::noteTyping()
{
    if (isFinished() || isBusy()) {
        return;
    }
    if (m_sinceConnectionPrepared.isValid() && m_sinceConnectionPrepared.elapsed() < 1000) {
        return;
    }
    m_sinceConnectionPrepared.start();
    m_auth->prepareConnection();
}

void SignInFlow::setStep(Step step)
{
    if (m_step == step) {
        return;
    }
    m_step = step;
    emit stepChanged(step);
}

void SignInFlow::setPending(Pending pending)
{
    const bool wasBusy = isBusy();
    m_pending = pending;
    if (isBusy() != wasBusy) {
        // Counted from when the flow became busy, also across a call that hands over to the next one.
        if (isBusy()) {
            m_stillWaitingCountdown->startFor(stillWaitingSeconds);
        } else {
            m_stillWaitingCountdown->stop();
            setWaitingLong(false);
        }
        emit busyChanged(isBusy());
    }
}

void SignInFlow::setWaitingLong(bool waitingLong)
{
    if (m_waitingLong == waitingLong) {
        return;
    }
    m_waitingLong = waitingLong;
    emit waitingLongChanged(waitingLong);
}

void SignInFlow::setError(const AuthError &error)
{
    if (!m_error.isError() && !error.isError()) {
        return;
    }
    m_error = error;
    if (m_error.isLockout() && m_lockoutCountdown->isRunning()) {
        m_error.retryAfterSeconds = m_lockoutCountdown->secondsLeft();
    }
    emit errorChanged(m_error);
}

void SignInFlow::setNotice(const QString &notice)
{
    if (m_notice == notice) {
        return;
    }
    m_notice = notice;
    emit noticeChanged(notice);
}

void SignInFlow::finish(Outcome outcome)
{
    if (isFinished()) {
        return;
    }
    if (outcome == Outcome::SignedIn && isRememberMeOpen()) {
        // The front end is asking "Remember me?": what it keeps must be decided (and stored) first.
        m_finishWhenRememberMeAnswered = true;
        return;
    }
    m_outcome = outcome;
    wipeSecret(m_sessionToken); // stored by now if it was to be remembered; never kept beyond the sign-in
    if (outcome == Outcome::SignedIn && m_remembered->isWriting()) {
        // A front end may exit on finished(): what "Remember me" and "Remember this device" keep must be in
        // the keychain first.
        connect(
            m_remembered, &RememberedSignIn::writesFinished, this,
            [this] { emit finished(Outcome::SignedIn); }, Qt::SingleShotConnection);
        return;
    }
    emit finished(outcome);
}

} // namespace latchkey
