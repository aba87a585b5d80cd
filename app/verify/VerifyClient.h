#pragma once

#include "auth/AuthError.h"
#include "auth/Channel.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <utility>

namespace latchkey {

class HttpCall;
class HttpClient;
struct HttpResponse;

/** Where Verify is and who we are to it. The secret comes from the keychain, never from settings. */
struct VerifyAccount
{
    QUrl baseUrl = QUrl(QStringLiteral("https://verify.twilio.com"));
    QString serviceSid; // ^VA[0-9a-fA-F]{32}$
    QString keySid;     // SK… (API key, recommended) or AC… (account)
    QString secret;
};

/** The fields of a Verification (or VerificationCheck) resource that Latchkey uses. */
struct Verification
{
    QString sid;
    QString to;
    QString channel;
    QString status; // pending, approved, canceled, ...
    bool valid = false;
};

/**
 * A client for the Twilio Verify v2 REST API: form-encoded requests exactly as Twilio's SDKs send them
 * (the + of an E.164 number as %2B), JSON answers, Twilio error bodies mapped to AuthError.
 */
class VerifyClient : public QObject
{
    Q_OBJECT
public:
    VerifyClient(HttpClient *http, VerifyAccount account, QObject *parent = nullptr);

    void startVerification(const QString &to, Channel channel, const QString &locale = QString());
    /** Checks by verification SID when given (preferred while the flow holds it), by To otherwise. */
    void checkCode(const QString &to, const QString &verificationSid, const QString &code);
    void abort();

    /** application/x-www-form-urlencoded with every value percent-encoded (so "+" travels as %2B). */
    static QByteArray formEncode(const QList<std::pair<QString, QString>> &fields);
    static bool parseVerification(const QByteArray &body, Verification *verification);
    /** The error for a non-2xx Verify answer (Twilio's JSON error body) or a transport failure. */
    static AuthError errorFrom(const HttpResponse &response);

signals:
    void verificationStarted(const latchkey::Verification &verification);
    void codeChecked(const latchkey::Verification &verification);
    void failed(const latchkey::AuthError &error);

private:
    void post(const QString &path, const QList<std::pair<QString, QString>> &fields, bool isCheck);

    HttpClient *m_http;
    VerifyAccount m_account;
    QPointer<HttpCall> m_call;
};

} // namespace latchkey
