#pragma once

#include "AuthService.h"
#include "SecretStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace latchkey {

class Clock;

/**
 * What this computer remembers of a sign-in for the next one, in the keychain: the backend session ("Remember
 * me"), the device trust record ("Remember this device") and the number the last approved code went to. It
 * counts its own writes still on their way, because a front end may exit as soon as the sign-in finishes and
 * what was asked to be remembered must be stored first. Without a keychain it remembers nothing.
 */
class RememberedSignIn : public QObject
{
    Q_OBJECT
public:
    RememberedSignIn(SecretStore *secrets, Clock *clock, QObject *parent = nullptr);

    /** Whether there is a keychain to remember anything in. */
    bool isAvailable() const { return m_secrets; }

    /** Reads the session "Remember me" kept; answers sessionRead(). */
    void readSession();
    void keepSession(const QByteArray &token);
    void forgetSession();

    /**
     * Reads the device trust record under `key`; answers deviceTokenRead() with its token when it is
     * `username`'s and still valid, empty otherwise. An expired or unreadable record is forgotten; another
     * user's is left alone.
     */
    void readDeviceToken(const QString &key, const QString &username);
    /** Keeps what an approved code earned, until `days` from now or the token's own expiry, if earlier. */
    void keepDeviceToken(const QString &key, const QString &username, const DeviceToken &issued, int days);
    /** Forgets the device trust under `key`; nothing when the service has no key. */
    void forgetDeviceToken(const QString &key);

    /** Reads the number the last remembered sign-in's code went to; lastNumberChanged() once it is known. */
    void readLastNumber();
    /** Empty when none is remembered. */
    std::optional<E164Number> lastNumber() const { return m_lastNumber; }
    void keepLastNumber(const E164Number &number);
    /** Forgets the last number; waited for like a write. */
    void forgetLastNumber();

    /** Signing out: forgets the session, the last number and the device trust under `deviceTrustKey`. */
    void forgetAll(const QString &deviceTrustKey);

    /** Whether writes (or the last number's removal) are still on their way to the keychain. */
    bool isWriting() const { return !m_writesInFlight.isEmpty(); }

signals:
    void sessionRead(const QByteArray &token, latchkey::SecretStore::Error error, const QString &message);
    void deviceTokenRead(const QByteArray &token);
    void lastNumberChanged();
    /** Every write counted by isWriting() has been answered. */
    void writesFinished();
    /** A write to the keychain failed: what was to be remembered will not be. */
    void writeFailed(const QString &message);

private:
    void write(const QString &key, const QByteArray &value);
    void remove(const QString &key);
    void onRead(const QString &key, const QByteArray &value, SecretStore::Error error,
                const QString &message);
    void onDeviceTrustRead(const QByteArray &value, SecretStore::Error error, const QString &message);
    void onWritten(const QString &key);

    QPointer<SecretStore> m_secrets;
    Clock *m_clock;
    std::optional<E164Number> m_lastNumber;
    // The device trust read in progress: its key and the user it is for.
    QString m_readingTrustKey;
    QString m_readingTrustFor;
    QHash<QString, int> m_writesInFlight;
};

} // namespace latchkey
