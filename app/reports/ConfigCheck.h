#pragma once

#include "ConnectivityProbe.h"
#include "EffectiveSettings.h"
#include "Report.h"
#include "SettingsResolver.h"

#include <QStringList>

class QNetworkAccessManager;

namespace latchkey {

/**
 * latchkey --check-config: every effective key with its value and source, every problem with its key and
 * store, and whether the configured server can be reached and how its TLS looks. Exit code 3 when anything
 * is wrong (a bad value, an unreadable store, no server, an unreachable server), 0 otherwise; warnings
 * (settings that are not enforced yet) are listed but do not fail the check.
 */
class ConfigCheck final : public Report
{
    Q_OBJECT
public:
    ConfigCheck(const SettingsResolver *resolver, QNetworkAccessManager *network, QObject *parent = nullptr);

    /**
     * In sandbox mode, the latchkey-sandbox found for it (empty: none is installed, an error saying
     * `missingMessage`). Without this call the sandbox is not looked for.
     */
    void setSandboxProgram(const QString &program, const QString &missingMessage);
    /** Checks the settings, probes the server (asynchronously), then emits finished(). */
    void start() override;
    QString report() const { return m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n'); }
    QString text() const override { return report(); }
    int exitCode() const override;
    QList<SettingsProblem> problems() const { return m_problems; }

    /** The stores, highest layer first, and whether each was there (shared with --diagnose). */
    static QStringList storeLines(const SettingsResolver &resolver);
    /** "Key = value    source" for every key. */
    static QStringList settingLines(const SettingsResolver &resolver);
    /** Every problem, from single values and from how keys combine, plus why a sign-in cannot start. */
    static QList<SettingsProblem> allProblems(const SettingsResolver &resolver);

private:
    void onProbed(const ProbeResult &result);
    void finish();

    const SettingsResolver *m_resolver;
    ConnectivityProbe *m_probe;
    EffectiveSettings m_settings;
    QList<SettingsProblem> m_problems;
    QStringList m_lines;
    bool m_sandboxLookedFor = false;
    QString m_sandboxProgram;
    QString m_sandboxMissingMessage;
};

} // namespace latchkey
