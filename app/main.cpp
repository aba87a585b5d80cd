// The composition root: reads the command line and the settings, builds the parts and wires them together.
// Modes that need no window (--help, --version, --tty, --check-config, --diagnose, --set-twilio-secret,
// --sign-out, --reset, usage errors) never create a QApplication and run without a display.

#include "BackendAuthService.h"
#include "Clock.h"
#include "CommandLine.h"
#include "ConfigCheck.h"
#include "ConfiguredNetworkAccessManager.h"
#include "Diagnostics.h"
#include "DirectAuthService.h"
#include "EffectiveSettings.h"
#include "ExitCode.h"
#include "ExpiringSecretStore.h"
#include "HttpClient.h"
#include "KeychainSecretStore.h"
#include "LocalAccount.h"
#include "LogSink.h"
#include "Logging.h"
#include "PasswordVerifier.h"
#include "SettingsLocations.h"
#include "SettingsResolver.h"
#include "SettingsSchema.h"
#include "SignInFlow.h"
#include "SignInResult.h"
#include "SingleInstance.h"
#include "TerminalFrontEnd.h"
#include "VerifyClient.h"
#ifdef LATCHKEY_SETTINGS_TEST_HOOK
#include "QtSettingsSource.h"
#endif

#ifdef LATCHKEY_HAS_SANDBOX
#include "BackendEmulator.h"
#include "SandboxPanel.h"
#include "SandboxServer.h"
#endif
#include "PasswordPage.h"
#include "SignInWizard.h"
#include "UnconfiguredPage.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTranslator>
#include <QWizard>
#include <cstdio>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

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

