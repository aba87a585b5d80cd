#pragma once

#include "auth/AuthError.h"
#include "auth/AuthService.h"
#include "auth/Channel.h"
#include "secrets/SecretStore.h"

#include <QObject>
#include <QPointer>

namespace latchkey {

class Clock;
class Countdown;

/** What the flow needs from settings; the composition root fills it from the settings resolver. */
struct FlowOptions
{
    QList<Channel> allowedChannels{Channel::Sms, Channel::Call, Channel::WhatsApp, Channel::Email};
    int resendCooldownSeconds = 30;
    int callFallbackSeconds = 20;
    int lockoutFallbackSeconds = 600; // Verify locks a verification until it expires: at most 10 minutes
    bool rememberMeAllowed = true;
    QString prefilledUsername;
    Channel defaultChannel = Channel::Sms; // preselected on the phone step
    // Set by mandatory policy: the wizard disables the control and says the organisation manages it.
    bool rememberMeLocked = false;
    bool defaultChannelLocked = false;
    bool allowedChannelsLocked = false;
    QString helpDeskText;     // shown under every error and on the unconfigured page; empty: none
    QString helpDeskLogoPath; // the organisation's logo in the wizard; empty: none
};

/**
 * The only state machine of a sign-in: Password → (Enrolment) → Phone → Code → Done. Front ends (the
 * wizard, the terminal) render its state and forward input through the slots; they never decide what
 * comes next. Every server call goes through the AuthService, one at a time, and can be aborted.
 */
class SignInFlow : public QObject
{
    Q_OBJECT
public:
    enum class Step {
        Password,  // username and password (or resuming a remembered session: busy)
        Enrolment, // direct mode's first run: choose a local password and verify a number
        Phone,     // the number to send a code to, and the channel
        Code,      // the one-time code, with resend, call fallback and lockout countdowns
        Done,      // signed in
    };
    Q_ENUM(Step)
    enum class Outcome { SignedIn, Cancelled, Failed };
    Q_ENUM(Outcome)

    SignInFlow(AuthService *auth, SecretStore *secrets, Clock *clock, FlowOptions options,
               QObject *parent = nullptr);
    ~SignInFlow() override;

    Step step() const { return m_step; }
    bool isBusy() const { return m_busy; }
    bool isFinished() const { return m_finished; }
    AuthError error() const { return m_error; }
    QString errorText() const { return m_error.userMessage(); }
    /** A one-line, non-error remark (e.g. why nothing will be remembered). */
    QString notice() const { return m_notice; }

    const FlowOptions &options() const { return m_options; }
    QString username() const { return m_username; }
    QString displayName() const { return m_displayName; }
    /** Channels the user may choose: allowed by settings and offered by the server. */
    QList<Channel> offeredChannels() const;
    Channel channel() const { return m_channel; }
    /** The number the code went to, masked for display ("+1 ••• ••• ••42"). */
    QString maskedPhone() const;
    QString maskedNumberOnFile() const { return m_capabilities.maskedNumberOnFile; }
    /** Expected code length; 0 when unknown (then the code is submitted explicitly). */
    int codeLength() const { return m_codeLength; }
    int resendSecondsLeft() const;
    int callSecondsLeft() const;
    int lockoutSecondsLeft() const;
    bool canResend() const;
    bool canRequestCall() const;
    /** After an ambiguous failure the same code may be sent again, but only by an explicit retry. */
    bool canRetryCode() const { return m_retryAllowed && !m_lastSubmittedCode.isEmpty(); }
    /** True from the enrolment step until the new account is stored: the code verifies a new number. */
    bool isEnrolling() const { return m_enrolling; }
    /** Whether "Use a different number" makes sense (not when the server sends to the number on file). */
    bool canUseDifferentNumber() const { return m_step == Step::Code && !m_capabilities.sendsToNumberOnFile; }

    /** The shortest password accepted at enrolment. */
    static constexpr int minimumPasswordLength = 10;

    /** Digits only: strips separators and words ("Your code: 123-456"), maps non-ASCII digits. */
    static QString normalizeCode(const QString &input);

public slots:
    /** Prepares the service, then enrols (direct mode's first run) or resumes a remembered session. */
    void start();
    void submitPassword(const QString &username, const QString &password, bool rememberMe);
    /** Direct mode's first run: the local account's username and a new password, typed twice. */
    void submitEnrolment(const QString &username, const QString &password, const QString &confirmation);
    void submitPhone(const QString &input, const QString &region, latchkey::Channel channel);
    void submitCode(const QString &input);
    void retryCode();
    void resendCode();
    void requestCall();
    void useDifferentNumber();
    /** Stops the request in flight and stays on the step, keeping what was typed. */
    void abortRequest();
    /** Ends the sign-in without signing in. */
    void cancel();
    /** Forgets the remembered session (keychain and server). */
    void signOut();
    void clearError();

signals:
    void stepChanged(latchkey::SignInFlow::Step step);
    void busyChanged(bool busy);
    void errorChanged(const latchkey::AuthError &error);
    void noticeChanged(const QString &notice);
    /** Channel, code length, masked number or display name changed. */
    void detailsChanged();
    void resendSecondsLeftChanged(int seconds);
    void callSecondsLeftChanged(int seconds);
    void lockoutSecondsLeftChanged(int seconds);
    void finished(latchkey::SignInFlow::Outcome outcome);

private:
    enum class Pending {
        None,
        Prepare,
        Resume,
        Login,
        BeginEnrolment,
        SendCode,
        Resend,
        CheckCode,
        CompleteEnrolment
    };

    void setStep(Step step);
    void setBusy(bool busy);
    void setError(const AuthError &error);
    void setNotice(const QString &notice);
    void finish(Outcome outcome);
    void sendCode(const QString &e164, Channel channel, Pending pending);

    void onRememberedSessionRead(const QString &key, const QByteArray &token, SecretStore::Error error,
                                 const QString &message);
    void onPrepared(bool needsEnrolment);
    void readRememberedSession();
    void onEnrolmentStarted();
    void onEnrolmentCompleted();
    void onLoggedIn(const LoginResult &result);
    void onCodeSent(const CodeSentResult &result);
    void onCodeApproved();
    void onFailed(const AuthError &error);
    void applyFailure(Pending pending, const AuthError &error);

    AuthService *m_auth;
    QPointer<SecretStore> m_secrets;
    Clock *m_clock;
    FlowOptions m_options;
    Countdown *m_resendCountdown;
    Countdown *m_callCountdown;
    Countdown *m_lockoutCountdown;

    Step m_step = Step::Password;
    bool m_busy = false;
    bool m_finished = false;
    Pending m_pending = Pending::None;
    AuthError m_error;
    QString m_notice;

    QString m_username;
    QString m_displayName;
    bool m_rememberMe = false;
    ServerCapabilities m_capabilities;
    QString m_phoneE164;
    Channel m_channel = Channel::Sms;
    int m_codeLength = 0;
    QString m_lastSubmittedCode;
    bool m_retryAllowed = false;
    bool m_enrolling = false;
};

} // namespace latchkey
