#include "sandbox/Outbox.h"

#include "core/Logging.h"

namespace latchkey {

Outbox::Outbox(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    qRegisterMetaType<latchkey::OutboxMessage>();
}

void Outbox::deliver(const QString &to, Channel channel, const QString &code)
{
    const OutboxMessage message{to, channel, code, m_clock->now()};
    m_messages.append(message);
    // The one log line in Latchkey that may carry a code and a full number (see Logging.h).
    qCInfo(lcSandboxOutbox).noquote()
        << QStringLiteral("code %1 for %2 by %3").arg(code, to, channelWireName(channel));
    emit delivered(message);
}

QString Outbox::lastCodeFor(const QString &to) const
{
    for (auto it = m_messages.crbegin(); it != m_messages.crend(); ++it) {
        if (it->to == to)
            return it->code;
    }
    return QString();
}

} // namespace latchkey
