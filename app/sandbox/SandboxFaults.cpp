#include "SandboxFaults.h"

#include <QHash>
#include <QSet>
#include <cmath>

namespace latchkey {

namespace {

using Kind = SandboxFault::Kind;

const QList<std::pair<Kind, QString>> &kindNames()
{
    static const QList<std::pair<Kind, QString>> names{
        {Kind::Latency, QStringLiteral("latency")},
        {Kind::ResetBefore, QStringLiteral("reset-before")},
        {Kind::ResetAfter, QStringLiteral("reset-after")},
        {Kind::ServerError, QStringLiteral("server-error")},
        {Kind::RateLimit, QStringLiteral("rate-limit")},
        {Kind::MalformedJson, QStringLiteral("malformed-json")},
        {Kind::Truncated, QStringLiteral("truncated")},
        {Kind::Html, QStringLiteral("html")},
        {Kind::Oversized, QStringLiteral("oversized")},
        {Kind::Drip, QStringLiteral("drip")},
        {Kind::Silent, QStringLiteral("silent")},
    };
    return names;
}

/** A whole number in [low, high] from a JSON value; nullopt for anything else. */
std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 low, qint64 high)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::trunc(number) || number < double(low) ||
        number > double(high)) {
        return std::nullopt;
    }
    return qint64(number);
}

/** "*" is any characters but '/', "**" any characters at all; the rest is literal. */
QRegularExpression pathPattern(const QString &glob)
{
    QString pattern;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        if (glob.at(i) == u'*') {
            const bool twice = i + 1 < glob.size() && glob.at(i + 1) == u'*';
            pattern += twice ? QStringLiteral(".*") : QStringLiteral("[^/]*");
            i += twice ? 1 : 0;
        } else {
            pattern += QRegularExpression::escape(glob.at(i));
        }
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

} // namespace

QString SandboxFault::kindName(Kind kind)
{
    for (const auto &[known, name] : kindNames()) {
        if (known == kind) {
            return name;
        }
    }
    return QString();
}

QJsonObject SandboxFault::toJson() const
{
    QJsonObject json{{QStringLiteral("route"), route},
                     {QStringLiteral("fault"), kindName(kind)},
                     {QStringLiteral("times"), times}};
    switch (kind) {
    case Kind::Latency:
    case Kind::RateLimit:
        json.insert(QStringLiteral("seconds"), seconds);
        break;
    case Kind::ServerError:
    case Kind::Html:
        json.insert(QStringLiteral("status"), status);
        break;
    case Kind::MalformedJson:
        if (status != 0) {
            json.insert(QStringLiteral("status"), status);
        }
        break;
    case Kind::Truncated:
        if (bytes >= 0) {
            json.insert(QStringLiteral("bytes"), double(bytes));
        }
        break;
    case Kind::Oversized:
        json.insert(QStringLiteral("status"), status);
        json.insert(QStringLiteral("bytes"), double(bytes));
        json.insert(QStringLiteral("chunked"), chunked);
        break;
    case Kind::Drip:
        json.insert(QStringLiteral("seconds"), seconds);
        json.insert(QStringLiteral("bytes"), double(bytes));
        break;
    case Kind::ResetBefore:
    case Kind::ResetAfter:
    case Kind::Silent:
        break;
    }
    return json;
}

