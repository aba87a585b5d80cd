#pragma once

#include "Console.h"

#include <QStringList>

namespace latchkey::testing {

/**
 * A console in memory for the command tests: what a command prints on stdout and stderr is kept as text,
 * and the test types lines (or ends the input) when it likes, as a person or a pipe would.
 */
class MemoryConsole final : public Console
{
    Q_OBJECT
public:
    using Console::Console;

    void printOut(const QString &text) override;
    void printError(const QString &text) override;
    void prompt(const QString &text) override;
    void startReading() override;
    bool isInteractive() const override { return m_interactive; }
    void setEcho(bool enabled) override { m_echo = enabled; }

    /** Lines handed over once the command starts reading (queued, as from stdin's thread). */
    void type(const QString &line);
    /** Ends the input after the lines typed so far (Ctrl+D, or the end of a pipe). */
    void endInput();
    /** A terminal rather than a pipe: prompts appear and the secret is typed without echo. */
    void setInteractive(bool interactive) { m_interactive = interactive; }

    QString out() const { return m_out; }
    QString err() const { return m_err; }
    bool echo() const { return m_echo; }

private:
    void deliver();

    QString m_out;
    QString m_err;
    QStringList m_pending;
    bool m_inputEnded = false;
    bool m_reading = false;
    bool m_interactive = false;
    bool m_echo = true;
};

} // namespace latchkey::testing
