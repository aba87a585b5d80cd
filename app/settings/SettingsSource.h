#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace latchkey {

/**
 * One store of settings in one layer: an INI file, a registry key, macOS managed preferences. The resolver
 * reads every layer through this interface, so tests give it temporary INI files for every layer.
 */
class SettingsSource
{
public:
    virtual ~SettingsSource() = default;

    /** Where the values live, as an admin names it: a file path or a registry key. */
    virtual QString location() const = 0;
    /** False when the store does not exist (no file, no registry key): not a problem, just nothing set. */
    virtual bool exists() const = 0;
    /** Every key present, as "Group/Key". */
    virtual QStringList keys() const = 0;
    virtual QVariant value(const QString &key) const = 0;
    /** Empty when the store could be read; otherwise why not (then it contributes no keys). */
    virtual QString problem() const { return QString(); }
};

} // namespace latchkey
