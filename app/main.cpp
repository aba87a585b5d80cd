// The entry point: reads the command line and the settings, then picks what runs. Modes that need no window
// (--help, --version, --tty, --check-config, --diagnose, --set-twilio-secret, --sign-out, --reset, usage
// errors) never create a QApplication and run without a display. Everything else lives in the libraries.

#include "ApplicationSetup.h"
#include "Clock.h"
#include "CommandLine.h"
#include "ExecCommand.h"
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
    if (commandLine.exec) {
        console.setInterruptExitCode(ExecCommand::refused); // Ctrl+C at a prompt: the program never started
    }
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
        return commandLine.exec ? ExecCommand::refused : toInt(ExitCode::ConfigurationError);
    default:
        break;
    }
    // With --exec, Latchkey's own failures exit 125 so that they are not taken for the program's codes.
    const int ownFailure = commandLine.exec ? ExecCommand::refused : toInt(ExitCode::ConfigurationError);

    ApplicationSetup::setIdentity(); // the settings' paths depend on it
    SettingsResolver resolver;
    SettingsLocations::addPlatformSources(&resolver);
    LaunchSettings launch(commandLine, &resolver);
    if (!launch.resolve(&console)) {
        return ownFailure;
    }
    launch.installLogging();
    const bool signIn = commandLine.action == CommandLine::Action::SignIn;
    if (signIn && !launch.allowsSignIn(&console)) {
        return ownFailure;
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
        return ownFailure;
    }
    QApplication app(argc, argv);
    ApplicationSetup::installTranslations(app, launch.settings().language);
    const QString gateRefusal = commandLine.exec ? ExecCommand::refusal(launch.settings()) : QString();
    if (!gateRefusal.isEmpty()) {
        console.printError(QStringLiteral("latchkey: ") + gateRefusal);
        return ownFailure;
    }
    KeychainSecretStore keychain;
    WizardShell shell(launch, &keychain, Clock::system(), &console);
    QObject::connect(&shell, &WizardShell::exitRequested, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    shell.start();
    app.exec();
    const int exitCode = shell.finish();
    if (!commandLine.exec) {
        return exitCode;
    }
    // --exec in the window: the window has closed, the program runs now (the sign-in's session still open).
    ExecCommand gate(launch, &keychain, Clock::system(), &console);
    QObject::connect(&gate, &Command::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    gate.startAfter(static_cast<ExitCode>(exitCode), shell.session());
    return app.exec();
}
