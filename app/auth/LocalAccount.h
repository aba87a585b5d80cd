#pragma once

#include "E164Number.h"
#include "SecretStore.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace latchkey {

class PasswordVerifier;

/**
 * Direct mode's local account, since there is no backend to check a password: a username, an Argon2id
 * verifier of the password and the number verified at enrolment, kept together in the keychain (never the
 * password itself). It guards the Twilio secret's use on this computer; it is not a boundary against the
 * computer's own user, who can read their own keychain.
 */
class LocalAccount : public QObject
{
    Q_OBJECT
public:
    LocalAccount(SecretStore *secrets, PasswordVerifier *verifier, QObject *parent = nullptr);

    /** Reads the account; answers loaded(exists) or failed(message). */
    void load();
    bool exists() const { return !m_verifier.isEmpty(); }
    QString username() const { return m_username; }
    /** The number verified at enrolment; empty while no account exists. */
    std::optional<E164Number> enrolledNumber() const { return m_number; }

    /** Answers passwordChecked(matches) or failed(message). A wrong username is a mismatch. */
    void checkPassword(const QString &username, const QString &password);
    /** Computes the verifier and stores the account; answers enrolled() or failed(message). */
    void enrol(const QString &username, const QString &password, const E164Number &number);
    /**
     * Stores a newly verified number in place of the enrolled one (same username and verifier); answers
     * numberChanged() or failed(message). The caller has checked the password and both numbers' codes.
     */
    void changeNumber(const E164Number &number);
    /** Removes the account; answers removed() or failed(message). */
    void remove();

    static QByteArray serialize(const QString &username, const QByteArray &verifier,
                                const E164Number &number);
    /** False when `data` is not a whole account, its number included. */
    static bool deserialize(const QByteArray &data, QString *username, QByteArray *verifier,
                            std::optional<E164Number> *number);

signals:
    void loaded(bool exists);
    void passwordChecked(bool matches);
    void enrolled();
    void removed();
    void numberChanged();
    void failed(const QString &message);

private:
    enum class Pending { None, Load, Check, Enrol, Store, ChangeNumber, Remove };

    void onRead(const QString &key, const QByteArray &value, SecretStore::Error error,
                const QString &message);
    void onWritten(const QString &key, SecretStore::Error error, const QString &message);
    void onRemoved(const QString &key, SecretStore::Error error, const QString &message);

    QPointer<SecretStore> m_secrets;
    PasswordVerifier *m_passwordVerifier;
    Pending m_pending = Pending::None;
    QString m_username;
    QByteArray m_verifier;
    std::optional<E164Number> m_number;
    // While enrolling: what will be stored once the verifier exists.
    QString m_enrollingUsername;
    std::optional<E164Number> m_enrollingNumber;
    std::optional<E164Number> m_changingToNumber;
};

} // namespace latchkey
