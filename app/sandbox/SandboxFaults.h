#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <optional>

namespace latchkey {

/** One way the sandbox misbehaves on purpose (docs/sandbox.md, "Fault injection"). */
struct SandboxFault
{
    enum class Kind {
        Latency,       // the route runs after `seconds`, then answers
        ResetBefore,   // the connection is reset; the route does not run
        ResetAfter,    // the route runs, then the connection is reset instead of answered
        ServerError,   // `status` (5xx) with a JSON error; the route does not run
        RateLimit,     // 429 with Retry-After: `seconds`; the route does not run
        MalformedJson, // the route runs; its answer's body is cut in half (a complete message, broken JSON)
        Truncated,     // the route runs; Content-Length as answered, `bytes` of the body sent, then close
        Html,          // `status` with an HTML page, as a captive portal or proxy answers; no route
        Oversized,     // `status` with a JSON body of `bytes` bytes, streamed; no route
        Drip,          // the route runs; its body is sent `bytes` at a time every `seconds`
        Silent,        // the request is read and never answered; no route
    };

    QString
        route; // "METHOD /path" as given; "*" matches any method, and within the path any characters but '/'
    Kind kind = Kind::ServerError;
    int times = 1; // how many more matching requests it applies to
    double seconds = 0;
    int status = 0; // 0: the fault's default
    qint64 bytes = 0;
    bool chunked = false; // Oversized: Transfer-Encoding: chunked instead of Content-Length

    QString method;
    QRegularExpression path;

    static QString kindName(Kind kind);
    QJsonObject toJson() const;
};

/**
 * The faults set through POST /sandbox/faults, in the order they were added. The first one that matches a
 * request (and has times left) applies to it, once. Control routes (/sandbox/...) are never faulted.
 */
class SandboxFaults
{
public:
    /** Parses and adds one fault; on a refusal, `error` says why (for a 400 answer) and nothing is added. */
    bool add(const QJsonObject &json, QString *error);
    void clear() { m_faults.clear(); }
    /** The fault for this request, counted as used; std::nullopt when none matches. */
    std::optional<SandboxFault> take(const QString &method, const QString &path);
    QJsonArray toJson() const;
    bool isEmpty() const { return m_faults.isEmpty(); }

private:
    QList<SandboxFault> m_faults;
};

} // namespace latchkey
