// latchkey-sandbox: the Verify and backend emulators on loopback, for trying the app or a client by hand.

#include "BackendEmulator.h"
#include "Logging.h"
#include "Outbox.h"
#include "SandboxServer.h"
#include "VerifyEmulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>
#include <cmath>
#include <cstdio>
#include <optional>
#include <thread>

namespace {

/** One line on stderr naming the problem; the sandbox's usage errors exit with 2. */
int usageError(const QString &message)
{
    QTextStream(stderr) << "latchkey-sandbox: " << message << '\n';
    return 2;
}

std::optional<qint64> wholeNumber(const QString &text, qint64 low, qint64 high)
{
    bool isNumber = false;
    const qint64 value = text.toLongLong(&isNumber);
    return isNumber && value >= low && value <= high ? std::optional<qint64>(value) : std::nullopt;
}

/** Seconds, fractions allowed (tests use short timeouts), more than 0 and at most a day. */
std::optional<std::chrono::milliseconds> duration(const QString &text)
{
    bool isNumber = false;
    const double seconds = text.toDouble(&isNumber);
    if (!isNumber || !std::isfinite(seconds) || seconds <= 0 || seconds > 86400) {
        return std::nullopt;
    }
    return std::chrono::milliseconds(qMax<qint64>(1, std::llround(seconds * 1000)));
}

QString secondsText(std::chrono::milliseconds duration)
{
    return QString::number(double(duration.count()) / 1000);
}

/**
 * Quits once stdin reaches its end: the parent that holds its write end (latchkey --sandbox) is gone, however
 * it ended. A thread of its own, since a blocking read is the one portable way to see that end.
 */
void quitWhenStdinCloses(QCoreApplication *app)
{
    std::thread([app] {
        char buffer[256];
        while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
        }
        QMetaObject::invokeMethod(
            app, [] { QCoreApplication::quit(); }, Qt::QueuedConnection);
    }).detach();
}

} // namespace

