#pragma once

#include "AuthService.h"

namespace latchkey {

/**
 * Puts settings between the flow and a service without changing either: a code length from settings
 * (Auth/CodeLength, backend mode) is filled in where the server does not announce one. Every call and
 * every answer passes through unchanged otherwise.
 */
class ConfiguredAuthService final : public AuthService
{
    Q_OBJECT
public:
    /** Takes over `inner`; codeLength 0 leaves everything as the server says. */
    ConfiguredAuthService(AuthService *inner, int codeLength, QObject *parent = nullptr);

    void logIn(const QString &username, const QString &password) override;
    void resumeSession(const QByteArray &sessionToken) override;
    void sendCode(const QString &e164, Channel channel) override;
    void checkCode(const QString &e164, const QString &code) override;
    void abort() override;
    void signOut() override;
    void prepare() override;
    void beginEnrolment(const QString &username, const QString &password) override;
    void completeEnrolment(const QString &e164) override;
    ServerCapabilities enrolmentCapabilities() const override;
    QString deviceTrustKey() const override;
    void presentDeviceToken(const QByteArray &token) override;
    void setRememberDevice(bool remember) override;
    DeviceToken issuedDeviceToken() const override;
    bool canChangeNumber() const override { return m_inner->canChangeNumber(); }
    void changeNumber(const QString &e164) override { m_inner->changeNumber(e164); }

    AuthService *inner() const { return m_inner; }

private:
    AuthService *m_inner;
    int m_codeLength;
};

} // namespace latchkey
