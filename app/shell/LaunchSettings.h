#pragma once

#include "CommandLine.h"
#include "EffectiveSettings.h"
#include "SettingsResolver.h"

namespace latchkey {

class Console;

/**
 * The settings one launch runs with: the resolver (whose stores the caller added: the platform's, or a
 * test's files) with the command line's options applied, read into EffectiveSettings. Refuses, on the
 * console, what the command line asks for and policy does not allow. Every mode reads its settings here.
 */
class LaunchSettings
{
public:
    /** `resolver` must outlive this object. */
    LaunchSettings(CommandLine commandLine, SettingsResolver *resolver);

    /**
     * Applies the command line's options and reads the settings. False, with the reason on the console's
     * stderr, when an option would change what policy locks, or asks for a sandbox that is turned off, or
     * when a policy store cannot be read and this launch would sign in (window, --tty, --set-twilio-secret)
     * or has options: exit code 3 then.
     */
    bool resolve(Console *console);
    /** Logging as the settings say; a level set by policy is enforced (QT_LOGGING_RULES no longer changes
     * it). */
    void installLogging() const;
    /**
     * Before a sign-in (window or terminal): logs the settings' problems, and refuses --change-number outside
     * direct mode on the console (false: exit code 3).
     */
    bool allowsSignIn(Console *console) const;

    const CommandLine &commandLine() const { return m_commandLine; }
    const SettingsResolver &resolver() const { return *m_resolver; }
    const EffectiveSettings &settings() const { return m_settings; }
    /** Empty when a sign-in can start; otherwise why not (exit code 3). */
    QString startProblem() const { return m_settings.startProblem(*m_resolver); }

private:
    /** True when this launch cannot go on with a policy that could not be read (SettingsResolver fails
     * closed). */
    bool refusedWithoutPolicy() const;
    /** Empty unless the command line asked for a sandbox that the settings turn off: then the refusal. */
    QString sandboxRefusal() const;

    CommandLine m_commandLine;
    SettingsResolver *m_resolver;
    EffectiveSettings m_settings;
    QList<SettingsProblem> m_problems;
};

} // namespace latchkey