bool SandboxFaults::add(const QJsonObject &json, QString *error)
{
    const auto refuse = [error](const QString &why) {
        *error = why;
        return false;
    };
    static const QSet<QString> known{QStringLiteral("route"),  QStringLiteral("fault"),
                                     QStringLiteral("times"),  QStringLiteral("seconds"),
                                     QStringLiteral("status"), QStringLiteral("bytes"),
                                     QStringLiteral("chunked")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            return refuse(QStringLiteral("unknown field \"%1\"").arg(it.key()));
        }
    }

    SandboxFault fault;
    fault.route = json.value(QLatin1String("route")).toString().simplified();
    const qsizetype space = fault.route.indexOf(u' ');
    fault.method = fault.route.left(space);
    const QString path = space < 0 ? QString() : fault.route.mid(space + 1);
    static const QRegularExpression methodPattern(QStringLiteral("^(\\*|[A-Z]+)$"));
    if (space < 0 || !methodPattern.match(fault.method).hasMatch() || !path.startsWith(u'/') ||
        path.contains(u' ')) {
        return refuse(QStringLiteral("route must be \"METHOD /path\", e.g. \"POST /api/auth/login\""));
    }
    fault.path = pathPattern(path);

    const QString kindName = json.value(QLatin1String("fault")).toString();
    bool kindFound = false;
    for (const auto &[kind, name] : kindNames()) {
        if (name == kindName) {
            fault.kind = kind;
            kindFound = true;
        }
    }
    if (!kindFound) {
        QStringList names;
        for (const auto &entry : kindNames()) {
            names.append(entry.second);
        }
        return refuse(QStringLiteral("fault must be one of: %1").arg(names.join(QStringLiteral(", "))));
    }

    if (json.contains(QLatin1String("times"))) {
        const std::optional<qint64> times = wholeNumber(json.value(QLatin1String("times")), 1, 1000000);
        if (!times) {
            return refuse(QStringLiteral("times must be a whole number from 1 to 1000000"));
        }
        fault.times = int(*times);
    }

    const QJsonValue seconds = json.value(QLatin1String("seconds"));
    const QJsonValue status = json.value(QLatin1String("status"));
    const QJsonValue bytes = json.value(QLatin1String("bytes"));
    const auto secondsIn = [&](double fallback, double low, double high) {
        if (seconds.isUndefined()) {
            fault.seconds = fallback;
            return true;
        }
        fault.seconds = seconds.toDouble(-1);
        return seconds.isDouble() && std::isfinite(fault.seconds) && fault.seconds > low &&
               fault.seconds <= high;
    };
    const auto statusIn = [&](int fallback, int low, int high) {
        const std::optional<qint64> value =
            status.isUndefined() ? std::optional<qint64>(fallback) : wholeNumber(status, low, high);
        fault.status = value ? int(*value) : 0;
        return value.has_value();
    };
    const auto bytesIn = [&](qint64 fallback, qint64 low, qint64 high) {
        const std::optional<qint64> value =
            bytes.isUndefined() ? std::optional<qint64>(fallback) : wholeNumber(bytes, low, high);
        fault.bytes = value ? *value : 0;
        return value.has_value();
    };

    switch (fault.kind) {
    case Kind::Latency:
        if (!secondsIn(1, 0, 600)) {
            return refuse(QStringLiteral("seconds must be more than 0 and at most 600"));
        }
        break;
    case Kind::RateLimit:
        if (!secondsIn(60, -1, 86400) || fault.seconds != std::trunc(fault.seconds)) {
            return refuse(QStringLiteral("seconds (Retry-After) must be a whole number from 0 to 86400"));
        }
        break;
    case Kind::ServerError:
        if (!statusIn(500, 500, 599)) {
            return refuse(QStringLiteral("status must be from 500 to 599"));
        }
        break;
    case Kind::Html:
        if (!statusIn(200, 200, 599)) {
            return refuse(QStringLiteral("status must be from 200 to 599"));
        }
        break;
    case Kind::MalformedJson:
        if (!statusIn(0, 200, 599)) {
            return refuse(QStringLiteral("status must be from 200 to 599"));
        }
        break;
    case Kind::Oversized:
        if (!statusIn(200, 200, 599)) {
            return refuse(QStringLiteral("status must be from 200 to 599"));
        }
        if (!bytesIn(8 * 1024 * 1024, 16, qint64(1) << 40)) {
            return refuse(QStringLiteral("bytes must be a whole number from 16 to 1099511627776"));
        }
        if (json.contains(QLatin1String("chunked")) && !json.value(QLatin1String("chunked")).isBool()) {
            return refuse(QStringLiteral("chunked must be true or false"));
        }
        fault.chunked = json.value(QLatin1String("chunked")).toBool();
        break;
    case Kind::Truncated:
        if (!bytesIn(-1, 0, qint64(1) << 40)) {
            return refuse(QStringLiteral("bytes must be a whole number, 0 or more"));
        }
        break;
    case Kind::Drip:
        if (!secondsIn(1, 0, 60)) {
            return refuse(QStringLiteral("seconds must be more than 0 and at most 60"));
        }
        if (!bytesIn(1, 1, 65536)) {
            return refuse(QStringLiteral("bytes must be a whole number from 1 to 65536"));
        }
        break;
    case Kind::ResetBefore:
    case Kind::ResetAfter:
    case Kind::Silent:
        break;
    }
    m_faults.append(fault);
    return true;
}

std::optional<SandboxFault> SandboxFaults::take(const QString &method, const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SandboxFault &fault = m_faults[i];
        if ((fault.method == QLatin1String("*") || fault.method == method) &&
            fault.path.match(path).hasMatch()) {
            const SandboxFault taken = fault;
            if (--fault.times <= 0) {
                m_faults.removeAt(i);
            }
            return taken;
        }
    }
    return std::nullopt;
}

QJsonArray SandboxFaults::toJson() const
{
    QJsonArray list;
    for (const SandboxFault &fault : m_faults) {
        list.append(fault.toJson());
    }
    return list;
}

} // namespace latchkey
