#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace latchkey {

/**
 * Sign-in figures for a period, whatever their source (Twilio's Attempts API, the backend's
 * /api/admin/stats, or this machine's audit log): attempts and conversions in all, per channel and per
 * country, the total price, and the Fraud Guard blocks and rate-limit refusals seen. No phone number, no
 * user. toJson() has the shape of the backend's /api/admin/stats answer, plus "source".
 */
struct UsageStats
{
    struct Row
    {
        QString key; // a channel's wire name, or an ISO 3166-1 alpha-2 country ("" when unknown)
        qint64 attempts = 0;
        qint64 converted = 0;
    };

    QString source; // "twilio", "backend" or "local"
    QDateTime since;
    QDateTime until;
    qint64 attempts = 0;
    qint64 converted = 0;
    QList<Row> channels;  // most attempts first
    QList<Row> countries; // most attempts first
    // The total price in millionths of the currency's unit; unset when no attempt had a price.
    std::optional<qint64> priceMicros;
    QString currency;             // upper case, "USD"
    bool mixedCurrencies = false; // prices in another currency than `currency` were left out
    qint64 fraudGuardBlocks = 0;
    qint64 rateLimited = 0;
    int retentionDays = 30;

    /** Counts one attempt in the totals, its channel's row and its country's row. */
    void add(const QString &channel, const QString &country, bool wasConverted);
    /** Adds a price given as decimal text ("0.0079"); false when it is not one. */
    bool addPrice(const QString &value, const QString &currency);
    /** converted / attempts × 100; unset for no attempts. */
    static std::optional<double> rate(qint64 attempts, qint64 converted);
    /** The price as decimal text with four places ("0.4500"); empty when unset. */
    QString priceText() const;
    /** Sorts the rows, most attempts first, then by key. */
    void sortRows();

    QJsonObject toJson() const;
    /**
     * Reads a backend's /api/admin/stats answer; unset, with *problem naming the field, when a required
     * field is missing or not of its type. Unknown fields are ignored.
     */
    static std::optional<UsageStats> fromBackendJson(const QJsonObject &json, QString *problem);
};

} // namespace latchkey
