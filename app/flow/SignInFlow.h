#pragma once

#include "AuthError.h"
#include "AuthService.h"
#include "Channel.h"
#include "E164Number.h"
#include "LocalAccountService.h"
#include "PrefilledNumber.h"
#include "SecretStore.h"
#include "ServerCooldowns.h"

#include <QElapsedTimer>
#include <QObject>

#include <optional>

namespace latchkey {

class Clock;
class Countdown;
class NumberChange;
class RememberedSignIn;

/** What the flow needs from settings; the shell fills it from the settings (SessionOptions). */
struct FlowOptions
{
    QList<Channel> allowedChannels{Channel::Sms, Channel::Call, Channel::WhatsApp, Channel::Email};
    int resendCooldownSeconds = 30;
    int callFallbackSeconds = 20;
    int lockoutFallbackSeconds = 600; // Verify locks a verification until it expires: at most 10 minutes
    bool rememberMeAllowed = true;
    bool rememberMeDefault = false; // how "Remember me" starts out (Auth/RememberMeDefault)
    QString prefilledUsername;
    Channel defaultChannel = Channel::Sms; // preselected on the phone step
    // Set by mandatory policy: the wizard disables the control and says the organisation manages it.
    bool rememberMeLocked = false;
    bool defaultChannelLocked = false;
    // "Remember this device for N days" (Auth/RememberDeviceAllowed, Auth/RememberDeviceDays): skips the
    // code, never the password. Admins opt in; a locked "off" shows the box disabled.
    bool rememberDeviceAllowed = false;
    bool rememberDeviceLocked = false;
    int rememberDeviceDays = 30;
    bool allowedChannelsLocked = false;
    QString helpDeskText;     // shown under every error and on the unconfigured page; empty: none
    QString helpDeskLogoPath; // the organisation's logo in the wizard; empty: none
    QString organisationName; // above every page's title; empty: none
    // Auth/PhoneNumber (E.164): locked by policy it is the number codes go to; otherwise only the prefill.
    QString phoneNumber;
    bool phoneNumberLocked = false;
    // The code service's origin (scheme://host:port): a server's "too many requests" wait is kept per origin.
    QString serverOrigin;
    // Where those waits are kept across restarts (ServerCooldowns); empty: for this run only.
    QString cooldownFile;
    // Auth/FailMode=open, honoured only when set by policy: after the password, a code service that cannot be
    // reached at all (no DNS answer, connection refused, timeout) lets the user in as Outcome::FailedOpen.
    bool failOpen = false;
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
    // FailedOpen: let in without a code because the code service could not be reached and policy says
    // Auth/FailMode=open. Never a normal sign-in: its own exit code, never "signed-in" in --print-result.
    enum class Outcome { SignedIn, Cancelled, Failed, FailedOpen };
    Q_ENUM(Outcome)
    /** Where the phone step's prefilled number comes from, in order of precedence. */
    using NumberSource = PrefilledNumber::Source;

    SignInFlow(AuthService *auth, SecretStore *secrets, Clock *clock, FlowOptions options,
               QObject *parent = nullptr);
    ~SignInFlow() override;

    Step step() const { return m_step; }
    /** One server call (or keychain read) at a time: while busy, nothing is submitted. */
    bool isBusy() const { return m_pending != Pending::None; }
    /** Busy with the server for stillWaitingSeconds or longer: front ends say so and offer abortRequest(). */
    bool isWaitingLong() const { return m_waitingLong; }
    /** How long a server call runs before isWaitingLong(). */
    static constexpr int stillWaitingSeconds = 5;
    /** Busy only with what this computer remembers (a session, the local account) before the first step:
     *  the user may type meanwhile; nothing is submitted until it is done. */
    bool isPreparing() const { return m_pending == Pending::Prepare || m_pending == Pending::Resume; }
    bool isFinished() const { return m_outcome.has_value(); }
    AuthError error() const { return m_error; }
    QString errorText() const { return m_error.userMessage(); }
    /** A one-line, non-error remark (e.g. why nothing will be remembered). */
    QString notice() const { return m_notice; }

