#pragma once

#include "SecretStore.h"

namespace latchkey {

/** Whether a keychain removal worked, and the sentence when it did not. A missing entry is already forgotten.
 */
class SecretRemoval
{
public:
    static bool failed(SecretStore::Error error)
    {
        return error != SecretStore::Error::None && error != SecretStore::Error::NotFound;
    }
    /** "latchkey: The keychain could not forget it: …" (exit code 3). */
    static QString failureText(const QString &message);
};

} // namespace latchkey
