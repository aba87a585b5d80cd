#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace latchkey {

/**
 * Argon2id password verifiers (libsodium's crypto_pwhash_str) for direct mode's local account. Hashing
 * takes tens of milliseconds and 64 MiB by design, so it always runs on the thread pool and answers by
 * signal; the UI thread never waits for it.
 */
class PasswordVerifier : public QObject
{
    Q_OBJECT
public:
    enum class Strength {
        Interactive, // libsodium's interactive limits: what shipped builds use
        Minimal,     // the smallest limits libsodium allows: for fast tests only
    };

    explicit PasswordVerifier(Strength strength = Strength::Interactive, QObject *parent = nullptr);

    /** Answers with verifierCreated(verifier) or failed(message). */
    void createVerifier(const QString &password);
    /** Answers with checked(matches) or failed(message) when the verifier is unreadable. */
    void check(const QByteArray &verifier, const QString &password);

    /** Whether a verifier was made with weaker limits than this object's, and should be recomputed. */
    bool needsRehash(const QByteArray &verifier) const;

signals:
    void verifierCreated(const QByteArray &verifier);
    void checked(bool matches);
    void failed(const QString &message);

private:
    unsigned long long m_opsLimit;
    size_t m_memLimit;
};

} // namespace latchkey
