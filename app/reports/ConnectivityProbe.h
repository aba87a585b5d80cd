#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace latchkey {

/** What one probe of a server found. */
struct ProbeResult
{
    QUrl url;
    bool reached = false; // an HTTP answer arrived (any status)
    int httpStatus = 0;
    QString error;                // why not, when not reached
    QStringList tlsErrors;        // certificate problems, each as a sentence
    QList<QSslCertificate> chain; // as the server presented it, leaf first
    QString tlsProtocol;
    QNetworkProxy proxy;
    qint64 elapsedMsecs = 0;

    /** Lines for a report: where, what came back, the TLS session and the chain (subject, issuer, expiry). */
    QStringList describe() const;
};

/**
 * Asks a server for its root page once, through the configured network (proxy, CAs, timeouts), to see
 * whether it can be reached and what its TLS looks like. For --check-config and --diagnose; sign-ins go
 * through HttpClient. No redirect is followed and nothing is sent but a GET without credentials.
 */
class ConnectivityProbe : public QObject
{
    Q_OBJECT
public:
    explicit ConnectivityProbe(QNetworkAccessManager *network, QObject *parent = nullptr);

    void probe(const QUrl &url);

signals:
    void finished(const latchkey::ProbeResult &result);

private:
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_elapsed;
    ProbeResult m_result;
};

} // namespace latchkey
