// Sign-in figures: rows per channel and country, exact price sums, the rate, and the JSON shape.

#include "UsageStats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace latchkey;

class TestUsageStats : public QObject
{
    Q_OBJECT

private slots:
    void rowsCountEachAttempt()
    {
        UsageStats stats;
        stats.add(QStringLiteral("sms"), QStringLiteral("us"), true);
        stats.add(QStringLiteral("sms"), QStringLiteral("DE"), false);
        stats.add(QStringLiteral("call"), QStringLiteral("DE"), true);
        stats.add(QStringLiteral("sms"), QString(), false);
        stats.sortRows();
        QCOMPARE(stats.attempts, qint64(4));
        QCOMPARE(stats.converted, qint64(2));
        QCOMPARE(stats.channels.size(), 2);
        QCOMPARE(stats.channels.at(0).key, QStringLiteral("sms"));
        QCOMPARE(stats.channels.at(0).attempts, qint64(3));
        QCOMPARE(stats.channels.at(0).converted, qint64(1));
        QCOMPARE(stats.countries.at(0).key, QStringLiteral("DE")); // most attempts first
        QCOMPARE(stats.countries.at(1).key, QString());            // then by key: unknown before US
        QCOMPARE(stats.countries.at(2).key, QStringLiteral("US")); // upper case
    }

    void pricesAddUpExactly()
    {
        UsageStats stats;
        QVERIFY(stats.priceText().isEmpty());
        // 0.1 + 0.2 in binary floating point is not 0.3; in millionths it is.
        for (int i = 0; i < 1000; ++i) {
            QVERIFY(stats.addPrice(QStringLiteral("0.0079"), QStringLiteral("usd")));
        }
        QVERIFY(stats.addPrice(QStringLiteral("-0.05"), QStringLiteral("USD"))); // a charge, either sign
        QCOMPARE(stats.priceText(), QStringLiteral("7.9500"));
        QCOMPARE(stats.currency, QStringLiteral("USD"));
        QVERIFY(!stats.addPrice(QStringLiteral("free"), QStringLiteral("USD")));
        QVERIFY(!stats.addPrice(QStringLiteral("1e-3"), QStringLiteral("USD")));
        QVERIFY(stats.addPrice(QStringLiteral("1.00"), QStringLiteral("EUR")));
        QVERIFY(stats.mixedCurrencies);
        QCOMPARE(stats.priceText(), QStringLiteral("7.9500")); // the euro is left out, not added as dollars
    }

    void rate()
    {
        QVERIFY(!UsageStats::rate(0, 0));
        QCOMPARE(*UsageStats::rate(3, 2), 200.0 / 3);
    }

    void json()
    {
        UsageStats stats;
        stats.source = QStringLiteral("twilio");
        stats.since = QDateTime(QDate(2026, 11, 5), QTime(0, 0), Qt::UTC);
        stats.until = QDateTime(QDate(2026, 12, 5), QTime(0, 0), Qt::UTC);
        stats.add(QStringLiteral("sms"), QStringLiteral("US"), true);
        stats.add(QStringLiteral("sms"), QStringLiteral("US"), true);
        stats.add(QStringLiteral("call"), QString(), false);
        stats.fraudGuardBlocks = 1;
        stats.rateLimited = 2;
        QJsonObject json = stats.toJson();
        QCOMPARE(json[QStringLiteral("since")].toString(), QStringLiteral("2026-11-05T00:00:00Z"));
        QCOMPARE(json[QStringLiteral("attempts")].toInt(), 3);
        QCOMPARE(json[QStringLiteral("converted")].toInt(), 2);
        QCOMPARE(json[QStringLiteral("conversionRatePercent")].toDouble(), 66.7);
        QVERIFY(json[QStringLiteral("price")].isNull());
        QVERIFY(json[QStringLiteral("countries")][1][QStringLiteral("country")].isNull());
        QCOMPARE(json[QStringLiteral("fraudGuardBlocks")].toInt(), 1);
        QCOMPARE(json[QStringLiteral("rateLimited")].toInt(), 2);
        QCOMPARE(json[QStringLiteral("retentionDays")].toInt(), 30);
        stats.addPrice(QStringLiteral("0.45"), QStringLiteral("usd"));
        json = stats.toJson();
        QCOMPARE(json[QStringLiteral("price")][QStringLiteral("amount")].toString(),
                 QStringLiteral("0.4500"));
        QCOMPARE(json[QStringLiteral("price")][QStringLiteral("currency")].toString(), QStringLiteral("USD"));
    }

