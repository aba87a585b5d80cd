#include "SignInFlow.h"

#include "Clock.h"
#include "Countdown.h"
#include "DeviceTrustRecord.h"
#include "Logging.h"
#include "PasswordStrength.h"
#include "PhoneNumber.h"

#include <QCoreApplication>

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
 * Whether a masked number ("+1 ••• ••• ••42", as a backend may mask it) can be `e164`: the same visible
 * country code and the same last digits. Only then is the remembered number the one on file.
 */
bool maskCouldBe(const QString &masked, const QString &e164)
{
    QString leading;
    int i = masked.startsWith(QLatin1Char('+')) ? 1 : 0;
    if (i == 0) {
        return false;
    }
    for (; i < masked.size() && masked.at(i).isDigit(); ++i) {
        leading += masked.at(i);
    }
    QString trailing;
    for (int j = masked.size() - 1; j >= i && masked.at(j).isDigit(); --j) {
        trailing.prepend(masked.at(j));
    }
    return !leading.isEmpty() && trailing.size() >= 2 && e164.startsWith(QLatin1Char('+') + leading) &&
           e164.endsWith(trailing);
}

} // namespace

SignInFlow::SignInFlow(AuthService *auth, SecretStore *secrets, Clock *clock, FlowOptions options,
                       QObject *parent)
    : QObject(parent)
    , m_auth(auth)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_resendCountdown(new Countdown(clock, this))
    , m_callCountdown(new Countdown(clock, this))
    , m_lockoutCountdown(new Countdown(clock, this))
    , m_username(m_options.prefilledUsername)
{
    connect(m_auth, &AuthService::loggedIn, this, &SignInFlow::onLoggedIn);
    connect(m_auth, &AuthService::codeSent, this, &SignInFlow::onCodeSent);
    connect(m_auth, &AuthService::codeApproved, this, &SignInFlow::onCodeApproved);
    connect(m_auth, &AuthService::failed, this, &SignInFlow::onFailed);
    connect(m_auth, &AuthService::prepared, this, &SignInFlow::onPrepared);
    connect(m_auth, &AuthService::enrolmentStarted, this, &SignInFlow::onEnrolmentStarted);
    connect(m_auth, &AuthService::enrolmentCompleted, this, &SignInFlow::onEnrolmentCompleted);
    connect(m_auth, &AuthService::numberChanged, this, &SignInFlow::onNumberChanged);
    connect(m_resendCountdown, &Countdown::secondsLeftChanged, this, &SignInFlow::resendSecondsLeftChanged);
    connect(m_callCountdown, &Countdown::secondsLeftChanged, this, &SignInFlow::callSecondsLeftChanged);
    connect(m_lockoutCountdown, &Countdown::secondsLeftChanged, this, &SignInFlow::lockoutSecondsLeftChanged);
    connect(m_lockoutCountdown, &Countdown::expired, this, [this] {
        if (m_error.isLockout()) {
            setError(AuthError());
        }
    });
    if (m_secrets) {
        connect(m_secrets, &SecretStore::readFinished, this, &SignInFlow::onRememberedSessionRead);
        connect(m_secrets, &SecretStore::readFinished, this, &SignInFlow::onDeviceTrustRead);
        connect(m_secrets, &SecretStore::readFinished, this,
                [this](const QString &key, const QByteArray &value, SecretStore::Error error) {
                    onLastPhoneNumberRead(key, value, error);
                });
        // Forgetting the last number is waited for like a write, so an exit right after leaves none behind.
        connect(m_secrets, &SecretStore::removeFinished, this, [this](const QString &key) {
            if (key == SecretKey::lastPhoneNumber) {
                onSecretStored(key);
            }
        });
        connect(m_secrets, &SecretStore::writeFinished, this, &SignInFlow::onSecretStored);
        connect(m_secrets, &SecretStore::writeFinished, this,
                [this](const QString &, SecretStore::Error error, const QString &message) {
                    if (error != SecretStore::Error::None) {
                        setNotice(tr("You will need to sign in again next time: %1").arg(message));
                    }
                });
    }
}

