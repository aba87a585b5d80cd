#include "AuthError.h"

#include <QCoreApplication>

namespace latchkey {

namespace {

QString waitSuffix(int seconds)
{
    if (seconds <= 0) {
        return QString();
    }
    if (seconds < 60) {
        return QLatin1Char(' ') +
               QCoreApplication::translate("AuthError", "Try again in %n second(s).", nullptr, seconds);
    }
    const int minutes = (seconds + 59) / 60;
    return QLatin1Char(' ') +
           QCoreApplication::translate("AuthError", "Try again in about %n minute(s).", nullptr, minutes);
}

} // namespace

AuthError AuthError::fromTwilio(int code, int httpStatus, const QString &message)
{
    Kind kind = Kind::UnknownServerError;
    switch (code) {
    case 20003:
        kind = Kind::NotAuthorized;
        break;
    case 20404:
        kind = Kind::ServiceNotFound; // callers that check a code turn this into CodeExpired
        break;
    case 20429:
        kind = Kind::RateLimited;
        break;
    case 60200:
    case 60221:
        kind = Kind::InvalidParameter;
        break;
    case 60202:
        kind = Kind::TooManyChecks;
        break;
    case 60203:
        kind = Kind::TooManySends;
        break;
    case 60205:
        kind = Kind::LandlineNoSms;
        break;
    case 60006:
        kind = Kind::InvalidPhoneNumber;
        break;
    case 60212:
        kind = Kind::ConcurrentRequests;
        break;
    case 60223:
        kind = Kind::ChannelDisabled;
        break;
    case 60238:
    case 60410:
    case 60605:
        kind = Kind::DeliveryBlocked;
        break;
    default:
        break;
    }
    AuthError error;
    error.kind = kind;
    error.serverCode = code;
    error.httpStatus = httpStatus;
    // Twilio's English text is kept only where we have no sentence of our own (unknown codes, 60200).
    if (kind == Kind::UnknownServerError || kind == Kind::InvalidParameter) {
        error.serverMessage = message;
    }
    return error;
}

bool AuthError::isLockout() const
{
    return kind == Kind::TooManyChecks || kind == Kind::TooManySends || kind == Kind::RateLimited;
}

QString AuthError::userMessage() const
{
    if (showServerText && !serverMessage.isEmpty()) {
        // The server's own words (never parsed), then the one thing the user can do about them.
        switch (kind) {
        case Kind::CodeExpired:
            return tr("The server said: “%1” Send a new code.").arg(serverMessage);
        case Kind::ServerError:
            return tr("The server said: “%1” Send a new code later.").arg(serverMessage);
        default:
            break;
        }
    }
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::InvalidCredentials:
        // A local check (an empty field, a too-short new password) explains itself in serverMessage.
        return serverMessage.isEmpty() ? tr("The username or password is not correct.") : serverMessage;
    case Kind::SessionExpired:
        return tr("Your session has ended. Please sign in again.");
    case Kind::InvalidPhoneNumber:
        return serverMessage.isEmpty()
                   ? tr("This is not a phone number we can send a code to. Check the country and the number.")
                   : serverMessage;
    case Kind::NumberNotOnFile:
        return tr("This number is not registered for your account. Use the number your organisation has on "
                  "file.");
    case Kind::WrongCode:
        if (attemptsLeft > 0) {
            return tr("That code is not correct. %n attempt(s) left.", nullptr, attemptsLeft);
        }
        return tr("That code is not correct. Check it and try again.");
    case Kind::CodeExpired:
        return tr("This code expired or was already used. Send a new code.");
    case Kind::TooManyChecks:
        return tr("Too many wrong codes.") + waitSuffix(retryAfterSeconds);
    case Kind::TooManySends:
        return tr("Too many codes were sent to this number.") + waitSuffix(retryAfterSeconds);
    case Kind::RateLimited:
        return (serverMessage.isEmpty() ? tr("Too many attempts.") : serverMessage) +
               waitSuffix(retryAfterSeconds);
    case Kind::ConcurrentRequests:
        return tr("A code is already on its way to this number. Wait a moment, then try again.");
    case Kind::LandlineNoSms:
        return tr("This number cannot receive text messages. You can get the code by phone call instead.");
    case Kind::ChannelDisabled:
        return tr("This way of sending codes is turned off by your organisation. Choose another.");
    case Kind::DeliveryBlocked:
        // One kind, three causes with different outlooks: say which one it is.
        if (serverCode == 60410) {
            return tr(
                "Fraud protection is blocking codes to numbers like this one for a while (up to 12 hours). "
                "Try again later or contact your help desk.");
        }
        if (serverCode == 60605) {
            return tr("Codes cannot be sent to this country. Contact your help desk.");
        }
        if (serverCode == 60238) {
            return tr("The verification service is not allowed to send codes at the moment. Contact your "
                      "administrator.");
        }
        return tr(
            "Codes cannot be sent to this number right now. Try again later or contact your help desk.");
    case Kind::InvalidParameter:
        return serverMessage.isEmpty() ? tr("The server did not accept the request.")
                                       : tr("The server did not accept the request: %1").arg(serverMessage);
    case Kind::NotAuthorized:
        return tr("The verification service refused Latchkey's credentials. Contact your administrator.");
    case Kind::ServiceNotFound:
        return tr("The verification service was not found. Contact your administrator.");
    case Kind::UnknownServerError:
        return tr("The server reported an error (%1): %2").arg(serverCode).arg(serverMessage);
    case Kind::ServerError:
        return serverMessage.isEmpty() ? tr("The server had a problem. Try again in a moment.")
                                       : tr("The server had a problem: %1").arg(serverMessage);
    case Kind::BadResponse:
        return tr("The server sent an answer Latchkey cannot read.");
    case Kind::ResponseTooLarge:
        return tr("The server's answer was too large, so Latchkey stopped reading it. Try again later or "
                  "contact your help desk.");
    case Kind::Timeout:
        return tr("The server took too long to answer. Check your connection and try again.");
    case Kind::HostNotFound:
        return tr("The server's address could not be found. Check your connection.");
    case Kind::ConnectionRefused:
        return tr("The server refused the connection. It may be down; try again later.");
    case Kind::TlsFailure:
        return tr("A secure connection to the server could not be established.");
    case Kind::Redirected:
        return tr("The server tried to send Latchkey elsewhere, which is not allowed.");
    case Kind::InsecureUrl:
        return tr("The server address must use https.");
    case Kind::NetworkFailure:
        return tr("The network is not available. Check your connection and try again.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::ConfigurationProblem:
        return serverMessage.isEmpty() ? tr("Latchkey is not configured correctly.") : serverMessage;
    case Kind::InvalidCode:
        return serverMessage.isEmpty() ? tr("A code has 4 to 10 digits (0 to 9).") : serverMessage;
    }
    return QString();
}

QString AuthError::identifier() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::InvalidCredentials:
        return QStringLiteral("invalid-credentials");
    case Kind::SessionExpired:
        return QStringLiteral("session-expired");
    case Kind::InvalidPhoneNumber:
        return QStringLiteral("invalid-phone-number");
    case Kind::NumberNotOnFile:
        return QStringLiteral("number-not-on-file");
    case Kind::WrongCode:
        return QStringLiteral("wrong-code");
    case Kind::CodeExpired:
        return QStringLiteral("code-expired");
    case Kind::TooManyChecks:
        return QStringLiteral("too-many-checks");
    case Kind::TooManySends:
        return QStringLiteral("too-many-sends");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::ConcurrentRequests:
        return QStringLiteral("concurrent-requests");
    case Kind::LandlineNoSms:
        return QStringLiteral("landline-no-sms");
    case Kind::ChannelDisabled:
        return QStringLiteral("channel-disabled");
    case Kind::DeliveryBlocked:
        return QStringLiteral("delivery-blocked");
    case Kind::InvalidParameter:
        return QStringLiteral("invalid-parameter");
    case Kind::NotAuthorized:
        return QStringLiteral("not-authorized");
    case Kind::ServiceNotFound:
        return QStringLiteral("service-not-found");
    case Kind::UnknownServerError:
        return QStringLiteral("server-error-%1").arg(serverCode);
    case Kind::ServerError:
        return QStringLiteral("server-error");
    case Kind::BadResponse:
        return QStringLiteral("bad-response");
    case Kind::ResponseTooLarge:
        return QStringLiteral("response-too-large");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::HostNotFound:
        return QStringLiteral("host-not-found");
    case Kind::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case Kind::TlsFailure:
        return QStringLiteral("tls-failure");
    case Kind::Redirected:
        return QStringLiteral("redirected");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure-url");
    case Kind::NetworkFailure:
        return QStringLiteral("network-failure");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::ConfigurationProblem:
        return QStringLiteral("configuration-problem");
    case Kind::InvalidCode:
        return QStringLiteral("invalid-code");
    }
    return QString();
}

} // namespace latchkey
