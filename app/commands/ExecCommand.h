#pragma once

#include "Command.h"
#include "ExitCode.h"

#include <QByteArray>
#include <QDateTime>
#include <QProcessEnvironment>
#include <QString>
#include <memory>

namespace latchkey {

class Clock;
class Console;
struct EffectiveSettings;
class GatedProgram;
class LaunchSettings;
class SecretStore;
class SignInSession;
class TerminalSignInCommand;

/** What the gated program is told about the sign-in: never a session token, a password or a code. */
struct GateIdentity
{
    QString user;
    QString mode;    // backend, twilio or sandbox
    QString channel; // sms, call, whatsapp, email; "none" when a remembered device needed no code
    QDateTime signedInAt;
    QByteArray assertion; // the backend-signed assertion (compact JWS); empty when none was issued
};

/**
 * --exec -- PROGRAM [ARGS...]: a sign-in (on the terminal with --tty; after the window otherwise), then the
 * program as a child (GatedProgram) with LATCHKEY_USER, LATCHKEY_MODE, LATCHKEY_CHANNEL,
 * LATCHKEY_SIGNED_IN_AT and LATCHKEY_ASSERTION in its environment; Latchkey exits with the child's exit
 * code. A sign-in that does not let the user in with a code, and every refusal of Latchkey's own, exit 125
 * and never start the program. A sandbox sign-in opens the gate only where Gate/AllowSandbox allows it.
 */
class ExecCommand final : public Command
{
    Q_OBJECT
public:
    static constexpr int refused = 125;

    /** Everything handed in must outlive the command. */
    ExecCommand(const LaunchSettings &launch, SecretStore *keychain, Clock *clock, Console *console,
                QObject *parent = nullptr);
    ~ExecCommand() override;

    /** --tty: the terminal sign-in, then the program. */
    void start() override;
    /**
     * After a sign-in in the window that ended with `exitCode`: the program when it let the user in, else
     * 125. finished() follows, possibly from inside.
     */
    void startAfter(ExitCode exitCode, const SignInSession *session);

    /** Empty when these settings may open a gate; else the sentence that says why not (exit code 125). */
    static QString refusal(const EffectiveSettings &settings);
    /** Who signed in through `session`, at `at`. */
    static GateIdentity identityOf(const SignInSession &session, const QDateTime &at);
    /** `base` with the LATCHKEY_* variables of `identity` (and none left over from `base`). */
    static QProcessEnvironment environmentFor(QProcessEnvironment base, const GateIdentity &identity);

private:
    void refuse(const QString &problem);
    void finish(int exitCode);

    const LaunchSettings &m_launch;
    SecretStore *m_keychain;
    Clock *m_clock;
    Console *m_console;
    bool m_finished = false;
    std::unique_ptr<TerminalSignInCommand> m_signIn;
    std::unique_ptr<GatedProgram> m_program;
};

} // namespace latchkey
