#include "DirectAuthService.h"
#include "SecretWipe.h"

#include "EmailAddress.h"
#include "LocalAccount.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QTimer>

namespace latchkey {

DirectAuthService::DirectAuthService(HttpClient *http, VerifyAccount account, QObject *parent)
    : LocalAccountService(parent)
    , m_client(new VerifyClient(http, std::move(account), this))
    , m_locale(VerifyClient::localeFor(QLocale()))
{
    connect(m_client, &VerifyClient::serviceFetched, this, &DirectAuthService::onServiceFetched);
    connect(m_client, &VerifyClient::verificationStarted, this, &DirectAuthService::onVerificationStarted);
    connect(m_client, &VerifyClient::codeChecked, this, &DirectAuthService::onCodeChecked);
    connect(m_client, &VerifyClient::failed, this, &DirectAuthService::onFailed);
}

void DirectAuthService::setLocalAccount(LocalAccount *account)
{
    if (m_account) {
        disconnect(m_account, nullptr, this, nullptr);
    }
    m_account = account;
    if (!m_account) {
        return;
    }
    connect(m_account, &LocalAccount::loaded, this, &DirectAuthService::onAccountLoaded);
    connect(m_account, &LocalAccount::passwordChecked, this, &DirectAuthService::onPasswordChecked);
    connect(m_account, &LocalAccount::failed, this, &DirectAuthService::onAccountFailed);
    connect(m_account, &LocalAccount::numberChanged, this, [this] {
        if (m_step != Step::ChangingNumber) {
            return;
        }
        m_step = Step::Idle;
        m_to.reset(); // the next code goes to the new number on file
        m_verificationSid.clear();
        emit numberChanged();
    });
    connect(m_account, &LocalAccount::enrolled, this, [this] {
        if (m_step != Step::Enrolling) {
            return;
        }
        m_step = Step::Idle;
        emit enrolmentCompleted();
    });
}

QByteArray DirectAuthService::serializeTwilioSecret(const QString &keySid, const QString &secret)
{
    return keySid.toUtf8() + '\n' + secret.toUtf8();
}

bool DirectAuthService::parseTwilioSecret(const QByteArray &data, QString *keySid, QString *secret)
{
    const qsizetype newline = data.indexOf('\n');
    if (newline <= 0) {
        return false;
    }
    *keySid = QString::fromUtf8(data.left(newline)).trimmed();
    *secret = QString::fromUtf8(data.mid(newline + 1)).trimmed();
    return !keySid->isEmpty() && !secret->isEmpty();
}

void DirectAuthService::refuseLater(const AuthError &error)
{
    abort();
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, error] {
        if (generation == m_generation) {
            emit failed(error);
        }
    });
}

void DirectAuthService::prepare()
{
    if (!m_account) {
        // Nothing to load: answered on the next turn of the event loop, like every other call.
        QTimer::singleShot(0, this, [this] { emit prepared(false); });
        return;
    }
    abort();
    m_step = Step::LoadingAccount;
    m_account->load();
}

void DirectAuthService::onAccountLoaded(bool exists)
{
    if (m_step != Step::LoadingAccount) {
        return;
    }
    m_step = Step::Idle;
    qCInfo(lcAuth) << (exists ? "local account loaded" : "no local account: enrolment needed");
    emit prepared(!exists);
}

void DirectAuthService::onAccountFailed(const QString &message)
{
    const Step step = m_step;
    if (step != Step::LoadingAccount && step != Step::CheckingPassword && step != Step::Enrolling &&
        step != Step::ChangingNumber) {
        return;
    }
    m_step = Step::Idle;
    if (step == Step::Enrolling) {
        wipeEnrolment();
    }
    emit failed(AuthError::of(AuthError::Kind::ConfigurationProblem,
                              tr("Direct mode cannot work without the keychain: %1").arg(message)));
}

void DirectAuthService::logIn(const QString &username, const QString &password)
{
    if (m_account) {
        abort();
        if (!m_account->exists()) {
            refuseLater(AuthError::of(AuthError::Kind::ConfigurationProblem,
                                      tr("This computer is not enrolled yet.")));
            return;
        }
        m_loginUsername = username;
        m_step = Step::CheckingPassword;
        m_account->checkPassword(username, password);
        return;
    }
    refuseLater(
        AuthError::of(AuthError::Kind::ConfigurationProblem, tr("local accounts arrive with enrolment")));
}

void DirectAuthService::onPasswordChecked(bool matches)
{
    if (m_step != Step::CheckingPassword) {
        return;
    }
    m_step = Step::Idle;
    if (!matches) {
        qCInfo(lcAuth) << "local password refused";
        emit failed(AuthError::of(AuthError::Kind::InvalidCredentials));
        return;
    }
    if (!m_hasService) {
        fetchServiceThen(Then::LogIn); // the code field fits the Service's code length
        return;
    }
    emitLoggedIn();
}

