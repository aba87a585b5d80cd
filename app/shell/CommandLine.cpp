#include "CommandLine.h"

#include "SettingsSchema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace latchkey {

namespace {

struct Options
{
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            QCoreApplication::translate("CommandLine", "Show this help and exit (code 0).")};
    QCommandLineOption version{
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("CommandLine", "Show the version and exit (code 0).")};
    QCommandLineOption sandbox{
        QStringLiteral("sandbox"),
        QCoreApplication::translate(
            "CommandLine", "Sign in against the built-in sandbox: a demo account, and codes shown in the "
                           "app and on stderr instead of being sent.")};
    QCommandLineOption mode{
        QStringLiteral("mode"),
        QCoreApplication::translate("CommandLine",
                                    "How to sign in: backend (the organisation's server), twilio (direct "
                                    "Twilio Verify) or sandbox."),
        QCoreApplication::translate("CommandLine", "mode")};
    QCommandLineOption server{
        QStringLiteral("server"),
        QCoreApplication::translate(
            "CommandLine", "The organisation's backend, as an https origin (http only on this computer)."),
        QCoreApplication::translate("CommandLine", "url")};
    QCommandLineOption verifyUrl{
        QStringLiteral("verify-url"),
        QCoreApplication::translate(
            "CommandLine", "Direct mode: the Twilio Verify API's origin (https://verify.twilio.com)."),
        QCoreApplication::translate("CommandLine", "url")};
    QCommandLineOption serviceSid{
        QStringLiteral("service-sid"),
        QCoreApplication::translate("CommandLine",
                                    "Direct mode: the Verify Service SID (VA followed by 32 hex digits)."),
        QCoreApplication::translate("CommandLine", "sid")};
    QCommandLineOption user{QStringLiteral("user"),
                            QCoreApplication::translate("CommandLine", "Fill in this username."),
                            QCoreApplication::translate("CommandLine", "name")};
    QCommandLineOption tty{
        QStringLiteral("tty"),
        QCoreApplication::translate("CommandLine", "Sign in on the terminal instead of in a window.")};
    QCommandLineOption printResult{
        QStringLiteral("print-result"),
        QCoreApplication::translate(
            "CommandLine",
            "For a program that waits on this sign-in: close as soon as it is approved (no last page) and "
            "print one JSON line with the outcome on standard output.")};
    QCommandLineOption checkConfig{
        QStringLiteral("check-config"),
        QCoreApplication::translate(
            "CommandLine",
            "Show every effective setting with its source, check them and the server, and exit "
            "(0 when all is well, 3 on a problem).")};
    QCommandLineOption diagnose{
        QStringLiteral("diagnose"),
        QCoreApplication::translate(
            "CommandLine",
            "Print a support bundle (version, system, settings, proxy, connection, recent log lines) with "
            "secrets and phone numbers removed, and exit (code 0, which never means a sign-in happened).")};

    QCommandLineOption setTwilioSecret{
        QStringLiteral("set-twilio-secret"),
        QCoreApplication::translate(
            "CommandLine",
            "Direct mode: read the Twilio API key SID and its secret from standard input (never from the "
            "command line), check them against the Verify service and keep them in the keychain; exit 0, or "
            "3 with the reason.")};
    QCommandLineOption signOut{
        QStringLiteral("sign-out"),
        QCoreApplication::translate("CommandLine",
                                    "Forget the remembered session and the remembered device on this "
                                    "computer and exit (code 0).")};
    QCommandLineOption changeNumber{
        QStringLiteral("change-number"),
        QCoreApplication::translate(
            "CommandLine",
            "Direct mode: sign in (password and a code to the enrolled number), then verify a new number and "
            "keep it in its place; remembered devices are forgotten. Exit 0 once changed, 1 if cancelled, 3 "
            "in backend mode, where the organisation's backend manages phone numbers.")};
    QCommandLineOption reset{
        QStringLiteral("reset"),
        QCoreApplication::translate(
            "CommandLine",
            "Forget the remembered session, this computer's enrolment (direct mode's local account) and the "
            "Twilio secret, and exit (code 0). The next direct-mode sign-in enrols again.")};

