#include "PhoneNumber.h"

#include <QCoreApplication>
#include <QLocale>
#include <phonenumbers/phonenumberutil.h>

namespace latchkey {

using i18n::phonenumbers::PhoneNumberUtil;

PhoneNumber PhoneNumber::parse(const QString &input, const QString &region)
{
    PhoneNumber result;
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty()) {
        result.m_problem = Problem::Empty;
        return result;
    }
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber parsed;
    const auto status = util->Parse(trimmed.toStdString(), region.toUpper().toStdString(), &parsed);
    switch (status) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        result.m_problem = Problem::InvalidCountryCode;
        return result;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        result.m_problem = Problem::TooShort;
        return result;
    case PhoneNumberUtil::TOO_LONG_NSN:
        result.m_problem = Problem::TooLong;
        return result;
    default:
        result.m_problem = Problem::NotANumber;
        return result;
    }
    switch (util->IsPossibleNumberWithReason(parsed)) {
    case PhoneNumberUtil::IS_POSSIBLE:
        result.m_problem = Problem::None;
        break;
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        result.m_problem = Problem::None;
        result.m_localOnly = true;
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        result.m_problem = Problem::InvalidCountryCode;
        return result;
    case PhoneNumberUtil::TOO_SHORT:
        result.m_problem = Problem::TooShort;
        return result;
    case PhoneNumberUtil::TOO_LONG:
        result.m_problem = Problem::TooLong;
        return result;
    default:
        result.m_problem = Problem::NotPossible;
        return result;
    }
    std::string formatted;
    util->Format(parsed, PhoneNumberUtil::E164, &formatted);
    result.m_e164 = QString::fromStdString(formatted);
    util->Format(parsed, PhoneNumberUtil::INTERNATIONAL, &formatted);
    result.m_international = QString::fromStdString(formatted);
    std::string regionCode;
    util->GetRegionCodeForNumber(parsed, &regionCode);
    result.m_region = QString::fromStdString(regionCode);
    result.m_valid = util->IsValidNumber(parsed);
    return result;
}

std::optional<E164Number> PhoneNumber::number() const
{
    if (!isPossible()) {
        return std::nullopt;
    }
    return E164Number(m_e164);
}

QString PhoneNumber::problemText() const
{
    switch (m_problem) {
    case Problem::None:
        return QString();
    case Problem::Empty:
        return tr("Enter your phone number.");
    case Problem::NotANumber:
        return tr("This does not look like a phone number.");
    case Problem::InvalidCountryCode:
        return tr("The country code is not known. Choose a country or start the number with + and its code.");
    case Problem::TooShort:
        return tr("This number is too short for the chosen country.");
    case Problem::TooLong:
        return tr("This number is too long for the chosen country.");
    case Problem::NotPossible:
        return tr("This number cannot exist in the chosen country.");
    }
    return QString();
}

QString PhoneNumber::masked(const QString &e164)
{
    if (e164.size() < 4 || !e164.startsWith(QLatin1Char('+'))) {
        return QStringLiteral("•••");
    }
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber parsed;
    QString countryCode;
    if (util->Parse(e164.toStdString(), "ZZ", &parsed) == PhoneNumberUtil::NO_PARSING_ERROR) {
        countryCode = QString::number(parsed.country_code());
    }
    const QString digits = e164.mid(1);
    const int hidden = qMax(0, static_cast<int>(digits.size()) - static_cast<int>(countryCode.size()) - 2);
    QString dots;
    for (int i = 0; i < hidden; ++i) {
        if (i > 0 && i % 3 == 0) {
            dots += QLatin1Char(' ');
        }
        dots += QChar(0x2022);
    }
    return QLatin1Char('+') + countryCode + QLatin1Char(' ') + dots + digits.right(2);
}

QString PhoneNumber::countryOf(const QString &e164)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber parsed;
    if (!e164.startsWith(QLatin1Char('+'))) {
        return QString();
    }
    std::string region;
    if (util->Parse(e164.toStdString(), "ZZ", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR) {
        // A masked number ("+1 ••• ••• ••42"): its country code, up to the first space.
        bool isNumber = false;
        const int code = e164.mid(1, e164.indexOf(QLatin1Char(' ')) - 1).toInt(&isNumber);
        if (isNumber) {
            util->GetRegionCodeForCountryCode(code, &region);
        }
        return region.size() == 2 && region != "ZZ" ? QString::fromStdString(region) : QString();
    }
    util->GetRegionCodeForNumber(parsed, &region);
    if (region.size() != 2 || region == "ZZ") {
        // A fictional or unassigned number (the sandbox's +1 202 555 01xx): its country code's main region.
        util->GetRegionCodeForCountryCode(parsed.country_code(), &region);
    }
    return region.size() == 2 && region != "ZZ" ? QString::fromStdString(region) : QString();
}

QString PhoneNumber::defaultRegion()
{
    const QLocale::Territory territory = QLocale::system().territory();
    const QString code = territory == QLocale::AnyTerritory ? QString() : QLocale::territoryToCode(territory);
    if (code.size() == 2) {
        return code; // libphonenumber is not asked here: that would load its metadata at start-up
    }
    return QStringLiteral("US");
}

} // namespace latchkey
