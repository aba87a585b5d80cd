#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace latchkey {

/**
 * Every server or transport failure, as one value. Decided in the core (from the HTTP status, the server's
 * error code and the transport error) so both front ends show the same message and offer the same action.
 */
struct AuthError
{
    Q_DECLARE_TR_FUNCTIONS(AuthError)

public:
    enum class Kind {
        None,
        // Sign-in answers
        InvalidCredentials, // wrong username or password
        SessionExpired,     // a remembered or current session is no longer accepted
        InvalidPhoneNumber, // rejected as a number (locally or by the server)
        NumberNotOnFile,    // the account does not own this number
        WrongCode,          // checked and not approved; more tries allowed
        CodeExpired,        // 20404 on a check: expired, used or never existed
        TooManyChecks,      // 60202: the verification is locked
        TooManySends,       // 60203: too many sends to this number
        RateLimited,        // 20429 or a 429 from a rate limiter
        ConcurrentRequests, // 60212
        LandlineNoSms,      // 60205: a call can still reach it
        ChannelDisabled,    // 60223
        DeliveryBlocked,    // 60410, 60605, 60238
        InvalidParameter,   // 60200, 60221 and other 400s
        NotAuthorized,      // 20003: the service credentials were refused
        ServiceNotFound,    // 20404 on anything but a check
        UnknownServerError, // a server code we do not know (keeps code and message)
        ServerError,        // 5xx without anything more specific
        BadResponse,        // an answer we cannot read
        ResponseTooLarge,   // an answer over the size its kind of request may have; reading stopped
        // Transport
        Timeout,
        HostNotFound,
        ConnectionRefused,
        TlsFailure,
        Redirected,
        InsecureUrl,
        NetworkFailure,
        // Local
        Cancelled,
        ConfigurationProblem,
        InvalidCode, // a code that cannot be right as typed (empty, too long, not ASCII); says why
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    int serverCode = 0;         // Twilio's numeric code when there is one
    QString serverMessage;      // the server's own text, shown where nothing better exists
    int retryAfterSeconds = -1; // from Retry-After or the lockout's remaining time; -1 when unknown
    // serverMessage is a backend's relayed text whose cause is unknown (Twilio's, which a seed backend passes
    // on in a 500 without a code): userMessage() quotes it and adds what to do (CodeExpired, ServerError).
    bool showServerText = false;
    // WrongCode: how many more codes the server will check before it locks; -1 when it does not say (then
    // nothing is said rather than guessed).
    int attemptsLeft = -1;

    static AuthError of(Kind kind, QString serverMessage = QString())
    {
        AuthError error;
        error.kind = kind;
        error.serverMessage = std::move(serverMessage);
        return error;
    }

    /** The error for a Twilio Verify error code (as in its JSON error body or relayed by a backend). */
    static AuthError fromTwilio(int code, int httpStatus, const QString &message);

    bool isError() const { return kind != Kind::None; }
    /** True for failures where the user can do nothing but wait (or start over later). */
    bool isLockout() const;
    /** A translated sentence for the person at the screen. Never contains a secret. */
    QString userMessage() const;
    /** A short stable name for logs and machine-readable results ("wrong-code"). */
    QString identifier() const;
};

} // namespace latchkey

Q_DECLARE_METATYPE(latchkey::AuthError)
