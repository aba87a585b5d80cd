#pragma once

#include <QString>

namespace latchkey {

/**
 * The phone number as it is typed, grouped by libphonenumber's AsYouTypeFormatter for a region: in the US
 * "2025550142" reads "(202) 555-0142", in Germany "030123456" reads "030 123456". Pasted numbers in any
 * common format ("+1 (202) 555-0142", "00 49 30 123456", "tel:+4930123456") are reduced to digits first;
 * a leading 00 or the region's own international prefix becomes "+". The cursor stays after the same
 * count of digits. No widgets: the phone page's field calls this on every edit.
 */
class PhoneNumberFormatter
{
public:
    /** The formatted text and where the cursor goes in it. */
    struct Result
    {
        QString text;
        int cursor = 0;
    };

    /** Reformats text for region; cursor (the position in text) maps to the same count of digits. */
    static Result format(const QString &text, int cursor, const QString &region);
    /** Backspace at cursor: removes the digit before it, stepping over separators, then reformats. */
    static Result backspace(const QString &text, int cursor, const QString &region);
    /** Delete at cursor: removes the digit after it, stepping over separators, then reformats. */
    static Result deleteForward(const QString &text, int cursor, const QString &region);

    /** An optional leading "+" and ASCII digits; "tel:", separators and letters dropped, any script's
     * digits mapped, an international prefix ("00", or the region's own such as "011") made "+". */
    static QString normalize(const QString &text, const QString &region);
    /** The calling code an international input starts with ("+49 30…" → 49); 0 when none is known yet. */
    static int callingCode(const QString &text, const QString &region);
    /** The region an international input belongs to: the number's own region once it is complete and
     * valid ("+1 416…" → "CA"), else the calling code's main region ("+1 …" → "US"); empty otherwise. */
    static QString regionOf(const QString &text, const QString &region);
    /** The input for another region: an international one gets newRegion's calling code, a national one
     * is only regrouped. The cursor goes to the end. */
    static Result switchRegion(const QString &text, const QString &newRegion);
};

} // namespace latchkey
