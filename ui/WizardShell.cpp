#include "WizardShell.h"

#include "Background.h"
#include "Console.h"
#include "FirstFrameWatcher.h"
#include "FontPreload.h"
#include "IdleCall.h"
#include "LaunchSettings.h"
#include "NumberChangeFollowOn.h"
#include "PasswordPage.h"
#include "SandboxPanel.h"
#include "SignInExit.h"
#include "SignInSession.h"
#include "SignInWizard.h"
#include "SingleInstance.h"
#include "UiLogging.h"
#include "UnconfiguredPage.h"

#include <QApplication>
#include <QIcon>
#include <QImageReader>
#include <QPixmap>
#include <QTimer>
#include <utility>

namespace latchkey {

WizardShell::WizardShell(const LaunchSettings &launch, SecretStore *keychain, Clock *clock, Console *console,
                         QObject *parent)
    : QObject(parent)
    , m_launch(launch)
    , m_keychain(keychain)
    , m_clock(clock)
    , m_console(console)
    , m_instance(new SingleInstance(SingleInstance::defaultKey(), this))
{
    // One window per user: a second launch brings the first to the front and ends without a sign-in.
    connect(m_instance, &SingleInstance::alreadyRunning, this, [this] {
        m_console->printError(QStringLiteral("latchkey: ") +
                              QCoreApplication::translate(
                                  "main", "Latchkey is already open; its window was brought to the front."));
        exitEarly(ExitCode::Cancelled); // this launch signed nobody in
    });
    connect(m_instance, &SingleInstance::activationRequested, this, &WizardShell::bringToFront);
    connect(m_instance, &SingleInstance::primary, this, &WizardShell::onPrimary);
}

namespace {

/** The window icon being rendered in the thread pool, once per process. */
QFuture<void> &windowIconRendering()
{
    static QFuture<void> rendering;
    return rendering;
}

} // namespace

WizardShell::~WizardShell()
{
    m_wizard.reset(); // the wizard renders the flow: it goes first
    m_session.reset();
    delete m_unconfiguredWindow;
    // QtGui's work in the thread pool ends before QGuiApplication does: Qt waits for the pool only after it,
    // and a second launch that ends at once could otherwise reach a font database already gone (qFatal).
    m_fontsLoaded.waitForFinished();
    windowIconRendering().waitForFinished();
}

void WizardShell::start()
{
    QGuiApplication::setDesktopFileName(QStringLiteral(LATCHKEY_APP_ID));
    // Meanwhile the fonts load in the thread pool: the window is made once they have.
    m_fontsLoaded.setFuture(FontPreload::start());
    m_instance->start();
}

int WizardShell::finish()
{
    return SignInExit::finish(m_console, m_launch, m_earlyExit.value_or(m_exitCode), flow());
}

const SignInFlow *WizardShell::flow() const
{
    return m_session ? m_session->flow() : nullptr;
}

void WizardShell::onPrimary()
{
    const QString startProblem = m_launch.startProblem();
    const EffectiveSettings &settings = m_launch.settings();
    if (!startProblem.isEmpty()) {
        m_console->printError(QStringLiteral("latchkey: ") + startProblem);
        const bool noServer =
            settings.mode == EffectiveSettings::Mode::Backend && settings.serverUrl.isEmpty();
        showUnconfigured(noServer ? QCoreApplication::translate(
                                        "main", "No server is configured: your organisation has not "
                                                "told Latchkey where to sign you in yet.")
                                  : startProblem);
        return;
    }
    QString problem;
    if (!startSignIn(settings, &problem)) {
        m_console->printError(QStringLiteral("latchkey: ") + problem);
        exitEarly(ExitCode::ConfigurationError);
    }
}

bool WizardShell::startSignIn(const EffectiveSettings &settings, QString *problem)
{
    auto session =
        std::make_unique<SignInSession>(settings, SignInSession::FrontEnd::Window, m_keychain, m_clock);
    session->setPrefilledUsername(m_launch.commandLine().username);
    if (m_launch.commandLine().exec) {
        session->setAssertionAudience(m_launch.settings().gateAudience);
    }
    if (!session->build(problem)) {
        return false;
    }
    m_wizard.reset();
    m_session = std::move(session);
    m_exitCode = ExitCode::Cancelled;
    connect(m_session.get(), &SignInSession::failed, this, [this](const QString &startProblem) {
        // Direct mode without its secret or keychain: said on the problem page, exit code 3.
        m_console->printError(QStringLiteral("latchkey: ") + startProblem);
        showUnconfigured(startProblem);
        m_wizard.reset(); // shown while the sandbox started, which then failed
    });
    connect(m_session.get(), &SignInSession::ready, this, &WizardShell::showWizard);
    m_session->start();
    return true;
}

void WizardShell::showWizard()
{
    if (!m_fontsLoaded.isFinished()) {
        connect(&m_fontsLoaded, &QFutureWatcher<void>::finished, this, &WizardShell::showWizard,
                Qt::SingleShotConnection);
        return;
    }
    SignInFlow *flow = m_session->flow();
    connect(flow, &SignInFlow::finished, this,
            [this](SignInFlow::Outcome outcome) { m_exitCode = SignInExit::exitCodeFor(outcome); });
    if (m_launch.commandLine().changeNumber) {
        // The window stays open on the number change; 0 only once the new number is stored.
        new NumberChangeFollowOn(flow, m_session->secrets(), NumberChangeFollowOn::End::InTheWindow);
        connect(flow, &SignInFlow::stepChanged, this, [this, flow] {
            if (flow->isChangingNumber()) {
                m_exitCode = ExitCode::Cancelled;
            }
        });
        connect(flow, &SignInFlow::numberChangeFinished, this,
                [this](bool changed) { m_exitCode = changed ? ExitCode::SignedIn : ExitCode::Cancelled; });
    }
    qCDebug(lcUi) << "making the window";
    m_wizard = std::make_unique<SignInWizard>(flow);
    m_wizard->setClosesOnApproval(m_launch.commandLine().printResult || m_launch.commandLine().exec);
    m_wizard->setClosesWhenDone(m_session->settings().closeWhenDone);
    if (SandboxOutbox *outbox = m_session->sandboxOutbox()) {
        m_wizard->setSidePanel(new SandboxPanel(outbox));
        m_wizard->passwordPage()->setHint(m_session->hint());
    }
    // The flow reads the remembered session and number once the window is on the screen: loading the
    // keychain's libraries (libsecret, GIO) and its D-Bus round trips do not hold up the first frame. Its
    // answers always arrived after that frame anyway, so the pages look the same.
    const bool measuring = m_launch.commandLine().exitAfterFirstFrame;
    m_wizard->setMeasuringStartUp(measuring);
    connect(m_wizard.get(), &SignInWizard::firstFrameDrawn, this, [this, flow, measuring] {
        qCDebug(lcUi) << "first frame drawn";
        if (measuring) {
            reportFirstFrame(); // --exit-after-first-frame: nobody signs in
        } else {
            // The icon too: an SVG loads QtSvg and its icon engine, and the desktop shows the .desktop
            // file's icon (setDesktopFileName) until then.
            // One after the other, each in its own round of events, so that input and repaints come in
            // between: together they held the UI thread for about 30 ms just after the window appeared.
            IdleCall::run(flow, [this, flow] {
                // --sandbox: the child starts now, not beside the window's first frame (it listens within
                // about 30 ms, long before a password is typed; a request made earlier waits for it).
                m_session->startSandbox();
                IdleCall::run(flow, [flow] {
                    qCDebug(lcUi) << "starting the flow";
                    flow->start();
                    IdleCall::run(flow, &WizardShell::loadWindowIcon);
                });
            });
        }
    });
    // Shown in a later turn of the event loop: making the window and laying it out are each several
    // milliseconds of the UI thread, and what waits meanwhile (input, timers) comes in between.
    IdleCall::run(m_wizard.get(), [this] {
        qCDebug(lcUi) << "showing the window";
        m_wizard->show();
    });
}

void WizardShell::loadWindowIcon()
{
    // Rendered from the SVG in the thread pool: loading QtSvg and its image plugin took about 16 ms of the UI
    // thread. The desktop shows the .desktop file's icon until then (setDesktopFileName). Once per process.
    static bool requested = false;
    if (std::exchange(requested, true)) {
        return;
    }
    windowIconRendering() = Background::run([] {
        QList<QImage> images;
        for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
            QImageReader reader(QStringLiteral(":/icons/latchkey.svg"));
            reader.setScaledSize(QSize(size, size));
            const QImage image = reader.read();
            if (!image.isNull()) {
                images.append(image);
            }
        }
        QMetaObject::invokeMethod(
            qApp,
            [images] {
                QIcon icon;
                for (const QImage &image : images) {
                    icon.addPixmap(QPixmap::fromImage(image)); // pixmaps belong to the UI thread
                }
                QApplication::setWindowIcon(icon);
            },
            Qt::QueuedConnection);
    });
}

