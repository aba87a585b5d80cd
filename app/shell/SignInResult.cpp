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
    if (exitCode == ExitCode::SignedIn) {
        object.insert(QStringLiteral("username"), username);
        object.insert(QStringLiteral("displayName"), displayName.isEmpty() ? username : displayName);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace latchkey
