#pragma once

#include "SettingsSource.h"

#include <QSettings>
#include <memory>

namespace latchkey {

/**
 * A SettingsSource over QSettings: an INI file on any platform, or a native store (a Windows registry key, a
 * macOS property list) opened by path. Fallbacks are off, so each store is exactly one layer. A file is
 * checked (SettingsFile: its type, its size, every line) before QSettings reads it, so what QSettings would
 * block on, take long over or quietly drop is a problem of the store instead.
 */
class QtSettingsSource final : public SettingsSource
{
public:
    /** An INI file; a missing file is an empty layer, an unreadable or malformed one a problem. */
    static std::unique_ptr<QtSettingsSource> iniFile(const QString &path);
    /** A native store by path, e.g. Registry64Format and "HKEY_LOCAL_MACHINE\\Software\\Policies\\Latchkey".
     * On Windows, a registry key that exists but cannot be opened for reading is a problem. */
    static std::unique_ptr<QtSettingsSource> native(QSettings::Format format, const QString &path,
                                                    const QString &location);
    /** QSettings' own user or system scope for Latchkey (no fallbacks between them). */
    static std::unique_ptr<QtSettingsSource> scope(QSettings::Format format, QSettings::Scope scope);
    /**
     * Where QSettings keeps a scope's file in the native format on Linux and the BSDs (the XDG variables
     * included), found without QSettings opening that file: it opens it as soon as it is constructed.
     */
    static QString scopeFile(QSettings::Scope scope);

    QString location() const override { return m_location; }
    bool exists() const override { return m_exists; }
    QStringList keys() const override;
    QVariant value(const QString &key) const override;
    QString problem() const override { return m_problem; }

private:
    explicit QtSettingsSource(QString location);
    void readIniFile(const QString &path);
    void open(QSettings *settings);

    std::unique_ptr<QSettings> m_settings; // null when there is nothing to read
    QString m_location;
    bool m_exists = true;
    QString m_problem;
};

} // namespace latchkey
