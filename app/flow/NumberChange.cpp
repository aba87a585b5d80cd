#include "NumberChange.h"

#include "RememberedSignIn.h"

namespace latchkey {

NumberChange::NumberChange(LocalAccountService *localAccount, RememberedSignIn *remembered, QObject *parent)
    : QObject(parent)
    , m_localAccount(localAccount)
    , m_remembered(remembered)
{
    if (!m_localAccount) {
        return;
    }
    connect(m_localAccount, &LocalAccountService::numberChanged, this, &NumberChange::onStored);
    connect(m_localAccount, &AuthService::failed, this, [this] { m_storing = false; });
}

void NumberChange::begin(bool oldNumberProven)
{
    m_stage = oldNumberProven ? Stage::NewNumber : Stage::OldNumber;
}

void NumberChange::store(const E164Number &number)
{
    m_storing = true;
    m_localAccount->changeNumber(number);
}

void NumberChange::onStored()
{
    if (!m_storing) {
        return;
    }
    m_storing = false;
    // A remembered device was bound to the old number.
    m_remembered->forgetDeviceToken(m_localAccount->deviceTrustKey());
    emit changed();
}

} // namespace latchkey
