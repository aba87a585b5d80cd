#include "WindowlessCommands.h"

#include "CommandLine.h"
#include "ExecCommand.h"
#include "LaunchSettings.h"
#include "ReportCommand.h"
#include "SetTwilioSecretCommand.h"
#include "SignOutCommand.h"
#include "StatsCommand.h"
#include "TerminalSignInCommand.h"

namespace latchkey {

std::unique_ptr<Command> WindowlessCommands::create(const LaunchSettings &launch, SecretStore *keychain,
                                                    Clock *clock, Console *console)
{
    switch (launch.commandLine().action) {
    case CommandLine::Action::CheckConfig:
        return std::make_unique<ReportCommand>(ReportCommand::Kind::CheckConfig, launch, console);
    case CommandLine::Action::Diagnose:
        return std::make_unique<ReportCommand>(ReportCommand::Kind::Diagnose, launch, console, keychain);
    case CommandLine::Action::SetTwilioSecret:
        return std::make_unique<SetTwilioSecretCommand>(launch.settings(), keychain, console);
    case CommandLine::Action::SignOut:
        return std::make_unique<SignOutCommand>(SignOutCommand::Scope::SignOut, keychain, console);
    case CommandLine::Action::Reset:
        return std::make_unique<SignOutCommand>(SignOutCommand::Scope::Reset, keychain, console);
    case CommandLine::Action::Stats:
        return std::make_unique<StatsCommand>(launch, keychain, clock, console);
    default: // --tty
        if (launch.commandLine().exec) {
            return std::make_unique<ExecCommand>(launch, keychain, clock, console);
        }
        return std::make_unique<TerminalSignInCommand>(launch, keychain, clock, console);
    }
}

} // namespace latchkey
