#pragma once

#include "SecretStore.h"

#include <QHash>

namespace latchkey {

/** A SecretStore in memory for tests; failOperations() makes every call answer with an error. */
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString &key) override;
    void write(const QString &key, const QByteArray &value) override;
    void remove(const QString &key) override;

    void failOperations(Error error, const QString &message);
    /** Reads answer after this long instead of on the next turn of the event loop (a slow keychain). */
    void setReadDelay(int msecs) { m_readDelayMsecs = msecs; }
    QHash<QString, QByteArray> contents() const { return m_values; }
    void setContents(QHash<QString, QByteArray> values) { m_values = std::move(values); }

private:
    QHash<QString, QByteArray> m_values;
    Error m_failure = Error::None;
    QString m_failureMessage;
    int m_readDelayMsecs = 0;
};

} // namespace latchkey
