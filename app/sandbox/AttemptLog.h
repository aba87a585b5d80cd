#pragma once

#include "Channel.h"
#include "Clock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <deque>
#include <optional>

namespace latchkey {

/**
 * The sandbox's Verification Attempts: one attempt per delivery (a start, and each resend or change of
 * channel), each with its destination's country and a price from a small table (docs/sandbox.md), turning
 * `converted` when its verification is approved. What Twilio's `/v2/Attempts` routes list, fetch and sum.
 * Bounded: attempts older than maxAgeDays() on the sandbox's clock, and the oldest beyond maxCount(), are
 * forgotten, as Twilio keeps about 30 days.
 */
class AttemptLog
{
public:
    struct Price
    {
        QString value;    // decimal text, "0.0079"
        QString currency; // Twilio's example writes it in lower case: "usd"
    };

    struct Attempt
    {
        quint64 sequence = 0; // creation order; never reused
        QString sid;          // "VL" + 32 hex (the verification's send_code_attempts entry)
        QString verificationSid;
        QString serviceSid;
        QString to;
        QString country; // ISO 3166-1 alpha-2; empty for email (found when first read: placeFound)
        Channel channel = Channel::Sms;
        QString locale;
        int codeLength = 6;
        QDateTime dateCreated;
        QDateTime dateUpdated;
        QDateTime
            verificationExpiresAt; // after it, an unconverted attempt's channel_data status is "expired"
        bool converted = false;
        std::optional<Price> price;
        // Country and price are worked out (libphonenumber: most of a start's cost) when an attempt is
        // first read or filtered by country, not at every delivery.
        bool placeFound = false;
    };

    /** What the List and the Summary filter on; an empty or unset member filters nothing. */
    struct Filter
    {
        QDateTime createdAfter;  // inclusive
        QDateTime createdBefore; // exclusive
        QString to;
        QString country;
        QString destinationPrefix;
        QString serviceSid;
        QString verificationSid;
        std::optional<Channel> channel;
        std::optional<bool> converted;

        bool matches(const Attempt &attempt) const;
    };

    struct Page
    {
        QList<Attempt> attempts; // newest first
        bool hasMore = false;
        quint64 lastSequence = 0; // of the page's last attempt: where the next page starts below
    };

    struct Summary
    {
        qint64 total = 0;
        qint64 converted = 0;
    };

    static constexpr int defaultMaxAgeDays = 30;
    static constexpr qsizetype defaultMaxCount = 10000;

    explicit AttemptLog(Clock *clock);

    int maxAgeDays() const { return m_maxAgeDays; }
    qsizetype maxCount() const { return m_maxCount; }
    /** Retention; values below 1 are taken as 1. Applies at once. */
    void setRetention(int maxAgeDays, qsizetype maxCount);

    /** Records one delivery. */
    void record(const QString &sid, const QString &verificationSid, const QString &serviceSid,
                const QString &to, Channel channel, const QString &locale, int codeLength,
                const QDateTime &verificationExpiresAt);
    /** The verification was approved: its latest attempt turns `converted` (docs/sandbox.md says why). */
    void convert(const QString &verificationSid);

    std::optional<Attempt> find(const QString &sid);
    /** Newest first, at most pageSize attempts older than `belowSequence` (0: from the newest). */
    Page list(const Filter &filter, quint64 belowSequence, int pageSize);
    Summary summarize(const Filter &filter);
    qsizetype size() const { return static_cast<qsizetype>(m_attempts.size()); }

    /** The sandbox's price table: per channel and country, in USD; none for email. */
    static std::optional<Price> priceOf(Channel channel, const QString &country);

private:
    void dropOld();
    static void findPlace(Attempt &attempt);
    Attempt *bySequence(quint64 sequence);

    Clock *m_clock;
    int m_maxAgeDays = defaultMaxAgeDays;
    qsizetype m_maxCount = defaultMaxCount;
    quint64 m_nextSequence = 1;
    std::deque<Attempt> m_attempts;       // oldest first; sequences contiguous from front().sequence
    QHash<QString, quint64> m_bySid;      // attempt sid → sequence
    QHash<QString, quint64> m_latestByVe; // verification sid → sequence of its latest attempt
};

} // namespace latchkey
