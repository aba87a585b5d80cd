#include "MemorySecretStore.h"

#include <QTimer>

namespace latchkey {

void MemorySecretStore::failOperations(Error error, const QString &message)
{
    m_failure = error;
    m_failureMessage = message;
}

void MemorySecretStore::read(const QString &key)
{
    // Answer on the next turn of the event loop at the earliest, as the real keychain does.
    QTimer::singleShot(m_readDelayMsecs, this, [this, key] {
        if (m_failure != Error::None) {
            emit readFinished(key, QByteArray(), m_failure, m_failureMessage);
        } else if (!m_values.contains(key)) {
            emit readFinished(key, QByteArray(), Error::NotFound, QStringLiteral("not found"));
        } else {
            emit readFinished(key, m_values.value(key), Error::None, QString());
        }
    });
}

void MemorySecretStore::write(const QString &key, const QByteArray &value)
{
    QTimer::singleShot(0, this, [this, key, value] {
        if (m_failure == Error::None) {
            m_values.insert(key, value);
        }
        emit writeFinished(key, m_failure, m_failureMessage);
    });
}

void MemorySecretStore::remove(const QString &key)
{
    QTimer::singleShot(0, this, [this, key] {
        if (m_failure == Error::None) {
            m_values.remove(key);
        }
        emit removeFinished(key, m_failure, m_failureMessage);
    });
}

} // namespace latchkey
