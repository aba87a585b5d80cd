#include "QtSettingsSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace latchkey {

QtSettingsSource::QtSettingsSource(std::unique_ptr<QSettings> settings, QString location)
    : m_settings(std::move(settings))
    , m_location(std::move(location))
{
    m_settings->setFallbacksEnabled(false);
}

std::unique_ptr<QtSettingsSource> QtSettingsSource::iniFile(const QString &path)
{
    std::unique_ptr<QtSettingsSource> source(
        new QtSettingsSource(std::make_unique<QSettings>(path, QSettings::IniFormat), path));
    source->checkIniFile(path);
    return source;
}

std::unique_ptr<QtSettingsSource> QtSettingsSource::native(QSettings::Format format, const QString &path,
                                                           const QString &location)
{
    std::unique_ptr<QtSettingsSource> source(
        new QtSettingsSource(std::make_unique<QSettings>(path, format), location));
    source->m_exists = !source->m_settings->allKeys().isEmpty();
    return source;
}

std::unique_ptr<QtSettingsSource> QtSettingsSource::scope(QSettings::Format format, QSettings::Scope scope)
{
    auto settings = std::make_unique<QSettings>(format, scope, QCoreApplication::organizationName(),
                                                QCoreApplication::applicationName());
    const QString location = settings->fileName();
    std::unique_ptr<QtSettingsSource> source(new QtSettingsSource(std::move(settings), location));
    // On Linux and the BSDs the native format is an INI file too (~/.config/Latchkey/latchkey.conf).
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    const bool isFile = format == QSettings::IniFormat;
#else
    const bool isFile = true;
#endif
    if (isFile) {
        source->checkIniFile(location);
    } else {
        source->m_exists = !source->m_settings->allKeys().isEmpty();
    }
    return source;
}

void QtSettingsSource::checkIniFile(const QString &path)
{
    const QFileInfo info(path);
    m_exists = info.exists();
    if (!m_exists) {
        return;
    }
    // QSettings reads an unreadable file as an empty one; an admin needs to hear that it was not read.
    QFile file(path);
    if (info.isDir()) {
        m_problem = QCoreApplication::translate("Settings", "is a directory, not a settings file");
    } else if (!file.open(QIODevice::ReadOnly)) {
        m_problem = QCoreApplication::translate("Settings", "cannot be read: %1").arg(file.errorString());
    } else if (m_settings->status() == QSettings::FormatError) {
        m_problem = QCoreApplication::translate("Settings", "is not a valid INI file");
    } else if (m_settings->status() == QSettings::AccessError) {
        m_problem = QCoreApplication::translate("Settings", "cannot be read");
    }
}

QStringList QtSettingsSource::keys() const
{
    return m_problem.isEmpty() ? m_settings->allKeys() : QStringList();
}

QVariant QtSettingsSource::value(const QString &key) const
{
    return m_problem.isEmpty() ? m_settings->value(key) : QVariant();
}

} // namespace latchkey
