#include "BackendAuthService.h"
#include "SecretWipe.h"

#include "Logging.h"
#include "SecretStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimer>

namespace latchkey {

namespace {

constexpr qsizetype maxShownTextLength = 300;
constexpr qsizetype maxReadTextBytes = 2048;
constexpr qsizetype maxAssertionBytes = 8192;
constexpr qsizetype maxDeviceTokenBytes = 4096;

/** An opaque device token we are willing to keep: printable ASCII, not too long. */
/** A wrong-code answer's optional "attemptsLeft" (a whole number, 0 or more); -1 when absent or unreadable.
 */
int announcedAttemptsLeft(const QJsonObject &answer)
{
    const QJsonValue value = answer.value(QLatin1String("attemptsLeft"));
    const double left = value.toDouble(-1);
    if (!value.isDouble() || left < 0 || left > 1000 || left != static_cast<int>(left)) {
        return -1;
    }
    return static_cast<int>(left);
}

bool isUsableDeviceToken(const QString &token)
{
    if (token.isEmpty() || token.size() > maxDeviceTokenBytes) {
        return false;
    }
    for (const QChar c : token) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) {
            return false;
        }
    }
    return true;
}

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

/** Absent, or of this JSON type: an answer whose known fields have the wrong types is not the answer. */
bool isAbsentOr(const QJsonObject &object, const char *key, QJsonValue::Type type)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isUndefined() || value.type() == type;
}

/**
 * A send-code 200 as the protocol has it: {"message", "status"} (the seed), optionally "channel" and
 * "codeLength". At least one of message and status must be there, and every known field of its type.
 */
bool isCodeSentAnswer(const QJsonObject &object)
{
    const bool saysSomething = object.value(QStringLiteral("message")).isString() ||
                               object.value(QStringLiteral("status")).isString();
    return saysSomething && isAbsentOr(object, "message", QJsonValue::String) &&
           isAbsentOr(object, "status", QJsonValue::String) &&
           isAbsentOr(object, "channel", QJsonValue::String) &&
           isAbsentOr(object, "codeLength", QJsonValue::Double);
}

/** One line of printable text, short enough for an error label. */
QString sanitized(const QString &text)
{
    QString line;
    line.reserve(text.size());
    for (const QChar c : text) {
        line += c.isPrint() ? c : QChar(u' ');
    }
    line = line.simplified();
    if (line.size() > maxShownTextLength) {
        line = line.left(maxShownTextLength - 1) + QChar(u'…');
    }
    return line;
}

/**
 * The seed answers every failed Twilio call with 500 {"error": error.message} and no code: the text is
 * Twilio's (20404, 60202, 60203, ...), which we show but never parse.
 */
bool isRelayedFailure(const HttpResponse &response)
{
    if (!response.hasAnswer() || response.status != 500) {
        return false;
    }
    bool isJson = false;
    const QJsonObject object = jsonObjectOf(response.body, &isJson);
    return isJson && object.value(QStringLiteral("code")).toInt(0) == 0 &&
           !object.value(QStringLiteral("error")).toString().trimmed().isEmpty();
}

bool isSameHttpsOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
           b.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 && !a.host().isEmpty() &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(443) == b.port(443);
}

bool isCompactJws(const QString &token)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+")));
    return token.size() <= maxAssertionBytes && pattern.match(token).hasMatch();
}

/** The UI language as an ISO 639-1 code for Twilio's `locale` ("de"); English for the C locale. */
QString messageLanguage()
{
    const QLocale::Language language = QLocale().language();
    if (language == QLocale::C || language == QLocale::AnyLanguage) {
        return QStringLiteral("en");
    }
    return QLocale::languageToCode(language, QLocale::ISO639Part1);
}

} // namespace

BackendAuthService::BackendAuthService(HttpClient *http, BackendEndpoints endpoints, QObject *parent)
    : AuthService(parent)
    , m_http(http)
    , m_endpoints(std::move(endpoints))
    , m_localFailure(new QTimer(this))
{
    m_localFailure->setSingleShot(true);
    m_localFailure->setInterval(0);
    connect(m_localFailure, &QTimer::timeout, this, [this] { emit failed(m_pendingFailure); });
}

QUrl BackendAuthService::urlFor(const QString &path) const
{
    QUrl url = m_endpoints.origin;
    url.setPath(path);
    return url;
}

