#include "SandboxServer.h"

#include "BackendEmulator.h"
#include "FormBody.h"
#include "JsonText.h"
#include "Logging.h"
#include "Outbox.h"
#include "SandboxClock.h"
#include "SandboxListener.h"
#include "VerifyEmulator.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTcpSocket>
#include <cmath>
#include <cstring>
#include <optional>

namespace latchkey {

namespace {

QLoggingCategory::CategoryFilter previousCategoryFilter = nullptr;

/**
 * QtHttpServer's debug output (qt.httpserver) prints every request with all its headers: the Basic
 * credentials of Verify requests and the backend's session cookie. It stays off whatever the logging
 * rules say; the sandbox logs its own requests without headers.
 */
void quietHttpServer(QLoggingCategory *category)
{
    if (previousCategoryFilter) {
        previousCategoryFilter(category);
    }
    if (std::strncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
    }
}

void installQuietHttpServer()
{
    static const bool installed = [] {
        previousCategoryFilter = QLoggingCategory::installFilter(quietHttpServer);
        return true;
    }();
    Q_UNUSED(installed)
}

/** Loopback, IPv4-mapped IPv6 loopback included. */
bool isLoopback(const QHostAddress &address)
{
    bool isIPv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIPv4);
    return isIPv4 ? QHostAddress(ipv4).isLoopback() : address.isLoopback();
}

QJsonValue isoDate(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

SandboxReply twilioError(const VerifyEmulator::Error &error)
{
    return SandboxReply::twilioError(error.httpStatus, error.code, error.message);
}

QString methodName(QHttpServerRequest::Method method)
{
    using Method = QHttpServerRequest::Method;
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Head:
        return QStringLiteral("HEAD");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    default:
        break;
    }
    return QStringLiteral("OTHER");
}

/** Twilio names the resource without the version prefix: "/Services/VA.../Verifications". */
SandboxReply twilioNotFound(const QString &path)
{
    const QString resource = path.startsWith(QLatin1String("/v2/")) ? path.mid(3) : path;
    return SandboxReply::twilioError(404, 20404,
                                     QStringLiteral("The requested resource %1 was not found").arg(resource));
}

} // namespace

SandboxServer::SandboxServer(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_http(new QHttpServer(this))
    , m_clock(new SandboxClock(clock, this))
    , m_outbox(new Outbox(m_clock, this))
    , m_verify(new VerifyEmulator(m_clock, m_outbox, this))
    , m_backend(new BackendEmulator(m_verify, this))
    , m_credentials{{accountSid(), authToken()}, {apiKeySid(), apiKeySecret()}}
    , m_startedAt(m_clock->now())
{
    installQuietHttpServer();
    const QList<QList<SandboxRoute>> tables{verifyRoutes(), backendRoutes(), sandboxRoutes()};
    for (const QList<SandboxRoute> &table : tables) {
        for (const SandboxRoute &route : table) {
            addRoute(route);
        }
    }
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        answer(QStringLiteral("missing"), &SandboxServer::missing, request, {}, std::move(responder));
    });
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(quint16 port)
{
    return listen(QHostAddress(QHostAddress::LocalHost), port);
}

bool SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_port != 0) {
        qCWarning(lcSandbox) << "already listening on port" << m_port;
        return false;
    }
    // Our own QTcpServer, so a failure can say why (QAbstractHttpServer::listen only returns 0), and one
    // that holds each connection to the limits.
    auto *tcp = new SandboxListener(m_limits, m_http, m_http);
    if (!tcp->listen(address, port)) {
        qCWarning(lcSandbox) << "cannot listen on" << address.toString() << "port" << port << ":"
                             << tcp->errorString();
        delete tcp;
        return false;
    }
    m_http->bind(tcp);
    m_listener = tcp;
    m_address = address;
    m_port = tcp->serverPort();
    qCDebug(lcSandbox) << "listening on" << baseUrl().toString();
    return true;
}

int SandboxServer::connectionCount() const
{
    return m_listener ? m_listener->connectionCount() : 0;
}

