#include "sandbox/SandboxServer.h"

#include "core/Logging.h"
#include "sandbox/BackendEmulator.h"
#include "sandbox/FormBody.h"
#include "sandbox/Outbox.h"
#include "sandbox/VerifyEmulator.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <cmath>
#include <optional>

namespace latchkey {

namespace {

QJsonValue isoDate(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

SandboxReply twilioError(int httpStatus, int code, const QString &message)
{
    return SandboxReply::json(
        httpStatus,
        QJsonObject{
            {QStringLiteral("code"), code},
            {QStringLiteral("message"), message},
            {QStringLiteral("more_info"), QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code)},
            {QStringLiteral("status"), httpStatus},
        });
}

SandboxReply twilioError(const VerifyEmulator::Error &error)
{
    return twilioError(error.httpStatus, error.code, error.message);
}

/** Twilio names the resource without the version prefix: "/Services/VA.../Verifications". */
SandboxReply twilioNotFound(const QString &path)
{
    const QString resource = path.startsWith(QLatin1String("/v2/")) ? path.mid(3) : path;
    return twilioError(404, 20404, QStringLiteral("The requested resource %1 was not found").arg(resource));
}

} // namespace

SandboxServer::SandboxServer(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_http(new QHttpServer(this))
    , m_outbox(new Outbox(clock, this))
    , m_verify(new VerifyEmulator(clock, m_outbox, this))
    , m_backend(new BackendEmulator(m_verify, this))
    , m_startedAt(clock->now())
{
    const QList<QList<SandboxRoute>> tables{verifyRoutes(), backendRoutes()};
    for (const QList<SandboxRoute> &table : tables) {
        for (const SandboxRoute &route : table)
            addRoute(route);
    }
    m_http->setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        write(missing(request), responder);
    });
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(quint16 port)
{
    if (m_port != 0) {
        qCWarning(lcSandbox) << "already listening on port" << m_port;
        return false;
    }
    // Our own QTcpServer, so a failure can say why (QAbstractHttpServer::listen only returns 0).
    auto *tcp = new QTcpServer(m_http);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcSandbox) << "cannot listen on 127.0.0.1 port" << port << ":" << tcp->errorString();
        delete tcp;
        return false;
    }
    m_http->bind(tcp);
    m_port = tcp->serverPort();
    qCDebug(lcSandbox) << "listening on" << baseUrl().toString();
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    if (m_port == 0)
        return QUrl();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QString SandboxServer::serviceSid()
{
    return VerifyEmulator::serviceSid();
}

QString SandboxServer::apiKeySid()
{
    return QStringLiteral("SK3e8a1f6c0b5d2e9a7c4f1b8d6e3a0c52");
}

