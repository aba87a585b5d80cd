#include "verify/VerifyClient.h"

#include "net/HttpClient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace latchkey {

VerifyClient::VerifyClient(HttpClient *http, VerifyAccount account, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_account(std::move(account))
{}

QByteArray VerifyClient::formEncode(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

bool VerifyClient::parseVerification(const QByteArray &body, Verification *verification)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return false;
    }
    const QJsonObject object = document.object();
    verification->sid = object.value(QStringLiteral("sid")).toString();
    verification->to = object.value(QStringLiteral("to")).toString();
    verification->channel = object.value(QStringLiteral("channel")).toString();
    verification->status = object.value(QStringLiteral("status")).toString();
    verification->valid = object.value(QStringLiteral("valid")).toBool(false);
    return !verification->status.isEmpty();
}

AuthError VerifyClient::errorFrom(const HttpResponse &response)
{
    if (!response.hasAnswer()) {
        return response.transportError;
    }
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(response.body, &parseError).object();
    const int code = object.value(QStringLiteral("code")).toInt(0);
    AuthError error;
    if (code > 0) {
        error =
            AuthError::fromTwilio(code, response.status, object.value(QStringLiteral("message")).toString());
    } else if (response.status >= 500) {
        error = AuthError::of(AuthError::Kind::ServerError);
    } else {
        error = AuthError::of(AuthError::Kind::BadResponse);
    }
    error.httpStatus = response.status;
    error.retryAfterSeconds = response.retryAfterSeconds(QDateTime::currentDateTimeUtc());
    return error;
}

void VerifyClient::post(const QString &path, const QList<std::pair<QString, QString>> &fields, bool isCheck)
{
    abort();
    HttpRequest request;
    request.method = "POST";
    request.url = m_account.baseUrl;
    request.url.setPath(QStringLiteral("/v2/Services/") + m_account.serviceSid + path);
    request.contentType = "application/x-www-form-urlencoded";
    request.body = formEncode(fields);
    request.headers.emplaceBack("Accept", "application/json");
    request.headers.emplaceBack(
        "Authorization",
        "Basic " + (m_account.keySid + QLatin1Char(':') + m_account.secret).toUtf8().toBase64());
    m_call = m_http->send(request);
    connect(m_call, &HttpCall::finished, this, [this, isCheck](const HttpResponse &response) {
        m_call.clear();
        Verification verification;
        if (response.hasAnswer() && response.status >= 200 && response.status < 300) {
            if (!parseVerification(response.body, &verification)) {
                emit failed(AuthError::of(AuthError::Kind::BadResponse));
            } else if (isCheck) {
                emit codeChecked(verification);
            } else {
                emit verificationStarted(verification);
            }
            return;
        }
        AuthError error = errorFrom(response);
        if (isCheck && error.serverCode == 20404) {
            error.kind = AuthError::Kind::CodeExpired; // approved, expired or never existed: Twilio won't say
        }
        emit failed(error);
    });
}

void VerifyClient::startVerification(const QString &to, Channel channel, const QString &locale)
{
    QList<std::pair<QString, QString>> fields{{QStringLiteral("To"), to},
                                              {QStringLiteral("Channel"), channelWireName(channel)}};
    if (!locale.isEmpty()) {
        fields.emplaceBack(QStringLiteral("Locale"), locale);
    }
    post(QStringLiteral("/Verifications"), fields, false);
}

void VerifyClient::checkCode(const QString &to, const QString &verificationSid, const QString &code)
{
    QList<std::pair<QString, QString>> fields{{QStringLiteral("Code"), code}};
    if (!verificationSid.isEmpty()) {
        fields.emplaceBack(QStringLiteral("VerificationSid"), verificationSid);
    } else {
        fields.emplaceBack(QStringLiteral("To"), to);
    }
    post(QStringLiteral("/VerificationCheck"), fields, true);
}

void VerifyClient::abort()
{
    if (m_call) {
        HttpCall *call = m_call;
        m_call.clear();
        call->disconnect(this);
        call->abort();
    }
}

} // namespace latchkey
