#pragma once

#include <QtGlobal>

#ifdef Q_OS_UNIX

#include "PolicyDirectory.h"
#include "SettingsResolver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <sys/stat.h>
#include <unistd.h>

namespace latchkey {

/**
 * A policy folder as /etc/latchkey holds one (policy.conf, policy.d/NAME.conf) in a temporary directory,
 * with the modes an admin gives it: folders 0755, files 0644, whatever the umask. Its owner is whoever runs
 * the test, so that is the owner a test trusts.
 */
class PolicyFolder
{
public:
    PolicyFolder()
    {
        if (!QDir(m_root.path()).mkdir(QStringLiteral("latchkey"))) {
            qFatal("cannot create the policy folder");
        }
        setMode(QString(), 0755);
    }

    /** The directory that holds the folder "latchkey" (an overlay's lower layer over /etc). */
    QString root() const { return m_root.path(); }
    /** The policy folder itself. */
    QString path() const { return m_root.filePath(QStringLiteral("latchkey")); }
    /** The path of `name` in the policy folder, e.g. "policy.d/20-server.conf". */
    QString path(const QString &name) const { return path() + QLatin1Char('/') + name; }

    /** Writes `name` (creating policy.d as needed) with `mode`, and returns its path. */
    QString write(const QString &name, const QByteArray &contents, mode_t mode = 0644)
    {
        const QString file = path(name);
        const QString folder = QFileInfo(file).dir().dirName();
        if (folder != QLatin1String("latchkey") && !QFileInfo::exists(path(folder))) {
            if (!QDir(path()).mkdir(folder)) {
                qFatal("cannot create %s", qPrintable(path(folder)));
            }
            setMode(folder, 0755);
        }
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(contents) != contents.size()) {
            qFatal("cannot write %s", qPrintable(file));
        }
        out.close();
        setMode(name, mode);
        return file;
    }

    /** Sets the mode of `name` (the folder itself when empty), as chmod does. */
    void setMode(const QString &name, mode_t mode) const
    {
        const QString target = name.isEmpty() ? path() : path(name);
        if (::chmod(QFile::encodeName(target).constData(), mode) != 0) {
            qFatal("cannot chmod %s", qPrintable(target));
        }
    }

    /** A resolver over this folder's policy, trusting files owned by `trustedOwner` (by default, ours). */
    std::unique_ptr<SettingsResolver> resolver(uid_t trustedOwner = ::geteuid()) const
    {
        auto resolver = std::make_unique<SettingsResolver>();
        PolicyDirectory(path(), trustedOwner).addTo(resolver.get());
        return resolver;
    }

private:
    QTemporaryDir m_root;
};

} // namespace latchkey

#endif
