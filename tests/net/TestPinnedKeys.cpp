#include "ConfiguredNetworkAccessManager.h"
#include "HttpClient.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey;

namespace {

/**
 * Keys and certificates made with the openssl command when the test starts: a CA, and two server
 * certificates it issued for 127.0.0.1 with different keys, so both pass Qt's verification and only the pin
 * tells them apart. The pins are hashed from openssl's own SubjectPublicKeyInfo, not from Qt's.
 */
class GeneratedCertificates
{
public:
    bool generate()
    {
        if (!m_dir.isValid()) {
            return fail(QStringLiteral("no temporary directory"));
        }
        const QString extensions = path(QStringLiteral("server.ext"));
        QFile ext(extensions);
        if (!ext.open(QIODevice::WriteOnly) ||
            ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n") < 0) {
            return fail(QStringLiteral("cannot write %1").arg(extensions));
        }
        ext.close();
        if (!openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                     "-keyout", path("ca.key"), "-out", path("ca.pem"), "-days", "2", "-subj",
                     "/CN=Latchkey Pin Test CA", "-addext", "basicConstraints=critical,CA:TRUE", "-addext",
                     "keyUsage=critical,keyCertSign")) {
            return false;
        }
        for (const QString &name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("backup")}) {
            if (!openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                         path(name + QLatin1String(".key")), "-out", path(name + QLatin1String(".csr")),
                         "-subj", "/CN=127.0.0.1") ||
                !openssl("x509", "-req", "-in", path(name + QLatin1String(".csr")), "-CA", path("ca.pem"),
                         "-CAkey", path("ca.key"), "-CAcreateserial", "-days", "2", "-extfile", extensions,
                         "-out", path(name + QLatin1String(".pem"))) ||
                !openssl("pkey", "-in", path(name + QLatin1String(".key")), "-pubout", "-outform", "DER",
                         "-out", path(name + QLatin1String(".spki")))) {
                return false;
            }
        }
        return openssl("x509", "-in", path("ca.pem"), "-pubkey", "-noout", "-out", path("ca.pub")) &&
               openssl("pkey", "-pubin", "-in", path("ca.pub"), "-outform", "DER", "-out", path("ca.spki"));
    }

    QSslCertificate certificate(const QString &name) const
    {
        return QSslCertificate::fromPath(path(name + QLatin1String(".pem"))).value(0);
    }
    QSslKey key(const QString &name) const
    {
        QFile file(path(name + QLatin1String(".key")));
        return file.open(QIODevice::ReadOnly) ? QSslKey(&file, QSsl::Ec) : QSslKey();
    }
    /** The pin as openssl computes it: SHA-256 over the DER SubjectPublicKeyInfo. */
    QByteArray pin(const QString &name) const
    {
        QFile file(path(name + QLatin1String(".spki")));
        return file.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    }
    QString error() const { return m_error; }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString path(const char *name) const { return path(QString::fromLatin1(name)); }
    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }
    static QString argument(const char *text) { return QString::fromLatin1(text); }
    static QString argument(const QString &text) { return text; }
    template<typename... Arguments>
    bool openssl(const Arguments &...arguments)
    {
        return run(QStringList{argument(arguments)...});
    }
    bool run(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            return fail(QStringLiteral("openssl %1 failed (%2): %3")
                            .arg(arguments.join(QLatin1Char(' ')), process.errorString(),
                                 QString::fromLocal8Bit(process.readAll())));
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_error;
};

/**
 * A TLS server on loopback that counts connections and every byte of application data it receives,
 * and answers each whole request with 204.
 */
class CountingTlsServer : public QObject
{
public:
    CountingTlsServer(const QList<QSslCertificate> &chain, const QSslKey &key)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(configuration);
        // Read from the first moment on: a byte the client sent right after its side of the handshake counts
        // even when the connection is gone before QSslServer would hand it over.
        connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) {
            ++connections;
            connect(socket, &QSslSocket::readyRead, this, [this, socket] { read(socket); });
        });
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (m_server.nextPendingConnection() != nullptr) {
                ++handshakesDone; // QSslServer hands a connection over once its handshake is done
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1/login").arg(m_server.serverPort())); }

    int connections = 0; // TLS handshakes begun
    int handshakesDone = 0;
    qint64 receivedBytes = 0;

private:
    void read(QSslSocket *socket)
    {
        const QByteArray data = socket->readAll();
        receivedBytes += data.size();
        m_pending += data;
        if (m_pending.contains("\r\n\r\n") && m_pending.endsWith("password=secret")) {
            m_pending.clear();
            socket->write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
        }
    }

    QSslServer m_server;
    QByteArray m_pending;
};

} // namespace

/** Tls/PinnedSpkiSha256: a server whose chain carries no pinned key never sees a byte of a request. */
class TestPinnedKeys : public QObject
{
    Q_OBJECT

    GeneratedCertificates m_certificates;

    NetworkOptions pinning(const QList<QByteArray> &pins) const
    {
        NetworkOptions options;
        options.extraCaCertificates = {m_certificates.certificate(QStringLiteral("ca"))};
        options.pinnedSpkiSha256 = pins;
        return options;
    }

