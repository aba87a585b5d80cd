// Fuzz target: the organisation backend's answers as BackendAuthService reads them. Each input is one or
// more answers ("<operation> <status>", headers, an empty line, the body; separated by a line "==="), served
// in process by ScriptedNetwork, one call of the same service per answer, so what a login answer announced
// (capabilities) shapes the later calls. A raw input is a 200 body for an operation picked by its length.
// Then the static readers on each answer.
#include "BackendAuthService.h"
#include "E164Number.h"
#include "FuzzSupport.h"
#include "HttpClient.h"

#include <QDateTime>
#include <QNetworkCookieJar>
#include <cstddef>
#include <cstdint>

using namespace latchkey;
using namespace latchkey::fuzz;

namespace {

const QByteArray operations[] = {"login", "resume", "send", "send-on-file", "check", "check-on-file"};

void call(BackendAuthService &service, const QByteArray &operation, const E164Number &to)
{
    if (operation == "login") {
        service.logIn(QStringLiteral("demo"), QStringLiteral("fuzz-password"));
    } else if (operation == "resume") {
        service.resumeSession("connect.sid=s%3Afuzz");
    } else if (operation == "send") {
        service.sendCode(to, Channel::Sms);
    } else if (operation == "send-on-file") {
        service.sendCode(std::nullopt, Channel::Call);
    } else if (operation == "check") {
        service.checkCode(to, QStringLiteral("123456"));
    } else {
        service.checkCode(std::nullopt, QStringLiteral("123456"));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ensureApplication();
    static ScriptedNetwork network;
    static HttpClient http(&network);
    static const E164Number to = *E164Number::fromString(QStringLiteral("+12025550142"));

    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    BackendEndpoints endpoints;
    endpoints.origin = QUrl(QStringLiteral("http://127.0.0.1:9"));
    BackendAuthService service(&http, endpoints);
    service.setDefaultCodeLength(6);
    service.setRememberDevice(true);

    int finished = 0;
    const auto done = [&finished] { ++finished; };
    QObject::connect(&service, &AuthService::loggedIn, done);
    QObject::connect(&service, &AuthService::codeSent, done);
    QObject::connect(&service, &AuthService::codeApproved, done);
    QObject::connect(&service, &AuthService::failed, done);

    const QDateTime now = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    for (const ScriptedAnswer &answer : parseScript(input, 4)) {
        network.setAnswer(answer);
        const QByteArray operation =
            answer.operation.isEmpty() ? operations[static_cast<size_t>(input.size()) % std::size(operations)]
                                       : answer.operation;
        const int before = finished;
        call(service, operation, to);
        runUntil([&] { return finished > before; }, "a backend call");

        HttpResponse response;
        response.status = answer.status;
        response.body = answer.body;
        response.headers = answer.headers;
        LoginResult result;
        BackendExtensions extensions;
        BackendAuthService::parseLoginAnswer(answer.body, &result, &extensions);
        BackendAuthService::errorFromAnswer(response, AuthError::Kind::InvalidParameter, now);
        BackendAuthService::readableText(response);
        BackendAuthService::waitSeconds(response, now);
        BackendAuthService::redirectTarget(
            endpoints.origin, endpoints.origin.resolved(QUrl(QStringLiteral("/api/auth/login"))), response);
    }
    // Cookies stay per input: the next input starts with an empty jar.
    network.setCookieJar(new QNetworkCookieJar(&network));
    return 0;
}
