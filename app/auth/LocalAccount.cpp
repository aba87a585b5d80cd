#include "LocalAccount.h"

#include "Logging.h"
#include "PasswordVerifier.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace latchkey {

LocalAccount::LocalAccount(SecretStore *secrets, PasswordVerifier *verifier, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_passwordVerifier(verifier)
{
    connect(m_secrets, &SecretStore::readFinished, this, &LocalAccount::onRead);
    connect(m_secrets, &SecretStore::writeFinished, this, &LocalAccount::onWritten);
    connect(m_secrets, &SecretStore::removeFinished, this, &LocalAccount::onRemoved);
    connect(m_passwordVerifier, &PasswordVerifier::checked, this, [this](bool matches) {
        if (m_pending == Pending::Check) {
            m_pending = Pending::None;
            emit passwordChecked(matches);
        }
    });
    connect(m_passwordVerifier, &PasswordVerifier::verifierCreated, this, [this](const QByteArray &verifier) {
        if (m_pending != Pending::Enrol) {
            return;
        }
        m_pending = Pending::Store;
        m_verifier = verifier;
        m_username = m_enrollingUsername;
        m_number = m_enrollingNumber;
        m_secrets->write(SecretKey::localAccount, serialize(m_username, m_verifier, *m_number));
    });
    connect(m_passwordVerifier, &PasswordVerifier::failed, this, [this](const QString &message) {
        if (m_pending == Pending::Check || m_pending == Pending::Enrol) {
            m_pending = Pending::None;
            emit failed(message);
        }
    });
}

QByteArray LocalAccount::serialize(const QString &username, const QByteArray &verifier,
                                   const E164Number &number)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                     {QStringLiteral("verifier"), QString::fromLatin1(verifier)},
                                     {QStringLiteral("number"), number.toString()}})
        .toJson(QJsonDocument::Compact);
}

bool LocalAccount::deserialize(const QByteArray &data, QString *username, QByteArray *verifier,
                               std::optional<E164Number> *number)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(data, &error).object();
    if (error.error != QJsonParseError::NoError) {
        return false;
    }
    *username = object.value(QStringLiteral("username")).toString();
    *verifier = object.value(QStringLiteral("verifier")).toString().toLatin1();
    *number = E164Number::fromString(object.value(QStringLiteral("number")).toString());
    return !username->isEmpty() && !verifier->isEmpty() && number->has_value();
}

void LocalAccount::load()
{
    m_pending = Pending::Load;
    m_secrets->read(SecretKey::localAccount);
}

void LocalAccount::onRead(const QString &key, const QByteArray &value, SecretStore::Error error,
                          const QString &message)
{
    if (key != SecretKey::localAccount || m_pending != Pending::Load) {
        return;
    }
    m_pending = Pending::None;
    if (error == SecretStore::Error::NotFound) {
        m_verifier.clear();
        emit loaded(false);
        return;
    }
    if (error != SecretStore::Error::None) {
        emit failed(message);
        return;
    }
    if (!deserialize(value, &m_username, &m_verifier, &m_number)) {
        qCWarning(lcSecrets) << "the stored local account is damaged";
        m_verifier.clear();
        emit failed(QCoreApplication::translate("LocalAccount",
                                                "This computer's enrolment is damaged. Ask your "
                                                "administrator to reset it."));
        return;
    }
    emit loaded(true);
}

void LocalAccount::checkPassword(const QString &username, const QString &password)
{
    if (!exists()) {
        emit failed(QCoreApplication::translate("LocalAccount", "This computer is not enrolled yet."));
        return;
    }
    if (username != m_username) {
        // Same answer as a wrong password, and after the same work, so usernames cannot be probed.
        m_pending = Pending::Check;
        m_passwordVerifier->check(m_verifier, QString());
        return;
    }
    m_pending = Pending::Check;
    m_passwordVerifier->check(m_verifier, password);
}

void LocalAccount::enrol(const QString &username, const QString &password, const E164Number &number)
{
    m_pending = Pending::Enrol;
    m_enrollingUsername = username;
    m_enrollingNumber = number;
    m_passwordVerifier->createVerifier(password);
}

void LocalAccount::changeNumber(const E164Number &number)
{
    if (!exists()) {
        emit failed(QCoreApplication::translate("LocalAccount", "This computer is not enrolled yet."));
        return;
    }
    m_pending = Pending::ChangeNumber;
    m_changingToNumber = number;
    m_secrets->write(SecretKey::localAccount, serialize(m_username, m_verifier, number));
}

void LocalAccount::onWritten(const QString &key, SecretStore::Error error, const QString &message)
{
    if (key == SecretKey::localAccount && m_pending == Pending::ChangeNumber) {
        m_pending = Pending::None;
        if (error != SecretStore::Error::None) {
            emit failed(message); // the enrolled number stays as it was
            return;
        }
        m_number = m_changingToNumber;
        qCInfo(lcSecrets) << "the local account's number changed";
        emit numberChanged();
        return;
    }
    if (key != SecretKey::localAccount || m_pending != Pending::Store) {
        return;
    }
    m_pending = Pending::None;
    if (error != SecretStore::Error::None) {
        m_verifier.clear();
        emit failed(message);
        return;
    }
    qCInfo(lcSecrets) << "local account enrolled";
    emit enrolled();
}

void LocalAccount::remove()
{
    m_pending = Pending::Remove;
    m_secrets->remove(SecretKey::localAccount);
}

void LocalAccount::onRemoved(const QString &key, SecretStore::Error error, const QString &message)
{
    if (key != SecretKey::localAccount || m_pending != Pending::Remove) {
        return;
    }
    m_pending = Pending::None;
    if (error != SecretStore::Error::None) {
        emit failed(message);
        return;
    }
    m_username.clear();
    m_verifier.clear();
    m_number.reset();
    emit removed();
}

} // namespace latchkey
