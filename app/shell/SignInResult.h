#pragma once

#include "ExitCode.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace latchkey {

/**
 * The one line `--print-result` writes on stdout when a sign-in ends, for a program that uses Latchkey as a
 * gate. It mirrors the exit code and names who signed in; it never carries a secret, a code or a phone
 * number.
 */
struct SignInResult
{
    ExitCode exitCode = ExitCode::Cancelled;
    QString username;    // empty unless signed in
    QString displayName; // empty unless signed in
    QString mode;        // Server/Mode: backend, twilio or sandbox
    // How the user got in: "code", "remembered-device", or "fail-open" (no code: see Auth/FailMode).
    QString method;
    QDateTime at; // when the sign-in ended (UTC)

    /** Compact JSON and a newline, e.g. {"status":"signed-in","username":"demo",...}. */
    QByteArray toJsonLine() const;
    /** The status word for an exit code: signed-in, cancelled, failed, configuration-error or fail-open. */
    static QString statusFor(ExitCode exitCode);
};

} // namespace latchkey
