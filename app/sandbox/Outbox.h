#pragma once

#include "Channel.h"
#include "Clock.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <deque>

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
    /** toJson() as compact JSON, the same bytes QJsonDocument writes, written at less cost. */
    QByteArray toJsonText() const;
};

/**
 * Where the sandbox delivers codes instead of SMS, calls, WhatsApp or email. It keeps the latest
 * `capacity()` messages (a ring: the oldest goes when a new one finds it full) for tests and the sandbox
 * phone panel, indexed by destination, and it is the only place in Latchkey allowed to print a code: one
 * line per message through lcSandboxOutbox, which the application routes to stderr as "[sandbox] ...".
 */
class Outbox : public QObject
{
    Q_OBJECT
public:
    explicit Outbox(Clock *clock = Clock::system(), QObject *parent = nullptr);

    /** `locale` is Verify's Locale parameter ("de", "fr-CA", ...); unknown or empty ones fall back to en. */
    void deliver(const QString &to, Channel channel, const QString &code, const QString &locale = QString(),
                 const QString &friendlyName = QStringLiteral("Latchkey Sandbox"));

    /** Messages kept at most by default (docs/sandbox.md): a few megabytes. */
    static constexpr qsizetype defaultCapacity = 10000;
    qsizetype capacity() const { return m_capacity; }
    /** At least 1; drops the oldest messages beyond the new capacity. */
    void setCapacity(qsizetype capacity);

    /** The messages kept, oldest first. */
    QList<OutboxMessage> messages() const;
    /** The messages kept for one destination, oldest first; its cost does not depend on other numbers'. */
    QList<OutboxMessage> messagesTo(const QString &to) const;
    /** messages() and messagesTo() as GET /sandbox/messages answers them: a compact JSON list of toJson(). */
    QByteArray messagesJson() const;
    QByteArray messagesJsonTo(const QString &to) const;
    /** The code most recently delivered to this destination; empty when none is kept. */
    QString lastCodeFor(const QString &to) const;
    void clear();

    /** The languages message texts exist in; others fall back to English, as Verify's templates do. */
    static QStringList languages();
    /** The text of a code message: *usedLanguage receives the language actually used. */
    static QString messageText(Channel channel, const QString &code, const QString &locale,
                               const QString &friendlyName, QString *usedLanguage = nullptr);

signals:
    void delivered(const latchkey::OutboxMessage &message);

private:
    void dropOldest();

    Clock *m_clock;
    qsizetype m_capacity = defaultCapacity;
    std::deque<OutboxMessage> m_messages; // the ring, oldest first
    std::deque<QByteArray> m_json;        // each one's compact toJson(), made once
    quint64 m_first = 0;                  // the sequence number of m_messages.front()
    // Each destination's messages, oldest first. A QList, not a deque: most numbers have one message, and a
    // deque's first block alone is half a kilobyte (5 MB for a full outbox of distinct numbers).
    QHash<QString, QList<quint64>> m_sequencesByTo;
};

} // namespace latchkey

Q_DECLARE_METATYPE(latchkey::OutboxMessage)
