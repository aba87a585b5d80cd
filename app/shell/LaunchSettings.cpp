#include "LaunchSettings.h"

#include "Console.h"
#include "LogSink.h"
#include "Logging.h"
#include "SettingsSchema.h"

#include <QCoreApplication>

namespace latchkey {

LaunchSettings::LaunchSettings(CommandLine commandLine, SettingsResolver *resolver)
    : m_commandLine(std::move(commandLine))
    , m_resolver(resolver)
{}

bool LaunchSettings::resolve(Console *console)
{
    if (m_resolver->failedClosed() && refusedWithoutPolicy()) {
        // Said before any option is weighed: "locked by policy" would not name the line to fix.
        m_problems = m_resolver->problems();
        m_settings = EffectiveSettings::from(*m_resolver, &m_problems);
        console->printError(QStringLiteral("latchkey: ") + m_resolver->failedClosedMessage());
        return false;
    }
    QString refusal;
    if (!m_resolver->applyCommandLine(m_commandLine.overrides, &refusal)) {
        console->printError(QStringLiteral("latchkey: ") + refusal);
        return false;
    }
    m_problems = m_resolver->problems();
    m_settings = EffectiveSettings::from(*m_resolver, &m_problems);
    refusal = sandboxRefusal();
    if (!refusal.isEmpty()) {
        console->printError(QStringLiteral("latchkey: ") + refusal);
        return false;
    }
    return true;
}

bool LaunchSettings::refusedWithoutPolicy() const
{
    switch (m_commandLine.action) {
    case CommandLine::Action::SignIn:
    case CommandLine::Action::SetTwilioSecret:
        return true; // they talk to a server the broken policy may have chosen
    case CommandLine::Action::CheckConfig:
    case CommandLine::Action::Diagnose:
        return !m_commandLine.overrides.isEmpty(); // the reports say what is wrong; options cannot apply
    default:
        return false; // forgetting what this computer keeps needs no policy
    }
}

QString LaunchSettings::sandboxRefusal() const
{
    const ResolvedSetting mode = m_resolver->get(SettingsKey::mode);
    if (m_settings.mode != EffectiveSettings::Mode::Sandbox || m_settings.sandboxAllowed ||
        mode.layer != SettingsLayer::CommandLine) {
        return QString();
    }
    // Asked for on the command line: refused like a locked key, naming what turns the sandbox off.
    const ResolvedSetting allow = m_resolver->get(SettingsKey::allowSandbox);
    QString option;
    for (const SettingOverride &override : m_commandLine.overrides) {
        if (override.key == SettingsKey::mode) {
            option = override.option;
        }
    }
    return QCoreApplication::translate("main", "%1: the sandbox is turned off by %2 (%3).")
        .arg(option, allow.key, SettingsResolver::describeSource(allow));
}

void LaunchSettings::installLogging() const
{
    LogSink::install(m_settings.logLevel, m_settings.logDirectory, m_settings.syslog,
                     m_resolver->isLocked(SettingsKey::logLevel));
}

bool LaunchSettings::allowsSignIn(Console *console) const
{
    for (const SettingsProblem &problem : m_problems) {
        qCWarning(lcSettings).noquote() << problem.toString();
    }
    if (m_commandLine.changeNumber && m_settings.mode != EffectiveSettings::Mode::Twilio) {
        console->printError(QStringLiteral("latchkey: ") +
                            QCoreApplication::translate(
                                "main", "--change-number works only in direct mode: with a backend, the "
                                        "organisation's backend manages phone numbers. Ask your help desk to "
                                        "change yours."));
        return false;
    }
    return true;
}

} // namespace latchkey