SignInFlow::~SignInFlow() = default;

QList<Channel> SignInFlow::offeredChannels() const
{
    QList<Channel> offered;
    for (Channel channel : m_options.allowedChannels) {
        if (m_capabilities.channels.contains(channel)) {
            offered.append(channel);
        }
    }
    return offered;
}

QString SignInFlow::maskedPhone() const
{
    if (m_phoneE164.isEmpty()) {
        return m_capabilities.maskedNumberOnFile;
    }
    return PhoneNumber::masked(m_phoneE164);
}

SignInFlow::NumberSource SignInFlow::prefilledNumberSource() const
{
    if (isChangingNumber()) {
        return NumberSource::None; // the point is a different number
    }
    if (!m_options.phoneNumber.isEmpty()) {
        return NumberSource::Policy;
    }
    if (!m_capabilities.maskedNumberOnFile.isEmpty()) {
        return m_auth->canChangeNumber() ? NumberSource::Enrolment : NumberSource::Backend;
    }
    return m_lastSignInNumber.isEmpty() ? NumberSource::None : NumberSource::LastSignIn;
}

QString SignInFlow::prefilledE164() const
{
    switch (prefilledNumberSource()) {
    case NumberSource::None:
        return QString();
    case NumberSource::Policy:
        return m_options.phoneNumber;
    case NumberSource::Backend:
    case NumberSource::Enrolment:
        // Only the masked number on file is known; the remembered one is its full form when it fits.
        return maskCouldBe(m_capabilities.maskedNumberOnFile, m_lastSignInNumber) ? m_lastSignInNumber
                                                                                  : QString();
    case NumberSource::LastSignIn:
        return m_lastSignInNumber;
    }
    return QString();
}

QString SignInFlow::maskedPrefilledNumber() const
{
    switch (prefilledNumberSource()) {
    case NumberSource::None:
        return QString();
    case NumberSource::Backend:
    case NumberSource::Enrolment:
        return m_capabilities.maskedNumberOnFile;
    case NumberSource::Policy:
    case NumberSource::LastSignIn:
        return PhoneNumber::masked(prefilledE164());
    }
    return QString();
}

bool SignInFlow::canSendToPrefilledNumber() const
{
    const NumberSource source = prefilledNumberSource();
    return source != NumberSource::None &&
           (!prefilledE164().isEmpty() ||
            (source != NumberSource::Policy && source != NumberSource::LastSignIn &&
             m_capabilities.sendsToNumberOnFile));
}