    void readsTheBackendsAnswer()
    {
        const QByteArray answer =
            R"({"since":"2026-11-05T00:00:00Z","until":"2026-12-05T00:00:00Z","attempts":12,
            "converted":9,"conversionRatePercent":75.0,
            "channels":[{"channel":"call","attempts":2,"converted":1},{"channel":"sms","attempts":10,"converted":8}],
            "countries":[{"country":"US","attempts":7,"converted":6},{"country":"DE","attempts":5,"converted":3}],
            "price":{"amount":"0.4500","currency":"USD"},"fraudGuardBlocks":1,"rateLimited":2,"retentionDays":30,
            "somethingNew":true})";
        QString problem;
        const std::optional<UsageStats> stats =
            UsageStats::fromBackendJson(QJsonDocument::fromJson(answer).object(), &problem);
        QVERIFY2(stats, qPrintable(problem));
        QCOMPARE(stats->source, QStringLiteral("backend"));
        QCOMPARE(stats->attempts, qint64(12));
        QCOMPARE(stats->converted, qint64(9));
        QCOMPARE(stats->channels.at(0).key, QStringLiteral("sms")); // sorted, most attempts first
        QCOMPARE(stats->countries.at(1).converted, qint64(3));
        QCOMPARE(stats->priceText(), QStringLiteral("0.4500"));
        QCOMPARE(stats->fraudGuardBlocks, qint64(1));
        QCOMPARE(stats->rateLimited, qint64(2));
        // The same figures out again.
        QCOMPARE(stats->toJson()[QStringLiteral("conversionRatePercent")].toDouble(), 75.0);
    }

    void refusesAMalformedAnswer_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("field");
        const QByteArray good = R"("since":"2026-11-05T00:00:00Z","until":"2026-12-05T00:00:00Z",)";
        QTest::newRow("no since") << QByteArray(R"({"until":"2026-12-05T00:00:00Z","attempts":1})")
                                  << QStringLiteral("since");
        QTest::newRow("attempts as text")
            << "{" + good + R"("attempts":"12","converted":1,"fraudGuardBlocks":0,"rateLimited":0})"
            << QStringLiteral("attempts");
        QTest::newRow("negative")
            << "{" + good + R"("attempts":1,"converted":-1,"fraudGuardBlocks":0,"rateLimited":0})"
            << QStringLiteral("converted");
        QTest::newRow("no rate-limit count")
            << "{" + good + R"("attempts":1,"converted":1,"fraudGuardBlocks":0})"
            << QStringLiteral("rateLimited");
        QTest::newRow("channels not a list")
            << "{" + good +
                   R"("attempts":1,"converted":1,"fraudGuardBlocks":0,"rateLimited":0,"channels":{}})"
            << QStringLiteral("channels");
        QTest::newRow("price as a number")
            << "{" + good + R"("attempts":1,"converted":1,"fraudGuardBlocks":0,"rateLimited":0,"price":0.45})"
            << QStringLiteral("price");
    }

    void refusesAMalformedAnswer()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, field);
        QString problem;
        QVERIFY(!UsageStats::fromBackendJson(QJsonDocument::fromJson(answer).object(), &problem));
        QCOMPARE(problem, field);
    }
};

QTEST_GUILESS_MAIN(TestUsageStats)
#include "TestUsageStats.moc"
