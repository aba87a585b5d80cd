#pragma once

#include <QtGlobal>

#ifdef Q_OS_MACOS

#include "SettingsSource.h"

#include <QMap>

namespace latchkey {

/**
 * macOS mandatory policy: the keys a configuration profile forces for Latchkey's preference domain
 * (CFPreferencesAppValueIsForced). Keys are named as QSettings names them in a plist: "Server.Url". A
 * domain whose file cannot be read or parsed is a problem, so policy fails closed instead of going empty.
 */
class ManagedPreferencesSource final : public SettingsSource
{
public:
    explicit ManagedPreferencesSource(QString applicationId);

    QString location() const override;
    bool exists() const override { return !m_values.isEmpty() || !m_problem.isEmpty(); }
    QStringList keys() const override { return m_values.keys(); }
    QVariant value(const QString &key) const override { return m_values.value(key); }
    QString problem() const override { return m_problem; }

private:
    QString m_applicationId;
    QMap<QString, QVariant> m_values;
    QString m_problem;
};

} // namespace latchkey

#endif
