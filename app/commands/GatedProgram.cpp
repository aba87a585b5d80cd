#include "GatedProgram.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcGate, "latchkey.cli.gate", QtWarningMsg)

namespace latchkey {

namespace {

#if defined(Q_OS_UNIX)
constexpr int forwardedSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
volatile sig_atomic_t childPid = 0;
struct sigaction previousActions[4];

/**
 * Passes a signal sent to Latchkey on to the child. Signals the terminal sends (Ctrl+C, Ctrl+\, a hang-up)
 * go to the whole foreground process group, the child included, so on Linux those (si_code SI_KERNEL) are
 * not sent a second time. Only async-signal-safe calls here.
 */
void forwardSignal(int signalNumber, siginfo_t *info, void *)
{
#if defined(SI_KERNEL)
    if (info != nullptr && info->si_code == SI_KERNEL) {
        return;
    }
#else
    Q_UNUSED(info)
#endif
    const pid_t pid = static_cast<pid_t>(childPid);
    if (pid > 0) {
        ::kill(pid, signalNumber);
    }
}

void installForwarding()
{
    for (size_t i = 0; i < std::size(forwardedSignals); ++i) {
        struct sigaction action = {};
        action.sa_sigaction = forwardSignal;
        action.sa_flags = SA_SIGINFO | SA_RESTART;
        sigemptyset(&action.sa_mask);
        sigaction(forwardedSignals[i], &action, &previousActions[i]);
    }
}

void removeForwarding()
{
    childPid = 0;
    for (size_t i = 0; i < std::size(forwardedSignals); ++i) {
        sigaction(forwardedSignals[i], &previousActions[i], nullptr);
    }
}
#endif

} // namespace

GatedProgram::GatedProgram(QStringList command, QProcessEnvironment environment, QObject *parent)
    : QObject(parent)
    , m_command(std::move(command))
{
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::ForwardedChannels);
    m_process.setInputChannelMode(QProcess::ForwardedInputChannel);
    connect(&m_process, &QProcess::finished, this, &GatedProgram::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            finish(cannotRun, QCoreApplication::translate("GatedProgram", "%1 cannot be run: %2")
                                  .arg(m_command.constFirst(), m_process.errorString()));
        }
    });
}

GatedProgram::~GatedProgram()
{
#if defined(Q_OS_UNIX)
    if (m_forwarding) {
        removeForwarding();
    }
#endif
}

void GatedProgram::start()
{
    QString file;
    QString problem;
    const int unusable =
        locate(m_command.constFirst(), m_process.processEnvironment().value(QStringLiteral("PATH")), &file,
               &problem);
    if (unusable != 0) {
        finish(unusable, problem);
        return;
    }
#if defined(Q_OS_UNIX)
    // Before the child exists, so a signal in between cannot end Latchkey and leave the child behind.
    installForwarding();
    m_forwarding = true;
#endif
    connect(&m_process, &QProcess::started, this, [this] {
#if defined(Q_OS_UNIX)
        childPid = static_cast<sig_atomic_t>(m_process.processId());
#endif
        qCInfo(lcGate) << "started" << m_command.constFirst();
    });
    m_process.start(file, m_command.mid(1));
}

int GatedProgram::locate(const QString &program, const QString &path, QString *file, QString *problem)
{
    QStringList candidates;
    if (program.contains(QLatin1Char('/'))) {
        candidates.append(program);
    } else {
        for (const QString &directory : path.split(QDir::listSeparator(), Qt::SkipEmptyParts)) {
            candidates.append(QDir(directory).filePath(program));
        }
    }
    QString firstUnusable;
    for (const QString &candidate : std::as_const(candidates)) {
        const QFileInfo info(candidate);
        if (!info.exists()) {
            continue;
        }
        if (info.isFile() && info.isExecutable()) {
            *file = candidate;
            return 0;
        }
        if (firstUnusable.isEmpty()) {
            firstUnusable = candidate;
        }
    }
    if (!firstUnusable.isEmpty()) {
        *problem =
            QCoreApplication::translate("GatedProgram", "%1 cannot be run: it is not an executable file.")
                .arg(firstUnusable);
        return cannotRun;
    }
    *problem = program.contains(QLatin1Char('/'))
                   ? QCoreApplication::translate("GatedProgram", "%1: no such file.").arg(program)
                   : QCoreApplication::translate("GatedProgram", "%1: not found on PATH.").arg(program);
    return notFound;
}

int GatedProgram::exitCodeFor(QProcess::ExitStatus status, int exitCode)
{
    // On Unix QProcess reports a child that a signal ended as a CrashExit whose exitCode() is the signal's
    // number (waitid()'s si_status for CLD_KILLED and CLD_DUMPED; tests/process/TestExecProcess checks it).
    return status == QProcess::NormalExit ? exitCode : 128 + exitCode;
}

void GatedProgram::onFinished(int exitCode, QProcess::ExitStatus status)
{
    finish(exitCodeFor(status, exitCode), QString());
}

void GatedProgram::finish(int exitCode, const QString &problem)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
#if defined(Q_OS_UNIX)
    if (m_forwarding) {
        removeForwarding();
        m_forwarding = false;
    }
#endif
    emit finished(exitCode, problem);
}

} // namespace latchkey
