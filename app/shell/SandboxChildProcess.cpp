#include "SandboxChildProcess.h"

#include "Logging.h"

#include <QCoreApplication>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace latchkey {

namespace {

constexpr qint64 maxStartLineBytes = 4096; // the base_url line is short; anything longer is not the sandbox

} // namespace

SandboxChildProcess::SandboxChildProcess(QString program, QObject *parent)
    : QObject(parent)
    , m_program(std::move(program))
{
    m_process.setProgram(m_program);
    // Loopback only, any free port; the child ends when its stdin closes, i.e. when Latchkey ends.
    m_process.setArguments({QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                            QStringLiteral("0"), QStringLiteral("--watch-stdin")});
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    const pid_t parentPid = getpid();
    m_process.setChildProcessModifier([parentPid] {
        // A crashed or killed Latchkey takes its sandbox with it; if it died before this line, end now.
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (getppid() != parentPid) {
            _exit(1);
        }
    });
#endif
    m_startTimeout.setSingleShot(true);
    m_startTimeout.setInterval(10000);
    connect(&m_startTimeout, &QTimer::timeout, this,
            [this] { fail(QCoreApplication::translate("main", "The sandbox did not start in time.")); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxChildProcess::onReadyRead);
    // Queued: QProcess may report a program it cannot run from inside start().
    connect(&m_process, &QProcess::errorOccurred, this, &SandboxChildProcess::onErrorOccurred,
            Qt::QueuedConnection);
    connect(&m_process, &QProcess::finished, this, &SandboxChildProcess::onFinished);
}

SandboxChildProcess::~SandboxChildProcess()
{
    disconnect(&m_process, nullptr, this, nullptr);
    if (m_process.state() != QProcess::NotRunning) {
        // Killed and reaped here, at the end of the sign-in: no zombie, no orphan. The wait is for the
        // kernel to report a SIGKILL that cannot be ignored, not for the sandbox to do anything.
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

void SandboxChildProcess::start()
{
    qCDebug(lcSandbox) << "starting" << m_program;
    m_startTimeout.start();
    m_process.start(QIODevice::ReadWrite);
}

void SandboxChildProcess::onReadyRead()
{
    const QByteArray output = m_process.readAllStandardOutput();
    if (m_baseUrl.isValid() || m_failed) {
        return; // the facts and message lines that follow are for scripts; the panel asks over HTTP
    }
    m_pending += output;
    const qsizetype end = m_pending.indexOf('\n');
    if (end < 0) {
        if (m_pending.size() > maxStartLineBytes) {
            fail(QCoreApplication::translate("main", "The sandbox did not say where it listens."));
        }
        return;
    }
    const QByteArray line = m_pending.left(end).trimmed();
    m_pending.clear();
    const QByteArray prefix = "base_url=";
    const QUrl url(QString::fromUtf8(line.mid(prefix.size())), QUrl::StrictMode);
    if (!line.startsWith(prefix) || !url.isValid() || url.scheme() != QLatin1String("http") ||
        url.port() <= 0) {
        fail(QCoreApplication::translate("main", "The sandbox did not say where it listens."));
        return;
    }
    m_startTimeout.stop();
    m_baseUrl = url;
    qCDebug(lcSandbox) << "the sandbox listens at" << url.toString();
    emit started(url);
}

void SandboxChildProcess::onErrorOccurred(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart) {
        fail(QCoreApplication::translate("main", "The sandbox could not be started: %1")
                 .arg(m_process.errorString()));
    }
}

void SandboxChildProcess::onFinished()
{
    if (m_baseUrl.isValid()) {
        qCWarning(lcSandbox) << "the sandbox ended with exit code" << m_process.exitCode();
        emit stopped();
        return;
    }
    fail(QCoreApplication::translate("main", "The sandbox could not listen on this computer."));
}

void SandboxChildProcess::fail(const QString &problem)
{
    if (m_failed || m_baseUrl.isValid()) {
        return;
    }
    m_failed = true;
    m_startTimeout.stop();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
    }
    qCWarning(lcSandbox) << "the sandbox did not start:" << problem;
    emit failed(problem);
}

} // namespace latchkey
