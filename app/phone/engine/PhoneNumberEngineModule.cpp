// The entry point of liblatchkey-phonenumbers.so, which PhoneNumberEngine::instance() loads on first use.
#include "LibPhoneNumberEngine.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT const latchkey::PhoneNumberEngine *latchkey_phone_number_engine()
{
    static const latchkey::LibPhoneNumberEngine engine;
    return &engine;
}
