#include "SandboxRoute.h"

#include <QJsonDocument>

namespace latchkey {

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            return header.second;
        }
    }
    return QByteArray();
}

QString SandboxRequest::cookie(const QByteArray &name) const
{
    // Several Cookie headers may arrive; each holds "a=1; b=2".
    for (const auto &header : headers) {
        if (header.first.compare("cookie", Qt::CaseInsensitive) != 0) {
            continue;
        }
        const QList<QByteArray> pairs = header.second.split(';');
        for (const QByteArray &pair : pairs) {
            const QByteArray trimmed = pair.trimmed();
            const qsizetype equals = trimmed.indexOf('=');
            if (equals > 0 && trimmed.left(equals) == name) {
                return QString::fromLatin1(trimmed.mid(equals + 1));
            }
        }
    }
    return QString();
}

SandboxReply SandboxReply::twilioError(int status, int code, const QString &message)
{
    return json(status, QJsonObject{
                            {QStringLiteral("code"), code},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("more_info"),
                             QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code)},
                            {QStringLiteral("status"), status},
                        });
}

namespace {

QJsonObject headersJson(const SandboxHeaders &headers)
{
    QJsonObject object;
    for (const auto &[name, value] : headers) {
        const QString key = QString::fromLatin1(name).toLower();
        if (SandboxExchange::carriesCredential(name)) {
            continue; // the log may be written to a file: no credentials in it
        }
        object.insert(key, QString::fromLatin1(value));
    }
    return object;
}

} // namespace

bool SandboxExchange::carriesCredential(const QByteArray &headerName)
{
    for (const char *name : {"authorization", "proxy-authorization", "cookie", "set-cookie"}) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QJsonObject SandboxExchange::toJson() const
{
    return QJsonObject{
        {QStringLiteral("route"), route},
        {QStringLiteral("method"), method},
        {QStringLiteral("path"), path},
        {QStringLiteral("request"), QJsonObject{{QStringLiteral("headers"), headersJson(requestHeaders)},
                                                {QStringLiteral("query"), query},
                                                {QStringLiteral("body"), QString::fromUtf8(requestBody)}}},
        {QStringLiteral("response"), QJsonObject{{QStringLiteral("status"), status},
                                                 {QStringLiteral("headers"), headersJson(responseHeaders)},
                                                 {QStringLiteral("body"), QString::fromUtf8(responseBody)}}},
    };
}

SandboxReply SandboxReply::json(int status, const QJsonObject &body)
{
    return json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SandboxReply SandboxReply::json(int status, const QByteArray &body)
{
    return {status, {{"Content-Type", "application/json"}}, body};
}

} // namespace latchkey
