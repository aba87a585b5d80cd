#pragma once

#include "Command.h"
#include "EffectiveSettings.h"
#include "SecretStore.h"

#include <memory>

namespace latchkey {

class Console;
class NetworkStack;
class VerifyClient;

/**
 * --set-twilio-secret: the key SID and its secret from stdin (prompts on stderr and the secret without echo
 * on a terminal, two lines when piped), checked by fetching the configured Verify Service with them, then
 * kept in the keychain. Never from the command line; the secret is never echoed back.
 */
class SetTwilioSecretCommand final : public Command
{
    Q_OBJECT
public:
    /** `keychain` and `console` must outlive the command. */
    SetTwilioSecretCommand(EffectiveSettings settings, SecretStore *keychain, Console *console,
                           QObject *parent = nullptr);
    ~SetTwilioSecretCommand() override;

    void start() override;

private:
    enum class Awaiting { Nothing, KeySid, Secret };

    void onLine(const QString &line);
    void onEndOfInput();
    /** The secret's line is over: echo back on, and the newline the person did not see. */
    void endSecretPrompt();
    void checkWithVerify();
    void onWritten(const QString &key, SecretStore::Error error, const QString &message);
    void fail(const QString &message);

    EffectiveSettings m_settings;
    SecretStore *m_keychain;
    Console *m_console;
    Awaiting m_awaiting = Awaiting::Nothing;
    QString m_keySid;
    QString m_secret;
    QString m_friendlyName;
    std::unique_ptr<NetworkStack> m_network;
    std::unique_ptr<VerifyClient> m_client;
};

} // namespace latchkey
