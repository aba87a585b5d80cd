#include "QtSettingsSource.h"

#include "SettingsFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace latchkey {

namespace {

#ifdef Q_OS_WIN
/**
 * QSettings reads a registry key it may not open as an empty one. Empty when the key can be read or is not
 * there (*exists says which); otherwise why it cannot be read.
 */
QString registryProblem(QSettings::Format format, const QString &path, bool *exists)
{
    *exists = true;
    const std::pair<const char *, HKEY> roots[] = {{"HKEY_LOCAL_MACHINE\\", HKEY_LOCAL_MACHINE},
                                                   {"HKEY_CURRENT_USER\\", HKEY_CURRENT_USER}};
    for (const auto &[prefix, root] : roots) {
        const QLatin1String name(prefix);
        if (!path.startsWith(name, Qt::CaseInsensitive)) {
            continue;
        }
        const QString subKey = path.mid(name.size());
        REGSAM access = KEY_READ;
        if (format == QSettings::Registry64Format) {
            access |= KEY_WOW64_64KEY;
        }
        HKEY key = nullptr;
        const LSTATUS status =
            RegOpenKeyExW(root, reinterpret_cast<const wchar_t *>(subKey.utf16()), 0, access, &key);
        if (status == ERROR_SUCCESS) {
            RegCloseKey(key);
            return QString();
        }
        if (status == ERROR_FILE_NOT_FOUND || status == ERROR_PATH_NOT_FOUND) {
            *exists = false;
            return QString();
        }
        return QCoreApplication::translate("Settings", "cannot be read: %1").arg(qt_error_string(status));
    }
    return QString();
}
#endif

/** The extension of a format that no file has: QSettings names the path of a scope with it. */
const QString pathOnlyExtension = QStringLiteral("latchkey-path-only");

} // namespace

QtSettingsSource::QtSettingsSource(QString location)
    : m_location(std::move(location))
{}

void QtSettingsSource::open(QSettings *settings)
{
    m_settings.reset(settings);
    m_settings->setFallbacksEnabled(false);
}

std::unique_ptr<QtSettingsSource> QtSettingsSource::iniFile(const QString &path)
{
    std::unique_ptr<QtSettingsSource> source(new QtSettingsSource(path));
    source->readIniFile(path);
    return source;
}

std::unique_ptr<QtSettingsSource> QtSettingsSource::native(QSettings::Format format, const QString &path,
                                                           const QString &location)
{
    std::unique_ptr<QtSettingsSource> source(new QtSettingsSource(location));
#ifdef Q_OS_WIN
    source->m_problem = registryProblem(format, path, &source->m_exists);
    if (!source->m_problem.isEmpty() || !source->m_exists) {
        return source;
    }
#endif
    source->open(new QSettings(path, format));
    source->m_exists = !source->m_settings->allKeys().isEmpty();
    return source;
}

std::unique_ptr<QtSettingsSource> QtSettingsSource::scope(QSettings::Format format, QSettings::Scope scope)
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    if (format != QSettings::IniFormat) {
        auto *settings = new QSettings(format, scope, QCoreApplication::organizationName(),
                                       QCoreApplication::applicationName());
        std::unique_ptr<QtSettingsSource> source(new QtSettingsSource(settings->fileName()));
        source->open(settings);
        source->m_exists = !settings->allKeys().isEmpty();
        return source;
    }
#else
    Q_UNUSED(format); // on Linux and the BSDs the native format is an INI file too
#endif
    return iniFile(scopeFile(scope));
}

QString QtSettingsSource::scopeFile(QSettings::Scope scope)
{
    static const QSettings::Format pathOnly = QSettings::registerFormat(
        pathOnlyExtension, [](QIODevice &, QSettings::SettingsMap &) { return true; },
        [](QIODevice &, const QSettings::SettingsMap &) { return false; });
    const QSettings probe(pathOnly, scope, QCoreApplication::organizationName(),
                          QCoreApplication::applicationName());
    QString path = probe.fileName();
    path.chop(pathOnlyExtension.size());
    return path + QStringLiteral("conf");
}

void QtSettingsSource::readIniFile(const QString &path)
{
    m_exists = QFileInfo::exists(path);
    if (!m_exists) {
        return;
    }
    QByteArray contents;
    m_problem = SettingsFile::read(path, &contents);
    if (m_problem.isEmpty()) {
        m_problem = SettingsFile::syntaxProblem(contents);
    }
    if (!m_problem.isEmpty()) {
        return;
    }
    // QSettings reads the file again for the values; the checks above make sure it reads it as it looks.
    open(new QSettings(path, QSettings::IniFormat));
    if (m_settings->status() == QSettings::AccessError) {
        m_problem = QCoreApplication::translate("Settings", "cannot be read");
    } else if (m_settings->status() == QSettings::FormatError) {
        m_problem = QCoreApplication::translate("Settings", "is not a valid INI file");
    }
}

QStringList QtSettingsSource::keys() const
{
    if (!m_problem.isEmpty() || !m_settings) {
        return QStringList();
    }
    QStringList keys = m_settings->allKeys();
    // QSettings reads a '#' comment with an '=' in it as a key of its own; it is a comment.
    keys.removeIf([](const QString &key) {
        const QStringList parts = key.split(QLatin1Char('/'));
        return std::any_of(parts.cbegin(), parts.cend(),
                           [](const QString &part) { return part.startsWith(QLatin1Char('#')); });
    });
    return keys;
}

QVariant QtSettingsSource::value(const QString &key) const
{
    return m_problem.isEmpty() && m_settings ? m_settings->value(key) : QVariant();
}

} // namespace latchkey