QUrl SandboxServer::baseUrl() const
{
    if (m_port == 0) {
        return QUrl();
    }
    // A wildcard address is reachable here as loopback, and only loopback may speak plain HTTP.
    const bool wildcard = m_address == QHostAddress(QHostAddress::Any) ||
                          m_address == QHostAddress(QHostAddress::AnyIPv4) ||
                          m_address == QHostAddress(QHostAddress::AnyIPv6);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(wildcard ? QStringLiteral("127.0.0.1") : m_address.toString());
    url.setPort(m_port);
    return url;
}

QString SandboxServer::serviceSid()
{
    return VerifyEmulator::defaultServiceSid();
}

QString SandboxServer::accountSid()
{
    return VerifyEmulator::defaultAccountSid();
}

QString SandboxServer::authToken()
{
    return QStringLiteral("latchkey-sandbox-auth-token-not-for-production");
}

QString SandboxServer::apiKeySid()
{
    return QStringLiteral("SK3e8a1f6c0b5d2e9a7c4f1b8d6e3a0c52");
}

QString SandboxServer::apiKeySecret()
{
    return QStringLiteral("latchkey-sandbox-secret-not-for-production");
}

bool SandboxServer::setServiceSid(const QString &sid)
{
    return m_verify->setServiceSid(sid);
}

bool SandboxServer::setAccount(const QString &accountSid, const QString &authToken)
{
    if (authToken.isEmpty() || !m_verify->setAccountSid(accountSid)) {
        return false;
    }
    m_credentials.removeFirst(); // the account is always the first entry
    m_credentials.prepend({accountSid, authToken});
    return true;
}

bool SandboxServer::addApiKey(const QString &keySid, const QString &secret)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("SK[0-9a-fA-F]{32}")));
    if (secret.isEmpty() || !pattern.match(keySid).hasMatch()) {
        return false;
    }
    m_credentials.append({keySid, secret});
    return true;
}

// ---- routing ----------------------------------------------------------------------------------------

void SandboxServer::addRoute(const SandboxRoute &route)
{
    // QHttpServer hands captures to the handler as arguments, so the arity picks the lambda's shape.
    const qsizetype captures = route.pattern.count(QLatin1String("<arg>"));
    bool added = false;
    switch (captures) {
    case 0:
        added =
            m_http->route(route.pattern, route.method,
                          [this, route](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                              answer(route.name, route.handler, request, {}, std::move(responder));
                          });
        break;
    case 1:
        added = m_http->route(route.pattern, route.method,
                              [this, route](const QString &first, const QHttpServerRequest &request,
                                            QHttpServerResponder &&responder) {
                                  answer(route.name, route.handler, request, {first}, std::move(responder));
                              });
        break;
    case 2:
        added = m_http->route(
            route.pattern, route.method,
            [this, route](const QString &first, const QString &second, const QHttpServerRequest &request,
                          QHttpServerResponder &&responder) {
                answer(route.name, route.handler, request, {first, second}, std::move(responder));
            });
        break;
    default:
        break;
    }
    if (!added) {
        qCWarning(lcSandbox) << "route not registered:" << route.name;
        return;
    }
    m_routes.append(route);
}

void SandboxServer::answer(const QString &routeName, const Handler &handler,
                           const QHttpServerRequest &request, const QStringList &args,
                           QHttpServerResponder &&responder)
{
    // Copied at once: QHttpServer reuses the request object for the connection's next request.
    SandboxRequest copy;
    copy.method = request.method();
    copy.path = request.url().path();
    copy.args = args;
    copy.query = request.query();
    for (const auto &header : request.headers()) {
        copy.headers.emplaceBack(header.first, header.second);
    }
    copy.body = request.body();
    copy.remote = request.remoteAddress();

    // The controls change what every client sees: only from this machine, whatever address is listened on.
    if (routeName.startsWith(QLatin1String("sandbox.")) && !isLoopback(copy.remote)) {
        write(SandboxReply::json(403, QJsonObject{{QStringLiteral("error"),
                                                   QStringLiteral("Sandbox controls answer loopback only")}}),
              responder);
        return;
    }
    if (!copy.path.startsWith(QLatin1String("/sandbox/"))) {
        const std::optional<SandboxFault> fault = m_faults.take(methodName(copy.method), copy.path);
        if (fault) {
            inject(*fault, routeName, handler, copy, std::move(responder));
            return;
        }
    }
    write(run(routeName, handler, copy), responder);
}