QString SandboxServer::apiKeySecret()
{
    return QStringLiteral("latchkey-sandbox-secret-not-for-production");
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
                              answer(route, request, {}, std::move(responder));
                          });
        break;
    case 1:
        added = m_http->route(route.pattern, route.method,
                              [this, route](const QString &first, const QHttpServerRequest &request,
                                            QHttpServerResponder &&responder) {
                                  answer(route, request, {first}, std::move(responder));
                              });
        break;
    case 2:
        added =
            m_http->route(route.pattern, route.method,
                          [this, route](const QString &first, const QString &second,
                                        const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                              answer(route, request, {first, second}, std::move(responder));
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

void SandboxServer::answer(const SandboxRoute &route, const QHttpServerRequest &request,
                           const QStringList &args, QHttpServerResponder &&responder)
{
    // Copied at once: QHttpServer reuses the request object for the connection's next request.
    SandboxRequest copy;
    copy.method = request.method();
    copy.path = request.url().path();
    copy.args = args;
    for (const auto &header : request.headers())
        copy.headers.emplaceBack(header.first, header.second);
    copy.body = request.body();

    const SandboxReply reply = route.handler(copy);
    // Only the route's name and status: paths and bodies may hold numbers or codes.
    qCDebug(lcSandbox) << route.name << "->" << reply.status;
    write(reply, responder);
}

void SandboxServer::write(const SandboxReply &reply, QHttpServerResponder &responder)
{
    // Header by header, since QHttpServerResponder::HeaderList is an initializer_list.
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

SandboxReply SandboxServer::missing(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    if (path == QLatin1String("/v2") || path.startsWith(QLatin1String("/v2/")))
        return twilioNotFound(path);
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
    return {
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
}

SandboxServer::Handler SandboxServer::twilioRoute(Handler handler)
{
    // What every Verify route checks first, in Twilio's order: credentials, then the service.
    return [handler](const SandboxRequest &request) {
        const QByteArray authorization = request.header("Authorization");
        const QByteArray expected = "Basic " + (apiKeySid() + u':' + apiKeySecret()).toUtf8().toBase64();
        if (authorization != expected) {
            SandboxReply reply = twilioError(401, 20003, QStringLiteral("Authenticate"));
            reply.headers.emplaceBack("WWW-Authenticate", "Basic realm=\"Twilio API\"");
            return reply;
        }
        if (request.args.value(0) != serviceSid())
            return twilioNotFound(request.path);
        return handler(request);
    };
}

namespace {

QString resourceUrl(const QUrl &base, const QString &path)
{
    return base.isEmpty() ? path : base.toString() + path;
}

QJsonObject verificationJson(const VerifyEmulator::Verification &verification, const QUrl &base)
{
    QJsonArray attempts;
    for (const VerifyEmulator::SendAttempt &attempt : verification.sendCodeAttempts) {
        attempts.append(QJsonObject{{QStringLiteral("attempt_sid"), attempt.attemptSid},
                                    {QStringLiteral("channel"), channelWireName(attempt.channel)},
                                    {QStringLiteral("time"), isoDate(attempt.time)}});
    }
    const QString path = QStringLiteral("/v2/Services/%1/Verifications/%2")
                             .arg(VerifyEmulator::serviceSid(), verification.sid);
    return QJsonObject{
        {QStringLiteral("sid"), verification.sid},
        {QStringLiteral("service_sid"), VerifyEmulator::serviceSid()},
        {QStringLiteral("account_sid"), VerifyEmulator::accountSid()},
        {QStringLiteral("to"), verification.to},
        {QStringLiteral("channel"), channelWireName(verification.channel)},
        {QStringLiteral("status"), verification.status},
        {QStringLiteral("valid"), verification.valid()},
        {QStringLiteral("lookup"), QJsonObject()},
        {QStringLiteral("amount"), QJsonValue::Null},
        {QStringLiteral("payee"), QJsonValue::Null},
        {QStringLiteral("send_code_attempts"), attempts},
        {QStringLiteral("date_created"), isoDate(verification.dateCreated)},
        {QStringLiteral("date_updated"), isoDate(verification.dateUpdated)},
        {QStringLiteral("sna"), QJsonValue::Null},
        {QStringLiteral("url"), resourceUrl(base, path)},
    };
}

QJsonObject verificationCheckJson(const VerifyEmulator::Verification &verification)
{
    return QJsonObject{
        {QStringLiteral("sid"), verification.sid},
        {QStringLiteral("service_sid"), VerifyEmulator::serviceSid()},
        {QStringLiteral("account_sid"), VerifyEmulator::accountSid()},
        {QStringLiteral("to"), verification.to},
        {QStringLiteral("channel"), channelWireName(verification.channel)},
        {QStringLiteral("status"), verification.status},
        {QStringLiteral("valid"), verification.valid()},
        {QStringLiteral("amount"), QJsonValue::Null},
        {QStringLiteral("payee"), QJsonValue::Null},
        {QStringLiteral("date_created"), isoDate(verification.dateCreated)},
        {QStringLiteral("date_updated"), isoDate(verification.dateUpdated)},
        {QStringLiteral("sna_attempts_error_codes"), QJsonArray()},
    };
}

} // namespace

SandboxReply SandboxServer::fetchService(const SandboxRequest &) const
{
    const QString path = QStringLiteral("/v2/Services/%1").arg(serviceSid());
    const QUrl base = baseUrl();
    return SandboxReply::json(
        200,
        QJsonObject{
            {QStringLiteral("sid"), serviceSid()},
            {QStringLiteral("account_sid"), VerifyEmulator::accountSid()},
            {QStringLiteral("friendly_name"), VerifyEmulator::friendlyName()},
            {QStringLiteral("code_length"), m_verify->codeLength()},
            {QStringLiteral("lookup_enabled"), false},
            {QStringLiteral("psd2_enabled"), false},
            {QStringLiteral("skip_sms_to_landlines"), false},
            {QStringLiteral("dtmf_input_required"), false},
            {QStringLiteral("tts_name"), QJsonValue::Null},
            {QStringLiteral("do_not_share_warning_enabled"), false},
            {QStringLiteral("custom_code_enabled"), false},
            {QStringLiteral("default_template_sid"), QJsonValue::Null},
            {QStringLiteral("date_created"), isoDate(m_startedAt)},
            {QStringLiteral("date_updated"), isoDate(m_startedAt)},
            {QStringLiteral("url"), resourceUrl(base, path)},
            {QStringLiteral("links"),
             QJsonObject{
                 {QStringLiteral("verifications"), resourceUrl(base, path + QLatin1String("/Verifications"))},
                 {QStringLiteral("verification_checks"),
                  resourceUrl(base, path + QLatin1String("/VerificationCheck"))},
             }},
        });
}

SandboxReply SandboxServer::startVerification(const SandboxRequest &request)
{
    const FormBody form = FormBody::parse(request.body);
    const VerifyEmulator::Result result =
        m_verify->start(form.value(QStringLiteral("To")), form.value(QStringLiteral("Channel")));
    if (!result.ok())
        return twilioError(result.error);
    return SandboxReply::json(201, verificationJson(result.verification, baseUrl()));
}

SandboxReply SandboxServer::checkVerification(const SandboxRequest &request)
{
    const FormBody form = FormBody::parse(request.body);
    const VerifyEmulator::Result result =
        m_verify->check(form.value(QStringLiteral("To")), form.value(QStringLiteral("VerificationSid")),
                        form.value(QStringLiteral("Code")));
    if (!result.ok())
        return twilioError(result.error);
    return SandboxReply::json(200, verificationCheckJson(result.verification));
}

SandboxReply SandboxServer::fetchVerification(const SandboxRequest &request)
{
    const VerifyEmulator::Result result = m_verify->fetch(request.args.value(1));
    if (!result.ok())
        return twilioError(result.error);
    return SandboxReply::json(200, verificationJson(result.verification, baseUrl()));
}

SandboxReply SandboxServer::updateVerification(const SandboxRequest &request)
{
    const FormBody form = FormBody::parse(request.body);
    const VerifyEmulator::Result result =
        m_verify->update(request.args.value(1), form.value(QStringLiteral("Status")));
    if (!result.ok())
        return twilioError(result.error);
    return SandboxReply::json(200, verificationJson(result.verification, baseUrl()));
}

} // namespace latchkey
