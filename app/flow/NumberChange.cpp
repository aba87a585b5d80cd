#include "NumberChange.h"

#include "RememberedSignIn.h"

namespace latchkey {

NumberChange::NumberChange(AuthService *auth, RememberedSignIn *remembered, QObject *parent)
    : QObject(parent)
    , m_auth(auth)
    , m_remembered(remembered)
{
    connect(m_auth, &AuthService::numberChanged, this, &NumberChange::onStored);
    connect(m_auth, &AuthService::failed, this, [this] { m_storing.clear(); });
}

void NumberChange::begin(bool oldNumberProven)
{
    m_stage = oldNumberProven ? Stage::NewNumber : Stage::OldNumber;
}

void NumberChange::store(const QString &e164)
{
    m_storing = e164;
    m_auth->changeNumber(e164);
}

void NumberChange::onStored()
{
    if (m_storing.isEmpty()) {
        return;
    }
    const QString number = m_storing;
    m_storing.clear();
    if (const QString trustKey = m_auth->deviceTrustKey(); !trustKey.isEmpty()) {
        m_remembered->forgetDeviceToken(trustKey); // a remembered device was bound to the old number
    }
    emit changed(number);
}

} // namespace latchkey
