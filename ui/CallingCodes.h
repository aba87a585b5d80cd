#pragma once

#include <QList>
#include <QString>

namespace latchkey {

/** One entry of the phone page's country list. */
struct CallingCodeEntry
{
    QString region; // ISO 3166 code as libphonenumber knows it ("US", "DE", "AC")
    QString name;   // the territory's name from QLocale; the region code when QLocale has none
    int callingCode = 0;
};

/**
 * The countries and regions libphonenumber can parse numbers for, with their calling codes. A thin
 * read-only view of libphonenumber's metadata for the phone page; parsing itself stays in PhoneNumber.
 */
class CallingCodes
{
public:
    /** Every supported region, sorted by name for the current locale. */
    static QList<CallingCodeEntry> all();
    /** 0 when the region is unknown. */
    static int callingCodeFor(const QString &region);
    /** The main region for a number typed with a "+" prefix ("+44 20…" → "GB"); empty when unknown. */
    static QString regionForInternationalInput(const QString &input);
    /** An example mobile number of the region in national format, for a placeholder; empty when none. */
    static QString exampleNumber(const QString &region);
};

} // namespace latchkey
