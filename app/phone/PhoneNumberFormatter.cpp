#include "PhoneNumberFormatter.h"

#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumberutil.h>

#include <memory>
#include <string>

namespace latchkey {

using i18n::phonenumbers::AsYouTypeFormatter;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

constexpr QChar fullwidthPlus(0xFF0B);

bool isSignificant(QChar c)
{
    return c == QLatin1Char('+') || c == fullwidthPlus || (c.isDigit() && c.digitValue() >= 0);
}

int significantCount(const QString &text)
{
    int count = 0;
    for (const QChar c : text) {
        count += isSignificant(c) ? 1 : 0;
    }
    return count;
}

/** The digits as an international number when they start with the region's international prefix
 * ("011 49 30 123456" in the US): "+4930123456"; empty when they do not, or not yet recognisably. */
QString internationalFromIdd(const std::string &digits, const std::string &region)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber parsed;
    if (util->ParseAndKeepRawInput(digits, region, &parsed) != PhoneNumberUtil::NO_PARSING_ERROR ||
        parsed.country_code_source() != i18n::phonenumbers::PhoneNumber::FROM_NUMBER_WITH_IDD) {
        return QString();
    }
    std::string e164;
    util->Format(parsed, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

/** Regions whose international prefix is longer than 00 and starts with 001 (Australia's 0011): there a
 * leading 00 is not yet the "+". */
bool hasLongIddStartingWith001(const std::string &region)
{
    const QString probe = internationalFromIdd("0011442079460958", region);
    return probe.startsWith(QStringLiteral("+44"));
}

/** The calling code at the start of international digits (without "+"), and how many digits it has. */
int leadingCallingCode(const QString &digits, int *length)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    // Calling codes have one to three digits and none is a prefix of another.
    for (int size = 1; size <= 3 && size <= digits.size(); ++size) {
        const int code = digits.left(size).toInt();
        std::string region;
        util->GetRegionCodeForCountryCode(code, &region);
        if (code > 0 && region != "ZZ" && !region.empty()) {
            if (length) {
                *length = size;
            }
            return code;
        }
    }
    return 0;
}

} // namespace

QString PhoneNumberFormatter::normalize(const QString &text, const QString &region)
{
    QString input = text.trimmed();
    if (input.startsWith(QStringLiteral("tel:"), Qt::CaseInsensitive)) {
        input = input.mid(4);
        if (const auto parameters = input.indexOf(QLatin1Char(';')); parameters >= 0) {
            input.truncate(parameters); // ";ext=…", ";phone-context=…"
        }
    }
    bool plus = false;
    std::string digits;
    for (const QChar c : input) {
        if ((c == QLatin1Char('+') || c == fullwidthPlus) && digits.empty()) {
            plus = true;
        } else if (c.isDigit() && c.digitValue() >= 0) {
            digits += static_cast<char>('0' + c.digitValue());
        }
    }
    if (!plus) {
        const std::string regionCode = region.toUpper().toStdString();
        if (const QString international = internationalFromIdd(digits, regionCode);
            !international.isEmpty()) {
            return international;
        }
        // 00 is the international prefix almost everywhere, and no national number starts with it.
        if (digits.rfind("00", 0) == 0 &&
            !((digits.size() == 2 || digits.rfind("001", 0) == 0) && hasLongIddStartingWith001(regionCode))) {
            plus = true;
            digits.erase(0, 2);
        }
    }
    return (plus ? QStringLiteral("+") : QString()) + QString::fromStdString(digits);
}

PhoneNumberFormatter::Result PhoneNumberFormatter::format(const QString &text, int cursor,
                                                          const QString &region)
{
    cursor = qBound(0, cursor, static_cast<int>(text.size()));
    const QString normalized = normalize(text, region);
    const bool atEnd = significantCount(text.mid(cursor)) == 0;
    const int before = significantCount(normalize(text.left(cursor), region));

    Result result;
    if (!normalized.isEmpty()) {
        std::unique_ptr<AsYouTypeFormatter> formatter(
            PhoneNumberUtil::GetInstance()->GetAsYouTypeFormatter(region.toUpper().toStdString()));
        std::string formatted;
        for (const QChar c : normalized) {
            formatter->InputDigit(c.unicode(), &formatted);
        }
        result.text = QString::fromStdString(formatted);
    }
    if (atEnd) {
        result.cursor = static_cast<int>(result.text.size());
        return result;
    }
    int seen = 0;
    result.cursor = 0;
    for (int i = 0; i < result.text.size() && seen < before; ++i) {
        if (isSignificant(result.text.at(i))) {
            ++seen;
            result.cursor = i + 1;
        }
    }
    return result;
}

PhoneNumberFormatter::Result PhoneNumberFormatter::backspace(const QString &text, int cursor,
                                                             const QString &region)
{
    cursor = qBound(0, cursor, static_cast<int>(text.size()));
    for (int i = cursor - 1; i >= 0; --i) {
        if (isSignificant(text.at(i))) {
            QString edited = text;
            edited.remove(i, 1);
            return format(edited, i, region);
        }
    }
    return format(text, cursor, region);
}

PhoneNumberFormatter::Result PhoneNumberFormatter::deleteForward(const QString &text, int cursor,
                                                                 const QString &region)
{
    cursor = qBound(0, cursor, static_cast<int>(text.size()));
    for (int i = cursor; i < text.size(); ++i) {
        if (isSignificant(text.at(i))) {
            QString edited = text;
            edited.remove(i, 1);
            return format(edited, cursor, region);
        }
    }
    return format(text, cursor, region);
}

int PhoneNumberFormatter::callingCode(const QString &text, const QString &region)
{
    const QString normalized = normalize(text, region);
    if (!normalized.startsWith(QLatin1Char('+'))) {
        return 0;
    }
    return leadingCallingCode(normalized.mid(1), nullptr);
}

QString PhoneNumberFormatter::regionOf(const QString &text, const QString &region)
{
    const QString normalized = normalize(text, region);
    const int code = callingCode(normalized, region);
    if (code == 0) {
        return QString();
    }
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    std::string result;
    i18n::phonenumbers::PhoneNumber parsed;
    if (util->Parse(normalized.toStdString(), "ZZ", &parsed) == PhoneNumberUtil::NO_PARSING_ERROR &&
        util->IsValidNumber(parsed)) {
        util->GetRegionCodeForNumber(parsed, &result);
    }
    if (result.empty() || result == "ZZ" || result == "001") {
        util->GetRegionCodeForCountryCode(code, &result);
    }
    if (result == "ZZ" || result == "001") { // non-geographic codes (+800, +882…) have no country
        return QString();
    }
    return QString::fromStdString(result);
}

PhoneNumberFormatter::Result PhoneNumberFormatter::switchRegion(const QString &text, const QString &newRegion)
{
    QString normalized = normalize(text, newRegion);
    const int newCode =
        PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(newRegion.toUpper().toStdString());
    if (normalized.startsWith(QLatin1Char('+')) && newCode > 0) {
        const QString digits = normalized.mid(1);
        int length = 0;
        if (leadingCallingCode(digits, &length) == 0) {
            length = qMin(3, static_cast<int>(digits.size())); // an unknown or unfinished code is replaced
        }
        normalized = QLatin1Char('+') + QString::number(newCode) + digits.mid(length);
    }
    return format(normalized, static_cast<int>(normalized.size()), newRegion);
}

} // namespace latchkey