void WizardShell::showUnconfigured(const QString &reason)
{
    m_exitCode = ExitCode::ConfigurationError; // closing this page leaves Latchkey unconfigured
    const EffectiveSettings &settings = m_launch.settings();
    auto *page = new UnconfiguredPage(reason, settings.helpDeskText, settings.sandboxAllowed,
                                      settings.helpDeskLogo, settings.organisationName);
    m_unconfiguredWindow = page->createWindow();
    connect(page, &UnconfiguredPage::sandboxRequested, page, [this, page] {
        EffectiveSettings sandbox = m_launch.settings();
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
    exitAfterFirstFrameOf(m_unconfiguredWindow);
    m_unconfiguredWindow->show();
    if (!m_launch.commandLine().exitAfterFirstFrame) {
        loadWindowIcon(); // the application's icon, the wizard's too should the sandbox be tried
    }
}

void WizardShell::exitAfterFirstFrameOf(QWidget *window)
{
    if (!m_launch.commandLine().exitAfterFirstFrame) {
        return;
    }
    auto *watcher = new FirstFrameWatcher(window);
    connect(watcher, &FirstFrameWatcher::firstFrameDrawn, this, &WizardShell::reportFirstFrame);
}

void WizardShell::reportFirstFrame()
{
    // The moment of the frame, for the benchmark that waits for it; the exit that follows is timed apart.
    m_console->printOut(QStringLiteral("first frame"));
    exitEarly(ExitCode::Cancelled);
}

void WizardShell::bringToFront()
{
    if (m_wizard) {
        m_wizard->bringToFront();
    } else if (m_unconfiguredWindow) {
        m_unconfiguredWindow->showNormal();
        m_unconfiguredWindow->raise();
        m_unconfiguredWindow->activateWindow();
    }
}

void WizardShell::exitEarly(ExitCode exitCode)
{
    m_earlyExit = exitCode;
    emit exitRequested(toInt(exitCode));
}

} // namespace latchkey
