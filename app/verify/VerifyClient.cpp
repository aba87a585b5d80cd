#include "VerifyClient.h"

#include "Clock.h"
#include "EmailAddress.h"
#include "HttpClient.h"
#include "Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

namespace latchkey {

namespace {

// A verification lives 10 minutes from its creation; a lockout cannot outlast it.
constexpr qint64 verificationLifetimeSeconds = 10 * 60;

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

QString textOf(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

bool boolOf(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toBool(false);
}

QDateTime dateOf(const QJsonObject &object, const char *name)
{
    QDateTime when = QDateTime::fromString(textOf(object, name), Qt::ISODate);
    if (!when.isValid()) {
        // The schema text says RFC 2822, though every example is ISO 8601.
        when = QDateTime::fromString(textOf(object, name), Qt::RFC2822Date);
    }
    return when.isValid() ? when.toUTC() : QDateTime();
}

QJsonObject jsonObjectOf(const QByteArray &body, bool *ok)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    *ok = parseError.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

/**
 * A Verify resource's JSON: the fields every resource has (its SID, account, dates and URL), then its own
 * with `readOwnFields`, which also says whether the body is that resource at all.
 */
template<typename Resource, typename ReadOwnFields>
bool parseResource(const QByteArray &body, Resource *resource, ReadOwnFields readOwnFields)
{
    bool ok = false;
    const QJsonObject object = jsonObjectOf(body, &ok);
    if (!ok) {
        return false;
    }
    Resource parsed;
    parsed.sid = textOf(object, "sid");
    parsed.accountSid = textOf(object, "account_sid");
    parsed.dateCreated = dateOf(object, "date_created");
    parsed.dateUpdated = dateOf(object, "date_updated");
    parsed.url = QUrl(textOf(object, "url"));
    if (!readOwnFields(object, &parsed)) {
        return false;
    }
    *resource = parsed;
    return true;
}

bool isLockoutCode(int code)
{
    return code == 60202 || code == 60203;
}

/** A code that cannot be right as typed: the reason, for the person who typed it; empty when fine. */
QString codeProblem(const QString &code)
{
    if (code.isEmpty()) {
        return VerifyClient::tr("Enter the code you received.");
    }
    for (const QChar c : code) {
        const bool asciiLetterOrDigit = c.unicode() < 128 && c.isLetterOrNumber();
        if (!asciiLetterOrDigit) {
            return c.isDigit() ? VerifyClient::tr("Type the code with the digits 0 to 9.")
                               : VerifyClient::tr("A code has only digits; remove the other characters.");
        }
    }
    if (code.size() < 4 || code.size() > 10) {
        return VerifyClient::tr("A code has 4 to 10 digits; this one has %n.", nullptr, int(code.size()));
    }
    return QString();
}

} // namespace

VerifyClient::VerifyClient(HttpClient *http, VerifyAccount account, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_account(std::move(account))
    , m_clock(Clock::system())
    , m_retryTimer(new QTimer(this))
{
    qRegisterMetaType<latchkey::VerifyService>();
    qRegisterMetaType<latchkey::Verification>();
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &VerifyClient::send);
}

void VerifyClient::setClock(Clock *clock)
{
    m_clock = clock;
}

QDateTime VerifyClient::now() const
{
    return m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
}

AuthError VerifyClient::validateAccount(const VerifyAccount &account, const VerifySettingNames &names)
{
    const auto problem = [](const QString &text) {
        return AuthError::of(AuthError::Kind::ConfigurationProblem, text);
    };
    const QUrl &url = account.baseUrl;
    if (!url.isValid() || url.host().isEmpty()) {
        return problem(
            tr("%1 is not a valid URL; Twilio's is https://verify.twilio.com.").arg(names.baseUrl));
    }
    if (HttpClient::checkUrlAllowed(url).isError()) {
        return problem(
            tr("%1 must start with https:// (plain http only for this computer).").arg(names.baseUrl));
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment() ||
        (!url.path().isEmpty() && url.path() != QLatin1String("/"))) {
        return problem(tr("%1 must be an address alone, such as https://verify.twilio.com, without a path, "
                          "query or user name.")
                           .arg(names.baseUrl));
    }
    if (account.serviceSid.isEmpty()) {
        return problem(tr("%1 is not set: it is the Verify Service SID, \"VA\" followed by 32 hexadecimal "
                          "digits.")
                           .arg(names.serviceSid));
    }
    if (!matches(QStringLiteral("VA[0-9a-fA-F]{32}"), account.serviceSid)) {
        return problem(
            tr("%1 must be \"VA\" followed by 32 hexadecimal digits (34 characters).").arg(names.serviceSid));
    }
    if (!matches(QStringLiteral("(SK|AC)[0-9a-fA-F]{32}"), account.keySid)) {
        return problem(tr("%1 must be an API key SID (\"SK\" and 32 hexadecimal digits, recommended) or the "
                          "Account SID (\"AC\" and 32 hexadecimal digits).")
                           .arg(names.keySid));
    }
    if (account.secret.isEmpty()) {
        return problem(tr("No Verify secret was found in %1.").arg(names.secret));
    }
    return AuthError();
}

QString VerifyClient::localeFor(const QLocale &locale)
{
    // Twilio's locales are mostly bare languages; these regional ones exist as such.
    switch (locale.language()) {
    case QLocale::C:
        return QStringLiteral("en");
    case QLocale::English:
        return locale.territory() == QLocale::UnitedKingdom ? QStringLiteral("en-GB") : QStringLiteral("en");
    case QLocale::Portuguese:
        return locale.territory() == QLocale::Brazil ? QStringLiteral("pt-BR") : QStringLiteral("pt");
    case QLocale::Chinese:
        return locale.territory() == QLocale::HongKong ? QStringLiteral("zh-HK") : QStringLiteral("zh");
    default:
        break;
    }
    const QString language = locale.name().section(QLatin1Char('_'), 0, 0);
    return matches(QStringLiteral("[a-z]{2}"), language) ? language : QStringLiteral("en");
}

bool VerifyClient::callCanHelp(const AuthError &error)
{
    // 60205: SMS cannot reach a landline, a call can. 60223: the channel is off, calls may not be.
    // Not 60203 (a lockout), 60410 (Fraud Guard blocks the prefix) or 60605 (the country is blocked).
    return error.serverCode == 60205 || error.serverCode == 60223;
}

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
    return parseResource(body, verification, [](const QJsonObject &object, Verification *parsed) {
        parsed->serviceSid = textOf(object, "service_sid");
        parsed->to = textOf(object, "to");
        parsed->channel = textOf(object, "channel");
        parsed->status = textOf(object, "status");
        parsed->valid = boolOf(object, "valid");
        parsed->lookup = object.value(QLatin1String("lookup"));
        parsed->amount = textOf(object, "amount");
        parsed->payee = textOf(object, "payee");
        const QJsonArray attempts = object.value(QLatin1String("send_code_attempts")).toArray();
        for (const QJsonValue &value : attempts) {
            const QJsonObject attempt = value.toObject();
            parsed->sendCodeAttempts.append(
                {textOf(attempt, "attempt_sid"), textOf(attempt, "channel"), dateOf(attempt, "time")});
        }
        parsed->sna = object.value(QLatin1String("sna"));
        const QJsonArray snaErrors = object.value(QLatin1String("sna_attempts_error_codes")).toArray();
        for (const QJsonValue &value : snaErrors) {
            const QJsonObject error = value.toObject();
            parsed->snaAttemptsErrorCodes.append(
                {textOf(error, "attempt_sid"), error.value(QLatin1String("code")).toInt()});
        }
        // Not a Verification without a SID and a status (a proxy's JSON, a truncated body that parsed).
        return !parsed->status.isEmpty() && !parsed->sid.isEmpty();
    });
}

bool VerifyClient::parseService(const QByteArray &body, VerifyService *service)
{
    return parseResource(body, service, [](const QJsonObject &object, VerifyService *parsed) {
        parsed->friendlyName = textOf(object, "friendly_name");
        const int codeLength = object.value(QLatin1String("code_length")).toInt(0);
        parsed->codeLength = codeLength >= 4 && codeLength <= 10 ? codeLength : 0;
        parsed->lookupEnabled = boolOf(object, "lookup_enabled");
        parsed->psd2Enabled = boolOf(object, "psd2_enabled");
        parsed->skipSmsToLandlines = boolOf(object, "skip_sms_to_landlines");
        parsed->dtmfInputRequired = boolOf(object, "dtmf_input_required");
        parsed->ttsName = textOf(object, "tts_name");
        parsed->doNotShareWarningEnabled = boolOf(object, "do_not_share_warning_enabled");
        parsed->customCodeEnabled = boolOf(object, "custom_code_enabled");
        parsed->push = object.value(QLatin1String("push"));
        parsed->totp = object.value(QLatin1String("totp"));
        parsed->defaultTemplateSid = textOf(object, "default_template_sid");
        parsed->whatsapp = object.value(QLatin1String("whatsapp"));
        parsed->passkeys = object.value(QLatin1String("passkeys"));
        parsed->verifyEventSubscriptionEnabled = boolOf(object, "verify_event_subscription_enabled");
        const QJsonObject links = object.value(QLatin1String("links")).toObject();
        for (auto it = links.begin(); it != links.end(); ++it) {
            parsed->links.insert(it.key(), QUrl(it.value().toString()));
        }
        return parsed->sid.startsWith(QLatin1String("VA"));
    });
}

AuthError VerifyClient::errorFrom(const HttpResponse &response)
{
    if (!response.hasAnswer()) {
        return response.transportError;
    }
    bool isJson = false;
    const QJsonObject object = jsonObjectOf(response.body, &isJson);
    const int code = object.value(QStringLiteral("code")).toInt(0);
    // Twilio's legacy body says "message"; an RFC 9457 problem body says "detail" (or "title").
    QString message = textOf(object, "message");
    if (message.isEmpty()) {
        message = textOf(object, "detail");
    }
    if (message.isEmpty()) {
        message = textOf(object, "title");
    }
    AuthError error;
    if (code > 0) {
        error = AuthError::fromTwilio(code, response.status, message);
    } else if (response.status == 401) {
        error = AuthError::of(AuthError::Kind::NotAuthorized);
    } else if (response.status == 429) {
        error = AuthError::of(AuthError::Kind::RateLimited);
    } else if (response.status >= 500) {
        error = AuthError::of(AuthError::Kind::ServerError);
    } else {
        error = AuthError::of(AuthError::Kind::BadResponse);
    }
    error.httpStatus = response.status;
    error.retryAfterSeconds = response.retryAfterSeconds(QDateTime::currentDateTimeUtc());
    return error;
}

// ---- operations ------------------------------------------------------------------------------------

void VerifyClient::fetchService()
{
    Pending pending;
    pending.operation = Operation::FetchService;
    pending.method = "GET";
    begin(pending);
}

void VerifyClient::startVerification(const E164Number &to, Channel channel, const QString &locale)
{
    startTo(to.toString(), channel, locale, channel != Channel::Email); // a number is no email address
}

void VerifyClient::startEmailVerification(const QString &address, const QString &locale)
{
    startTo(address, Channel::Email, locale, EmailAddress::looksValid(address));
}

void VerifyClient::startTo(const QString &to, Channel channel, const QString &locale, bool deliverable)
{
    Pending pending;
    pending.operation = Operation::Start;
    pending.method = "POST";
    pending.path = QStringLiteral("/Verifications");
    pending.to = to;
    pending.channel = channel;
    pending.fields = {{QStringLiteral("To"), to}, {QStringLiteral("Channel"), channelWireName(channel)}};
    if (!locale.isEmpty()) {
        pending.fields.append({QStringLiteral("Locale"), locale});
    }
    if (!deliverable) {
        abort();
        refuse(AuthError::of(AuthError::Kind::InvalidPhoneNumber, tr("This is not an email address.")));
        return;
    }
    begin(pending);
}

void VerifyClient::checkCode(const E164Number &to, const QString &verificationSid, const QString &code)
{
    checkCodeTo(to.toString(), verificationSid, code);
}

void VerifyClient::checkEmailCode(const QString &address, const QString &verificationSid, const QString &code)
{
    checkCodeTo(address, verificationSid, code);
}

void VerifyClient::checkCodeTo(const QString &to, const QString &verificationSid, const QString &code)
{
    Pending pending;
    pending.operation = Operation::Check;
    pending.method = "POST";
    pending.path = QStringLiteral("/VerificationCheck");
    pending.to = to;
    pending.fields = {{QStringLiteral("Code"), code}};
    if (!verificationSid.isEmpty()) {
        pending.fields.append({QStringLiteral("VerificationSid"), verificationSid});
    } else {
        pending.fields.append({QStringLiteral("To"), pending.to});
    }
    const QString problem = codeProblem(code);
    if (!problem.isEmpty()) {
        abort();
        refuse(AuthError::of(AuthError::Kind::InvalidCode, problem));
        return;
    }
    begin(pending);
}

void VerifyClient::cancelVerification(const QString &verificationSid)
{
    Pending pending;
    pending.operation = Operation::Cancel;
    pending.method = "POST";
    pending.path = QStringLiteral("/Verifications/") + verificationSid;
    pending.fields = {{QStringLiteral("Status"), QStringLiteral("canceled")}};
    begin(pending);
}

void VerifyClient::fetchVerification(const QString &verificationSid)
{
    Pending pending;
    pending.operation = Operation::Fetch;
    pending.method = "GET";
    pending.path = QStringLiteral("/Verifications/") + verificationSid;
    begin(pending);
}

void VerifyClient::prepareConnection()
{
    m_http->warmUp(m_account.baseUrl);
}

void VerifyClient::abort()
{
    ++m_generation;
    m_busy = false;
    m_retryTimer->stop();
    if (m_call) {
        HttpCall *call = m_call;
        m_call.clear();
        call->disconnect(this);
        call->abort();
    }
}

bool VerifyClient::isBusy() const
{
    return m_busy;
}

void VerifyClient::refuse(const AuthError &error)
{
    // Asynchronous like every answer: callers connect and update their state after calling.
    m_busy = true;
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, error] {
        if (generation == m_generation) {
            fail(error);
        }
    });
}

