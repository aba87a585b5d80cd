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
    string(value.toUTC().toString(Qt::ISODate));
    return *this;
}

JsonText &JsonText::nullField(const char *name)
{
    key(name);
    m_bytes.append("null");
    return *this;
}

} // namespace latchkey
