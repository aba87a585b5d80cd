#include "CallingCodes.h"

#include <QCollator>
#include <QLocale>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <set>
#include <string>

namespace latchkey {

using i18n::phonenumbers::PhoneNumberUtil;

QList<CallingCodeEntry> CallingCodes::all()
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    std::set<std::string> regions;
    util->GetSupportedRegions(&regions);

    QList<CallingCodeEntry> entries;
    entries.reserve(static_cast<qsizetype>(regions.size()));
    for (const std::string &region : regions) {
        CallingCodeEntry entry;
        entry.region = QString::fromStdString(region);
        entry.callingCode = util->GetCountryCodeForRegion(region);
        const QLocale::Territory territory = QLocale::codeToTerritory(entry.region);
        entry.name =
            territory == QLocale::AnyTerritory ? entry.region : QLocale::territoryToString(territory);
        entries.append(entry);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(entries.begin(), entries.end(),
              [&collator](const CallingCodeEntry &a, const CallingCodeEntry &b) {
                  return collator.compare(a.name, b.name) < 0;
              });
    return entries;
}

int CallingCodes::callingCodeFor(const QString &region)
{
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region.toUpper().toStdString());
}

QString CallingCodes::regionForInternationalInput(const QString &input)
{
    const QString trimmed = input.trimmed();
    if (!trimmed.startsWith(QLatin1Char('+'))) {
        return QString();
    }
    std::string digits;
    for (const QChar c : trimmed) {
        const int value = c.digitValue();
        if (value >= 0 && value <= 9) {
            digits += static_cast<char>('0' + value);
        }
    }
    // Calling codes have one to three digits and none is a prefix of another.
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    for (std::size_t length = 1; length <= 3 && length <= digits.size(); ++length) {
        const int code = std::stoi(digits.substr(0, length));
        std::string region;
        util->GetRegionCodeForCountryCode(code, &region);
        if (region != "ZZ" && !region.empty()) {
            return QString::fromStdString(region);
        }
    }
    return QString();
}

QString CallingCodes::exampleNumber(const QString &region)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (!util->GetExampleNumberForType(region.toUpper().toStdString(), PhoneNumberUtil::MOBILE, &number)) {
        return QString();
    }
    std::string formatted;
    util->Format(number, PhoneNumberUtil::NATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

} // namespace latchkey
