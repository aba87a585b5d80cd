#include "ProcessDriver.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#if defined(Q_OS_MACOS)
#include <util.h>
#else
#include <pty.h>
#endif

using namespace latchkey::testing;

namespace {

/** latchkey --tty on a pseudo-terminal, as at a real terminal; stdout goes to a pipe of its own. */
class PtySession
{
public:
    ~PtySession()
    {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            finish();
        }
        if (m_master >= 0) {
            ::close(m_master);
        }
        if (m_stdout >= 0) {
            ::close(m_stdout);
        }
    }

    bool start(const QStringList &arguments)
    {
        int out[2];
        if (::pipe(out) != 0) {
            return false;
        }
        QList<QByteArray> argumentBytes{QByteArrayLiteral(LATCHKEY_BINARY)};
        for (const QString &argument : arguments) {
            argumentBytes << argument.toLocal8Bit();
        }
        std::vector<char *> argv;
        for (QByteArray &argument : argumentBytes) {
            argv.push_back(argument.data());
        }
        argv.push_back(nullptr);
        m_pid = ::forkpty(&m_master, nullptr, nullptr, nullptr);
        if (m_pid < 0) {
            return false;
        }
        if (m_pid == 0) {
            // The child: stdin and stderr are the terminal, stdout is the pipe. No display at all.
            ::dup2(out[1], STDOUT_FILENO);
            ::close(out[0]);
            ::close(out[1]);
            ::unsetenv("DISPLAY");
            ::unsetenv("WAYLAND_DISPLAY");
            ::unsetenv("QT_QPA_PLATFORM");
            ::execv(argv[0], argv.data());
            ::_exit(127);
        }
        ::close(out[1]);
        m_stdout = out[0];
        ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
        ::fcntl(m_stdout, F_SETFL, ::fcntl(m_stdout, F_GETFL) | O_NONBLOCK);
        return true;
    }

    /** Reads the terminal until the pattern matches what was read since `from` (20 s at most). */
    QRegularExpressionMatch waitFor(const QRegularExpression &pattern, qsizetype from = 0)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000) {
            const QRegularExpressionMatch match = pattern.match(seen(), from);
            if (match.hasMatch()) {
                return match;
            }
            if (!readSome(100)) {
                break;
            }
        }
        qWarning().noquote() << "terminal so far:\n" << seen();
        return pattern.match(seen(), from);
    }

    /** Types a line as a person does: the characters, then Enter (a carriage return). */
    void type(const QByteArray &line)
    {
        const QByteArray bytes = line + '\r';
        QCOMPARE(::write(m_master, bytes.constData(), static_cast<size_t>(bytes.size())), bytes.size());
    }

    void sendRaw(const QByteArray &bytes)
    {
        QCOMPARE(::write(m_master, bytes.constData(), static_cast<size_t>(bytes.size())), bytes.size());
    }

    /** Whether the terminal echoes typed characters right now. */
    bool echoOn() const
    {
        termios settings{};
        if (::tcgetattr(m_master, &settings) != 0) {
            qFatal("tcgetattr on the pseudo-terminal failed: %s", std::strerror(errno));
        }
        return (settings.c_lflag & ECHO) != 0;
    }

    /** Waits (20 s at most) for the process to end; its wait status. */
    int finish()
    {
        QElapsedTimer timer;
        timer.start();
        int status = 0;
        while (timer.elapsed() < 20000) {
            readSome(50);
            const pid_t done = ::waitpid(m_pid, &status, WNOHANG);
            if (done == m_pid) {
                m_pid = -1;
                readSome(0);
                return status;
            }
        }
        qWarning().noquote() << "terminal so far:\n" << seen();
        return -1;
    }

    QString seen() const { return QString::fromLocal8Bit(m_terminal); }
    QByteArray terminalBytes() const { return m_terminal; }
    QByteArray standardOutput() const { return m_out; }

private:
    /** False once the terminal has closed and nothing more can come. */
    bool readSome(int timeoutMsecs)
    {
        pollfd fds[2] = {{m_master, POLLIN, 0}, {m_stdout, POLLIN, 0}};
        ::poll(fds, 2, timeoutMsecs);
        char buffer[4096];
        bool open = true;
        for (;;) {
            const ssize_t n = ::read(m_master, buffer, sizeof buffer);
            if (n > 0) {
                m_terminal.append(buffer, n);
                continue;
            }
            if (n == 0 || (n < 0 && errno == EIO)) {
                open = false; // the child closed the terminal (EIO on Linux)
            }
            break;
        }
        for (;;) {
            const ssize_t n = ::read(m_stdout, buffer, sizeof buffer);
            if (n <= 0) {
                break;
            }
            m_out.append(buffer, n);
        }
        return open || m_pid > 0;
    }

    pid_t m_pid = -1;
    int m_master = -1;
    int m_stdout = -1;
    QByteArray m_terminal;
    QByteArray m_out;
};

} // namespace

