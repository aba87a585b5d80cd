#pragma once

#include <QString>

namespace latchkey {

class SettingsResolver;

/**
 * Where each layer lives on this platform. The shipped program takes its stores only from here, and these
 * paths are fixed: no environment variable or option moves or skips the policy layer.
 *
 * | layer | Linux | Windows | macOS |
 * | policy | /etc/latchkey/policy.conf, then policy.d/NAME.conf | HKLM, then HKCU \Software\Policies\Latchkey
 * | managed preferences | | user | ~/.config/Latchkey/latchkey.conf | HKCU\Software\Latchkey\latchkey |
 * ~/Library/Preferences | | admin defaults | /etc/xdg/Latchkey/latchkey.conf |
 * HKLM\Software\Latchkey\latchkey | /Library/Preferences
 * |
 */
class SettingsLocations
{
public:
    /** The policy folder: policy.conf and policy.d (PolicyDirectory), trusted only when root's. */
    static QString linuxPolicyFolder() { return QStringLiteral("/etc/latchkey"); }
    /** The preference domain on macOS (what a configuration profile's payload names). */
    static QString macApplicationId() { return QStringLiteral(LATCHKEY_APP_ID); }
    /** The admin guide as installed, for the messages that point to it. */
    static QString adminGuide();
    /** Adds this platform's policy, user and admin-default stores. Needs the application's identity set. */
    static void addPlatformSources(SettingsResolver *resolver);
};

} // namespace latchkey
