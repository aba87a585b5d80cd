#include "Outbox.h"

#include "JsonText.h"
#include "Logging.h"

#include <QJsonDocument>

namespace latchkey {

namespace {

/** A call reads the code digit by digit, as Verify's voice template does. */
QString spokenDigits(const QString &code)
{
    QStringList digits;
    for (const QChar c : code) {
        digits.append(QString(c));
    }
    return digits.join(QStringLiteral(", "));
}

} // namespace

QJsonObject OutboxMessage::toJson() const
{
    return QJsonObject{
        {QStringLiteral("to"), to},     {QStringLiteral("channel"), channelWireName(channel)},
        {QStringLiteral("code"), code}, {QStringLiteral("locale"), locale},
        {QStringLiteral("text"), text}, {QStringLiteral("date_created"), at.toUTC().toString(Qt::ISODate)},
    };
}

QByteArray OutboxMessage::toJsonText() const
{
    // What toJson() holds, written without building it: every start delivers a message.
    JsonText json;
    json.beginObject()
        .field("channel", channelWireName(channel))
        .field("code", code)
        .field("date_created", at)
        .field("locale", locale)
        .field("text", text)
        .field("to", to)
        .endObject();
    return json.bytes();
}

Outbox::Outbox(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    qRegisterMetaType<latchkey::OutboxMessage>();
}

QStringList Outbox::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")};
}

QString Outbox::messageText(Channel channel, const QString &code, const QString &locale,
                            const QString &friendlyName, QString *usedLanguage)
{
    // "fr-CA" and "fr" both read French; anything we have no text for reads English.
    QString language = locale.left(2).toLower();
    if (!languages().contains(language)) {
        language = QStringLiteral("en");
    }
    if (usedLanguage) {
        *usedLanguage = language;
    }
    // Sandbox message templates, not user interface text: they stand for what Verify would send.
    const bool call = channel == Channel::Call;
    const QString shown = call ? spokenDigits(code) : code;
    if (language == QLatin1String("de")) {
        return call ? QStringLiteral("Ihr %1 Bestätigungscode lautet: %2. Noch einmal: %2.")
                          .arg(friendlyName, shown)
                    : QStringLiteral("Ihr %1 Bestätigungscode lautet: %2").arg(friendlyName, shown);
    }
    if (language == QLatin1String("es")) {
        return call ? QStringLiteral("Tu código de verificación de %1 es: %2. Repito: %2.")
                          .arg(friendlyName, shown)
                    : QStringLiteral("Tu código de verificación de %1 es: %2").arg(friendlyName, shown);
    }
    if (language == QLatin1String("fr")) {
        return call ? QStringLiteral("Votre code de vérification %1 est : %2. Je répète : %2.")
                          .arg(friendlyName, shown)
                    : QStringLiteral("Votre code de vérification %1 est : %2").arg(friendlyName, shown);
    }
    return call ? QStringLiteral("Your %1 verification code is: %2. Again: %2.").arg(friendlyName, shown)
                : QStringLiteral("Your %1 verification code is: %2").arg(friendlyName, shown);
}

void Outbox::deliver(const QString &to, Channel channel, const QString &code, const QString &locale,
                     const QString &friendlyName)
{
    OutboxMessage message{to, channel, code, m_clock->now(), QString(), QString()};
    message.text = messageText(channel, code, locale, friendlyName, &message.locale);
    if (qsizetype(m_messages.size()) >= m_capacity) {
        dropOldest();
    }
    m_sequencesByTo[to].push_back(m_first + m_messages.size());
    m_messages.push_back(message);
    m_json.push_back(message.toJsonText());
    // The one log line in Latchkey that may carry a code and a full number (see Logging.h). The code comes
    // first: scripts read the first six-digit word of a "[sandbox]" line.
    qCInfo(lcSandboxOutbox).noquote()
        << QStringLiteral("code %1 for %2 by %3 (%4): %5")
               .arg(code, to, channelWireName(channel), message.locale, message.text);
    emit delivered(message);
}

void Outbox::setCapacity(qsizetype capacity)
{
    m_capacity = qMax<qsizetype>(1, capacity);
    while (qsizetype(m_messages.size()) > m_capacity) {
        dropOldest();
    }
}

void Outbox::dropOldest()
{
    // The oldest message of all is also the oldest of its destination's.
    const auto sequences = m_sequencesByTo.find(m_messages.front().to);
    sequences->removeFirst(); // O(1): QList keeps the room it frees at the front
    if (sequences->isEmpty()) {
        m_sequencesByTo.erase(sequences);
    }
    m_messages.pop_front();
    m_json.pop_front();
    ++m_first;
}

void Outbox::clear()
{
    m_first += m_messages.size();
    m_messages.clear();
    m_json.clear();
    m_sequencesByTo.clear();
}

QList<OutboxMessage> Outbox::messages() const
{
    return QList<OutboxMessage>(m_messages.cbegin(), m_messages.cend());
}

QList<OutboxMessage> Outbox::messagesTo(const QString &to) const
{
    QList<OutboxMessage> found;
    const auto sequences = m_sequencesByTo.constFind(to);
    if (sequences != m_sequencesByTo.cend()) {
        found.reserve(qsizetype(sequences->size()));
        for (const quint64 sequence : *sequences) {
            found.append(m_messages[sequence - m_first]);
        }
    }
    return found;
}

QByteArray Outbox::messagesJson() const
{
    QByteArray list = "[";
    for (const QByteArray &json : m_json) {
        list += json;
        list += ',';
    }
    if (!m_json.empty()) {
        list.chop(1);
    }
    list += ']';
    return list;
}

QByteArray Outbox::messagesJsonTo(const QString &to) const
{
    QByteArray list = "[";
    const auto sequences = m_sequencesByTo.constFind(to);
    if (sequences != m_sequencesByTo.cend()) {
        for (const quint64 sequence : *sequences) {
            list += m_json[sequence - m_first];
            list += ',';
        }
        list.chop(1);
    }
    list += ']';
    return list;
}

QString Outbox::lastCodeFor(const QString &to) const
{
    const auto sequences = m_sequencesByTo.constFind(to);
    return sequences == m_sequencesByTo.cend() ? QString() : m_messages[sequences->back() - m_first].code;
}

} // namespace latchkey