void BackendAuthService::post(Operation operation, const QString &path, const QJsonObject &body)
{
    HttpRequest request;
    request.method = "POST";
    request.url = urlFor(path);
    request.contentType = "application/json";
    request.headers.emplaceBack("Accept", "application/json");
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    send(operation, request);
}

void BackendAuthService::send(Operation operation, const HttpRequest &request)
{
    if (&request != &m_request) {
        abort();
        m_request = request;
        m_request.maxResponseBytes = maxAnswerBytes;
        m_redirects = 0;
    }
    if (!m_endpoints.origin.isValid()) {
        m_waitingForOrigin = operation;
        return;
    }
    m_call = m_http->send(m_request);
    connect(m_call, &HttpCall::finished, this,
            [this, operation](const HttpResponse &response) { onFinished(operation, response); });
}

void BackendAuthService::setOrigin(const QUrl &origin)
{
    m_endpoints.origin = origin;
    if (const std::optional<Operation> operation = std::exchange(m_waitingForOrigin, std::nullopt)) {
        QUrl url = urlFor(m_request.url.path());
        url.setQuery(m_request.url.query());
        m_request.url = url;
        send(*operation, m_request);
    }
}

void BackendAuthService::failSoon(const AuthError &error)
{
    abort();
    m_pendingFailure = error;
    m_localFailure->start();
}

void BackendAuthService::forgetRequest()
{
    // The login body holds the password, verify-code's the code: kept no longer than the call, then wiped
    // (unless Qt still holds the same buffer).
    wipeSecret(m_request.body);
    m_request = HttpRequest();
    m_redirects = 0;
}

void BackendAuthService::logIn(const QString &username, const QString &password)
{
    m_extensions = BackendExtensions();
    m_assertion.clear();
    m_issuedDeviceToken = DeviceToken();
    QJsonObject body{{QStringLiteral("username"), username}, {QStringLiteral("password"), password}};
    if (!m_deviceTokenToPresent.isEmpty()) {
        body.insert(QStringLiteral("deviceToken"), QString::fromLatin1(m_deviceTokenToPresent));
        m_deviceTokenToPresent.clear(); // for this login only
    }
    post(Operation::LogIn, m_endpoints.loginPath, body);
}

QString BackendAuthService::deviceTrustKey() const
{
    return SecretKey::backendDeviceToken;
}

void BackendAuthService::presentDeviceToken(const QByteArray &token)
{
    m_deviceTokenToPresent = token;
}

void BackendAuthService::setRememberDevice(bool remember)
{
    m_rememberDevice = remember;
}

void BackendAuthService::resumeSession(const QByteArray &sessionToken)
{
    abort();
    m_extensions = BackendExtensions();
    m_assertion.clear();
    restoreSessionCookies(sessionToken);
    HttpRequest request;
    request.url = urlFor(m_endpoints.loginPath);
    request.headers.emplaceBack("Accept", "application/json");
    send(Operation::Resume, request);
}

bool BackendAuthService::addNumber(const std::optional<E164Number> &to, QJsonObject *body)
{
    if (to) {
        // E.164 from the parser, so the seed's /^\+[1-9]\d{1,14}$/ never refuses what we send.
        body->insert(QStringLiteral("phoneNumber"), to->toString());
        return true;
    }
    if (!m_extensions.numberOnFile) {
        failSoon(AuthError::of(AuthError::Kind::InvalidPhoneNumber));
        return false;
    }
    body->insert(QStringLiteral("useNumberOnFile"), true);
    return true;
}

void BackendAuthService::sendCode(const std::optional<E164Number> &to, Channel channel)
{
    QJsonObject body;
    m_codeSentByEmail = channel == Channel::Email;
    if (m_codeSentByEmail) {
        if (!m_extensions.emailOnFile) {
            failSoon(AuthError::of(AuthError::Kind::ChannelDisabled));
            return;
        }
        body.insert(QStringLiteral("useEmailOnFile"), true);
    } else if (!addNumber(to, &body)) {
        return;
    }
    // Only a backend that announced an extension receives it; the seed's gets {phoneNumber} alone.
    if (m_extensions.channels) {
        body.insert(QStringLiteral("channel"), channelWireName(channel));
    }
    if (m_extensions.locale) {
        const QString language = messageLanguage();
        if (!language.isEmpty()) {
            body.insert(QStringLiteral("locale"), language);
        }
    }
    post(Operation::SendCode, m_endpoints.sendCodePath, body);
}

