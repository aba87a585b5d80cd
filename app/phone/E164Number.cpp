#include "E164Number.h"

#include "PhoneNumber.h"

namespace latchkey {

std::optional<E164Number> E164Number::fromString(const QString &text)
{
    // "ZZ": no region to guess from, so only a number with its + and country code is possible.
    return PhoneNumber::parse(text, QStringLiteral("ZZ")).number();
}

QString E164Number::masked() const
{
    return PhoneNumber::masked(m_e164);
}

} // namespace latchkey
