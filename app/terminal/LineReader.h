#pragma once

#include <QThread>

namespace latchkey {

/** Reads standard input line by line on its own thread, so the event loop never blocks on the terminal. */
class LineReader : public QThread
{
    Q_OBJECT
public:
    using QThread::QThread;

signals:
    void lineRead(const QString &line);
    void endOfInput();

protected:
    void run() override;
};

} // namespace latchkey