/**
 * The terminal twin on a real (pseudo-)terminal against latchkey-sandbox: the prompts appear, the password is
 * not echoed while it is typed and echo is back afterwards (also after Ctrl+C at the password prompt), a
 * wrong code is refused and the right one from the sandbox's outbox signs in with exit code 0.
 */
class TestTerminalPty : public QObject
{
    Q_OBJECT

    QProcess m_sandbox;
    QString m_sandboxErr;
    QString m_url;

    static constexpr char password[] = "latchkey-demo";

    /** Starts the terminal sign-in, types the username and waits at the password prompt, echo off. */
    void reachThePasswordPrompt(PtySession &pty)
    {
        QVERIFY(pty.start({QStringLiteral("--tty"), QStringLiteral("--server"), m_url}));
        QVERIFY(pty.waitFor(QRegularExpression(QStringLiteral("Username: $"))).hasMatch());
        QVERIFY(pty.echoOn());
        pty.type("demo");
        QVERIFY(pty.waitFor(QRegularExpression(QStringLiteral("Password: $"))).hasMatch());
        // Typed characters were echoed for the username: the echo check below is not vacuous.
        QVERIFY2(pty.seen().contains(QStringLiteral("Username: demo")), qPrintable(pty.seen()));
        QVERIFY(!pty.echoOn());
    }

private slots:
    void initTestCase()
    {
        m_sandbox.start(QStringLiteral(LATCHKEY_SANDBOX_BINARY), {});
        QVERIFY(m_sandbox.waitForStarted());
        const SandboxFacts facts = readSandboxFacts(m_sandbox);
        QVERIFY2(!facts.baseUrl.isEmpty(), qPrintable(facts.printed));
        m_url = facts.baseUrl;
    }

    void cleanupTestCase()
    {
        m_sandbox.kill();
        m_sandbox.waitForFinished();
    }

    void signInWithAWrongCodeThenTheRightOne()
    {
        PtySession pty;
        reachThePasswordPrompt(pty);
        if (QTest::currentTestFailed()) {
            return;
        }
        // A wrong password first: it is checked without "Remember me?" before it.
        pty.type("not-the-password");
        QVERIFY(pty.waitFor(QRegularExpression(QStringLiteral("Error: [^\\n]*\\n(.*\\n)?Password: $")))
                    .hasMatch());
        QVERIFY2(!pty.seen().contains(QStringLiteral("Remember me")), qPrintable(pty.seen()));
        QVERIFY(!pty.echoOn());
        pty.type(password);
        const QRegularExpressionMatch remember =
            pty.waitFor(QRegularExpression(QStringLiteral("Remember me on this computer\\? \\[y/N\\] $")));
        QVERIFY(remember.hasMatch());
        QCOMPARE(pty.seen().count(QStringLiteral("Remember me")), 1);
        QVERIFY(pty.echoOn());
        QVERIFY2(!pty.terminalBytes().contains(password), qPrintable(pty.seen()));
        pty.type("n");

        QVERIFY(pty.waitFor(QRegularExpression(QStringLiteral("Phone number.*: $"))).hasMatch());
        QVERIFY(pty.echoOn());
        m_sandboxErr.clear();
        pty.type("+1 202 555 0142");
        const QRegularExpression outboxLine(QStringLiteral("\\[sandbox\\][^\\n]*\\b(\\d{6})\\b"));
        const QRegularExpressionMatch code = waitForStderr(m_sandbox, m_sandboxErr, outboxLine);
        QVERIFY2(code.hasMatch(), qPrintable(m_sandboxErr));
        const QRegularExpressionMatch codePrompt = pty.waitFor(QRegularExpression(QStringLiteral(
            "A code was sent by SMS to \\+1[^\\n]*42\\.\\r?\\nCode \\(r = resend, c = call me, e = email me, "
            "n = different number\\): $")));
        QVERIFY(codePrompt.hasMatch());

        // A wrong code (the right one with its first digit changed) is refused, and the prompt comes again.
        QString wrong = code.captured(1);
        wrong[0] = wrong[0] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        pty.type(wrong.toLatin1());
        const qsizetype afterWrong = pty.seen().size();
        QVERIFY(
            pty.waitFor(QRegularExpression(QStringLiteral("Error: That code is not correct[^\\n]*\\n(.*\\n)?"
                                                          "Code \\(r = resend.*: $")),
                        afterWrong)
                .hasMatch());
        pty.type(code.captured(1).toLatin1());
        QVERIFY(pty.waitFor(QRegularExpression(QStringLiteral("Signed in as Demo User\\.")), afterWrong)
                    .hasMatch());
        const int status = pty.finish();
        QVERIFY2(WIFEXITED(status), qPrintable(pty.seen()));
        QCOMPARE(WEXITSTATUS(status), 0);
        QVERIFY(pty.echoOn());
        // stdout carries results only: no prompt, no password, nothing typed.
        QVERIFY2(!pty.standardOutput().contains("Username"), pty.standardOutput().constData());
        QVERIFY(!pty.standardOutput().contains(password));
        QVERIFY(!pty.standardOutput().contains(code.captured(1).toLatin1()));
        QVERIFY2(!pty.terminalBytes().contains(password), qPrintable(pty.seen()));
    }

