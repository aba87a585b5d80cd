#include "PolicyOwnership.h"

#ifdef Q_OS_UNIX

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <sys/stat.h>

namespace latchkey {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString cannotBeChecked(int error)
{
    return QCoreApplication::translate("Settings", "cannot be checked: %1").arg(systemError(error));
}

/** stat() of `path`; empty when it worked, otherwise why not. */
QString statOf(const QString &path, struct stat *status)
{
    return ::stat(QFile::encodeName(path).constData(), status) == 0 ? QString() : cannotBeChecked(errno);
}

} // namespace

QString PolicyOwnership::ownerName(uid_t owner) const
{
    return owner == 0 ? QStringLiteral("root") : QStringLiteral("uid %1").arg(owner);
}

QString PolicyOwnership::statusProblem(const struct stat &status) const
{
    if (status.st_uid != m_trustedOwner) {
        return QCoreApplication::translate("Settings", "owned by uid %1, not %2")
            .arg(status.st_uid)
            .arg(ownerName(m_trustedOwner));
    }
    if ((status.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        const QString mode = QStringLiteral("%1").arg(status.st_mode & 07777, 4, 8, QLatin1Char('0'));
        return QCoreApplication::translate("Settings", "writable by group or others (mode %1)").arg(mode);
    }
    return QString();
}

QString PolicyOwnership::problem(const QString &path) const
{
    const QByteArray name = QFile::encodeName(path);
    struct stat status = {};
    if (::lstat(name.constData(), &status) != 0) {
        return errno == ENOENT ? QString() : cannotBeChecked(errno);
    }
    if (!S_ISLNK(status.st_mode)) {
        return statusProblem(status);
    }
    // A link's own mode means nothing on Linux; its owner can point it elsewhere.
    if (status.st_uid != m_trustedOwner) {
        return QCoreApplication::translate("Settings", "is a symbolic link owned by uid %1, not %2")
            .arg(status.st_uid)
            .arg(ownerName(m_trustedOwner));
    }
    const std::unique_ptr<char, decltype(&std::free)> resolved(::realpath(name.constData(), nullptr),
                                                               &std::free);
    if (!resolved) {
        const QString reason = systemError(errno); // before anything else can change errno
        return QCoreApplication::translate("Settings", "is a symbolic link that cannot be followed: %1")
            .arg(reason);
    }
    const QString target = QFile::decodeName(resolved.get());
    const QString folder = QFileInfo(target).path();
    const std::pair<QString, const char *> checks[] = {
        {target, QT_TRANSLATE_NOOP("Settings", "links to %1: %2")},
        {folder, QT_TRANSLATE_NOOP("Settings", "links into %1: %2")},
    };
    for (const auto &[checked, text] : checks) {
        struct stat checkedStatus = {};
        QString problem = statOf(checked, &checkedStatus);
        if (problem.isEmpty()) {
            problem = statusProblem(checkedStatus);
        }
        if (!problem.isEmpty()) {
            return QCoreApplication::translate("Settings", text).arg(checked, problem);
        }
    }
    return QString();
}

} // namespace latchkey

#endif
