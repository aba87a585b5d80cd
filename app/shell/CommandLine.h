#pragma once

#include "ExitCode.h"
#include "SettingsResolver.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace latchkey {

/**
 * Latchkey's command line, parsed without any QCoreApplication so the program can decide whether it needs a
 * window at all. Options that choose settings (--sandbox, --mode, --server, --verify-url, --service-sid)
 * become overrides for the settings resolver, which refuses those that policy locks. The option table lives
 * here and in docs/command-line.md; keep them together.
 */
struct CommandLine
{
    enum class Action {
        SignIn,          // the wizard, or the terminal with --tty
        ShowHelp,        // exit 0; never means "signed in"
        ShowVersion,     // exit 0; never means "signed in"
        CheckConfig,     // report the effective settings and their problems; exit 0 or 3
        Diagnose,        // print a redacted support bundle; exit 0
        SetTwilioSecret, // direct mode: read the key SID and secret from stdin, check, store; exit 0 or 3
        SignOut,         // forget the remembered session; exit 0 (3 without a keychain)
        Reset,           // also forget the local account and the Twilio secret; exit 0 (3 without a keychain)
        Stats,           // sign-in figures for a period (--since, --until, --json, --local); exit 0, 2 or 3
        UsageError,      // exit 3 with errorText
    };

    Action action = Action::SignIn;
    QString errorText;
    bool terminal = false;
    /** Gate use: close right after approval and print the outcome as one JSON line on stdout. */
    bool printResult = false;
    /** Direct mode: sign in as usual, then change the enrolled phone number (--change-number). */
    bool changeNumber = false;
    QString username;
    /** For start-up measurements: exit with 1 once the window's first frame is drawn (nobody signs in). */
    bool exitAfterFirstFrame = false;
    /**
     * --exec -- PROGRAM [ARGS...]: sign in, then run the program as a child and exit with its exit code.
     * Set also on a usage error of such a command line, so that it exits with 125 rather than 3.
     */
    bool exec = false;
    /** The program and its arguments, everything after the first `--`. */
    QStringList execCommand;
    /** --stats: the period [since, until) in UTC (invalid: the default, the last 30 days up to now). */
    QDateTime statsSince;
    QDateTime statsUntil;
    bool statsJson = false;  // --json: one JSON object on stdout
    bool statsLocal = false; // --local: from this computer's audit log
    /** Settings chosen by options, in the order given; applied between policy and the user's settings. */
    QList<SettingOverride> overrides;

    /** True when the action needs no window (and so no display and no QApplication). */
    bool runsWithoutWindow() const { return action != Action::SignIn || terminal; }
    /** The value an option gave a settings key; invalid when no option did. */
    QVariant overrideFor(const QString &key) const;

    static CommandLine parse(const QStringList &arguments);
    /**
     * A --since or --until value: a date ("2026-12-05", the day's start in UTC; for --until, `endOfDay`,
     * the next day's start, so the day counts) or an ISO 8601 time with its zone. Invalid when neither.
     */
    static QDateTime parseStatsDate(const QString &text, bool endOfDay);
    /** main()'s arguments, decoded in the locale's encoding. */
    static CommandLine parse(int argc, char **argv);
    static QString helpText();

private:
    /** Parses Latchkey's own options; `execCommand` is what followed `--`. */
    static CommandLine parseOwn(const QStringList &arguments, const QStringList &execCommand);

public:
    static QString versionText();
};

} // namespace latchkey
