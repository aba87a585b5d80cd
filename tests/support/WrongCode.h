#pragma once

#include <QString>

namespace latchkey::testing {

/** A code of the same length as `code` that differs from it in every digit: certainly a wrong guess. */
inline QString wrongCodeFor(const QString &code)
{
    QString wrong;
    for (const QChar c : code) {
        wrong += QChar(u'0' + (c.digitValue() + 1) % 10);
    }
    return wrong;
}

} // namespace latchkey::testing
