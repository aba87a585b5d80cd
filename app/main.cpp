// The entry point: reads the command line and the settings, then picks what runs. Modes that need no window
// (--help, --version, --tty, --check-config, --diagnose, --set-twilio-secret, --sign-out, --reset, usage
// errors) never create a QApplication and run without a display. Everything else lives in the libraries.

#include "ApplicationSetup.h"
#include "Clock.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "KeychainSecretStore.h"
#include "LaunchSettings.h"
#include "LogSink.h"
#include "Logging.h"
#include "SettingsLocations.h"
#include "StandardConsole.h"
#include "WindowlessCommands.h"
#include "WizardShell.h"

#include <QApplication>
#include <QLoggingCategory>
#include <memory>

using namespace latchkey;

int main(int argc, char **argv)
{
    installMessageHandler();
    QLoggingCategory::setFilterRules(LogSink::filterRules(QStringLiteral("warning"))); // until settings say
    const CommandLine commandLine = CommandLine::parse(argc, argv);
    StandardConsole console;
    switch (commandLine.action) {
    case CommandLine::Action::ShowHelp: {
        QCoreApplication app(argc, argv);
        ApplicationSetup::setIdentity();
        ApplicationSetup::installTranslations(app, QString());
        console.printOut(CommandLine::helpText());
        return 0;
    }
    case CommandLine::Action::ShowVersion:
        console.printOut(CommandLine::versionText());
        return 0;
    case CommandLine::Action::UsageError:
        console.printError(QStringLiteral("latchkey: ") + commandLine.errorText);
        console.printError(QCoreApplication::translate("main", "Run latchkey --help for the options."));
        return toInt(ExitCode::ConfigurationError);
    default:
        break;
    }

    ApplicationSetup::setIdentity(); // the settings' paths depend on it
    SettingsResolver resolver;
    SettingsLocations::addPlatformSources(&resolver);
    LaunchSettings launch(commandLine, &resolver);
    if (!launch.resolve(&console)) {
        return toInt(ExitCode::ConfigurationError);
    }
    launch.installLogging();
    const bool signIn = commandLine.action == CommandLine::Action::SignIn;
    if (signIn && !launch.allowsSignIn(&console)) {
        return toInt(ExitCode::ConfigurationError);
    }

    if (commandLine.runsWithoutWindow()) {
        QCoreApplication app(argc, argv);
        ApplicationSetup::installTranslations(app, launch.settings().language);
        KeychainSecretStore keychain;
        const std::unique_ptr<Command> command =
            WindowlessCommands::create(launch, &keychain, Clock::system(), &console);
        // Queued: a command may finish inside start(), before the event loop runs.
        QObject::connect(command.get(), &Command::finished, &app, &QCoreApplication::exit,
                         Qt::QueuedConnection);
        command->start();
        return app.exec();
    }

    // Qt would abort inside QApplication (exit 134) without a display: say so, and what to use instead.
    const QString noDisplay = ApplicationSetup::noDisplayProblem();
    if (!noDisplay.isEmpty()) {
        console.printError(QStringLiteral("latchkey: ") + noDisplay);
        const QString startProblem = launch.startProblem();
        if (!startProblem.isEmpty()) {
            console.printError(QStringLiteral("latchkey: ") + startProblem);
        }
        return toInt(ExitCode::ConfigurationError);
    }
    QApplication app(argc, argv);
    ApplicationSetup::installTranslations(app, launch.settings().language);
    KeychainSecretStore keychain;
    WizardShell shell(launch, &keychain, Clock::system(), &console);
    QObject::connect(&shell, &WizardShell::exitRequested, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    shell.start();
    app.exec();
    return shell.finish();
}