    QCommandLineOption stats{
        QStringLiteral("stats"),
        QCoreApplication::translate(
            "CommandLine",
            "Show sign-in figures for a period (attempts, conversion, channels, countries, price, Fraud "
            "Guard "
            "blocks and rate-limit refusals): from Twilio in direct mode, from the backend after a sign-in "
            "on "
            "the terminal in backend mode, from this computer's audit log with --local. Exit 0, 2 if they "
            "cannot be read, 3 on a configuration or usage error.")};
    QCommandLineOption since{
        QStringLiteral("since"),
        QCoreApplication::translate("CommandLine",
                                    "With --stats: the period's start, a date (2026-11-05) or an ISO "
                                    "8601 time with its zone; default 30 days before --until."),
        QCoreApplication::translate("CommandLine", "date")};
    QCommandLineOption until{
        QStringLiteral("until"),
        QCoreApplication::translate("CommandLine",
                                    "With --stats: the period's end; a date counts in full; default "
                                    "now."),
        QCoreApplication::translate("CommandLine", "date")};
    QCommandLineOption json{
        QStringLiteral("json"),
        QCoreApplication::translate("CommandLine", "With --stats: print the figures as one JSON object.")};
    QCommandLineOption local{
        QStringLiteral("local"),
        QCoreApplication::translate("CommandLine",
                                    "With --stats: summarise this computer's audit log instead.")};

    QCommandLineOption exec{
        QStringLiteral("exec"),
        QCoreApplication::translate(
            "CommandLine",
            "Sign in, then run the program given after -- (latchkey --exec -- PROGRAM [ARGS...]) with the "
            "same input and output, and exit with its exit code. Latchkey's own failures exit 125; a "
            "program that cannot be run, 126; one that is not found, 127.")};
    QCommandLineOption execAudience{
        QStringLiteral("exec-audience"),
        QCoreApplication::translate(
            "CommandLine", "With --exec: the audience the backend's assertion is asked for (Gate/Audience)."),
        QCoreApplication::translate("CommandLine", "name")};

    QCommandLineOption exitAfterFirstFrame{
        QStringLiteral("exit-after-first-frame"),
        QCoreApplication::translate(
            "CommandLine", "For measuring start-up: show the window, exit (code 1) once its first frame is "
                           "drawn, and sign nobody in.")};

    QList<QCommandLineOption> all() const
    {
        return {help,       version,     sandbox,      mode,        server,       verifyUrl,
                serviceSid, user,        tty,          checkConfig, diagnose,     setTwilioSecret,
                signOut,    reset,       stats,        since,       until,        json,
                local,      printResult, changeNumber, exec,        execAudience, exitAfterFirstFrame};
    }
};

QCommandLineParser &configure(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Latchkey signs you in with a password and a one-time code sent to your phone.\n\n"
                       "Exit codes: 0 signed in, 1 cancelled, 2 failed, 3 configuration or usage error.\n"
                       "With --exec: the program's exit code; 125 not signed in or Latchkey's own error, 126 "
                       "program cannot be run, 127 program not found.\n"
                       "--help and --version also exit 0; that never means a sign-in happened."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options.all());
    return parser;
}

/**
 * Qt's own options (QGuiApplication's and QApplication's, e.g. -style fusion, -platform offscreen,
 * --reverse): accepted as every Qt program accepts them and left in argv for Qt, which reads them when the
 * application object is made. Latchkey's parser never sees them.
 */
QStringList withoutQtOptions(const QStringList &arguments)
{
    static const QStringList withValue = {
        QStringLiteral("platform"),      QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"), QStringLiteral("plugin"),
        QStringLiteral("qmljsdebugger"), QStringLiteral("qwindowgeometry"),
        QStringLiteral("qwindowicon"),   QStringLiteral("qwindowtitle"),
        QStringLiteral("session"),       QStringLiteral("display"),
        QStringLiteral("geometry"),      QStringLiteral("style"),
        QStringLiteral("stylesheet")};
    static const QStringList flags = {QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                      QStringLiteral("nograb"), QStringLiteral("dograb")};
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        QString name = argument;
        if (i == 0 || !name.startsWith(QLatin1Char('-'))) {
            kept.append(argument);
            continue;
        }
        name.remove(0, name.startsWith(QLatin1String("--")) ? 2 : 1);
        const QString bare = name.section(QLatin1Char('='), 0, 0);
        if (flags.contains(bare) && !name.contains(QLatin1Char('='))) {
            continue;
        }
        if (withValue.contains(bare)) {
            if (!name.contains(QLatin1Char('=')) && i + 1 < arguments.size()) {
                ++i; // its value
            }
            continue;
        }
        kept.append(argument);
    }
    return kept;
}

CommandLine usageError(const QString &text)
{
    CommandLine result;
    result.action = CommandLine::Action::UsageError;
    result.errorText = text;
    return result;
}

} // namespace

QVariant CommandLine::overrideFor(const QString &key) const
{
    for (const SettingOverride &override : overrides) {
        if (override.key == key) {
            return override.value;
        }
    }
    return QVariant();
}

CommandLine CommandLine::parse(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return parse(arguments);
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    // Everything after the first `--` is --exec's program and its arguments, never Latchkey's options.
    const qsizetype separator = arguments.indexOf(QStringLiteral("--"), 1);
    const QStringList own = separator < 0 ? arguments : arguments.mid(0, separator);
    CommandLine result = parseOwn(own, separator < 0 ? QStringList() : arguments.mid(separator + 1));
    if (result.action == Action::UsageError && own.contains(QStringLiteral("--exec"))) {
        result.exec = true; // the caller runs a program: Latchkey's own failure must not look like its code
    }
    return result;
}

