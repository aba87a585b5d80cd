#pragma once

#include "LocalAccountService.h"
#include "SecretStore.h"

#include <QStringList>

namespace latchkey {

/**
 * An AuthService that records each call and answers only when the test says so, so tests can look at
 * the flow while a request is in flight. It has a local account's abilities too, which by default answer as
 * a backend would need them: nothing to enrol (enrolmentNeeded) and no number to change (numberChangeable).
 */
class FakeAuthService final : public LocalAccountService
{
    Q_OBJECT
public:
    using LocalAccountService::LocalAccountService;

    void logIn(const QString &username, const QString &password) override;
    void resumeSession(const QByteArray &sessionToken) override;
    void sendCode(const std::optional<E164Number> &to, Channel channel) override;
    void checkCode(const std::optional<E164Number> &to, const QString &code) override;
    void abort() override;
    void prepareConnection() override { ++preparedConnections; }
    void signOut() override;
    void prepare() override;
    void beginEnrolment(const QString &username, const QString &password) override;
    void completeEnrolment(const E164Number &number) override;
    ServerCapabilities enrolmentCapabilities() const override { return capabilitiesWhileEnrolling; }
    QString deviceTrustKey() const override { return trustKey; }
    void presentDeviceToken(const QByteArray &token) override { presentedToken = token; }
    void setRememberDevice(bool remember) override { rememberDeviceAsked = remember; }
    DeviceToken issuedDeviceToken() const override { return deviceTokenToIssue; }
    bool canChangeNumber() const override { return numberChangeable; }
    void changeNumber(const E164Number &number) override;
    void answerNumberChanged();
    /** Whether the service has a local account whose number may change (direct mode). */
    bool numberChangeable = false;

    /** Device trust: the key the flow keeps it under (empty: not supported), what the flow presented with
     *  the last login, whether the last check asked to remember the device, and what an approval issues. */
    QString trustKey = SecretKey::backendDeviceToken;
    QByteArray presentedToken;
    bool rememberDeviceAsked = false;
    DeviceToken deviceTokenToIssue;

    /** What prepare() answers: whether this computer still needs enrolment. */
    bool enrolmentNeeded = false;
    ServerCapabilities capabilitiesWhileEnrolling;

    /** "login demo", "resume <token>", "send +1202... sms", "check +1202... 123456", "abort", "signout",
     *  "enrol ada", "enrolled +1202..."; the number on file is written as
     * nothing ("send  sms"). */
    QStringList calls;
    /** How often the flow asked for the connection ahead of a request (prepareConnection()). */
    int preparedConnections = 0;
    /** How many codes were asked for ("send ..." calls). */
    int sendCount() const
    {
        int count = 0;
        for (const QString &call : calls) {
            count += call.startsWith(QLatin1String("send ")) ? 1 : 0;
        }
        return count;
    }
    bool hasPending() const { return m_pending; }

    void answerLoggedIn(const LoginResult &result);
    void answerCodeSent(const CodeSentResult &result);
    void answerApproved();
    void answerFailed(const AuthError &error);
    void answerEnrolmentStarted();
    void answerEnrolmentCompleted();

private:
    void begin(const QString &call);
    bool m_pending = false;
};

} // namespace latchkey
