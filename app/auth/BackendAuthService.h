#pragma once

#include "AuthService.h"
#include "HttpClient.h"

#include <QJsonObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QTimer;

namespace latchkey {

/** Where the organisation's backend lives; paths default to the seed's Express routes. */
struct BackendEndpoints
{
    QUrl origin;
    QString loginPath = QStringLiteral("/api/auth/login");
    QString sendCodePath = QStringLiteral("/api/auth/send-code");
    QString verifyCodePath = QStringLiteral("/api/auth/verify-code");
    QString logoutPath = QStringLiteral("/api/auth/logout");
};

/** The protocol extensions a backend announced in its login answer's `capabilities`; none by default. */
struct BackendExtensions
{
    bool announced = false;    // the login answer carried a `capabilities` object
    bool channels = false;     // `channels`: send-code may carry `channel`
    bool locale = false;       // `locale`: send-code may carry `locale`
    bool numberOnFile = false; // `sendsToNumberOnFile`: send-code and verify-code take `useNumberOnFile`
    bool emailOnFile = false;  // `emailOnFile` with "email" in `channels`: they take `useEmailOnFile`
    bool assertion = false;    // `assertion`: verify-code answers with a signed, short-lived assertion
    bool deviceTrust = false;  // `deviceTrust`: device tokens at verify-code, honoured at login
    bool stats = false;        // `stats`: GET /api/admin/stats answers this user (an admin)
};

/**
 * Signs in through the organisation's backend (docs/backend-protocol.md): JSON over HTTPS, a session
 * cookie carried across the calls, and extensions only where the backend announced them at login. It
 * reads every answer the seed's Express backend really gives (JSON errors, relayed Twilio text, empty
 * 500s, express-rate-limit's text 429s, proxy pages). It follows same-origin https redirects of a GET (a
 * resumed session) only: a POST (login, send-code, verify-code) is sent once, and a redirect is Redirected.
 */
class BackendAuthService final : public AuthService
{
    Q_OBJECT
public:
    static constexpr int maxRedirects = 3;
    // Every sign-in answer is a small JSON object; room is left for a proxy's HTML error page.
    static constexpr qint64 maxAnswerBytes = 32 * 1024;

    BackendAuthService(HttpClient *http, BackendEndpoints endpoints, QObject *parent = nullptr);

    /**
     * The code length (Auth/CodeLength) wherever the backend announces none, at login or with a sent code;
     * 0, the default, leaves it unknown.
     */
    void setDefaultCodeLength(int digits) { m_defaultCodeLength = digits; }
    /**
     * The audience verify-code asks the assertion for (`audience`, --exec's Gate/Audience), sent only to a
     * backend that announced assertions; empty, the default, leaves it to the backend.
     */
    void setAssertionAudience(const QString &audience) { m_assertionAudience = audience; }
    /**
     * The sandbox's origin, once its child process listens: the window is shown while it starts. A request
     * made before it waits for it; until then nothing is sent and no connection is opened.
     */
    void setOrigin(const QUrl &origin);

    void logIn(const QString &username, const QString &password) override;
    void resumeSession(const QByteArray &sessionToken) override;
    void sendCode(const std::optional<E164Number> &to, Channel channel) override;
    void checkCode(const std::optional<E164Number> &to, const QString &code) override;
    void abort() override;
    void prepareConnection() override;
    void signOut() override;
    QString deviceTrustKey() const override;
    void presentDeviceToken(const QByteArray &token) override;
    void setRememberDevice(bool remember) override;
    DeviceToken issuedDeviceToken() const override { return m_issuedDeviceToken; }

    /** What the backend announced at the last login or resume. */
    BackendExtensions extensions() const { return m_extensions; }
    /**
     * The assertion of the last approved code (a compact JWS the backend signed), when the backend issues
     * them; empty otherwise. Kept in memory only, and dropped by the next sign-in, check or sign-out.
     */
    QByteArray lastAssertion() const { return m_assertion; }

    /** Where the backend serves sign-in figures (`GET /api/admin/stats`) to a user it announced `stats` to.
     */
    QUrl statsUrl() const { return urlFor(QStringLiteral("/api/admin/stats")); }
    /** Parses a login (or session) answer's JSON; false when it is not one. */
    static bool parseLoginAnswer(const QByteArray &body, LoginResult *result, BackendExtensions *extensions);
    /** Maps any non-2xx answer of the backend to an error. */
    static AuthError errorFromAnswer(const HttpResponse &response, AuthError::Kind for4xx,
                                     const QDateTime &now);
    /**
     * The server's own words in an error answer, fit to show: JSON `error` (or `message`), or a short
     * plain-text body such as express-rate-limit's. Never an HTML page; empty when there is nothing.
     */
    static QString readableText(const HttpResponse &response);
    /** Seconds to wait: Retry-After, else the rate limiter's RateLimit-* / X-RateLimit-* reset; -1 unknown.
     */
    static int waitSeconds(const HttpResponse &response, const QDateTime &now);
    /**
     * Where a redirect answer to a request for `from` may be followed: only to the same https origin as
     * `origin` (scheme, host and port). An empty URL when it must not be followed.
     */
    static QUrl redirectTarget(const QUrl &origin, const QUrl &from, const HttpResponse &response);

private:
    enum class Operation { LogIn, Resume, SendCode, CheckCode };

    QUrl urlFor(const QString &path) const;
    void post(Operation operation, const QString &path, const QJsonObject &body);
    void send(Operation operation, const HttpRequest &request);
    void failSoon(const AuthError &error);
    /** The number (or useNumberOnFile) into a send or check body; false, with failSoon(), when it cannot be.
     */
    bool addNumber(const std::optional<E164Number> &to, QJsonObject *body);
    void onFinished(Operation operation, const HttpResponse &response);
    bool followRedirect(Operation operation, const HttpResponse &response);
    void finishCheck(const HttpResponse &response, const QDateTime &now);
    void forgetRequest();
    QByteArray sessionCookies() const;
    void restoreSessionCookies(const QByteArray &sessionToken);

    HttpClient *m_http;
    BackendEndpoints m_endpoints;
    int m_defaultCodeLength = 0;
    QString m_assertionAudience;
    QPointer<HttpCall> m_call;
    std::optional<Operation> m_waitingForOrigin; // m_request, held until setOrigin()
    HttpRequest m_request; // the request in flight, re-sent when a same-origin redirect of a GET is followed
    int m_redirects = 0;
    BackendExtensions m_extensions;
    QByteArray m_assertion;
    QByteArray m_deviceTokenToPresent; // for the next login only
    bool m_rememberDevice = false;
    bool m_codeSentByEmail = false; // so that verify-code checks the address on file's code
    DeviceToken m_issuedDeviceToken;
    QTimer *m_localFailure; // answers a request refused before it left, on the next event-loop turn
    AuthError m_pendingFailure;
};

} // namespace latchkey