void VerifyClient::begin(const Pending &pending)
{
    abort();
    const AuthError invalid = validateAccount(m_account);
    if (invalid.isError()) {
        m_pending = pending;
        refuse(invalid);
        return;
    }
    m_pending = pending;
    m_pending.attempt = 0;
    m_busy = true;
    send();
}

void VerifyClient::send()
{
    ++m_pending.attempt;
    HttpRequest request;
    request.method = m_pending.method;
    request.url = m_account.baseUrl;
    // Path segments are percent-encoded: a SID never needs it, anything else must not change the path.
    request.url.setPath(QStringLiteral("/v2/Services/") + m_account.serviceSid + m_pending.path);
    if (m_pending.method == "POST") {
        request.contentType = "application/x-www-form-urlencoded";
        request.body = formEncode(m_pending.fields);
    }
    request.maxResponseBytes = maxAnswerBytes;
    request.headers.emplaceBack("Accept", "application/json");
    request.headers.emplaceBack("Accept-Charset", "utf-8");
    request.headers.emplaceBack(
        "Authorization",
        "Basic " + (m_account.keySid + QLatin1Char(':') + m_account.secret).toUtf8().toBase64());
    qCDebug(lcAuth) << "verify" << m_pending.operation << "try" << m_pending.attempt;
    m_call = m_http->send(request);
    connect(m_call, &HttpCall::finished, this, &VerifyClient::onFinished);
}

