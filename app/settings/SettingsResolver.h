#pragma once

#include "SettingsSource.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>
#include <memory>
#include <vector>

namespace latchkey {

/** The layers, highest first. Mandatory policy locks what it sets; built-in defaults answer the rest. */
enum class SettingsLayer { Policy, CommandLine, User, AdminDefaults, BuiltIn };

/** A value the command line asks for: the key, the value, and the option as typed (for messages). */
struct SettingOverride
{
    QString key;
    QVariant value;
    QString option; // "--sandbox", "--server https://…"
};

/** Something wrong with a stored value or a store, with where it came from. */
struct SettingsProblem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    SettingsLayer layer = SettingsLayer::BuiltIn;
    QString location; // the file or registry key; "command line" for options
    QString key;      // empty when the problem is with the store as a whole
    QString message;

    /** "error: /etc/latchkey/policy.conf: Verify/ServiceSid: must be …" */
    QString toString() const;
};

/** The answer for one key: its value, which layer and store gave it, and whether policy locks it. */
struct ResolvedSetting
{
    QString key;
    QVariant value;
    SettingsLayer layer = SettingsLayer::BuiltIn;
    QString location;
    bool locked = false;
};

/** One store as the resolver saw it, for reports. */
struct SettingsStoreStatus
{
    SettingsLayer layer = SettingsLayer::BuiltIn;
    QString location;
    bool exists = false;
    int keyCount = 0;
    QString problem;
};

/**
 * The one place settings come from. Layers, highest first: mandatory policy > command line (unlocked keys
 * only) > user settings > admin defaults > built-in defaults. Each store is read once, each value checked
 * against SettingsSchema; a bad value is reported with its key and store and the next layer answers, except
 * in policy, where a key that is set stays locked (to the built-in default when its value is bad) so a typo
 * in policy never hands the key to the user. A policy store that cannot be read at all (a syntax error, no
 * permission, not a file, too large: its problem()) fails closed: it could have locked any key, so every key
 * is locked to its built-in default (and the sandbox is off) and a sign-in is refused (failedClosed()).
 * main() adds the platform's stores (SettingsLocations); tests add temp files.
 */
class SettingsResolver
{
public:
    SettingsResolver();
    ~SettingsResolver();
    SettingsResolver(const SettingsResolver &) = delete;
    SettingsResolver &operator=(const SettingsResolver &) = delete;

    /** Adds a store to a layer; within a layer the store added first wins (HKLM policy before HKCU's). */
    void addSource(SettingsLayer layer, std::unique_ptr<SettingsSource> source);
    /**
     * Applies command-line values. False, with a message naming the option, the key and the policy store,
     * when one would change a locked key; false too for a value the schema refuses. Nothing is applied then.
     */
    bool applyCommandLine(const QList<SettingOverride> &overrides, QString *refusal);

    ResolvedSetting get(const QString &key) const;
    QVariant value(const QString &key) const { return get(key).value; }
    bool isLocked(const QString &key) const { return get(key).locked; }
    /** Every key, in the schema's order. */
    QList<ResolvedSetting> all() const;
    QList<SettingsProblem> problems() const { return m_problems; }
    QList<SettingsStoreStatus> stores() const;
    /** True when a policy store could not be read: every key is locked to its default, and nobody signs in.
     */
    bool failedClosed() const { return !m_policyFailures.isEmpty(); }
    /** Why nobody signs in: the first unreadable policy store, its problem (with the line, for a file) and
     * the built-in help-desk text. Empty unless failedClosed(). */
    QString failedClosedMessage() const;

    static QString layerName(SettingsLayer layer);
    /** "policy (/etc/latchkey/policy.conf)", "built-in default", … */
    static QString describeSource(const ResolvedSetting &setting);

private:
    struct Store
    {
        SettingsLayer layer;
        std::unique_ptr<SettingsSource> source;
        QList<std::pair<QString, QVariant>> values; // as stored, read once
    };

    void resolve();

    std::vector<Store> m_stores;
    QList<SettingOverride> m_overrides;
    QHash<QString, ResolvedSetting> m_resolved;
    QList<SettingsProblem> m_problems;
    QList<SettingsProblem> m_policyFailures;
};

} // namespace latchkey