void BackendAuthService::checkCode(const std::optional<E164Number> &to, const QString &code)
{
    m_assertion.clear();
    m_issuedDeviceToken = DeviceToken();
    QJsonObject body{{QStringLiteral("code"), code}};
    // Only a backend that announced device trust is asked for a device token.
    if (m_rememberDevice && m_extensions.deviceTrust) {
        body.insert(QStringLiteral("rememberDevice"), true);
    }
    // The gated program's audience, only to a backend that issues assertions (it may refuse a name it does
    // not allow).
    if (!m_assertionAudience.isEmpty() && m_extensions.assertion) {
        body.insert(QStringLiteral("audience"), m_assertionAudience);
    }
    if (m_codeSentByEmail) {
        body.insert(QStringLiteral("useEmailOnFile"), true);
    } else if (!addNumber(to, &body)) {
        return;
    }
    post(Operation::CheckCode, m_endpoints.verifyCodePath, body);
}

void BackendAuthService::prepareConnection()
{
    if (!m_endpoints.origin.isValid()) {
        return; // the sandbox is still starting: its first request opens the connection
    }
    m_http->warmUp(m_endpoints.origin);
}

void BackendAuthService::abort()
{
    m_localFailure->stop();
    m_waitingForOrigin.reset();
    if (m_call) {
        HttpCall *call = m_call;
        m_call.clear();
        call->disconnect(this); // an aborted call answers nobody
        call->abort();
    }
    forgetRequest();
}

void BackendAuthService::signOut()
{
    abort();
    HttpRequest request;
    request.method = "POST";
    request.url = urlFor(m_endpoints.logoutPath);
    request.contentType = "application/json";
    // With device trust the backend also revokes this device's token: the next sign-in needs a code.
    request.body = m_extensions.deviceTrust ? QByteArrayLiteral("{\"forgetDevice\":true}") : "{}";
    m_http->send(request); // best effort: the local session is dropped whatever the server says
    QNetworkAccessManager *network = m_http->network();
    network->setCookieJar(new QNetworkCookieJar(network));
    m_extensions = BackendExtensions();
    m_assertion.clear();
    m_deviceTokenToPresent.clear();
    m_issuedDeviceToken = DeviceToken();
    m_rememberDevice = false;
}

