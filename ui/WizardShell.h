#pragma once

#include "EffectiveSettings.h"
#include "ExitCode.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

class QWidget;
class QWizard;

namespace latchkey {

class Clock;
class Console;
class LaunchSettings;
class SecretStore;
class SignInFlow;
class SignInSession;
class SignInWizard;
class SingleInstance;

/**
 * The windows of a sign-in in a window: one per user (a second launch brings this one to the front and ends),
 * then the sign-in wizard, or the "not set up" page first, which can start a sandbox sign-in in place (a new
 * session and wizard replace it; no nested event loop). The event loop runs until the last window closes or
 * exitRequested() asks it to end; finish() then gives the exit code.
 */
class WizardShell : public QObject
{
    Q_OBJECT
public:
    /** Everything handed in must outlive the shell. */
    WizardShell(const LaunchSettings &launch, SecretStore *keychain, Clock *clock, Console *console,
                QObject *parent = nullptr);
    ~WizardShell() override;

    /** Checks for another window, then shows this launch's first window. */
    void start();
    /** After the event loop: the exit code, with --print-result its line on stdout. */
    int finish();

    /** The wizard once made (and shown a turn later); null before, and on the "not set up" page. */
    SignInWizard *wizard() const { return m_wizard.get(); }
    const SignInFlow *flow() const;
    /** The sign-in's parts; null before it starts (and when it cannot). */
    const SignInSession *session() const { return m_session.get(); }

signals:
    /** Ends the event loop early: another window was brought to the front, or the sign-in cannot start. */
    void exitRequested(int exitCode);

private:
    void onPrimary();
    bool startSignIn(const EffectiveSettings &settings, QString *problem);
    /** Once the session is ready and the fonts are loaded: makes the wizard, and shows it a round later. */
    void showWizard();
    /** The application's window icon, rendered off the UI thread and set when ready; once per process. */
    static void loadWindowIcon();
    void showUnconfigured(const QString &reason);
    /** A second launch asked for the window: the wizard, or the "not set up" page while that is shown. */
    void bringToFront();
    void exitEarly(ExitCode exitCode);
    /** --exit-after-first-frame on the "not set up" page: ends the event loop (exit 1) after its first frame.
     */
    void exitAfterFirstFrameOf(QWidget *window);
    /** --exit-after-first-frame: prints "first frame" on stdout, then ends the event loop (exit 1). */
    void reportFirstFrame();

    const LaunchSettings &m_launch;
    SecretStore *m_keychain;
    Clock *m_clock;
    Console *m_console;
    SingleInstance *m_instance;
    QFutureWatcher<void> m_fontsLoaded;
    std::unique_ptr<SignInSession> m_session;
    std::unique_ptr<SignInWizard> m_wizard;
    QPointer<QWizard> m_unconfiguredWindow;
    ExitCode m_exitCode = ExitCode::Cancelled;
    std::optional<ExitCode> m_earlyExit;
};

} // namespace latchkey
