#include "EmailAddress.h"

#include <QRegularExpression>

namespace latchkey {

bool EmailAddress::looksValid(const QString &address)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")));
    return pattern.match(address).hasMatch();
}

QString EmailAddress::masked(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 1) {
        return QStringLiteral("•••");
    }
    return address.left(1) + QStringLiteral("•••") + address.mid(at);
}

} // namespace latchkey
