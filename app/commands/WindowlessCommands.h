#pragma once

#include "Command.h"

#include <memory>

namespace latchkey {

class Clock;
class Console;
class LaunchSettings;
class SecretStore;

/** Which Command runs a windowless command line: the one place that maps an action to its class. */
class WindowlessCommands
{
public:
    /** The command for this launch, whose command line runsWithoutWindow() and whose checks passed. */
    static std::unique_ptr<Command> create(const LaunchSettings &launch, SecretStore *keychain, Clock *clock,
                                           Console *console);
};

} // namespace latchkey
