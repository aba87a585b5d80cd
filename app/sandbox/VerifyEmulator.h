#pragma once

#include "auth/Channel.h"
#include "core/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace latchkey {

class Outbox;

/**
 * Twilio Verify v2 as state, without HTTP: one service, verifications with Twilio's lifecycle (10-minute
 * validity on the injected clock, the same code on every resend, at most 5 sends and 5 wrong checks,
 * approved or canceled verifications soft-deleted) and Twilio's error codes. Codes go to the Outbox.
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

    explicit VerifyEmulator(Clock *clock, Outbox *outbox = nullptr, QObject *parent = nullptr);

    static QString serviceSid();   // "VA" + 32 hex, fixed
    static QString accountSid();   // "AC" + 32 hex, fixed
    static QString friendlyName(); // "Latchkey Sandbox"

    int codeLength() const { return m_codeLength; }
    /** Twilio allows 4 to 10; false (and no change) otherwise. Affects verifications started afterwards. */
    bool setCodeLength(int length);

    /** Creates a verification, or resends the live one for `to` with the same code. `channel` is a wire name.
     */
    Result start(const QString &to, const QString &channel);
    /** Checks a code against the verification named by `verificationSid`, else by `to`. */
    Result check(const QString &to, const QString &verificationSid, const QString &code);
    Result fetch(const QString &sid);
    /** Twilio's UpdateVerification: `status` is "canceled" or "approved". */
    Result update(const QString &sid, const QString &status);

private:
    struct Record
    {
        Verification verification;
        QString code;
        int wrongChecks = 0;
        bool locked = false; // reached maxWrongChecks
    };

    void dropExpired();
    /** The sid of the record for `to` that is still within its validity; empty when none. */
    QString liveSidFor(const QString &to) const;
    QString newCode() const;
    static Result failure(int httpStatus, int code, const QString &message);
    static Result notFound(const QString &resource);

    Clock *m_clock;
    Outbox *m_outbox;
    int m_codeLength = defaultCodeLength;
    QHash<QString, Record> m_records; // by verification sid
};

} // namespace latchkey
