#include "ExecCommand.h"

#include "Clock.h"
#include "Console.h"
#include "GatedProgram.h"
#include "LaunchSettings.h"
#include "SignInSession.h"
#include "TerminalSignInCommand.h"

#include <QCoreApplication>

namespace latchkey {

namespace {

const QString userVariable = QStringLiteral("LATCHKEY_USER");
const QString modeVariable = QStringLiteral("LATCHKEY_MODE");
const QString channelVariable = QStringLiteral("LATCHKEY_CHANNEL");
const QString signedInAtVariable = QStringLiteral("LATCHKEY_SIGNED_IN_AT");
const QString assertionVariable = QStringLiteral("LATCHKEY_ASSERTION");

} // namespace

ExecCommand::ExecCommand(const LaunchSettings &launch, SecretStore *keychain, Clock *clock, Console *console,
                         QObject *parent)
    : Command(parent)
    , m_launch(launch)
    , m_keychain(keychain)
    , m_clock(clock)
    , m_console(console)
{}

ExecCommand::~ExecCommand()
{
    m_program.reset();
    m_signIn.reset();
}

void ExecCommand::start()
{
    const QString problem = refusal(m_launch.settings());
    if (!problem.isEmpty()) {
        refuse(problem);
        return;
    }
    m_signIn = std::make_unique<TerminalSignInCommand>(m_launch, m_keychain, m_clock, m_console);
    connect(m_signIn.get(), &Command::finished, this, [this](int exitCode) {
        // The terminal's prompts are over: the rest of stdin is the program's.
        m_console->stopReading();
        startAfter(static_cast<ExitCode>(exitCode), m_signIn->session());
    });
    m_signIn->start();
}

void ExecCommand::startAfter(ExitCode exitCode, const SignInSession *session)
{
    const QString program = m_launch.commandLine().execCommand.value(0);
    if (exitCode == ExitCode::FailedOpen) {
        refuse(QCoreApplication::translate(
                   "ExecCommand", "You were let in without a code (fail-open), which does not open a gate: "
                                  "%1 was not started.")
                   .arg(program));
        return;
    }
    if (exitCode != ExitCode::SignedIn || session == nullptr || session->flow() == nullptr) {
        refuse(QCoreApplication::translate("ExecCommand", "Not signed in: %1 was not started.").arg(program));
        return;
    }
    // The window's "Try the sandbox" can change the mode after start(): check what the sign-in used.
    const QString problem = refusal(session->settings());
    if (!problem.isEmpty()) {
        refuse(problem);
        return;
    }
    const GateIdentity identity = identityOf(*session, m_clock->now());
    m_program =
        std::make_unique<GatedProgram>(m_launch.commandLine().execCommand,
                                       environmentFor(QProcessEnvironment::systemEnvironment(), identity));
    connect(m_program.get(), &GatedProgram::finished, this, [this](int exitCode, const QString &problem) {
        if (!problem.isEmpty()) {
            m_console->printError(QStringLiteral("latchkey: ") + problem);
        }
        finish(exitCode);
    });
    m_program->start();
}

QString ExecCommand::refusal(const EffectiveSettings &settings)
{
    if (settings.mode == EffectiveSettings::Mode::Sandbox && !settings.gateAllowsSandbox) {
        return QCoreApplication::translate(
            "ExecCommand", "A sandbox sign-in does not open a gate: its codes are shown, not sent. An "
                           "administrator can allow it for tests with the policy key Gate/AllowSandbox.");
    }
    return QString();
}

GateIdentity ExecCommand::identityOf(const SignInSession &session, const QDateTime &at)
{
    GateIdentity identity;
    const SignInFlow *flow = session.flow();
    identity.user = flow ? flow->username() : QString();
    identity.mode = EffectiveSettings::modeName(session.settings().mode);
    identity.channel =
        !flow || flow->isSignedInByDeviceTrust() ? QStringLiteral("none") : channelWireName(flow->channel());
    identity.signedInAt = at.toUTC();
    identity.assertion = session.assertion();
    return identity;
}

QProcessEnvironment ExecCommand::environmentFor(QProcessEnvironment base, const GateIdentity &identity)
{
    // Nothing inherited under these names may pass for this sign-in's (an assertion from an earlier one).
    for (const QString &name :
         {userVariable, modeVariable, channelVariable, signedInAtVariable, assertionVariable}) {
        base.remove(name);
    }
    base.insert(userVariable, identity.user);
    base.insert(modeVariable, identity.mode);
    base.insert(channelVariable, identity.channel);
    base.insert(signedInAtVariable, identity.signedInAt.toString(Qt::ISODate));
    if (!identity.assertion.isEmpty()) {
        base.insert(assertionVariable, QString::fromLatin1(identity.assertion));
    }
    return base;
}

void ExecCommand::refuse(const QString &problem)
{
    m_console->printError(QStringLiteral("latchkey: ") + problem);
    finish(refused);
}

void ExecCommand::finish(int exitCode)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    emit finished(exitCode);
}

} // namespace latchkey
