#pragma once

#include "Console.h"
#include "SignInFlow.h"

#include <QObject>

namespace latchkey {

/**
 * The terminal twin of the wizard (--tty): prompts on the console's stderr, reads answers from its stdin,
 * and renders the same SignInFlow. stdout stays free for machine-readable results.
 */
class TerminalFrontEnd : public QObject
{
    Q_OBJECT
public:
    /** `console` must outlive the front end. */
    TerminalFrontEnd(SignInFlow *flow, Console *console, QObject *parent = nullptr);
    ~TerminalFrontEnd() override;

    /** Extra text printed before the first prompt (the sandbox's demo account). */
    void setHint(const QString &hint) { m_hint = hint; }
    void start();

private:
    enum class Awaiting {
        Nothing,
        Username,
        Password,
        Remember,
        EnrolUsername,
        EnrolPassword,
        EnrolConfirmation,
        Phone,
        Code,
        RememberDevice,   // after a code is typed, before it is checked
        NewNumberChannel, // a number change: how the new number gets its code, when there is a choice
        Wait              // the server asked to wait (or a lockout): nothing is asked or sent until it ends
    };

    void say(const QString &text);
    /** Where the code went, as one sentence. */
    QString sentText() const;
    /** What the code prompt offers besides the code: "r = resend", "c = call me", ... */
    QStringList codeActions() const;
    void prompt(Awaiting awaiting);
    void render();
    /** "Signed in as …" (or the fail-open warning), once per sign-in. */
    void sayDone();
    void onLine(const QString &line);
    void onEndOfInput();
    /** Hands the next queued line to the prompt that is waiting, if both exist. */
    void deliverQueuedLine();
    void answer(const QString &line);
    /** The channel prompt's choices: the default first when it is offered. */
    QList<Channel> channelChoices() const;
    /** Email is offered: "e" at the phone prompt sends the code to the address on file. */
    bool offersEmail() const;
    /** Says until when nothing will be sent, once, instead of the phone or code prompt. */
    /** Hands the typed password (then wiped) to the flow; Remember me is asked once it is accepted. */
    void submitPassword();
    void waitForLockout();
    void onLockoutSecondsLeftChanged(int seconds);

    SignInFlow *m_flow;
    Console *m_console;
    Awaiting m_awaiting = Awaiting::Nothing;
    // Lines typed (or piped) before their prompt is shown wait here, so scripted input is never lost.
    QStringList m_queuedLines;
    bool m_inputEnded = false;
    QString m_hint;
    QString m_username;
    QString m_password;
    QString m_lastError;
    bool m_enrolmentExplained = false;
    QString m_typedCode;                // waits for the "Remember this device" answer
    bool m_rememberDeviceAsked = false; // once per sign-in, not after every wrong code
    bool m_signedInSaid = false;        // a number change returns to Done: said once
    bool m_sentToSay = false;           // a code went out that the code prompt has not announced yet
    QString m_newNumber;                // waits for the channel answer during a number change
};

} // namespace latchkey
