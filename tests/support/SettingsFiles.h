#pragma once

#include "QtSettingsSource.h"
#include "SettingsResolver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <iterator>

namespace latchkey {

/** Each problem as its line ("error: <file>: <key>: …"), for a comparison or a failure's message. */
inline QStringList problemTexts(const QList<SettingsProblem> &problems)
{
    QStringList lines;
    for (const SettingsProblem &problem : problems) {
        lines << problem.toString();
    }
    return lines;
}

/** Where each store the resolver reads is, in the order it lists them. */
inline QStringList storeLocations(const SettingsResolver &resolver)
{
    const QList<SettingsStoreStatus> stores = resolver.stores();
    QStringList locations;
    std::transform(stores.cbegin(), stores.cend(), std::back_inserter(locations),
                   [](const SettingsStoreStatus &store) { return store.location; });
    return locations;
}

/** INI files for every settings layer, in a temporary directory, and a resolver that reads them. */
class SettingsFiles
{
public:
    /** Writes `contents` to a file named `name` and returns its path. */
    QString write(const QString &name, const QByteArray &contents)
    {
        const QString path = m_directory.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(contents) != contents.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }
    QString path(const QString &name) const { return m_directory.filePath(name); }

    /** A resolver over policy.conf, user.conf and admin.conf (each only when given). */
    std::unique_ptr<SettingsResolver> resolver(const QByteArray &policy, const QByteArray &user = {},
                                               const QByteArray &admin = {})
    {
        auto resolver = std::make_unique<SettingsResolver>();
        const std::tuple<SettingsLayer, const char *, QByteArray> layers[] = {
            {SettingsLayer::Policy, "policy.conf", policy},
            {SettingsLayer::User, "user.conf", user},
            {SettingsLayer::AdminDefaults, "admin.conf", admin},
        };
        for (const auto &[layer, name, contents] : layers) {
            if (!contents.isNull()) {
                resolver->addSource(layer,
                                    QtSettingsSource::iniFile(write(QString::fromLatin1(name), contents)));
            }
        }
        return resolver;
    }

private:
    QTemporaryDir m_directory;
};

} // namespace latchkey
