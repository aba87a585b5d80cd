#pragma once

#include "AuthError.h"
#include "Channel.h"
#include "Clock.h"
#include "SignInFlow.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

namespace latchkey {

/**
 * Watches one SignInFlow and describes each sign-in attempt it sees, from its first step to its outcome, as
 * one audit record: when, the mode, the channel and the destination's country, the number masked, how many
 * codes went out, wrong codes, Fraud Guard blocks (60410) and rate-limit refusals seen, the last error's
 * kind and Twilio code, and the time spent in each step. Never a password, code, token or full number.
 * The record goes to the sink given (an AuditLog's append, in the app) once the outcome is known; a
 * sign-out starts the next attempt.
 */
class SignInAudit : public QObject
{
    Q_OBJECT
public:
    using Sink = std::function<void(const QJsonObject &record)>;

    /** `mode` as settings name it: "backend", "twilio", "sandbox". */
    SignInAudit(SignInFlow *flow, Clock *clock, QString mode, Sink sink, QObject *parent = nullptr);

    /** The record of the attempt so far (the outcome is null until it is known). */
    QJsonObject record() const;

    static QString outcomeName(SignInFlow::Outcome outcome);

private:
    void reset();
    void onStepChanged(SignInFlow::Step step);
    void onError(const AuthError &error);
    void onCodeSent();
    void onFinished(SignInFlow::Outcome outcome);
    /** Adds the time since the current step began to its total. */
    void closeStep();

    QPointer<SignInFlow> m_flow;
    Clock *m_clock;
    QString m_mode;
    Sink m_sink;

    QDateTime m_startedAt;
    QDateTime m_stepStartedAt;
    SignInFlow::Step m_step = SignInFlow::Step::Password;
    QJsonObject m_stepMsecs;
    QString m_channel;
    QString m_country;
    QString m_maskedNumber;
    int m_codesSent = 0;
    int m_wrongCodes = 0;
    int m_fraudGuardBlocks = 0;
    int m_rateLimited = 0;
    AuthError m_lastError;
    QString m_outcome;
};

} // namespace latchkey
