#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace latchkey {

/**
 * This machine's audit log of sign-in attempts: one JSON object a line, appended to a file readable by its
 * owner only, rolled over by size (one old file kept, ".1"), and optionally copied to syslog (facility
 * authpriv; Linux and macOS only). What goes in is the caller's: SignInAudit writes masked numbers and no
 * secret. A log that cannot be written never stops anything: append() returns false and the first failure
 * of each AuditLog gives one warning, later ones none.
 */
class AuditLog
{
public:
    static constexpr qint64 defaultMaximumBytes = 1024 * 1024;

    /** An empty path writes no file (syslog alone, or nothing). */
    explicit AuditLog(QString path, bool syslog = false, qint64 maximumBytes = defaultMaximumBytes);

    QString path() const { return m_path; }
    /** One line; false when the file could not be written (syslog is still tried). */
    bool append(const QJsonObject &record);
    /** Whether a write has failed (and the one warning was given). */
    bool hasFailed() const { return m_warned; }

    /** "audit.jsonl" in the log directory (LogSink::defaultDirectory()). */
    static QString defaultPath();
    /** Whether syslog is available on this platform (Linux, macOS). */
    static bool syslogAvailable();
    /**
     * Every record of the log at `path`, the rolled-over file's first, oldest first. Lines that are not a
     * JSON object (a line cut short by a crash) are skipped and counted in *skipped.
     */
    static QList<QJsonObject> read(const QString &path, int *skipped = nullptr);

private:
    void warnOnce(const QString &reason);

    QString m_path;
    bool m_syslog = false;
    qint64 m_maximumBytes = defaultMaximumBytes;
    bool m_warned = false;
};

} // namespace latchkey
