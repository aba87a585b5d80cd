#include "HttpClient.h"

#include "Logging.h"
#include "OneShotBody.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace latchkey {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return QByteArray();
}

int HttpResponse::retryAfterSeconds(const QDateTime &now) const
{
    const QByteArray value = header("Retry-After").trimmed();
    if (value.isEmpty()) {
        return -1;
    }
    bool isNumber = false;
    const int seconds = value.toInt(&isNumber);
    if (isNumber) {
        return seconds >= 0 ? seconds : -1;
    }
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value).chopped(4),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid()) {
        return -1;
    }
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return static_cast<int>(qMax<qint64>(0, now.secsTo(utc)));
}

namespace {

/** Errors Qt derives from a complete answer's HTTP status (4xx, 5xx): the body is all there. */
bool isStatusError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentOperationNotPermittedError:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ContentConflictError:
    case QNetworkReply::ContentGoneError:
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::OperationNotImplementedError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return true;
    default:
        return false;
    }
}

AuthError::Kind transportKindOf(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return AuthError::Kind::Timeout; // setTransferTimeout() and our deadlines report themselves as a
                                         // cancel
    case QNetworkReply::HostNotFoundError:
        return AuthError::Kind::HostNotFound;
    case QNetworkReply::ConnectionRefusedError:
        return AuthError::Kind::ConnectionRefused;
    case QNetworkReply::SslHandshakeFailedError:
        return AuthError::Kind::TlsFailure;
    default:
        return AuthError::Kind::NetworkFailure;
    }
}

} // namespace

HttpCall::HttpCall(QObject *parent)
    : QObject(parent)
{}

void HttpCall::attach(QNetworkReply *reply, qint64 maxResponseBytes)
{
    m_reply = reply;
    m_maxResponseBytes = qMax<qint64>(0, maxResponseBytes);
    // Qt buffers no more than this before we drain it in onReadyRead(): memory stays bounded even when
    // the event loop is slow to hand us the bytes. Qt's HTTP thread only hears of the limit once it is
    // working on the request, and reads without bound otherwise: so it is told again when the request
    // is on its way.
    reply->setReadBufferSize(m_maxResponseBytes + 1);
    connect(reply, &QNetworkReply::requestSent, this, &HttpCall::throttleHttpThread);
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpCall::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &HttpCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &HttpCall::onReplyFinished);
}

void HttpCall::abort()
{
    if (m_done) {
        return;
    }
    m_abortedByUs = true;
    if (m_reply) {
        m_reply->abort(); // finishes synchronously through onReplyFinished
    } else {
        finishWith(HttpResponse{0, {}, {}, AuthError::of(AuthError::Kind::Cancelled)});
    }
}

void HttpCall::finishWith(const HttpResponse &response)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_body.clear();
    emit finished(response);
    deleteLater();
}

void HttpCall::throttleHttpThread()
{
    if (m_reply) {
        m_reply->setReadBufferSize(m_maxResponseBytes + 1);
    }
}

void HttpCall::onMetaDataChanged()
{
    if (!m_reply || m_tooLarge) {
        return;
    }
    throttleHttpThread();
    bool known = false;
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && announced > m_maxResponseBytes) {
        abortAsTooLarge(announced); // refused before a byte of it is read
    }
}

void HttpCall::onReadyRead()
{
    if (!m_reply || m_tooLarge || !m_reply->isOpen()) {
        return;
    }
    // One byte past the cap is enough to know it is too large; nothing more is taken from Qt.
    m_body += m_reply->read(m_maxResponseBytes - m_body.size() + 1);
    if (m_body.size() > m_maxResponseBytes) {
        abortAsTooLarge(-1);
    }
}

void HttpCall::abortAsTooLarge(qint64 announced)
{
    m_tooLarge = true;
    m_body.clear();
    qCWarning(lcNet) << "the answer from" << m_reply->url().host() << "is larger than" << m_maxResponseBytes
                     << "bytes" << (announced >= 0 ? "(announced)" : "(arriving)") << ": stopped reading it";
    m_reply->abort(); // finishes synchronously through onReplyFinished
}

void HttpCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done) {
        return;
    }
    reply->deleteLater();
    HttpResponse response;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = reply->error();
    if (m_abortedByUs) {
        response.transportError = AuthError::of(AuthError::Kind::Cancelled);
    } else if (m_tooLarge) {
        response.transportError = AuthError::of(AuthError::Kind::ResponseTooLarge);
        response.transportError.httpStatus = status.toInt();
    } else if (status.isValid() && (error == QNetworkReply::NoError || isStatusError(error) ||
                                    (status.toInt() >= 300 && status.toInt() < 400))) {
        // (A 307 or 308 of a POST that Qt may not follow ends with an "unknown" error: still a redirect.)
        // A whole HTTP answer, 4xx and 5xx included, is the server speaking: the caller reads the body.
        // An aborted reply is closed and reading it only earns Qt's "device not open": read it only here.
        onReadyRead();
        if (m_tooLarge) {
            response.transportError = AuthError::of(AuthError::Kind::ResponseTooLarge);
            response.transportError.httpStatus = status.toInt();
            finishWith(response);
            return;
        }
        response.status = status.toInt();
        response.body = m_body;
        qCDebug(lcNet) << "HTTP" << response.status << "from" << reply->url().host() << response.body.size()
                       << "bytes";
        for (const auto &pair : reply->rawHeaderPairs()) {
            response.headers.append({pair.first, pair.second});
            qCDebug(lcNet).noquote() << "  " << pair.first << ":"
                                     << HttpClient::loggableHeaderValue(pair.first, pair.second);
        }
        if (response.status >= 300 && response.status < 400) {
            response.transportError = AuthError::of(AuthError::Kind::Redirected);
            response.transportError.httpStatus = response.status;
        }
    } else {
        // No answer, or one cut off after its status line (a reset, a deadline): never a success, whatever
        // the status said. httpStatus tells the caller that the server had started to answer.
        response.transportError = AuthError::of(reply->property(HttpClient::pinRefusedProperty).toBool()
                                                    ? AuthError::Kind::TlsFailure
                                                    : transportKindOf(error));
        response.transportError.httpStatus = status.isValid() ? status.toInt() : 0;
        qCWarning(lcNet) << "request to" << reply->url().host() << "failed"
                         << (status.isValid() ? "in the middle of its answer:" : ":") << reply->errorString();
    }
    finishWith(response);
}

HttpClient::HttpClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

