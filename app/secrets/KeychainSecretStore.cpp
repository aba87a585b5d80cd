#include "KeychainSecretStore.h"

#include "Logging.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace latchkey {

KeychainSecretStore::KeychainSecretStore(QString serviceName, QObject *parent)
    : SecretStore(parent)
    , m_serviceName(std::move(serviceName))
{}

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
    job->start();
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
    job->start();
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
    job->start();
}

} // namespace latchkey
