#pragma once

#include <QThread>

namespace latchkey {

/**
 * Reads standard input line by line on its own thread, so the event loop never blocks on the terminal. On
 * Unix it reads no further than the line it hands over and can be stopped while it waits, leaving the rest
 * of stdin to a program started afterwards (--exec).
 */
class LineReader : public QThread
{
    Q_OBJECT
public:
    explicit LineReader(QObject *parent = nullptr);
    ~LineReader() override;

    /** Stops reading (without taking any more input) and returns once the thread has ended. */
    void stop();

signals:
    void lineRead(const QString &line);
    void endOfInput();

protected:
    void run() override;

private:
    int m_wake[2] = {-1, -1}; // a pipe: a byte written to it ends run()
};

} // namespace latchkey