    static HttpResponse post(HttpClient &client, const QUrl &url)
    {
        HttpRequest request;
        request.method = "POST";
        request.url = url;
        request.contentType = "application/x-www-form-urlencoded";
        request.body = "password=secret";
        HttpCall *call = client.send(request);
        QSignalSpy finished(call, &HttpCall::finished);
        if (!finished.wait(10000)) {
            qFatal("the request did not finish");
        }
        return finished.at(0).at(0).value<HttpResponse>();
    }

    /** Gives bytes a client might have written after the handshake the time to arrive. */
    static void letStragglersArrive() { QTest::qWait(300); }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<HttpResponse>();
        QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.error()));
    }

    void theHashIsTheStandardSpkiPin()
    {
        for (const QString &name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("ca")}) {
            const QByteArray fromOpenssl = m_certificates.pin(name);
            QCOMPARE(fromOpenssl.size(), 32);
            QCOMPARE(ConfiguredNetworkAccessManager::spkiSha256(m_certificates.certificate(name)),
                     fromOpenssl);
        }
        QVERIFY(m_certificates.pin(QStringLiteral("a")) != m_certificates.pin(QStringLiteral("b")));
    }

    void anUnpinnedKeyGetsNoRequestBytes()
    {
        CountingTlsServer server({m_certificates.certificate(QStringLiteral("b"))},
                                 m_certificates.key(QStringLiteral("b")));
        QVERIFY(server.listen());
        ConfiguredNetworkAccessManager network(
            pinning({m_certificates.pin(QStringLiteral("a")), m_certificates.pin(QStringLiteral("backup"))}));
        HttpClient client(&network);
        const HttpResponse response = post(client, server.url());
        QCOMPARE(response.transportError.kind, AuthError::Kind::TlsFailure);
        QVERIFY(!response.hasAnswer());
        letStragglersArrive();
        QVERIFY(server.connections >= 1);
        QCOMPARE(server.receivedBytes, 0);

        // The same server, trusted the same way, is served once its key is pinned: the pin refused it above.
        ConfiguredNetworkAccessManager pinningItsKey(
            pinning({m_certificates.pin(QStringLiteral("backup")), m_certificates.pin(QStringLiteral("b"))}));
        HttpClient pinnedClient(&pinningItsKey);
        QCOMPARE(post(pinnedClient, server.url()).status, 204);
        QVERIFY(server.receivedBytes > 0);
    }

    void aPinnedKeyIsServed_data()
    {
        QTest::addColumn<QString>("pinned");
        QTest::newRow("the server's own key") << QStringLiteral("a");
        QTest::newRow("its issuer's key") << QStringLiteral("ca");
    }
    void aPinnedKeyIsServed()
    {
        QFETCH(QString, pinned);
        // The server presents its issuer too, as servers with an intermediate do.
        CountingTlsServer server({m_certificates.certificate(QStringLiteral("a")),
                                  m_certificates.certificate(QStringLiteral("ca"))},
                                 m_certificates.key(QStringLiteral("a")));
        QVERIFY(server.listen());
        ConfiguredNetworkAccessManager network(
            pinning({m_certificates.pin(QStringLiteral("backup")), m_certificates.pin(pinned)}));
        HttpClient client(&network);
        const HttpResponse response = post(client, server.url());
        QVERIFY2(response.hasAnswer(), qPrintable(response.transportError.identifier()));
        QCOMPARE(response.status, 204);
        QVERIFY(server.receivedBytes > 0);
    }

    void aWarmedUpConnectionIsCheckedToo()
    {
        CountingTlsServer wrongKey({m_certificates.certificate(QStringLiteral("b"))},
                                   m_certificates.key(QStringLiteral("b")));
        QVERIFY(wrongKey.listen());
        ConfiguredNetworkAccessManager network(
            pinning({m_certificates.pin(QStringLiteral("a")), m_certificates.pin(QStringLiteral("backup"))}));
        HttpClient client(&network);
        client.warmUp(wrongKey.url());
        QTRY_COMPARE_WITH_TIMEOUT(wrongKey.connections, 1, 10000);
        const HttpResponse refused = post(client, wrongKey.url());
        QCOMPARE(refused.transportError.kind, AuthError::Kind::TlsFailure);
        letStragglersArrive();
        // The warm connection was closed, not handed to the request: the request came on a new one (or, on a
        // busy machine, Qt's HTTP layer tries once more on another, refused the same way).
        QVERIFY2(wrongKey.connections >= 2, qPrintable(QString::number(wrongKey.connections)));
        QCOMPARE(wrongKey.receivedBytes, 0);

        CountingTlsServer rightKey({m_certificates.certificate(QStringLiteral("a"))},
                                   m_certificates.key(QStringLiteral("a")));
        QVERIFY(rightKey.listen());
        client.warmUp(rightKey.url());
        QTRY_COMPARE_WITH_TIMEOUT(rightKey.handshakesDone, 1, 10000);
        const HttpResponse served = post(client, rightKey.url());
        QCOMPARE(served.status, 204);
        QCOMPARE(rightKey.connections, 1); // the checked warm connection carried the request
    }
};

QTEST_GUILESS_MAIN(TestPinnedKeys)
#include "TestPinnedKeys.moc"
