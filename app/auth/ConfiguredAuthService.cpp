#include "ConfiguredAuthService.h"

namespace latchkey {

ConfiguredAuthService::ConfiguredAuthService(AuthService *inner, int codeLength, QObject *parent)
    : AuthService(parent)
    , m_inner(inner)
    , m_codeLength(codeLength)
{
    m_inner->setParent(this);
    connect(m_inner, &AuthService::prepared, this, &AuthService::prepared);
    connect(m_inner, &AuthService::enrolmentStarted, this, &AuthService::enrolmentStarted);
    connect(m_inner, &AuthService::enrolmentCompleted, this, &AuthService::enrolmentCompleted);
    connect(m_inner, &AuthService::numberChanged, this, &AuthService::numberChanged);
    connect(m_inner, &AuthService::codeApproved, this, &AuthService::codeApproved);
    connect(m_inner, &AuthService::failed, this, &AuthService::failed);
    connect(m_inner, &AuthService::loggedIn, this, [this](LoginResult result) {
        if (result.capabilities.codeLength == 0) {
            result.capabilities.codeLength = m_codeLength;
        }
        emit loggedIn(result);
    });
    connect(m_inner, &AuthService::codeSent, this, [this](CodeSentResult result) {
        if (result.codeLength == 0) {
            result.codeLength = m_codeLength;
        }
        emit codeSent(result);
    });
}

void ConfiguredAuthService::logIn(const QString &username, const QString &password)
{
    m_inner->logIn(username, password);
}

void ConfiguredAuthService::resumeSession(const QByteArray &sessionToken)
{
    m_inner->resumeSession(sessionToken);
}

void ConfiguredAuthService::sendCode(const QString &e164, Channel channel)
{
    m_inner->sendCode(e164, channel);
}

void ConfiguredAuthService::checkCode(const QString &e164, const QString &code)
{
    m_inner->checkCode(e164, code);
}

void ConfiguredAuthService::abort()
{
    m_inner->abort();
}

void ConfiguredAuthService::signOut()
{
    m_inner->signOut();
}

void ConfiguredAuthService::prepare()
{
    m_inner->prepare();
}

void ConfiguredAuthService::beginEnrolment(const QString &username, const QString &password)
{
    m_inner->beginEnrolment(username, password);
}

void ConfiguredAuthService::completeEnrolment(const QString &e164)
{
    m_inner->completeEnrolment(e164);
}

ServerCapabilities ConfiguredAuthService::enrolmentCapabilities() const
{
    return m_inner->enrolmentCapabilities();
}

QString ConfiguredAuthService::deviceTrustKey() const
{
    return m_inner->deviceTrustKey();
}

void ConfiguredAuthService::presentDeviceToken(const QByteArray &token)
{
    m_inner->presentDeviceToken(token);
}

void ConfiguredAuthService::setRememberDevice(bool remember)
{
    m_inner->setRememberDevice(remember);
}

DeviceToken ConfiguredAuthService::issuedDeviceToken() const
{
    return m_inner->issuedDeviceToken();
}

} // namespace latchkey
