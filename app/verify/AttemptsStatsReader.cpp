#include "AttemptsStatsReader.h"

#include "HttpClient.h"
#include "Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace latchkey {

namespace {

QString isoTime(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace

AttemptsStatsReader::AttemptsStatsReader(HttpClient *http, VerifyAccount account, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_account(std::move(account))
{}

void AttemptsStatsReader::start(const QDateTime &since, const QDateTime &until)
{
    m_stats = UsageStats();
    m_stats.source = QStringLiteral("twilio");
    m_stats.since = since.toUTC();
    m_stats.until = until.toUTC();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("VerifyServiceSid"), m_account.serviceSid);
    query.addQueryItem(QStringLiteral("DateCreatedAfter"), isoTime(since));
    query.addQueryItem(QStringLiteral("DateCreatedBefore"), isoTime(until));
    QUrl url = m_account.baseUrl;
    url.setPath(QStringLiteral("/v2/Attempts/Summary"));
    url.setQuery(query);
    get(url, &AttemptsStatsReader::onSummary);
}

void AttemptsStatsReader::get(const QUrl &url, void (AttemptsStatsReader::*handler)(const QJsonObject &))
{
    HttpRequest request;
    request.url = url;
    request.maxResponseBytes = 8 * 1024 * 1024; // a page of 1000 attempts is about 1 MiB
    request.headers.emplaceBack("Accept", "application/json");
    request.headers.emplaceBack(
        "Authorization",
        "Basic " + (m_account.keySid + QLatin1Char(':') + m_account.secret).toUtf8().toBase64());
    qCDebug(lcAuth) << "attempts" << url.path() << "page" << m_pages;
    m_call = m_http->send(request);
    connect(m_call, &HttpCall::finished, this, [this, handler](const HttpResponse &response) {
        if (!response.hasAnswer()) {
            fail(response.transportError);
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(response.body).object();
        if (response.status != 200) {
            const int code = json.value(QStringLiteral("code")).toInt();
            AuthError error = code != 0
                                  ? AuthError::fromTwilio(code, response.status,
                                                          json.value(QStringLiteral("message")).toString())
                              : response.status == 429 ? AuthError::of(AuthError::Kind::RateLimited)
                              : response.status >= 500 ? AuthError::of(AuthError::Kind::ServerError)
                                                       : AuthError::of(AuthError::Kind::BadResponse);
            error.httpStatus = response.status;
            error.retryAfterSeconds = response.retryAfterSeconds(QDateTime::currentDateTimeUtc());
            fail(error);
            return;
        }
        if (json.isEmpty()) {
            fail(AuthError::of(AuthError::Kind::BadResponse));
            return;
        }
        (this->*handler)(json);
    });
}

void AttemptsStatsReader::onSummary(const QJsonObject &summary)
{
    const QJsonValue total = summary.value(QStringLiteral("total_attempts"));
    const QJsonValue converted = summary.value(QStringLiteral("total_converted"));
    if (!total.isDouble() || !converted.isDouble()) {
        fail(AuthError::of(AuthError::Kind::BadResponse));
        return;
    }
    m_summaryAttempts = total.toInteger();
    m_stats.attempts = m_summaryAttempts;
    m_stats.converted = converted.toInteger();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("VerifyServiceSid"), m_account.serviceSid);
    query.addQueryItem(QStringLiteral("DateCreatedAfter"), isoTime(m_stats.since));
    query.addQueryItem(QStringLiteral("DateCreatedBefore"), isoTime(m_stats.until));
    query.addQueryItem(QStringLiteral("PageSize"), QString::number(pageSize));
    QUrl url = m_account.baseUrl;
    url.setPath(QStringLiteral("/v2/Attempts"));
    url.setQuery(query);
    get(url, &AttemptsStatsReader::onPage);
}

void AttemptsStatsReader::onPage(const QJsonObject &page)
{
    ++m_pages;
    const QJsonValue attempts = page.value(QStringLiteral("attempts"));
    if (!attempts.isArray()) {
        fail(AuthError::of(AuthError::Kind::BadResponse));
        return;
    }
    // Totals come from the Summary; the rows from the List (which the same filters give).
    const qint64 attemptsTotal = m_stats.attempts;
    const qint64 convertedTotal = m_stats.converted;
    for (const QJsonValue &attempt : attempts.toArray()) {
        const QJsonObject data = attempt[QStringLiteral("channel_data")].toObject();
        m_stats.add(attempt[QStringLiteral("channel")].toString(),
                    data.value(QStringLiteral("country")).toString(),
                    attempt[QStringLiteral("conversion_status")].toString() == QLatin1String("converted"));
        const QJsonObject price = attempt[QStringLiteral("price")].toObject();
        if (!price.isEmpty()) {
            m_stats.addPrice(price.value(QStringLiteral("value")).toString(),
                             price.value(QStringLiteral("currency")).toString());
        }
    }
    m_stats.attempts = attemptsTotal;
    m_stats.converted = convertedTotal;

    const QJsonValue next = page[QStringLiteral("meta")][QStringLiteral("next_page_url")];
    if (next.isString() && !next.toString().isEmpty()) {
        const QUrl url(next.toString());
        if (!url.isValid() || !sameOrigin(url, m_account.baseUrl)) {
            qCWarning(lcAuth) << "the Attempts API's next page is on another host; not followed";
            fail(AuthError::of(AuthError::Kind::BadResponse));
            return;
        }
        if (m_pages >= maxPages) {
            qCWarning(lcAuth) << "stopped after" << maxPages << "pages of attempts";
        } else {
            get(url, &AttemptsStatsReader::onPage);
            return;
        }
    }
    m_stats.sortRows();
    emit finished(m_stats);
}

void AttemptsStatsReader::fail(const AuthError &error)
{
    emit failed(error);
}

} // namespace latchkey
