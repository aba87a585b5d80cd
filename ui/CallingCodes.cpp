#include "CallingCodes.h"

#include "PhoneNumberEngine.h"

#include <QCollator>
#include <QLocale>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace latchkey {

QString CallingCodes::regionName(const QString &region, const QLocale &language)
{
    // Qt 6.4's QLocale::territoryToString() is English only; ICU has the names in every language.
    const icu::Locale display(language.name().toLatin1().constData()); // "de_DE"; "C" falls back to English
    const icu::Locale territory("", region.toUpper().toLatin1().constData());
    icu::UnicodeString name;
    territory.getDisplayCountry(display, name);
    return QString(reinterpret_cast<const QChar *>(name.getBuffer()), name.length());
}

QList<CallingCodeEntry> CallingCodes::all(const QLocale &language)
{
    const PhoneNumberEngine &engine = PhoneNumberEngine::instance();
    const QStringList regions = engine.supportedRegions();

    QList<CallingCodeEntry> entries;
    entries.reserve(regions.size());
    for (const QString &region : regions) {
        CallingCodeEntry entry;
        entry.region = region;
        entry.callingCode = engine.countryCodeOfRegion(region);
        entry.name = regionName(entry.region, language);
        if (entry.name.isEmpty()) {
            entry.name = entry.region;
        }
        entries.append(entry);
    }
    QCollator collator(language);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(entries.begin(), entries.end(),
              [&collator](const CallingCodeEntry &a, const CallingCodeEntry &b) {
                  return collator.compare(a.name, b.name) < 0;
              });
    return entries;
}

QList<CallingCodeEntry> CallingCodes::ordered(const QList<CallingCodeEntry> &sorted,
                                              const QString &userRegion, const QStringList &recent,
                                              qsizetype *leading)
{
    QStringList first;
    for (const QString &region : QStringList{userRegion} + recent) {
        const QString code = region.toUpper();
        if (!code.isEmpty() && !first.contains(code)) {
            first.append(code);
        }
    }
    QList<CallingCodeEntry> result;
    result.reserve(sorted.size());
    for (const QString &region : first) {
        const auto entry = std::find_if(sorted.cbegin(), sorted.cend(),
                                        [&region](const CallingCodeEntry &e) { return e.region == region; });
        if (entry != sorted.cend()) {
            result.append(*entry);
        }
    }
    *leading = result.size();
    for (const CallingCodeEntry &entry : sorted) {
        if (!first.contains(entry.region)) {
            result.append(entry);
        }
    }
    return result;
}

int CallingCodes::callingCodeFor(const QString &region)
{
    return PhoneNumberEngine::instance().countryCodeOfRegion(region);
}

QString CallingCodes::exampleNumber(const QString &region)
{
    return PhoneNumberEngine::instance().exampleMobileNumber(region);
}

} // namespace latchkey
