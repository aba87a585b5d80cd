#include "StandardConsole.h"

#include "ExitCode.h"
#include "LineReader.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace latchkey {

namespace {

// "Cancelled." as Ctrl+C prints it, translated before any signal can come: a handler may not allocate.
char cancelledText[256] = {};
int cancelledLength = 0;
// What Ctrl+C exits with; -1: end by SIGINT (Unix) or with the cancelled exit code (Windows).
volatile sig_atomic_t interruptExitCode = -1;

void prepareCancelledText()
{
    const QByteArray text =
        (QLatin1Char('\n') + StandardConsole::tr("Cancelled.") + QLatin1Char('\n')).toLocal8Bit();
    cancelledLength = static_cast<int>(qMin<qsizetype>(text.size(), sizeof(cancelledText)));
    std::memcpy(cancelledText, text.constData(), static_cast<size_t>(cancelledLength));
}

#if defined(Q_OS_UNIX)
// The terminal's settings from before echo was first turned off, for the signal handler below.
termios savedTerminal{};
volatile sig_atomic_t terminalSaved = 0;

/** Ctrl+C (or a kill) at a password prompt must not leave the shell without echo: restore, then die as
 * the signal asks. Only async-signal-safe calls here. */
void restoreTerminalAndRaise(int signalNumber)
{
    if (terminalSaved) {
        tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
    }
    // Ctrl+C says what happened, then ends by SIGINT like any well-behaved program, so a calling shell
    // script stops too (a plain exit would let it carry on as if the user had answered).
    if (signalNumber == SIGINT && cancelledLength > 0 &&
        ::write(STDERR_FILENO, cancelledText, static_cast<size_t>(cancelledLength)) < 0) {
        // nothing more can be done in a signal handler
    }
    if (signalNumber == SIGINT && interruptExitCode >= 0) {
        _exit(interruptExitCode);
    }
    struct sigaction fallback = {};
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(signalNumber, &fallback, nullptr);
    raise(signalNumber);
}

void handle(int signalNumber)
{
    struct sigaction existing = {};
    if (sigaction(signalNumber, nullptr, &existing) != 0 || existing.sa_handler != SIG_DFL) {
        return; // someone else handles it (or ignores it, or it is ours already); leave that alone
    }
    struct sigaction handler = {};
    handler.sa_handler = restoreTerminalAndRaise;
    sigemptyset(&handler.sa_mask);
    sigaction(signalNumber, &handler, nullptr);
}

void rememberTerminal(const termios &current)
{
    if (terminalSaved) {
        return;
    }
    savedTerminal = current;
    savedTerminal.c_lflag |= ECHO;
    terminalSaved = 1;
    for (const int signalNumber : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) {
        handle(signalNumber);
    }
}
#elif defined(Q_OS_WIN)
/** Ctrl+C or Ctrl+Break in the console: say so and end with the cancelled exit code. */
BOOL WINAPI onConsoleControl(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT) {
        return FALSE;
    }
    DWORD written = 0;
    WriteFile(GetStdHandle(STD_ERROR_HANDLE), cancelledText, static_cast<DWORD>(cancelledLength), &written,
              nullptr);
    ExitProcess(static_cast<UINT>(interruptExitCode >= 0 ? interruptExitCode : toInt(ExitCode::Cancelled)));
    return TRUE;
}
#endif

void write(FILE *stream, const QString &text, bool asLine)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    if (asLine && !text.endsWith(QLatin1Char('\n'))) {
        std::fputc('\n', stream);
    }
    std::fflush(stream);
}

} // namespace

StandardConsole::StandardConsole(QObject *parent)
    : Console(parent)
    , m_reader(new LineReader(this))
{
    connect(m_reader, &LineReader::lineRead, this, &Console::lineRead);
    connect(m_reader, &LineReader::endOfInput, this, &Console::endOfInput);
}

StandardConsole::~StandardConsole()
{
    setEcho(true);
    // The reader blocks in getline; it ends with the process. Detach it rather than wait for input.
    if (m_reader->isRunning()) {
        m_reader->setParent(nullptr);
        connect(m_reader, &QThread::finished, m_reader, &QObject::deleteLater);
    }
}

void StandardConsole::printOut(const QString &text)
{
    write(stdout, text, true);
}

void StandardConsole::printError(const QString &text)
{
    write(stderr, text, true);
}

void StandardConsole::prompt(const QString &text)
{
    write(stderr, text, false);
}

void StandardConsole::startReading()
{
    prepareCancelledText();
#if defined(Q_OS_UNIX)
    handle(SIGINT); // Ctrl+C at any prompt, not only at the password one
#elif defined(Q_OS_WIN)
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
#endif
    if (!m_reader->isRunning()) {
        m_reader->start();
    }
}

void StandardConsole::setInterruptExitCode(int exitCode)
{
    interruptExitCode = exitCode;
}

void StandardConsole::stopReading()
{
    m_reader->stop();
}

bool StandardConsole::isInteractive() const
{
#if defined(Q_OS_UNIX)
    return isatty(STDIN_FILENO);
#else
    return true;
#endif
}

void StandardConsole::setEcho(bool enabled)
{
#if defined(Q_OS_UNIX)
    if (!isatty(STDIN_FILENO)) {
        return;
    }
    termios settings{};
    if (tcgetattr(STDIN_FILENO, &settings) != 0) {
        return;
    }
    if (enabled) {
        settings.c_lflag |= ECHO;
    } else {
        rememberTerminal(settings);
        settings.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    }
    tcsetattr(STDIN_FILENO, TCSANOW, &settings);
#elif defined(Q_OS_WIN)
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (GetConsoleMode(input, &mode)) {
        SetConsoleMode(input, enabled ? (mode | ENABLE_ECHO_INPUT) : (mode & ~ENABLE_ECHO_INPUT));
    }
#else
    Q_UNUSED(enabled)
#endif
}

} // namespace latchkey