SandboxReply SandboxServer::run(const QString &routeName, const Handler &handler,
                                const SandboxRequest &request)
{
    const SandboxReply reply = handler(request);
    // Only the route's name and status: paths and bodies may hold numbers or codes, headers credentials.
    qCDebug(lcSandbox) << routeName << "->" << reply.status;
    record(routeName, request, reply);
    return reply;
}

void SandboxServer::record(const QString &route, const SandboxRequest &request, const SandboxReply &reply)
{
    if (!m_logRequests) {
        return;
    }
    SandboxExchange exchange;
    exchange.route = route;
    exchange.method = methodName(request.method);
    exchange.path = request.path;
    exchange.query = request.query.toString(QUrl::FullyEncoded);
    exchange.requestHeaders = request.headers;
    exchange.requestBody = request.body;
    exchange.status = reply.status;
    exchange.responseHeaders = reply.headers;
    exchange.responseBody = reply.body;
    m_requestLog.append(exchange);
}

void SandboxServer::writeHead(QHttpServerResponder &responder, int status, const SandboxHeaders &headers)
{
    // Header by header, since QHttpServerResponder::HeaderList is an initializer_list.
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    for (const auto &header : headers) {
        responder.writeHeader(header.first, header.second);
    }
    if (m_listener && m_listener->closesAfterAnswer(responder.socket())) {
        responder.writeHeader("Connection", "close");
    }
}

void SandboxServer::write(const SandboxReply &reply, QHttpServerResponder &responder)
{
    writeHead(responder, reply.status, reply.headers);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
    if (m_listener) {
        m_listener->answered(responder.socket());
    }
}

SandboxReply SandboxServer::missing(const SandboxRequest &request)
{
    const QString &path = request.path;
    if (path == QLatin1String("/v2") || path.startsWith(QLatin1String("/v2/"))) {
        return twilioNotFound(path);
    }
    return SandboxReply::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("Not found")}});
}

// ---- Verify v2 --------------------------------------------------------------------------------------

QList<SandboxRoute> SandboxServer::verifyRoutes()
{
    using Method = QHttpServerRequest::Method;
    const auto verifyRoute = [this](SandboxReply (SandboxServer::*member)(const SandboxRequest &)) {
        return twilioRoute(
            [this, member](const SandboxRequest &request) { return (this->*member)(request); });
    };
    // The Attempts routes come first: /v2/Attempts/Summary must win over /v2/Attempts/<arg>.
    QList<SandboxRoute> routes = attemptRoutes();
    routes += {
        {QStringLiteral("verify.service"), Method::Get, QStringLiteral("/v2/Services/<arg>"),
         twilioRoute([this](const SandboxRequest &request) { return fetchService(request); })},
        {QStringLiteral("verify.start"), Method::Post, QStringLiteral("/v2/Services/<arg>/Verifications"),
         verifyRoute(&SandboxServer::startVerification)},
        {QStringLiteral("verify.check"), Method::Post, QStringLiteral("/v2/Services/<arg>/VerificationCheck"),
         verifyRoute(&SandboxServer::checkVerification)},
        {QStringLiteral("verify.fetch"), Method::Get,
         QStringLiteral("/v2/Services/<arg>/Verifications/<arg>"),
         verifyRoute(&SandboxServer::fetchVerification)},
        {QStringLiteral("verify.update"), Method::Post,
         QStringLiteral("/v2/Services/<arg>/Verifications/<arg>"),
         verifyRoute(&SandboxServer::updateVerification)},
    };
    return routes;
}

