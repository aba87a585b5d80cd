#include "SignInResult.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace latchkey {

QString SignInResult::statusFor(ExitCode exitCode)
{
    switch (exitCode) {
    case ExitCode::SignedIn:
        return QStringLiteral("signed-in");
    case ExitCode::Cancelled:
        return QStringLiteral("cancelled");
    case ExitCode::Failed:
        return QStringLiteral("failed");
    case ExitCode::ConfigurationError:
        return QStringLiteral("configuration-error");
    case ExitCode::FailedOpen:
        return QStringLiteral("fail-open");
    }
    return QStringLiteral("failed");
}

QByteArray SignInResult::toJsonLine() const
{
    QJsonObject object{
        {QStringLiteral("status"), statusFor(exitCode)},
        {QStringLiteral("exitCode"), toInt(exitCode)},
        {QStringLiteral("mode"), mode},
        {QStringLiteral("at"), at.toUTC().toString(Qt::ISODate)},
    };
    // Only a completed sign-in names someone: a gate must not mistake a typed username for a signed-in one.
    // A fail-open names who got in too (its own status and method, so a gate can refuse it).
    if (exitCode == ExitCode::SignedIn || exitCode == ExitCode::FailedOpen) {
        object.insert(QStringLiteral("username"), username);
        object.insert(QStringLiteral("displayName"), displayName.isEmpty() ? username : displayName);
    }
    if (!method.isEmpty()) {
        object.insert(QStringLiteral("method"), method);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace latchkey
