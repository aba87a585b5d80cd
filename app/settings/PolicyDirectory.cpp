#include "PolicyDirectory.h"

#ifdef Q_OS_UNIX

#include "Logging.h"
#include "QtSettingsSource.h"
#include "RefusedSource.h"
#include "SettingsResolver.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>

namespace latchkey {

namespace {

QString cannotBeRead(int error)
{
    return QCoreApplication::translate("Settings", "cannot be read: %1")
        .arg(QString::fromLocal8Bit(std::strerror(error)));
}

} // namespace

PolicyDirectory::PolicyDirectory(QString folder, uid_t trustedOwner)
    : m_folder(std::move(folder))
    , m_ownership(trustedOwner)
{}

bool PolicyDirectory::isDropInName(const QByteArray &name)
{
    return !name.startsWith('.') && name.endsWith(".conf");
}

QString PolicyDirectory::listDropIns(const QString &folder, QStringList *names)
{
    names->clear();
    DIR *directory = ::opendir(QFile::encodeName(folder).constData());
    if (!directory) {
        if (errno == ENOENT) {
            return QString(); // no drop-ins: the usual case
        }
        return cannotBeRead(errno);
    }
    QList<QByteArray> found;
    errno = 0;
    while (const dirent *entry = ::readdir(directory)) {
        const QByteArray name(entry->d_name);
        if (isDropInName(name)) {
            found.append(name);
        }
        errno = 0;
    }
    const int error = errno;
    ::closedir(directory);
    if (error != 0) {
        return cannotBeRead(error);
    }
    // Byte order, whatever the locale: the order an admin sees with LC_ALL=C ls.
    std::sort(found.begin(), found.end());
    for (const QByteArray &name : std::as_const(found)) {
        names->append(QFile::decodeName(name));
    }
    return QString();
}

std::unique_ptr<SettingsSource> PolicyDirectory::policyFile(const QString &path) const
{
    const QString refusal = m_ownership.problem(path);
    if (!refusal.isEmpty()) {
        return std::make_unique<RefusedSource>(path, refusal);
    }
    return QtSettingsSource::iniFile(path);
}

std::vector<std::unique_ptr<SettingsSource>> PolicyDirectory::sources() const
{
    std::vector<std::unique_ptr<SettingsSource>> stores;
    // Whoever can write the folder can replace any file in it, so nothing in a refused folder is read.
    const QString refusal = m_ownership.problem(m_folder);
    if (!refusal.isEmpty()) {
        stores.push_back(std::make_unique<RefusedSource>(m_folder, refusal));
        return stores;
    }
    stores.push_back(policyFile(m_folder + QStringLiteral("/policy.conf")));
    const QString dropIns = m_folder + QStringLiteral("/policy.d");
    QStringList names;
    QString problem = m_ownership.problem(dropIns);
    if (problem.isEmpty()) {
        problem = listDropIns(dropIns, &names);
    }
    if (!problem.isEmpty()) {
        stores.push_back(std::make_unique<RefusedSource>(dropIns, problem));
        return stores;
    }
    for (const QString &name : std::as_const(names)) {
        stores.push_back(policyFile(dropIns + QLatin1Char('/') + name));
    }
    qCDebug(lcSettings) << "policy drop-ins in" << dropIns << names;
    return stores;
}

void PolicyDirectory::addTo(SettingsResolver *resolver) const
{
    std::vector<std::unique_ptr<SettingsSource>> stores = sources();
    for (auto store = stores.rbegin(); store != stores.rend(); ++store) {
        resolver->addSource(SettingsLayer::Policy, std::move(*store));
    }
}

} // namespace latchkey

#endif
