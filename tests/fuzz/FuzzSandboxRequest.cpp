// Fuzz target: requests as the sandbox's routes read them: Twilio's form bodies (FormBody) on the Verify
// routes, JSON bodies and the session cookie on the backend routes, the /sandbox controls. Each input is one
// or more requests separated by a line "===": a first line "<route name> [arguments]" (e.g. "verify.start",
// "verify.check - $sid", "backend.login"), header lines, an empty line, the body. They go straight to the
// handlers of SandboxServer::routes(), in process, on a fresh sandbox with a manual clock; Verify requests
// get the sandbox's API key unless they carry their own Authorization, and the session cookie a reply set is
// sent back. "-" is the sandbox's Service SID, "$sid" the last reply's "sid"; "$code" in a body is the last
// code the outbox holds, so a script can also pass a check. A raw input is the body of a route picked by its
// length. FormBody::parse() also reads every body.
#include "Clock.h"
#include "FormBody.h"
#include "FuzzSupport.h"
#include "Outbox.h"
#include "SandboxRoute.h"
#include "SandboxServer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace latchkey;

namespace {

struct ScriptedRequest
{
    QString route;
    QStringList args;
    SandboxHeaders headers;
    QByteArray body;
};

QList<ScriptedRequest> parseRequests(const QByteArray &data, const QList<SandboxRoute> &routes)
{
    QList<ScriptedRequest> requests;
    qsizetype start = 0;
    while (start <= data.size() && requests.size() < 6) {
        const qsizetype end = data.indexOf("\n===\n", start);
        const QByteArray part = data.mid(start, end < 0 ? -1 : end - start);
        start = end < 0 ? data.size() + 1 : end + 5;

        ScriptedRequest request;
        const qsizetype firstLineEnd = part.indexOf('\n');
        const QStringList words = QString::fromUtf8(part.left(firstLineEnd < 0 ? part.size() : firstLineEnd))
                                      .split(u' ', Qt::SkipEmptyParts);
        const bool named =
            !words.isEmpty() && std::any_of(routes.cbegin(), routes.cend(),
                                            [&](const SandboxRoute &r) { return r.name == words.first(); });
        if (!named) {
            request.route = routes.at(static_cast<qsizetype>(data.size() % routes.size())).name;
            request.body = part;
            requests.append(request);
            continue;
        }
        request.route = words.first();
        request.args = words.mid(1);
        qsizetype position = firstLineEnd < 0 ? part.size() : firstLineEnd + 1;
        while (position < part.size()) {
            qsizetype lineEnd = part.indexOf('\n', position);
            if (lineEnd < 0) {
                lineEnd = part.size();
            }
            const QByteArray line = part.mid(position, lineEnd - position);
            position = lineEnd + 1;
            if (line.trimmed().isEmpty()) {
                break;
            }
            const qsizetype colon = line.indexOf(':');
            if (colon > 0) {
                request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            }
        }
        request.body = position < part.size() ? part.mid(position) : QByteArray();
        requests.append(request);
    }
    return requests;
}

QString pathFor(const QString &pattern, const QStringList &args)
{
    QString path = pattern;
    for (const QString &arg : args) {
        const qsizetype at = path.indexOf(QLatin1String("<arg>"));
        if (at < 0) {
            break;
        }
        path.replace(at, 5, arg);
    }
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    latchkey::fuzz::ensureApplication();
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ManualClock clock;
    SandboxServer server(&clock);
    const QList<SandboxRoute> routes = server.routes();
    const QByteArray authorization =
        "Basic " + (SandboxServer::apiKeySid() + u':' + SandboxServer::apiKeySecret()).toUtf8().toBase64();

    QByteArray cookie;
    QString lastSid;
    for (const ScriptedRequest &scripted : parseRequests(input, routes)) {
        const auto route = std::find_if(routes.cbegin(), routes.cend(),
                                        [&](const SandboxRoute &r) { return r.name == scripted.route; });
        const qsizetype captures = route->pattern.count(QLatin1String("<arg>"));
        SandboxRequest request;
        request.method = route->method;
        request.headers = scripted.headers;
        request.body = scripted.body;
        if (request.body.contains("$code") && !server.outbox()->messages().isEmpty()) {
            request.body.replace("$code", server.outbox()->messages().constLast().code.toUtf8());
        }
        for (qsizetype i = 0; i < captures; ++i) {
            QString arg = i < scripted.args.size() ? scripted.args.at(i) : QStringLiteral("-");
            if (arg == QLatin1String("-")) {
                arg = i == 0 && route->name.startsWith(QLatin1String("verify.")) ? SandboxServer::serviceSid()
                                                                                 : lastSid;
            } else if (arg == QLatin1String("$sid")) {
                arg = lastSid;
            }
            request.args.append(arg);
        }
        request.path = pathFor(route->pattern, request.args);
        if (route->name.startsWith(QLatin1String("verify.")) && request.header("Authorization").isEmpty()) {
            request.headers.append({"Authorization", authorization});
        }
        if (!cookie.isEmpty() && request.header("Cookie").isEmpty()) {
            request.headers.append({"Cookie", cookie});
        }

        const SandboxReply reply = route->handler(request);
        for (const auto &[name, value] : reply.headers) {
            if (name.compare("Set-Cookie", Qt::CaseInsensitive) == 0) {
                cookie = value.left(value.indexOf(';'));
            }
        }
        const QJsonObject answer = QJsonDocument::fromJson(reply.body).object();
        if (answer.contains(QLatin1String("sid"))) {
            lastSid = answer.value(QLatin1String("sid")).toString();
        }
        const FormBody form = FormBody::parse(scripted.body);
        for (const auto &[name, value] : form.fields()) {
            form.value(name);
            form.contains(name);
        }
        clock.advance(1000);
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