    const FlowOptions &options() const { return m_options; }
    /** The origin the server's waits are kept for (FlowOptions::serverOrigin), once the sandbox listens. */
    void setServerOrigin(const QString &origin) { m_options.serverOrigin = origin; }
    QString username() const { return m_username; }
    /** What "Remember me" shows on the password step: the admin's default at first, the user's last choice
     *  after a wrong password, off after signing out (the user has just undone it). */
    bool rememberMeSuggested() const { return m_rememberMeSuggested && m_options.rememberMeAllowed; }
    /**
     * The password was accepted and "Remember me" is still to be answered with setRememberMe(): a front end
     * that submitted the password without the choice asks it now. Meanwhile the session stays in memory,
     * and a sign-in that ends as signed in is announced only once it is answered.
     */
    bool isRememberMeOpen() const;
    QString displayName() const { return m_displayName; }
    /**
     * Channels the user may choose: allowed by settings and offered by the server; email only where the
     * server has an address on file to send to.
     */
    QList<Channel> offeredChannels() const;
    Channel channel() const { return m_channel; }
    /** The number the code went to, masked for display ("+1 ••• ••• ••42"). */
    QString maskedPhone() const;
    /** Where the code went, masked: the address on file for a code by email, otherwise maskedPhone(). */
    QString maskedDestination() const;
    /** The address on file, masked ("d•••@example.com"); empty when the server has none. */
    QString maskedEmailOnFile() const { return m_capabilities.maskedEmailOnFile; }
    QString maskedNumberOnFile() const { return m_capabilities.maskedNumberOnFile; }
    /** The number the phone step offers: policy > backend > enrolment > last sign-in. */
    NumberSource prefilledNumberSource() const;
    /** The prefilled number masked ("+1 ••• ••• ••42"); the full number stays in the flow. Empty: none. */
    QString maskedPrefilledNumber() const;
    /** Whether submitPrefilledNumber() can send to it: the full number is known, or the server has it. */
    bool canSendToPrefilledNumber() const;
    /** Policy fixes the number (Auth/PhoneNumber locked): front ends offer no other. */
    bool isPhoneNumberLocked() const;
    /** Expected code length; 0 when unknown (then the code is submitted explicitly). */
    int codeLength() const { return m_capabilities.codeLength; }
    int resendSecondsLeft() const;
    int callSecondsLeft() const;
    int lockoutSecondsLeft() const;
    /** When the lockout (or the server's "too many requests" wait) ends; invalid when none runs. */
    QDateTime lockoutEndsAt() const;
    bool canResend() const;
    bool canRequestCall() const;
    /** The code went by SMS or WhatsApp, and calls are offered: "Call me instead" makes sense. */
    bool offersCallInstead() const;
    /** After a call or an email, SMS is the way back: offered, and there is a number to send to. */
    bool offersTextInstead() const;
    /** The code did not go by email, and the address on file is offered. */
    bool offersEmailInstead() const;
    /**
     * After a call or an email: whether the code can go by SMS again (offered, a number to send to, and the
     * resend wait is over).
     */
    bool canRequestText() const;
    /** Whether a new code can go to the address on file instead (offered, and the resend wait is over). */
    bool canRequestEmail() const;
    /** After an ambiguous failure the same code may be sent again, but only by an explicit retry. */
    bool canRetryCode() const { return m_retryAllowed && !m_lastSubmittedCode.isEmpty(); }
    /** True from the enrolment step until the new account is stored: the code verifies a new number. */
    bool isEnrolling() const { return m_enrolling; }
    /** Only a service with a local account (direct mode) ever leads to Step::Enrolment. */
    bool mayEnrol() const { return m_localAccount != nullptr; }
    /** Whether "Use a different number" makes sense (not when the server sends to the number on file). */
    bool canUseDifferentNumber() const
    {
        return m_step == Step::Code && !m_capabilities.sendsToNumberOnFile && !isPhoneNumberLocked();
    }

    /** "Remember this device" can be ticked: policy allows it and the server (or direct mode) offers it. */
    bool isRememberDeviceOffered() const;
    /** The box is shown: offered, or offered by the server but turned off by a locked policy. */
    bool isRememberDeviceShown() const;
    /** For how many days the device would be remembered: the policy's, capped by the server's. */
    int rememberDeviceDays() const;
    bool remembersDevice() const { return m_rememberDevice; }
    /** This sign-in ended without a code because the code service was unreachable (Auth/FailMode=open). */
    bool isFailedOpen() const { return m_failedOpen; }
    /** This sign-in skipped the code because the device was remembered. */
    bool isSignedInByDeviceTrust() const { return m_signedInByDeviceTrust; }
    /** On Done, whether "Change phone number…" is possible (direct mode's local account). */
    bool canChangeNumber() const;
    /** True from changeNumber() until the new number is stored or the change is cancelled. */
    bool isChangingNumber() const;
    /** The notice shown after signOut(). */
    static QString signedOutNotice();
    /** The notice that confirms a code the user asked for again: by which channel, and when it went. */
    static QString resentNotice(Channel channel, const QDateTime &sentAt);

