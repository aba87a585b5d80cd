#pragma once

#include "E164Number.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace latchkey {

/**
 * Phone numbers through libphonenumber: what the user typed (any common format, with or without a
 * country prefix) becomes E.164 for the server, and a masked form for the screen and the logs.
 */
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    enum class Problem { None, Empty, NotANumber, InvalidCountryCode, TooShort, TooLong, NotPossible };

    /** Parses input using region (ISO 3166 "US", "DE") for numbers without a + prefix. */
    static PhoneNumber parse(const QString &input, const QString &region);

    bool isPossible() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    /** A translated sentence for the user when not possible. */
    QString problemText() const;
    /** Whether libphonenumber's (possibly dated) metadata calls it valid; only a hint, the server decides. */
    bool looksValid() const { return m_valid; }
    /** Possible only as a local number (dialled without its area code), so still incomplete. */
    bool isLocalOnly() const { return m_localOnly; }

    QString e164() const { return m_e164; }
    /** The number to hand on when it is possible; empty otherwise. */
    std::optional<E164Number> number() const;
    /** International format, e.g. "+1 202-555-0142". */
    QString international() const { return m_international; }
    QString regionCode() const { return m_region; }

    /** "+1 ••• ••• ••42": the country code and the last two digits only. Safe for logs and screens. */
    static QString masked(const QString &e164);
    /**
     * The ISO 3166-1 alpha-2 country of an E.164 number ("US", "DE"): the number's own region where
     * libphonenumber knows it, else the main region of its country code; empty when it names none. A masked
     * number ("+1 ••• ••• ••42") gives its country code's main region (+1: "US").
     */
    static QString countryOf(const QString &e164);
    /** The region to preselect: the system locale's territory, "US" when it has none. Cheap: no metadata. */
    static QString defaultRegion();

private:
    friend class LibPhoneNumberEngine; // parses on parse()'s behalf

    Problem m_problem = Problem::Empty;
    bool m_valid = false;
    bool m_localOnly = false;
    QString m_e164;
    QString m_international;
    QString m_region;
};

} // namespace latchkey
