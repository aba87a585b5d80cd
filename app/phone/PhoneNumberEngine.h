#pragma once

#include "PhoneNumber.h"

#include <QString>
#include <QStringList>

namespace latchkey {

/**
 * What Latchkey asks of libphonenumber, behind one interface. libphonenumber brings protobuf and abseil,
 * about 2 MiB of pages touched as soon as they are loaded; on Linux the production program therefore loads
 * them from a module of its own (liblatchkey-phonenumbers.so, in the private library folder beside the
 * executable's) the first time a number is parsed, grouped or masked, after its window is shown. The
 * sandbox, the tests and the other platforms' builds link the same engine in (latchkey_phone_builtin).
 */
class PhoneNumberEngine
{
public:
    virtual ~PhoneNumberEngine() = default;

    /** PhoneNumber::parse's work: input as typed, region for numbers without a + prefix. */
    virtual PhoneNumber parse(const QString &input, const QString &region) const = 0;
    /** The country calling code of an E.164 number (1 for +1 …); 0 when it does not parse. */
    virtual int countryCodeOf(const QString &e164) const = 0;
    /** The region of an E.164 number ("US", or "ZZ"/"001" when none); empty when it does not parse, or
     * when `validOnly` and the metadata calls it invalid. */
    virtual QString regionOfNumber(const QString &e164, bool validOnly) const = 0;
    /** The main region of a calling code (1 → "US"); "ZZ" or "001" when it names none. */
    virtual QString mainRegionOf(int countryCode) const = 0;
    /** A region's calling code ("DE" → 49); 0 when unknown. */
    virtual int countryCodeOfRegion(const QString &region) const = 0;
    /** ASCII digits dialled with the region's international prefix as "+…" E.164; empty when they are not. */
    virtual QString internationalFromIdd(const QString &digits, const QString &region) const = 0;
    /** ASCII digits (and a leading "+") grouped as they are typed in region. */
    virtual QString formatAsTyped(const QString &digits, const QString &region) const = 0;
    /** An example mobile number of the region in its national format; empty when there is none. */
    virtual QString exampleMobileNumber(const QString &region) const = 0;
    /** Every region the metadata knows ("AC", "AD", … "ZW"), in code order. */
    virtual QStringList supportedRegions() const = 0;

    /** The engine in use: built in, or loaded from the module on first use (fatal when it cannot be). */
    static const PhoneNumberEngine &instance();
    /** The built-in engine's registration (latchkey_phone_builtin), before main(). */
    static void setBuiltIn(const PhoneNumberEngine *engine);
};

} // namespace latchkey