int VerifyClient::retryDelay(const HttpResponse &response) const
{
    if (m_pending.attempt >= m_retryPolicy.maxAttempts) {
        return -1;
    }
    const bool idempotent = m_pending.method == "GET";
    int retryAfterSeconds = -1;
    if (!response.hasAnswer()) {
        // Only these prove that nothing reached the server; a timeout or a dropped connection does not.
        const AuthError::Kind kind = response.transportError.kind;
        if (kind != AuthError::Kind::HostNotFound && kind != AuthError::Kind::ConnectionRefused) {
            return -1;
        }
    } else {
        const bool transient = response.status == 429 || (response.status >= 500 && response.status < 600);
        if (!idempotent || !transient || isLockoutCode(errorFrom(response).serverCode)) {
            return -1;
        }
        retryAfterSeconds = response.retryAfterSeconds(QDateTime::currentDateTimeUtc());
    }
    if (retryAfterSeconds >= 0) {
        return retryAfterSeconds > m_retryPolicy.maxRetryAfterSeconds ? -1 : retryAfterSeconds * 1000;
    }
    // Exponential backoff with jitter: half fixed, half random, so clients do not retry in step.
    const qint64 exponential = qint64(m_retryPolicy.baseDelayMsecs) << qMin(m_pending.attempt - 1, 16);
    const int capped = int(qMin<qint64>(exponential, m_retryPolicy.maxDelayMsecs));
    return capped / 2 + int(QRandomGenerator::global()->bounded(capped / 2 + 1));
}