int main(int argc, char *argv[])
{
    latchkey::installMessageHandler(); // outbox lines go to stderr as "[sandbox] ..."
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("latchkey-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LATCHKEY_VERSION));

    // The credentials below are throwaway sandbox values, which is why they may be given as flags.
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Local Twilio Verify v2 and backend sandbox for Latchkey. Every message it would have sent is "
        "printed as one message={...} line on stdout and as a [sandbox] line on stderr, unless --quiet."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (default 0: any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption hostOption(
        QStringLiteral("host"),
        QStringLiteral("Address to listen on (default 127.0.0.1). Plain HTTP: keep it on loopback."),
        QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption accountSidOption(QStringLiteral("account-sid"),
                                              QStringLiteral("The Account SID to accept (AC + 32 hex)."),
                                              QStringLiteral("AC..."));
    const QCommandLineOption authTokenOption(QStringLiteral("auth-token"),
                                             QStringLiteral("The Auth Token to accept with it."),
                                             QStringLiteral("TOKEN"));
    const QCommandLineOption serviceSidOption(QStringLiteral("service-sid"),
                                              QStringLiteral("The Verify Service SID (VA + 32 hex)."),
                                              QStringLiteral("VA..."));
    const QCommandLineOption codeLengthOption(QStringLiteral("code-length"),
                                              QStringLiteral("Digits per code, 4 to 10 (default 6)."),
                                              QStringLiteral("N"));
    // Limits on each client (docs/sandbox.md, "Limits"); the defaults are SandboxLimits'.
    const latchkey::SandboxLimits defaults;
    const QCommandLineOption maxConnectionsOption(
        QStringLiteral("max-connections"),
        QStringLiteral("Open connections at once (default %1); one more closes the longest-idle one or is "
                       "refused with 503.")
            .arg(defaults.maxConnections),
        QStringLiteral("N"));
    const QCommandLineOption maxBodyOption(
        QStringLiteral("max-body-bytes"),
        QStringLiteral("Largest request body (default %1); a larger one is refused with 413.")
            .arg(defaults.maxBodyBytes),
        QStringLiteral("BYTES"));
    const QCommandLineOption maxHeaderOption(
        QStringLiteral("max-header-bytes"),
        QStringLiteral("Largest request line and headers (default %1); larger is refused with 431.")
            .arg(defaults.maxHeaderBytes),
        QStringLiteral("BYTES"));
    const QCommandLineOption idleTimeoutOption(
        QStringLiteral("idle-timeout"),
        QStringLiteral("Close a connection that sends nothing for this long (default %1).")
            .arg(secondsText(defaults.idleTimeout)),
        QStringLiteral("SECONDS"));
    const QCommandLineOption headerTimeoutOption(
        QStringLiteral("header-timeout"),
        QStringLiteral("Time a request's head may take to arrive, or 408 (default %1).")
            .arg(secondsText(defaults.headerTimeout)),
        QStringLiteral("SECONDS"));
    const QCommandLineOption bodyTimeoutOption(
        QStringLiteral("body-timeout"),
        QStringLiteral("Time a request's body may take to arrive after its head, or 408 (default %1).")
            .arg(secondsText(defaults.bodyTimeout)),
        QStringLiteral("SECONDS"));
    const QCommandLineOption watchStdinOption(
        QStringLiteral("watch-stdin"),
        QStringLiteral("Exit when standard input closes (how Latchkey runs its sandbox)."));
    const QCommandLineOption quietOption(
        QStringLiteral("quiet"),
        QStringLiteral(
            "Print no line per message (for load tests); GET /sandbox/messages still lists them."));
    parser.addOptions({portOption, hostOption, accountSidOption, authTokenOption, serviceSidOption,
                       codeLengthOption, maxConnectionsOption, maxBodyOption, maxHeaderOption,
                       idleTimeoutOption, headerTimeoutOption, bodyTimeoutOption, watchStdinOption,
                       quietOption});
    parser.process(app);

    latchkey::SandboxLimits limits;
    if (parser.isSet(maxConnectionsOption)) {
        const std::optional<qint64> value = wholeNumber(parser.value(maxConnectionsOption), 1, 100000);
        if (!value) {
            return usageError(QStringLiteral("--max-connections wants a number from 1 to 100000"));
        }
        limits.maxConnections = int(*value);
    }
    if (parser.isSet(maxBodyOption)) {
        const std::optional<qint64> value = wholeNumber(parser.value(maxBodyOption), 0, qint64(1) << 30);
        if (!value) {
            return usageError(QStringLiteral("--max-body-bytes wants a number from 0 to 1073741824"));
        }
        limits.maxBodyBytes = *value;
    }
    if (parser.isSet(maxHeaderOption)) {
        const std::optional<qint64> value = wholeNumber(parser.value(maxHeaderOption), 256, 1024 * 1024);
        if (!value) {
            return usageError(QStringLiteral("--max-header-bytes wants a number from 256 to 1048576"));
        }
        limits.maxHeaderBytes = *value;
    }
    const std::pair<const QCommandLineOption *, std::chrono::milliseconds *> timeouts[] = {
        {&idleTimeoutOption, &limits.idleTimeout},
        {&headerTimeoutOption, &limits.headerTimeout},
        {&bodyTimeoutOption, &limits.bodyTimeout},
    };
    for (const auto &[option, target] : timeouts) {
        if (parser.isSet(*option)) {
            const std::optional<std::chrono::milliseconds> value = duration(parser.value(*option));
            if (!value) {
                return usageError(QStringLiteral("--%1 wants seconds, more than 0 and at most 86400")
                                      .arg(option->names().constFirst()));
            }
            *target = *value;
        }
    }

    bool portIsNumber = false;
    const uint port = parser.value(portOption).toUInt(&portIsNumber);
    if (!portIsNumber || port > 65535) {
        return usageError(QStringLiteral("--port wants a number from 0 to 65535"));
    }
    const QHostAddress host(parser.value(hostOption));
    if (host.isNull()) {
        return usageError(QStringLiteral("--host wants an IP address, such as 127.0.0.1"));
    }

    latchkey::SandboxServer server;
    server.setLimits(limits);
    if (parser.isSet(accountSidOption) != parser.isSet(authTokenOption)) {
        return usageError(QStringLiteral("--account-sid and --auth-token go together"));
    }
    if (parser.isSet(accountSidOption) &&
        !server.setAccount(parser.value(accountSidOption), parser.value(authTokenOption))) {
        return usageError(
            QStringLiteral("--account-sid wants AC and 32 hexadecimal digits, --auth-token a value"));
    }
    if (parser.isSet(serviceSidOption) && !server.setServiceSid(parser.value(serviceSidOption))) {
        return usageError(QStringLiteral("--service-sid wants VA and 32 hexadecimal digits"));
    }
    if (parser.isSet(codeLengthOption)) {
        bool isNumber = false;
        const int length = parser.value(codeLengthOption).toInt(&isNumber);
        if (!isNumber || !server.verify()->setCodeLength(length)) {
            return usageError(QStringLiteral("--code-length wants a number from 4 to 10"));
        }
    }
    if (!host.isLoopback()) {
        qCWarning(lcSandbox) << "listening beyond loopback: Latchkey only talks plain HTTP to loopback";
    }
    if (!server.listen(host, static_cast<quint16>(port))) {
        return 1;
    }

    // Machine-readable facts on stdout (read by scripts and tests: keep the names); the outbox follows.
    const latchkey::DemoAccount demo = latchkey::BackendEmulator::demoAccount();
    const latchkey::VerifyEmulator *verify = server.verify();
    QTextStream out(stdout);
    out << "base_url=" << server.baseUrl().toString() << '\n'
        << "demo_username=" << demo.username << '\n'
        << "demo_password=" << demo.password << '\n'
        << "demo_phone=" << demo.phone << '\n'
        << "verify_service_sid=" << verify->serviceSid() << '\n'
        << "verify_api_key_sid=" << latchkey::SandboxServer::apiKeySid() << '\n'
        << "verify_api_key_secret=" << latchkey::SandboxServer::apiKeySecret() << '\n'
        << "verify_account_sid=" << verify->accountSid() << '\n'
        << "verify_code_length=" << verify->codeLength() << '\n';
    out.flush();

    if (parser.isSet(watchStdinOption)) {
        quitWhenStdinCloses(&app);
    }
    if (parser.isSet(quietOption)) {
        // Neither the stderr line nor the stdout line: formatting and writing them would cost more than
        // answering the request. The outbox still keeps each message.
        QLoggingCategory::setFilterRules(QStringLiteral("latchkey.sandbox.outbox.info=false"));
        return app.exec();
    }
    QObject::connect(
        server.outbox(), &latchkey::Outbox::delivered, &app, [&out](const latchkey::OutboxMessage &message) {
            out << "message=" << QJsonDocument(message.toJson()).toJson(QJsonDocument::Compact) << '\n';
            out.flush();
        });

    return app.exec();
}
