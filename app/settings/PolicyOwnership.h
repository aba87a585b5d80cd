#pragma once

#include <QtGlobal>

#ifdef Q_OS_UNIX

#include <QString>
#include <sys/stat.h>

namespace latchkey {

/**
 * Whether a policy path can be trusted on Unix: the policy folder, its policy.d and every policy file must be
 * owned by root and writable by nobody else, since whoever can write one can unlock every key. A symbolic
 * link is followed: the link must be root's too, and so must its target and the folder that holds the target
 * (whoever can write that folder can put another file in the target's place).
 *
 * The trusted owner is a parameter only so that tests, which may not run as root, can trust their own uid;
 * the program always passes 0 (SettingsLocations).
 */
class PolicyOwnership
{
public:
    explicit PolicyOwnership(uid_t trustedOwner)
        : m_trustedOwner(trustedOwner)
    {}

    /** Empty when `path` is trusted or does not exist; otherwise why it is refused. */
    QString problem(const QString &path) const;

private:
    /** Empty when the file `status` describes is owned by the trusted owner and only it may write it. */
    QString statusProblem(const struct stat &status) const;
    QString ownerName(uid_t owner) const;

    uid_t m_trustedOwner;
};

} // namespace latchkey

#endif