void VerifyClient::onFinished(const HttpResponse &response)
{
    m_call.clear();
    if (response.hasAnswer() && response.status >= 200 && response.status < 300) {
        succeed(response);
        return;
    }
    const int delay = retryDelay(response);
    if (delay >= 0) {
        qCInfo(lcAuth) << "verify" << m_pending.operation << "will be tried again in" << delay << "ms";
        m_retryTimer->start(delay);
        return;
    }
    AuthError error = errorFrom(response);
    if (!response.hasAnswer()) {
        fail(error);
        return;
    }
    if (error.serverCode == 20404 && m_pending.operation != Operation::Start &&
        m_pending.operation != Operation::FetchService) {
        // Approved, expired, canceled or never existed: Twilio won't say which.
        error.kind = AuthError::Kind::CodeExpired;
    }
    if (m_pending.operation == Operation::Start && !m_pending.fellBack && m_callFallbackAllowed &&
        m_pending.channel != Channel::Call && m_pending.channel != Channel::Email && callCanHelp(error)) {
        qCInfo(lcAuth) << "verify start refused with" << error.serverCode << "; calling instead";
        emit fallingBackToCall(error);
        if (!m_busy) {
            return; // a receiver aborted
        }
        m_pending.fellBack = true;
        m_pending.channel = Channel::Call;
        for (auto &field : m_pending.fields) {
            if (field.first == QLatin1String("Channel")) {
                field.second = channelWireName(Channel::Call);
            }
        }
        m_pending.attempt = 0;
        send();
        return;
    }
    fail(error);
}

