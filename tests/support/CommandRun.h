#pragma once

#include "Command.h"

#include <QSignalSpy>

namespace latchkey::testing {

/** Watches a command's finished() from before it starts, and waits for its exit code. */
class CommandRun
{
public:
    explicit CommandRun(Command *command)
        : m_finished(command, &Command::finished)
    {}

    /** The exit code once finished() was emitted (waiting up to `timeoutMsecs`); -1 if it never was. */
    int exitCode(int timeoutMsecs = 20000)
    {
        if (m_finished.isEmpty() && !m_finished.wait(timeoutMsecs)) {
            return -1;
        }
        return m_finished.constFirst().at(0).toInt();
    }
    /** How often finished() was emitted so far (exactly once when the command ended). */
    qsizetype count() const { return m_finished.size(); }

private:
    QSignalSpy m_finished;
};

/** Starts `command` and waits for its exit code; -1 if it never finished. */
inline int runToEnd(Command &command, int timeoutMsecs = 20000)
{
    CommandRun run(&command);
    command.start();
    return run.exitCode(timeoutMsecs);
}

} // namespace latchkey::testing
