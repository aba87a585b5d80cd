#pragma once

#include "AuthError.h"
#include "Channel.h"
#include "E164Number.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <utility>

class QTimer;

namespace latchkey {

class Clock;
class HttpCall;
class HttpClient;
struct HttpResponse;

/** Where Verify is and who we are to it. The secret comes from the keychain, never from settings. */
struct VerifyAccount
{
    QUrl baseUrl = QUrl(QStringLiteral("https://verify.twilio.com"));
    QString serviceSid; // ^VA[0-9a-fA-F]{32}$
    QString keySid;     // SK… (API key, recommended) or AC… (account)
    QString secret;     // the API key's secret or the Auth Token
};

/** What validation messages call each part of a VerifyAccount: the names the administrator set them by. */
struct VerifySettingNames
{
    QString baseUrl = QStringLiteral("Verify/BaseUrl");
    QString serviceSid = QStringLiteral("Verify/ServiceSid");
    QString keySid = QStringLiteral("Verify/ApiKeySid");
    QString secret = QStringLiteral("the keychain entry for the Verify secret");
};

/** A Verify Service (verify.v2.service): every documented field; nulls read as empty or false. */
struct VerifyService
{
    QString sid;
    QString accountSid;
    QString friendlyName;
    int codeLength = 0; // 4 to 10 when known
    bool lookupEnabled = false;
    bool psd2Enabled = false;
    bool skipSmsToLandlines = false;
    bool dtmfInputRequired = false;
    QString ttsName;
    bool doNotShareWarningEnabled = false;
    bool customCodeEnabled = false;
    QJsonValue push;
    QJsonValue totp;
    QString defaultTemplateSid;
    QJsonValue whatsapp;
    QJsonValue passkeys;
    bool verifyEventSubscriptionEnabled = false;
    QDateTime dateCreated;
    QDateTime dateUpdated;
    QUrl url;
    QHash<QString, QUrl> links;
};

/** One entry of a Verification's send_code_attempts. */
struct VerifySendAttempt
{
    QString attemptSid; // VL…
    QString channel;    // as Twilio wrote it ("sms", "SMS", ...)
    QDateTime time;
};

/**
 * A Verification (verify.v2.service.verification) or a VerificationCheck (…verification_check): every
 * documented field of both; those a resource does not have stay empty.
 */
struct Verification
{
    QString sid; // VE…
    QString serviceSid;
    QString accountSid;
    QString to;
    QString channel;
    QString status; // pending, approved, canceled, ...
    bool valid = false;
    QJsonValue lookup;
    QString amount;
    QString payee;
    QList<VerifySendAttempt> sendCodeAttempts;
    QDateTime dateCreated;
    QDateTime dateUpdated;
    QJsonValue sna;
    QUrl url;
    QList<std::pair<QString, int>> snaAttemptsErrorCodes; // checks only: attempt_sid and code

    /** Only "approved" signs anyone in; a wrong code is a 2xx with "pending". */
    bool isApproved() const { return status == QLatin1String("approved"); }
};

/**
 * A client for the Twilio Verify v2 REST API: the Service fetch, start (and resend), check, cancel and fetch
 * of a verification; form-encoded requests exactly as Twilio's SDKs send them (the + of an E.164 number as
 * %2B), HTTP Basic with an API key or the account, JSON answers parsed in full, Twilio's error codes mapped
 * to AuthError. It never repeats a start or a check that may have reached Twilio: it retries only requests
 * that provably never left (no DNS answer, connection refused), and fetches on 429 or 5xx, with bounded
 * backoff honouring Retry-After. One call at a time: a new one replaces the one in flight.
 */
class VerifyClient : public QObject
{
    Q_OBJECT
public:
    enum class Operation { FetchService, Start, Check, Cancel, Fetch };
    Q_ENUM(Operation)

    // A Service, a Verification and a VerificationCheck are each one small JSON object.
    static constexpr qint64 maxAnswerBytes = 32 * 1024;

    struct RetryPolicy
    {
        int maxAttempts = 3;           // the first try included
        int baseDelayMsecs = 500;      // doubled on each retry, with jitter
        int maxDelayMsecs = 8000;      // cap for the backoff
        int maxRetryAfterSeconds = 30; // a longer Retry-After is reported, not waited for
    };

    VerifyClient(HttpClient *http, VerifyAccount account, QObject *parent = nullptr);

    /**
     * Kind::None when the account can be used; otherwise a ConfigurationProblem whose message names the
     * setting at fault: the base URL (https, or http on loopback; an origin only), the Service SID, the key
     * SID (SK… or AC…) and the secret.
     */
    static AuthError validateAccount(const VerifyAccount &account, const VerifySettingNames &names = {});

