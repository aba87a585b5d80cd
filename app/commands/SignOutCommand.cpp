#include "SignOutCommand.h"

#include "Console.h"
#include "ExitCode.h"
#include "SecretRemoval.h"

#include <QCoreApplication>

namespace latchkey {

SignOutCommand::SignOutCommand(Scope scope, SecretStore *keychain, Console *console, QObject *parent)
    : Command(parent)
    , m_scope(scope)
    , m_keychain(keychain)
    , m_console(console)
    , m_keys{SecretKey::backendSession, SecretKey::backendDeviceToken, SecretKey::directDeviceTrust,
             SecretKey::lastPhoneNumber}
{
    if (m_scope == Scope::Reset) {
        m_keys << SecretKey::localAccount << SecretKey::twilioSecret;
    }
}

void SignOutCommand::start()
{
    connect(m_keychain, &SecretStore::removeFinished, this, &SignOutCommand::onRemoved);
    m_keychain->remove(m_keys.constFirst());
}

void SignOutCommand::onRemoved(const QString &key, SecretStore::Error error, const QString &message)
{
    if (m_keys.isEmpty() || key != m_keys.constFirst()) {
        return;
    }
    if (SecretRemoval::failed(error)) {
        m_keys.clear();
        m_console->printError(SecretRemoval::failureText(message));
        emit finished(toInt(ExitCode::ConfigurationError));
        return;
    }
    m_keys.removeFirst();
    if (!m_keys.isEmpty()) {
        m_keychain->remove(m_keys.constFirst());
        return;
    }
    m_console->printError(m_scope == Scope::Reset
                              ? QCoreApplication::translate("main",
                                                            "Signed out; this computer's enrolment and the "
                                                            "Twilio secret are forgotten.")
                              : QCoreApplication::translate("main", "Signed out."));
    emit finished(0);
}

} // namespace latchkey
