#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace latchkey {

/** How a one-time code reaches the user; the wire names are Twilio Verify's `Channel` values. */
enum class Channel { Sms, Call, WhatsApp, Email };

QString channelWireName(Channel channel);
/** Parses a wire name case-insensitively (Twilio echoes "SMS" and "sms" alike); false when unknown. */
bool channelFromWireName(const QString &name, Channel *channel);
/** All channels, in the order the UI offers them. */
QList<Channel> allChannels();

} // namespace latchkey

Q_DECLARE_METATYPE(latchkey::Channel)
