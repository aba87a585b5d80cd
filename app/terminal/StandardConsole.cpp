#include "StandardConsole.h"

#include "LineReader.h"

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace latchkey {

namespace {

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
    struct sigaction fallback = {};
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(signalNumber, &fallback, nullptr);
    raise(signalNumber);
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
        struct sigaction existing = {};
        if (sigaction(signalNumber, nullptr, &existing) != 0 || existing.sa_handler != SIG_DFL) {
            continue; // someone else handles it (or ignores it); leave that alone
        }
        struct sigaction handler = {};
        handler.sa_handler = restoreTerminalAndRaise;
        sigemptyset(&handler.sa_mask);
        sigaction(signalNumber, &handler, nullptr);
    }
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
    if (!m_reader->isRunning()) {
        m_reader->start();
    }
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
