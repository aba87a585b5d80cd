#include "SettingsLocations.h"

#include "ManagedPreferencesSource.h"
#include "PolicyDirectory.h"
#include "QtSettingsSource.h"
#include "SettingsResolver.h"

namespace latchkey {

QString SettingsLocations::adminGuide()
{
#if defined(LATCHKEY_ADMIN_GUIDE)
    return QStringLiteral(LATCHKEY_ADMIN_GUIDE); // where the package installs it (packaging/CMakeLists.txt)
#else
    return QStringLiteral("admin-guide.md"); // beside Latchkey in its installation folder or bundle
#endif
}

void SettingsLocations::addPlatformSources(SettingsResolver *resolver)
{
#if defined(Q_OS_WIN)
    // The 64-bit view, so a 32-bit build does not read WOW6432Node instead of what Group Policy wrote.
    resolver->addSource(
        SettingsLayer::Policy,
        QtSettingsSource::native(QSettings::Registry64Format,
                                 QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\Latchkey"),
                                 QStringLiteral("HKLM\\Software\\Policies\\Latchkey")));
    resolver->addSource(
        SettingsLayer::Policy,
        QtSettingsSource::native(QSettings::Registry64Format,
                                 QStringLiteral("HKEY_CURRENT_USER\\Software\\Policies\\Latchkey"),
                                 QStringLiteral("HKCU\\Software\\Policies\\Latchkey")));
    resolver->addSource(SettingsLayer::User,
                        QtSettingsSource::scope(QSettings::Registry64Format, QSettings::UserScope));
    resolver->addSource(SettingsLayer::AdminDefaults,
                        QtSettingsSource::scope(QSettings::Registry64Format, QSettings::SystemScope));
#elif defined(Q_OS_MACOS)
    resolver->addSource(SettingsLayer::Policy,
                        std::make_unique<ManagedPreferencesSource>(macApplicationId()));
    resolver->addSource(SettingsLayer::User,
                        QtSettingsSource::scope(QSettings::NativeFormat, QSettings::UserScope));
    resolver->addSource(SettingsLayer::AdminDefaults,
                        QtSettingsSource::scope(QSettings::NativeFormat, QSettings::SystemScope));
#else
    PolicyDirectory(linuxPolicyFolder(), 0).addTo(resolver); // only root's files are policy
    resolver->addSource(SettingsLayer::User,
                        QtSettingsSource::scope(QSettings::NativeFormat, QSettings::UserScope));
    resolver->addSource(SettingsLayer::AdminDefaults,
                        QtSettingsSource::scope(QSettings::NativeFormat, QSettings::SystemScope));
#endif
}

} // namespace latchkey
