#include "PrefilledNumber.h"

#include "NumberChange.h"
#include "RememberedSignIn.h"

namespace latchkey {

PrefilledNumber::PrefilledNumber(const QString &policyNumber, bool policyLocked,
                                 const RememberedSignIn *remembered, const NumberChange *numberChange)
    : m_policyNumber(E164Number::fromString(policyNumber))
    , m_policyLocked(policyLocked)
    , m_remembered(remembered)
    , m_numberChange(numberChange)
{}

PrefilledNumber::Source PrefilledNumber::source(const ServerCapabilities &server) const
{
    if (m_numberChange->isRunning()) {
        return Source::None; // the point is a different number
    }
    if (m_policyNumber) {
        return Source::Policy;
    }
    if (!server.maskedNumberOnFile.isEmpty()) {
        return m_numberChange->isPossible() ? Source::Enrolment : Source::Backend;
    }
    return m_remembered->lastNumber() ? Source::LastSignIn : Source::None;
}

std::optional<E164Number> PrefilledNumber::number(const ServerCapabilities &server) const
{
    const std::optional<E164Number> last = m_remembered->lastNumber();
    switch (source(server)) {
    case Source::None:
        return std::nullopt;
    case Source::Policy:
        return m_policyNumber;
    case Source::Backend:
    case Source::Enrolment:
        // Only the masked number on file is known; the remembered one is its full form when it fits.
        return last && maskCouldBe(server.maskedNumberOnFile, *last) ? last : std::nullopt;
    case Source::LastSignIn:
        return last;
    }
    return std::nullopt;
}

QString PrefilledNumber::masked(const ServerCapabilities &server) const
{
    switch (source(server)) {
    case Source::None:
        return QString();
    case Source::Backend:
    case Source::Enrolment:
        return server.maskedNumberOnFile;
    case Source::Policy:
    case Source::LastSignIn:
        return number(server)->masked();
    }
    return QString();
}

bool PrefilledNumber::canSend(const ServerCapabilities &server) const
{
    const Source from = source(server);
    return from != Source::None && (number(server) || (from != Source::Policy && from != Source::LastSignIn &&
                                                       server.sendsToNumberOnFile));
}

bool PrefilledNumber::isLocked() const
{
    return m_policyLocked && m_policyNumber && !m_numberChange->isRunning();
}

bool PrefilledNumber::maskCouldBe(const QString &masked, const E164Number &number)
{
    const QString e164 = number.toString();
    QString leading;
    int i = masked.startsWith(QLatin1Char('+')) ? 1 : 0;
    if (i == 0) {
        return false;
    }
    for (; i < masked.size() && masked.at(i).isDigit(); ++i) {
        leading += masked.at(i);
    }
    QString trailing;
    for (int j = masked.size() - 1; j >= i && masked.at(j).isDigit(); --j) {
        trailing.prepend(masked.at(j));
    }
    return !leading.isEmpty() && trailing.size() >= 2 && e164.startsWith(QLatin1Char('+') + leading) &&
           e164.endsWith(trailing);
}

} // namespace latchkey
