#include "PasswordVerifier.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <sodium.h>

namespace latchkey {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0; // thread-safe, idempotent
    return ready;
}

/** The password's UTF-8 bytes in a buffer that is wiped when it goes out of scope. */
class WipedUtf8
{
public:
    explicit WipedUtf8(const QString &text)
        : m_bytes(text.toUtf8())
    {}
    ~WipedUtf8() { sodium_memzero(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }
    WipedUtf8(const WipedUtf8 &) = delete;
    WipedUtf8 &operator=(const WipedUtf8 &) = delete;
    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

PasswordVerifier::PasswordVerifier(Strength strength, QObject *parent)
    : QObject(parent)
    , m_opsLimit(strength == Strength::Interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE
                                                   : crypto_pwhash_OPSLIMIT_MIN)
    , m_memLimit(strength == Strength::Interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE
                                                   : crypto_pwhash_MEMLIMIT_MIN)
{}

void PasswordVerifier::createVerifier(const QString &password)
{
    QPointer<PasswordVerifier> self(this);
    const unsigned long long opsLimit = m_opsLimit;
    const size_t memLimit = m_memLimit;
    QThreadPool::globalInstance()->start([self, password, opsLimit, memLimit] {
        QByteArray verifier;
        bool ok = sodiumReady();
        if (ok) {
            WipedUtf8 secret(password);
            char out[crypto_pwhash_STRBYTES];
            ok = crypto_pwhash_str(out, secret.data(), secret.size(), opsLimit, memLimit) == 0;
            if (ok) {
                verifier = QByteArray(out);
            }
        }
        // Handed to the application's thread, where self is checked: self itself may be deleted there while
        // this thread reads it, so it is not the context.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, ok, verifier] {
                if (!self) {
                    return;
                }
                if (ok) {
                    emit self->verifierCreated(verifier);
                } else {
                    // crypto_pwhash_str fails when the 64 MiB it needs cannot be allocated.
                    qCWarning(lcSecrets) << "creating a password verifier failed";
                    emit self->failed(QCoreApplication::translate(
                        "PasswordVerifier", "The password could not be protected: not enough memory."));
                }
            },
            Qt::QueuedConnection);
    });
}

void PasswordVerifier::check(const QByteArray &verifier, const QString &password)
{
    QPointer<PasswordVerifier> self(this);
    QThreadPool::globalInstance()->start([self, verifier, password] {
        bool readable = sodiumReady() && verifier.size() > 0 && verifier.size() < crypto_pwhash_STRBYTES &&
                        verifier.startsWith("$argon2id$");
        bool matches = false;
        if (readable) {
            WipedUtf8 secret(password);
            const QByteArray terminated = verifier + '\0';
            matches = crypto_pwhash_str_verify(terminated.constData(), secret.data(), secret.size()) == 0;
        }
        // Handed to the application's thread, where self is checked: self itself may be deleted there while
        // this thread reads it, so it is not the context.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, readable, matches] {
                if (!self) {
                    return;
                }
                if (readable) {
                    emit self->checked(matches);
                } else {
                    emit self->failed(QCoreApplication::translate(
                        "PasswordVerifier", "The stored password check is damaged. Ask your administrator to "
                                            "reset this computer's enrolment."));
                }
            },
            Qt::QueuedConnection);
    });
}

bool PasswordVerifier::needsRehash(const QByteArray &verifier) const
{
    if (!sodiumReady() || verifier.isEmpty() || verifier.size() >= crypto_pwhash_STRBYTES) {
        return true;
    }
    const QByteArray terminated = verifier + '\0';
    return crypto_pwhash_str_needs_rehash(terminated.constData(), m_opsLimit, m_memLimit) != 0;
}

} // namespace latchkey
