#pragma once

#include "SettingsSource.h"

#include <QSettings>
#include <memory>

namespace latchkey {

/**
 * A SettingsSource over QSettings: an INI file on any platform, or a native store (a Windows registry key, a
 * macOS property list) opened by path. Fallbacks are off, so each store is exactly one layer.
 */
class QtSettingsSource final : public SettingsSource
{
public:
    /** An INI file; a missing file is an empty layer, an unreadable one a problem. */
    static std::unique_ptr<QtSettingsSource> iniFile(const QString &path);
    /** A native store by path, e.g. Registry64Format and "HKEY_LOCAL_MACHINE\\Software\\Policies\\Latchkey".
     */
    static std::unique_ptr<QtSettingsSource> native(QSettings::Format format, const QString &path,
                                                    const QString &location);
    /** QSettings' own user or system scope for Latchkey (no fallbacks between them). */
    static std::unique_ptr<QtSettingsSource> scope(QSettings::Format format, QSettings::Scope scope);

    QString location() const override { return m_location; }
    bool exists() const override { return m_exists; }
    QStringList keys() const override;
    QVariant value(const QString &key) const override;
    QString problem() const override { return m_problem; }

private:
    QtSettingsSource(std::unique_ptr<QSettings> settings, QString location);
    void checkIniFile(const QString &path);

    std::unique_ptr<QSettings> m_settings;
    QString m_location;
    bool m_exists = true;
    QString m_problem;
};

} // namespace latchkey
