#include "LibPhoneNumberEngine.h"

#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumberutil.h>

#include <memory>
#include <set>
#include <string>

namespace latchkey {

using i18n::phonenumbers::AsYouTypeFormatter;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneNumber LibPhoneNumberEngine::parse(const QString &input, const QString &region) const
{
    PhoneNumber result;
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty()) {
        result.m_problem = PhoneNumber::Problem::Empty;
        return result;
    }
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber parsed;
    switch (util->Parse(trimmed.toStdString(), region.toUpper().toStdString(), &parsed)) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        result.m_problem = PhoneNumber::Problem::InvalidCountryCode;
        return result;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        result.m_problem = PhoneNumber::Problem::TooShort;
        return result;
    case PhoneNumberUtil::TOO_LONG_NSN:
        result.m_problem = PhoneNumber::Problem::TooLong;
        return result;
    default:
        result.m_problem = PhoneNumber::Problem::NotANumber;
        return result;
    }
    switch (util->IsPossibleNumberWithReason(parsed)) {
    case PhoneNumberUtil::IS_POSSIBLE:
        result.m_problem = PhoneNumber::Problem::None;
        break;
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        result.m_problem = PhoneNumber::Problem::None;
        result.m_localOnly = true;
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        result.m_problem = PhoneNumber::Problem::InvalidCountryCode;
        return result;
    case PhoneNumberUtil::TOO_SHORT:
        result.m_problem = PhoneNumber::Problem::TooShort;
        return result;
    case PhoneNumberUtil::TOO_LONG:
        result.m_problem = PhoneNumber::Problem::TooLong;
        return result;
    default:
        result.m_problem = PhoneNumber::Problem::NotPossible;
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

int LibPhoneNumberEngine::countryCodeOf(const QString &e164) const
{
    i18n::phonenumbers::PhoneNumber parsed;
    if (PhoneNumberUtil::GetInstance()->Parse(e164.toStdString(), "ZZ", &parsed) !=
        PhoneNumberUtil::NO_PARSING_ERROR) {
        return 0;
    }
    return parsed.country_code();
}

QString LibPhoneNumberEngine::regionOfNumber(const QString &e164, bool validOnly) const
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber parsed;
    if (util->Parse(e164.toStdString(), "ZZ", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR ||
        (validOnly && !util->IsValidNumber(parsed))) {
        return QString();
    }
    std::string region;
    util->GetRegionCodeForNumber(parsed, &region);
    return QString::fromStdString(region);
}

QString LibPhoneNumberEngine::mainRegionOf(int countryCode) const
{
    std::string region;
    PhoneNumberUtil::GetInstance()->GetRegionCodeForCountryCode(countryCode, &region);
    return QString::fromStdString(region);
}

int LibPhoneNumberEngine::countryCodeOfRegion(const QString &region) const
{
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region.toUpper().toStdString());
}

QString LibPhoneNumberEngine::internationalFromIdd(const QString &digits, const QString &region) const
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber parsed;
    if (util->ParseAndKeepRawInput(digits.toStdString(), region.toUpper().toStdString(), &parsed) !=
            PhoneNumberUtil::NO_PARSING_ERROR ||
        parsed.country_code_source() != i18n::phonenumbers::PhoneNumber::FROM_NUMBER_WITH_IDD) {
        return QString();
    }
    std::string e164;
    util->Format(parsed, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QString LibPhoneNumberEngine::formatAsTyped(const QString &digits, const QString &region) const
{
    std::unique_ptr<AsYouTypeFormatter> formatter(
        PhoneNumberUtil::GetInstance()->GetAsYouTypeFormatter(region.toUpper().toStdString()));
    std::string formatted;
    for (const QChar c : digits) {
        formatter->InputDigit(c.unicode(), &formatted);
    }
    return QString::fromStdString(formatted);
}

QString LibPhoneNumberEngine::exampleMobileNumber(const QString &region) const
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

QStringList LibPhoneNumberEngine::supportedRegions() const
{
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    QStringList result;
    result.reserve(static_cast<qsizetype>(regions.size()));
    for (const std::string &region : regions) {
        result.append(QString::fromStdString(region));
    }
    return result;
}

} // namespace latchkey
