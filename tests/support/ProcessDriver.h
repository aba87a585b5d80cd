#pragma once

#include <QDebug>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

namespace latchkey::testing {

/** The environment for running Latchkey's executables as on a machine with no display at all. */
inline QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        environment.remove(QString::fromLatin1(name));
    }
    return environment;
}

/** Reads the process's stderr into `seen` until the pattern matches (20 s at most); logs what was seen if
 * not. */
inline QRegularExpressionMatch waitForStderr(QProcess &process, QString &seen,
                                             const QRegularExpression &pattern)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        const QRegularExpressionMatch match = pattern.match(seen);
        if (match.hasMatch()) {
            return match;
        }
        process.waitForReadyRead(100);
        seen += QString::fromLocal8Bit(process.readAllStandardError());
        if (process.state() == QProcess::NotRunning) {
            seen += QString::fromLocal8Bit(process.readAllStandardError());
            break;
        }
    }
    qWarning().noquote() << "stderr so far:\n" << seen;
    return pattern.match(seen);
}

/** Types one line into the process; waits until it is written, since nothing else may pump the pipe. */
inline void type(QProcess &process, const QString &line)
{
    process.write(line.toLocal8Bit() + '\n');
    process.waitForBytesWritten(5000);
}

} // namespace latchkey::testing
