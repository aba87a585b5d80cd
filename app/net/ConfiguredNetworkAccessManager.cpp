#include "ConfiguredNetworkAccessManager.h"

#include "HttpClient.h"
#include "Logging.h"

#include <QCryptographicHash>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>

namespace latchkey {

namespace {

/** Answers Qt's proxy questions from the settings; loopback (the sandbox, a local backend) is never proxied.
 */
class SettingsProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit SettingsProxyFactory(NetworkOptions options)
        : m_options(std::move(options))
    {}

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return {ConfiguredNetworkAccessManager::proxyFor(m_options, query.url())};
    }

private:
    NetworkOptions m_options;
};

} // namespace

ConfiguredNetworkAccessManager::ConfiguredNetworkAccessManager(NetworkOptions options, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_options(std::move(options))
{
    setProxyFactory(new SettingsProxyFactory(m_options)); // the manager owns the factory
}

QNetworkProxy ConfiguredNetworkAccessManager::proxyFor(const NetworkOptions &options, const QUrl &url)
{
    if (HttpClient::isLoopback(url)) {
        return QNetworkProxy(QNetworkProxy::NoProxy);
    }
    switch (options.proxyMode) {
    case NetworkOptions::ProxyMode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case NetworkOptions::ProxyMode::Manual: {
        const bool socks =
            options.proxyUrl.scheme().compare(QLatin1String("socks5"), Qt::CaseInsensitive) == 0;
        return QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                             options.proxyUrl.host(), static_cast<quint16>(options.proxyUrl.port()));
    }
    case NetworkOptions::ProxyMode::System:
        break;
    }
    const QList<QNetworkProxy> system =
        QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url, QNetworkProxyQuery::UrlRequest));
    return system.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : system.constFirst();
}

void ConfiguredNetworkAccessManager::installExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    if (certificates.isEmpty()) {
        return;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(certificates);
    QSslConfiguration::setDefaultConfiguration(configuration);
}

QByteArray ConfiguredNetworkAccessManager::spkiSha256(const QSslCertificate &certificate)
{
    // For a public key Qt's DER is the SubjectPublicKeyInfo, the structure HPKP-style pins hash.
    return QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256);
}

bool ConfiguredNetworkAccessManager::chainMatchesPins(const QList<QSslCertificate> &chain,
                                                      const QList<QByteArray> &pins)
{
    for (const QSslCertificate &certificate : chain) {
        if (pins.contains(spkiSha256(certificate))) {
            return true;
        }
    }
    return false;
}

QNetworkReply *ConfiguredNetworkAccessManager::createRequest(Operation operation,
                                                             const QNetworkRequest &request,
                                                             QIODevice *outgoingData)
{
    QNetworkRequest configured(request);
    // A warm-up (connectToHostEncrypted) arrives as "preconnect-https": it gets the same TLS configuration as
    // the requests, since Qt hands a pooled connection only to a request whose configuration is equal.
    const QString scheme = request.url().scheme().toLower();
    if (scheme == QLatin1String("https") || scheme == QLatin1String("preconnect-https")) {
        QSslConfiguration tls = configured.sslConfiguration();
        QList<QSslCertificate> authorities = tls.caCertificates();
        for (const QSslCertificate &extra : m_options.extraCaCertificates) {
            if (!authorities.contains(extra)) {
                authorities.append(extra);
            }
        }
        if (authorities.size() != tls.caCertificates().size()) {
            tls.setCaCertificates(authorities);
            configured.setSslConfiguration(tls);
        }
    }
    QNetworkReply *reply = QNetworkAccessManager::createRequest(operation, configured, outgoingData);
    if (reply->isFinished()) {
        return reply;
    }
    enforcePins(reply);
    enforceTimeouts(reply);
    return reply;
}

void ConfiguredNetworkAccessManager::enforcePins(QNetworkReply *reply)
{
    if (m_options.pinnedSpkiSha256.isEmpty()) {
        return;
    }
    // encrypted() comes after Qt verified the chain and before any request byte is written; aborting in a
    // direct connection to it closes the connection unused (Qt documents it for this purpose). Warm-ups
    // (connectToHostEncrypted) come through here too, so no unchecked connection joins the pool.
    const QString host = reply->url().host();
    connect(reply, &QNetworkReply::encrypted, reply, [reply, host, this] {
        if (chainMatchesPins(reply->sslConfiguration().peerCertificateChain(), m_options.pinnedSpkiSha256)) {
            return;
        }
        qCWarning(lcSettings) << "refusing" << host
                              << ": no certificate in its chain carries a pinned key (Tls/PinnedSpkiSha256)";
        reply->setProperty(HttpClient::pinRefusedProperty, true);
        reply->abort();
    });
}

void ConfiguredNetworkAccessManager::enforceTimeouts(QNetworkReply *reply)
{
    // Both timers belong to the reply, so they end with it. Aborting finishes the reply with
    // OperationCanceledError, which HttpClient reports as a timeout.
    const QString host = reply->url().host();
    if (m_options.connectTimeoutMsecs > 0) {
        // Armed only when a new connection is made (a reused one is already there), from the name lookup on;
        // the handshake done or the request on the wire ends it (HTTP/2 reports the first, HTTP/1 the
        // second).
        auto *connectTimer = new QTimer(reply);
        connectTimer->setSingleShot(true);
        connectTimer->setInterval(m_options.connectTimeoutMsecs);
        connect(connectTimer, &QTimer::timeout, reply, [reply, host, this] {
            qCWarning(lcSettings) << "no connection to" << host << "within" << m_options.connectTimeoutMsecs
                                  << "ms (Network/ConnectTimeoutSeconds)";
            reply->abort();
        });
        connect(reply, &QNetworkReply::socketStartedConnecting, connectTimer, qOverload<>(&QTimer::start));
        for (auto connected : {&QNetworkReply::encrypted, &QNetworkReply::requestSent,
                               &QNetworkReply::metaDataChanged, &QNetworkReply::finished}) {
            connect(reply, connected, connectTimer, &QTimer::stop);
        }
    }
    if (m_options.totalTimeoutMsecs > 0) {
        auto *totalTimer = new QTimer(reply);
        totalTimer->setSingleShot(true);
        connect(totalTimer, &QTimer::timeout, reply, [reply, host, this] {
            qCWarning(lcSettings) << "no complete answer from" << host << "within"
                                  << m_options.totalTimeoutMsecs << "ms (Network/TotalTimeoutSeconds)";
            reply->abort();
        });
        connect(reply, &QNetworkReply::finished, totalTimer, &QTimer::stop);
        totalTimer->start(m_options.totalTimeoutMsecs);
    }
}

} // namespace latchkey
