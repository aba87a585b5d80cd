#include "LogSink.h"

#include "Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QStandardPaths>
#include <cstring>

#ifdef Q_OS_UNIX
#include <syslog.h>
#endif

namespace latchkey {

namespace {

constexpr qint64 maximumLogSize = 1024 * 1024;

struct SinkState
{
    QMutex mutex;
    QtMessageHandler previous = nullptr;
    QFile file;
    bool syslog = false;
    QLoggingCategory::CategoryFilter previousFilter = nullptr;
    QtMsgType enforcedLevel = QtWarningMsg;
};

SinkState &state()
{
    static SinkState sink;
    return sink;
}

#ifdef Q_OS_UNIX
int syslogPriority(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return LOG_DEBUG;
    case QtInfoMsg:
        return LOG_INFO;
    case QtWarningMsg:
        return LOG_WARNING;
    case QtCriticalMsg:
        return LOG_ERR;
    case QtFatalMsg:
        return LOG_CRIT;
    }
    return LOG_NOTICE;
}
#endif

void writeMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    SinkState &sink = state();
    if (sink.previous) {
        sink.previous(type, context, message); // stderr, as without settings
    }
    const char *category = context.category ? context.category : "default";
    if (std::strcmp(category, sandboxOutboxCategoryName) == 0) {
        return; // codes are shown on stderr for the sandbox only, never kept
    }
    const QMutexLocker lock(&sink.mutex);
    if (sink.file.isOpen()) {
        const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' +
                                levelName(type) + ' ' + category + ": " + message.toUtf8() + '\n';
        sink.file.write(line);
        sink.file.flush();
    }
#ifdef Q_OS_UNIX
    if (sink.syslog) {
        ::syslog(syslogPriority(type), "%s: %s", category, message.toUtf8().constData());
    }
#endif
}

/** Latchkey's categories at the enforced level, whatever rules Qt collected; other categories as before. */
void enforcedFilter(QLoggingCategory *category)
{
    SinkState &sink = state();
    const char *name = category->categoryName();
    if (std::strncmp(name, "latchkey.", 9) != 0) {
        sink.previousFilter(category);
        return;
    }
    const bool outbox = std::strcmp(name, sandboxOutboxCategoryName) == 0;
    // QtMsgType is not in severity order; compare by rank.
    auto rank = [](QtMsgType type) {
        switch (type) {
        case QtDebugMsg:
            return 0;
        case QtInfoMsg:
            return 1;
        case QtWarningMsg:
            return 2;
        case QtCriticalMsg:
        case QtFatalMsg:
            return 3;
        }
        return 2;
    };
    for (QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg}) {
        category->setEnabled(type, rank(type) >= rank(sink.enforcedLevel) || (outbox && type != QtDebugMsg));
    }
}

QtMsgType levelType(const QString &level)
{
    if (level == QLatin1String("debug")) {
        return QtDebugMsg;
    }
    if (level == QLatin1String("info")) {
        return QtInfoMsg;
    }
    if (level == QLatin1String("critical")) {
        return QtCriticalMsg;
    }
    return QtWarningMsg;
}

} // namespace

QString LogSink::filterRules(const QString &level)
{
    // Qt's QT_LOGGING_RULES, when set, is applied on top of these (developers' detail for their own runs).
    QString rules;
    if (level == QLatin1String("debug")) {
        rules = QStringLiteral("latchkey.*=true");
    } else if (level == QLatin1String("info")) {
        rules = QStringLiteral("latchkey.*.debug=false\nlatchkey.*.info=true");
    } else if (level == QLatin1String("critical")) {
        rules = QStringLiteral("latchkey.*.debug=false\nlatchkey.*.info=false\nlatchkey.*.warning=false");
    } else {
        rules = QStringLiteral("latchkey.*.debug=false\nlatchkey.*.info=false");
    }
    return rules + QStringLiteral("\nlatchkey.sandbox.outbox.info=true");
}

QString LogSink::defaultDirectory()
{
#if defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/Logs/Latchkey");
#elif defined(Q_OS_WIN)
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
#else
    const QString stateHome = qEnvironmentVariable("XDG_STATE_HOME");
    return (QDir::isAbsolutePath(stateHome) ? stateHome
                                            : QDir::homePath() + QStringLiteral("/.local/state")) +
           QStringLiteral("/latchkey");
#endif
}

QString LogSink::logFilePath(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("latchkey.log"));
}

void LogSink::install(const QString &level, const QString &directory, bool syslog, bool enforced)
{
    QLoggingCategory::setFilterRules(filterRules(level));
    SinkState &sink = state();
    if (enforced && !sink.previousFilter) {
        sink.enforcedLevel = levelType(level);
        sink.previousFilter = QLoggingCategory::installFilter(enforcedFilter);
    }
    {
        const QMutexLocker lock(&sink.mutex);
        if (!directory.isEmpty() && QDir().mkpath(directory)) {
            const QString path = logFilePath(directory);
            if (QFile::exists(path) && QFile(path).size() > maximumLogSize) {
                QFile::remove(path + QStringLiteral(".1"));
                QFile::rename(path, path + QStringLiteral(".1"));
            }
            sink.file.setFileName(path);
            if (sink.file.open(QIODevice::Append | QIODevice::Text)) {
                sink.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            }
        }
#ifdef Q_OS_UNIX
        sink.syslog = syslog;
        if (syslog) {
            ::openlog("latchkey", LOG_PID, LOG_AUTHPRIV);
        }
#else
        Q_UNUSED(syslog)
#endif
    }
    if (!sink.previous) {
        sink.previous = qInstallMessageHandler(writeMessage);
    }
    if (!directory.isEmpty() && !sink.file.isOpen()) {
        qCWarning(lcSettings) << "the log file in" << directory << "cannot be written";
    }
}

QStringList LogSink::lastLines(const QString &directory, int count)
{
    QFile file(logFilePath(directory));
    if (directory.isEmpty() || !file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return {};
    }
    // The file is at most about 1 MiB; reading the tail is enough for the last lines.
    const qint64 tail = 256 * 1024;
    if (file.size() > tail) {
        file.seek(file.size() - tail);
        file.readLine(); // drop the partial first line
    }
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(qMax(0, lines.size() - count));
}

} // namespace latchkey
