#pragma once

#include "Command.h"
#include "SecretStore.h"

#include <memory>

namespace latchkey {

class Console;
class LaunchSettings;
class NetworkStack;
class Report;

/** --check-config and --diagnose: the report on stdout, over the network the settings configure. */
class ReportCommand final : public Command
{
    Q_OBJECT
public:
    enum class Kind { CheckConfig, Diagnose };

    /**
     * `launch`, `console` and `keychain` must outlive the command. With a keychain, --diagnose says whether
     * it can be used (by reading an entry that never exists: nothing stored is read).
     */
    ReportCommand(Kind kind, const LaunchSettings &launch, Console *console, SecretStore *keychain = nullptr,
                  QObject *parent = nullptr);

    /** The "Keychain:" line's text for what reading an absent entry answered. */
    static QString keychainStatus(SecretStore::Error error, const QString &message);
    ~ReportCommand() override;

    void start() override;

private:
    Console *m_console;
    SecretStore *m_keychain;
    Kind m_kind;
    std::unique_ptr<NetworkStack> m_network;
    std::unique_ptr<Report> m_report;
};

} // namespace latchkey
