#include "SandboxServer.h"

#include "AttemptLog.h"
#include "SandboxClock.h"
#include "VerifyEmulator.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <optional>

// Verify v2's Verification Attempts API (/v2/Attempts, /v2/Attempts/{Sid}, /v2/Attempts/Summary) over the
// VerifyEmulator's AttemptLog. Where Twilio's documentation is silent the choices are in docs/sandbox.md.

namespace latchkey {

namespace {

constexpr int defaultPageSize = 50;
constexpr int maxPageSize = 1000;

QJsonValue isoTime(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

SandboxReply invalidParameter(const QString &name)
{
    return SandboxReply::twilioError(400, 60200, QStringLiteral("Invalid parameter: %1").arg(name));
}

/**
 * A query value decoded as a form decoder would: a literal '+' is a space, "%2B" a plus. So a number sent
 * with an unencoded '+' matches nothing, as with Twilio, and the client's encoding is what gets tested.
 */
QString queryValue(const QUrlQuery &query, const QString &name)
{
    QString raw = query.queryItemValue(name, QUrl::FullyEncoded);
    raw.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

/** The parameters both the List and the Summary take, or the name of the first malformed one. */
struct AttemptQuery
{
    AttemptLog::Filter filter;
    int pageSize = defaultPageSize;
    int page = 0;
    quint64 belowSequence = 0; // from PageToken
    QString invalid;           // the first malformed parameter's name
};

bool readSid(const QUrlQuery &query, const QString &name, QLatin1String prefix, QString *sid)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Z]{2}[0-9a-fA-F]{32}")));
    *sid = queryValue(query, name);
    return sid->isEmpty() || (sid->startsWith(prefix) && pattern.match(*sid).hasMatch());
}

bool readDate(const QUrlQuery &query, const QString &name, QDateTime *when)
{
    const QString text = queryValue(query, name);
    if (text.isEmpty()) {
        return true;
    }
    // ISO 8601 with a time and a zone ("2026-12-05T10:00:00Z"); a bare date or local time is refused.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})")));
    *when = QDateTime::fromString(text, Qt::ISODateWithMs);
    return pattern.match(text).hasMatch() && when->isValid();
}

bool readChannel(const QUrlQuery &query, std::optional<Channel> *channel)
{
    const QString text = queryValue(query, QStringLiteral("Channel"));
    if (text.isEmpty()) {
        return true;
    }
    Channel parsed = Channel::Sms;
    if (!channelFromWireName(text.toLower(), &parsed)) {
        return false; // rbm and the like: the sandbox never delivers on them, but they are refused, not empty
    }
    *channel = parsed;
    return true;
}

AttemptQuery readQuery(const QUrlQuery &query, bool paged)
{
    AttemptQuery result;
    AttemptLog::Filter &filter = result.filter;
    const auto fail = [&result](const QString &name) {
        result.invalid = name;
        return result;
    };
    if (!readDate(query, QStringLiteral("DateCreatedAfter"), &filter.createdAfter)) {
        return fail(QStringLiteral("DateCreatedAfter"));
    }
    if (!readDate(query, QStringLiteral("DateCreatedBefore"), &filter.createdBefore)) {
        return fail(QStringLiteral("DateCreatedBefore"));
    }
    if (!readSid(query, QStringLiteral("VerifyServiceSid"), QLatin1String("VA"), &filter.serviceSid)) {
        return fail(QStringLiteral("VerifyServiceSid"));
    }
    if (!readChannel(query, &filter.channel)) {
        return fail(QStringLiteral("Channel"));
    }
    filter.country = queryValue(query, QStringLiteral("Country"));
    if (!filter.country.isEmpty() && filter.country.size() != 2) {
        return fail(QStringLiteral("Country"));
    }
    if (!paged) { // the Summary's own filter
        filter.destinationPrefix = queryValue(query, QStringLiteral("DestinationPrefix"));
        return result;
    }
    filter.to = queryValue(query, QStringLiteral("ChannelData.To"));
    if (!readSid(query, QStringLiteral("VerificationSid"), QLatin1String("VE"), &filter.verificationSid)) {
        return fail(QStringLiteral("VerificationSid"));
    }
    const QString status = queryValue(query, QStringLiteral("Status")).toLower();
    if (status == QLatin1String("converted") || status == QLatin1String("unconverted")) {
        filter.converted = status == QLatin1String("converted");
    } else if (!status.isEmpty()) {
        return fail(QStringLiteral("Status"));
    }
    bool ok = true;
    if (query.hasQueryItem(QStringLiteral("PageSize"))) {
        result.pageSize = queryValue(query, QStringLiteral("PageSize")).toInt(&ok);
        if (!ok || result.pageSize < 1 || result.pageSize > maxPageSize) {
            return fail(QStringLiteral("PageSize"));
        }
    }
    if (query.hasQueryItem(QStringLiteral("Page"))) {
        result.page = queryValue(query, QStringLiteral("Page")).toInt(&ok);
        if (!ok || result.page < 0) {
            return fail(QStringLiteral("Page"));
        }
    }
    const QString token = queryValue(query, QStringLiteral("PageToken"));
    if (!token.isEmpty()) {
        // "PA" and the sequence number of the previous page's last attempt, in hex.
        result.belowSequence = token.startsWith(QLatin1String("PA")) ? token.mid(2).toULongLong(&ok, 16) : 0;
        if (!ok || result.belowSequence == 0) {
            return fail(QStringLiteral("PageToken"));
        }
    }
    return result;
}

QJsonObject attemptJson(const AttemptLog::Attempt &attempt, const QString &accountSid, const QDateTime &now,
                        const QString &url)
{
    QString status = QStringLiteral("unconfirmed");
    if (attempt.converted) {
        status = QStringLiteral("confirmed");
    } else if (attempt.verificationExpiresAt.isValid() && now >= attempt.verificationExpiresAt) {
        status = QStringLiteral("expired");
    }
    QJsonObject channelData{
        {QStringLiteral("verification_sid"), attempt.verificationSid},
        {QStringLiteral("to"), attempt.to},
        {QStringLiteral("status"), status},
        {QStringLiteral("error_code"), QJsonValue::Null},
        {QStringLiteral("code_length"), attempt.codeLength},
        {QStringLiteral("locale"), attempt.locale},
    };
    if (!attempt.country.isEmpty()) {
        channelData.insert(QStringLiteral("country"), attempt.country);
    }
    // Every delivery the sandbox accepts reaches its outbox.
    if (attempt.channel == Channel::Call) {
        channelData.insert(QStringLiteral("call_status"), QStringLiteral("completed"));
    } else {
        channelData.insert(QStringLiteral("message_status"), QStringLiteral("delivered"));
    }
    QJsonValue price = QJsonValue::Null;
    if (attempt.price) {
        price = QJsonObject{{QStringLiteral("value"), attempt.price->value},
                            {QStringLiteral("currency"), attempt.price->currency}};
    }
    return QJsonObject{
        {QStringLiteral("sid"), attempt.sid},
        {QStringLiteral("account_sid"), accountSid},
        {QStringLiteral("service_sid"), attempt.serviceSid},
        {QStringLiteral("verification_sid"), attempt.verificationSid},
        {QStringLiteral("date_created"), isoTime(attempt.dateCreated)},
        {QStringLiteral("date_updated"), isoTime(attempt.dateUpdated)},
        {QStringLiteral("conversion_status"),
         attempt.converted ? QStringLiteral("converted") : QStringLiteral("unconverted")},
        {QStringLiteral("channel"), channelWireName(attempt.channel)},
        {QStringLiteral("price"), price},
        {QStringLiteral("channel_data"), channelData},
        {QStringLiteral("url"), url},
    };
}

/** The request's own query with PageSize and Page set, PageToken set or removed. */
QString pageUrl(const QString &base, const QUrlQuery &request, int pageSize, int page, const QString &token)
{
    QUrlQuery query(request);
    for (const QString &name :
         {QStringLiteral("PageSize"), QStringLiteral("Page"), QStringLiteral("PageToken")}) {
        query.removeAllQueryItems(name);
    }
    query.addQueryItem(QStringLiteral("PageSize"), QString::number(pageSize));
    query.addQueryItem(QStringLiteral("Page"), QString::number(page));
    if (!token.isEmpty()) {
        query.addQueryItem(QStringLiteral("PageToken"), token);
    }
    return base + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
}

/** (converted / total) * 100 with nine decimals, as Twilio's example "81.818181818"; no trailing zeros. */
QJsonValue conversionRate(qint64 total, qint64 converted)
{
    if (total == 0) {
        return QJsonValue::Null;
    }
    QString text = QString::number(100.0 * double(converted) / double(total), 'f', 9);
    while (text.endsWith(QLatin1Char('0'))) {
        text.chop(1);
    }
    if (text.endsWith(QLatin1Char('.'))) {
        text.chop(1);
    }
    return text;
}

} // namespace

QList<SandboxRoute> SandboxServer::attemptRoutes()
{
    using Method = QHttpServerRequest::Method;
    return {
        {QStringLiteral("verify.attempts.summary"), Method::Get, QStringLiteral("/v2/Attempts/Summary"),
         accountRoute([this](const SandboxRequest &request) { return attemptsSummary(request); })},
        {QStringLiteral("verify.attempts.list"), Method::Get, QStringLiteral("/v2/Attempts"),
         accountRoute([this](const SandboxRequest &request) { return listAttempts(request); })},
        {QStringLiteral("verify.attempts.fetch"), Method::Get, QStringLiteral("/v2/Attempts/<arg>"),
         accountRoute([this](const SandboxRequest &request) { return fetchAttempt(request); })},
    };
}

SandboxReply SandboxServer::listAttempts(const SandboxRequest &request)
{
    const AttemptQuery query = readQuery(request.query, true);
    if (!query.invalid.isEmpty()) {
        return invalidParameter(query.invalid);
    }
    AttemptLog &log = m_verify->attempts();
    const AttemptLog::Page page = log.list(query.filter, query.belowSequence, query.pageSize);
    const QString base = baseUrl().toString() + QStringLiteral("/v2/Attempts");
    const QDateTime now = m_clock->now();
    QJsonArray attempts;
    for (const AttemptLog::Attempt &attempt : page.attempts) {
        attempts.append(attemptJson(attempt, m_verify->accountSid(), now, base + u'/' + attempt.sid));
    }
    const QString token =
        query.belowSequence ? QStringLiteral("PA%1").arg(query.belowSequence, 0, 16) : QString();
    const QJsonValue next = page.hasMore
                                ? QJsonValue(pageUrl(base, request.query, query.pageSize, query.page + 1,
                                                     QStringLiteral("PA%1").arg(page.lastSequence, 0, 16)))
                                : QJsonValue(QJsonValue::Null);
    return SandboxReply::json(
        200,
        QJsonObject{
            {QStringLiteral("attempts"), attempts},
            {QStringLiteral("meta"),
             QJsonObject{
                 {QStringLiteral("key"), QStringLiteral("attempts")},
                 {QStringLiteral("page"), query.page},
                 {QStringLiteral("page_size"), query.pageSize},
                 {QStringLiteral("first_page_url"), pageUrl(base, request.query, query.pageSize, 0, {})},
                 {QStringLiteral("previous_page_url"), QJsonValue::Null}, // the sandbox pages forward
                 {QStringLiteral("url"), pageUrl(base, request.query, query.pageSize, query.page, token)},
                 {QStringLiteral("next_page_url"), next},
             }},
        });
}

SandboxReply SandboxServer::fetchAttempt(const SandboxRequest &request)
{
    const std::optional<AttemptLog::Attempt> attempt = m_verify->attempts().find(request.args.value(0));
    if (!attempt) {
        return SandboxReply::twilioError(
            404, 20404, QStringLiteral("The requested resource %1 was not found").arg(request.path.mid(3)));
    }
    return SandboxReply::json(200, attemptJson(*attempt, m_verify->accountSid(), m_clock->now(),
                                               baseUrl().toString() + request.path));
}

SandboxReply SandboxServer::attemptsSummary(const SandboxRequest &request)
{
    const AttemptQuery query = readQuery(request.query, false);
    if (!query.invalid.isEmpty()) {
        return invalidParameter(query.invalid);
    }
    const AttemptLog::Summary summary = m_verify->attempts().summarize(query.filter);
    return SandboxReply::json(
        200,
        QJsonObject{
            {QStringLiteral("total_attempts"), summary.total},
            {QStringLiteral("total_converted"), summary.converted},
            {QStringLiteral("total_unconverted"), summary.total - summary.converted},
            {QStringLiteral("conversion_rate_percentage"), conversionRate(summary.total, summary.converted)},
            {QStringLiteral("url"), QString(baseUrl().toString() + QStringLiteral("/v2/Attempts/Summary"))},
        });
}

} // namespace latchkey
