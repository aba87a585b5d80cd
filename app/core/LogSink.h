#pragma once

#include <QString>
#include <QStringList>

namespace latchkey {

/**
 * Where log lines go besides stderr, from the Logging settings: a file in the log directory (rolled over at
 * 1 MiB, one old file kept) and, on Linux and macOS, syslog. The level becomes QLoggingCategory rules. The
 * sandbox's outbox, the one output that shows codes, stays on stderr and never reaches the file or syslog.
 */
class LogSink
{
public:
    /**
     * Applies the level and installs the sink in front of the current message handler; once per process.
     * With `enforced` (policy sets the level) Latchkey's categories follow the level alone: Qt's
     * QT_LOGGING_RULES and QT_LOGGING_CONF no longer change them.
     */
    static void install(const QString &level, const QString &directory, bool syslog, bool enforced = false);
    /** QLoggingCategory rules for a level (debug, info, warning, critical); the outbox always shows. */
    static QString filterRules(const QString &level);
    /** The log directory when Logging/Directory is empty: the platform's place for application logs. */
    static QString defaultDirectory();
    static QString logFilePath(const QString &directory);
    /** The last lines of the log in this directory (for --diagnose); empty when there is none. */
    static QStringList lastLines(const QString &directory, int count);
};

} // namespace latchkey
