#include "ConnectivityProbe.h"

#include "HttpClient.h"
#include "SettingsSchema.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslCipher>
#include <QTimer>

namespace latchkey {

namespace {

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        return QStringLiteral("TLS");
    }
}

QString proxyText(const QNetworkProxy &proxy)
{
    switch (proxy.type()) {
    case QNetworkProxy::NoProxy:
    case QNetworkProxy::DefaultProxy:
        return QCoreApplication::translate("Settings", "none (direct connection)");
    case QNetworkProxy::Socks5Proxy:
        return QStringLiteral("socks5://%1:%2").arg(proxy.hostName()).arg(proxy.port());
    case QNetworkProxy::HttpProxy:
    case QNetworkProxy::HttpCachingProxy:
        return QStringLiteral("http://%1:%2").arg(proxy.hostName()).arg(proxy.port());
    case QNetworkProxy::FtpCachingProxy:
        break;
    }
    return proxy.hostName();
}

} // namespace

QStringList ProbeResult::describe() const
{
    QStringList lines;
    lines << QCoreApplication::translate("Settings", "address: %1").arg(url.toString());
    lines << QCoreApplication::translate("Settings", "proxy: %1").arg(proxyText(proxy));
    if (reached) {
        lines << QCoreApplication::translate("Settings", "reachable: yes (HTTP %1 in %2 ms)")
                     .arg(httpStatus)
                     .arg(elapsedMsecs);
    } else {
        lines << QCoreApplication::translate("Settings", "reachable: no (%1)").arg(error);
    }
    if (!tlsProtocol.isEmpty()) {
        lines << QCoreApplication::translate("Settings", "TLS: %1").arg(tlsProtocol);
    }
    for (const QString &tlsError : tlsErrors) {
        lines << QCoreApplication::translate("Settings", "TLS problem: %1").arg(tlsError);
    }
    for (int i = 0; i < chain.size(); ++i) {
        const QSslCertificate &certificate = chain.at(i);
        lines << QCoreApplication::translate("Settings",
                                             "certificate %1: %2, issued by %3, valid until %4, SHA-256 %5")
                     .arg(i)
                     .arg(certificate.subjectDisplayName(), certificate.issuerDisplayName(),
                          certificate.expiryDate().toUTC().toString(Qt::ISODate),
                          QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')));
    }
    return lines;
}

ConnectivityProbe::ConnectivityProbe(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

void ConnectivityProbe::probe(const QUrl &url)
{
    m_result = ProbeResult();
    m_result.url = url;
    const QList<QNetworkProxy> proxies = m_network->proxyFactory()
                                             ? m_network->proxyFactory()->queryProxy(QNetworkProxyQuery(url))
                                             : QList<QNetworkProxy>{m_network->proxy()};
    m_result.proxy = proxies.value(0, QNetworkProxy(QNetworkProxy::NoProxy));

    const AuthError refusal = HttpClient::checkUrlAllowed(url);
    if (refusal.isError()) {
        m_result.error = refusal.userMessage();
        QTimer::singleShot(0, this, [this] { emit finished(m_result); });
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Latchkey/" LATCHKEY_VERSION));
    m_elapsed.start();
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        for (const QSslError &error : errors) {
            m_result.tlsErrors.append(error.errorString());
        }
        m_result.chain = reply->sslConfiguration().peerCertificateChain();
    });
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
        const QSslConfiguration tls = reply->sslConfiguration();
        m_result.chain = tls.peerCertificateChain();
        m_result.tlsProtocol =
            QStringLiteral("%1, %2").arg(protocolName(tls.sessionProtocol()), tls.sessionCipher().name());
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        m_result.elapsedMsecs = m_elapsed.elapsed();
        reply->deleteLater();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid()) {
            m_result.reached = true;
            m_result.httpStatus = status.toInt();
        } else if (reply->property(HttpClient::pinRefusedProperty).toBool()) {
            m_result.error = tr("none of the server's certificates carries a key listed in %1")
                                 .arg(SettingsKey::pinnedSpki);
        } else {
            m_result.error = reply->errorString();
        }
        emit finished(m_result);
    });
}

} // namespace latchkey
