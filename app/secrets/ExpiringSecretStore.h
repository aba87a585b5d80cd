#pragma once

#include "SecretStore.h"

#include <QDateTime>
#include <QSet>

namespace latchkey {

class Clock;

/**
 * Applies Auth/RememberMeDays to "Remember me": wraps the keychain store, keeps the time a session was
 * remembered with its token (in the keychain, nowhere else), and forgets a token older than the limit when
 * it is read, so the flow sees "nothing remembered" and asks for the password. Other keys pass through.
 */
class ExpiringSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    /**
     * maxAgeDays 0: no limit (the server alone decides how long a session lasts). `inner` is used, not taken
     * over: it must outlive this store (one keychain serves every sign-in of a run).
     */
    ExpiringSecretStore(SecretStore *inner, Clock *clock, int maxAgeDays, QObject *parent = nullptr);

    void read(const QString &key) override;
    void write(const QString &key, const QByteArray &value) override;
    void remove(const QString &key) override;

    static QByteArray stamped(const QByteArray &value, const QDateTime &at);
    /** False when `stored` carries no stamp (written before stamps existed): its age is unknown. */
    static bool unstamp(const QByteArray &stored, QByteArray *value, QDateTime *at);

private:
    void onReadFinished(const QString &key, const QByteArray &value, SecretStore::Error error,
                        const QString &message);

    SecretStore *m_inner;
    Clock *m_clock;
    int m_maxAgeDays;
    QSet<QString> m_expiring; // removals of our own, not answered to the caller
};

} // namespace latchkey
