#pragma once

#include "Command.h"
#include "SecretStore.h"

#include <QStringList>

namespace latchkey {

class Console;

/**
 * --sign-out and --reset: removes keychain entries one after another; a missing one is already gone. Sign-out
 * forgets the remembered session, device and number; a reset also the local account and the Twilio secret.
 */
class SignOutCommand final : public Command
{
    Q_OBJECT
public:
    enum class Scope { SignOut, Reset };

    /** `keychain` and `console` must outlive the command. */
    SignOutCommand(Scope scope, SecretStore *keychain, Console *console, QObject *parent = nullptr);

    void start() override;

private:
    void onRemoved(const QString &key, SecretStore::Error error, const QString &message);

    Scope m_scope;
    SecretStore *m_keychain;
    Console *m_console;
    QStringList m_keys;
};

} // namespace latchkey
