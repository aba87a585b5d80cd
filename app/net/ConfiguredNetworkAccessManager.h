#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QUrl>

namespace latchkey {

/** What the network settings ask of every connection. */
struct NetworkOptions
{
    enum class ProxyMode { System, None, Manual };

    ProxyMode proxyMode = ProxyMode::System;
    QUrl proxyUrl; // http://host:port or socks5://host:port, for Manual
    QList<QSslCertificate> extraCaCertificates;
    // SHA-256 digests (32 bytes each) of the SubjectPublicKeyInfo one of the server's certificates must
    // carry; empty: no pinning.
    QList<QByteArray> pinnedSpkiSha256;
    int connectTimeoutMsecs = 10000; // until the request is on the wire (DNS, TCP, TLS, proxy)
    int totalTimeoutMsecs = 30000;   // the whole request, answer included
};

/**
 * The QNetworkAccessManager behind HttpClient, set up from the network settings: the proxy (system, none or
 * manual; never for this computer), the extra CA certificates on every TLS request, the pinned public keys
 * (checked on every TLS handshake, warm-ups included, before a byte of the request is sent), and the
 * connect and total timeouts, which abort the reply (HttpClient reports that as a timeout).
 */
class ConfiguredNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit ConfiguredNetworkAccessManager(NetworkOptions options, QObject *parent = nullptr);

    const NetworkOptions &options() const { return m_options; }
    /** The proxy a request to this URL goes through ("no proxy" for loopback and ProxyMode::None). */
    static QNetworkProxy proxyFor(const NetworkOptions &options, const QUrl &url);
    /** Makes the extra CAs part of the process's default TLS configuration (connection pre-warming uses it).
     */
    static void installExtraCaCertificates(const QList<QSslCertificate> &certificates);
    /** The SHA-256 of a certificate's SubjectPublicKeyInfo (DER): what a Tls/PinnedSpkiSha256 pin names. */
    static QByteArray spkiSha256(const QSslCertificate &certificate);
    /** Whether any certificate of a verified chain carries one of the pinned keys. */
    static bool chainMatchesPins(const QList<QSslCertificate> &chain, const QList<QByteArray> &pins);

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    void enforcePins(QNetworkReply *reply);
    void enforceTimeouts(QNetworkReply *reply);

    NetworkOptions m_options;
};

} // namespace latchkey
