#include "sandbox/SandboxRoute.h"

#include <QJsonDocument>

namespace latchkey {

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

QString SandboxRequest::cookie(const QByteArray &name) const
{
    // Several Cookie headers may arrive; each holds "a=1; b=2".
    for (const auto &header : headers) {
        if (header.first.compare("cookie", Qt::CaseInsensitive) != 0)
            continue;
        const QList<QByteArray> pairs = header.second.split(';');
        for (const QByteArray &pair : pairs) {
            const QByteArray trimmed = pair.trimmed();
            const qsizetype equals = trimmed.indexOf('=');
            if (equals > 0 && trimmed.left(equals) == name)
                return QString::fromLatin1(trimmed.mid(equals + 1));
        }
    }
    return QString();
}

SandboxReply SandboxReply::json(int status, const QJsonObject &body)
{
    return {
        status, {{"Content-Type", "application/json"}}, QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

} // namespace latchkey
