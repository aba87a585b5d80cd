// Fuzz target: phone number input as the phone page and the terminal take it, through libphonenumber. An
// input whose first line is a region ("DE") is parsed for that region, any other for "US". Checks what
// the rest of the app trusts: a possible number is E.164 and survives E164Number::fromString(); its masked
// form keeps the full number out; the as-you-type formatter keeps its cursor inside the text.
#include "E164Number.h"
#include "FuzzSupport.h"
#include "PhoneNumber.h"
#include "PhoneNumberFormatter.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace latchkey;

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        fprintf(stderr, "fuzz: broken invariant: %s\n", what);
        abort();
    }
}

bool isE164(const QString &text)
{
    if (text.size() < 2 || text.size() > 16 || text.at(0) != u'+') {
        return false;
    }
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i) < u'0' || text.at(i) > u'9') {
            return false;
        }
    }
    return true;
}

void checkFormatted(const PhoneNumberFormatter::Result &result, const char *what)
{
    require(result.cursor >= 0 && result.cursor <= result.text.size(), what);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    latchkey::fuzz::ensureApplication();
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString region = QStringLiteral("US");
    const qsizetype newline = text.indexOf(u'\n');
    if (newline >= 0 && newline <= 3) {
        region = text.left(newline);
        text = text.mid(newline + 1);
    }

    const PhoneNumber parsed = PhoneNumber::parse(text, region);
    if (parsed.isPossible()) {
        require(isE164(parsed.e164()), "a possible number is E.164");
        const std::optional<E164Number> number = parsed.number();
        require(number.has_value() && number->toString() == parsed.e164(), "number() is the E.164 text");
        const std::optional<E164Number> again = E164Number::fromString(parsed.e164());
        require(again.has_value() && *again == *number, "E164Number::fromString() takes what parse() made");
        const QString masked = number->masked();
        require(!masked.contains(parsed.e164().mid(1)), "the masked number hides the number");
    } else {
        require(!parsed.number().has_value(), "an impossible number is not handed on");
        parsed.problemText();
    }

    const std::optional<E164Number> stored = E164Number::fromString(text);
    if (stored) {
        require(isE164(stored->toString()), "a stored number is E.164");
    }

    const QString normalized = PhoneNumberFormatter::normalize(text, region);
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        const QChar c = normalized.at(i);
        require((c >= u'0' && c <= u'9') || (c == u'+' && i == 0), "normalize() gives a + and ASCII digits");
    }
    const int cursor = static_cast<int>(text.size() / 2);
    checkFormatted(PhoneNumberFormatter::format(text, cursor, region),
                   "format() keeps the cursor in the text");
    checkFormatted(PhoneNumberFormatter::backspace(text, cursor, region),
                   "backspace() keeps the cursor in the text");
    checkFormatted(PhoneNumberFormatter::deleteForward(text, cursor, region),
                   "deleteForward() keeps the cursor in the text");
    checkFormatted(PhoneNumberFormatter::switchRegion(text, QStringLiteral("DE")),
                   "switchRegion() keeps the cursor in the text");
    PhoneNumberFormatter::callingCode(text, region);
    PhoneNumberFormatter::regionOf(text, region);
    return 0;
}
