#include "SandboxMessage.h"

namespace latchkey {

bool SandboxMessage::fromJson(const QJsonObject &json, SandboxMessage *message)
{
    SandboxMessage parsed;
    parsed.to = json.value(QStringLiteral("to")).toString();
    parsed.code = json.value(QStringLiteral("code")).toString();
    parsed.locale = json.value(QStringLiteral("locale")).toString();
    parsed.text = json.value(QStringLiteral("text")).toString();
    parsed.at = QDateTime::fromString(json.value(QStringLiteral("date_created")).toString(), Qt::ISODate);
    if (parsed.to.isEmpty() || parsed.code.isEmpty() ||
        !channelFromWireName(json.value(QStringLiteral("channel")).toString(), &parsed.channel)) {
        return false;
    }
    *message = parsed;
    return true;
}

} // namespace latchkey
