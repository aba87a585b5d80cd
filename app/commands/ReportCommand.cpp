#include "ReportCommand.h"

#include "ConfigCheck.h"
#include "Console.h"
#include "Diagnostics.h"
#include "LaunchSettings.h"
#include "NetworkStack.h"
#include "SandboxLocator.h"
#include "SessionOptions.h"

#include <QCoreApplication>

namespace latchkey {

ReportCommand::ReportCommand(Kind kind, const LaunchSettings &launch, Console *console, SecretStore *keychain,
                             QObject *parent)
    : Command(parent)
    , m_console(console)
    , m_keychain(keychain)
    , m_kind(kind)
    , m_network(std::make_unique<NetworkStack>(SessionOptions::network(launch.settings())))
{
    if (kind == Kind::CheckConfig) {
        auto check = std::make_unique<ConfigCheck>(&launch.resolver(), m_network->manager());
        check->setSandboxProgram(SandboxLocator::find(QCoreApplication::applicationDirPath()),
                                 SandboxLocator::notInstalledMessage());
        m_report = std::move(check);
    } else {
        m_report = std::make_unique<Diagnostics>(&launch.resolver(), m_network->manager());
    }
    connect(m_report.get(), &Report::finished, this, [this] {
        m_console->printOut(m_report->text());
        emit finished(m_report->exitCode());
    });
}

ReportCommand::~ReportCommand() = default;

QString ReportCommand::keychainStatus(SecretStore::Error error, const QString &message)
{
    switch (error) {
    case SecretStore::Error::None:
    case SecretStore::Error::NotFound:
        return tr("available");
    case SecretStore::Error::NoKeychain:
        return tr("not available (%1): remembered sign-ins and direct mode need one").arg(message);
    case SecretStore::Error::AccessDenied:
        return tr("locked or access refused (%1)").arg(message);
    case SecretStore::Error::Other:
        break;
    }
    return tr("error (%1)").arg(message);
}

void ReportCommand::start()
{
    if (m_kind != Kind::Diagnose || m_keychain == nullptr) {
        m_report->start();
        return;
    }
    const QString probeKey = QStringLiteral("diagnose/absent");
    connect(m_keychain, &SecretStore::readFinished, this,
            [this, probeKey](const QString &key, const QByteArray &, SecretStore::Error error,
                             const QString &message) {
                if (key != probeKey) {
                    return;
                }
                disconnect(m_keychain, nullptr, this, nullptr);
                static_cast<Diagnostics *>(m_report.get())->setKeychainStatus(keychainStatus(error, message));
                m_report->start();
            });
    m_keychain->read(probeKey);
}

} // namespace latchkey
