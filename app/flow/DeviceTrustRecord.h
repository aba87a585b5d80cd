#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace latchkey {

/**
 * What "Remember this device" keeps in the keychain: whose sign-in it is for, the proof the service checks
 * (the backend's device token, or in direct mode the enrolled number) and until when it may be used. The
 * expiry is checked here too, so an expired record is deleted without ever being sent.
 */
struct DeviceTrustRecord
{
    QString username;
    QByteArray token;
    QDateTime until;

    bool isValidAt(const QDateTime &now) const { return !token.isEmpty() && until.isValid() && now < until; }

    QByteArray serialize() const;
    /** False when `data` is not a record (damaged or from elsewhere): it is then treated as expired. */
    static bool deserialize(const QByteArray &data, DeviceTrustRecord *record);
};

} // namespace latchkey
