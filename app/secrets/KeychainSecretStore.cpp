#include "KeychainSecretStore.h"

#include "Background.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QLibrary>
#include <qt6keychain/keychain.h>
#include <utility>

namespace latchkey {

KeychainSecretStore::KeychainSecretStore(QString serviceName, QObject *parent)
    : KeychainSecretStore(std::move(serviceName), &KeychainSecretStore::loadBackend, parent)
{}

KeychainSecretStore::KeychainSecretStore(QString serviceName, BackendLoader loadBackend, QObject *parent)
    : SecretStore(parent)
    , m_serviceName(std::move(serviceName))
    , m_loadBackend(std::move(loadBackend))
{}

KeychainSecretStore::~KeychainSecretStore()
{
    qDeleteAll(m_waitingJobs); // never started: nothing will answer them
}

QFuture<void> KeychainSecretStore::loadBackend()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    // QtKeychain loads libsecret with QLibrary when its first job starts, on the thread that starts it: about
    // 4 ms of dynamic linking on the UI thread just after the window appears. Loaded here first, QtKeychain's
    // own load finds it in place. The name and version are QtKeychain's (libsecret.cpp).
    static const QFuture<void> loaded =
        Background::run([] { QLibrary(QStringLiteral("secret-1"), 0).load(); });
    return loaded;
#else
    return QtFuture::makeReadyFuture();
#endif
}

void KeychainSecretStore::startWhenBackendLoaded(QKeychain::Job *job)
{
    if (m_backendReady) {
        job->start();
        return;
    }
    m_waitingJobs.append(job);
    if (m_waitingJobs.size() > 1) {
        return; // already waiting
    }
    const QFuture<void> loaded = m_loadBackend();
    if (loaded.isFinished()) {
        startWaitingJobs();
        return;
    }
    connect(&m_backendLoaded, &QFutureWatcher<void>::finished, this, &KeychainSecretStore::startWaitingJobs,
            Qt::SingleShotConnection);
    m_backendLoaded.setFuture(loaded);
}

void KeychainSecretStore::startWaitingJobs()
{
    m_backendReady = true;
    const QList<QKeychain::Job *> jobs = std::exchange(m_waitingJobs, {});
    for (QKeychain::Job *job : jobs) {
        job->start(); // in the order they were asked for
    }
}

SecretStore::Error KeychainSecretStore::errorOf(const QKeychain::Job *job, QString *message)
{
    const auto say = [message](const QString &text) { *message = text; };
    switch (job->error()) {
    case QKeychain::NoError:
        message->clear();
        return Error::None;
    case QKeychain::EntryNotFound:
        say(tr("Nothing is stored for this item."));
        return Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        say(tr("Access to the keychain was denied."));
        return Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        say(tr("No keychain is available on this system."));
        return Error::NoKeychain;
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    // On Linux a missing Secret Service arrives as OtherError with D-Bus's explanation, not as
    // NoBackendAvailable; recognise it by the D-Bus failure so the user is told the real reason.
    const QString detail = job->errorString();
    if (detail.contains(QLatin1String("org.freedesktop.secrets")) ||
        detail.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) ||
        detail.contains(QLatin1String("collection/login"))) {
        say(tr("No keychain is available: the Secret Service is not running or has no login keyring."));
        return Error::NoKeychain;
    }
    *message =
        QCoreApplication::translate("KeychainSecretStore", "The keychain reported an error: %1").arg(detail);
    return Error::Other;
}

// Jobs have no parent: a job deleted while the Secret Service still works on it crashes when the answer
// arrives, so each job outlives the store if it must and deletes itself once finished (autoDelete). The
// store is the connections' context, so an answer that comes after the store is gone reaches nobody.

void KeychainSecretStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *finishedJob) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finishedJob);
        QString message;
        const Error error = errorOf(readJob, &message);
        if (error != Error::None && error != Error::NotFound) {
            qCWarning(lcSecrets) << "reading" << key << "failed:" << readJob->errorString();
        }
        emit readFinished(key, error == Error::None ? readJob->binaryData() : QByteArray(), error, message);
    });
    startWhenBackendLoaded(job);
}

void KeychainSecretStore::write(const QString &key, const QByteArray &value)
{
    auto *job = new QKeychain::WritePasswordJob(m_serviceName);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(value);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *finishedJob) {
        QString message;
        const Error error = errorOf(finishedJob, &message);
        if (error != Error::None) {
            qCWarning(lcSecrets) << "writing" << key << "failed:" << finishedJob->errorString();
        }
        emit writeFinished(key, error, message);
    });
    startWhenBackendLoaded(job);
}

void KeychainSecretStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_serviceName);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *finishedJob) {
        QString message;
        Error error = errorOf(finishedJob, &message);
        if (error == Error::NotFound) {
            error = Error::None; // removing what is not there leaves the wanted state
            message.clear();
        }
        emit removeFinished(key, error, message);
    });
    startWhenBackendLoaded(job);
}

} // namespace latchkey
