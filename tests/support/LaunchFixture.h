#pragma once

// One launch of latchkey as the in-process tests see it: settings files for the policy, user and admin
// layers (never /etc/latchkey or the user's own), the command line, and a console in memory. Header-only.

#include "CommandLine.h"
#include "LaunchSettings.h"
#include "MemoryConsole.h"
#include "SettingsFiles.h"

namespace latchkey::testing {

struct LaunchFixture
{
    /** `arguments` without the program's name; a null layer has no file at all. */
    explicit LaunchFixture(QStringList arguments, const QByteArray &policy = {}, const QByteArray &user = {},
                           const QByteArray &admin = {})
        : resolver(files.resolver(policy, user, admin))
        , launch(CommandLine::parse(QStringList{QStringLiteral("latchkey")} + arguments), resolver.get())
        , resolved(launch.resolve(&console))
    {}

    /** The path of a layer's file: "policy.conf", "user.conf" or "admin.conf". */
    QString path(const QString &name) const { return files.path(name); }

    SettingsFiles files;
    std::unique_ptr<SettingsResolver> resolver;
    MemoryConsole console;
    LaunchSettings launch;
    bool resolved; // false: refused, with the reason on console.err()
};

} // namespace latchkey::testing