bool SignInFlow::isPhoneNumberLocked() const
{
    return m_options.phoneNumberLocked && !m_options.phoneNumber.isEmpty() && !isChangingNumber();
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

bool SignInFlow::canResend() const
{
    return m_step == Step::Code && !m_busy && !m_resendCountdown->isRunning() &&
           !m_lockoutCountdown->isRunning();
}

bool SignInFlow::canRequestCall() const
{
    return m_step == Step::Code && !m_busy && m_channel != Channel::Call &&
           offeredChannels().contains(Channel::Call) && !m_callCountdown->isRunning() &&
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
    return isRememberDeviceOffered() || (managedOff && m_capabilities.deviceTrust && m_secrets &&
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
    return m_step == Step::Done && !m_busy && !isPhoneNumberLocked() && m_auth->canChangeNumber();
}

void SignInFlow::changeNumber()
{
    if (!canChangeNumber()) {
        return;
    }
    // Not finished while the change runs, so the steps accept input; cancel() restores Done.
    m_finished = false;
    m_rememberDevice = false;
    setError(AuthError());
    setNotice(QString());
    if (m_signedInByDeviceTrust) {
        // No code was typed in this sign-in: the old number proves itself first.
        qCInfo(lcFlow) << "changing the number: a code to the old number first";
        m_numberChange = NumberChange::VerifyOld;
        sendCode(QString(), m_channel, Pending::SendCode);
        return;
    }
    qCInfo(lcFlow) << "changing the number";
    m_numberChange = NumberChange::NewNumber;
    m_phoneE164.clear();
    m_capabilities.sendsToNumberOnFile = false;
    emit detailsChanged();
    setStep(Step::Phone);
}

void SignInFlow::onNumberChanged()
{
    if (m_pending != Pending::ChangeNumber) {
        return;
    }
    m_pending = Pending::None;
    const QString masked = PhoneNumber::masked(m_phoneE164);
    qCInfo(lcFlow) << "the enrolled number changed to" << masked;
    if (m_secrets && !m_auth->deviceTrustKey().isEmpty()) {
        forgetSecret(m_auth->deviceTrustKey()); // a remembered device was bound to the old number
    }
    m_capabilities.maskedNumberOnFile = masked;
    m_capabilities.sendsToNumberOnFile = true;
    m_phoneE164.clear();
    endNumberChange();
    setNotice(tr("Your phone number is now %1. Codes go to it from now on.").arg(masked));
    setBusy(false);
    emit numberChangeFinished(true);
}

void SignInFlow::endNumberChange()
{
    m_numberChange = NumberChange::None;
    m_resendCountdown->stop();
    m_callCountdown->stop();
    m_lockoutCountdown->stop();
    m_lastSubmittedCode.clear();
    m_finished = true; // still signed in: finished(SignedIn) was announced before the change
    emit detailsChanged();
    setStep(Step::Done);
}

QString SignInFlow::signedOutNotice()
{
    return tr("Signed out. This computer no longer remembers you.");
}

QString SignInFlow::deviceTrustKeyInUse() const
{
    if (!m_secrets || !m_options.rememberDeviceAllowed) {
        return QString();
    }
    return m_auth->deviceTrustKey();
}

void SignInFlow::storeSecret(const QString &key, const QByteArray &value)
{
    ++m_secretsInFlight[key];
    m_secrets->write(key, value);
}

void SignInFlow::forgetSecret(const QString &key)
{
    m_secrets->remove(key); // not waited for: a removal lost at exit leaves nothing that still works
}

void SignInFlow::onSecretStored(const QString &key)
{
    const auto it = m_secretsInFlight.find(key);
    if (it == m_secretsInFlight.end()) {
        return; // not the flow's (direct mode's local account shares the store)
    }
    if (--it.value() <= 0) {
        m_secretsInFlight.erase(it);
    }
    if (m_secretsInFlight.isEmpty() && m_finishDeferred) {
        m_finishDeferred = false;
        emit finished(m_outcome);
    }
}

void SignInFlow::setRememberDevice(bool remember)
{
    m_rememberDevice = remember;
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
    if (m_busy || m_step != Step::Password || m_finished) {
        return;
    }
    m_pending = Pending::Prepare;
    setBusy(true);
    if (m_secrets && m_options.phoneNumber.isEmpty()) {
        m_secrets->read(SecretKey::lastPhoneNumber); // read alongside: the phone step needs it later
    }
    m_auth->prepare();
}

void SignInFlow::onLastPhoneNumberRead(const QString &key, const QByteArray &value, SecretStore::Error error)
{
    if (key != SecretKey::lastPhoneNumber || error != SecretStore::Error::None) {
        return; // nothing remembered, or no keychain: the phone step simply starts empty
    }
    const PhoneNumber number = PhoneNumber::parse(QString::fromUtf8(value), QStringLiteral("ZZ"));
    if (!number.isPossible()) {
        return;
    }
    m_lastSignInNumber = number.e164();
    emit detailsChanged();
}

void SignInFlow::onPrepared(bool needsEnrolment)
{
    if (m_pending != Pending::Prepare) {
        return;
    }
    if (needsEnrolment) {
        m_pending = Pending::None;
        m_enrolling = true;
        qCInfo(lcFlow) << "this computer has no local account yet: enrolment";
        setStep(Step::Enrolment);
        setBusy(false);
        return;
    }
    readRememberedSession();
}

void SignInFlow::readRememberedSession()
{
    if (!m_secrets) {
        m_pending = Pending::None;
        setBusy(false);
        return;
    }
    m_pending = Pending::Resume;
    m_secrets->read(SecretKey::backendSession);
}

void SignInFlow::submitEnrolment(const QString &username, const QString &password,
                                 const QString &confirmation)
{
    if (m_step != Step::Enrolment || m_busy || m_finished) {
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
    m_pending = Pending::BeginEnrolment;
    setError(AuthError());
    setBusy(true);
    m_auth->beginEnrolment(m_username, password);
}

void SignInFlow::onEnrolmentStarted()
{
    if (m_pending != Pending::BeginEnrolment) {
        return;
    }
    m_pending = Pending::None;
    m_capabilities = m_auth->enrolmentCapabilities();
    m_codeLength = m_capabilities.codeLength;
    const QList<Channel> offered = offeredChannels();
    m_channel = offered.isEmpty() ? Channel::Sms : offered.first();
    emit detailsChanged();
    setStep(Step::Phone);
    setBusy(false);
}

void SignInFlow::onEnrolmentCompleted()
{
    if (m_pending != Pending::CompleteEnrolment) {
        return;
    }
    m_pending = Pending::None;
    m_enrolling = false;
    qCInfo(lcFlow) << "enrolled and signed in";
    setStep(Step::Done);
    setBusy(false);
    finish(Outcome::SignedIn);
}

void SignInFlow::onRememberedSessionRead(const QString &key, const QByteArray &token,
                                         SecretStore::Error error, const QString &message)
{
    if (key != SecretKey::backendSession || m_pending != Pending::Resume) {
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
    m_pending = Pending::None;
    setBusy(false);
}

void SignInFlow::submitPassword(const QString &username, const QString &password, bool rememberMe)
{
    if (m_step != Step::Password || m_busy || m_finished) {
        return;
    }
    if (username.trimmed().isEmpty() || password.isEmpty()) {
        setError(AuthError::of(AuthError::Kind::InvalidCredentials, tr("Enter your username and password.")));
        return;
    }
    m_username = username.trimmed();
    m_rememberMe = rememberMe && m_options.rememberMeAllowed;
    if (m_notice == signedOutNotice()) {
        setNotice(QString());
    }
    setError(AuthError());
    setBusy(true);
    const QString trustKey = deviceTrustKeyInUse();
    if (trustKey.isEmpty()) {
        if (m_secrets && !m_auth->deviceTrustKey().isEmpty()) {
            forgetSecret(m_auth->deviceTrustKey()); // turned off by policy: never honoured again
        }
        logInWith(password, QByteArray());
        return;
    }
    // The remembered device is read first: its token goes with this login.
    m_pendingPassword = password;
    m_pending = Pending::ReadDeviceTrust;
    m_secrets->read(trustKey);
}

void SignInFlow::onDeviceTrustRead(const QString &key, const QByteArray &value, SecretStore::Error error,
                                   const QString &message)
{
    if (m_pending != Pending::ReadDeviceTrust || key != deviceTrustKeyInUse()) {
        return;
    }
    QByteArray token;
    DeviceTrustRecord record;
    if (error == SecretStore::Error::None) {
        const bool readable = DeviceTrustRecord::deserialize(value, &record);
        if (readable && record.username == m_username && record.isValidAt(m_clock->now())) {
            token = record.token;
        } else if (!readable || record.username == m_username) {
            qCInfo(lcFlow) << "the remembered device has expired: forgetting it";
            forgetSecret(key);
        }
    } else if (error != SecretStore::Error::NotFound) {
        qCInfo(lcFlow) << "the remembered device could not be read:" << message;
    }
    QString password = m_pendingPassword;
    m_pendingPassword.fill(QLatin1Char('\0'));
    m_pendingPassword.clear();
    logInWith(password, token);
}

void SignInFlow::logInWith(const QString &password, const QByteArray &deviceToken)
{
    m_pending = Pending::Login;
    m_presentedDeviceToken = !deviceToken.isEmpty();
    m_auth->presentDeviceToken(deviceToken);
    m_auth->logIn(m_username, password);
}

void SignInFlow::onLoggedIn(const LoginResult &result)
{
    const bool resumed = m_pending == Pending::Resume;
    m_pending = Pending::None;
    m_displayName = result.displayName;
    m_capabilities = result.capabilities;
    m_codeLength = result.capabilities.codeLength;
    const QList<Channel> offered = offeredChannels();
    m_channel = offered.isEmpty() ? Channel::Sms : offered.first();
    if (m_secrets && !resumed) {
        if (m_rememberMe && !result.sessionToken.isEmpty()) {
            storeSecret(SecretKey::backendSession, result.sessionToken);
        } else {
            forgetSecret(SecretKey::backendSession);
        }
    }
    qCInfo(lcFlow) << (resumed ? "remembered session accepted" : "password accepted");
    if (!resumed && m_presentedDeviceToken) {
        m_presentedDeviceToken = false;
        if (result.deviceTrusted) {
            // The server (or the local account) accepted the remembered device: no code this time.
            qCInfo(lcFlow) << "this device is remembered: signed in without a code";
            m_signedInByDeviceTrust = true;
            emit detailsChanged();
            setStep(Step::Done);
            setBusy(false);
            finish(Outcome::SignedIn);
            return;
        }
        qCInfo(lcFlow) << "the remembered device was refused: forgetting it";
        if (m_secrets && !m_auth->deviceTrustKey().isEmpty()) {
            forgetSecret(m_auth->deviceTrustKey());
        }
    }
    emit detailsChanged();
    if (offered.isEmpty()) {
        setError(AuthError::of(AuthError::Kind::ConfigurationProblem,
                               tr("None of the ways to send a code is both allowed by your organisation and "
                                  "offered by the server.")));
        setBusy(false);
        return;
    }
    if (m_capabilities.sendsToNumberOnFile && !isPhoneNumberLocked()) {
        sendCode(QString(), m_channel, Pending::SendCode); // stays busy
        return;
    }
    // The step changes before busy clears, so a front end never renders the old step as idle.
    setStep(Step::Phone);
    setBusy(false);
}

void SignInFlow::submitPhone(const QString &input, const QString &region, Channel channel)
{
    if (m_step != Step::Phone || m_busy || m_finished) {
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
    m_phoneE164 = number.e164();
    sendCode(m_phoneE164, channel, Pending::SendCode);
}

void SignInFlow::submitPrefilledNumber(Channel channel)
{
    if (m_step != Step::Phone || m_busy || m_finished) {
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
    m_phoneE164 = prefilledE164(); // empty: the server sends to its number on file
    sendCode(m_phoneE164, channel, Pending::SendCode);
}

void SignInFlow::sendCode(const QString &e164, Channel channel, Pending pending)
{
    m_pending = pending;
    m_channel = channel;
    setError(AuthError());
    setBusy(true);
    qCInfo(lcFlow) << "sending a code by" << channelWireName(channel) << "to"
                   << (e164.isEmpty() ? QStringLiteral("the number on file") : PhoneNumber::masked(e164));
    m_auth->sendCode(e164, channel);
}

void SignInFlow::onCodeSent(const CodeSentResult &result)
{
    m_pending = Pending::None;
    m_channel = result.channel;
    if (result.codeLength > 0) {
        m_codeLength = result.codeLength;
    }
    m_lastSubmittedCode.clear();
    m_retryAllowed = false;
    m_resendCountdown->startFor(m_options.resendCooldownSeconds);
    if (m_channel != Channel::Call && offeredChannels().contains(Channel::Call)) {
        m_callCountdown->startFor(m_options.callFallbackSeconds);
    } else {
        m_callCountdown->stop();
    }
    emit detailsChanged();
    setStep(Step::Code);
    setBusy(false);
}

void SignInFlow::submitCode(const QString &input)
{
    if (m_step != Step::Code || m_busy || m_finished || m_lockoutCountdown->isRunning()) {
        return;
    }
    const QString code = normalizeCode(input);
    const bool lengthOk =
        m_codeLength > 0 ? code.size() == m_codeLength : (code.size() >= 4 && code.size() <= 10);
    if (!lengthOk) {
        setError(AuthError::of(AuthError::Kind::WrongCode,
                               m_codeLength > 0 ? tr("The code has %n digit(s).", nullptr, m_codeLength)
                                                : tr("The code has 4 to 10 digits.")));
        return;
    }
    if (code == m_lastSubmittedCode) {
        return; // never the same code twice without an explicit retry
    }
    m_lastSubmittedCode = code;
    m_retryAllowed = false;
    m_pending = Pending::CheckCode;
    setError(AuthError());
    setBusy(true);
    m_auth->setRememberDevice(m_rememberDevice && isRememberDeviceOffered() && !m_enrolling);
    m_auth->checkCode(m_phoneE164, code);
}

void SignInFlow::retryCode()
{
    if (!canRetryCode() || m_busy || m_step != Step::Code) {
        return;
    }
    const QString code = m_lastSubmittedCode;
    m_lastSubmittedCode.clear();
    submitCode(code);
}

void SignInFlow::onCodeApproved()
{
    m_pending = Pending::None;
    m_resendCountdown->stop();
    m_callCountdown->stop();
    m_lockoutCountdown->stop();
    if (m_numberChange == NumberChange::VerifyOld) {
        m_numberChange = NumberChange::NewNumber;
        m_phoneE164.clear();
        m_capabilities.sendsToNumberOnFile = false;
        emit detailsChanged();
        setStep(Step::Phone);
        setBusy(false);
        return;
    }
    if (m_numberChange == NumberChange::NewNumber) {
        m_pending = Pending::ChangeNumber;
        m_auth->changeNumber(m_phoneE164);
        return;
    }
    if (m_enrolling) {
        // The new number is verified: only now does the local account exist.
        m_pending = Pending::CompleteEnrolment;
        m_auth->completeEnrolment(m_phoneE164);
        return;
    }
    if (m_rememberDevice && isRememberDeviceOffered()) {
        rememberThisDevice();
    }
    rememberLastPhoneNumber();
    qCInfo(lcFlow) << "signed in";
    setStep(Step::Done);
    setBusy(false);
    finish(Outcome::SignedIn);
}

void SignInFlow::rememberThisDevice()
{
    const DeviceToken issued = m_auth->issuedDeviceToken();
    if (issued.token.isEmpty()) {
        qCInfo(lcFlow) << "no device token was issued: this device is not remembered";
        return;
    }
    DeviceTrustRecord record;
    record.username = m_username;
    record.token = issued.token;
    record.until = m_clock->now().addDays(rememberDeviceDays());
    if (issued.expiresAt.isValid() && issued.expiresAt < record.until) {
        record.until = issued.expiresAt;
    }
    qCInfo(lcFlow) << "remembering this device until" << record.until.toString(Qt::ISODate);
    storeSecret(deviceTrustKeyInUse(), record.serialize());
}

void SignInFlow::rememberLastPhoneNumber()
{
    if (!m_secrets) {
        return;
    }
    // Personal data: kept only when the user asked this computer to remember them.
    const bool remembering = m_rememberMe || (m_rememberDevice && isRememberDeviceOffered());
    if (remembering && !m_phoneE164.isEmpty() && !isPhoneNumberLocked() && !m_enrolling) {
        m_lastSignInNumber = m_phoneE164;
        storeSecret(SecretKey::lastPhoneNumber, m_phoneE164.toUtf8());
    } else if (!remembering && !m_lastSignInNumber.isEmpty()) {
        m_lastSignInNumber.clear();
        ++m_secretsInFlight[SecretKey::lastPhoneNumber];
        m_secrets->remove(SecretKey::lastPhoneNumber);
    }
}

void SignInFlow::resendCode()
{
    if (!canResend() || m_finished) {
        return;
    }
    sendCode(m_phoneE164, m_channel, Pending::Resend);
}

void SignInFlow::requestCall()
{
    if (!canRequestCall() || m_finished) {
        return;
    }
    sendCode(m_phoneE164, Channel::Call, Pending::Resend);
}

void SignInFlow::useDifferentNumber()
{
    if (!canUseDifferentNumber() || m_finished) {
        return;
    }
    abortRequest();
    m_resendCountdown->stop();
    m_callCountdown->stop();
    m_lastSubmittedCode.clear();
    setError(AuthError());
    setStep(Step::Phone);
}

void SignInFlow::onFailed(const AuthError &error)
{
    const Pending pending = m_pending;
    m_pending = Pending::None;
    // The error and any step change land before busy clears, so front ends render the outcome once.
    applyFailure(pending, error);
    setBusy(false);
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
        if (m_secrets && (error.kind == AuthError::Kind::SessionExpired ||
                          error.kind == AuthError::Kind::InvalidCredentials)) {
            forgetSecret(SecretKey::backendSession);
        }
        if (error.kind != AuthError::Kind::SessionExpired &&
            error.kind != AuthError::Kind::InvalidCredentials) {
            setError(error);
        }
        return;
    case Pending::Login:
        setError(error);
        return;
    case Pending::SendCode:
    case Pending::Resend:
        if (error.kind == AuthError::Kind::SessionExpired) {
            if (m_secrets) {
                forgetSecret(SecretKey::backendSession);
            }
            setStep(Step::Password);
        }
        if (error.kind == AuthError::Kind::TooManySends || error.kind == AuthError::Kind::RateLimited) {
            m_lockoutCountdown->startFor(error.retryAfterSeconds > 0 ? error.retryAfterSeconds
                                                                     : m_options.lockoutFallbackSeconds);
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
    if (!m_busy || m_pending == Pending::ChangeNumber) {
        return; // a keychain write of the new number is not taken back halfway
    }
    const Pending pending = m_pending;
    m_pending = Pending::None;
    m_auth->abort();
    m_pendingPassword.fill(QLatin1Char('\0'));
    m_pendingPassword.clear();
    if (pending == Pending::CheckCode) {
        m_retryAllowed = true; // the code may or may not have reached the server
    }
    setBusy(false);
}

void SignInFlow::cancel()
{
    if (m_finished) {
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
    if (m_secrets) {
        forgetSecret(SecretKey::backendSession);
        forgetSecret(SecretKey::lastPhoneNumber);
        m_lastSignInNumber.clear();
        if (const QString trustKey = m_auth->deviceTrustKey(); !trustKey.isEmpty()) {
            forgetSecret(trustKey);
        }
    }
    if (m_step != Step::Done) {
        return;
    }
    qCInfo(lcFlow) << "signed out: starting over at the password step";
    // No longer signed in: the sign-in starts over, and only a new one ends it as signed in.
    m_finished = false;
    m_finishDeferred = false;
    m_signedInByDeviceTrust = false;
    m_rememberDevice = false;
    m_rememberMe = false;
    m_displayName.clear();
    m_phoneE164.clear();
    m_capabilities = ServerCapabilities();
    m_lastSubmittedCode.clear();
    m_retryAllowed = false;
    setError(AuthError());
    emit detailsChanged();
    setStep(Step::Password);
    setNotice(signedOutNotice());
    emit signedOut();
}

void SignInFlow::clearError()
{
    setError(AuthError());
}

void SignInFlow::setStep(Step step)
{
    if (m_step == step) {
        return;
    }
    m_step = step;
    emit stepChanged(step);
}

void SignInFlow::setBusy(bool busy)
{
    if (m_busy == busy) {
        return;
    }
    m_busy = busy;
    emit busyChanged(busy);
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
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_outcome = outcome;
    if (outcome == Outcome::SignedIn && !m_secretsInFlight.isEmpty()) {
        // A front end may exit on finished(): what "Remember me" and "Remember this device" keep must be in
        // the keychain first.
        m_finishDeferred = true;
        return;
    }
    emit finished(outcome);
}

} // namespace latchkey
