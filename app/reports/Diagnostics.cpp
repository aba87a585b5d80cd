#include "Diagnostics.h"

#include "ConfigCheck.h"
#include "EffectiveSettings.h"
#include "LogSink.h"
#include "Redactor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSysInfo>
#include <QTimer>

namespace latchkey {

namespace {} // namespace

Diagnostics::Diagnostics(const SettingsResolver *resolver, QNetworkAccessManager *network, QObject *parent)
    : Report(parent)
    , m_resolver(resolver)
    , m_probe(new ConnectivityProbe(network, this))
{
    connect(m_probe, &ConnectivityProbe::finished, this, &Diagnostics::onProbed);
}

void Diagnostics::start()
{
    const EffectiveSettings settings = EffectiveSettings::from(*m_resolver);
    m_lines << tr("Latchkey support bundle (phone numbers, codes and secrets are redacted)") << QString();
    m_lines << tr("Version: Latchkey %1, Qt %2 (built with %3)")
                   .arg(QStringLiteral(LATCHKEY_VERSION), QString::fromLatin1(qVersion()),
                        QStringLiteral(QT_VERSION_STR));
    m_lines << tr("System: %1; kernel %2 %3; %4")
                   .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
                        QSysInfo::currentCpuArchitecture());
    m_lines << tr("Created: %1").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!m_keychainStatus.isEmpty()) {
        m_lines << tr("Keychain: %1").arg(m_keychainStatus);
    }
    m_lines << QString();
    m_lines << tr("Stores, highest layer first:") << ConfigCheck::storeLines(*m_resolver) << QString();
    m_lines << tr("Effective settings (key = value, source):") << ConfigCheck::settingLines(*m_resolver)
            << QString();
    const QList<SettingsProblem> problems = ConfigCheck::allProblems(*m_resolver);
    m_lines << tr("Problems:");
    for (const SettingsProblem &problem : problems) {
        m_lines << QStringLiteral("  ") + problem.toString();
    }
    if (problems.isEmpty()) {
        m_lines << tr("  none");
    }
    m_lines << QString();

    const QUrl server = settings.serverOrigin();
    if (server.isEmpty()) {
        m_lines << tr("Connectivity: no server to reach (mode %1).")
                       .arg(EffectiveSettings::modeName(settings.mode))
                << QString();
        QTimer::singleShot(0, this, &Diagnostics::finish);
        return;
    }
    m_probe->probe(server);
}

void Diagnostics::onProbed(const ProbeResult &result)
{
    m_lines << tr("Connectivity (proxy in effect, TLS and certificate chain):");
    for (const QString &line : result.describe()) {
        m_lines << QStringLiteral("  ") + line;
    }
    m_lines << QString();
    finish();
}

void Diagnostics::finish()
{
    const EffectiveSettings settings = EffectiveSettings::from(*m_resolver);
    if (settings.logDirectory.isEmpty()) {
        m_lines << tr("Last log lines: no log file (Logging/Directory is none).");
    } else {
        const QStringList lines = LogSink::lastLines(settings.logDirectory, logLineCount);
        m_lines << tr("Last log lines (%1):").arg(LogSink::logFilePath(settings.logDirectory));
        for (const QString &line : lines) {
            m_lines << QStringLiteral("  ") + line;
        }
        if (lines.isEmpty()) {
            m_lines << tr("  none");
        }
    }
    emit finished();
}

QString Diagnostics::bundle() const
{
    return Redactor::redact(m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

} // namespace latchkey
