#pragma once

#include <QObject>

namespace latchkey {

/**
 * One windowless mode of latchkey (--check-config, --diagnose, --set-twilio-secret, --sign-out, --reset,
 * --tty). Built with everything it uses handed in (the settings, the keychain, the clock, the console), so a
 * test runs it in its own process; main() only starts it and ends the event loop with its exit code.
 */
class Command : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Command() override = default;

    /** Starts the work; finished() follows exactly once, possibly from inside start(). */
    virtual void start() = 0;

signals:
    void finished(int exitCode);
};

} // namespace latchkey
