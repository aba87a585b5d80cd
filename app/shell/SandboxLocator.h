#pragma once

#include <QString>

namespace latchkey {

/**
 * Finds the standalone latchkey-sandbox that `latchkey --sandbox` runs as its child: beside the latchkey
 * executable first (an installed package, a build directory), then on PATH. Production machines may carry
 * no sandbox at all: it is a package of its own, so a missing one is a configuration error, not a crash.
 */
class SandboxLocator
{
public:
    /** "latchkey-sandbox", with ".exe" on Windows. */
    static QString programName();
    /** The executable beside `directory`, else the one on PATH; empty when there is none. */
    static QString find(const QString &directory);
    /** What a missing sandbox is called, for the terminal, the window and the exit code 3. */
    static QString notInstalledMessage();
};

} // namespace latchkey
