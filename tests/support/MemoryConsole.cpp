#include "MemoryConsole.h"

#include <QMetaObject>

namespace latchkey::testing {

namespace {

QString asLine(const QString &text)
{
    return text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n');
}

} // namespace

void MemoryConsole::printOut(const QString &text)
{
    m_out += asLine(text);
}

void MemoryConsole::printError(const QString &text)
{
    m_err += asLine(text);
}

void MemoryConsole::prompt(const QString &text)
{
    m_err += text;
}

void MemoryConsole::startReading()
{
    m_reading = true;
    deliver();
}

void MemoryConsole::type(const QString &line)
{
    m_pending.append(line.trimmed());
    deliver();
}

void MemoryConsole::endInput()
{
    m_inputEnded = true;
    deliver();
}

void MemoryConsole::deliver()
{
    if (!m_reading) {
        return;
    }
    // Queued, like the lines from StandardConsole's reader thread: never from inside the caller.
    while (!m_pending.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, line = m_pending.takeFirst()] { emit lineRead(line); }, Qt::QueuedConnection);
    }
    if (m_inputEnded) {
        m_inputEnded = false;
        QMetaObject::invokeMethod(
            this, [this] { emit endOfInput(); }, Qt::QueuedConnection);
    }
}

} // namespace latchkey::testing
