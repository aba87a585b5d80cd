#pragma once

#include "AuthError.h"
#include "UsageStats.h"
#include "VerifyClient.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace latchkey {

class HttpCall;
class HttpClient;
struct HttpResponse;

/**
 * The figures of one Verify Service for a period, from Twilio's Verification Attempts API: the Summary for
 * the totals, then the List, page by page (PageToken, 1000 a page), for channels, countries and prices.
 * Always with VerifyServiceSid (the List covers the whole account otherwise). A next page on another origin
 * is refused (the credentials go to the configured host only), and at most maxPages pages are read.
 */
class AttemptsStatsReader : public QObject
{
    Q_OBJECT
public:
    static constexpr int pageSize = 1000;
    static constexpr int maxPages = 200;

    AttemptsStatsReader(HttpClient *http, VerifyAccount account, QObject *parent = nullptr);

    /** [since, until): DateCreatedAfter is inclusive, DateCreatedBefore exclusive. */
    void start(const QDateTime &since, const QDateTime &until);

signals:
    void finished(const latchkey::UsageStats &stats);
    void failed(const latchkey::AuthError &error);

private:
    void get(const QUrl &url, void (AttemptsStatsReader::*handler)(const QJsonObject &));
    void onSummary(const QJsonObject &summary);
    void onPage(const QJsonObject &page);
    void fail(const AuthError &error);

    HttpClient *m_http;
    VerifyAccount m_account;
    UsageStats m_stats;
    qint64 m_summaryAttempts = 0;
    int m_pages = 0;
    QPointer<HttpCall> m_call;
};

} // namespace latchkey
