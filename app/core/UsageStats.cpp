#include "UsageStats.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace latchkey {

namespace {

void count(QList<UsageStats::Row> &rows, const QString &key, bool converted)
{
    for (UsageStats::Row &row : rows) {
        if (row.key == key) {
            ++row.attempts;
            row.converted += converted ? 1 : 0;
            return;
        }
    }
    rows.append({key, 1, converted ? 1 : 0});
}

QJsonArray rowsJson(const QList<UsageStats::Row> &rows, const QString &keyName)
{
    QJsonArray array;
    for (const UsageStats::Row &row : rows) {
        array.append(
            QJsonObject{{keyName, row.key.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.key)},
                        {QStringLiteral("attempts"), row.attempts},
                        {QStringLiteral("converted"), row.converted}});
    }
    return array;
}

bool isCount(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() >= 0 && value.toDouble() == std::floor(value.toDouble()) &&
           value.toDouble() < 9e15;
}

bool readRows(const QJsonValue &value, const QString &keyName, QList<UsageStats::Row> *rows)
{
    if (value.isUndefined() || value.isNull()) {
        return true;
    }
    if (!value.isArray()) {
        return false;
    }
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject row = item.toObject();
        const QJsonValue key = row.value(keyName);
        if (!item.isObject() || !(key.isString() || key.isNull()) ||
            !isCount(row.value(QStringLiteral("attempts"))) ||
            !isCount(row.value(QStringLiteral("converted")))) {
            return false;
        }
        rows->append({key.toString(), row.value(QStringLiteral("attempts")).toInteger(),
                      row.value(QStringLiteral("converted")).toInteger()});
    }
    return true;
}

} // namespace

void UsageStats::add(const QString &channel, const QString &country, bool wasConverted)
{
    ++attempts;
    converted += wasConverted ? 1 : 0;
    count(channels, channel, wasConverted);
    count(countries, country.toUpper(), wasConverted);
}

bool UsageStats::addPrice(const QString &value, const QString &priceCurrency)
{
    // Decimal text, read exactly: "0.0079", "-0.05" (Twilio writes charges as positive or negative).
    static const QRegularExpression pattern(QStringLiteral("^(-?)(\\d{1,12})(?:\\.(\\d{1,12}))?$"));
    const QRegularExpressionMatch match = pattern.match(value.trimmed());
    if (!match.hasMatch()) {
        return false;
    }
    const QString fraction = QString(match.captured(3) + QStringLiteral("000000")).left(6);
    qint64 micros = match.captured(2).toLongLong() * 1000000 + fraction.toLongLong();
    if (match.captured(3).size() > 6 && match.captured(3).at(6) >= QLatin1Char('5')) {
        ++micros; // rounded to millionths
    }
    micros = std::abs(micros); // a charge, whichever sign it is written with
    const QString upper = priceCurrency.toUpper();
    if (!priceMicros) {
        currency = upper;
    } else if (upper != currency) {
        mixedCurrencies = true; // summed in the first currency seen only
        return true;
    }
    priceMicros = priceMicros.value_or(0) + micros;
    return true;
}

std::optional<double> UsageStats::rate(qint64 attemptCount, qint64 convertedCount)
{
    if (attemptCount <= 0) {
        return std::nullopt;
    }
    return 100.0 * double(convertedCount) / double(attemptCount);
}

QString UsageStats::priceText() const
{
    if (!priceMicros) {
        return QString();
    }
    const qint64 hundredths = (*priceMicros + 50) / 100; // four places
    return QStringLiteral("%1.%2").arg(hundredths / 10000).arg(hundredths % 10000, 4, 10, QLatin1Char('0'));
}

void UsageStats::sortRows()
{
    const auto order = [](const Row &a, const Row &b) {
        return a.attempts != b.attempts ? a.attempts > b.attempts : a.key < b.key;
    };
    std::sort(channels.begin(), channels.end(), order);
    std::sort(countries.begin(), countries.end(), order);
}

QJsonObject UsageStats::toJson() const
{
    const std::optional<double> percent = rate(attempts, converted);
    QJsonValue price = QJsonValue::Null;
    if (priceMicros) {
        price = QJsonObject{{QStringLiteral("amount"), priceText()}, {QStringLiteral("currency"), currency}};
    }
    return QJsonObject{
        {QStringLiteral("source"), source},
        {QStringLiteral("since"), since.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("until"), until.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("converted"), converted},
        {QStringLiteral("conversionRatePercent"),
         percent ? QJsonValue(std::round(*percent * 10) / 10) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("channels"), rowsJson(channels, QStringLiteral("channel"))},
        {QStringLiteral("countries"), rowsJson(countries, QStringLiteral("country"))},
        {QStringLiteral("price"), price},
        {QStringLiteral("fraudGuardBlocks"), fraudGuardBlocks},
        {QStringLiteral("rateLimited"), rateLimited},
        {QStringLiteral("retentionDays"), retentionDays},
    };
}

std::optional<UsageStats> UsageStats::fromBackendJson(const QJsonObject &json, QString *problem)
{
    UsageStats stats;
    stats.source = QStringLiteral("backend");
    const auto fail = [problem](const char *field) -> std::optional<UsageStats> {
        if (problem) {
            *problem = QString::fromLatin1(field);
        }
        return std::nullopt;
    };
    stats.since = QDateTime::fromString(json.value(QStringLiteral("since")).toString(), Qt::ISODateWithMs);
    stats.until = QDateTime::fromString(json.value(QStringLiteral("until")).toString(), Qt::ISODateWithMs);
    if (!stats.since.isValid()) {
        return fail("since");
    }
    if (!stats.until.isValid()) {
        return fail("until");
    }
    const std::pair<const char *, qint64 *> counts[] = {{"attempts", &stats.attempts},
                                                        {"converted", &stats.converted},
                                                        {"fraudGuardBlocks", &stats.fraudGuardBlocks},
                                                        {"rateLimited", &stats.rateLimited}};
    for (const auto &[field, target] : counts) {
        const QJsonValue value = json.value(QLatin1String(field));
        if (!isCount(value)) {
            return fail(field);
        }
        *target = value.toInteger();
    }
    if (!readRows(json.value(QStringLiteral("channels")), QStringLiteral("channel"), &stats.channels)) {
        return fail("channels");
    }
    if (!readRows(json.value(QStringLiteral("countries")), QStringLiteral("country"), &stats.countries)) {
        return fail("countries");
    }
    const QJsonValue price = json.value(QStringLiteral("price"));
    if (price.isObject()) {
        const QJsonObject object = price.toObject();
        if (!stats.addPrice(object.value(QStringLiteral("amount")).toString(),
                            object.value(QStringLiteral("currency")).toString())) {
            return fail("price");
        }
    } else if (!price.isNull() && !price.isUndefined()) {
        return fail("price");
    }
    const QJsonValue retention = json.value(QStringLiteral("retentionDays"));
    if (isCount(retention)) {
        stats.retentionDays = retention.toInt();
    }
    stats.sortRows();
    return stats;
}

} // namespace latchkey
