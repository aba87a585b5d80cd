#pragma once

#include "AuthService.h"
#include "E164Number.h"

#include <QObject>

#include <optional>

namespace latchkey {

class NumberChange;
class RememberedSignIn;

/**
 * The number the phone step offers and where it comes from, first match wins: the policy's number
 * (Auth/PhoneNumber), the backend's number on file, direct mode's enrolled number, the last remembered
 * sign-in's number. The backend and the local account announce their number masked; the last sign-in's full
 * number stands in for it only when it fits the mask. The flow asks; this decides nothing about steps.
 */
class PrefilledNumber
{
    Q_GADGET
public:
    /** In order of precedence. */
    enum class Source {
        None,
        Policy,     // Auth/PhoneNumber: locked by policy, or an administrator's default
        Backend,    // the backend's number on file
        Enrolment,  // direct mode's enrolled number
        LastSignIn, // the number the last remembered sign-in's code went to (keychain)
    };
    Q_ENUM(Source)

    /** `policyNumber` is Auth/PhoneNumber as set (E.164; anything else is no policy number). */
    PrefilledNumber(const QString &policyNumber, bool policyLocked, const RememberedSignIn *remembered,
                    const NumberChange *numberChange);

    /** Where the number comes from, given what the server announced at login (or enrolment). */
    Source source(const ServerCapabilities &server) const;
    /** The full number when it is known; empty otherwise (or the server has it). */
    std::optional<E164Number> number(const ServerCapabilities &server) const;
    /** The number masked for display ("+1 ••• ••• ••42"); empty: none. */
    QString masked(const ServerCapabilities &server) const;
    /** A code can go to it: the full number is known, or the server sends to its own. */
    bool canSend(const ServerCapabilities &server) const;

    bool hasPolicyNumber() const { return m_policyNumber.has_value(); }
    /** Policy fixes the number; a number change is the one time it does not apply. */
    bool isLocked() const;

    /** Whether `masked` ("+1 ••• ••• ••42") can be `number`: the same country code and last digits. */
    static bool maskCouldBe(const QString &masked, const E164Number &number);

private:
    std::optional<E164Number> m_policyNumber; // parsed once
    bool m_policyLocked;
    const RememberedSignIn *m_remembered;
    const NumberChange *m_numberChange;
};

} // namespace latchkey
