#pragma once

#include "LocalAccountService.h"

#include <QObject>

namespace latchkey {

class RememberedSignIn;

/**
 * Direct mode's "Change phone number…" after a sign-in: which number the next code proves, and storing the
 * new number in the local account once its code is approved. A sign-in that skipped the code (a remembered
 * device) proves the old number first. Remembered devices were bound to the old number, so they are
 * forgotten when the new one is stored. The flow keeps the steps; this keeps where the change stands.
 */
class NumberChange : public QObject
{
    Q_OBJECT
public:
    enum class Stage {
        None,
        OldNumber, // a code to the number on file proves it is still the user's
        NewNumber, // the new number, then its code
    };

    /** `localAccount` may be null: a service without a local account has no number to change. */
    NumberChange(LocalAccountService *localAccount, RememberedSignIn *remembered, QObject *parent = nullptr);

    /** Whether the service has a local account whose number can change. */
    bool isPossible() const { return m_localAccount && m_localAccount->canChangeNumber(); }
    Stage stage() const { return m_stage; }
    bool isRunning() const { return m_stage != Stage::None; }

    /** Starts with the new number, or with the old one when this sign-in typed no code. */
    void begin(bool oldNumberProven);
    /** The old number's code was approved: the new number comes next. */
    void proveOldNumber() { m_stage = Stage::NewNumber; }
    /** The new number's code was approved: stores it; answers changed() or the service's failed(). */
    void store(const E164Number &number);
    /** Back to no change; a number already being stored still answers changed(). */
    void end() { m_stage = Stage::None; }

signals:
    /** The number being stored is now the enrolled one. */
    void changed();

private:
    void onStored();

    LocalAccountService *m_localAccount;
    RememberedSignIn *m_remembered;
    Stage m_stage = Stage::None;
    bool m_storing = false; // a number is on its way to the local account
};

} // namespace latchkey