void BackendAuthService::restoreSessionCookies(const QByteArray &sessionToken)
{
    // Keyed as Qt keys the server's own Set-Cookie from the login URL, so the server's next Set-Cookie
    // replaces it instead of joining it: two connect.sid in one Cookie header end every session.
    QNetworkCookieJar *jar = m_http->network()->cookieJar();
    const QUrl url = urlFor(m_endpoints.loginPath);
    const QString host = url.host();
    for (QNetworkCookie cookie : QNetworkCookie::parseCookies(sessionToken)) {
        // toRawForm() writes a host-only cookie's domain out ("domain=localhost"); read back, Qt would key it
        // as ".localhost", a second cookie beside the one the server sets. An IP address is left alone by Qt.
        QString domain = cookie.domain();
        if (domain.startsWith(QLatin1Char('.'))) {
            domain.remove(0, 1);
        }
        if (domain.compare(host, Qt::CaseInsensitive) == 0) {
            cookie.setDomain(QString()); // the jar makes it host-only, as it does the server's
        }
        // Exactly once: any cookie of that name the jar already sends to this server goes first.
        const QList<QNetworkCookie> present = jar->cookiesForUrl(url);
        for (const QNetworkCookie &old : present) {
            if (old.name() == cookie.name()) {
                jar->deleteCookie(old);
            }
        }
        jar->setCookiesFromUrl({cookie}, url);
    }
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

bool BackendAuthService::parseLoginAnswer(const QByteArray &body, LoginResult *result,
                                          BackendExtensions *extensions)
{
    *extensions = BackendExtensions();
    bool ok = false;
    const QJsonObject object = jsonObjectOf(body, &ok);
    // Known fields of the wrong type mean this is not a login answer (a proxy's JSON, a truncated body).
    if (!ok || !isAbsentOr(object, "username", QJsonValue::String) ||
        !isAbsentOr(object, "displayName", QJsonValue::String) ||
        !isAbsentOr(object, "deviceTrusted", QJsonValue::Bool) ||
        !isAbsentOr(object, "capabilities", QJsonValue::Object)) {
        return false;
    }
    result->deviceTrusted = object.value(QStringLiteral("deviceTrusted")).toBool(false);
    result->displayName = object.value(QStringLiteral("displayName"))
                              .toString(object.value(QStringLiteral("username")).toString());
    if (!object.value(QStringLiteral("capabilities")).isObject()) {
        return true;
    }
    extensions->announced = true;
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
        extensions->channels = true;
    }
    const QJsonValue locale = capabilities.value(QStringLiteral("locale"));
    extensions->locale = locale.toBool(false) || (locale.isArray() && !locale.toArray().isEmpty());
    const int codeLength = capabilities.value(QStringLiteral("codeLength")).toInt(0);
    result->capabilities.codeLength = codeLength >= 4 && codeLength <= 10 ? codeLength : 0;
    result->capabilities.maskedNumberOnFile =
        sanitized(capabilities.value(QStringLiteral("numberOnFile")).toString());
    result->capabilities.sendsToNumberOnFile =
        capabilities.value(QStringLiteral("sendsToNumberOnFile")).toBool(false) &&
        !result->capabilities.maskedNumberOnFile.isEmpty();
    extensions->numberOnFile = result->capabilities.sendsToNumberOnFile;
    // Email only to an address the backend has: without one announced, it is not offered at all.
    const QString emailOnFile = sanitized(capabilities.value(QStringLiteral("emailOnFile")).toString());
    extensions->emailOnFile =
        !emailOnFile.isEmpty() && result->capabilities.channels.contains(Channel::Email);
    result->capabilities.maskedEmailOnFile = extensions->emailOnFile ? emailOnFile : QString();
    if (!extensions->emailOnFile) {
        result->capabilities.channels.removeAll(Channel::Email);
        if (result->capabilities.channels.isEmpty()) {
            result->capabilities.channels.append(Channel::Sms);
        }
    }
    extensions->assertion = capabilities.value(QStringLiteral("assertion")).toBool(false);
    extensions->stats = capabilities.value(QStringLiteral("stats")).toBool(false);
    // `true`: the backend decides how long; {"days": N}: N days; false or absent: off.
    const QJsonValue deviceTrust = capabilities.value(QStringLiteral("deviceTrust"));
    if (deviceTrust.isObject()) {
        const int days = deviceTrust.toObject().value(QStringLiteral("days")).toInt(0);
        extensions->deviceTrust = days > 0;
        result->capabilities.deviceTrustDays = qMax(0, days);
    } else {
        extensions->deviceTrust = deviceTrust.toBool(false);
    }
    result->capabilities.deviceTrust = extensions->deviceTrust;
    return true;
}

QString BackendAuthService::readableText(const HttpResponse &response)
{
    bool isJson = false;
    const QJsonObject object = jsonObjectOf(response.body, &isJson);
    if (isJson) {
        QString text = object.value(QStringLiteral("error")).toString();
        if (text.trimmed().isEmpty()) {
            text = object.value(QStringLiteral("message")).toString();
        }
        return sanitized(text);
    }
    if (response.body.isEmpty() || response.body.size() > maxReadTextBytes) {
        return QString();
    }
    // Express's res.send("text") answers text/html, so express-rate-limit's plain sentence comes as HTML
    // too: what decides is whether the body holds markup, which is never shown.
    const QByteArray contentType = response.header("Content-Type").trimmed().toLower();
    if (!contentType.isEmpty() && !contentType.startsWith("text/plain") &&
        !contentType.startsWith("text/html")) {
        return QString();
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(response.body);
    static const QRegularExpression markup(QStringLiteral("<\\s*[A-Za-z!/?]"));
    if (decoder.hasError() || markup.match(text).hasMatch()) {
        return QString();
    }
    return sanitized(text);
}

int BackendAuthService::waitSeconds(const HttpResponse &response, const QDateTime &now)
{
    const int retryAfter = response.retryAfterSeconds(now);
    if (retryAfter >= 0 || response.status != 429) {
        return retryAfter;
    }
    // express-rate-limit without Retry-After: draft-6 RateLimit-Reset (seconds), draft-7/8 RateLimit
    // ("reset=N" / "t=N"), or the legacy X-RateLimit-Reset (a Unix time).
    bool ok = false;
    const int reset = response.header("RateLimit-Reset").trimmed().toInt(&ok);
    if (ok && reset >= 0) {
        return reset;
    }
    static const QRegularExpression combined(QStringLiteral("(?:^|[;,\\s])(?:reset|t)=(\\d+)"));
    const QRegularExpressionMatch match = combined.match(QString::fromLatin1(response.header("RateLimit")));
    if (match.hasMatch()) {
        return match.captured(1).toInt();
    }
    const qint64 legacy = response.header("X-RateLimit-Reset").trimmed().toLongLong(&ok);
    if (ok && legacy >= 0) {
        const qint64 seconds = legacy > 1000000000 ? legacy - now.toSecsSinceEpoch() : legacy;
        return static_cast<int>(qBound(qint64(0), seconds, qint64(24 * 3600)));
    }
    return -1;
}

QUrl BackendAuthService::redirectTarget(const QUrl &origin, const QUrl &from, const HttpResponse &response)
{
    const int status = response.status;
    if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
        return QUrl();
    }
    const QByteArray location = response.header("Location").trimmed();
    const QUrl relative = QUrl::fromEncoded(location, QUrl::StrictMode);
    if (location.isEmpty() || !relative.isValid()) {
        return QUrl();
    }
    QUrl target = from.resolved(relative);
    if (!isSameHttpsOrigin(origin, from) || !isSameHttpsOrigin(origin, target) ||
        !target.userInfo().isEmpty()) {
        return QUrl();
    }
    target.setFragment(QString());
    return target;
}

