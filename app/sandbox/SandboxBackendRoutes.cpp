#include "SandboxServer.h"

#include "BackendEmulator.h"

#include <QJsonDocument>
#include <cmath>
#include <optional>

// The sandbox's organisation-backend routes (docs/backend-protocol.md), kept apart from the Verify routes
// in SandboxServer.cpp so that each API's emulation can change on its own.

namespace latchkey {

namespace {

/** JavaScript truthiness and String() for a JSON body field, as the seed's `!phoneNumber` sees it. */
QString expressString(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == 0) {
            return QString();
        }
        const bool integral = std::abs(number) < 1e15 && number == std::trunc(number);
        return integral ? QString::number(qint64(number)) : QString::number(number, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QString();
    case QJsonValue::Object:
        return QStringLiteral("[object Object]");
    case QJsonValue::Array:
        return QStringLiteral("[array]"); // truthy; never a valid name, number or code
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

/**
 * express.json(): bodies that are not declared JSON are ignored (req.body = {}), an empty JSON body is {},
 * and anything unparsable is refused. std::nullopt means "answer 400 Malformed JSON body".
 */
std::optional<QJsonObject> expressBody(const SandboxRequest &request)
{
    const QByteArray contentType = request.header("Content-Type").trimmed().toLower();
    if (!contentType.startsWith("application/json") || request.body.trimmed().isEmpty()) {
        return QJsonObject();
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

SandboxReply expressReply(const BackendEmulator::Reply &reply)
{
    return SandboxReply::json(reply.status, reply.body);
}

BackendEmulator::Destination destinationOf(const QJsonObject &body)
{
    if (body.value(QLatin1String("useEmailOnFile")).toBool(false)) {
        return BackendEmulator::Destination::EmailOnFile;
    }
    return body.value(QLatin1String("useNumberOnFile")).toBool(false)
               ? BackendEmulator::Destination::NumberOnFile
               : BackendEmulator::Destination::RequestedNumber;
}

SandboxReply malformedJson()
{
    return SandboxReply::json(400,
                              QJsonObject{{QStringLiteral("error"), QStringLiteral("Malformed JSON body")}});
}

QByteArray sessionCookie(const QString &sessionId)
{
    return QByteArray(SandboxServer::sessionCookieName) + '=' + sessionId.toLatin1() +
           "; Path=/; HttpOnly; SameSite=Strict";
}

QByteArray clearedSessionCookie()
{
    return QByteArray(SandboxServer::sessionCookieName) +
           "=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict";
}

} // namespace

// ---- backend ----------------------------------------------------------------------------------------

QList<SandboxRoute> SandboxServer::backendRoutes()
{
    using Method = QHttpServerRequest::Method;
    // express.json() runs before every POST route, so a malformed body is refused whatever the route.
    const auto jsonRoute = [this](SandboxReply (SandboxServer::*member)(const SandboxRequest &)) -> Handler {
        return [this, member](const SandboxRequest &request) {
            if (!expressBody(request)) {
                return malformedJson();
            }
            return (this->*member)(request);
        };
    };
    return {
        {QStringLiteral("backend.login"), Method::Post, QStringLiteral("/api/auth/login"),
         jsonRoute(&SandboxServer::backendLogin)},
        {QStringLiteral("backend.session"), Method::Get, QStringLiteral("/api/auth/login"),
         [this](const SandboxRequest &request) { return backendSession(request); }},
        {QStringLiteral("backend.sendCode"), Method::Post, QStringLiteral("/api/auth/send-code"),
         jsonRoute(&SandboxServer::backendSendCode)},
        {QStringLiteral("backend.verifyCode"), Method::Post, QStringLiteral("/api/auth/verify-code"),
         jsonRoute(&SandboxServer::backendVerifyCode)},
        {QStringLiteral("backend.logout"), Method::Post, QStringLiteral("/api/auth/logout"),
         jsonRoute(&SandboxServer::backendLogout)},
        {QStringLiteral("backend.stats"), Method::Get, QStringLiteral("/api/admin/stats"),
         [this](const SandboxRequest &request) { return backendStats(request); }},
    };
}

SandboxReply SandboxServer::backendLogin(const SandboxRequest &request)
{
    const QJsonObject body = expressBody(request).value_or(QJsonObject());
    QString sessionId;
    SandboxReply reply =
        expressReply(m_backend->login(expressString(body.value(QLatin1String("username"))),
                                      expressString(body.value(QLatin1String("password"))), &sessionId,
                                      expressString(body.value(QLatin1String("deviceToken")))));
    if (!sessionId.isEmpty()) {
        reply.headers.emplaceBack("Set-Cookie", sessionCookie(sessionId));
    }
    return reply;
}

SandboxReply SandboxServer::backendSession(const SandboxRequest &request)
{
    return expressReply(m_backend->currentSession(request.cookie(sessionCookieName)));
}

SandboxReply SandboxServer::backendSendCode(const SandboxRequest &request)
{
    const QJsonObject body = expressBody(request).value_or(QJsonObject());
    return expressReply(m_backend->sendCode(
        request.cookie(sessionCookieName), expressString(body.value(QLatin1String("phoneNumber"))),
        expressString(body.value(QLatin1String("channel"))),
        expressString(body.value(QLatin1String("locale"))), destinationOf(body)));
}

SandboxReply SandboxServer::backendVerifyCode(const SandboxRequest &request)
{
    const QJsonObject body = expressBody(request).value_or(QJsonObject());
    return expressReply(m_backend->verifyCode(
        request.cookie(sessionCookieName), expressString(body.value(QLatin1String("phoneNumber"))),
        expressString(body.value(QLatin1String("code"))), destinationOf(body),
        body.value(QLatin1String("rememberDevice")).toBool(false)));
}

SandboxReply SandboxServer::backendLogout(const SandboxRequest &request)
{
    const QJsonObject body = expressBody(request).value_or(QJsonObject());
    SandboxReply reply = expressReply(m_backend->logout(
        request.cookie(sessionCookieName), body.value(QLatin1String("forgetDevice")).toBool(false)));
    reply.headers.emplaceBack("Set-Cookie", clearedSessionCookie());
    return reply;
}

SandboxReply SandboxServer::backendStats(const SandboxRequest &request)
{
    return expressReply(
        m_backend->stats(request.cookie(sessionCookieName),
                         request.query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded),
                         request.query.queryItemValue(QStringLiteral("until"), QUrl::FullyDecoded)));
}

} // namespace latchkey