SandboxServer::Handler SandboxServer::twilioRoute(Handler handler)
{
    // What every Verify route under a Service checks first, in Twilio's order: credentials, then the service.
    return accountRoute([this, handler](const SandboxRequest &request) {
        if (request.args.value(0) != m_verify->serviceSid()) {
            return twilioNotFound(request.path);
        }
        return handler(request);
    });
}

SandboxServer::Handler SandboxServer::accountRoute(Handler handler)
{
    // The account-wide routes (the Attempts API) check the credentials only.
    return [this, handler](const SandboxRequest &request) {
        if (!isAuthorized(request.header("Authorization"))) {
            SandboxReply reply = SandboxReply::twilioError(401, 20003, QStringLiteral("Authenticate"));
            reply.headers.emplaceBack("WWW-Authenticate", "Basic realm=\"Twilio API\"");
            return reply;
        }
        return handler(request);
    };
}

bool SandboxServer::isAuthorized(const QByteArray &authorization) const
{
    // The scheme name is case-insensitive (RFC 9110); the credentials are compared exactly.
    const QByteArray trimmed = authorization.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    if (space < 0 || trimmed.left(space).compare("basic", Qt::CaseInsensitive) != 0) {
        return false;
    }
    const QByteArray decoded = QByteArray::fromBase64(trimmed.mid(space + 1).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0) {
        return false;
    }
    const QString user = QString::fromUtf8(decoded.left(colon));
    const QString password = QString::fromUtf8(decoded.mid(colon + 1));
    for (const auto &[knownUser, knownPassword] : m_credentials) {
        if (user == knownUser && password == knownPassword) {
            return true;
        }
    }
    return false;
}

namespace {

QString resourceUrl(const QUrl &base, const QString &path)
{
    return base.isEmpty() ? path : base.toString() + path;
}

// The two resources every start and check answers with, written by JsonText: building them as QJsonObject
// was a third of the sandbox's time per request. Keys in sorted order, as QJsonObject wrote them.

/** The fields a Verification and a VerificationCheck share that sort before "payee". */
void fieldsUpToPayee(JsonText &json, const VerifyEmulator &verify,
                     const VerifyEmulator::Verification &verification)
{
    json.field("account_sid", verify.accountSid())
        .nullField("amount")
        .field("channel", channelWireName(verification.channel))
        .field("date_created", verification.dateCreated)
        .field("date_updated", verification.dateUpdated);
}

QByteArray verificationJson(const VerifyEmulator &verify, const VerifyEmulator::Verification &verification,
                            const QUrl &base)
{
    const QString path =
        QStringLiteral("/v2/Services/%1/Verifications/%2").arg(verify.serviceSid(), verification.sid);
    JsonText json;
    json.beginObject();
    fieldsUpToPayee(json, verify, verification);
    json.beginObject("lookup").endObject().nullField("payee").beginArray("send_code_attempts");
    for (const VerifyEmulator::SendAttempt &attempt : verification.sendCodeAttempts) {
        json.beginObject()
            .field("attempt_sid", attempt.attemptSid)
            .field("channel", channelWireName(attempt.channel))
            .field("time", attempt.time)
            .endObject();
    }
    json.endArray()
        .field("service_sid", verify.serviceSid())
        .field("sid", verification.sid)
        .nullField("sna")
        .field("status", verification.status)
        .field("to", verification.to)
        .field("url", resourceUrl(base, path))
        .field("valid", verification.valid())
        .endObject();
    return json.bytes();
}

QByteArray verificationCheckJson(const VerifyEmulator &verify,
                                 const VerifyEmulator::Verification &verification)
{
    JsonText json;
    json.beginObject();
    fieldsUpToPayee(json, verify, verification);
    json.nullField("payee")
        .field("service_sid", verify.serviceSid())
        .field("sid", verification.sid)
        .beginArray("sna_attempts_error_codes")
        .endArray()
        .field("status", verification.status)
        .field("to", verification.to)
        .field("valid", verification.valid())
        .endObject();
    return json.bytes();
}

/** A Verification resource with the given status, or Twilio's error when the emulator refused. */
SandboxReply verificationReply(const VerifyEmulator &verify, const VerifyEmulator::Result &result, int status,
                               const QUrl &base)
{
    if (!result.ok()) {
        return twilioError(result.error);
    }
    return SandboxReply::json(status, verificationJson(verify, result.verification, base));
}

} // namespace

