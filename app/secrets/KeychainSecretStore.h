#pragma once

#include "SecretStore.h"

namespace QKeychain {
class Job;
}

namespace latchkey {

/** SecretStore over QtKeychain (Secret Service, Windows Credential Manager, macOS Keychain). */
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString serviceName = QStringLiteral("Latchkey"), QObject *parent = nullptr);

    void read(const QString &key) override;
    void write(const QString &key, const QByteArray &value) override;
    void remove(const QString &key) override;

    /** Maps a finished job to our error and a sentence that says what is wrong with the keychain. */
    static Error errorOf(const QKeychain::Job *job, QString *message);

private:
    QString m_serviceName;
};

} // namespace latchkey