    /** The shortest password accepted at enrolment. */
    static constexpr int minimumPasswordLength = 10;
    // Verify codes have 4 to 10 digits; a server that does not announce its length is held to that.
    static constexpr int minimumCodeLength = 4;
    static constexpr int maximumCodeLength = 10;

    /** Digits only: strips separators and words ("Your code: 123-456"), maps non-ASCII digits. */
    static QString normalizeCode(const QString &input);

public slots:
    /** Prepares the service, then enrols (direct mode's first run) or resumes a remembered session. */
    void start();
    void submitPassword(const QString &username, const QString &password, bool rememberMe);
    /** The same, with "Remember me" left open: asked once the password is accepted (isRememberMeOpen()). */
    void submitPassword(const QString &username, const QString &password);
    /** Direct mode's first run: the local account's username and a new password, typed twice. */
    void submitEnrolment(const QString &username, const QString &password, const QString &confirmation);
    void submitPhone(const QString &input, const QString &region, latchkey::Channel channel);
    /** Sends the code to the prefilled number (see prefilledNumberSource()). */
    void submitPrefilledNumber(latchkey::Channel channel);
    /** Sends the code by email to the address on file (never to one typed here). */
    void submitEmailOnFile();
    void submitCode(const QString &input);
    void retryCode();
    void resendCode();
    void requestCall();
    /** Back to SMS after a call or an email: a new code by text message to the same number. */
    void requestText();
    /** A new code by email to the address on file, never to one typed here. */
    void requestEmail();
    void useDifferentNumber();
    /** Stops the request in flight and stays on the step, keeping what was typed. */
    void abortRequest();
    /** Ends the sign-in without signing in. */
    void cancel();
    /** Whether an approved code remembers this device (the code page's box). */
    void setRememberDevice(bool remember);
    /**
     * Whether this sign-in's session is kept in the keychain ("Remember me"), until the sign-in is finished.
     * After the password was accepted the session is stored (or forgotten) at once; nothing when policy does
     * not offer Remember me.
     */
    void setRememberMe(bool remember);
    /**
     * Forgets the remembered session and the remembered device (keychain and server). From Done, the flow
     * starts over at the password step and is no longer finished.
     */
    void signOut();
    /**
     * From Done: changes the enrolled number. A sign-in that skipped the code (remembered device) first
     * verifies the old number with a code; then the new number is verified and stored, remembered devices
     * are forgotten, and the flow is back at Done. cancel() during the change returns to Done unchanged.
     */
    void changeNumber();
    void clearError();
    /**
     * The user is typing on the current step: the connection its request will use is opened now, or kept
     * (at most once a second), so that the request neither waits for a handshake nor finds a connection the
     * server closed while the user was away. Nothing is sent.
     */
    void noteTyping();

signals:
    void stepChanged(latchkey::SignInFlow::Step step);
    void busyChanged(bool busy);
    void waitingLongChanged(bool waitingLong);
    void errorChanged(const latchkey::AuthError &error);
    void noticeChanged(const QString &notice);
    /** Channel, code length, masked number or display name changed. */
    void detailsChanged();
    void resendSecondsLeftChanged(int seconds);
    void callSecondsLeftChanged(int seconds);
    void lockoutSecondsLeftChanged(int seconds);
    void finished(latchkey::SignInFlow::Outcome outcome);
    /** Signed out from Done: the flow is back at the password step, no longer finished. */
    void signedOut();
    /** A code went out: the first of this step (`resent` false) or one the user asked for again. */
    void codeSent(bool resent);
    /** A number change ended back at Done: changed (the new number is stored) or cancelled. */
    void numberChangeFinished(bool changed);

private:
    /** The call (or keychain read) in flight; None when idle. */
    enum class Pending {
        None,
        Prepare,
        Resume,
        ReadDeviceTrust,
        Login,
        LoginWithDeviceToken, // the remembered device's token went with the password
        BeginEnrolment,
        SendCode,
        Resend,
        CheckCode,
        CompleteEnrolment,
        ChangeNumber
    };

