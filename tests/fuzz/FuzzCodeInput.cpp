// Fuzz target: the one-time code as the code page and the terminal take it (SignInFlow::normalizeCode,
// which both call): what comes out is ASCII digits only, never longer than what went in, and stable.
#include "FuzzSupport.h"
#include "SignInFlow.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace latchkey;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    latchkey::fuzz::ensureApplication();
    const QString input =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString code = SignInFlow::normalizeCode(input);
    bool ok = code.size() <= input.size() && SignInFlow::normalizeCode(code) == code;
    for (const QChar c : code) {
        ok = ok && c >= u'0' && c <= u'9';
    }
    if (!ok) {
        fprintf(stderr, "fuzz: normalizeCode() gave more than ASCII digits, or changed on a second pass\n");
        abort();
    }
    return 0;
}
