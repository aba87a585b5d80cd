#include "auth/DirectAuthService.h"

#include "core/Logging.h"
#include "phone/PhoneNumber.h"

#include <QTimer>

namespace latchkey {

DirectAuthService::DirectAuthService(HttpClient *http, VerifyAccount account, QObject *parent)
    : AuthService(parent)
    , m_client(new VerifyClient(http, std::move(account), this))
    , m_locale(VerifyClient::localeFor(QLocale()))
{
    connect(m_client, &VerifyClient::serviceFetched, this, &DirectAuthService::onServiceFetched);
    connect(m_client, &VerifyClient::verificationStarted, this, &DirectAuthService::onVerificationStarted);
    connect(m_client, &VerifyClient::codeChecked, this, &DirectAuthService::onCodeChecked);
    connect(m_client, &VerifyClient::failed, this, &DirectAuthService::onFailed);
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

void DirectAuthService::logIn(const QString &, const QString &)
{
    refuseLater(
        AuthError::of(AuthError::Kind::ConfigurationProblem, tr("local accounts arrive with enrolment")));
}

void DirectAuthService::resumeSession(const QByteArray &)
{
    refuseLater(
        AuthError::of(AuthError::Kind::ConfigurationProblem, tr("local accounts arrive with enrolment")));
}

void DirectAuthService::sendCode(const QString &e164, Channel channel)
{
    abort();
    if (e164.isEmpty()) {
        // "The number on file" is the local account's, which arrives with enrolment.
        refuseLater(
            AuthError::of(AuthError::Kind::InvalidPhoneNumber, tr("Enter the number to send the code to.")));
        return;
    }
    if (e164 != m_to) {
        m_verificationSid.clear(); // a different number is a different verification
    }
    m_to = e164;
    m_channel = channel;
    if (!m_hasService) {
        m_step = Step::FetchingService;
        m_client->fetchService();
        return;
    }
    startVerification();
}

void DirectAuthService::startVerification()
{
    m_step = Step::Starting;
    qCInfo(lcAuth) << "starting a verification by" << channelWireName(m_channel) << "to"
                   << PhoneNumber::masked(m_to);
    m_client->startVerification(m_to, m_channel, m_locale);
}

void DirectAuthService::checkCode(const QString &e164, const QString &code)
{
    abort();
    // By the verification the sign-in holds; by number when it holds none for this number.
    const QString to = e164.isEmpty() ? m_to : e164;
    const QString sid = to == m_to ? m_verificationSid : QString();
    m_step = Step::Checking;
    m_client->checkCode(to, sid, code);
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
    m_to.clear();
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
    startVerification();
}

void DirectAuthService::onVerificationStarted(const Verification &verification)
{
    if (m_step != Step::Starting) {
        return;
    }
    m_step = Step::Idle;
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
    // A wrong code is a 2xx with status "pending": more tries are allowed until the fifth.
    AuthError error = AuthError::of(AuthError::Kind::WrongCode);
    emit failed(error);
}

void DirectAuthService::onFailed(const AuthError &error)
{
    if (m_step == Step::Idle) {
        return;
    }
    m_step = Step::Idle;
    if (error.kind == AuthError::Kind::CodeExpired || error.kind == AuthError::Kind::TooManyChecks) {
        m_verificationSid.clear(); // dead at Twilio: the next send starts a new one
    }
    emit failed(error);
}

} // namespace latchkey
