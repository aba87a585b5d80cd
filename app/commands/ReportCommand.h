#pragma once

#include "Command.h"

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

    /** `launch` and `console` must outlive the command. */
    ReportCommand(Kind kind, const LaunchSettings &launch, Console *console, QObject *parent = nullptr);
    ~ReportCommand() override;

    void start() override;

private:
    Console *m_console;
    std::unique_ptr<NetworkStack> m_network;
    std::unique_ptr<Report> m_report;
};

} // namespace latchkey