    void setStep(Step step);
    /** Busy is derived from it: busyChanged() is emitted when that changes. */
    void setPending(Pending pending);
    void setWaitingLong(bool waitingLong);
    /** Stores the login's session when Remember me is on, forgets any stored one when it is off. */
    void applyRememberMe();
    void setError(const AuthError &error);
    void setNotice(const QString &notice);
    void finish(Outcome outcome);
    void sendCode(const std::optional<E164Number> &to, Channel channel, Pending pending);

    void onRememberedSessionRead(const QByteArray &token, SecretStore::Error error, const QString &message);
    void onPrepared(bool needsEnrolment);
    void readRememberedSession();
    void onDeviceTokenRead(const QByteArray &token);
    /** The keychain key of device trust when policy allows it and the service has it; empty otherwise. */
    QString deviceTrustKeyInUse() const;
    void logInWith(const QString &password, const QByteArray &deviceToken);
    /** Keeps (or forgets) the number an approved code went to, for the next sign-in's phone step. */
    void rememberLastPhoneNumber();
    void onEnrolmentStarted();
    void onEnrolmentCompleted();
    /** Goes to the phone step for the number change's new number. */
    void askForNewNumber();
    void onNumberChanged();
    void endNumberChange();
    void onLoggedIn(const LoginResult &result);
    void onCodeSent(const CodeSentResult &result);
    void onCodeApproved();
    void onFailed(const AuthError &error);
    void applyFailure(Pending pending, const AuthError &error);
    void wipePendingPassword();
    /** Takes back the "a new code was sent at …" notice when it no longer applies. */
    void clearResentNotice();
    /**
     * True (and the countdown and the error shown) while the server's "too many requests" wait for this
     * origin runs, kept from this run or an earlier one: then no code may be asked for.
     */
    bool serverAsksToWait();
    /** Records the wait a rate-limited send-code asked for, per origin and across restarts. */
    void keepServerWait(const AuthError &error);
    /** Auth/FailMode=open applies: after the password, the code service was not reached at all. */
    bool failsOpenOn(const AuthError &error) const;

    QElapsedTimer m_sinceConnectionPrepared; // invalid until the first noteTyping()
    AuthService *m_auth;
    LocalAccountService *m_localAccount; // the same service when it has a local account (direct mode)
    Clock *m_clock;
    FlowOptions m_options;
    RememberedSignIn *m_remembered;
    NumberChange *m_numberChange;
    PrefilledNumber m_prefilled; // after the two it reads
    Countdown *m_resendCountdown;
    Countdown *m_callCountdown;
    Countdown *m_lockoutCountdown;
    Countdown *m_stillWaitingCountdown; // a server call's first seconds, before isWaitingLong()
    ServerCooldowns m_cooldowns;

    Step m_step = Step::Password;
    Pending m_pending = Pending::None;
    std::optional<Outcome> m_outcome; // set once finished; reset by signing out or changing the number
    AuthError m_error;
    QString m_notice;
    QString m_resentNotice; // the notice of the last resend, while it is the one shown

    QString m_username;
    QString m_displayName;
    bool m_rememberMe = false;
    bool m_rememberMeSuggested = false;
    bool m_rememberMeAnswered = false; // by submitPassword()'s choice, setRememberMe() or policy
    // The session of this run's login, in memory only: stored by applyRememberMe(), wiped when finished.
    QByteArray m_sessionToken;
    bool m_finishWhenRememberMeAnswered = false; // signed in while Remember me was still open
    bool m_waitingLong = false;
    ServerCapabilities m_capabilities;
    std::optional<E164Number> m_phone; // the number codes go to; empty for the number on file
    Channel m_channel = Channel::Sms;
    QString m_lastSubmittedCode;
    bool m_retryAllowed = false;
    bool m_enrolling = false;
    // Device trust: the password waits here only while the keychain is read, just before the login.
    QString m_pendingPassword;
    bool m_rememberDevice = false;
    bool m_signedInByDeviceTrust = false;
    bool m_passwordAccepted = false; // this run's password was accepted (not a resumed session)
    bool m_failedOpen = false;
};

} // namespace latchkey
