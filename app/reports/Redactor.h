#pragma once

#include <QString>

namespace latchkey {

/**
 * Removes what must not leave the computer in a support bundle: phone numbers and email
 * addresses (masked as the app shows them), one-time codes, passwords, tokens, cookies, authorization
 * headers, credentials in URLs, and anything shaped like a Twilio secret. Applied to the whole bundle, so a
 * line that slipped into a log is caught too.
 */
class Redactor
{
public:
    static QString redact(const QString &text);
};

} // namespace latchkey
