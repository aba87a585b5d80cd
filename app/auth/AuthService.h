#pragma once

#include "AuthError.h"
#include "Channel.h"
#include "E164Number.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace latchkey {

/** What a server told us it can do; defaults describe a backend that offers nothing beyond the seed API. */
struct ServerCapabilities
{
    QList<Channel> channels{Channel::Sms};
    int codeLength = 0;               // 0 when unknown: the code page then waits for Enter
    QString maskedNumberOnFile;       // e.g. "+1 ••• ••• ••42"; empty when none
    bool sendsToNumberOnFile = false; // the phone page can be skipped
    // e.g. "d•••@example.com": codes by email go to it and only to it; email is offered only with one.
    QString maskedEmailOnFile;
    // "Remember this device": whether the server can trust this computer instead of a code, and for how
    // many days (0: the server decides; the client's policy still caps it).
    bool deviceTrust = false;
    int deviceTrustDays = 0;
};

struct LoginResult
{
    QString displayName;
    ServerCapabilities capabilities;
    QByteArray sessionToken; // what "Remember me" keeps in the keychain; empty when the server gives none
    // The device token presented with the login was accepted: the session already counts as two-factor.
    bool deviceTrusted = false;
};

/** What "Remember this device" keeps after an approved code; an empty token means none was issued. */
struct DeviceToken
{
    QByteArray token;
    QDateTime expiresAt; // invalid when the server did not say
};

struct CodeSentResult
{
    Channel channel = Channel::Sms; // what the server says it used; Sms when it does not say
    int codeLength = 0;
};

/**
 * The server side of one sign-in, behind which sit the organisation's backend and direct Twilio Verify.
 * Every call answers asynchronously with exactly one of its result signal or failed(). One call at a time:
 * abort() drops the one in flight without emitting anything. What only a local account can do (direct
 * mode's enrolment and number change) is in LocalAccountService.
 */
class AuthService : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~AuthService() override = default;

    virtual void logIn(const QString &username, const QString &password) = 0;
    /** Restores a remembered session; answers loggedIn() if the server still accepts it. */
    virtual void resumeSession(const QByteArray &sessionToken) = 0;
    /**
     * Sends a code to `to`, or with std::nullopt to the number on file. By Channel::Email, to the address on
     * file (maskedEmailOnFile), whatever `to` is: an address is never taken from the client.
     */
    virtual void sendCode(const std::optional<E164Number> &to, Channel channel) = 0;
    /**
     * Checks the code sent to `to`, or with std::nullopt the code sent to the number on file (or the address
     * on file, when the last code went by email).
     */
    virtual void checkCode(const std::optional<E164Number> &to, const QString &code) = 0;
    virtual void abort() = 0;
    /**
     * The user is typing what the next request carries: open the connection to the server now (or keep the
     * open one), so that the request does not wait for a handshake. Nothing is sent.
     */
    virtual void prepareConnection() {}
    /** Forgets the session on this side (cookies, tokens). */
    virtual void signOut() = 0;

    /**
     * "Remember this device": the keychain key under which the flow keeps this service's device trust; empty
     * when the service has none.
     */
    virtual QString deviceTrustKey() const = 0;
    /** The remembered device token to present with the next logIn() only; empty for none. */
    virtual void presentDeviceToken(const QByteArray &token) = 0;
    /** Whether the next checkCode() asks the server to remember this device. */
    virtual void setRememberDevice(bool remember) = 0;
    /** What the last approved code earned when setRememberDevice(true) was asked; empty otherwise. */
    virtual DeviceToken issuedDeviceToken() const = 0;

signals:
    void loggedIn(const latchkey::LoginResult &result);
    void codeSent(const latchkey::CodeSentResult &result);
    void codeApproved();
    void failed(const latchkey::AuthError &error);
};

} // namespace latchkey
