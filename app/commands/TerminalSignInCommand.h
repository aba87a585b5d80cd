#pragma once

#include "Command.h"
#include "ExitCode.h"

#include <memory>

namespace latchkey {

class Clock;
class Console;
class LaunchSettings;
class NumberChangeFollowOn;
class SecretStore;
class SignInSession;
class TerminalFrontEnd;

/**
 * --tty: a sign-in on the terminal (prompts on stderr, answers from stdin), with --change-number going on
 * into the number change, and --print-result's line on stdout at the end. Exit code 3 at once when no
 * sign-in can start (no server, no Verify service, no Twilio secret, a sandbox that cannot listen).
 */
class TerminalSignInCommand final : public Command
{
    Q_OBJECT
public:
    /** Everything handed in must outlive the command. */
    TerminalSignInCommand(const LaunchSettings &launch, SecretStore *keychain, Clock *clock, Console *console,
                          QObject *parent = nullptr);
    ~TerminalSignInCommand() override;

    void start() override;
    /** The sign-in's parts once start() has built them (the tests read the sandbox's outbox there). */
    SignInSession *session() const { return m_session.get(); }

private:
    void onSessionReady();
    void finish(ExitCode exitCode);

    const LaunchSettings &m_launch;
    SecretStore *m_keychain;
    Clock *m_clock;
    Console *m_console;
    bool m_finished = false;
    std::unique_ptr<SignInSession> m_session;
    // Destroyed before the session whose flow it renders.
    std::unique_ptr<TerminalFrontEnd> m_terminal;
};

} // namespace latchkey
