#pragma once

#include "SecretStore.h"

#include <QFutureWatcher>
#include <QList>
#include <functional>

namespace QKeychain {
class Job;
}

namespace latchkey {

/**
 * SecretStore over QtKeychain (Secret Service, Windows Credential Manager, macOS Keychain). Jobs wait,
 * without blocking, for the keychain's backend library to be loaded off the calling thread (loadBackend()).
 */
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    /** Gives the future of the backend library's loading. */
    using BackendLoader = std::function<QFuture<void>()>;

    explicit KeychainSecretStore(QString serviceName = QStringLiteral("Latchkey"), QObject *parent = nullptr);
    /** With another way to load the backend library: tests hold it back. */
    KeychainSecretStore(QString serviceName, BackendLoader loadBackend, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString &key) override;
    void write(const QString &key, const QByteArray &value) override;
    void remove(const QString &key) override;

    /** Maps a finished job to our error and a sentence that says what is wrong with the keychain. */
    static Error errorOf(const QKeychain::Job *job, QString *message);
    /**
     * On Linux and the BSDs, QtKeychain's Secret Service library (libsecret), loaded in the thread pool once
     * per process; elsewhere there is nothing to load and the future is finished.
     */
    static QFuture<void> loadBackend();

private:
    /** Starts the job once the backend library is loaded, after the jobs asked for before it. */
    void startWhenBackendLoaded(QKeychain::Job *job);
    void startWaitingJobs();

    QString m_serviceName;
    BackendLoader m_loadBackend;
    QFutureWatcher<void> m_backendLoaded;
    bool m_backendReady = false;
    QList<QKeychain::Job *> m_waitingJobs;
};

} // namespace latchkey
