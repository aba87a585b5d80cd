#pragma once

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace latchkey {

/**
 * latchkey-sandbox as a child of this process, for `latchkey --sandbox`: started on a free loopback port,
 * asynchronously, and read back from the `base_url=` line it prints first. It never outlives Latchkey: it
 * is stopped when this object goes, on Linux it gets SIGTERM when its parent dies (PR_SET_PDEATHSIG), and
 * everywhere it exits when its stdin closes (`--watch-stdin`), which happens however Latchkey ends. Its
 * stderr (warnings and the `[sandbox]` outbox lines) is Latchkey's stderr.
 */
class SandboxChildProcess : public QObject
{
    Q_OBJECT
public:
    explicit SandboxChildProcess(QString program, QObject *parent = nullptr);
    ~SandboxChildProcess() override;

    /** Starts the child; started() or failed() follows, never both, never from inside start(). */
    void start();
    /** The sandbox's origin (http://127.0.0.1:PORT) once started(); empty before. */
    QUrl baseUrl() const { return m_baseUrl; }
    /** The child's process id while it runs; 0 otherwise. */
    qint64 processId() const { return m_process.processId(); }
    /** How long the child may take to say where it listens. */
    void setStartTimeout(int msecs) { m_startTimeout.setInterval(msecs); }

signals:
    void started(const QUrl &baseUrl);
    /** The child could not start or listen, or stopped before it said where it listens. */
    void failed(const QString &problem);
    /** The child ended after it had started: the sign-in's server is gone. */
    void stopped();

private:
    void onReadyRead();
    void onErrorOccurred(QProcess::ProcessError error);
    void onFinished();
    void fail(const QString &problem);

    QString m_program;
    QProcess m_process;
    QTimer m_startTimeout;
    QByteArray m_pending; // stdout up to its first line break
    QUrl m_baseUrl;
    bool m_failed = false;
};

} // namespace latchkey
