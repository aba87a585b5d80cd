#pragma once

#include <QString>

namespace latchkey {

/**
 * An email address as Latchkey handles one: its shape is checked (the mail server decides whether it exists)
 * and, on screen and in logs, it is shown masked ("d•••@example.com"), as numbers are.
 */
class EmailAddress
{
public:
    /** Something@domain.tld, without spaces or a second @. */
    static bool looksValid(const QString &address);
    /** The first character, three bullets and the domain: "d•••@example.com"; "•••" without a domain. */
    static QString masked(const QString &address);
};

} // namespace latchkey
