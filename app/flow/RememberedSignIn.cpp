#include "RememberedSignIn.h"

#include "Clock.h"
#include "DeviceTrustRecord.h"
#include "Logging.h"

namespace latchkey {

RememberedSignIn::RememberedSignIn(SecretStore *secrets, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_clock(clock)
{
    if (!m_secrets) {
        return;
    }
    connect(m_secrets, &SecretStore::readFinished, this, &RememberedSignIn::onRead);
    connect(m_secrets, &SecretStore::writeFinished, this,
            [this](const QString &key, SecretStore::Error error, const QString &message) {
                onWritten(key);
                if (error != SecretStore::Error::None) {
                    emit writeFailed(message);
                }
            });
    // Forgetting the last number is waited for like a write, so an exit right after leaves none behind.
    connect(m_secrets, &SecretStore::removeFinished, this, [this](const QString &key) {
        if (key == SecretKey::lastPhoneNumber) {
            onWritten(key);
        }
    });
}

void RememberedSignIn::readSession()
{
    if (m_secrets) {
        m_secrets->read(SecretKey::backendSession);
    }
}

void RememberedSignIn::keepSession(const QByteArray &token)
{
    write(SecretKey::backendSession, token);
}

void RememberedSignIn::forgetSession()
{
    remove(SecretKey::backendSession);
}

void RememberedSignIn::readDeviceToken(const QString &key, const QString &username)
{
    if (!m_secrets) {
        return;
    }
    m_readingTrustKey = key;
    m_readingTrustFor = username;
    m_secrets->read(key);
}

void RememberedSignIn::keepDeviceToken(const QString &key, const QString &username, const DeviceToken &issued,
                                       int days)
{
    if (issued.token.isEmpty()) {
        qCInfo(lcFlow) << "no device token was issued: this device is not remembered";
        return;
    }
    DeviceTrustRecord record;
    record.username = username;
    record.token = issued.token;
    record.until = m_clock->now().addDays(days);
    if (issued.expiresAt.isValid() && issued.expiresAt < record.until) {
        record.until = issued.expiresAt;
    }
    qCInfo(lcFlow) << "remembering this device until" << record.until.toString(Qt::ISODate);
    write(key, record.serialize());
}

void RememberedSignIn::forgetDeviceToken(const QString &key)
{
    if (!key.isEmpty()) {
        remove(key);
    }
}

void RememberedSignIn::readLastNumber()
{
    if (m_secrets) {
        m_secrets->read(SecretKey::lastPhoneNumber);
    }
}

void RememberedSignIn::keepLastNumber(const E164Number &number)
{
    m_lastNumber = number;
    write(SecretKey::lastPhoneNumber, number.toString().toUtf8());
}

void RememberedSignIn::forgetLastNumber()
{
    m_lastNumber.reset();
    if (m_secrets) {
        ++m_writesInFlight[SecretKey::lastPhoneNumber];
    }
    remove(SecretKey::lastPhoneNumber);
}

void RememberedSignIn::forgetAll(const QString &deviceTrustKey)
{
    m_lastNumber.reset();
    remove(SecretKey::backendSession);
    remove(SecretKey::lastPhoneNumber);
    forgetDeviceToken(deviceTrustKey);
}

void RememberedSignIn::write(const QString &key, const QByteArray &value)
{
    if (!m_secrets) {
        return;
    }
    ++m_writesInFlight[key];
    m_secrets->write(key, value);
}

void RememberedSignIn::remove(const QString &key)
{
    if (m_secrets) {
        m_secrets->remove(key); // not waited for: a removal lost at exit leaves nothing that still works
    }
}

void RememberedSignIn::onRead(const QString &key, const QByteArray &value, SecretStore::Error error,
                              const QString &message)
{
    if (key == SecretKey::backendSession) {
        emit sessionRead(value, error, message);
    } else if (!m_readingTrustKey.isEmpty() && key == m_readingTrustKey) {
        onDeviceTrustRead(value, error, message);
    } else if (key == SecretKey::lastPhoneNumber && error == SecretStore::Error::None) {
        // Nothing remembered, or no keychain: the phone step simply starts empty.
        if (const auto number = E164Number::fromString(QString::fromUtf8(value))) {
            m_lastNumber = number;
            emit lastNumberChanged();
        }
    }
}

void RememberedSignIn::onDeviceTrustRead(const QByteArray &value, SecretStore::Error error,
                                         const QString &message)
{
    const QString key = m_readingTrustKey;
    const QString username = m_readingTrustFor;
    m_readingTrustKey.clear();
    m_readingTrustFor.clear();
    QByteArray token;
    DeviceTrustRecord record;
    if (error == SecretStore::Error::None) {
        const bool readable = DeviceTrustRecord::deserialize(value, &record);
        if (readable && record.username == username && record.isValidAt(m_clock->now())) {
            token = record.token;
        } else if (!readable || record.username == username) {
            qCInfo(lcFlow) << "the remembered device has expired: forgetting it";
            remove(key);
        }
    } else if (error != SecretStore::Error::NotFound) {
        qCInfo(lcFlow) << "the remembered device could not be read:" << message;
    }
    emit deviceTokenRead(token);
}

void RememberedSignIn::onWritten(const QString &key)
{
    const auto it = m_writesInFlight.find(key);
    if (it == m_writesInFlight.end()) {
        return; // not ours (direct mode's local account shares the keychain)
    }
    if (--it.value() <= 0) {
        m_writesInFlight.erase(it);
    }
    if (m_writesInFlight.isEmpty()) {
        emit writesFinished();
    }
}

} // namespace latchkey
