#include "AuthService.h"

#include <QTimer>

namespace latchkey {

void AuthService::prepare()
{
    // Answer on the next turn of the event loop, like every other call.
    QTimer::singleShot(0, this, [this] { emit prepared(false); });
}

void AuthService::beginEnrolment(const QString &, const QString &)
{
    QTimer::singleShot(0, this, [this] {
        emit failed(AuthError::of(AuthError::Kind::ConfigurationProblem,
                                  tr("This way of signing in has no local account to enrol.")));
    });
}

void AuthService::changeNumber(const QString &)
{
    QTimer::singleShot(0, this, [this] {
        emit failed(AuthError::of(AuthError::Kind::ConfigurationProblem,
                                  tr("The phone number is managed by your organisation's server.")));
    });
}

void AuthService::completeEnrolment(const QString &)
{
    beginEnrolment(QString(), QString());
}

} // namespace latchkey
