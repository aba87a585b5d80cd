#include "PhoneNumberFormatter.h"

#include "PhoneNumberEngine.h"

namespace latchkey {

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

/** Regions whose international prefix is longer than 00 and starts with 001 (Australia's 0011): there a
 * leading 00 is not yet the "+". */
bool hasLongIddStartingWith001(const QString &region)
{
    const QString probe =
        PhoneNumberEngine::instance().internationalFromIdd(QStringLiteral("0011442079460958"), region);
    return probe.startsWith(QStringLiteral("+44"));
}

/** The calling code at the start of international digits (without "+"), and how many digits it has. */
int leadingCallingCode(const QString &digits, int *length)
{
    // Calling codes have one to three digits and none is a prefix of another.
    for (int size = 1; size <= 3 && size <= digits.size(); ++size) {
        const int code = digits.left(size).toInt();
        const QString region = code > 0 ? PhoneNumberEngine::instance().mainRegionOf(code) : QString();
        if (code > 0 && region != QLatin1String("ZZ") && !region.isEmpty()) {
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
    QString digits;
    for (const QChar c : input) {
        if ((c == QLatin1Char('+') || c == fullwidthPlus) && digits.isEmpty()) {
            plus = true;
        } else if (c.isDigit() && c.digitValue() >= 0) {
            digits += QLatin1Char(static_cast<char>('0' + c.digitValue()));
        }
    }
    if (!plus) {
        if (const QString international = PhoneNumberEngine::instance().internationalFromIdd(digits, region);
            !international.isEmpty()) {
            return international;
        }
        // 00 is the international prefix almost everywhere, and no national number starts with it.
        if (digits.startsWith(QLatin1String("00")) &&
            !((digits.size() == 2 || digits.startsWith(QLatin1String("001"))) &&
              hasLongIddStartingWith001(region))) {
            plus = true;
            digits.remove(0, 2);
        }
    }
    return (plus ? QStringLiteral("+") : QString()) + digits;
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
        result.text = PhoneNumberEngine::instance().formatAsTyped(normalized, region);
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
    const PhoneNumberEngine &engine = PhoneNumberEngine::instance();
    QString result = engine.regionOfNumber(normalized, true);
    if (result.isEmpty() || result == QLatin1String("ZZ") || result == QLatin1String("001")) {
        result = engine.mainRegionOf(code);
    }
    if (result == QLatin1String("ZZ") || result == QLatin1String("001")) { // non-geographic (+800, +882…)
        return QString();
    }
    return result;
}

PhoneNumberFormatter::Result PhoneNumberFormatter::switchRegion(const QString &text, const QString &newRegion)
{
    QString normalized = normalize(text, newRegion);
    const int newCode = PhoneNumberEngine::instance().countryCodeOfRegion(newRegion);
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
