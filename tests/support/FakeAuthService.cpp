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

namespace {

QString textOf(const std::optional<E164Number> &number)
{
    return number ? number->toString() : QString();
}

} // namespace

void FakeAuthService::sendCode(const std::optional<E164Number> &to, Channel channel)
{
    begin(QStringLiteral("send ") + textOf(to) + QLatin1Char(' ') + channelWireName(channel));
}

void FakeAuthService::checkCode(const std::optional<E164Number> &to, const QString &code)
{
    begin(QStringLiteral("check ") + textOf(to) + QLatin1Char(' ') + code);
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

void FakeAuthService::completeEnrolment(const E164Number &number)
{
    begin(QStringLiteral("enrolled ") + number.toString());
}

void FakeAuthService::changeNumber(const E164Number &number)
{
    begin(QStringLiteral("changenumber ") + number.toString());
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
