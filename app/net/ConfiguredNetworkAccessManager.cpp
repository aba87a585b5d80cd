#include "ConfiguredNetworkAccessManager.h"

#include "HttpClient.h"
#include "Logging.h"

#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslConfiguration>
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

QNetworkReply *ConfiguredNetworkAccessManager::createRequest(Operation operation,
                                                             const QNetworkRequest &request,
                                                             QIODevice *outgoingData)
{
    QNetworkRequest configured(request);
    if (!m_options.extraCaCertificates.isEmpty() &&
        request.url().scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        QSslConfiguration tls = configured.sslConfiguration();
        tls.addCaCertificates(m_options.extraCaCertificates);
        configured.setSslConfiguration(tls);
    }
    QNetworkReply *reply = QNetworkAccessManager::createRequest(operation, configured, outgoingData);
    if (reply->isFinished()) {
        return reply;
    }

    // Both timers belong to the reply, so they end with it. Aborting finishes the reply with
    // OperationCanceledError, which HttpClient reports as a timeout.
    const QString host = request.url().host();
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
    return reply;
}

} // namespace latchkey
