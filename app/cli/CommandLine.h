#pragma once

#include "core/ExitCode.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace latchkey {

/**
 * Latchkey's command line, parsed without any QCoreApplication so the program can decide whether it needs a
 * window at all. The option table lives here and in docs/command-line.md; keep them together.
 */
struct CommandLine
{
    enum class Action {
        SignIn,      // the wizard, or the terminal with --tty
        ShowHelp,    // exit 0; never means "signed in"
        ShowVersion, // exit 0; never means "signed in"
        UsageError,  // exit 3 with errorText
    };

    Action action = Action::SignIn;
    QString errorText;
    bool sandbox = false;
    bool terminal = false;
    QUrl server;
    QString username;

    /** True when the action needs no window (and so no display and no QApplication). */
    bool runsWithoutWindow() const { return action != Action::SignIn || terminal; }

    static CommandLine parse(const QStringList &arguments);
    static QString helpText();
    static QString versionText();
};

} // namespace latchkey