bool HttpClient::carriesCredential(const QByteArray &headerName)
{
    for (const char *name : {"Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie"}) {
        if (headerName.trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QByteArray HttpClient::loggableHeaderValue(const QByteArray &name, const QByteArray &value)
{
    if (carriesCredential(name)) {
        return "(" + QByteArray::number(value.size()) + " bytes, not logged)";
    }
    return value;
}

bool HttpClient::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

AuthError HttpClient::checkUrlAllowed(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return AuthError::of(
            AuthError::Kind::ConfigurationProblem,
            QCoreApplication::translate("HttpClient", "The server address is not a valid URL."));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https") || (scheme == QLatin1String("http") && isLoopback(url))) {
        return AuthError();
    }
    return AuthError::of(AuthError::Kind::InsecureUrl);
}

int HttpClient::keepAliveTimeoutMsecs(const HttpResponse &response)
{
    // "Keep-Alive: timeout=5, max=100" (RFC 2068 19.7.1.1; Apache, Node): the seconds the server keeps an
    // idle connection open.
    const QList<QByteArray> parameters = response.header("Keep-Alive").split(',');
    for (const QByteArray &parameter : parameters) {
        const QByteArray trimmed = parameter.trimmed();
        if (trimmed.left(8).compare("timeout=", Qt::CaseInsensitive) == 0) {
            bool isNumber = false;
            const int seconds = trimmed.mid(8).trimmed().toInt(&isNumber);
            if (isNumber && seconds > 0) {
                return qMin(seconds, 3600) * 1000;
            }
        }
    }
    return -1;
}

int HttpClient::reusableIdleMsecs(int keepAliveMsecs)
{
    // Our idle clock starts when the answer has arrived, the server's when it sent it, and the request
    // reaches the server a trip after we send it: a second covers a slow network, at most half the timeout.
    return keepAliveMsecs - qMin(1000, keepAliveMsecs / 2);
}

QString HttpClient::originKey(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme + QLatin1String("://") + url.host().toLower() + QLatin1Char(':') +
           QString::number(url.port(scheme == QLatin1String("https") ? 443 : 80));
}

void HttpClient::retireIdleConnection(const QUrl &url)
{
    // A server closes a kept-alive connection left idle past its timeout, and Qt does not always notice
    // (a TLS close_notify without the TCP close, a FIN still on its way). A request written to it fails,
    // and Qt cannot send it again because request bodies are one-shot, on purpose: once written, a request
    // may have been acted on (OneShotBody). So a connection likely closed is never used: Qt cannot retire one
    // pooled connection, so the pool is emptied, only while no request is on its way, and the request or
    // warm-up that follows opens a new connection. Pauses shorter than the timeout keep the connection.
    const auto it = m_origins.constFind(originKey(url));
    if (it == m_origins.cend() || !it->idle.isValid() || !m_inFlight.isEmpty()) {
        return;
    }
    const qint64 idleMsecs = it->idle.elapsed();
    if (idleMsecs < reusableIdleMsecs(it->keepAliveMsecs)) {
        return;
    }
    QElapsedTimer clearing;
    clearing.start();
    m_network->clearConnectionCache();
    qCDebug(lcNet) << "the connection to" << url.host() << "was idle for" << idleMsecs
                   << "ms, near the server's keep-alive timeout of" << it->keepAliveMsecs
                   << "ms: a new one will be opened (closing took" << clearing.elapsed() << "ms)";
    for (Origin &origin : m_origins) {
        origin.idle.invalidate();
    }
}

void HttpClient::noteFinished(HttpCall *call, const QUrl &url, const HttpResponse &response)
{
    m_inFlight.remove(call);
    Origin &origin = m_origins[originKey(url)];
    const int keepAlive = keepAliveTimeoutMsecs(response);
    if (keepAlive > 0) {
        origin.keepAliveMsecs = keepAlive;
    }
    origin.idle.start();
}

HttpCall *HttpClient::send(const HttpRequest &request)
{
    auto *call = new HttpCall(this);
    const AuthError refusal = checkUrlAllowed(request.url);
    if (refusal.isError()) {
        // Finish on the next turn of the event loop: callers connect after send() returns.
        QTimer::singleShot(0, call, [call, refusal] { call->finishWith(HttpResponse{0, {}, {}, refusal}); });
        return call;
    }
    retireIdleConnection(request.url);
    m_inFlight.insert(call);
    // Connected before the caller's: the connection's state is known when the caller sends the next request.
    const QUrl url = request.url;
    connect(call, &HttpCall::finished, this,
            [this, call, url](const HttpResponse &response) { noteFinished(call, url, response); });
    connect(call, &QObject::destroyed, this, [this, call] { m_inFlight.remove(call); });
    QNetworkRequest networkRequest(request.url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setTransferTimeout(m_transferTimeoutMsecs);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader,
                             QByteArrayLiteral("Latchkey/" LATCHKEY_VERSION));
    if (!request.contentType.isEmpty()) {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    }
    for (const auto &[name, value] : request.headers) {
        networkRequest.setRawHeader(name, value);
    }
    qCDebug(lcNet) << request.method << request.url.host() << request.url.path();
    if (lcNet().isDebugEnabled()) {
        for (const auto &[name, value] : request.headers) {
            qCDebug(lcNet).noquote() << "  " << name << ":" << loggableHeaderValue(name, value);
        }
    }
    QNetworkReply *reply = nullptr;
    if (request.method == "GET") {
        reply = m_network->get(networkRequest);
    } else {
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        auto *body = new OneShotBody(request.body, call);
        reply = m_network->sendCustomRequest(networkRequest, request.method, body);
    }
    call->attach(reply, request.maxResponseBytes);
    return call;
}

void HttpClient::warmUp(const QUrl &origin)
{
    if (checkUrlAllowed(origin).isError()) {
        return;
    }
    retireIdleConnection(origin);
    Origin &state = m_origins[originKey(origin)];
    if (!state.idle.isValid()) {
        state.idle.start(); // a new connection: the server's idle clock starts now (a reused one's runs on)
    }
    const int port = origin.port(origin.scheme() == QLatin1String("https") ? 443 : 80);
    if (origin.scheme() == QLatin1String("https")) {
        // Qt pools a warm connection apart unless it may speak HTTP/2 like the requests do (it decides that
        // from the configuration's ALPN list): without this the first request would open a second one.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setAllowedNextProtocols(
            {QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1});
        m_network->connectToHostEncrypted(origin.host(), static_cast<quint16>(port), tls);
    } else {
        m_network->connectToHost(origin.host(), static_cast<quint16>(port));
    }
}

} // namespace latchkey