void VerifyClient::fail(AuthError error)
{
    m_busy = false;
    if (isLockoutCode(error.serverCode) && error.retryAfterSeconds < 0) {
        // Lacking Retry-After, the lockout lasts until the verification expires: at most 10 minutes from its
        // creation, which is shown as approximate.
        qint64 left = verificationLifetimeSeconds;
        const auto seen = m_firstSeen.constFind(m_pending.to);
        if (seen != m_firstSeen.cend()) {
            left = qBound<qint64>(1, verificationLifetimeSeconds - seen->second.secsTo(now()),
                                  verificationLifetimeSeconds);
        }
        error.retryAfterSeconds = int(left);
    }
    qCInfo(lcAuth) << "verify" << m_pending.operation << "failed:" << error.identifier() << "http"
                   << error.httpStatus << "code" << error.serverCode;
    emit failed(error);
}

AuthError VerifyClient::unreadable(const HttpResponse &response)
{
    AuthError error = AuthError::of(AuthError::Kind::BadResponse);
    error.httpStatus = response.status;
    return error;
}

void VerifyClient::succeed(const HttpResponse &response)
{
    m_busy = false;
    if (m_pending.operation == Operation::FetchService) {
        VerifyService service;
        if (!parseService(response.body, &service)) {
            fail(unreadable(response));
            return;
        }
        emit serviceFetched(service);
        return;
    }
    Verification verification;
    if (!parseVerification(response.body, &verification)) {
        // For a start, the code may have gone out: httpStatus says Twilio accepted the request.
        fail(unreadable(response));
        return;
    }
    const QString to = verification.to.isEmpty() ? m_pending.to : verification.to;
    if (verification.status == QLatin1String("pending")) {
        const auto seen = m_firstSeen.constFind(to);
        if (seen == m_firstSeen.cend() || seen->first != verification.sid) {
            m_firstSeen.insert(to, {verification.sid, now()});
        }
    } else {
        m_firstSeen.remove(to); // approved or canceled: a new start begins a new lifetime
    }
    switch (m_pending.operation) {
    case Operation::Start:
        emit verificationStarted(verification);
        return;
    case Operation::Check:
        emit codeChecked(verification);
        return;
    case Operation::Cancel:
        emit verificationCanceled(verification);
        return;
    case Operation::Fetch:
        emit verificationFetched(verification);
        return;
    case Operation::FetchService:
        return;
    }
}

} // namespace latchkey
