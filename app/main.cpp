// The composition root: reads the command line, builds the parts and wires them together. Modes that need
// no window (--help, --version, --tty, usage errors) never create a QApplication and run without a display.

#include "auth/BackendAuthService.h"
#include "cli/CommandLine.h"
#include "cli/TerminalFrontEnd.h"
#include "core/Clock.h"
#include "core/ExitCode.h"
#include "core/Logging.h"
#include "flow/SignInFlow.h"
#include "net/HttpClient.h"
#include "secrets/KeychainSecretStore.h"

#ifdef LATCHKEY_HAS_SANDBOX
#include "SandboxPanel.h"
#include "sandbox/BackendEmulator.h"
#include "sandbox/SandboxServer.h"
#endif
#include "PasswordPage.h"
#include "SignInWizard.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTranslator>
#include <cstdio>
#include <memory>

using namespace latchkey;

namespace {

void printTo(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    if (!text.endsWith(QLatin1Char('\n'))) {
        std::fputc('\n', stream);
    }
    std::fflush(stream);
}

ExitCode exitCodeFor(SignInFlow::Outcome outcome)
{
    switch (outcome) {
    case SignInFlow::Outcome::SignedIn:
        return ExitCode::SignedIn;
    case SignInFlow::Outcome::Cancelled:
        return ExitCode::Cancelled;
    case SignInFlow::Outcome::Failed:
        return ExitCode::Failed;
    }
    return ExitCode::Failed;
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Latchkey"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("latchkey.app"));
    QCoreApplication::setApplicationName(QStringLiteral("latchkey"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LATCHKEY_VERSION));
}

/** Loads Latchkey's own and Qt's translations (Qt's for the standard buttons) for the UI language. */
void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("latchkey"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
}

/** Everything one sign-in needs, created after the application object and destroyed before it. */
struct SignInSession
{
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<SignInFlow> flow;
#ifdef LATCHKEY_HAS_SANDBOX
    std::unique_ptr<SandboxServer> sandbox;
#endif
    QString hint;

    bool build(const CommandLine &commandLine, QString *problem)
    {
        QUrl origin = commandLine.server;
#ifdef LATCHKEY_HAS_SANDBOX
        if (commandLine.sandbox) {
            sandbox = std::make_unique<SandboxServer>(Clock::system());
            if (!sandbox->listen()) {
                *problem =
                    QCoreApplication::translate("main", "The sandbox could not listen on this computer.");
                return false;
            }
            origin = sandbox->baseUrl();
            const auto demo = BackendEmulator::demoAccount();
            const QString where =
                commandLine.terminal
                    ? QCoreApplication::translate("main", "as [sandbox] lines in this terminal")
                    : QCoreApplication::translate("main", "in the Sandbox phone panel");
            hint = QCoreApplication::translate("main",
                                               "Sandbox demo account: %1 / %2, phone %3. Codes appear %4 "
                                               "instead of being sent.")
                       .arg(demo.username, demo.password, demo.phone, where);
        }
#else
        if (commandLine.sandbox) {
            *problem = QCoreApplication::translate("main", "This build of Latchkey has no sandbox.");
            return false;
        }
#endif
        network = std::make_unique<QNetworkAccessManager>();
        http = std::make_unique<HttpClient>(network.get());
        BackendEndpoints endpoints;
        endpoints.origin = origin;
        auth = std::make_unique<BackendAuthService>(http.get(), endpoints);
        secrets = std::make_unique<KeychainSecretStore>();
        FlowOptions options;
        options.prefilledUsername = commandLine.username;
        flow = std::make_unique<SignInFlow>(auth.get(), secrets.get(), Clock::system(), options);
        http->warmUp(origin); // the TCP (and TLS) handshake happens while the user types
        return true;
    }
};

int runInTerminal(int argc, char **argv, const CommandLine &commandLine)
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    installTranslations(app);
    SignInSession session;
    QString problem;
    if (!session.build(commandLine, &problem)) {
        printTo(stderr, problem);
        return toInt(ExitCode::ConfigurationError);
    }
    TerminalFrontEnd terminal(session.flow.get());
    terminal.setHint(session.hint);
    QObject::connect(session.flow.get(), &SignInFlow::finished, &app, [](SignInFlow::Outcome outcome) {
        QCoreApplication::exit(toInt(exitCodeFor(outcome)));
    });
    terminal.start();
    return app.exec();
}

int runWizard(int argc, char **argv, const CommandLine &commandLine)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    installTranslations(app);
    QGuiApplication::setDesktopFileName(QStringLiteral("latchkey"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/latchkey.svg")));
    SignInSession session;
    QString problem;
    if (!session.build(commandLine, &problem)) {
        printTo(stderr, problem);
        return toInt(ExitCode::ConfigurationError);
    }
    ExitCode exitCode = ExitCode::Cancelled;
    QObject::connect(session.flow.get(), &SignInFlow::finished, &app,
                     [&exitCode](SignInFlow::Outcome outcome) { exitCode = exitCodeFor(outcome); });
    SignInWizard wizard(session.flow.get());
#ifdef LATCHKEY_HAS_SANDBOX
    if (session.sandbox) {
        wizard.setSidePanel(new SandboxPanel(session.sandbox->outbox()));
        wizard.passwordPage()->setHint(session.hint);
    }
#endif
    wizard.show();
    session.flow->start();
    app.exec();
    return toInt(exitCode);
}

} // namespace

int main(int argc, char **argv)
{
    installMessageHandler();
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES")) {
        // Users see warnings and the sandbox's outbox; progress lines are for
        // QT_LOGGING_RULES="latchkey.*=true".
        QLoggingCategory::setFilterRules(
            QStringLiteral("latchkey.*.info=false\nlatchkey.sandbox.outbox.info=true"));
    }
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    const CommandLine commandLine = CommandLine::parse(arguments);
    switch (commandLine.action) {
    case CommandLine::Action::ShowHelp: {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        installTranslations(app);
        printTo(stdout, CommandLine::helpText());
        return 0;
    }
    case CommandLine::Action::ShowVersion:
        printTo(stdout, CommandLine::versionText());
        return 0;
    case CommandLine::Action::UsageError:
        printTo(stderr, QStringLiteral("latchkey: ") + commandLine.errorText);
        printTo(stderr, QCoreApplication::translate("main", "Run latchkey --help for the options."));
        return toInt(ExitCode::ConfigurationError);
    case CommandLine::Action::SignIn:
        break;
    }
    if (commandLine.terminal) {
        return runInTerminal(argc, argv, commandLine);
    }
    return runWizard(argc, argv, commandLine);
}
