#pragma once

#include "AuthError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace latchkey {

struct HttpRequest
{
    /** A sign-in answer is a few hundred bytes: 64 KiB leaves room for any honest server. */
    static constexpr qint64 defaultMaxResponseBytes = 64 * 1024;

    QByteArray method = "GET";
    QUrl url;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    // The largest answer body read for this kind of request: more (announced or arriving) aborts the call
    // with ResponseTooLarge, so an endless answer costs at most this much memory.
    qint64 maxResponseBytes = defaultMaxResponseBytes;
};

struct HttpResponse
{
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    // Kind::None when a whole HTTP answer arrived. An answer cut off after its status line (a reset, a
    // timeout, too large) is a transport error whose httpStatus says which status had arrived.
    AuthError transportError;

    bool hasAnswer() const { return !transportError.isError(); }
    /** The first header with this name, compared case-insensitively; empty when absent. */
    QByteArray header(const QByteArray &name) const;
    /** Retry-After in seconds (delta or HTTP-date relative to now); -1 when absent or unreadable. */
    int retryAfterSeconds(const QDateTime &now) const;
};

/**
 * One request in flight. Deletes itself after finished(); abort() finishes it as Cancelled. It reads the
 * body as it arrives, never past the request's maxResponseBytes, and never from a reply already closed.
 */
class HttpCall : public QObject
{
    Q_OBJECT
public:
    void abort();

signals:
    void finished(const latchkey::HttpResponse &response);

private:
    friend class HttpClient;
    explicit HttpCall(QObject *parent);
    void attach(QNetworkReply *reply, qint64 maxResponseBytes);
    void finishWith(const HttpResponse &response);
    void throttleHttpThread();
    void onMetaDataChanged();
    void onReadyRead();
    void abortAsTooLarge(qint64 announced);
    void onReplyFinished();

    QPointer<QNetworkReply> m_reply;
    qint64 m_maxResponseBytes = HttpRequest::defaultMaxResponseBytes;
    QByteArray m_body; // what has arrived so far, never more than m_maxResponseBytes
    bool m_abortedByUs = false;
    bool m_tooLarge = false;
    bool m_done = false;
};

/**
 * The one place every network call goes through: URL policy (https except on loopback), no automatic
 * redirects (credentials must never follow one to another host), transfer timeouts, connection
 * pre-warming, and no request on a kept-alive connection the server has likely closed for being idle.
 * Later hardening (total deadlines, TLS pinning, proxies) belongs here too.
 */
class HttpClient : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setTransferTimeout(int msecs) { m_transferTimeoutMsecs = msecs; }
    int transferTimeout() const { return m_transferTimeoutMsecs; }

    /** Starts the request; the returned call always finishes asynchronously, even when refused up front. */
    HttpCall *send(const HttpRequest &request);

    /** Opens the connection to the origin early so the first request does not pay for it. */
    void warmUp(const QUrl &origin);

    QNetworkAccessManager *network() const { return m_network; }

    /** Kind::None when Latchkey may talk to this URL: https anywhere, plain http only on loopback. */
    static AuthError checkUrlAllowed(const QUrl &url);
    static bool isLoopback(const QUrl &url);
    /** Authorization, Proxy-Authorization, Cookie, Set-Cookie: headers whose values are never logged. */
    static bool carriesCredential(const QByteArray &headerName);
    /** The value as a log may show it: a credential header's only as its length. */
    static QByteArray loggableHeaderValue(const QByteArray &name, const QByteArray &value);
    /** Set on a reply aborted because the server's key is not pinned: a TLS failure, not a timeout. */
    static constexpr char pinRefusedProperty[] = "latchkeyPinRefused";

    /** A server's keep-alive idle timeout when its answers do not say (Apache's and Node's default). */
    static constexpr int defaultKeepAliveMsecs = 5000;
    /** `Keep-Alive: timeout=N` of an answer in milliseconds; -1 when absent or unreadable. */
    static int keepAliveTimeoutMsecs(const HttpResponse &response);
    /** How long a connection to a server with this keep-alive timeout may stay idle and still be used. */
    static int reusableIdleMsecs(int keepAliveMsecs);

private:
    struct Origin
    {
        QElapsedTimer idle; // since the connection last carried anything; invalid: none is open
        int keepAliveMsecs = defaultKeepAliveMsecs;
    };

    static QString originKey(const QUrl &url);
    void retireIdleConnection(const QUrl &url);
    void noteFinished(HttpCall *call, const QUrl &url, const HttpResponse &response);

    QNetworkAccessManager *m_network;
    int m_transferTimeoutMsecs = 20000;
    QHash<QString, Origin> m_origins;
    QSet<HttpCall *> m_inFlight;
};

} // namespace latchkey

Q_DECLARE_METATYPE(latchkey::HttpResponse)
