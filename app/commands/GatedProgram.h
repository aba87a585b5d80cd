#pragma once

#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace latchkey {

/**
 * The program --exec starts once the sign-in let the user in: a child with Latchkey's own stdin, stdout and
 * stderr, the termination signals sent to Latchkey passed on to it (on Unix), and its exit code as
 * Latchkey's (128+N when signal N ended it, as a shell reports it). 126 when it cannot be run, 127 when it
 * is not found, as `env` and `timeout` do, with the reason on stderr.
 */
class GatedProgram : public QObject
{
    Q_OBJECT
public:
    static constexpr int cannotRun = 126;
    static constexpr int notFound = 127;

    /** `command` is the program and its arguments; `environment` the child's whole environment. */
    GatedProgram(QStringList command, QProcessEnvironment environment, QObject *parent = nullptr);
    ~GatedProgram() override;

    /** Starts the child; finished() follows exactly once, possibly from inside start(). */
    void start();

    /**
     * The file `program` names, found as execvp() would (a name without a slash on PATH); 0 when it can be
     * run, else 127 (no such file) or 126 (not a regular file, or not executable), with the sentence.
     */
    static int locate(const QString &program, const QString &path, QString *file, QString *problem);
    /** Latchkey's exit code for the child's end: its own code, or 128+N for signal N. */
    static int exitCodeFor(QProcess::ExitStatus status, int exitCode);

signals:
    /** The exit code for Latchkey, and the sentence that says why the child did not run (empty when it ran).
     */
    void finished(int exitCode, const QString &problem);

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void finish(int exitCode, const QString &problem);

    QStringList m_command;
    QProcess m_process;
    bool m_forwarding = false;
    bool m_finished = false;
};

} // namespace latchkey
