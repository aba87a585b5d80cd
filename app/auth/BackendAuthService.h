#pragma once

#include "auth/AuthService.h"

#include <QJsonObject>
#include <QPointer>
#include <QUrl>

namespace latchkey {

class HttpCall;
class HttpClient;
struct HttpResponse;

/** Where the organisation's backend lives; paths default to the seed's Express routes. */
struct BackendEndpoints
{
    QUrl origin;
    QString loginPath = QStringLiteral("/api/auth/login");
    QString sendCodePath = QStringLiteral("/api/auth/send-code");
    QString verifyCodePath = QStringLiteral("/api/auth/verify-code");
    QString logoutPath = QStringLiteral("/api/auth/logout");
};

/**
 * Signs in through the organisation's backend (docs/backend-protocol.md): JSON over HTTPS, a session
 * cookie carried across the calls, and optional capabilities the backend announces at login.
 */
class BackendAuthService final : public AuthService
{
    Q_OBJECT
public:
    BackendAuthService(HttpClient *http, BackendEndpoints endpoints, QObject *parent = nullptr);

    void logIn(const QString &username, const QString &password) override;
    void resumeSession(const QByteArray &sessionToken) override;
    void sendCode(const QString &e164, Channel channel) override;
    void checkCode(const QString &e164, const QString &code) override;
    void abort() override;
    void signOut() override;

    /** Parses a login (or session) answer's JSON; false when it is not one. */
    static bool parseLoginAnswer(const QByteArray &body, LoginResult *result, bool *hasCapabilities);
    /** Maps any non-2xx answer of the backend to an error. */
    static AuthError errorFromAnswer(const HttpResponse &response, AuthError::Kind for4xx,
                                     const QDateTime &now);

private:
    enum class Operation { LogIn, Resume, SendCode, CheckCode };

    QUrl urlFor(const QString &path) const;
    void post(Operation operation, const QString &path, const QJsonObject &body);
    void onFinished(Operation operation, const HttpResponse &response);
    QByteArray sessionCookies() const;

    HttpClient *m_http;
    BackendEndpoints m_endpoints;
    QPointer<HttpCall> m_call;
    bool m_hasCapabilities = false;
};

} // namespace latchkey