    /** Time source for lockout countdowns (a test's ManualClock); the system clock by default. */
    void setClock(Clock *clock);
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    /**
     * Whether a start that Twilio refuses with 60205 (landline) or 60223 (channel disabled) is repeated once
     * as a voice call, where a call can help. It counts as a send. Never on 60203, 60410 or 60605, and never
     * after an email: an address has no phone to call.
     */
    void setCallFallbackAllowed(bool allowed) { m_callFallbackAllowed = allowed; }
    bool isCallFallbackAllowed() const { return m_callFallbackAllowed; }

    /** GET /v2/Services/{sid} → serviceFetched(). */
    void fetchService();
    /**
     * POST …/Verifications: starts, or within 10 minutes resends the same code (maybe by another channel).
     * Channel::Email is refused: a number is not an email address.
     */
    void startVerification(const E164Number &to, Channel channel, const QString &locale = QString());
    /** The same by email, to an address that must look like one. */
    void startEmailVerification(const QString &address, const QString &locale = QString());
    /**
     * Checks by verification SID when given (preferred while the flow holds it), by To otherwise; `to` also
     * times a lockout.
     */
    void checkCode(const E164Number &to, const QString &verificationSid, const QString &code);
    /** The same for a code sent by email to `address`. */
    void checkEmailCode(const QString &address, const QString &verificationSid, const QString &code);
    /** POST …/Verifications/{sid} with Status=canceled → verificationCanceled(). */
    void cancelVerification(const QString &verificationSid);
    /** GET …/Verifications/{sid} → verificationFetched(). */
    void fetchVerification(const QString &verificationSid);
    /** Drops the call in flight (and any retry waiting); nothing is emitted for it. */
    void abort();
    /** Opens the connection to Verify ahead of a request (HttpClient::warmUp); nothing is sent. */
    void prepareConnection();
    bool isBusy() const;

    /** A Twilio Locale for the UI language: "de", "fr", "pt-BR", "en-GB", "zh-HK"; "en" when unsure. */
    static QString localeFor(const QLocale &locale);
    /** Whether a voice call can deliver where this start failed (60205, 60223). */
    static bool callCanHelp(const AuthError &error);

    /** application/x-www-form-urlencoded with every value percent-encoded (so "+" travels as %2B). */
    static QByteArray formEncode(const QList<std::pair<QString, QString>> &fields);
    static bool parseVerification(const QByteArray &body, Verification *verification);
    static bool parseService(const QByteArray &body, VerifyService *service);
    /** The error for a non-2xx Verify answer (Twilio's JSON error body, or RFC 9457) or a transport failure.
     */
    static AuthError errorFrom(const HttpResponse &response);

signals:
    void serviceFetched(const latchkey::VerifyService &service);
    void verificationStarted(const latchkey::Verification &verification);
    /** A start by another channel failed where a call can help, and a call is being started instead. */
    void fallingBackToCall(const latchkey::AuthError &reason);
    /** The check was evaluated: approved, or (a wrong code) still pending. */
    void codeChecked(const latchkey::Verification &verification);
    void verificationCanceled(const latchkey::Verification &verification);
    void verificationFetched(const latchkey::Verification &verification);
    void failed(const latchkey::AuthError &error);

private:
    struct Pending
    {
        Operation operation = Operation::Fetch;
        QByteArray method;
        QString path;
        QList<std::pair<QString, QString>> fields;
        QString to; // the destination the call is about, when known
        Channel channel = Channel::Sms;
        int attempt = 0;       // tries made so far
        bool fellBack = false; // already the call fallback
    };

    /** A start to a number or an address; refused without a request when it cannot be delivered there. */
    void startTo(const QString &to, Channel channel, const QString &locale, bool deliverable);
    void checkCodeTo(const QString &to, const QString &verificationSid, const QString &code);
    void begin(const Pending &pending);
    void send();
    void onFinished(const HttpResponse &response);
    /** Milliseconds to wait before another try, or -1 when this answer must not be retried. */
    int retryDelay(const HttpResponse &response) const;
    void succeed(const HttpResponse &response);
    /** BadResponse for a 2xx whose body is not the resource asked for, with its status kept. */
    static AuthError unreadable(const HttpResponse &response);
    void fail(AuthError error);
    /** An error without a request: finishes asynchronously, like every answer. */
    void refuse(const AuthError &error);
    QDateTime now() const;

    HttpClient *m_http;
    VerifyAccount m_account;
    QPointer<Clock> m_clock;
    RetryPolicy m_retryPolicy;
    bool m_callFallbackAllowed = false;
    Pending m_pending;
    bool m_busy = false;
    QPointer<HttpCall> m_call;
    QTimer *m_retryTimer;
    quint64 m_generation = 0; // bumped by abort() so a refusal queued earlier is dropped
    /** When this client first saw each verification (by destination): a lockout ends 10 minutes later. */
    QHash<QString, std::pair<QString, QDateTime>> m_firstSeen;
};

} // namespace latchkey

Q_DECLARE_METATYPE(latchkey::VerifyService)
Q_DECLARE_METATYPE(latchkey::Verification)
