#pragma once

#include "Console.h"

namespace latchkey {

class LineReader;

/**
 * The real stdin, stdout and stderr. Echo control restores the terminal also when a signal ends the process
 * at a password prompt, so a shell is never left without echo.
 */
class StandardConsole final : public Console
{
    Q_OBJECT
public:
    explicit StandardConsole(QObject *parent = nullptr);
    ~StandardConsole() override;

    void printOut(const QString &text) override;
    void printError(const QString &text) override;
    void prompt(const QString &text) override;
    void startReading() override;
    void stopReading() override;
    bool isInteractive() const override;
    void setEcho(bool enabled) override;
    void setInterruptExitCode(int exitCode) override;

private:
    LineReader *m_reader;
};

} // namespace latchkey
