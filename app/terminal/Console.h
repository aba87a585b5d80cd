#pragma once

#include <QObject>
#include <QString>

namespace latchkey {

/**
 * The process's standard streams as the windowless modes use them: results on stdout, messages and prompts
 * on stderr, answers from stdin line by line without blocking the event loop. StandardConsole is the real
 * one; tests hand a command an in-memory console instead, so no process is needed to check what it says.
 */
class Console : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Console() override = default;

    /** One line on stdout, for results and the reports asked for (a newline is added when missing). */
    virtual void printOut(const QString &text) = 0;
    /** One line on stderr: messages and errors (a newline is added when missing). */
    virtual void printError(const QString &text) = 0;
    /** Text on stderr as it is, without a newline: a prompt. */
    virtual void prompt(const QString &text) = 0;
    /** Starts handing over stdin: lineRead() for each line (trimmed), then endOfInput(). Once. */
    virtual void startReading() = 0;
    /**
     * Stops handing over stdin and leaves the rest of it unread, for a program started after the sign-in
     * (--exec). Nothing for a console that reads no real stdin.
     */
    virtual void stopReading() {}
    /** True when stdin is a terminal a person types at (not a pipe). */
    virtual bool isInteractive() const = 0;
    /** Turns the terminal's echo of what is typed on or off; nothing when stdin is not a terminal. */
    virtual void setEcho(bool enabled) = 0;
    /**
     * Ctrl+C at a prompt exits with `exitCode` (after "Cancelled.") instead of ending the process by SIGINT.
     * For --exec: a death by SIGINT would pass for the gated program's. Nothing for a console without
     * prompts.
     */
    virtual void setInterruptExitCode(int exitCode) { Q_UNUSED(exitCode) }

signals:
    void lineRead(const QString &line);
    void endOfInput();
};

} // namespace latchkey
