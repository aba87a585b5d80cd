#pragma once

#include "SignInFlow.h"

#include <QObject>
#include <QThread>

namespace latchkey {

/** Reads standard input line by line on its own thread, so the event loop never blocks on the terminal. */
class LineReader : public QThread
{
    Q_OBJECT
public:
    using QThread::QThread;

signals:
    void lineRead(const QString &line);
    void endOfInput();

protected:
    void run() override;
};

/**
 * The terminal twin of the wizard (--tty): prompts on stderr, reads answers from stdin, and renders the
 * same SignInFlow. stdout stays free for machine-readable results.
 */
class TerminalFrontEnd : public QObject
{
    Q_OBJECT
public:
    explicit TerminalFrontEnd(SignInFlow *flow, QObject *parent = nullptr);
    ~TerminalFrontEnd() override;

    /** Extra text printed before the first prompt (the sandbox's demo account). */
    void setHint(const QString &hint) { m_hint = hint; }
    void start();
    /** Turns the terminal's echo of stdin on or off; does nothing when stdin is not a terminal. */
    static void setEcho(bool enabled);

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
        RememberDevice,  // after a code is typed, before it is checked
        NewNumberChannel // a number change: how the new number gets its code, when there is a choice
    };

    void say(const QString &text);
    /** Where the code went, as one sentence. */
    QString sentText() const;
    void prompt(Awaiting awaiting);
    void render();
    void onLine(const QString &line);
    void onEndOfInput();
    /** Hands the next queued line to the prompt that is waiting, if both exist. */
    void deliverQueuedLine();
    void answer(const QString &line);
    /** The channel prompt's choices: the default first when it is offered. */
    QList<Channel> channelChoices() const;

    SignInFlow *m_flow;
    LineReader *m_reader;
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
    QString m_newNumber;                // waits for the channel answer during a number change
};

} // namespace latchkey
