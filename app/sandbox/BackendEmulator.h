#pragma once

#include "VerifyEmulator.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <deque>
#include <utility>

namespace latchkey {

/** A sign-in the sandbox backend knows: password plus the one phone number codes may go to. */
struct DemoAccount
{
    QString username;
    QString password;
    QString displayName;
    QString phone; // E.164; the only number send-code/verify-code accept for this account
    // Announced masked as emailOnFile, with "email" among the channels: codes by email go only here, never
    // to an address the client sends (someone with a stolen password would send their own). Empty: none.
    QString email = QString();
    // Announce sendsToNumberOnFile: the client skips its phone step and sends useNumberOnFile instead.
    bool sendsToNumberOnFile = false;
    // Announce deviceTrust {"days": N}: verify-code issues device tokens on request. 0: off.
    int deviceTrustDays = 30;
    // Announce `stats`: GET /api/admin/stats answers this account once it has verified a code.
    bool admin = false;
};

/**
 * The organisation's backend as state, without HTTP: the seed's Express routes (send-code, verify-code)
 * plus login, session resume and logout, answering with the same status codes and JSON bodies, and the
 * protocol's extensions (channels, locale, code length, the number on file). It binds each account to its
 * number on file, so a stolen password cannot verify the thief's own phone, and it talks to the
 * VerifyEmulator in-process the way the real backend talks to Twilio. Device tokens ("Remember this device")
 * are random, kept only as SHA-256 hashes, bound to their user, expire on the sandbox's clock and are
 * revoked by a logout with forgetDevice.
 */
class BackendEmulator : public QObject
{
    Q_OBJECT
public:
    /** Where send-code and verify-code send or check a code. */
    enum class Destination {
        RequestedNumber, // the request's phoneNumber, which must be the account's
        NumberOnFile,    // useNumberOnFile
        EmailOnFile,     // useEmailOnFile: the account's address, by email
    };

    /** An Express-style answer: HTTP status and JSON body. */
    struct Reply
    {
        int status = 200;
        QJsonObject body;
    };

    explicit BackendEmulator(VerifyEmulator *verify, QObject *parent = nullptr);

    /** The sandbox's built-in account (demo / latchkey-demo). Sandbox-only and public: not a secret. */
    static DemoAccount demoAccount();
    /** Adds or replaces (by username) an account. */
    void addAccount(const DemoAccount &account);
    /** The channels the backend offers, as wire names. */
    static QStringList channels();
    /** "+12025550142" → "+1 ••• ••• ••42": enough for the user to recognise the number, no more. */
    static QString maskedPhone(const QString &e164);

    /**
     * POST /api/auth/login. On success *sessionId receives the new session's id (for the cookie). A valid
     * `deviceToken` of the same user makes the session two-factor at once (deviceTrusted: true).
     */
    Reply login(const QString &username, const QString &password, QString *sessionId,
                const QString &deviceToken = QString());
    /** GET /api/auth/login: resumes a remembered session. */
    Reply currentSession(const QString &sessionId) const;
    /**
     * POST /api/auth/send-code. Empty `channel` means sms; `locale` (a tag such as "de" or "fr-CA") picks
     * the message's language, as Verify's Locale does; any other text is left out. To the number or
     * address on file, `phoneNumber` is not needed (and not looked at).
     */
    Reply sendCode(const QString &sessionId, const QString &phoneNumber, const QString &channel,
                   const QString &locale, Destination destination = Destination::RequestedNumber);
    /**
     * POST /api/auth/verify-code; `destination` as for sendCode(). With `rememberDevice` an approval also
     * issues a device token (when the account offers device trust).
     */
    Reply verifyCode(const QString &sessionId, const QString &phoneNumber, const QString &code,
                     Destination destination = Destination::RequestedNumber, bool rememberDevice = false);
    /**
     * GET /api/admin/stats?since&until (ISO 8601, both optional; default the last 30 days): the figures of
     * the Verify emulator's attempts in the period, plus the Fraud Guard blocks and rate-limit refusals this
     * backend met. 401 without a verified session, 403 for a non-admin, 400 for a bad period.
     */
    Reply stats(const QString &sessionId, const QString &since, const QString &until) const;
    /** POST /api/auth/logout; `forgetDevice` also revokes the device token this session used or got. */
    Reply logout(const QString &sessionId, bool forgetDevice = false);
    /** How many device tokens are valid now (expired ones are not counted). */
    int validDeviceTokenCount() const;

    bool isSignedIn(const QString &sessionId) const { return m_sessions.contains(sessionId); }
    /** True once verify-code approved a code in this session. */
    bool isVerified(const QString &sessionId) const;

private:
    struct Session
    {
        QString username;
        bool verified = false;
        QByteArray deviceTokenHash; // the device token presented at login or issued by verify-code
    };
    struct DeviceTrust
    {
        QString username;
        QDateTime expiresAt;
    };

    Reply signedInReply(const DemoAccount &account, const QString &message) const;
    /** Counts a refusal from Verify that never reaches the Attempts API (60410, a 429). */
    void noteRefusal(const VerifyEmulator::Error &error);
    /** The account of a signed-in session; nullptr when the session is unknown. */
    const DemoAccount *accountFor(const QString &sessionId) const;

    VerifyEmulator *m_verify;
    QList<DemoAccount> m_accounts;
    QHash<QString, Session> m_sessions;            // by session id
    QHash<QByteArray, DeviceTrust> m_deviceTokens; // by the token's SHA-256, never the token itself
    // When each Fraud Guard block (true) or rate-limit refusal (false) happened; the newest 10,000 only.
    std::deque<std::pair<QDateTime, bool>> m_refusals;
};

} // namespace latchkey
