#pragma once

#include "AuthError.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace latchkey {

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

struct HttpResponse
{
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    AuthError transportError; // Kind::None when an HTTP answer arrived

    bool hasAnswer() const { return !transportError.isError(); }
    /** The first header with this name, compared case-insensitively; empty when absent. */
    QByteArray header(const QByteArray &name) const;
    /** Retry-After in seconds (delta or HTTP-date relative to now); -1 when absent or unreadable. */
    int retryAfterSeconds(const QDateTime &now) const;
};

/** One request in flight. Deletes itself after finished(); abort() finishes it as Cancelled. */
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
    void attach(QNetworkReply *reply);
    void finishWith(const HttpResponse &response);
    void onReplyFinished();

    QPointer<QNetworkReply> m_reply;
    bool m_abortedByUs = false;
    bool m_done = false;
};

/**
 * The one place every network call goes through: URL policy (https except on loopback), no automatic
 * redirects (credentials must never follow one to another host), transfer timeouts, and connection
 * pre-warming. Later hardening (total deadlines, TLS pinning, proxies) belongs here too.
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

private:
    QNetworkAccessManager *m_network;
    int m_transferTimeoutMsecs = 20000;
};

} // namespace latchkey

Q_DECLARE_METATYPE(latchkey::HttpResponse)
