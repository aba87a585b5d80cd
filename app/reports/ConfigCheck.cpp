#include "ConfigCheck.h"

#include "ExitCode.h"
#include "LogSink.h"
#include "SettingsSchema.h"

#include <QCoreApplication>
#include <QTimer>

namespace latchkey {

namespace {

constexpr int keyColumn = 32;
constexpr int valueColumn = 28;

QString indent(const QString &line)
{
    return QStringLiteral("  ") + line;
}

} // namespace

ConfigCheck::ConfigCheck(const SettingsResolver *resolver, QNetworkAccessManager *network, QObject *parent)
    : Report(parent)
    , m_resolver(resolver)
    , m_probe(new ConnectivityProbe(network, this))
{
    connect(m_probe, &ConnectivityProbe::finished, this, &ConfigCheck::onProbed);
}

QStringList ConfigCheck::storeLines(const SettingsResolver &resolver)
{
    QStringList lines;
    const QList<SettingsStoreStatus> stores = resolver.stores();
    for (const SettingsStoreStatus &store : stores) {
        QString state;
        if (!store.problem.isEmpty()) {
            state = tr("not read: %1").arg(store.problem);
        } else if (!store.exists) {
            state = tr("not present");
        } else {
            state = tr("%n key(s)", nullptr, store.keyCount);
        }
        lines << indent(
            QStringLiteral("%1 %2 (%3)")
                .arg(SettingsResolver::layerName(store.layer).leftJustified(15), store.location, state));
    }
    return lines;
}

QStringList ConfigCheck::settingLines(const SettingsResolver &resolver)
{
    QStringList lines;
    const QList<ResolvedSetting> settings = resolver.all();
    QStringList values;
    qsizetype widest = valueColumn; // the column grows to the longest value, so every source lines up
    for (const ResolvedSetting &setting : settings) {
        QString value = SettingsSchema::displayValue(setting.value);
        if (setting.key == SettingsKey::logDirectory && setting.value.toString().isEmpty()) {
            value = tr("(default) %1").arg(LogSink::defaultDirectory());
        }
        widest = qMax(widest, value.size() + 1);
        values << value;
    }
    for (qsizetype i = 0; i < settings.size(); ++i) {
        const ResolvedSetting &setting = settings.at(i);
        lines << indent(QStringLiteral("%1 = %2 %3")
                            .arg(setting.key.leftJustified(keyColumn - 3), values.at(i).leftJustified(widest),
                                 SettingsResolver::describeSource(setting)));
    }
    return lines;
}

QList<SettingsProblem> ConfigCheck::allProblems(const SettingsResolver &resolver)
{
    QList<SettingsProblem> problems = resolver.problems();
    const EffectiveSettings settings = EffectiveSettings::from(resolver, &problems);
    if (settings.mode == EffectiveSettings::Mode::Twilio && settings.verifyServiceSid.isEmpty()) {
        const ResolvedSetting sid = resolver.get(SettingsKey::verifyServiceSid);
        problems.append({SettingsProblem::Severity::Error, sid.layer, QString(), sid.key,
                         tr("is not set; direct mode needs the Verify Service SID (VA…)")});
    }
    const QString startProblem = settings.startProblem(resolver);
    // The sandbox being off is already reported against Server/Mode.
    if (!startProblem.isEmpty() && !(settings.mode == EffectiveSettings::Mode::Sandbox)) {
        problems.append(
            {SettingsProblem::Severity::Error, SettingsLayer::BuiltIn, QString(), QString(), startProblem});
    }
    return problems;
}

void ConfigCheck::setSandboxProgram(const QString &program, const QString &missingMessage)
{
    m_sandboxLookedFor = true;
    m_sandboxProgram = program;
    m_sandboxMissingMessage = missingMessage;
}

void ConfigCheck::start()
{
    m_settings = EffectiveSettings::from(*m_resolver);
    m_problems = allProblems(*m_resolver);
    const bool sandbox = m_settings.mode == EffectiveSettings::Mode::Sandbox;
    if (sandbox && m_sandboxLookedFor && m_sandboxProgram.isEmpty()) {
        m_problems.append({SettingsProblem::Severity::Error, SettingsLayer::BuiltIn, QString(), QString(),
                           m_sandboxMissingMessage});
    }
    m_lines << tr("Latchkey %1: configuration check").arg(QStringLiteral(LATCHKEY_VERSION)) << QString();
    m_lines << tr("Stores, highest layer first:") << storeLines(*m_resolver) << QString();
    m_lines << tr("Effective settings (key = value, source):") << settingLines(*m_resolver) << QString();

    const QUrl server = m_settings.serverOrigin();
    if (sandbox) {
        if (m_sandboxProgram.isEmpty()) {
            m_lines << tr(
                "Server: the sandbox, which Latchkey starts as its child process latchkey-sandbox on "
                "127.0.0.1 (nothing to reach).");
        } else {
            m_lines << tr("Server: the sandbox, which Latchkey starts as its child process %1 on 127.0.0.1 "
                          "(nothing to reach).")
                           .arg(m_sandboxProgram);
        }
        m_lines << QString();
        QTimer::singleShot(0, this, &ConfigCheck::finish);
    } else if (server.isEmpty()) {
        QTimer::singleShot(0, this, &ConfigCheck::finish);
    } else {
        m_probe->probe(server);
    }
}

void ConfigCheck::onProbed(const ProbeResult &result)
{
    m_lines << tr("Server:");
    for (const QString &line : result.describe()) {
        m_lines << indent(line);
    }
    m_lines << QString();
    const QString key = m_settings.mode == EffectiveSettings::Mode::Twilio ? SettingsKey::verifyBaseUrl
                                                                           : SettingsKey::serverUrl;
    const ResolvedSetting setting = m_resolver->get(key);
    if (!result.reached) {
        m_problems.append({SettingsProblem::Severity::Error, setting.layer, setting.location, key,
                           tr("%1 cannot be reached: %2").arg(result.url.toString(), result.error)});
    }
    for (const QString &tlsError : result.tlsErrors) {
        m_problems.append({SettingsProblem::Severity::Error, setting.layer, setting.location, key,
                           tr("TLS: %1").arg(tlsError)});
    }
    finish();
}

void ConfigCheck::finish()
{
    int errors = 0;
    int warnings = 0;
    if (!m_problems.isEmpty()) {
        m_lines << tr("Problems:");
        for (const SettingsProblem &problem : std::as_const(m_problems)) {
            m_lines << indent(problem.toString());
            (problem.severity == SettingsProblem::Severity::Error ? errors : warnings) += 1;
        }
        m_lines << QString();
    }
    if (errors > 0) {
        // One sentence per count, so each gets its own plural form.
        QString result = tr("Result: %n error(s); exit code 3.", nullptr, errors);
        if (warnings > 0) {
            result += QLatin1Char(' ') + tr("Also %n warning(s).", nullptr, warnings);
        }
        m_lines << result;
    } else if (warnings > 0) {
        m_lines << tr("Result: no errors, %n warning(s); exit code 0.", nullptr, warnings);
    } else {
        m_lines << tr("Result: no problems; exit code 0.");
    }
    emit finished();
}

int ConfigCheck::exitCode() const
{
    for (const SettingsProblem &problem : m_problems) {
        if (problem.severity == SettingsProblem::Severity::Error) {
            return toInt(ExitCode::ConfigurationError);
        }
    }
    return 0;
}

} // namespace latchkey
