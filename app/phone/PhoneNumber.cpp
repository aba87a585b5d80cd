#include "PhoneNumber.h"
#include "PhoneNumberEngine.h"

#include <QCoreApplication>
#include <QLocale>

namespace latchkey {

PhoneNumber PhoneNumber::parse(const QString &input, const QString &region)
{
    if (input.trimmed().isEmpty()) {
        return PhoneNumber(); // Problem::Empty, without loading the engine for nothing
    }
    return PhoneNumberEngine::instance().parse(input, region);
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
    const int code = PhoneNumberEngine::instance().countryCodeOf(e164);
    const QString countryCode = code > 0 ? QString::number(code) : QString();
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
    if (!e164.startsWith(QLatin1Char('+'))) {
        return QString();
    }
    const PhoneNumberEngine &engine = PhoneNumberEngine::instance();
    const auto isCountry = [](const QString &region) {
        return region.size() == 2 && region != QLatin1String("ZZ");
    };
    const int code = engine.countryCodeOf(e164);
    if (code == 0) {
        // A masked number ("+1 ••• ••• ••42"): its country code, up to the first space.
        bool isNumber = false;
        const int maskedCode = e164.mid(1, e164.indexOf(QLatin1Char(' ')) - 1).toInt(&isNumber);
        const QString region = isNumber ? engine.mainRegionOf(maskedCode) : QString();
        return isCountry(region) ? region : QString();
    }
    QString region = engine.regionOfNumber(e164, false);
    if (!isCountry(region)) {
        // A fictional or unassigned number (the sandbox's +1 202 555 01xx): its country code's main region.
        region = engine.mainRegionOf(code);
    }
    return isCountry(region) ? region : QString();
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
