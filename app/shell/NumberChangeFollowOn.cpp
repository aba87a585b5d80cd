#include "NumberChangeFollowOn.h"

#include "ExitCode.h"
#include "SecretRemoval.h"
#include "SignInExit.h"
#include "SignInFlow.h"

namespace latchkey {

NumberChangeFollowOn::NumberChangeFollowOn(SignInFlow *flow, SecretStore *secrets, End end)
    : QObject(flow)
    , m_flow(flow)
    , m_secrets(secrets)
{
    const bool endsRun = end == End::WithTheRun;
    connect(flow, &SignInFlow::finished, this, [this, endsRun](SignInFlow::Outcome outcome) {
        if (outcome == SignInFlow::Outcome::SignedIn && !m_flow->isChangingNumber()) {
            // Queued: finished() is emitted from inside the flow's own step change.
            QMetaObject::invokeMethod(
                this,
                [this, endsRun] {
                    if (!m_flow->canChangeNumber()) {
                        // Never wait on a change that cannot start.
                        if (endsRun) {
                            emit finished(toInt(ExitCode::Failed), QString());
                        }
                        return;
                    }
                    m_flow->changeNumber();
                },
                Qt::QueuedConnection);
        } else if (endsRun) {
            emit finished(toInt(SignInExit::exitCodeFor(outcome)), QString());
        }
    });
    if (endsRun) {
        connect(flow, &SignInFlow::numberChangeFinished, this, &NumberChangeFollowOn::onNumberChangeFinished);
    }
}

void NumberChangeFollowOn::onNumberChangeFinished(bool changed)
{
    if (!changed) {
        emit finished(toInt(ExitCode::Cancelled), QString());
        return;
    }
    // The flow forgets the remembered device without waiting; the run must not end before it is gone.
    connect(m_secrets, &SecretStore::removeFinished, this,
            [this](const QString &key, SecretStore::Error error, const QString &message) {
                if (key != SecretKey::directDeviceTrust) {
                    return;
                }
                if (SecretRemoval::failed(error)) {
                    emit finished(toInt(ExitCode::ConfigurationError), SecretRemoval::failureText(message));
                    return;
                }
                emit finished(toInt(ExitCode::SignedIn), QString());
            });
    m_secrets->remove(SecretKey::directDeviceTrust);
}

} // namespace latchkey
