#pragma once

#include "auth/Channel.h"
#include "core/Clock.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace latchkey {

/** One code the sandbox "sent": what a phone or mailbox would have received. */
struct OutboxMessage
{
    QString to;
    Channel channel = Channel::Sms;
    QString code;
    QDateTime at;
};

/**
 * Where the sandbox delivers codes instead of SMS, calls, WhatsApp or email. It keeps every message for
 * tests and the sandbox phone panel, and it is the only place in Latchkey allowed to print a code: one line
 * per message through lcSandboxOutbox, which the application routes to stderr as "[sandbox] ...".
 */
class Outbox : public QObject
{
    Q_OBJECT
public:
    explicit Outbox(Clock *clock = Clock::system(), QObject *parent = nullptr);

    void deliver(const QString &to, Channel channel, const QString &code);

    QList<OutboxMessage> messages() const { return m_messages; }
    /** The code most recently delivered to this destination; empty when none. */
    QString lastCodeFor(const QString &to) const;
    void clear() { m_messages.clear(); }

signals:
    void delivered(const latchkey::OutboxMessage &message);

private:
    Clock *m_clock;
    QList<OutboxMessage> m_messages;
};

} // namespace latchkey

Q_DECLARE_METATYPE(latchkey::OutboxMessage)
