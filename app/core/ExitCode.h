#pragma once

namespace latchkey {

/**
 * Process exit codes, documented in docs/command-line.md. Only SignedIn after a sign-in means "signed in";
 * --help and --version also exit 0 and never mean that.
 */
enum class ExitCode : int {
    SignedIn = 0,
    Cancelled = 1,
    Failed = 2,
    ConfigurationError = 3,
    // Let in without a code: the code service was unreachable and policy sets Auth/FailMode=open. Not
    // SignedIn, so a script that checks for 0 does not take it for a full sign-in.
    FailedOpen = 4,
};

constexpr int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace latchkey
