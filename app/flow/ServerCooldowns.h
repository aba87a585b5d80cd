#pragma once

#include <QDateTime>
#include <QString>

namespace latchkey {

/**
 * When each server (by origin) may next be asked to send a code, after it answered "too many requests".
 * Kept in a small JSON file that is not a secret (origin → "not before" time in UTC), so a restart within
 * the window still waits. The file is read on every question, so two windows of the app agree; an
 * unreadable or oversized file counts as empty (waiting is a courtesy to the server, not a security
 * control). An empty path keeps the times in memory only.
 */
class ServerCooldowns
{
public:
    explicit ServerCooldowns(QString filePath = QString());

    /** The time before which nothing may be sent to `origin`; invalid when there is none. */
    QDateTime notBefore(const QString &origin, const QDateTime &now) const;
    /** Records a wait for `origin` until `until` (kept only when later than what is already recorded). */
    void waitUntil(const QString &origin, const QDateTime &until, const QDateTime &now);

    QString filePath() const { return m_filePath; }
    /** The state file's usual place: AppLocalDataLocation/server-cooldowns.json. */
    static QString defaultFilePath();
    /** The origin of a URL as the file keys it: scheme://host:port. */
    static QString originOf(const QString &url);

private:
    using Entries = QList<QPair<QString, QDateTime>>;
    Entries read() const;
    void write(const Entries &entries) const;

    QString m_filePath;
    mutable Entries m_memory; // when there is no file
};

} // namespace latchkey
