#pragma once

#include "ExitCode.h"
#include "SignInFlow.h"

namespace latchkey {

class Console;
class LaunchSettings;

/** How a sign-in run ends: the exit code for the flow's outcome, and with --print-result the JSON line. */
class SignInExit
{
public:
    static ExitCode exitCodeFor(SignInFlow::Outcome outcome);
    /**
     * Ends a sign-in run: with --print-result, the outcome as one JSON line on the console's stdout for the
     * waiting program (who signed in from `flow`, when there is one). Returns the exit code.
     */
    static int finish(Console *console, const LaunchSettings &launch, ExitCode exitCode,
                      const SignInFlow *flow);
};

} // namespace latchkey
