#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace latchkey {

/** One entry of the phone page's country list. */
struct CallingCodeEntry
{
    QString region; // ISO 3166 code as libphonenumber knows it ("US", "DE", "AC")
    QString name;   // the territory's name in the UI language (from ICU); the region code when unnamed
    int callingCode = 0;
};

/**
 * The countries and regions libphonenumber can parse numbers for, with their calling codes. A thin
 * read-only view of libphonenumber's metadata for the phone page; parsing itself stays in PhoneNumber.
 */
class CallingCodes
{
public:
    /** Every supported region, named and sorted for the UI language (QLocale() unless given). */
    static QList<CallingCodeEntry> all(const QLocale &language = QLocale());
    /**
     * The list as the phone page shows it: the user's region, then the recently used ones in their order,
     * then all the others in the order of `sorted`. Unknown regions are skipped and none appears twice;
     * `leading` receives how many come before the others.
     */
    static QList<CallingCodeEntry> ordered(const QList<CallingCodeEntry> &sorted, const QString &userRegion,
                                           const QStringList &recent, qsizetype *leading);
    /** A region's name in a language, from ICU's data ("DE" in French: "Allemagne"). */
    static QString regionName(const QString &region, const QLocale &language = QLocale());
    /** 0 when the region is unknown. */
    static int callingCodeFor(const QString &region);
    /** An example mobile number of the region in national format, for a placeholder; empty when none. */
    static QString exampleNumber(const QString &region);
};

} // namespace latchkey