CommandLine CommandLine::parseOwn(const QStringList &arguments, const QStringList &execCommand)
{
    CommandLine result;
    Options options;
    QCommandLineParser parser;
    configure(parser, options);
    if (!parser.parse(withoutQtOptions(arguments))) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(options.help)) {
        result.action = Action::ShowHelp;
        return result;
    }
    if (parser.isSet(options.version)) {
        result.action = Action::ShowVersion;
        return result;
    }
    // An option given twice would silently lose one value; an empty value would mean "not set" by accident.
    for (const QCommandLineOption &option : options.all()) {
        if (option.valueName().isEmpty() || !parser.isSet(option)) {
            continue;
        }
        const QString name = QStringLiteral("--") + option.names().constFirst();
        if (parser.values(option).size() > 1) {
            return usageError(
                QCoreApplication::translate("CommandLine", "%1 is given more than once: give it once.")
                    .arg(name));
        }
        if (parser.value(option).trimmed().isEmpty()) {
            return usageError(
                QCoreApplication::translate("CommandLine", "%1 needs a value, not an empty one.").arg(name));
        }
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                              .arg(parser.positionalArguments().constFirst()));
    }
    if (parser.isSet(options.checkConfig) && parser.isSet(options.diagnose)) {
        return usageError(QCoreApplication::translate(
            "CommandLine", "--check-config and --diagnose are separate reports: use one at a time."));
    }
    // One action at a time: the first of these that is set wins only when it is the only one.
    const std::pair<const QCommandLineOption *, Action> actions[] = {
        {&options.checkConfig, Action::CheckConfig},
        {&options.diagnose, Action::Diagnose},
        {&options.setTwilioSecret, Action::SetTwilioSecret},
        {&options.signOut, Action::SignOut},
        {&options.reset, Action::Reset},
        {&options.stats, Action::Stats},
    };
    QStringList chosen;
    for (const auto &[option, action] : actions) {
        if (parser.isSet(*option)) {
            chosen.append(QStringLiteral("--") + option->names().constFirst());
            result.action = action;
        }
    }
    if (chosen.size() > 1) {
        return usageError(
            QCoreApplication::translate("CommandLine", "%1 cannot be combined: use one at a time.")
                .arg(chosen.join(QStringLiteral(", "))));
    }
    for (const QCommandLineOption *option : {&options.since, &options.until, &options.json, &options.local}) {
        if (parser.isSet(*option) && result.action != Action::Stats) {
            return usageError(QCoreApplication::translate("CommandLine", "%1 only goes with --stats.")
                                  .arg(QStringLiteral("--") + option->names().constFirst()));
        }
    }
    if (result.action == Action::Stats) {
        for (const auto &[option, target] :
             {std::pair{&options.since, &result.statsSince}, std::pair{&options.until, &result.statsUntil}}) {
            if (!parser.isSet(*option)) {
                continue;
            }
            *target = parseStatsDate(parser.value(*option), option == &options.until);
            if (!target->isValid()) {
                return usageError(
                    QCoreApplication::translate(
                        "CommandLine", "--%1 %2 is not a date: give 2026-11-05 or 2026-11-05T08:00:00Z.")
                        .arg(option->names().constFirst(), parser.value(*option)));
            }
        }
        if (result.statsSince.isValid() && result.statsUntil.isValid() &&
            result.statsSince >= result.statsUntil) {
            return usageError(
                QCoreApplication::translate("CommandLine", "--since %1 is not before --until %2.")
                    .arg(parser.value(options.since), parser.value(options.until)));
        }
        result.statsJson = parser.isSet(options.json);
        result.statsLocal = parser.isSet(options.local);
    }
    if (parser.isSet(options.changeNumber)) {
        // A sign-in that goes on into the change: not with another action, nor with a result for a gate.
        if (result.action != Action::SignIn) {
            return usageError(
                QCoreApplication::translate("CommandLine", "%1 cannot be combined: use one at a time.")
                    .arg(chosen.constFirst() + QStringLiteral(", --change-number")));
        }
        if (parser.isSet(options.printResult)) {
            return usageError(QCoreApplication::translate(
                "CommandLine", "--change-number and --print-result cannot be combined: use one at a time."));
        }
        result.changeNumber = true;
    }
    result.terminal = parser.isSet(options.tty);
    result.printResult = parser.isSet(options.printResult);
    if (result.printResult && result.action != Action::SignIn) {
        return usageError(
            QCoreApplication::translate("CommandLine", "--print-result only goes with a sign-in."));
    }
    result.username = parser.value(options.user);
    if (parser.isSet(options.exitAfterFirstFrame)) {
        if (result.action != Action::SignIn || result.terminal || parser.isSet(options.exec)) {
            return usageError(QCoreApplication::translate(
                "CommandLine", "--exit-after-first-frame only goes with a sign-in in the window."));
        }
        result.exitAfterFirstFrame = true;
    }
    if (parser.isSet(options.exec)) {
        if (result.action != Action::SignIn || result.changeNumber) {
            return usageError(
                QCoreApplication::translate("CommandLine", "%1 cannot be combined: use one at a time.")
                    .arg((chosen.isEmpty() ? QStringLiteral("--change-number") : chosen.constFirst()) +
                         QStringLiteral(", --exec")));
        }
        if (result.printResult) {
            return usageError(QCoreApplication::translate(
                "CommandLine", "--exec and --print-result cannot be combined: the program owns standard "
                               "output. Check Latchkey's exit code instead."));
        }
        if (execCommand.isEmpty() || execCommand.constFirst().isEmpty()) {
            return usageError(QCoreApplication::translate(
                "CommandLine", "--exec needs a program after --: latchkey --exec -- PROGRAM [ARGS...]"));
        }
        result.exec = true;
        result.execCommand = execCommand;
    } else if (!execCommand.isEmpty()) {
        return usageError(QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                              .arg(execCommand.constFirst()));
    } else if (parser.isSet(options.execAudience)) {
        return usageError(
            QCoreApplication::translate("CommandLine", "--exec-audience only goes with --exec."));
    }

    // Settings options: checked here with the same rules as stored settings, so a typo fails at once.
    auto add = [&result](const QString &key, const QString &value, const QString &option) {
        QVariant parsed;
        QString problem;
        if (!SettingsSchema::parse(key, value, &parsed, &problem)) {
            result = usageError(QStringLiteral("%1: %2").arg(option, problem));
            return false;
        }
        result.overrides.append({key, value, option});
        return true;
    };
    bool sandbox = parser.isSet(options.sandbox);
    if (parser.isSet(options.mode)) {
        const QString mode = parser.value(options.mode);
        if (sandbox && mode != QLatin1String("sandbox")) {
            return usageError(
                QCoreApplication::translate("CommandLine", "--sandbox and --mode %1 contradict each other.")
                    .arg(mode));
        }
        if (!add(SettingsKey::mode, mode, QStringLiteral("--mode ") + mode)) {
            return result;
        }
        sandbox = mode == QLatin1String("sandbox");
    } else if (sandbox && !add(SettingsKey::mode, QStringLiteral("sandbox"), QStringLiteral("--sandbox"))) {
        return result;
    }
    const std::pair<const QCommandLineOption *, QString> valued[] = {
        {&options.server, SettingsKey::serverUrl},
        {&options.verifyUrl, SettingsKey::verifyBaseUrl},
        {&options.serviceSid, SettingsKey::verifyServiceSid},
    };
    for (const auto &[option, key] : valued) {
        if (!parser.isSet(*option)) {
            continue;
        }
        const QString name = QStringLiteral("--") + option->names().constFirst();
        if (sandbox) {
            return usageError(
                QCoreApplication::translate(
                    "CommandLine", "%1 cannot be combined with the sandbox, which is its own server.")
                    .arg(name));
        }
        if (!add(key, parser.value(*option), name + QLatin1Char(' ') + parser.value(*option))) {
            return result;
        }
    }
    if (parser.isSet(options.execAudience) &&
        !add(SettingsKey::gateAudience, parser.value(options.execAudience),
             QStringLiteral("--exec-audience ") + parser.value(options.execAudience))) {
        return result;
    }
    return result;
}

QDateTime CommandLine::parseStatsDate(const QString &text, bool endOfDay)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression dateTime(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"));
    const QString trimmed = text.trimmed();
    if (dateOnly.match(trimmed).hasMatch()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        return date.isValid() ? QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0), Qt::UTC)
                              : QDateTime();
    }
    if (!dateTime.match(trimmed).hasMatch()) {
        return QDateTime();
    }
    const QDateTime when = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : QDateTime();
}

QString CommandLine::helpText()
{
    Options options;
    QCommandLineParser parser;
    configure(parser, options);
    QString text = parser.helpText();
    // Qt's "Usage:" line names the program as it was started (a path); the name to type is latchkey.
    const QString started = QCoreApplication::arguments().value(0);
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = started.isEmpty() ? -1 : text.indexOf(started);
    if (at >= 0 && at < firstLineEnd) {
        text.replace(at, started.size(), QStringLiteral("latchkey"));
    }
    return text;
}

QString CommandLine::versionText()
{
    return QStringLiteral("Latchkey " LATCHKEY_VERSION);
}

} // namespace latchkey
