// Fuzz target: Twilio Verify's answers as VerifyClient reads them. Each input is one or more answers
// ("<operation> <status>", headers, an empty line, the body; answers separated by a line "==="), served in
// process by ScriptedNetwork to a real VerifyClient over a real HttpClient, one call per answer. A raw input
// (no first line) is a 200 body for an operation picked by its length. Then the static parsers on the body.
#include "E164Number.h"
#include "FuzzSupport.h"
#include "HttpClient.h"
#include "VerifyClient.h"

#include <QDateTime>
#include <cstddef>
#include <cstdint>

using namespace latchkey;
using namespace latchkey::fuzz;

namespace {

const QByteArray operations[] = {"service", "start",       "call",   "email",
                                 "check",   "check-by-to", "cancel", "fetch"};

void call(VerifyClient &client, const QByteArray &operation, const E164Number &to)
{
    const QString sid = QStringLiteral("VE0123456789abcdef0123456789abcdef");
    if (operation == "service") {
        client.fetchService();
    } else if (operation == "start") {
        client.startVerification(to, Channel::Sms, QStringLiteral("en"));
    } else if (operation == "call") {
        client.startVerification(to, Channel::Call);
    } else if (operation == "email") {
        client.startEmailVerification(QStringLiteral("someone@example.com"));
    } else if (operation == "check") {
        client.checkCode(to, sid, QStringLiteral("123456"));
    } else if (operation == "check-by-to") {
        client.checkCode(to, QString(), QStringLiteral("123456"));
    } else if (operation == "cancel") {
        client.cancelVerification(sid);
    } else {
        client.fetchVerification(sid);
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
    VerifyAccount account;
    account.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    account.serviceSid = QStringLiteral("VA0123456789abcdef0123456789abcdef");
    account.keySid = QStringLiteral("SK0123456789abcdef0123456789abcdef");
    account.secret = QStringLiteral("fuzz-secret");
    VerifyClient client(&http, account);
    VerifyClient::RetryPolicy policy;
    policy.maxAttempts = 1; // a retry would only wait and serve the same answer again
    client.setRetryPolicy(policy);
    client.setCallFallbackAllowed(true);

    int finished = 0;
    const auto done = [&finished] { ++finished; };
    QObject::connect(&client, &VerifyClient::serviceFetched, done);
    QObject::connect(&client, &VerifyClient::verificationStarted, done);
    QObject::connect(&client, &VerifyClient::codeChecked, done);
    QObject::connect(&client, &VerifyClient::verificationCanceled, done);
    QObject::connect(&client, &VerifyClient::verificationFetched, done);
    QObject::connect(&client, &VerifyClient::failed, done);

    for (const ScriptedAnswer &answer : parseScript(input, 4)) {
        network.setAnswer(answer);
        const QByteArray operation =
            answer.operation.isEmpty() ? operations[static_cast<size_t>(input.size()) % std::size(operations)]
                                       : answer.operation;
        const int before = finished;
        call(client, operation, to);
        runUntil([&] { return finished > before; }, "a Verify call");

        Verification verification;
        VerifyClient::parseVerification(answer.body, &verification);
        VerifyService service;
        VerifyClient::parseService(answer.body, &service);
        HttpResponse response;
        response.status = answer.status;
        response.body = answer.body;
        response.headers = answer.headers;
        VerifyClient::errorFrom(response);
        response.retryAfterSeconds(QDateTime::currentDateTimeUtc());
    }
    return 0;
}
