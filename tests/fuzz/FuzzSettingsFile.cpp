// Fuzz target: a settings file as Latchkey reads it. The input is written to an INI file that is read as
// mandatory policy and, again, as the user's settings (QtSettingsSource::iniFile), resolved through
// SettingsResolver with a command line on top, and turned into EffectiveSettings, as a launch does.
#include "EffectiveSettings.h"
#include "FuzzSupport.h"
#include "QtSettingsSource.h"
#include "SettingsResolver.h"
#include "SettingsSchema.h"

#include <QFile>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace latchkey;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    latchkey::fuzz::ensureApplication();
    static QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("settings.conf"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            abort();
        }
        file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }

    SettingsResolver resolver;
    resolver.addSource(SettingsLayer::Policy, QtSettingsSource::iniFile(path));
    resolver.addSource(SettingsLayer::User, QtSettingsSource::iniFile(path));
    QString refusal;
    resolver.applyCommandLine({{SettingsKey::mode, QStringLiteral("sandbox"), QStringLiteral("--sandbox")}},
                              &refusal);
    for (const ResolvedSetting &setting : resolver.all()) {
        SettingsResolver::describeSource(setting);
    }
    for (const SettingsProblem &problem : resolver.problems()) {
        problem.toString();
    }
    resolver.stores();
    QList<SettingsProblem> problems;
    const EffectiveSettings settings = EffectiveSettings::from(resolver, &problems);
    settings.startProblem(resolver);
    settings.serverOrigin();
    return 0;
}