SandboxReply SandboxServer::fetchService(const SandboxRequest &) const
{
    const QString path = QStringLiteral("/v2/Services/%1").arg(m_verify->serviceSid());
    const QUrl base = baseUrl();
    const auto link = [&](const char *rest) { return resourceUrl(base, path + QLatin1String(rest)); };
    // Every property of verify.v2.service, with the values of a Service made with Twilio's defaults.
    return SandboxReply::json(
        200,
        QJsonObject{
            {QStringLiteral("sid"), m_verify->serviceSid()},
            {QStringLiteral("account_sid"), m_verify->accountSid()},
            {QStringLiteral("friendly_name"), m_verify->friendlyName()},
            {QStringLiteral("code_length"), m_verify->codeLength()},
            {QStringLiteral("lookup_enabled"), false},
            {QStringLiteral("psd2_enabled"), false},
            {QStringLiteral("skip_sms_to_landlines"), false},
            {QStringLiteral("dtmf_input_required"), false},
            {QStringLiteral("tts_name"), QJsonValue::Null},
            {QStringLiteral("do_not_share_warning_enabled"), false},
            {QStringLiteral("custom_code_enabled"), false},
            {QStringLiteral("push"), QJsonObject{{QStringLiteral("include_date"), false},
                                                 {QStringLiteral("apn_credential_sid"), QJsonValue::Null},
                                                 {QStringLiteral("fcm_credential_sid"), QJsonValue::Null}}},
            {QStringLiteral("totp"), QJsonObject{{QStringLiteral("issuer"), m_verify->friendlyName()},
                                                 {QStringLiteral("time_step"), 30},
                                                 {QStringLiteral("code_length"), 6},
                                                 {QStringLiteral("skew"), 1}}},
            {QStringLiteral("default_template_sid"), QJsonValue::Null},
            {QStringLiteral("whatsapp"), QJsonObject{{QStringLiteral("msg_service_sid"), QJsonValue::Null},
                                                     {QStringLiteral("from"), QJsonValue::Null}}},
            {QStringLiteral("passkeys"),
             QJsonObject{{QStringLiteral("relying_party"),
                          QJsonObject{{QStringLiteral("id"), QJsonValue::Null},
                                      {QStringLiteral("name"), QJsonValue::Null},
                                      {QStringLiteral("origins"), QJsonValue::Null}}},
                         {QStringLiteral("authenticator_attachment"), QJsonValue::Null},
                         {QStringLiteral("discoverable_credentials"), QJsonValue::Null},
                         {QStringLiteral("user_verification"), QJsonValue::Null}}},
            {QStringLiteral("verify_event_subscription_enabled"), false},
            {QStringLiteral("date_created"), isoDate(m_startedAt)},
            {QStringLiteral("date_updated"), isoDate(m_startedAt)},
            {QStringLiteral("url"), resourceUrl(base, path)},
            {QStringLiteral("links"),
             QJsonObject{
                 {QStringLiteral("verification_checks"), link("/VerificationCheck")},
                 {QStringLiteral("verifications"), link("/Verifications")},
                 {QStringLiteral("rate_limits"), link("/RateLimits")},
                 {QStringLiteral("messaging_configurations"), link("/MessagingConfigurations")},
                 {QStringLiteral("entities"), link("/Entities")},
                 {QStringLiteral("webhooks"), link("/Webhooks")},
                 {QStringLiteral("access_tokens"), link("/AccessTokens")},
             }},
        });
}

