#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace latchkey {

/** The fixed list of secrets Latchkey may keep; nothing else is ever written to the keychain. */
namespace SecretKey {
/** The backend's session cookie(s), kept only with "Remember me". */
inline const QString backendSession = QStringLiteral("backend/session");
/** Direct mode's local account: username, Argon2id verifier and enrolled number, as JSON. */
inline const QString localAccount = QStringLiteral("direct/account");
/** Direct mode's Twilio credentials: the key SID (SK… or AC…), a newline, and its secret. */
inline const QString twilioSecret = QStringLiteral("direct/twilioSecret");
/** "Remember this device" in backend mode: the username, the backend's device token and its expiry. */
inline const QString backendDeviceToken = QStringLiteral("backend/deviceToken");
/** "Remember this device" in direct mode: the username, the enrolled number and the expiry. */
inline const QString directDeviceTrust = QStringLiteral("direct/deviceTrust");
/** The E.164 number the last remembered sign-in's code went to: prefilled next time (personal data). */
inline const QString lastPhoneNumber = QStringLiteral("user/lastPhoneNumber");
} // namespace SecretKey

/**
 * Asynchronous access to the operating system's keychain. Each call answers with its *Finished signal,
 * never synchronously. There is no plaintext fallback: when no keychain works the error says why.
 */
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Error { None, NotFound, NoKeychain, AccessDenied, Other };
    Q_ENUM(Error)

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString &key) = 0;
    virtual void write(const QString &key, const QByteArray &value) = 0;
    virtual void remove(const QString &key) = 0;

signals:
    void readFinished(const QString &key, const QByteArray &value, latchkey::SecretStore::Error error,
                      const QString &message);
    void writeFinished(const QString &key, latchkey::SecretStore::Error error, const QString &message);
    void removeFinished(const QString &key, latchkey::SecretStore::Error error, const QString &message);
};

} // namespace latchkey
