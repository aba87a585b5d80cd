#pragma once

#include "AttemptLog.h"
#include "Channel.h"
#include "Clock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <map>

namespace latchkey {

class Outbox;

/**
 * Twilio Verify v2 as state, without HTTP: one service, verifications with Twilio's lifecycle (10-minute
 * validity on the injected clock, the same code on every resend, at most 5 sends and 5 wrong checks,
 * approved or canceled verifications soft-deleted) and Twilio's error codes. Codes go to the Outbox, in
 * the requested language. Documented magic numbers rehearse the failures Twilio reports (docs/sandbox.md).
 * SandboxServer puts the wire format around it; BackendEmulator calls it in-process.
 */
class VerifyEmulator : public QObject
{
    Q_OBJECT
public:
    struct SendAttempt
    {
        QString attemptSid; // "VL" + 32 hex
        Channel channel = Channel::Sms;
        QDateTime time;
    };

    struct Verification
    {
        QString sid; // "VE" + 32 hex
        QString to;
        Channel channel = Channel::Sms; // of the latest send
        QString status;                 // "pending", "approved" or "canceled"
        QDateTime dateCreated;
        QDateTime dateUpdated;
        QDateTime expiresAt; // not on the wire; handy for countdowns
        QList<SendAttempt> sendCodeAttempts;

        bool valid() const { return status == QLatin1String("approved"); }
    };

    /** A Twilio error: HTTP status, Twilio code and message; code 0 means none. */
    struct Error
    {
        int httpStatus = 0;
        int code = 0;
        QString message;
    };

    struct Result
    {
        Verification verification;
        Error error;

        bool ok() const { return error.code == 0; }
    };

    static constexpr int defaultCodeLength = 6;
    static constexpr int minCodeLength = 4;
    static constexpr int maxCodeLength = 10;
    static constexpr int maxSends = 5;
    static constexpr int maxWrongChecks = 5;
    static constexpr qint64 validitySeconds = 10 * 60;
    static constexpr int defaultSlowDeliveryMsecs = 40 * 1000;

    // Magic destinations (sandbox only, documented in docs/sandbox.md).
    static QString landlineNumber();      // sms → 403/60205; a call reaches it
    static QString undeliverableNumber(); // → 400/60006
    static QString slowDeliveryNumber();  // accepted at once, delivered after slowDeliveryMsecs()
    static QString fraudBlockedPrefix();  // every number starting with it → 403/60410
    static QString geoBlockedPrefix();    // a country (Cuba, +53) → 403/60605

    explicit VerifyEmulator(Clock *clock, Outbox *outbox = nullptr, QObject *parent = nullptr);

    static QString defaultServiceSid();   // "VA" + 32 hex, fixed
    static QString defaultAccountSid();   // "AC" + 32 hex, fixed
    static QString defaultFriendlyName(); // "Latchkey Sandbox"

    QString serviceSid() const { return m_serviceSid; }
    QString accountSid() const { return m_accountSid; }
    QString friendlyName() const { return m_friendlyName; }
    /** False (and no change) unless `sid` matches ^VA[0-9a-fA-F]{32}$. */
    bool setServiceSid(const QString &sid);
    /** False (and no change) unless `sid` matches ^AC[0-9a-fA-F]{32}$. */
    bool setAccountSid(const QString &sid);

    int codeLength() const { return m_codeLength; }
    /** The sandbox's time, which the backend emulation shares (device tokens expire on it). */
    Clock *clock() const { return m_clock; }
    /** Twilio allows 4 to 10; false (and no change) otherwise. Affects verifications started afterwards. */
    bool setCodeLength(int length);

    /** A Service can turn channels off; starting on one then answers 400/60223. All are on by default. */
    void setChannelEnabled(Channel channel, bool enabled);
    bool isChannelEnabled(Channel channel) const { return !m_disabledChannels.contains(channel); }

    int slowDeliveryMsecs() const { return m_slowDeliveryMsecs; }
    void setSlowDeliveryMsecs(int msecs) { m_slowDeliveryMsecs = msecs; }

    /**
     * Creates a verification, or resends the live one for `to` with the same code. `channel` is a wire name;
     * `locale` picks the message's language (English when unknown or empty).
     */
    Result start(const QString &to, const QString &channel, const QString &locale = QString());
    /** Checks a code against the verification named by `verificationSid`, else by `to`. */
    Result check(const QString &to, const QString &verificationSid, const QString &code);
    /** How many more wrong codes the live verification for `to` takes before it locks; -1 when none. */
    int checksLeft(const QString &to) const;
    /** Twilio's FetchVerification. */
    Result fetch(const QString &sid);
    /** Twilio's UpdateVerification: `status` is "canceled" or "approved". */
    Result update(const QString &sid, const QString &status);
    /** Every delivery as Twilio's Verification Attempts API lists it. */
    AttemptLog &attempts() { return m_attempts; }
    /** How many verifications are kept (live, or locked until their 10 minutes are over). */
    qsizetype recordCount() const { return m_records.size(); }

private:
    /** Expiry instants (ms since the epoch) in time order, each naming its verification's sid. */
    using ExpiryQueue = std::multimap<qint64, QString>;

    struct Record
    {
        Verification verification;
        QString code;
        int wrongChecks = 0;
        bool locked = false;          // reached maxWrongChecks
        ExpiryQueue::iterator expiry; // its entry in m_expiries (stable: a multimap's iterators are)
    };
    using Records = QHash<QString, Record>;

    /** Forgets the verifications whose 10 minutes are over: only those, from the front of m_expiries. */
    void dropExpired();
    /** Forgets one verification and its entries in the indexes; returns the next record. */
    Records::iterator erase(Records::iterator it);
    /** The Twilio error a send to this destination meets before any verification exists, if any. */
    Error deliveryProblem(const QString &to, Channel channel) const;
    void deliver(const QString &to, Channel channel, const QString &code, const QString &locale);
    /** The sid of the record for `to` that is still within its validity; empty when none. */
    QString liveSidFor(const QString &to) const;
    QString newCode() const;
    /** Records the verification's latest send as an attempt. */
    void recordAttempt(const Verification &verification, const QString &locale, qsizetype codeLength);
    static Result failure(int httpStatus, int code, const QString &message);
    Result notFound(const QString &resource) const;

    Clock *m_clock;
    Outbox *m_outbox;
    QString m_serviceSid;
    QString m_accountSid;
    QString m_friendlyName;
    int m_codeLength = defaultCodeLength;
    int m_slowDeliveryMsecs = defaultSlowDeliveryMsecs;
    QList<Channel> m_disabledChannels;
    // Indexed so that every request costs the same however many have been served (docs/sandbox.md):
    Records m_records;                 // by verification sid
    QHash<QString, QString> m_liveSid; // the live verification's sid by destination (at most one each)
    ExpiryQueue m_expiries;            // every record's expiry, soonest first
    AttemptLog m_attempts;
};

} // namespace latchkey
