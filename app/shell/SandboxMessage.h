#pragma once

#include "Channel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace latchkey {

/** One message in the sandbox's outbox, as GET /sandbox/messages lists it. */
struct SandboxMessage
{
    QString to;
    Channel channel = Channel::Sms;
    QString code;
    QDateTime at;
    QString locale;
    QString text; // as its recipient would read (or hear) it

    /** From {"to", "channel", "code", "locale", "text", "date_created"}; false when a field is missing. */
    static bool fromJson(const QJsonObject &json, SandboxMessage *message);
};

} // namespace latchkey

Q_DECLARE_METATYPE(latchkey::SandboxMessage)
