#include "LocalServers.h"

#include "ConfiguredNetworkAccessManager.h"
#include "HttpClient.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace latchkey;

/** The network settings applied: proxy, extra CA certificates, connect and total timeouts. */
class TestConfiguredNetworkAccessManager : public QObject
{
    Q_OBJECT

    /** Sends one GET through HttpClient, as a sign-in would, and waits for the answer. */
    static HttpResponse get(ConfiguredNetworkAccessManager &network, const QUrl &url,
                            qint64 *elapsed = nullptr)
    {
        HttpClient http(&network);
        http.setTransferTimeout(network.options().totalTimeoutMsecs);
        HttpRequest request;
        request.url = url;
        QElapsedTimer timer;
        timer.start();
        HttpCall *call = http.send(request);
        QSignalSpy finished(call, &HttpCall::finished);
        if (!finished.wait(15000)) {
            qFatal("no answer from %s", qPrintable(url.toString()));
        }
        if (elapsed) {
            *elapsed = timer.elapsed();
        }
        return finished.constFirst().constFirst().value<HttpResponse>();
    }

private slots:
    void initTestCase() { qRegisterMetaType<HttpResponse>(); }

    void proxyChoices()
    {
        const QUrl remote(QStringLiteral("https://auth.example.org"));
        NetworkOptions options;
        options.proxyMode = NetworkOptions::ProxyMode::None;
        QCOMPARE(ConfiguredNetworkAccessManager::proxyFor(options, remote).type(), QNetworkProxy::NoProxy);

        options.proxyMode = NetworkOptions::ProxyMode::Manual;
        options.proxyUrl = QUrl(QStringLiteral("socks5://proxy.corp:1080"));
        QNetworkProxy proxy = ConfiguredNetworkAccessManager::proxyFor(options, remote);
        QCOMPARE(proxy.type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(proxy.hostName(), QStringLiteral("proxy.corp"));
        QCOMPARE(proxy.port(), quint16(1080));
        options.proxyUrl = QUrl(QStringLiteral("http://proxy.corp:3128"));
        QCOMPARE(ConfiguredNetworkAccessManager::proxyFor(options, remote).type(), QNetworkProxy::HttpProxy);

        // This computer (the sandbox, a local backend) never goes through a proxy.
        QCOMPARE(
            ConfiguredNetworkAccessManager::proxyFor(options, QUrl(QStringLiteral("http://127.0.0.1:3000")))
                .type(),
            QNetworkProxy::NoProxy);
        QCOMPARE(
            ConfiguredNetworkAccessManager::proxyFor(options, QUrl(QStringLiteral("http://localhost:3000")))
                .type(),
            QNetworkProxy::NoProxy);
    }

    void theSystemProxyComesFromTheEnvironmentOnLinux()
    {
        qputenv("http_proxy", "http://envproxy.corp:8080");
        qputenv("https_proxy", "http://envproxy.corp:8080");
        NetworkOptions options; // ProxyMode::System
        const QNetworkProxy proxy = ConfiguredNetworkAccessManager::proxyFor(
            options, QUrl(QStringLiteral("https://auth.example.org")));
        qunsetenv("http_proxy");
        qunsetenv("https_proxy");
        QCOMPARE(proxy.hostName(), QStringLiteral("envproxy.corp"));
        QCOMPARE(proxy.port(), quint16(8080));
    }

    void requestsGoThroughAManualProxy()
    {
        test::LocalServer proxy;
        QVERIFY(proxy.listen());
        NetworkOptions options;
        options.proxyMode = NetworkOptions::ProxyMode::Manual;
        options.proxyUrl = proxy.url();
        ConfiguredNetworkAccessManager network(options);
        // HttpClient allows plain http only on loopback, which is never proxied: ask the manager directly.
        QNetworkReply *reply =
            network.get(QNetworkRequest(QUrl(QStringLiteral("http://auth.example.test/ping"))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        reply->deleteLater();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
        QCOMPARE(proxy.requestLines,
                 QStringList{QStringLiteral("GET http://auth.example.test/ping HTTP/1.1")});
    }

    void anExtraCaIsTrustedOnEveryRequest()
    {
        test::LocalServer server(true);
        QVERIFY(server.listen());
        NetworkOptions withoutCa;
        ConfiguredNetworkAccessManager untrusting(withoutCa);
        const HttpResponse refused = get(untrusting, server.url());
        QCOMPARE(refused.transportError.kind, AuthError::Kind::TlsFailure);

        NetworkOptions withCa;
        withCa.extraCaCertificates = QSslCertificate::fromData(test::caCertificate);
        QCOMPARE(withCa.extraCaCertificates.size(), 1);
        ConfiguredNetworkAccessManager trusting(withCa);
        const HttpResponse answered = get(trusting, server.url());
        QVERIFY2(answered.hasAnswer(), qPrintable(answered.transportError.identifier()));
        QCOMPARE(answered.status, 204);
    }

    void theConnectTimeoutEndsAStalledHandshake()
    {
        // The server accepts the connection but never answers the TLS hello: the request never gets out.
        test::LocalServer silent(false, test::LocalServer::Behaviour::Silent);
        QVERIFY(silent.listen());
        NetworkOptions options;
        options.connectTimeoutMsecs = 300;
        options.totalTimeoutMsecs = 10000;
        ConfiguredNetworkAccessManager network(options);
        QUrl url = silent.url();
        url.setScheme(QStringLiteral("https"));
        qint64 elapsed = 0;
        const HttpResponse response = get(network, url, &elapsed);
        QCOMPARE(response.transportError.kind, AuthError::Kind::Timeout);
        QVERIFY2(elapsed >= 250 && elapsed < 5000, qPrintable(QString::number(elapsed)));
    }

    void theTotalTimeoutEndsASilentServer()
    {
        // Connected and sent, but no answer comes: only the total timeout ends it.
        test::LocalServer mute(false, test::LocalServer::Behaviour::NeverAnswer);
        QVERIFY(mute.listen());
        NetworkOptions options;
        options.connectTimeoutMsecs = 200;
        options.totalTimeoutMsecs = 700;
        ConfiguredNetworkAccessManager network(options);
        qint64 elapsed = 0;
        const HttpResponse response = get(network, mute.url(), &elapsed);
        QCOMPARE(response.transportError.kind, AuthError::Kind::Timeout);
        QVERIFY2(elapsed >= 650 && elapsed < 5000, qPrintable(QString::number(elapsed)));
        QCOMPARE(mute.requestLines.size(), 1); // the connect timeout did not fire: the request went out
    }

    void aSlowAnswerIsNotCutByTheConnectTimeout()
    {
        // Connected at once, answered after 600 ms: the connect timeout (200 ms) has ended with the
        // connection.
        test::LocalServer late(false, test::LocalServer::Behaviour::AnswerLate);
        QVERIFY(late.listen());
        NetworkOptions options;
        options.connectTimeoutMsecs = 200;
        options.totalTimeoutMsecs = 5000;
        ConfiguredNetworkAccessManager network(options);
        const HttpResponse response = get(network, late.url());
        QVERIFY2(response.hasAnswer(), qPrintable(response.transportError.identifier()));
        QCOMPARE(response.status, 204);
    }

    void anAnswerInTimeIsNotCut()
    {
        test::LocalServer server;
        QVERIFY(server.listen());
        NetworkOptions options;
        options.connectTimeoutMsecs = 200;
        options.totalTimeoutMsecs = 400;
        ConfiguredNetworkAccessManager network(options);
        const HttpResponse response = get(network, server.url());
        QCOMPARE(response.status, 204);
        QTest::qWait(600); // the timers end with the reply: nothing fires later
    }
};

QTEST_GUILESS_MAIN(TestConfiguredNetworkAccessManager)
#include "TestConfiguredNetworkAccessManager.moc"
