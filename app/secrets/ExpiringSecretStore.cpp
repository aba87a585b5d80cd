#include "ExpiringSecretStore.h"

#include "Clock.h"
#include "Logging.h"

namespace latchkey {

namespace {

const QByteArray stampPrefix = QByteArrayLiteral("latchkey-remembered-at:");

} // namespace

ExpiringSecretStore::ExpiringSecretStore(SecretStore *inner, Clock *clock, int maxAgeDays, QObject *parent)
    : SecretStore(parent)
    , m_inner(inner)
    , m_clock(clock)
    , m_maxAgeDays(maxAgeDays)
{
    connect(m_inner, &SecretStore::readFinished, this, &ExpiringSecretStore::onReadFinished);
    connect(m_inner, &SecretStore::writeFinished, this, &SecretStore::writeFinished);
    connect(m_inner, &SecretStore::removeFinished, this,
            [this](const QString &key, SecretStore::Error error, const QString &message) {
                if (m_expiring.remove(key)) {
                    return;
                }
                emit removeFinished(key, error, message);
            });
}

QByteArray ExpiringSecretStore::stamped(const QByteArray &value, const QDateTime &at)
{
    return stampPrefix + QByteArray::number(at.toSecsSinceEpoch()) + '\n' + value;
}

bool ExpiringSecretStore::unstamp(const QByteArray &stored, QByteArray *value, QDateTime *at)
{
    const qsizetype newline = stored.indexOf('\n');
    if (!stored.startsWith(stampPrefix) || newline < 0) {
        return false;
    }
    bool ok = false;
    const qint64 seconds = stored.mid(stampPrefix.size(), newline - stampPrefix.size()).toLongLong(&ok);
    if (!ok) {
        return false;
    }
    *at = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    *value = stored.mid(newline + 1);
    return true;
}

void ExpiringSecretStore::read(const QString &key)
{
    m_inner->read(key);
}

void ExpiringSecretStore::write(const QString &key, const QByteArray &value)
{
    m_inner->write(key, key == SecretKey::backendSession ? stamped(value, m_clock->now()) : value);
}

void ExpiringSecretStore::remove(const QString &key)
{
    m_expiring.remove(key); // the caller asked: answer it
    m_inner->remove(key);
}

void ExpiringSecretStore::onReadFinished(const QString &key, const QByteArray &value,
                                         SecretStore::Error error, const QString &message)
{
    if (key != SecretKey::backendSession || error != Error::None) {
        emit readFinished(key, value, error, message);
        return;
    }
    QByteArray token;
    QDateTime rememberedAt;
    const bool known = unstamp(value, &token, &rememberedAt);
    if (!known) {
        token = value;
    }
    const bool tooOld = m_maxAgeDays > 0 && (!known || rememberedAt.addDays(m_maxAgeDays) < m_clock->now());
    if (tooOld) {
        qCInfo(lcSettings) << "forgetting a remembered session older than" << m_maxAgeDays
                           << "days (Auth/RememberMeDays)";
        m_expiring.insert(key);
        m_inner->remove(key);
        emit readFinished(key, QByteArray(), Error::NotFound, QString());
        return;
    }
    emit readFinished(key, token, Error::None, message);
}

} // namespace latchkey
