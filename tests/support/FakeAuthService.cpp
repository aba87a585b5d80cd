#include "FakeAuthService.h"

#include <QTimer>

namespace latchkey {

void FakeAuthService::begin(const QString &call)
{
    calls.append(call);
    m_pending = true;
}

void FakeAuthService::logIn(const QString &username, const QString &password)
{
    Q_UNUSED(password)
    begin(QStringLiteral("login ") + username);
}

void FakeAuthService::resumeSession(const QByteArray &sessionToken)
{
    begin(QStringLiteral("resume ") + QString::fromUtf8(sessionToken));
}

void FakeAuthService::sendCode(const QString &e164, Channel channel)
{
    begin(QStringLiteral("send ") + e164 + QLatin1Char(' ') + channelWireName(channel));
}

void FakeAuthService::checkCode(const QString &e164, const QString &code)
{
    begin(QStringLiteral("check ") + e164 + QLatin1Char(' ') + code);
}

void FakeAuthService::abort()
{
    if (m_pending) {
        calls.append(QStringLiteral("abort"));
    }
    m_pending = false;
}

void FakeAuthService::signOut()
{
    calls.append(QStringLiteral("signout"));
    m_pending = false;
}

void FakeAuthService::answerLoggedIn(const LoginResult &result)
{
    m_pending = false;
    emit loggedIn(result);
}

void FakeAuthService::answerCodeSent(const CodeSentResult &result)
{
    m_pending = false;
    emit codeSent(result);
}

void FakeAuthService::answerApproved()
{
    m_pending = false;
    emit codeApproved();
}

void FakeAuthService::answerFailed(const AuthError &error)
{
    m_pending = false;
    emit failed(error);
}

void FakeAuthService::prepare()
{
    QTimer::singleShot(0, this, [this] { emit prepared(enrolmentNeeded); });
}

void FakeAuthService::beginEnrolment(const QString &username, const QString &password)
{
    Q_UNUSED(password)
    begin(QStringLiteral("enrol ") + username);
}

void FakeAuthService::completeEnrolment(const QString &e164)
{
    begin(QStringLiteral("enrolled ") + e164);
}

void FakeAuthService::changeNumber(const QString &e164)
{
    begin(QStringLiteral("changenumber ") + e164);
}

void FakeAuthService::answerNumberChanged()
{
    m_pending = false;
    emit numberChanged();
}

void FakeAuthService::answerEnrolmentStarted()
{
    m_pending = false;
    emit enrolmentStarted();
}

void FakeAuthService::answerEnrolmentCompleted()
{
    m_pending = false;
    emit enrolmentCompleted();
}

} // namespace latchkey
