#include "AuditLog.h"

#include "LogSink.h"
#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStringList>

#if defined(Q_OS_LINUX) || defined(Q_OS_MACOS)
#include <syslog.h>
#define LATCHKEY_HAS_SYSLOG 1
#endif

namespace latchkey {

AuditLog::AuditLog(QString path, bool syslog, qint64 maximumBytes)
    : m_path(std::move(path))
    , m_syslog(syslog && syslogAvailable())
    , m_maximumBytes(qMax<qint64>(1024, maximumBytes))
{}

QString AuditLog::defaultPath()
{
    return QDir(LogSink::defaultDirectory()).filePath(QStringLiteral("audit.jsonl"));
}

bool AuditLog::syslogAvailable()
{
#ifdef LATCHKEY_HAS_SYSLOG
    return true;
#else
    return false;
#endif
}

bool AuditLog::append(const QJsonObject &record)
{
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
#ifdef LATCHKEY_HAS_SYSLOG
    if (m_syslog) {
        ::syslog(LOG_AUTHPRIV | LOG_NOTICE, "latchkey audit: %.*s", int(line.size() - 1), line.constData());
    }
#endif
    if (m_path.isEmpty()) {
        return true;
    }
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        warnOnce(QStringLiteral("its folder cannot be made"));
        return false;
    }
    if (info.exists() && info.size() + line.size() > m_maximumBytes) {
        const QString old = m_path + QStringLiteral(".1");
        QFile::remove(old);
        QFile::rename(m_path, old);
    }
    QFile file(m_path);
    const bool created = !file.exists();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        warnOnce(file.errorString());
        return false;
    }
    if (created) { // the owner's alone; an existing file keeps what its admin gave it
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (file.write(line) != line.size() || !file.flush()) {
        warnOnce(file.errorString());
        return false;
    }
    return true;
}

void AuditLog::warnOnce(const QString &reason)
{
    if (m_warned) {
        return;
    }
    m_warned = true;
    qCWarning(lcSettings).noquote() << "the audit log" << m_path << "cannot be written:" << reason
                                    << "(sign-ins go on without it)";
}

QList<QJsonObject> AuditLog::read(const QString &path, int *skipped)
{
    QList<QJsonObject> records;
    int bad = 0;
    const QStringList files{path + QStringLiteral(".1"), path}; // the older first
    for (const QString &name : files) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty()) {
                continue;
            }
            const QJsonDocument document = QJsonDocument::fromJson(line);
            if (document.isObject()) {
                records.append(document.object());
            } else {
                ++bad;
            }
        }
    }
    if (skipped) {
        *skipped = bad;
    }
    return records;
}

} // namespace latchkey