bool BackendAuthService::followRedirect(Operation operation, const HttpResponse &response)
{
    if (response.transportError.kind != AuthError::Kind::Redirected) {
        return false;
    }
    if (m_request.method != "GET") {
        // Login, send-code and verify-code have side effects (a password guess, an SMS, a used-up check):
        // repeating one because the server said "elsewhere" is never ours to decide.
        qCWarning(lcAuth) << "not following a redirect (HTTP" << response.status << ") of a"
                          << m_request.method;
        return false;
    }
    const QUrl target = redirectTarget(m_endpoints.origin, m_request.url, response);
    if (target.isEmpty() || m_redirects >= maxRedirects) {
        qCWarning(lcAuth) << "not following a redirect (HTTP" << response.status
                          << (target.isEmpty() ? ") to another origin or without https"
                                               : ") beyond the limit");
        return false;
    }
    ++m_redirects;
    qCInfo(lcAuth) << "following a same-origin redirect (HTTP" << response.status << ") to" << target.path();
    m_request.url = target;
    send(operation, m_request);
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
    const QString text = readableText(response);
    const int status = response.status;
    AuthError error;
    const int twilioCode = isJson ? object.value(QStringLiteral("code")).toInt(0) : 0;
    if (twilioCode > 0) {
        // With the code known, Latchkey's own (translated) sentence says what happened and what to do;
        // Twilio's text is kept for diagnostics. Without a code (the seed), the text is what is shown.
        error = AuthError::fromTwilio(twilioCode, status, text);
        if (twilioCode == 60202 || twilioCode == 60203 || twilioCode == 20404) {
            error.serverMessage = text;
        }
    } else if (status == 401) {
        error =
            AuthError::of(for4xx == AuthError::Kind::InvalidCredentials ? AuthError::Kind::InvalidCredentials
                                                                        : AuthError::Kind::SessionExpired);
    } else if (status == 403) {
        error = AuthError::of(AuthError::Kind::NumberNotOnFile, text);
    } else if (status == 404 || status == 405) {
        // No such route: resuming against a backend without GET login is simply not possible; anywhere
        // else the server setting or a path is wrong.
        error = for4xx == AuthError::Kind::SessionExpired
                    ? AuthError::of(AuthError::Kind::SessionExpired)
                    : AuthError::of(AuthError::Kind::ConfigurationProblem,
                                    tr("The server has no sign-in API at this address (HTTP %1). Check the "
                                       "server setting.")
                                        .arg(status));
    } else if (status == 429) {
        error = AuthError::of(AuthError::Kind::RateLimited, text);
    } else if (status >= 400 && status < 500) {
        error = AuthError::of(for4xx, text);
    } else if (status >= 500) {
        error = AuthError::of(AuthError::Kind::ServerError, text);
    } else {
        error = AuthError::of(AuthError::Kind::BadResponse);
    }
    error.httpStatus = status;
    error.retryAfterSeconds = waitSeconds(response, now);
    return error;
}