SandboxReply SandboxServer::startVerification(const SandboxRequest &request)
{
    const FormBody form = FormBody::parse(request.body);
    const VerifyEmulator::Result result =
        m_verify->start(form.value(QStringLiteral("To")), form.value(QStringLiteral("Channel")),
                        form.value(QStringLiteral("Locale")));
    return verificationReply(*m_verify, result, 201, baseUrl());
}

SandboxReply SandboxServer::checkVerification(const SandboxRequest &request)
{
    const FormBody form = FormBody::parse(request.body);
    const VerifyEmulator::Result result =
        m_verify->check(form.value(QStringLiteral("To")), form.value(QStringLiteral("VerificationSid")),
                        form.value(QStringLiteral("Code")));
    if (!result.ok()) {
        return twilioError(result.error);
    }
    return SandboxReply::json(200, verificationCheckJson(*m_verify, result.verification));
}

SandboxReply SandboxServer::fetchVerification(const SandboxRequest &request)
{
    const VerifyEmulator::Result result = m_verify->fetch(request.args.value(1));
    return verificationReply(*m_verify, result, 200, baseUrl());
}

SandboxReply SandboxServer::updateVerification(const SandboxRequest &request)
{
    const FormBody form = FormBody::parse(request.body);
    const VerifyEmulator::Result result =
        m_verify->update(request.args.value(1), form.value(QStringLiteral("Status")));
    return verificationReply(*m_verify, result, 200, baseUrl());
}

// ---- sandbox controls -------------------------------------------------------------------------------

QList<SandboxRoute> SandboxServer::sandboxRoutes()
{
    using Method = QHttpServerRequest::Method;
    return {
        {QStringLiteral("sandbox.messages"), Method::Get, QStringLiteral("/sandbox/messages"),
         [this](const SandboxRequest &request) { return listMessages(request); }},
        {QStringLiteral("sandbox.clock"), Method::Post, QStringLiteral("/sandbox/clock"),
         [this](const SandboxRequest &request) { return moveClock(request); }},
        {QStringLiteral("sandbox.faults.set"), Method::Post, QStringLiteral("/sandbox/faults"),
         [this](const SandboxRequest &request) { return setFault(request); }},
        {QStringLiteral("sandbox.faults.list"), Method::Get, QStringLiteral("/sandbox/faults"),
         [this](const SandboxRequest &request) { return listFaults(request); }},
        {QStringLiteral("sandbox.faults.clear"), Method::Delete, QStringLiteral("/sandbox/faults"),
         [this](const SandboxRequest &request) { return clearFaults(request); }},
    };
}

SandboxReply SandboxServer::listMessages(const SandboxRequest &request) const
{
    // ?to=NUMBER reads one destination's messages from the outbox's index, not the whole outbox: load
    // tests of a backend read their codes that way. '+' may be sent as is or as %2B.
    static const QString toKey = QStringLiteral("to");
    return {200,
            {{"Content-Type", "application/json"}},
            request.query.hasQueryItem(toKey)
                ? m_outbox->messagesJsonTo(request.query.queryItemValue(toKey, QUrl::FullyDecoded))
                : m_outbox->messagesJson()};
}

SandboxReply SandboxServer::moveClock(const SandboxRequest &request)
{
    // advance_seconds=N in a form body; the sandbox's time only moves forward.
    const FormBody form = FormBody::parse(request.body);
    bool isNumber = false;
    const qint64 seconds = form.value(QStringLiteral("advance_seconds")).toLongLong(&isNumber);
    if (!isNumber || !m_clock->advance(seconds)) {
        return SandboxReply::json(
            400, QJsonObject{{QStringLiteral("error"),
                              QStringLiteral("advance_seconds must be a whole number of seconds, 0 or more, "
                                             "that keeps the sandbox's time at most %1 seconds ahead")
                                  .arg(SandboxClock::maxOffsetSeconds)}});
    }
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("now"), isoDate(m_clock->now())},
                                               {QStringLiteral("offset_seconds"), m_clock->offsetSeconds()}});
}

} // namespace latchkey