void DirectAuthService::emitLoggedIn()
{
    LoginResult result;
    result.displayName = m_loginUsername;
    result.capabilities = enrolmentCapabilities();
    result.capabilities.maskedNumberOnFile = m_account->enrolledNumber()->masked();
    result.capabilities.sendsToNumberOnFile = true;
    if (!m_emailOnFile.isEmpty()) {
        result.capabilities.maskedEmailOnFile = EmailAddress::masked(m_emailOnFile);
    }
    result.capabilities.deviceTrust = true; // the client's policy alone says for how long
    result.deviceTrusted = !m_presentedDeviceToken.isEmpty() &&
                           m_presentedDeviceToken == m_account->enrolledNumber()->toString().toUtf8();
    m_presentedDeviceToken.clear();
    emit loggedIn(result);
}

ServerCapabilities DirectAuthService::enrolmentCapabilities() const
{
    ServerCapabilities capabilities;
    capabilities.channels = allChannels(); // settings narrow them
    capabilities.codeLength = m_service.codeLength;
    return capabilities;
}

void DirectAuthService::changeNumber(const E164Number &number)
{
    abort();
    if (!canChangeNumber()) {
        refuseLater(
            AuthError::of(AuthError::Kind::ConfigurationProblem, tr("This computer is not enrolled yet.")));
        return;
    }
    m_step = Step::ChangingNumber;
    m_account->changeNumber(number);
}

QString DirectAuthService::deviceTrustKey() const
{
    return m_account ? SecretKey::directDeviceTrust : QString();
}

DeviceToken DirectAuthService::issuedDeviceToken() const
{
    DeviceToken issued;
    if (m_rememberDevice && m_account && m_account->exists()) {
        issued.token = m_account->enrolledNumber()->toString().toUtf8();
    }
    return issued;
}

void DirectAuthService::beginEnrolment(const QString &username, const QString &password)
{
    if (!m_account) {
        refuseLater(AuthError::of(
            AuthError::Kind::ConfigurationProblem,
            QCoreApplication::translate("latchkey::AuthService",
                                        "This way of signing in has no local account to enrol.")));
        return;
    }
    abort();
    wipeEnrolment();
    m_enrolUsername = username;
    m_enrolPassword = password;
    if (!m_hasService) {
        fetchServiceThen(Then::Enrol); // also proves the Twilio secret before the user goes further
        return;
    }
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation) {
            emit enrolmentStarted();
        }
    });
}

void DirectAuthService::completeEnrolment(const E164Number &number)
{
    if (!m_account) {
        beginEnrolment(QString(), QString());
        return;
    }
    abort();
    if (m_enrolUsername.isEmpty()) {
        refuseLater(
            AuthError::of(AuthError::Kind::ConfigurationProblem, tr("The enrolment was not started.")));
        return;
    }
    m_step = Step::Enrolling;
    const QString username = m_enrolUsername;
    QString password = std::exchange(m_enrolPassword, QString());
    wipeEnrolment();
    m_account->enrol(username, password, number);
    wipeSecret(password);
}

void DirectAuthService::wipeEnrolment()
{
    wipeSecret(m_enrolPassword); // fill() would detach a shared copy and zero only that
    m_enrolUsername.clear();
}

void DirectAuthService::resumeSession(const QByteArray &)
{
    if (m_account) {
        // A local account has no server session: whatever was remembered is not ours, so ask for the
        // password.
        refuseLater(AuthError::of(AuthError::Kind::SessionExpired));
        return;
    }
    refuseLater(
        AuthError::of(AuthError::Kind::ConfigurationProblem, tr("local accounts arrive with enrolment")));
}

void DirectAuthService::sendCode(const std::optional<E164Number> &to, Channel channel)
{
    abort();
    if (channel == Channel::Email) {
        sendToEmailOnFile();
        return;
    }
    // "The number on file" is the local account's, which arrives with enrolment.
    const std::optional<E164Number> number = to ? to : numberOnFile();
    if (!number) {
        refuseLater(
            AuthError::of(AuthError::Kind::InvalidPhoneNumber, tr("Enter the number to send the code to.")));
        return;
    }
    if (number != m_to || m_toEmailOnFile) {
        m_verificationSid.clear(); // a different number is a different verification
    }
    m_to = number;
    m_toEmailOnFile = false;
    m_channel = channel;
    startOnceTheServiceIsKnown();
}

void DirectAuthService::sendToEmailOnFile()
{
    // Only ever the administrator's address: never one typed at sign-in.
    if (m_emailOnFile.isEmpty()) {
        refuseLater(AuthError::of(AuthError::Kind::ChannelDisabled));
        return;
    }
    if (!m_toEmailOnFile) {
        m_verificationSid.clear();
    }
    m_to.reset();
    m_toEmailOnFile = true;
    m_channel = Channel::Email;
    startOnceTheServiceIsKnown();
}

