#include "DeviceTrustRecord.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace latchkey {

QByteArray DeviceTrustRecord::serialize() const
{
    const QJsonObject object{
        {QStringLiteral("username"), username},
        {QStringLiteral("token"), QString::fromLatin1(token.toBase64())},
        {QStringLiteral("until"), until.toUTC().toString(Qt::ISODate)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool DeviceTrustRecord::deserialize(const QByteArray &data, DeviceTrustRecord *record)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return false;
    }
    const QJsonObject object = document.object();
    record->username = object.value(QStringLiteral("username")).toString();
    record->token = QByteArray::fromBase64(object.value(QStringLiteral("token")).toString().toLatin1());
    record->until = QDateTime::fromString(object.value(QStringLiteral("until")).toString(), Qt::ISODate);
    return !record->username.isEmpty() && !record->token.isEmpty() && record->until.isValid();
}

} // namespace latchkey
