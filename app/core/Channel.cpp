#include "Channel.h"

namespace latchkey {

QString channelWireName(Channel channel)
{
    switch (channel) {
    case Channel::Sms:
        return QStringLiteral("sms");
    case Channel::Call:
        return QStringLiteral("call");
    case Channel::WhatsApp:
        return QStringLiteral("whatsapp");
    case Channel::Email:
        return QStringLiteral("email");
    }
    return QString();
}

bool channelFromWireName(const QString &name, Channel *channel)
{
    for (Channel candidate : allChannels()) {
        if (name.compare(channelWireName(candidate), Qt::CaseInsensitive) == 0) {
            *channel = candidate;
            return true;
        }
    }
    return false;
}

QList<Channel> allChannels()
{
    return {Channel::Sms, Channel::Call, Channel::WhatsApp, Channel::Email};
}

} // namespace latchkey
