#include "HttpClient.h"

#include "Logging.h"
#include "OneShotBody.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
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

HttpCall::HttpCall(QObject *parent)
    : QObject(parent)
{}

void HttpCall::attach(QNetworkReply *reply)
{
    m_reply = reply;
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
    emit finished(response);
    deleteLater();
}

void HttpCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply) {
        return;
    }
    reply->deleteLater();
    HttpResponse response;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (m_abortedByUs) {
        response.transportError = AuthError::of(AuthError::Kind::Cancelled);
    } else if (status.isValid()) {
        // Any HTTP answer, 4xx and 5xx included, is the server speaking: the caller reads the body.
        response.status = status.toInt();
        response.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs()) {
            response.headers.append({pair.first, pair.second});
        }
        if (response.status >= 300 && response.status < 400) {
            response.transportError = AuthError::of(AuthError::Kind::Redirected);
            response.transportError.httpStatus = response.status;
        }
    } else {
        AuthError::Kind kind = AuthError::Kind::NetworkFailure;
        switch (reply->error()) {
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            kind = AuthError::Kind::Timeout; // setTransferTimeout() reports itself as a cancel
            break;
        case QNetworkReply::HostNotFoundError:
            kind = AuthError::Kind::HostNotFound;
            break;
        case QNetworkReply::ConnectionRefusedError:
            kind = AuthError::Kind::ConnectionRefused;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            kind = AuthError::Kind::TlsFailure;
            break;
        default:
            break;
        }
        response.transportError = AuthError::of(kind);
        qCWarning(lcNet) << "request to" << reply->url().host() << "failed:" << reply->errorString();
    }
    finishWith(response);
}

HttpClient::HttpClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

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

HttpCall *HttpClient::send(const HttpRequest &request)
{
    auto *call = new HttpCall(this);
    const AuthError refusal = checkUrlAllowed(request.url);
    if (refusal.isError()) {
        // Finish on the next turn of the event loop: callers connect after send() returns.
        QTimer::singleShot(0, call, [call, refusal] { call->finishWith(HttpResponse{0, {}, {}, refusal}); });
        return call;
    }
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
    QNetworkReply *reply = nullptr;
    if (request.method == "GET") {
        reply = m_network->get(networkRequest);
    } else {
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        auto *body = new OneShotBody(request.body, call);
        reply = m_network->sendCustomRequest(networkRequest, request.method, body);
    }
    call->attach(reply);
    return call;
}

void HttpClient::warmUp(const QUrl &origin)
{
    if (checkUrlAllowed(origin).isError()) {
        return;
    }
    const int port = origin.port(origin.scheme() == QLatin1String("https") ? 443 : 80);
    if (origin.scheme() == QLatin1String("https")) {
        m_network->connectToHostEncrypted(origin.host(), static_cast<quint16>(port));
    } else {
        m_network->connectToHost(origin.host(), static_cast<quint16>(port));
    }
}

} // namespace latchkey
