#include "SettingsResolver.h"

#include "SettingsSchema.h"

#include <QCoreApplication>

namespace latchkey {

namespace {

int rank(SettingsLayer layer)
{
    return static_cast<int>(layer);
}

} // namespace

QString SettingsProblem::toString() const
{
    QStringList parts{severity == Severity::Error ? QCoreApplication::translate("Settings", "error")
                                                  : QCoreApplication::translate("Settings", "warning")};
    for (const QString &part : {location, key}) {
        if (!part.isEmpty()) {
            parts.append(part);
        }
    }
    return parts.join(QStringLiteral(": ")) + QStringLiteral(": ") + message;
}

SettingsResolver::SettingsResolver()
{
    resolve();
}

SettingsResolver::~SettingsResolver() = default;

void SettingsResolver::addSource(SettingsLayer layer, std::unique_ptr<SettingsSource> source)
{
    Store store{layer, std::move(source), {}};
    if (store.source->problem().isEmpty()) {
        const QStringList keys = store.source->keys();
        for (const QString &key : keys) {
            store.values.append({key, store.source->value(key)});
        }
    }
    // Keep the stores sorted by layer, in the order they were added within a layer.
    auto position = m_stores.begin();
    while (position != m_stores.end() && rank(position->layer) <= rank(layer)) {
        ++position;
    }
    m_stores.insert(position, std::move(store));
    resolve();
}

bool SettingsResolver::applyCommandLine(const QList<SettingOverride> &overrides, QString *refusal)
{
    for (const SettingOverride &override : overrides) {
        QVariant parsed;
        QString problem;
        if (!SettingsSchema::parse(override.key, override.value, &parsed, &problem)) {
            *refusal = QCoreApplication::translate("Settings", "%1: %2 %3")
                           .arg(override.option, SettingsSchema::find(override.key)->key, problem);
            return false;
        }
        const ResolvedSetting current = get(override.key);
        if (current.locked && parsed != current.value) {
            *refusal = QCoreApplication::translate(
                           "Settings",
                           "%1: %2 is set by your organisation's policy (%3) and cannot be changed on the "
                           "command line.")
                           .arg(override.option, current.key, current.location);
            return false;
        }
    }
    m_overrides = overrides;
    resolve();
    return true;
}

void SettingsResolver::resolve()
{
    m_resolved.clear();
    m_problems.clear();
    m_policyFailures.clear();

    auto take = [this](const QString &key, const QVariant &value, SettingsLayer layer,
                       const QString &location, bool locked) {
        if (!m_resolved.contains(key)) {
            m_resolved.insert(key, ResolvedSetting{key, value, layer, location, locked});
        }
    };

    auto readStore = [&](const Store &store) {
        const QString location = store.source->location();
        if (!store.source->problem().isEmpty()) {
            m_problems.append({SettingsProblem::Severity::Error, store.layer, location, QString(),
                               store.source->problem()});
            return;
        }
        for (const auto &[storedKey, raw] : store.values) {
            const SettingDefinition *definition = SettingsSchema::find(storedKey);
            if (!definition) {
                m_problems.append({SettingsProblem::Severity::Error, store.layer, location, storedKey,
                                   SettingsSchema::unknownKeyMessage(storedKey)});
                continue;
            }
            QVariant value;
            QString problem;
            const bool valid = SettingsSchema::parse(definition->key, raw, &value, &problem);
            const bool shadowed = m_resolved.contains(definition->key);
            if (!valid) {
                m_problems.append(
                    {SettingsProblem::Severity::Error, store.layer, location, definition->key, problem});
            }
            if (store.layer == SettingsLayer::Policy) {
                // Policy locks a key it sets, even to a bad value: the key then keeps its built-in default.
                take(definition->key, valid ? value : definition->builtIn, store.layer, location, true);
            } else if (valid && !shadowed) {
                take(definition->key, value, store.layer, location, false);
            }
        }
    };

    for (const Store &store : m_stores) {
        if (store.layer == SettingsLayer::Policy && !store.source->problem().isEmpty()) {
            m_policyFailures.append({SettingsProblem::Severity::Error, store.layer, store.source->location(),
                                     QString(), store.source->problem()});
        }
    }
    if (!m_policyFailures.isEmpty()) {
        // A policy that cannot be read could have locked any key, so every key is locked to its built-in
        // default; and the sandbox is off, since its default lets anyone "sign in" to a demo.
        const QString location = QCoreApplication::translate("Settings", "%1, unreadable")
                                     .arg(m_policyFailures.constFirst().location);
        for (const SettingDefinition &definition : SettingsSchema::definitions()) {
            const QVariant value =
                definition.key == SettingsKey::allowSandbox ? QVariant(false) : definition.builtIn;
            take(definition.key, value, SettingsLayer::Policy, location, true);
        }
    }
    for (const Store &store : m_stores) {
        if (store.layer == SettingsLayer::Policy) {
            readStore(store);
        }
    }
    for (const SettingOverride &override : m_overrides) {
        QVariant value;
        QString problem;
        const SettingDefinition *definition = SettingsSchema::find(override.key);
        if (definition && SettingsSchema::parse(definition->key, override.value, &value, &problem)) {
            take(definition->key, value, SettingsLayer::CommandLine,
                 QCoreApplication::translate("Settings", "command line (%1)").arg(override.option), false);
        }
    }
    for (const Store &store : m_stores) {
        if (store.layer != SettingsLayer::Policy) {
            readStore(store);
        }
    }
    for (const SettingDefinition &definition : SettingsSchema::definitions()) {
        take(definition.key, definition.builtIn, SettingsLayer::BuiltIn, QString(), false);
    }
}

ResolvedSetting SettingsResolver::get(const QString &key) const
{
    const SettingDefinition *definition = SettingsSchema::find(key);
    Q_ASSERT_X(definition, "SettingsResolver::get", "unknown key");
    return definition ? m_resolved.value(definition->key)
                      : ResolvedSetting{key, {}, SettingsLayer::BuiltIn, {}, false};
}

QList<ResolvedSetting> SettingsResolver::all() const
{
    QList<ResolvedSetting> settings;
    for (const SettingDefinition &definition : SettingsSchema::definitions()) {
        settings.append(m_resolved.value(definition.key));
    }
    return settings;
}

QList<SettingsStoreStatus> SettingsResolver::stores() const
{
    QList<SettingsStoreStatus> statuses;
    for (const Store &store : m_stores) {
        statuses.append({store.layer, store.source->location(), store.source->exists(),
                         static_cast<int>(store.values.size()), store.source->problem()});
    }
    return statuses;
}

QString SettingsResolver::failedClosedMessage() const
{
    if (m_policyFailures.isEmpty()) {
        return QString();
    }
    const SettingsProblem &failure = m_policyFailures.constFirst();
    QString message =
        QCoreApplication::translate(
            "Settings", "Your organisation's policy cannot be read (%1: %2), so Latchkey does not "
                        "sign in. Ask your administrator or help desk to fix it.")
            .arg(failure.location, failure.message);
    // The built-in text, never the broken store's own: nothing in it can be trusted.
    const QString helpDesk = SettingsSchema::find(SettingsKey::helpDeskText)->builtIn.toString();
    if (!helpDesk.isEmpty()) {
        message += QLatin1Char('\n') + QCoreApplication::translate("main", "Help: %1").arg(helpDesk);
    }
    return message;
}

QString SettingsResolver::layerName(SettingsLayer layer)
{
    switch (layer) {
    case SettingsLayer::Policy:
        return QCoreApplication::translate("Settings", "policy");
    case SettingsLayer::CommandLine:
        return QCoreApplication::translate("Settings", "command line");
    case SettingsLayer::User:
        return QCoreApplication::translate("Settings", "user settings");
    case SettingsLayer::AdminDefaults:
        return QCoreApplication::translate("Settings", "admin defaults");
    case SettingsLayer::BuiltIn:
        return QCoreApplication::translate("Settings", "built-in default");
    }
    return QString();
}

QString SettingsResolver::describeSource(const ResolvedSetting &setting)
{
    switch (setting.layer) {
    case SettingsLayer::BuiltIn:
        return layerName(setting.layer);
    case SettingsLayer::CommandLine:
        return setting.location;
    case SettingsLayer::Policy:
        return QCoreApplication::translate("Settings", "policy (%1), locked").arg(setting.location);
    case SettingsLayer::User:
    case SettingsLayer::AdminDefaults:
        break;
    }
    return QStringLiteral("%1 (%2)").arg(layerName(setting.layer), setting.location);
}

} // namespace latchkey
