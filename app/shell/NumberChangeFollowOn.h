#pragma once

#include <QObject>

namespace latchkey {

class SecretStore;
class SignInFlow;

/**
 * --change-number: once the sign-in succeeds, the flow goes on into the number change. When the change ends
 * the run (the terminal), finished() says how: 0 once the new number is stored and the remembered device is
 * gone from the keychain, 1 when the change is cancelled, 2 when it cannot start, 3 (with the reason) when
 * the keychain could not forget the device. In the window, the window stays open and decides.
 */
class NumberChangeFollowOn : public QObject
{
    Q_OBJECT
public:
    enum class End { WithTheRun, InTheWindow };

    /** `flow` and `secrets` must outlive this object, which is a child of the flow. */
    NumberChangeFollowOn(SignInFlow *flow, SecretStore *secrets, End end);

signals:
    /** Only with End::WithTheRun; `problem` is a whole line for stderr, empty unless the exit code is 3. */
    void finished(int exitCode, const QString &problem);

private:
    void onNumberChangeFinished(bool changed);

    SignInFlow *m_flow;
    SecretStore *m_secrets;
};

} // namespace latchkey
