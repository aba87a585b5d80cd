#include "cli/CommandLine.h"

#include "net/HttpClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace latchkey {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

struct Options
{
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            tr("Show this help and exit (code 0).")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               tr("Show the version and exit (code 0).")};
    QCommandLineOption sandbox{
        QStringLiteral("sandbox"),
        tr("Sign in against the built-in sandbox: a demo account, and codes shown in the "
           "app and on stderr instead of being sent.")};
    QCommandLineOption mode{QStringLiteral("mode"),
                            tr("How to sign in: backend (the organisation's server) or "
                               "sandbox."),
                            tr("mode")};
    QCommandLineOption server{
        QStringLiteral("server"),
        tr("The organisation's backend, as an https origin (http only on this computer)."), tr("url")};
    QCommandLineOption user{QStringLiteral("user"), tr("Fill in this username."), tr("name")};
    QCommandLineOption tty{QStringLiteral("tty"), tr("Sign in on the terminal instead of in a window.")};

    QList<QCommandLineOption> all() const { return {help, version, sandbox, mode, server, user, tty}; }
};

QCommandLineParser &configure(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        tr("Latchkey signs you in with a password and a one-time code sent to your phone.\n\n"
           "Exit codes: 0 signed in, 1 cancelled, 2 failed, 3 configuration or usage error.\n"
           "--help and --version also exit 0; that never means a sign-in happened."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options.all());
    return parser;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    Options options;
    QCommandLineParser parser;
    configure(parser, options);
    if (!parser.parse(arguments)) {
        result.action = Action::UsageError;
        result.errorText = parser.errorText();
        return result;
    }
    if (parser.isSet(options.help)) {
        result.action = Action::ShowHelp;
        return result;
    }
    if (parser.isSet(options.version)) {
        result.action = Action::ShowVersion;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = Action::UsageError;
        result.errorText = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return result;
    }
    result.terminal = parser.isSet(options.tty);
    result.username = parser.value(options.user);
    result.sandbox = parser.isSet(options.sandbox);
    if (parser.isSet(options.mode)) {
        const QString mode = parser.value(options.mode);
        if (mode == QLatin1String("sandbox")) {
            result.sandbox = true;
        } else if (mode != QLatin1String("backend")) {
            result.action = Action::UsageError;
            result.errorText = tr("Unknown mode \"%1\": use backend or sandbox.").arg(mode);
            return result;
        } else if (result.sandbox) {
            result.action = Action::UsageError;
            result.errorText = tr("--sandbox and --mode backend contradict each other.");
            return result;
        }
    }
    if (parser.isSet(options.server)) {
        if (result.sandbox) {
            result.action = Action::UsageError;
            result.errorText = tr("--server cannot be combined with the sandbox, which is its own server.");
            return result;
        }
        result.server = QUrl(parser.value(options.server), QUrl::StrictMode);
        const AuthError problem = HttpClient::checkUrlAllowed(result.server);
        if (problem.isError()) {
            result.action = Action::UsageError;
            result.errorText = tr("--server %1: %2").arg(parser.value(options.server), problem.userMessage());
            return result;
        }
    }
    if (!result.sandbox && result.server.isEmpty()) {
        result.action = Action::UsageError;
        result.errorText = tr("No server is configured. Use --server URL for your organisation's backend, or "
                              "--sandbox to try Latchkey. See docs/command-line.md.");
    }
    return result;
}

QString CommandLine::helpText()
{
    Options options;
    QCommandLineParser parser;
    configure(parser, options);
    return parser.helpText();
}

QString CommandLine::versionText()
{
    return QStringLiteral("Latchkey " LATCHKEY_VERSION);
}

} // namespace latchkey
