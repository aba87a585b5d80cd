#include "SecretRemoval.h"

#include <QCoreApplication>

namespace latchkey {

QString SecretRemoval::failureText(const QString &message)
{
    return QStringLiteral("latchkey: ") +
           QCoreApplication::translate("main", "The keychain could not forget it: %1").arg(message);
}

} // namespace latchkey
