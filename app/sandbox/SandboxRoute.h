#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <functional>
#include <utility>

namespace latchkey {

using SandboxHeaders = QList<std::pair<QByteArray, QByteArray>>;

/** A request as a route handler sees it: copied out of QHttpServer, which reuses its request object. */
struct SandboxRequest
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QString path;
    QStringList args; // the pattern's <arg> captures, decoded, in order
    QUrlQuery query;  // the URL's query ("?to=..."); a literal '+' stays a '+'
    SandboxHeaders headers;
    QByteArray body;
    QHostAddress remote; // the client's address: control routes answer loopback only

    /** The first header of that name, compared case-insensitively; empty when absent. */
    QByteArray header(const QByteArray &name) const;
    /** The value of one cookie from the Cookie header; empty when absent. */
    QString cookie(const QByteArray &name) const;
};

/** What a route answers; written to the socket with an exact Content-Length. */
struct SandboxReply
{
    int status = 200;
    SandboxHeaders headers;
    QByteArray body;

    /** Compact JSON with "Content-Type: application/json". */
    static SandboxReply json(int status, const QJsonObject &body);
    /** The same with a body already written as JSON (JsonText). */
    static SandboxReply json(int status, const QByteArray &body);
    /** Twilio's error body: code, message, more_info naming the code, and the status again. */
    static SandboxReply twilioError(int status, int code, const QString &message);
};

/** One request and its answer, as the sandbox's opt-in request log keeps them (for contract checks). */
struct SandboxExchange
{
    QString route; // the route's name, e.g. "verify.start"; "missing" for unrouted requests
    QString method;
    QString path;
    QString query; // as sent, without the '?'; empty when none
    SandboxHeaders requestHeaders;
    QByteArray requestBody;
    int status = 0;
    SandboxHeaders responseHeaders;
    QByteArray responseBody;

    /**
     * Headers as an object of lower-case names; bodies as text. No header that carries a credential
     * (Authorization, Proxy-Authorization, Cookie, Set-Cookie) is kept.
     */
    QJsonObject toJson() const;
    /** Authorization, Proxy-Authorization, Cookie and Set-Cookie, in any case: never written anywhere. */
    static bool carriesCredential(const QByteArray &headerName);
};

/**
 * One entry of a sandbox API's route table. Handlers are plain functions from request to reply so that
 * a wrapper (fault injection, statistics) can sit around every route without knowing what it does.
 */
struct SandboxRoute
{
    QString name; // stable id, e.g. "verify.start"
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Get;
    QString pattern; // QHttpServer pattern; "<arg>" captures one path segment
    std::function<SandboxReply(const SandboxRequest &)> handler;
};

} // namespace latchkey
