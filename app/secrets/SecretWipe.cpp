#include "SecretWipe.h"

#include <sodium.h>

namespace latchkey {

bool wipeSecret(QByteArray &secret)
{
    const bool wiped = secret.isDetached() && !secret.isEmpty();
    if (wiped) {
        sodium_memzero(secret.data(), static_cast<size_t>(secret.size())); // data(): no copy when detached
    }
    secret.resize(0); // keeps the (now zeroed) buffer: clear() would hand it back to the heap first
    return wiped;
}

bool wipeSecret(QString &secret)
{
    const bool wiped = secret.isDetached() && !secret.isEmpty();
    if (wiped) {
        sodium_memzero(secret.data(), static_cast<size_t>(secret.size()) * sizeof(QChar));
    }
    secret.resize(0);
    return wiped;
}

bool wipeSecret(std::string &secret)
{
    const bool wiped = !secret.empty();
    if (wiped) {
        sodium_memzero(secret.data(), secret.size());
    }
    secret.clear();
    return wiped;
}

} // namespace latchkey