    void ctrlCReachesTheGatedProgramAndNotLatchkey()
    {
        // latchkey --exec: Ctrl+C on the terminal goes to the program (the foreground process group);
        // Latchkey lives on and exits with the program's own code.
        PtySession pty;
        QVERIFY(
            pty.start({QStringLiteral("--tty"), QStringLiteral("--server"), m_url, QStringLiteral("--exec"),
                       QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("trap 'echo program-got-sigint; exit 9' INT; echo program-ready >&2; "
                                      "while :; do sleep 0.05; done")}));
        QVERIFY(pty.waitFor(QRegularExpression(QStringLiteral("Username: $"))).hasMatch());
        pty.type("demo");
        QVERIFY(pty.waitFor(QRegularExpression(QStringLiteral("Password: $"))).hasMatch());
        pty.type(password);
        QVERIFY(pty.waitFor(QRegularExpression(QStringLiteral("\\[y/N\\] $"))).hasMatch());
        pty.type("n");
        QVERIFY(pty.waitFor(QRegularExpression(QStringLiteral("Phone number.*: $"))).hasMatch());
        m_sandboxErr.clear();
        pty.type("+1 202 555 0142");
        const QRegularExpressionMatch code =
            waitForStderr(m_sandbox, m_sandboxErr,
                          QRegularExpression(QStringLiteral("\\[sandbox\\][^\\n]*\\b(\\d{6})\\b")));
        QVERIFY2(code.hasMatch(), qPrintable(m_sandboxErr));
        QVERIFY(pty.waitFor(QRegularExpression(QStringLiteral("Code \\(.*: $"))).hasMatch());
        pty.type(code.captured(1).toLatin1());
        QVERIFY(pty.waitFor(QRegularExpression(QStringLiteral("program-ready"))).hasMatch());
        pty.sendRaw("\x03");
        const int status = pty.finish();
        QVERIFY2(WIFEXITED(status), qPrintable(pty.seen())); // not ended by SIGINT itself
        QCOMPARE(WEXITSTATUS(status), 9);
        QCOMPARE(pty.standardOutput(), QByteArray("program-got-sigint\n"));
    }

    void ctrlCAtThePasswordPromptRestoresEcho()
    {
        PtySession pty;
        reachThePasswordPrompt(pty);
        if (QTest::currentTestFailed()) {
            return;
        }
        pty.sendRaw("lat\x03"); // half a password, then Ctrl+C: the terminal sends SIGINT
        const int status = pty.finish();
        QVERIFY2(WIFSIGNALED(status), qPrintable(pty.seen()));
        QCOMPARE(WTERMSIG(status), SIGINT);
        QVERIFY2(pty.echoOn(), "echo stays off after Ctrl+C at the password prompt");
        QVERIFY(!pty.terminalBytes().contains("lat\r"));
    }

    void ctrlCAtAPromptWithExecExits125AndStartsNothing()
    {
        // With --exec, a death by SIGINT (130 in a shell) would pass for the program's: Latchkey's own
        // cancellation exits 125, and the program is never started.
        PtySession pty;
        QVERIFY(pty.start({QStringLiteral("--tty"), QStringLiteral("--server"), m_url,
                           QStringLiteral("--exec"), QStringLiteral("--"), QStringLiteral("sh"),
                           QStringLiteral("-c"), QStringLiteral("echo program-started")}));
        QVERIFY(pty.waitFor(QRegularExpression(QStringLiteral("Username: $"))).hasMatch());
        pty.type("demo");
        QVERIFY(pty.waitFor(QRegularExpression(QStringLiteral("Password: $"))).hasMatch());
        pty.sendRaw("lat\x03");
        const int status = pty.finish();
        QVERIFY2(WIFEXITED(status), qPrintable(pty.seen()));
        QCOMPARE(WEXITSTATUS(status), 125);
        QVERIFY2(pty.seen().contains(QStringLiteral("Cancelled.")), qPrintable(pty.seen()));
        QVERIFY2(pty.echoOn(), "echo stays off after Ctrl+C at the password prompt");
        QVERIFY(!pty.standardOutput().contains("program-started"));
        QVERIFY(!pty.seen().contains(QStringLiteral("program-started")));
    }

    void endOfInputAtThePasswordPromptCancelsAndRestoresEcho()
    {
        PtySession pty;
        reachThePasswordPrompt(pty);
        if (QTest::currentTestFailed()) {
            return;
        }
        pty.sendRaw("\x04"); // Ctrl+D on an empty line: end of input
        const int status = pty.finish();
        QVERIFY2(WIFEXITED(status), qPrintable(pty.seen()));
        QCOMPARE(WEXITSTATUS(status), 1);
        QVERIFY(pty.echoOn());
    }
};

QTEST_GUILESS_MAIN(TestTerminalPty)
#include "TestTerminalPty.moc"
