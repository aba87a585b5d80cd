#pragma once

#include "Channel.h"
#include "Clock.h"

#include <QDateTime>
#include <QJsonObject>
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
    QString locale; // the language the text is in: en, de, es or fr
    QString text;   // the message as the recipient would read (or hear) it

    /** {"to", "channel", "code", "locale", "text", "date_created"}: for GET /sandbox/messages and stdout. */
    QJsonObject toJson() const;
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

    /** `locale` is Verify's Locale parameter ("de", "fr-CA", ...); unknown or empty ones fall back to en. */
    void deliver(const QString &to, Channel channel, const QString &code, const QString &locale = QString(),
                 const QString &friendlyName = QStringLiteral("Latchkey Sandbox"));

    QList<OutboxMessage> messages() const { return m_messages; }
    /** The code most recently delivered to this destination; empty when none. */
    QString lastCodeFor(const QString &to) const;
    void clear() { m_messages.clear(); }

    /** The languages message texts exist in; others fall back to English, as Verify's templates do. */
    static QStringList languages();
    /** The text of a code message: *usedLanguage receives the language actually used. */
    static QString messageText(Channel channel, const QString &code, const QString &locale,
                               const QString &friendlyName, QString *usedLanguage = nullptr);

signals:
    void delivered(const latchkey::OutboxMessage &message);

private:
    Clock *m_clock;
    QList<OutboxMessage> m_messages;
};

} // namespace latchkey

Q_DECLARE_METATYPE(latchkey::OutboxMessage)
