#pragma once

#include "E164Number.h"

namespace latchkey::testing {

/** A number the test knows to be possible, as the parser makes it ("+1 (202) 555-0142" too). */
inline E164Number e164(const QString &text)
{
    return E164Number::fromString(text).value();
}

} // namespace latchkey::testing
