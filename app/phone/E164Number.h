#pragma once

#include <QString>

#include <optional>

namespace latchkey {

/**
 * A phone number that libphonenumber parsed and found possible, in E.164 ("+12025550142"). Only the parser
 * makes one (PhoneNumber::parse(), or fromString() for a number already stored or configured), so whoever
 * receives one trusts it: the services and the Verify client send it as it is, never checking it again.
 */
class E164Number
{
public:
    /**
     * A number in international form: what Latchkey stored or an administrator configured ("+12025550142",
     * "+1 202-555-0142"). Empty when it is not a possible number.
     */
    static std::optional<E164Number> fromString(const QString &text);

    /** The E.164 text, as every server takes it. */
    QString toString() const { return m_e164; }
    /** "+1 ••• ••• ••42": the country code and the last two digits only. Safe for logs and screens. */
    QString masked() const;

    bool operator==(const E164Number &other) const { return m_e164 == other.m_e164; }
    bool operator!=(const E164Number &other) const { return !(*this == other); }

private:
    friend class PhoneNumber;
    explicit E164Number(QString e164)
        : m_e164(std::move(e164))
    {}

    QString m_e164;
};

} // namespace latchkey
