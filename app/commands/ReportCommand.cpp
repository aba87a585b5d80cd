#include "ReportCommand.h"

#include "ConfigCheck.h"
#include "Console.h"
#include "Diagnostics.h"
#include "LaunchSettings.h"
#include "NetworkStack.h"
#include "SessionOptions.h"

namespace latchkey {

ReportCommand::ReportCommand(Kind kind, const LaunchSettings &launch, Console *console, QObject *parent)
    : Command(parent)
    , m_console(console)
    , m_network(std::make_unique<NetworkStack>(SessionOptions::network(launch.settings())))
{
    if (kind == Kind::CheckConfig) {
        m_report = std::make_unique<ConfigCheck>(&launch.resolver(), m_network->manager());
    } else {
        m_report = std::make_unique<Diagnostics>(&launch.resolver(), m_network->manager());
    }
    connect(m_report.get(), &Report::finished, this, [this] {
        m_console->printOut(m_report->text());
        emit finished(m_report->exitCode());
    });
}

ReportCommand::~ReportCommand() = default;

void ReportCommand::start()
{
    m_report->start();
}

} // namespace latchkey