void BackendAuthService::onFinished(Operation operation, const HttpResponse &response)
{
    m_call.clear();
    if (followRedirect(operation, response)) {
        return;
    }
    forgetRequest();
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
        if (!parseLoginAnswer(response.body, &result, &m_extensions)) {
            AuthError error = AuthError::of(AuthError::Kind::BadResponse);
            error.httpStatus = response.status;
            emit failed(error);
            return;
        }
        result.sessionToken = sessionCookies();
        if (result.capabilities.codeLength == 0) {
            result.capabilities.codeLength = m_defaultCodeLength;
        }
        emit loggedIn(result);
        return;
    }
    case Operation::SendCode: {
        if (!ok) {
            AuthError error = errorFromAnswer(response, AuthError::Kind::InvalidPhoneNumber, now);
            error.showServerText = error.showServerText || isRelayedFailure(response);
            emit failed(error);
            return;
        }
        bool isJson = false;
        const QJsonObject object = jsonObjectOf(response.body, &isJson);
        if (!isJson || !isCodeSentAnswer(object)) {
            // A proxy's page, a truncated body, a wrong shape: the code may or may not have gone out.
            AuthError error = AuthError::of(AuthError::Kind::BadResponse);
            error.httpStatus = response.status;
            emit failed(error);
            return;
        }
        CodeSentResult result;
        Channel echoed;
        // A backend that echoes no channel is assumed to have sent an SMS; we never claim otherwise.
        result.channel = channelFromWireName(object.value(QStringLiteral("channel")).toString(), &echoed)
                             ? echoed
                             : Channel::Sms;
        const int codeLength = object.value(QStringLiteral("codeLength")).toInt(0);
        result.codeLength = codeLength >= 4 && codeLength <= 10 ? codeLength : m_defaultCodeLength;
        emit codeSent(result);
        return;
    }
    case Operation::CheckCode:
        finishCheck(response, now);
        return;
    }
}

void BackendAuthService::finishCheck(const HttpResponse &response, const QDateTime &now)
{
    bool isJson = false;
    const QJsonObject object = jsonObjectOf(response.body, &isJson);
    const QJsonValue verified = object.value(QStringLiteral("verified"));
    if (response.hasAnswer() && isSuccess(response.status)) {
        if (isJson && verified.toBool(false)) {
            const QString assertion = object.value(QStringLiteral("assertion")).toString();
            if (isCompactJws(assertion)) {
                m_assertion = assertion.toLatin1();
            } else if (m_extensions.assertion) {
                qCWarning(lcAuth) << "the backend announced assertions but sent none that can be read";
            }
            const QString deviceToken = object.value(QStringLiteral("deviceToken")).toString();
            if (m_rememberDevice && m_extensions.deviceTrust && isUsableDeviceToken(deviceToken)) {
                m_issuedDeviceToken.token = deviceToken.toLatin1();
                m_issuedDeviceToken.expiresAt = QDateTime::fromString(
                    object.value(QStringLiteral("deviceTokenExpiresAt")).toString(), Qt::ISODateWithMs);
            } else if (m_rememberDevice && m_extensions.deviceTrust) {
                qCWarning(lcAuth) << "the backend was asked to remember this device but sent no usable token";
            }
            emit codeApproved();
            return;
        }
        AuthError error = AuthError::of(isJson && verified.isBool() ? AuthError::Kind::WrongCode
                                                                    : AuthError::Kind::BadResponse);
        error.httpStatus = response.status;
        error.attemptsLeft = announcedAttemptsLeft(object);
        emit failed(error);
        return;
    }
    AuthError error = errorFromAnswer(response, AuthError::Kind::InvalidParameter, now);
    if (response.hasAnswer() && response.status == 400 && isJson && verified.isBool()) {
        error = AuthError::of(AuthError::Kind::WrongCode);
        error.httpStatus = 400;
        error.attemptsLeft = announcedAttemptsLeft(object);
    } else if (error.serverCode == 20404) {
        error.kind = AuthError::Kind::CodeExpired;
    } else if (isRelayedFailure(response)) {
        // Twilio's 20404 (expired, used, too many tries) or 60202 behind the seed's 500: either way, what
        // helps is a new code. The text is Twilio's and is shown as it is.
        error.kind = AuthError::Kind::CodeExpired;
        error.showServerText = true;
    }
    emit failed(error);
}

} // namespace latchkey
