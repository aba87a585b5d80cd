#include "TerminalSignInCommand.h"

#include "Console.h"
#include "LaunchSettings.h"
#include "NumberChangeFollowOn.h"
#include "SignInExit.h"
#include "SignInSession.h"
#include "TerminalFrontEnd.h"

#include <QCoreApplication>

namespace latchkey {

TerminalSignInCommand::TerminalSignInCommand(const LaunchSettings &launch, SecretStore *keychain,
                                             Clock *clock, Console *console, QObject *parent)
    : Command(parent)
    , m_launch(launch)
    , m_keychain(keychain)
    , m_clock(clock)
    , m_console(console)
{}

TerminalSignInCommand::~TerminalSignInCommand()
{
    m_terminal.reset();
}

void TerminalSignInCommand::start()
{
    const QString startProblem = m_launch.startProblem();
    if (!startProblem.isEmpty()) {
        m_console->printError(QStringLiteral("latchkey: ") + startProblem);
        finish(ExitCode::ConfigurationError);
        return;
    }
    m_session = std::make_unique<SignInSession>(m_launch.settings(), SignInSession::FrontEnd::Terminal,
                                                m_keychain, m_clock);
    m_session->setPrefilledUsername(m_launch.commandLine().username);
    if (m_launch.commandLine().exec) {
        m_session->setAssertionAudience(m_launch.settings().gateAudience);
    }
    QString problem;
    if (!m_session->build(&problem)) {
        m_console->printError(QStringLiteral("latchkey: ") + problem);
        finish(ExitCode::ConfigurationError);
        return;
    }
    connect(m_session.get(), &SignInSession::failed, this, [this](const QString &problem) {
        m_console->printError(QStringLiteral("latchkey: ") + problem);
        finish(ExitCode::ConfigurationError);
    });
    connect(m_session.get(), &SignInSession::ready, this, &TerminalSignInCommand::onSessionReady);
    m_session->start();
}

void TerminalSignInCommand::onSessionReady()
{
    SignInFlow *flow = m_session->flow();
    m_terminal = std::make_unique<TerminalFrontEnd>(flow, m_console);
    QStringList hint{m_session->hint()};
    if (!m_launch.settings().helpDeskText.isEmpty()) {
        hint << QCoreApplication::translate("main", "Help: %1").arg(m_launch.settings().helpDeskText);
    }
    hint.removeAll(QString());
    m_terminal->setHint(hint.join(QLatin1Char('\n')));
    if (m_launch.commandLine().changeNumber) {
        auto *followOn =
            new NumberChangeFollowOn(flow, m_session->secrets(), NumberChangeFollowOn::End::WithTheRun);
        connect(followOn, &NumberChangeFollowOn::finished, this,
                [this](int exitCode, const QString &problem) {
                    if (!problem.isEmpty()) {
                        m_console->printError(problem);
                    }
                    finish(static_cast<ExitCode>(exitCode));
                });
    } else {
        connect(flow, &SignInFlow::finished, this,
                [this](SignInFlow::Outcome outcome) { finish(SignInExit::exitCodeFor(outcome)); });
    }
    m_terminal->start();
}

void TerminalSignInCommand::finish(ExitCode exitCode)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_console->setEcho(true);
    const SignInFlow *flow = m_session ? m_session->flow() : nullptr;
    emit finished(SignInExit::finish(m_console, m_launch, exitCode, flow));
}

} // namespace latchkey
