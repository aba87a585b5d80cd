#include "SetTwilioSecretCommand.h"

#include "Console.h"
#include "DirectAuthService.h"
#include "ExitCode.h"
#include "NetworkStack.h"
#include "SessionOptions.h"
#include "VerifyClient.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace latchkey {

SetTwilioSecretCommand::SetTwilioSecretCommand(EffectiveSettings settings, SecretStore *keychain,
                                               Console *console, QObject *parent)
    : Command(parent)
    , m_settings(std::move(settings))
    , m_keychain(keychain)
    , m_console(console)
{}

SetTwilioSecretCommand::~SetTwilioSecretCommand()
{
    m_secret.fill(QLatin1Char('\0'));
}

void SetTwilioSecretCommand::start()
{
    if (m_settings.verifyServiceSid.isEmpty()) {
        fail(QCoreApplication::translate(
            "main", "No Verify service is configured: set Verify/ServiceSid or pass --service-sid."));
        return;
    }
    if (m_console->isInteractive()) {
        m_console->prompt(
            QCoreApplication::translate("main", "Twilio API key SID (SK…) or account SID (AC…): "));
    }
    m_awaiting = Awaiting::KeySid;
    connect(m_console, &Console::lineRead, this, &SetTwilioSecretCommand::onLine);
    connect(m_console, &Console::endOfInput, this, &SetTwilioSecretCommand::onEndOfInput);
    m_console->startReading();
}

void SetTwilioSecretCommand::onLine(const QString &line)
{
    switch (m_awaiting) {
    case Awaiting::Nothing:
        return;
    case Awaiting::KeySid: {
        if (line.isEmpty()) {
            fail(QCoreApplication::translate("main", "No key SID was given on standard input."));
            return;
        }
        // Never echoed back: someone may have typed the secret here by mistake.
        static const QRegularExpression sidPattern(QStringLiteral("^(SK|AC)[0-9a-fA-F]{32}$"));
        if (!sidPattern.match(line).hasMatch()) {
            fail(QCoreApplication::translate(
                "main", "The first line is not a key SID: it is SK or AC followed by 32 hex digits."));
            return;
        }
        m_keySid = line;
        m_awaiting = Awaiting::Secret;
        if (m_console->isInteractive()) {
            m_console->prompt(QCoreApplication::translate("main", "Secret: "));
            m_console->setEcho(false);
        }
        return;
    }
    case Awaiting::Secret:
        endSecretPrompt();
        if (line.isEmpty()) {
            fail(QCoreApplication::translate("main", "No secret was given on standard input."));
            return;
        }
        m_secret = line;
        checkWithVerify();
        return;
    }
}

void SetTwilioSecretCommand::onEndOfInput()
{
    switch (m_awaiting) {
    case Awaiting::Nothing:
        return;
    case Awaiting::KeySid:
        fail(QCoreApplication::translate("main", "No key SID was given on standard input."));
        return;
    case Awaiting::Secret:
        endSecretPrompt();
        fail(QCoreApplication::translate("main", "No secret was given on standard input."));
        return;
    }
}

void SetTwilioSecretCommand::endSecretPrompt()
{
    m_awaiting = Awaiting::Nothing;
    if (m_console->isInteractive()) {
        m_console->setEcho(true);
        m_console->prompt(QStringLiteral("\n"));
    }
}

void SetTwilioSecretCommand::checkWithVerify()
{
    m_network = std::make_unique<NetworkStack>(SessionOptions::network(m_settings));
    VerifyAccount account = SessionOptions::verifyService(m_settings);
    account.keySid = m_keySid;
    account.secret = m_secret;
    m_client = std::make_unique<VerifyClient>(m_network->http(), account);
    connect(m_client.get(), &VerifyClient::serviceFetched, this, [this](const VerifyService &service) {
        m_friendlyName = service.friendlyName;
        connect(m_keychain, &SecretStore::writeFinished, this, &SetTwilioSecretCommand::onWritten);
        m_keychain->write(SecretKey::twilioSecret,
                          DirectAuthService::serializeTwilioSecret(m_keySid, m_secret));
        m_secret.fill(QLatin1Char('\0'));
    });
    connect(m_client.get(), &VerifyClient::failed, this, [this](const AuthError &error) {
        QString reason = error.userMessage();
        if (error.serverCode != 0) {
            reason += QStringLiteral(" (%1)").arg(error.serverCode);
        }
        fail(QCoreApplication::translate("main", "The Twilio key was not accepted: %1").arg(reason));
    });
    m_client->fetchService();
}

void SetTwilioSecretCommand::onWritten(const QString &key, SecretStore::Error error, const QString &message)
{
    if (key != SecretKey::twilioSecret) {
        return;
    }
    if (error != SecretStore::Error::None) {
        fail(QCoreApplication::translate("main", "The keychain could not keep the secret: %1").arg(message));
        return;
    }
    m_console->printError(QCoreApplication::translate("main",
                                                      "The Twilio secret works with Verify service %1 (%2) "
                                                      "and is now in the keychain.")
                              .arg(m_settings.verifyServiceSid, m_friendlyName));
    emit finished(0);
}

void SetTwilioSecretCommand::fail(const QString &message)
{
    m_awaiting = Awaiting::Nothing;
    m_console->printError(QStringLiteral("latchkey: ") + message);
    emit finished(toInt(ExitCode::ConfigurationError));
}

} // namespace latchkey
