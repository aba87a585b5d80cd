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
    connect(m_localAccount, &AuthService::failed, this, [this] { m_storing.clear(); });
}

void NumberChange::begin(bool oldNumberProven)
{
    m_stage = oldNumberProven ? Stage::NewNumber : Stage::OldNumber;
}

void NumberChange::store(const QString &e164)
{
    m_storing = e164;
    m_localAccount->changeNumber(e164);
}

void NumberChange::onStored()
{
    if (m_storing.isEmpty()) {
        return;
    }
    const QString number = m_storing;
    m_storing.clear();
    // A remembered device was bound to the old number.
    m_remembered->forgetDeviceToken(m_localAccount->deviceTrustKey());
    emit changed(number);
}

} // namespace latchkey
