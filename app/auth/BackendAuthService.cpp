#include "auth/BackendAuthService.h"

#include "core/Logging.h"
#include "net/HttpClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>

namespace latchkey {

namespace {

QJsonObject jsonObjectOf(const QByteArray &body, bool *ok)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    *ok = parseError.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

} // namespace

BackendAuthService::BackendAuthService(HttpClient *http, BackendEndpoints endpoints, QObject *parent)
    : AuthService(parent)
    , m_http(http)
    , m_endpoints(std::move(endpoints))
{}

QUrl BackendAuthService::urlFor(const QString &path) const
{
    QUrl url = m_endpoints.origin;
    url.setPath(path);
    return url;
}

void BackendAuthService::post(Operation operation, const QString &path, const QJsonObject &body)
{
    abort();
    HttpRequest request;
    request.method = "POST";
    request.url = urlFor(path);
    request.contentType = "application/json";
    request.headers.emplaceBack("Accept", "application/json");
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_call = m_http->send(request);
    connect(m_call, &HttpCall::finished, this,
            [this, operation](const HttpResponse &response) { onFinished(operation, response); });
}

void BackendAuthService::logIn(const QString &username, const QString &password)
{
    post(Operation::LogIn, m_endpoints.loginPath,
         QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
}

void BackendAuthService::resumeSession(const QByteArray &sessionToken)
{
    abort();
    const QUrl origin = urlFor(QStringLiteral("/"));
    m_http->network()->cookieJar()->setCookiesFromUrl(QNetworkCookie::parseCookies(sessionToken), origin);
    HttpRequest request;
    request.url = urlFor(m_endpoints.loginPath);
    request.headers.emplaceBack("Accept", "application/json");
    m_call = m_http->send(request);
    connect(m_call, &HttpCall::finished, this,
            [this](const HttpResponse &response) { onFinished(Operation::Resume, response); });
}

void BackendAuthService::sendCode(const QString &e164, Channel channel)
{
    QJsonObject body{{QStringLiteral("phoneNumber"), e164}};
    if (m_hasCapabilities) {
        // Only a backend that announced capabilities understands these extensions.
        body.insert(QStringLiteral("channel"), channelWireName(channel));
        body.insert(QStringLiteral("locale"), QLocale().name().left(2));
        if (e164.isEmpty()) {
            body.remove(QStringLiteral("phoneNumber"));
            body.insert(QStringLiteral("useNumberOnFile"), true);
        }
    }
    post(Operation::SendCode, m_endpoints.sendCodePath, body);
}

void BackendAuthService::checkCode(const QString &e164, const QString &code)
{
    QJsonObject body{{QStringLiteral("phoneNumber"), e164}, {QStringLiteral("code"), code}};
    if (e164.isEmpty() && m_hasCapabilities) {
        body.remove(QStringLiteral("phoneNumber"));
        body.insert(QStringLiteral("useNumberOnFile"), true);
    }
    post(Operation::CheckCode, m_endpoints.verifyCodePath, body);
}

void BackendAuthService::abort()
{
    if (m_call) {
        HttpCall *call = m_call;
        m_call.clear();
        call->disconnect(this); // an aborted call answers nobody
        call->abort();
    }
}

void BackendAuthService::signOut()
{
    abort();
    HttpRequest request;
    request.method = "POST";
    request.url = urlFor(m_endpoints.logoutPath);
    request.contentType = "application/json";
    request.body = "{}";
    m_http->send(request); // best effort: the local session is dropped whatever the server says
    QNetworkAccessManager *network = m_http->network();
    network->setCookieJar(new QNetworkCookieJar(network));
    m_hasCapabilities = false;
}

QByteArray BackendAuthService::sessionCookies() const
{
    QByteArray serialized;
    const auto cookies = m_http->network()->cookieJar()->cookiesForUrl(urlFor(m_endpoints.loginPath));
    for (const QNetworkCookie &cookie : cookies) {
        if (!serialized.isEmpty()) {
            serialized += '\n';
        }
        serialized += cookie.toRawForm(QNetworkCookie::Full);
    }
    return serialized;
}

bool BackendAuthService::parseLoginAnswer(const QByteArray &body, LoginResult *result, bool *hasCapabilities)
{
    bool ok = false;
    const QJsonObject object = jsonObjectOf(body, &ok);
    if (!ok) {
        return false;
    }
    result->displayName = object.value(QStringLiteral("displayName"))
                              .toString(object.value(QStringLiteral("username")).toString());
    *hasCapabilities = object.value(QStringLiteral("capabilities")).isObject();
    if (!*hasCapabilities) {
        return true;
    }
    const QJsonObject capabilities = object.value(QStringLiteral("capabilities")).toObject();
    const QJsonArray channels = capabilities.value(QStringLiteral("channels")).toArray();
    if (!channels.isEmpty()) {
        result->capabilities.channels.clear();
        for (const QJsonValue &value : channels) {
            Channel channel;
            if (channelFromWireName(value.toString(), &channel) &&
                !result->capabilities.channels.contains(channel)) {
                result->capabilities.channels.append(channel);
            }
        }
        if (result->capabilities.channels.isEmpty()) {
            result->capabilities.channels.append(Channel::Sms);
        }
    }
    const int codeLength = capabilities.value(QStringLiteral("codeLength")).toInt(0);
    result->capabilities.codeLength = codeLength >= 4 && codeLength <= 10 ? codeLength : 0;
    result->capabilities.maskedNumberOnFile = capabilities.value(QStringLiteral("numberOnFile")).toString();
    result->capabilities.sendsToNumberOnFile =
        capabilities.value(QStringLiteral("sendsToNumberOnFile")).toBool(false) &&
        !result->capabilities.maskedNumberOnFile.isEmpty();
    return true;
}

AuthError BackendAuthService::errorFromAnswer(const HttpResponse &response, AuthError::Kind for4xx,
                                              const QDateTime &now)
{
    if (!response.hasAnswer()) {
        return response.transportError;
    }
    bool isJson = false;
    const QJsonObject object = jsonObjectOf(response.body, &isJson);
    QString text = object.value(QStringLiteral("error")).toString();
    if (!isJson) {
        // express-rate-limit answers in plain text; a proxy may answer in HTML, which we never show.
        const QByteArray contentType = response.header("Content-Type");
        if (contentType.startsWith("text/plain")) {
            text = QString::fromUtf8(response.body.left(300)).trimmed();
        }
    }
    AuthError error;
    const int twilioCode = object.value(QStringLiteral("code")).toInt(0);
    if (twilioCode > 0) {
        error = AuthError::fromTwilio(twilioCode, response.status, text);
    } else if (response.status == 401) {
        error =
            AuthError::of(for4xx == AuthError::Kind::InvalidCredentials ? AuthError::Kind::InvalidCredentials
                                                                        : AuthError::Kind::SessionExpired);
    } else if (response.status == 403) {
        error = AuthError::of(AuthError::Kind::NumberNotOnFile, text);
    } else if (response.status == 429) {
        error = AuthError::of(AuthError::Kind::RateLimited, text);
    } else if (response.status >= 400 && response.status < 500) {
        error = AuthError::of(for4xx, text);
    } else if (response.status >= 500) {
        error = AuthError::of(AuthError::Kind::ServerError, text);
    } else {
        error = AuthError::of(AuthError::Kind::BadResponse);
    }
    error.httpStatus = response.status;
    error.retryAfterSeconds = response.retryAfterSeconds(now);
    return error;
}

void BackendAuthService::onFinished(Operation operation, const HttpResponse &response)
{
    m_call.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool ok = response.hasAnswer() && isSuccess(response.status);
    switch (operation) {
    case Operation::LogIn:
    case Operation::Resume: {
        if (!ok) {
            emit failed(errorFromAnswer(response,
                                        operation == Operation::LogIn ? AuthError::Kind::InvalidCredentials
                                                                      : AuthError::Kind::SessionExpired,
                                        now));
            return;
        }
        LoginResult result;
        if (!parseLoginAnswer(response.body, &result, &m_hasCapabilities)) {
            emit failed(AuthError::of(AuthError::Kind::BadResponse));
            return;
        }
        result.sessionToken = sessionCookies();
        emit loggedIn(result);
        return;
    }
    case Operation::SendCode: {
        if (!ok) {
            emit failed(errorFromAnswer(response, AuthError::Kind::InvalidPhoneNumber, now));
            return;
        }
        bool isJson = false;
        const QJsonObject object = jsonObjectOf(response.body, &isJson);
        CodeSentResult result;
        Channel echoed;
        // A backend that echoes no channel is assumed to have sent an SMS; we never claim otherwise.
        result.channel =
            isJson && channelFromWireName(object.value(QStringLiteral("channel")).toString(), &echoed)
                ? echoed
                : Channel::Sms;
        const int codeLength = object.value(QStringLiteral("codeLength")).toInt(0);
        result.codeLength = codeLength >= 4 && codeLength <= 10 ? codeLength : 0;
        emit codeSent(result);
        return;
    }
    case Operation::CheckCode: {
        bool isJson = false;
        const QJsonObject object = jsonObjectOf(response.body, &isJson);
        if (ok && isJson && object.value(QStringLiteral("verified")).toBool(false)) {
            emit codeApproved();
            return;
        }
        if (ok) {
            emit failed(AuthError::of(AuthError::Kind::BadResponse));
            return;
        }
        AuthError error = errorFromAnswer(response, AuthError::Kind::InvalidParameter, now);
        if (response.status == 400 && isJson && object.contains(QStringLiteral("verified"))) {
            error = AuthError::of(AuthError::Kind::WrongCode);
            error.httpStatus = 400;
        } else if (error.serverCode == 20404) {
            error.kind = AuthError::Kind::CodeExpired;
        }
        emit failed(error);
        return;
    }
    }
}

} // namespace latchkey
