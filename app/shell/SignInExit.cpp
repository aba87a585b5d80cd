#include "SignInExit.h"

#include "Console.h"
#include "LaunchSettings.h"
#include "SignInResult.h"

namespace latchkey {

ExitCode SignInExit::exitCodeFor(SignInFlow::Outcome outcome)
{
    switch (outcome) {
    case SignInFlow::Outcome::SignedIn:
        return ExitCode::SignedIn;
    case SignInFlow::Outcome::Cancelled:
        return ExitCode::Cancelled;
    case SignInFlow::Outcome::Failed:
        return ExitCode::Failed;
    case SignInFlow::Outcome::FailedOpen:
        return ExitCode::FailedOpen;
    }
    return ExitCode::Failed;
}

int SignInExit::finish(Console *console, const LaunchSettings &launch, ExitCode exitCode,
                       const SignInFlow *flow)
{
    if (launch.commandLine().printResult) {
        SignInResult result;
        result.exitCode = exitCode;
        result.mode = EffectiveSettings::modeName(launch.settings().mode);
        result.at = QDateTime::currentDateTimeUtc();
        if (flow) {
            result.username = flow->username();
            result.displayName = flow->displayName();
            if (exitCode == ExitCode::FailedOpen) {
                result.method = QStringLiteral("fail-open");
            } else if (exitCode == ExitCode::SignedIn) {
                result.method = flow->isSignedInByDeviceTrust() ? QStringLiteral("remembered-device")
                                                                : QStringLiteral("code");
            }
        }
        console->printOut(QString::fromUtf8(result.toJsonLine()));
    }
    return toInt(exitCode);
}

} // namespace latchkey
