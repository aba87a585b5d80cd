#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace latchkey {

namespace {

/** Printable ASCII that JSON writes as it is: no quote, no backslash, no control character. */
bool isPlain(const QString &text)
{
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit < 0x20 || unit > 0x7e || unit == u'"' || unit == u'\\') {
            return false;
        }
    }
    return true;
}

} // namespace

void JsonText::separate()
{
    if (!m_bytes.isEmpty() && !m_bytes.endsWith('{') && !m_bytes.endsWith('[')) {
        m_bytes.append(',');
    }
}

void JsonText::key(const char *key)
{
    separate();
    m_bytes.append('"').append(key).append("\":");
}

void JsonText::string(const QString &value)
{
    if (isPlain(value)) {
        m_bytes.append('"').append(value.toLatin1()).append('"');
        return;
    }
    // Anything else, rare on these answers (a translated message text), is escaped as Qt escapes it.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    m_bytes.append(array.mid(1, array.size() - 2));
}

JsonText &JsonText::beginObject()
{
    separate();
    m_bytes.append('{');
    return *this;
}

JsonText &JsonText::beginObject(const char *name)
{
    key(name);
    m_bytes.append('{');
    return *this;
}

JsonText &JsonText::endObject()
{
    m_bytes.append('}');
    return *this;
}

JsonText &JsonText::beginArray(const char *name)
{
    key(name);
    m_bytes.append('[');
    return *this;
}

JsonText &JsonText::endArray()
{
    m_bytes.append(']');
    return *this;
}

JsonText &JsonText::field(const char *name, const QString &value)
{
    key(name);
    string(value);
    return *this;
}

JsonText &JsonText::field(const char *name, bool value)
{
    key(name);
    m_bytes.append(value ? "true" : "false");
    return *this;
}

JsonText &JsonText::field(const char *name, int value)
{
    key(name);
    m_bytes.append(QByteArray::number(value));
    return *this;
}

JsonText &JsonText::field(const char *name, const QDateTime &value)
{
    if (!value.isValid()) {
        return nullField(name);
    }
    key(name);
    const QDateTime utc = value.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (date.year() < 1000 || date.year() > 9999) {
        string(utc.toString(Qt::ISODate)); // as Qt writes such years
        return *this;
    }
    // What toString(Qt::ISODate) writes for UTC, without its printf-style formatting (a tenth of a request).
    char text[] = "\"0000-00-00T00:00:00Z\"";
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10) {
            text[at + i] = char('0' + value % 10);
        }
    };
    put(1, date.year(), 4);
    put(6, date.month(), 2);
    put(9, date.day(), 2);
    put(12, time.hour(), 2);
    put(15, time.minute(), 2);
    put(18, time.second(), 2);
    m_bytes.append(text, sizeof(text) - 1);
    return *this;
}

JsonText &JsonText::nullField(const char *name)
{
    key(name);
    m_bytes.append("null");
    return *this;
}

} // namespace latchkey
