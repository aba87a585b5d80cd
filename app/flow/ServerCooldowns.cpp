#include "ServerCooldowns.h"

#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace latchkey {

namespace {

// A handful of servers fit in a few hundred bytes; anything much larger is not ours.
constexpr qint64 maximumFileSize = 64 * 1024;
// No server is waited for longer than a day, whatever it (or a damaged file) says.
constexpr qint64 maximumWaitSeconds = 24 * 3600;

} // namespace

ServerCooldowns::ServerCooldowns(QString filePath)
    : m_filePath(std::move(filePath))
{}

QString ServerCooldowns::defaultFilePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/server-cooldowns.json");
}

QString ServerCooldowns::originOf(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty()) {
        return url;
    }
    const int defaultPort = parsed.scheme() == QLatin1String("https") ? 443 : 80;
    return QStringLiteral("%1://%2:%3")
        .arg(parsed.scheme(), parsed.host().toLower())
        .arg(parsed.port(defaultPort));
}

QDateTime ServerCooldowns::notBefore(const QString &origin, const QDateTime &now) const
{
    for (const auto &[key, until] : read()) {
        if (key == origin && until > now) {
            // A clock set back (or a damaged file) never makes a wait longer than a day.
            return qMin(until, now.addSecs(maximumWaitSeconds));
        }
    }
    return QDateTime();
}

void ServerCooldowns::waitUntil(const QString &origin, const QDateTime &until, const QDateTime &now)
{
    Entries kept;
    bool later = true;
    for (const auto &[key, existing] : read()) {
        if (existing <= now) {
            continue; // over: dropped
        }
        if (key == origin) {
            later = until > existing;
            if (!later) {
                kept.append({key, existing});
            }
            continue;
        }
        kept.append({key, existing});
    }
    if (later) {
        kept.append({origin, qMin(until, now.addSecs(maximumWaitSeconds))});
    }
    write(kept);
}

ServerCooldowns::Entries ServerCooldowns::read() const
{
    if (m_filePath.isEmpty()) {
        return m_memory;
    }
    const QFileInfo info(m_filePath);
    if (!info.exists()) {
        return {};
    }
    if (!info.isFile() || info.size() > maximumFileSize) {
        qCWarning(lcFlow) << "ignoring the server cooldowns file: not a small regular file";
        return {};
    }
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.read(maximumFileSize));
    Entries entries;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QDateTime until = QDateTime::fromString(it.value().toString(), Qt::ISODate);
        if (until.isValid()) {
            entries.append({it.key(), until.toUTC()});
        }
    }
    return entries;
}

void ServerCooldowns::write(const Entries &entries) const
{
    if (m_filePath.isEmpty()) {
        m_memory = entries;
        return;
    }
    QJsonObject object;
    for (const auto &[key, until] : entries) {
        object.insert(key, until.toUTC().toString(Qt::ISODate));
    }
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(object).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        qCWarning(lcFlow) << "could not keep the server's wait in" << m_filePath << file.errorString();
    }
}

} // namespace latchkey
