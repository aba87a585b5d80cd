#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace latchkey {

/**
 * Compact JSON written straight into bytes, for the answers the sandbox gives on every start and check
 * (a Verification resource, an outbox message). Given the keys in QJsonObject's order (sorted), it writes the
 * same bytes as QJsonDocument::toJson(Compact) at a fraction of the cost: no tree of values to build and
 * walk. Strings other than plain printable ASCII are escaped by QJsonDocument itself.
 */
class JsonText
{
public:
    JsonText &beginObject();
    JsonText &beginObject(const char *key);
    JsonText &endObject();
    JsonText &beginArray(const char *key);
    JsonText &endArray();

    JsonText &field(const char *key, const QString &value);
    JsonText &field(const char *key, bool value);
    JsonText &field(const char *key, int value);
    /** An ISO 8601 UTC date ("2026-12-06T10:00:00Z"), or null when it is not valid. */
    JsonText &field(const char *key, const QDateTime &value);
    JsonText &nullField(const char *key);

    const QByteArray &bytes() const { return m_bytes; }

private:
    void key(const char *key);
    void separate();
    void string(const QString &value);

    QByteArray m_bytes;
};

} // namespace latchkey
