#pragma once

#include <QtGlobal>

#ifdef Q_OS_UNIX

#include "PolicyOwnership.h"
#include "SettingsSource.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <vector>

namespace latchkey {

class SettingsResolver;

/**
 * The mandatory policy on Linux and the BSDs, all in one folder (/etc/latchkey): policy.conf, then the
 * drop-ins, every policy.d/NAME.conf whose name does not start with ".", in the byte order of their names. A
 * key set in a later file overrides the same key in an earlier one; every key set in any of them is locked.
 * The folder, policy.d and each file are checked (PolicyOwnership) before anything in them is read. One that
 * is refused or cannot be read is a store with a problem, so the policy fails closed (SettingsResolver).
 * Anything named NAME.conf is a policy file: a folder, a pipe or a broken link under that name fails closed
 * too, rather than leaving out what an admin meant as policy.
 */
class PolicyDirectory
{
public:
    PolicyDirectory(QString folder, uid_t trustedOwner);

    /**
     * Adds the stores to the resolver's policy layer. The resolver lets the first store of a layer win, so
     * they go in from the last drop-in back to policy.conf, and reports list them in that order.
     */
    void addTo(SettingsResolver *resolver) const;
    /** The stores in the order they are read: policy.conf, then the drop-ins. */
    std::vector<std::unique_ptr<SettingsSource>> sources() const;
    /** Whether a name in policy.d is a drop-in's: it ends in ".conf" and does not start with ".". */
    static bool isDropInName(const QByteArray &name);

private:
    /** The store for one policy file: the file, unless its owner or permissions refuse it. */
    std::unique_ptr<SettingsSource> policyFile(const QString &path) const;
    /** The drop-ins' names in byte order into *names; empty when policy.d could be listed or is missing. */
    static QString listDropIns(const QString &folder, QStringList *names);

    QString m_folder;
    PolicyOwnership m_ownership;
};

} // namespace latchkey

#endif
