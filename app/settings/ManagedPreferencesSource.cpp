#include "ManagedPreferencesSource.h"

#ifdef Q_OS_MACOS

#include "SettingsFile.h"
#include "SettingsSchema.h"

#include <CoreFoundation/CoreFoundation.h>
#include <QCoreApplication>
#include <QFileInfo>
#include <pwd.h>
#include <unistd.h>

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

/**
 * CFPreferences reads a managed domain it cannot open or parse as an empty one. Empty when each of the
 * domain's files (the user's, then the computer's) is missing or a property list; otherwise the first
 * problem, naming its file.
 */
QString managedFileProblem(const QString &applicationId)
{
    const QString directory = QStringLiteral("/Library/Managed Preferences/");
    const QString name = applicationId + QStringLiteral(".plist");
    QStringList paths;
    if (const passwd *user = getpwuid(getuid())) {
        paths << directory + QString::fromLocal8Bit(user->pw_name) + QLatin1Char('/') + name;
    }
    paths << directory + name;
    for (const QString &path : std::as_const(paths)) {
        if (!QFileInfo::exists(path)) {
            continue;
        }
        QByteArray contents;
        QString problem = SettingsFile::read(path, &contents);
        if (problem.isEmpty()) {
            const CFDataRef data =
                CFDataCreate(nullptr, reinterpret_cast<const UInt8 *>(contents.constData()), contents.size());
            const CFPropertyListRef list =
                CFPropertyListCreateWithData(nullptr, data, kCFPropertyListImmutable, nullptr, nullptr);
            if (!list || CFGetTypeID(list) != CFDictionaryGetTypeID()) {
                problem = QCoreApplication::translate("Settings", "is not a property list of settings");
            }
            if (list) {
                CFRelease(list);
            }
            CFRelease(data);
        }
        if (!problem.isEmpty()) {
            return path + QStringLiteral(": ") + problem;
        }
    }
    return QString();
}

} // namespace

ManagedPreferencesSource::ManagedPreferencesSource(QString applicationId)
    : m_applicationId(std::move(applicationId))
{
    m_problem = managedFileProblem(m_applicationId);
    if (!m_problem.isEmpty()) {
        return;
    }
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