/** A keychain removal that failed (a missing entry is already forgotten): says so and exits with 3. */
bool failedToForget(SecretStore::Error error, const QString &message)
{
    if (error == SecretStore::Error::None || error == SecretStore::Error::NotFound) {
        return false;
    }
    printTo(stderr,
            QStringLiteral("latchkey: ") +
                QCoreApplication::translate("main", "The keychain could not forget it: %1").arg(message));
    QCoreApplication::exit(toInt(ExitCode::ConfigurationError));
    return true;
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

/** Ends a sign-in run: with --print-result, the outcome as one JSON line on stdout for the waiting program.
 */
int finishSignIn(const CommandLine &commandLine, const EffectiveSettings &settings, ExitCode exitCode,
                 const SignInFlow *flow)
{
    if (commandLine.printResult) {
        SignInResult result;
        result.exitCode = exitCode;
        result.mode = EffectiveSettings::modeName(settings.mode);
        result.at = QDateTime::currentDateTimeUtc();
        if (flow) {
            result.username = flow->username();
            result.displayName = flow->displayName();
        }
        std::fputs(result.toJsonLine().constData(), stdout);
        std::fflush(stdout);
    }
    return toInt(exitCode);
}

/**
 * --change-number: once the sign-in succeeds, the flow goes on into the number change. On the terminal
 * (`exitWhenDone`) the run ends with it: 0 once the new number is stored and the remembered device is gone
 * from the keychain, 1 when the change is cancelled.
 */
void goOnToNumberChange(SignInFlow *flow, SecretStore *secrets, bool exitWhenDone)
{
    QObject::connect(flow, &SignInFlow::finished, flow, [flow, exitWhenDone](SignInFlow::Outcome outcome) {
        if (outcome == SignInFlow::Outcome::SignedIn && !flow->isChangingNumber()) {
            // Queued: finished() is emitted from inside the flow's own step change.
            QMetaObject::invokeMethod(
                flow,
                [flow, exitWhenDone] {
                    if (!flow->canChangeNumber()) {
                        // Never wait on a change that cannot start.
                        if (exitWhenDone) {
                            QCoreApplication::exit(toInt(ExitCode::Failed));
                        }
                        return;
                    }
                    flow->changeNumber();
                },
                Qt::QueuedConnection);
        } else if (exitWhenDone) {
            QCoreApplication::exit(toInt(exitCodeFor(outcome)));
        }
    });
    if (!exitWhenDone) {
        return;
    }
    QObject::connect(flow, &SignInFlow::numberChangeFinished, flow, [secrets](bool changed) {
        if (!changed) {
            QCoreApplication::exit(toInt(ExitCode::Cancelled));
            return;
        }
        // The flow forgets the remembered device without waiting; the run must not end before it is gone.
        QObject::connect(secrets, &SecretStore::removeFinished, secrets,
                         [](const QString &key, SecretStore::Error error, const QString &message) {
                             if (key != SecretKey::directDeviceTrust) {
                                 return;
                             }
                             if (failedToForget(error, message)) {
                                 return;
                             }
                             QCoreApplication::exit(toInt(ExitCode::SignedIn));
                         });
        secrets->remove(SecretKey::directDeviceTrust);
    });
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Latchkey"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("latchkey.app"));
    QCoreApplication::setApplicationName(QStringLiteral("latchkey"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LATCHKEY_VERSION));
}

/** Loads Latchkey's own and Qt's translations (Qt's for the standard buttons) for UI/Language or the
 * system's. */
void installTranslations(QCoreApplication &app, const QString &language = QString())
{
    if (!language.isEmpty()) {
        QLocale::setDefault(QLocale(language));
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *own = new QTranslator(&app);
    // A language without a translation falls back to English, whose plural forms ("1 day") need their file.
    if (own->load(locale, QStringLiteral("latchkey"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/latchkey_en.qm"))) {
        QCoreApplication::installTranslator(own);
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
}

/** Every layer's stores. The shipped program has fixed platform paths; see SettingsLocations. */
void addSettingsStores(SettingsResolver *resolver)
{
#ifdef LATCHKEY_SETTINGS_TEST_HOOK
    // Only in the test executable built by tests/settings (never installed): each layer from a file the test
    // names. The shipped latchkey is compiled without this block, so nothing can move its policy.
    const std::pair<SettingsLayer, const char *> layers[] = {
        {SettingsLayer::Policy, "LATCHKEY_TEST_POLICY_FILE"},
        {SettingsLayer::User, "LATCHKEY_TEST_USER_SETTINGS_FILE"},
        {SettingsLayer::AdminDefaults, "LATCHKEY_TEST_ADMIN_DEFAULTS_FILE"},
    };
    for (const auto &[layer, variable] : layers) {
        const QString path = qEnvironmentVariable(variable);
        if (!path.isEmpty()) {
            resolver->addSource(layer, QtSettingsSource::iniFile(path));
        }
    }
#else
    SettingsLocations::addPlatformSources(resolver);
#endif
}

/** Everything one sign-in needs, created after the application object and destroyed before it. */
struct SignInSession
{
    // Declared in the order they depend on each other, so each is destroyed before what it uses.
    std::unique_ptr<ConfiguredNetworkAccessManager> network;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<PasswordVerifier> passwordVerifier;
    std::unique_ptr<LocalAccount> localAccount;
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<SignInFlow> flow;
#ifdef LATCHKEY_HAS_SANDBOX
    std::unique_ptr<SandboxServer> sandbox;
#endif
    QString hint;
    // Direct mode: the service is built once the Twilio secret has been read from the keychain (start()).
    bool direct = false;
    VerifyAccount verifyAccount;
    FlowOptions flowOptions;

    bool build(const EffectiveSettings &settings, const CommandLine &commandLine, QString *problem)
    {
        QUrl origin = settings.endpoints.origin;
        const bool useSandbox = settings.mode == EffectiveSettings::Mode::Sandbox;
#ifdef LATCHKEY_HAS_SANDBOX
        if (useSandbox) {
            sandbox = std::make_unique<SandboxServer>(Clock::system());
            if (!sandbox->listen()) {
                *problem =
                    QCoreApplication::translate("main", "The sandbox could not listen on this computer.");
                return false;
            }
            origin = sandbox->baseUrl();
            const auto demo = BackendEmulator::demoAccount();
            // Whole sentences per front end, so translators never assemble one from pieces.
            hint =
                (commandLine.terminal
                     ? QCoreApplication::translate("main",
                                                   "Sandbox demo account: %1 / %2, phone %3. Codes appear as "
                                                   "[sandbox] lines in this terminal instead of being sent.")
                     : QCoreApplication::translate("main",
                                                   "Sandbox demo account: %1 / %2, phone %3. Codes appear in "
                                                   "the Sandbox phone panel instead of being sent."))
                    .arg(demo.username, demo.password, demo.phone);
        }
#else
        if (useSandbox) {
            *problem = QCoreApplication::translate("main", "This build of Latchkey has no sandbox.");
            return false;
        }
#endif
        const NetworkOptions networkOptions = settings.networkOptions();
        ConfiguredNetworkAccessManager::installExtraCaCertificates(networkOptions.extraCaCertificates);
        network = std::make_unique<ConfiguredNetworkAccessManager>(networkOptions);
        http = std::make_unique<HttpClient>(network.get());
        http->setTransferTimeout(networkOptions.totalTimeoutMsecs);
        secrets = std::make_unique<ExpiringSecretStore>(new KeychainSecretStore, Clock::system(),
                                                        settings.rememberMeDays);
        flowOptions = settings.flowOptions();
        flowOptions.prefilledUsername = commandLine.username;
        if (settings.mode == EffectiveSettings::Mode::Twilio) {
            direct = true;
            flowOptions.rememberMeAllowed = false; // a local account has no server session to remember
            verifyAccount.baseUrl = settings.verifyBaseUrl;
            verifyAccount.serviceSid = settings.verifyServiceSid;
            http->warmUp(settings.verifyBaseUrl);
            return true;
        }
        BackendEndpoints endpoints = settings.endpoints;
        endpoints.origin = origin;
        auto backend = std::make_unique<BackendAuthService>(http.get(), endpoints);
        backend->setDefaultCodeLength(settings.codeLength);
        auth = std::move(backend);
        flow = std::make_unique<SignInFlow>(auth.get(), secrets.get(), Clock::system(), flowOptions);
        http->warmUp(origin); // the TCP (and TLS) handshake happens while the user types
        return true;
    }

    /**
     * Calls ready(problem) once the flow exists: at once, or in direct mode after the Twilio secret has been
     * read from the keychain (no nested event loop). An empty problem means the flow can start.
     */
    void start(const std::function<void(const QString &problem)> &ready)
    {
        if (!direct) {
            ready(QString());
            return;
        }
        auto *once = new QObject(secrets.get()); // the connection lives for one answer
        QObject::connect(
            secrets.get(), &SecretStore::readFinished, once,
            [this, once, ready](const QString &key, const QByteArray &value, SecretStore::Error error,
                                const QString &message) {
                if (key != SecretKey::twilioSecret) {
                    return;
                }
                once->deleteLater();
                QObject::disconnect(secrets.get(), nullptr, once, nullptr);
                if (error == SecretStore::Error::NotFound) {
                    ready(QCoreApplication::translate("main",
                                                      "No Twilio secret: run latchkey --set-twilio-secret."));
                    return;
                }
                if (error != SecretStore::Error::None) {
                    ready(QCoreApplication::translate("main",
                                                      "Direct mode cannot work without the keychain: %1")
                              .arg(message));
                    return;
                }
                if (!DirectAuthService::parseTwilioSecret(value, &verifyAccount.keySid,
                                                          &verifyAccount.secret)) {
                    ready(QCoreApplication::translate(
                        "main",
                        "The Twilio secret in the keychain is damaged: run latchkey --set-twilio-secret "
                        "again."));
                    return;
                }
                auto *direct = new DirectAuthService(http.get(), verifyAccount);
                verifyAccount.secret.clear(); // the client holds its own copy
                passwordVerifier =
                    std::make_unique<PasswordVerifier>(PasswordVerifier::Strength::Interactive);
                localAccount = std::make_unique<LocalAccount>(secrets.get(), passwordVerifier.get());
                direct->setLocalAccount(localAccount.get());
                // 60205 (landline) and 60223 (SMS off): a call can still reach the person, where allowed.
                direct->verifyClient()->setCallFallbackAllowed(
                    flowOptions.allowedChannels.contains(Channel::Call));
                auth.reset(direct);
                flow = std::make_unique<SignInFlow>(auth.get(), secrets.get(), Clock::system(), flowOptions);
                ready(QString());
            });
        secrets->read(SecretKey::twilioSecret);
    }
};

int runInTerminal(int argc, char **argv, const CommandLine &commandLine, const EffectiveSettings &settings)
{
    QCoreApplication app(argc, argv);
    installTranslations(app, settings.language);
    SignInSession session;
    QString problem;
    if (!session.build(settings, commandLine, &problem)) {
        printTo(stderr, problem);
        return finishSignIn(commandLine, settings, ExitCode::ConfigurationError, nullptr);
    }
    std::unique_ptr<TerminalFrontEnd> terminal; // destroyed before the session whose flow it renders
    session.start([&](const QString &problem) {
        if (!problem.isEmpty()) {
            printTo(stderr, QStringLiteral("latchkey: ") + problem);
            QCoreApplication::exit(toInt(ExitCode::ConfigurationError));
            return;
        }
        terminal = std::make_unique<TerminalFrontEnd>(session.flow.get());
        QStringList hint{session.hint};
        if (!settings.helpDeskText.isEmpty()) {
            hint << QCoreApplication::translate("main", "Help: %1").arg(settings.helpDeskText);
        }
        hint.removeAll(QString());
        terminal->setHint(hint.join(QLatin1Char('\n')));
        if (commandLine.changeNumber) {
            goOnToNumberChange(session.flow.get(), session.secrets.get(), true);
        } else {
            QObject::connect(
                session.flow.get(), &SignInFlow::finished, &app,
                [](SignInFlow::Outcome outcome) { QCoreApplication::exit(toInt(exitCodeFor(outcome))); });
        }
        terminal->start();
    });
    const auto exitCode = static_cast<ExitCode>(app.exec());
    terminal.reset();
    return finishSignIn(commandLine, settings, exitCode, session.flow.get());
}

/**
 * The windows of a GUI start: the sign-in wizard, or the unconfigured page first, which can start a sandbox
 * sign-in in place (a new session and wizard replace it; no nested event loop).
 */
class WizardRoot
{
public:
    WizardRoot(const CommandLine &commandLine, EffectiveSettings settings)
        : m_commandLine(commandLine)
        , m_settings(std::move(settings))
    {}

    ~WizardRoot()
    {
        m_wizard.reset(); // the wizard renders the flow: it goes first
        m_session.reset();
        delete m_unconfiguredWindow;
    }

    bool startSignIn(const EffectiveSettings &settings, QString *problem)
    {
        auto session = std::make_unique<SignInSession>();
        if (!session->build(settings, m_commandLine, problem)) {
            return false;
        }
        m_session = std::move(session);
        m_exitCode = ExitCode::Cancelled;
        m_session->start([this](const QString &startProblem) {
            if (!startProblem.isEmpty()) {
                // Direct mode without its secret or keychain: said on the problem page, exit code 3.
                printTo(stderr, QStringLiteral("latchkey: ") + startProblem);
                showUnconfigured(startProblem);
                return;
            }
            showWizard();
        });
        return true;
    }

    void showWizard()
    {
        QObject::connect(m_session->flow.get(), &SignInFlow::finished, m_session->flow.get(),
                         [this](SignInFlow::Outcome outcome) { m_exitCode = exitCodeFor(outcome); });
        if (m_commandLine.changeNumber) {
            // The window stays open on the number change; 0 only once the new number is stored.
            goOnToNumberChange(m_session->flow.get(), m_session->secrets.get(), false);
            QObject::connect(m_session->flow.get(), &SignInFlow::stepChanged, m_session->flow.get(), [this] {
                if (m_session->flow->isChangingNumber()) {
                    m_exitCode = ExitCode::Cancelled;
                }
            });
            QObject::connect(
                m_session->flow.get(), &SignInFlow::numberChangeFinished, m_session->flow.get(),
                [this](bool changed) { m_exitCode = changed ? ExitCode::SignedIn : ExitCode::Cancelled; });
        }
        m_wizard = std::make_unique<SignInWizard>(m_session->flow.get());
        m_wizard->setClosesOnApproval(m_commandLine.printResult);
#ifdef LATCHKEY_HAS_SANDBOX
        if (m_session->sandbox) {
            m_wizard->setSidePanel(new SandboxPanel(m_session->sandbox->outbox()));
            m_wizard->passwordPage()->setHint(m_session->hint);
        }
#endif
        m_wizard->show();
        m_session->flow->start();
    }

    void showUnconfigured(const QString &reason)
    {
        m_exitCode = ExitCode::ConfigurationError; // closing this page leaves Latchkey unconfigured
        auto *page = new UnconfiguredPage(reason, m_settings.helpDeskText, m_settings.sandboxAllowed,
                                          m_settings.helpDeskLogo);
        m_unconfiguredWindow = page->createWindow();
        QObject::connect(page, &UnconfiguredPage::sandboxRequested, page, [this, page] {
            EffectiveSettings sandbox = m_settings;
            sandbox.mode = EffectiveSettings::Mode::Sandbox;
            QString problem;
            if (!startSignIn(sandbox, &problem)) {
                page->setProblem(problem);
                return;
            }
            // The wizard is shown first, so closing this window does not end the application.
            m_unconfiguredWindow->hide();
            m_unconfiguredWindow->deleteLater();
        });
        m_unconfiguredWindow->show();
    }

    ExitCode exitCode() const { return m_exitCode; }

    const SignInFlow *flow() const { return m_session ? m_session->flow.get() : nullptr; }

    /** A second launch asked for the window: the wizard, or the "not set up" page while that is shown. */
    void bringToFront()
    {
        if (m_wizard) {
            m_wizard->bringToFront();
        } else if (m_unconfiguredWindow) {
            m_unconfiguredWindow->showNormal();
            m_unconfiguredWindow->raise();
            m_unconfiguredWindow->activateWindow();
        }
    }

private:
    const CommandLine &m_commandLine;
    EffectiveSettings m_settings;
    std::unique_ptr<SignInSession> m_session;
    std::unique_ptr<SignInWizard> m_wizard;
    QPointer<QWizard> m_unconfiguredWindow;
    ExitCode m_exitCode = ExitCode::Cancelled;
};

int runWizard(int argc, char **argv, const CommandLine &commandLine, const EffectiveSettings &settings,
              const QString &startProblem)
{
    QApplication app(argc, argv);
    installTranslations(app, settings.language);
    QGuiApplication::setDesktopFileName(QStringLiteral("latchkey"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/latchkey.svg")));
    WizardRoot root(commandLine, settings);
    // One window per user: a second launch brings the first to the front and ends without a sign-in.
    SingleInstance instance(SingleInstance::defaultKey());
    std::optional<ExitCode> earlyExit;
    QObject::connect(&instance, &SingleInstance::alreadyRunning, &app, [&earlyExit] {
        printTo(stderr, QStringLiteral("latchkey: ") +
                            QCoreApplication::translate(
                                "main", "Latchkey is already open; its window was brought to the front."));
        earlyExit = ExitCode::Cancelled; // this launch signed nobody in
        QCoreApplication::exit(toInt(*earlyExit));
    });
    QObject::connect(&instance, &SingleInstance::activationRequested, &app, [&root] { root.bringToFront(); });
    QObject::connect(&instance, &SingleInstance::primary, &app, [&] {
        if (!startProblem.isEmpty()) {
            printTo(stderr, QStringLiteral("latchkey: ") + startProblem);
            const bool noServer =
                settings.mode == EffectiveSettings::Mode::Backend && settings.endpoints.origin.isEmpty();
            root.showUnconfigured(noServer ? QCoreApplication::translate(
                                                 "main", "No server is configured: your organisation has not "
                                                         "told Latchkey where to sign you in yet.")
                                           : startProblem);
            return;
        }
        QString problem;
        if (!root.startSignIn(settings, &problem)) {
            printTo(stderr, problem);
            earlyExit = ExitCode::ConfigurationError;
            QCoreApplication::exit(toInt(*earlyExit));
        }
    });
    instance.start();
    app.exec();
    return finishSignIn(commandLine, settings, earlyExit.value_or(root.exitCode()), root.flow());
}

/** --check-config and --diagnose: a report on stdout, no window, the configured network. */
template<typename Report>
int runReport(int argc, char **argv, const SettingsResolver &resolver, const EffectiveSettings &settings)
{
    QCoreApplication app(argc, argv);
    installTranslations(app, settings.language);
    const NetworkOptions networkOptions = settings.networkOptions();
    ConfiguredNetworkAccessManager::installExtraCaCertificates(networkOptions.extraCaCertificates);
    ConfiguredNetworkAccessManager network(networkOptions);
    Report report(&resolver, &network);
    int exitCode = 0;
    QObject::connect(&report, &Report::finished, &app, [&report, &exitCode] {
        if constexpr (std::is_same_v<Report, ConfigCheck>) {
            printTo(stdout, report.report());
            exitCode = report.exitCode();
        } else {
            printTo(stdout, report.bundle());
        }
        QCoreApplication::exit(exitCode);
    });
    report.start();
    return app.exec();
}

/** Reads one line of standard input; false at its end. */
bool readLine(QString *line)
{
    std::string text;
    if (!std::getline(std::cin, text)) {
        return false;
    }
    *line = QString::fromLocal8Bit(text.c_str()).trimmed();
    return true;
}

bool stdinIsTerminal()
{
#if defined(Q_OS_UNIX)
    return isatty(STDIN_FILENO);
#else
    return true;
#endif
}

/**
 * --set-twilio-secret: the key SID and its secret from stdin (a prompt without echo on a terminal, two lines
 * when piped), checked by fetching the configured Verify Service with them, then kept in the keychain.
 */
int runSetTwilioSecret(int argc, char **argv, const EffectiveSettings &settings)
{
    QCoreApplication app(argc, argv);
    installTranslations(app, settings.language);
    auto fail = [](const QString &message) {
        printTo(stderr, QStringLiteral("latchkey: ") + message);
        return toInt(ExitCode::ConfigurationError);
    };
    if (settings.verifyServiceSid.isEmpty()) {
        return fail(QCoreApplication::translate(
            "main", "No Verify service is configured: set Verify/ServiceSid or pass --service-sid."));
    }
    const bool terminal = stdinIsTerminal();
    QString keySid;
    QString secret;
    if (terminal) {
        std::fputs(QCoreApplication::translate("main", "Twilio API key SID (SK…) or account SID (AC…): ")
                       .toLocal8Bit()
                       .constData(),
                   stderr);
        std::fflush(stderr);
    }
    if (!readLine(&keySid) || keySid.isEmpty()) {
        return fail(QCoreApplication::translate("main", "No key SID was given on standard input."));
    }
    // Never echoed back: someone may have typed the secret here by mistake.
    static const QRegularExpression sidPattern(QStringLiteral("^(SK|AC)[0-9a-fA-F]{32}$"));
    if (!sidPattern.match(keySid).hasMatch()) {
        return fail(QCoreApplication::translate(
            "main", "The first line is not a key SID: it is SK or AC followed by 32 hex digits."));
    }
    if (terminal) {
        std::fputs(QCoreApplication::translate("main", "Secret: ").toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        TerminalFrontEnd::setEcho(false);
    }
    const bool gotSecret = readLine(&secret);
    if (terminal) {
        TerminalFrontEnd::setEcho(true);
        std::fputc('\n', stderr);
    }
    if (!gotSecret || secret.isEmpty()) {
        return fail(QCoreApplication::translate("main", "No secret was given on standard input."));
    }

    const NetworkOptions networkOptions = settings.networkOptions();
    ConfiguredNetworkAccessManager::installExtraCaCertificates(networkOptions.extraCaCertificates);
    ConfiguredNetworkAccessManager network(networkOptions);
    HttpClient http(&network);
    http.setTransferTimeout(networkOptions.totalTimeoutMsecs);
    VerifyAccount account;
    account.baseUrl = settings.verifyBaseUrl;
    account.serviceSid = settings.verifyServiceSid;
    account.keySid = keySid;
    account.secret = secret;
    VerifyClient client(&http, account);
    KeychainSecretStore store;
    QString friendlyName;
    QObject::connect(&client, &VerifyClient::serviceFetched, &app, [&](const VerifyService &service) {
        friendlyName = service.friendlyName;
        store.write(SecretKey::twilioSecret, DirectAuthService::serializeTwilioSecret(keySid, secret));
        secret.fill(QLatin1Char('\0'));
    });
    QObject::connect(&client, &VerifyClient::failed, &app, [&](const AuthError &error) {
        QString reason = error.userMessage();
        if (error.serverCode != 0) {
            reason += QStringLiteral(" (%1)").arg(error.serverCode);
        }
        fail(QCoreApplication::translate("main", "The Twilio key was not accepted: %1").arg(reason));
        QCoreApplication::exit(toInt(ExitCode::ConfigurationError));
    });
    QObject::connect(
        &store, &SecretStore::writeFinished, &app,
        [&](const QString &, SecretStore::Error error, const QString &message) {
            if (error != SecretStore::Error::None) {
                fail(QCoreApplication::translate("main", "The keychain could not keep the secret: %1")
                         .arg(message));
                QCoreApplication::exit(toInt(ExitCode::ConfigurationError));
                return;
            }
            printTo(stderr,
                    QCoreApplication::translate("main", "The Twilio secret works with Verify service %1 (%2) "
                                                        "and is now in the keychain.")
                        .arg(settings.verifyServiceSid, friendlyName));
            QCoreApplication::exit(0);
        });
    client.fetchService();
    return app.exec();
}

/** --sign-out and --reset: removes keychain entries one after another; a missing one is already gone. */
int runForget(int argc, char **argv, const EffectiveSettings &settings, bool reset)
{
    QCoreApplication app(argc, argv);
    installTranslations(app, settings.language);
    KeychainSecretStore store;
    QStringList keys{SecretKey::backendSession, SecretKey::backendDeviceToken, SecretKey::directDeviceTrust,
                     SecretKey::lastPhoneNumber};
    if (reset) {
        keys << SecretKey::localAccount << SecretKey::twilioSecret;
    }
    QObject::connect(&store, &SecretStore::removeFinished, &app,
                     [&](const QString &, SecretStore::Error error, const QString &message) {
                         if (failedToForget(error, message)) {
                             return;
                         }
                         keys.removeFirst();
                         if (!keys.isEmpty()) {
                             store.remove(keys.constFirst());
                             return;
                         }
                         printTo(stderr, reset ? QCoreApplication::translate(
                                                     "main", "Signed out; this computer's enrolment and the "
                                                             "Twilio secret are forgotten.")
                                               : QCoreApplication::translate("main", "Signed out."));
                         QCoreApplication::exit(0);
                     });
    store.remove(keys.constFirst());
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    installMessageHandler();
    QLoggingCategory::setFilterRules(LogSink::filterRules(QStringLiteral("warning"))); // until settings say
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
    case CommandLine::Action::CheckConfig:
    case CommandLine::Action::Diagnose:
    case CommandLine::Action::SetTwilioSecret:
    case CommandLine::Action::SignOut:
    case CommandLine::Action::Reset:
        break;
    }

    setApplicationIdentity(); // the settings' paths depend on it
    SettingsResolver resolver;
    addSettingsStores(&resolver);
    QString refusal;
    if (!resolver.applyCommandLine(commandLine.overrides, &refusal)) {
        printTo(stderr, QStringLiteral("latchkey: ") + refusal);
        return toInt(ExitCode::ConfigurationError);
    }
    QList<SettingsProblem> problems = resolver.problems();
    const EffectiveSettings settings = EffectiveSettings::from(resolver, &problems);
    const ResolvedSetting mode = resolver.get(SettingsKey::mode);
    if (settings.mode == EffectiveSettings::Mode::Sandbox && !settings.sandboxAllowed &&
        mode.layer == SettingsLayer::CommandLine) {
        // Asked for on the command line: refused like a locked key, naming what turns the sandbox off.
        const ResolvedSetting allow = resolver.get(SettingsKey::allowSandbox);
        QString option;
        for (const SettingOverride &override : commandLine.overrides) {
            if (override.key == SettingsKey::mode) {
                option = override.option;
            }
        }
        printTo(stderr, QStringLiteral("latchkey: ") +
                            QCoreApplication::translate("main", "%1: the sandbox is turned off by %2 (%3).")
                                .arg(option, allow.key, SettingsResolver::describeSource(allow)));
        return toInt(ExitCode::ConfigurationError);
    }
    // A level set by policy is enforced: QT_LOGGING_RULES no longer changes it.
    LogSink::install(settings.logLevel, settings.logDirectory, settings.syslog,
                     resolver.isLocked(SettingsKey::logLevel));

    if (commandLine.action == CommandLine::Action::CheckConfig) {
        return runReport<ConfigCheck>(argc, argv, resolver, settings);
    }
    if (commandLine.action == CommandLine::Action::Diagnose) {
        return runReport<Diagnostics>(argc, argv, resolver, settings);
    }
    if (commandLine.action == CommandLine::Action::SetTwilioSecret) {
        return runSetTwilioSecret(argc, argv, settings);
    }
    if (commandLine.action == CommandLine::Action::SignOut ||
        commandLine.action == CommandLine::Action::Reset) {
        return runForget(argc, argv, settings, commandLine.action == CommandLine::Action::Reset);
    }

    for (const SettingsProblem &problem : std::as_const(problems)) {
        qCWarning(lcSettings).noquote() << problem.toString();
    }
    if (commandLine.changeNumber && settings.mode != EffectiveSettings::Mode::Twilio) {
        printTo(stderr, QStringLiteral("latchkey: ") +
                            QCoreApplication::translate(
                                "main", "--change-number works only in direct mode: with a backend, the "
                                        "organisation's backend manages phone numbers. Ask your help desk to "
                                        "change yours."));
        return toInt(ExitCode::ConfigurationError);
    }
    const QString startProblem = settings.startProblem(resolver);
    if (commandLine.terminal) {
        if (!startProblem.isEmpty()) {
            printTo(stderr, QStringLiteral("latchkey: ") + startProblem);
            return finishSignIn(commandLine, settings, ExitCode::ConfigurationError, nullptr);
        }
        return runInTerminal(argc, argv, commandLine, settings);
    }
    return runWizard(argc, argv, commandLine, settings, startProblem);
}
