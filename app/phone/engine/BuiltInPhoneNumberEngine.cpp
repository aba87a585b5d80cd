// Linked into a program (latchkey_phone_builtin), this registers the engine before main(): no module is
// loaded then.
#include "LibPhoneNumberEngine.h"

namespace {

[[maybe_unused]] const bool registered = [] {
    static const latchkey::LibPhoneNumberEngine engine;
    latchkey::PhoneNumberEngine::setBuiltIn(&engine);
    return true;
}();

} // namespace
