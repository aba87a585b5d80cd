#include "ManagedPreferencesSource.h"

#ifdef Q_OS_MACOS

#include "SettingsSchema.h"

#include <CoreFoundation/CoreFoundation.h>

namespace latchkey {

namespace {

/** Strings, booleans, numbers and arrays of strings: all a Latchkey key can hold. */
QVariant fromPropertyList(CFPropertyListRef value)
{
    if (!value) {
        return QVariant();
    }
    const CFTypeID type = CFGetTypeID(value);
    if (type == CFStringGetTypeID()) {
        return QString::fromCFString(static_cast<CFStringRef>(value));
    }
    if (type == CFBooleanGetTypeID()) {
        return QVariant(static_cast<bool>(CFBooleanGetValue(static_cast<CFBooleanRef>(value))));
    }
    if (type == CFNumberGetTypeID()) {
        long long number = 0;
        CFNumberGetValue(static_cast<CFNumberRef>(value), kCFNumberLongLongType, &number);
        return QVariant(static_cast<qlonglong>(number));
    }
    if (type == CFArrayGetTypeID()) {
        QStringList items;
        const auto array = static_cast<CFArrayRef>(value);
        for (CFIndex i = 0; i < CFArrayGetCount(array); ++i) {
            const auto item = CFArrayGetValueAtIndex(array, i);
            if (item && CFGetTypeID(item) == CFStringGetTypeID()) {
                items.append(QString::fromCFString(static_cast<CFStringRef>(item)));
            }
        }
        return items;
    }
    return QVariant();
}

} // namespace

ManagedPreferencesSource::ManagedPreferencesSource(QString applicationId)
    : m_applicationId(std::move(applicationId))
{
    const CFStringRef application = m_applicationId.toCFString();
    for (const SettingDefinition &definition : SettingsSchema::definitions()) {
        QString name = definition.key;
        name.replace(QLatin1Char('/'), QLatin1Char('.'));
        const CFStringRef key = name.toCFString();
        if (CFPreferencesAppValueIsForced(key, application)) {
            const CFPropertyListRef value = CFPreferencesCopyAppValue(key, application);
            m_values.insert(definition.key, fromPropertyList(value));
            if (value) {
                CFRelease(value);
            }
        }
        CFRelease(key);
    }
    CFRelease(application);
}

QString ManagedPreferencesSource::location() const
{
    return QStringLiteral("managed preferences (%1)").arg(m_applicationId);
}

} // namespace latchkey

#endif