void DirectAuthService::startOnceTheServiceIsKnown()
{
    if (!m_hasService) {
        fetchServiceThen(Then::SendCode);
        return;
    }
    startVerification();
}

void DirectAuthService::fetchServiceThen(Then then)
{
    m_then = then;
    m_step = Step::FetchingService;
    m_client->fetchService();
}

void DirectAuthService::startVerification()
{
    m_step = Step::Starting;
    if (m_toEmailOnFile) {
        qCInfo(lcAuth) << "starting a verification by email to" << EmailAddress::masked(m_emailOnFile);
        m_client->startEmailVerification(m_emailOnFile, m_locale);
        return;
    }
    qCInfo(lcAuth) << "starting a verification by" << channelWireName(m_channel) << "to" << m_to->masked();
    m_client->startVerification(*m_to, m_channel, m_locale);
}

void DirectAuthService::checkCode(const std::optional<E164Number> &to, const QString &code)
{
    abort();
    if (!to && m_toEmailOnFile) {
        m_step = Step::Checking;
        m_client->checkEmailCode(m_emailOnFile, m_verificationSid, code);
        return;
    }
    // By the verification the sign-in holds; by number when it holds none for this number.
    const std::optional<E164Number> number = to ? to : m_to ? m_to : numberOnFile();
    if (!number) {
        refuseLater(
            AuthError::of(AuthError::Kind::ConfigurationProblem,
                          QCoreApplication::translate(
                              "latchkey::VerifyClient",
                              "There is no verification to check this code against. Send a new code.")));
        return;
    }
    const QString sid = number == m_to ? m_verificationSid : QString();
    m_step = Step::Checking;
    m_client->checkCode(*number, sid, code);
}

std::optional<E164Number> DirectAuthService::numberOnFile() const
{
    return m_account && m_account->exists() ? m_account->enrolledNumber() : std::nullopt;
}

void DirectAuthService::prepareConnection()
{
    m_client->prepareConnection();
}

void DirectAuthService::abort()
{
    ++m_generation;
    m_step = Step::Idle;
    m_client->abort();
}

void DirectAuthService::signOut()
{
    abort();
    wipeEnrolment();
    m_loginUsername.clear();
    m_presentedDeviceToken.clear();
    m_to.reset();
    m_toEmailOnFile = false;
    m_verificationSid.clear();
}

void DirectAuthService::onServiceFetched(const VerifyService &service)
{
    if (m_step != Step::FetchingService) {
        return;
    }
    m_service = service;
    m_hasService = true;
    qCInfo(lcAuth) << "Verify service read; codes have" << service.codeLength << "digits";
    switch (m_then) {
    case Then::SendCode:
        startVerification();
        return;
    case Then::LogIn:
        m_step = Step::Idle;
        emitLoggedIn();
        return;
    case Then::Enrol:
        m_step = Step::Idle;
        emit enrolmentStarted();
        return;
    }
}

void DirectAuthService::onVerificationStarted(const Verification &verification)
{
    if (m_step != Step::Starting) {
        return;
    }
    m_step = Step::Idle;
    if (verification.sid != m_verificationSid) {
        m_wrongChecks = 0; // a new verification: Verify counts its checks afresh
    }
    m_verificationSid = verification.sid;
    CodeSentResult result;
    Channel channel = m_channel;
    result.channel = channelFromWireName(verification.channel, &channel) ? channel : m_channel;
    result.codeLength = m_service.codeLength;
    emit codeSent(result);
}

void DirectAuthService::onCodeChecked(const Verification &verification)
{
    if (m_step != Step::Checking) {
        return;
    }
    m_step = Step::Idle;
    if (verification.isApproved()) {
        m_verificationSid.clear(); // approved verifications are gone at Twilio
        emit codeApproved();
        return;
    }
    // A wrong code is a 2xx with status "pending": Verify checks at most five codes per verification (a
    // resend keeps the verification and its count).
    AuthError error = AuthError::of(AuthError::Kind::WrongCode);
    if (!m_verificationSid.isEmpty() && verification.sid == m_verificationSid) {
        ++m_wrongChecks;
        error.attemptsLeft = qMax(0, checksPerVerification - m_wrongChecks);
    }
    emit failed(error);
}

void DirectAuthService::onFailed(const AuthError &error)
{
    if (m_step == Step::Idle) {
        return;
    }
    if (m_step == Step::FetchingService && m_then == Then::Enrol) {
        wipeEnrolment();
    }
    m_step = Step::Idle;
    if (error.kind == AuthError::Kind::CodeExpired || error.kind == AuthError::Kind::TooManyChecks) {
        m_verificationSid.clear(); // dead at Twilio: the next send starts a new one
    }
    emit failed(error);
}

} // namespace latchkey
