#pragma once

#include <QDebug>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

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

/** How a program run to its end went. */
struct ProcessRun
{
    int exitCode = -1; // -1 if it crashed
    QString out;
    QString err;
};

/** Runs `program` without a display, feeds it `input` and closes stdin, and waits for its end (30 s). */
inline ProcessRun runToEnd(const QString &program, const QStringList &arguments,
                           const QByteArray &input = QByteArray())
{
    QProcess process;
    process.setProcessEnvironment(withoutDisplay());
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        qFatal("%s did not start", qPrintable(program));
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        qFatal("%s did not finish", qPrintable(program));
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromLocal8Bit(process.readAllStandardOutput()),
            QString::fromLocal8Bit(process.readAllStandardError())};
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

/** What the standalone latchkey-sandbox prints on stdout when it starts (its key=value lines). */
struct SandboxFacts
{
    QString baseUrl;
    QString serviceSid;
    QString keySid;
    QString secret;
    QString printed; // everything read, for failure messages

    /** latchkey's options for direct mode against this sandbox's Verify. */
    QStringList directOptions() const
    {
        return {QStringLiteral("--mode"),        QStringLiteral("twilio"),
                QStringLiteral("--verify-url"),  baseUrl,
                QStringLiteral("--service-sid"), serviceSid};
    }

    /** Whether all four were printed, the SIDs with Twilio's prefixes. */
    bool isComplete() const
    {
        return !baseUrl.isEmpty() && serviceSid.startsWith(QLatin1String("VA")) &&
               keySid.startsWith(QLatin1String("SK")) && !secret.isEmpty();
    }
};

/**
 * The newest code a latchkey-sandbox delivered (its outbox lines on `sandbox`'s stderr, collected in `seen`)
 * once more than `used` have been seen; `used` then counts it. Empty after 20 s without one.
 */
inline QString nextOutboxCode(QProcess &sandbox, QString &seen, int &used)
{
    const QRegularExpression line(QStringLiteral("\\[sandbox\\][^\\d\\n]*(\\d{4,10})\\b"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        sandbox.waitForReadyRead(100);
        seen += QString::fromLocal8Bit(sandbox.readAllStandardError());
        auto matches = line.globalMatch(seen);
        QString last;
        int count = 0;
        while (matches.hasNext()) {
            last = matches.next().captured(1);
            ++count;
        }
        if (count > used) {
            used = count;
            return last;
        }
    }
    qWarning().noquote() << "sandbox stderr:\n" << seen;
    return QString();
}

/** Reads a just-started latchkey-sandbox's start-up lines (up to verify_code_length, 10 s at most). */
inline SandboxFacts readSandboxFacts(QProcess &sandbox)
{
    SandboxFacts facts;
    const QRegularExpression last(QStringLiteral("verify_code_length=\\d+\\n"));
    for (int i = 0; i < 100 && !last.match(facts.printed).hasMatch(); ++i) {
        sandbox.waitForReadyRead(100);
        facts.printed += QString::fromLocal8Bit(sandbox.readAllStandardOutput());
    }
    const auto value = [&facts](const char *name) {
        return QRegularExpression(QStringLiteral("^%1=(.*)$").arg(QLatin1String(name)),
                                  QRegularExpression::MultilineOption)
            .match(facts.printed)
            .captured(1)
            .trimmed();
    };
    facts.baseUrl = value("base_url");
    facts.serviceSid = value("verify_service_sid");
    facts.keySid = value("verify_api_key_sid");
    facts.secret = value("verify_api_key_secret");
    return facts;
}

} // namespace latchkey::testing
