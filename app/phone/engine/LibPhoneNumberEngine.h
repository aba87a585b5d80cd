#pragma once

#include "PhoneNumberEngine.h"

namespace latchkey {

/** PhoneNumberEngine over libphonenumber's PhoneNumberUtil and AsYouTypeFormatter. */
class LibPhoneNumberEngine final : public PhoneNumberEngine
{
public:
    PhoneNumber parse(const QString &input, const QString &region) const override;
    int countryCodeOf(const QString &e164) const override;
    QString regionOfNumber(const QString &e164, bool validOnly) const override;
    QString mainRegionOf(int countryCode) const override;
    int countryCodeOfRegion(const QString &region) const override;
    QString internationalFromIdd(const QString &digits, const QString &region) const override;
    QString formatAsTyped(const QString &digits, const QString &region) const override;
    QString exampleMobileNumber(const QString &region) const override;
    QStringList supportedRegions() const override;
};

} // namespace latchkey
