#include "PhoneNumber.h"

#include <QLocale>
#include <QTest>

using namespace latchkey;

class TestPhoneNumber : public QObject
{
    Q_OBJECT
private slots:
    void countryOfANumber()
    {
        QCOMPARE(PhoneNumber::countryOf(QStringLiteral("+442079460958")), QStringLiteral("GB"));
        QCOMPARE(PhoneNumber::countryOf(QStringLiteral("+49301234567")), QStringLiteral("DE"));
        QCOMPARE(PhoneNumber::countryOf(QStringLiteral("+14169671111")), QStringLiteral("CA"));
        // A fictional 555 number has no region of its own: its country code's main one.
        QCOMPARE(PhoneNumber::countryOf(QStringLiteral("+12025550142")), QStringLiteral("US"));
        QCOMPARE(PhoneNumber::countryOf(QStringLiteral("+8081234567")), QString()); // +808 names no region
        QCOMPARE(PhoneNumber::countryOf(QStringLiteral("user@example.com")), QString());
        QCOMPARE(PhoneNumber::countryOf(PhoneNumber::masked(QStringLiteral("+49301234567"))),
                 QStringLiteral("DE"));
        QCOMPARE(PhoneNumber::countryOf(PhoneNumber::masked(QStringLiteral("+14169671111"))),
                 QStringLiteral("US"));
    }
    void acceptsCommonFormats_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");
        QTest::newRow("national US") << QStringLiteral("(202) 555-0142") << QStringLiteral("US")
                                     << QStringLiteral("+12025550142");
        QTest::newRow("international with spaces")
            << QStringLiteral("+44 20 7946 0958") << QStringLiteral("US") << QStringLiteral("+442079460958");
        QTest::newRow("00 prefix from Germany")
            << QStringLiteral("0044 20 7946 0958") << QStringLiteral("DE") << QStringLiteral("+442079460958");
        QTest::newRow("German national with dashes")
            << QStringLiteral("030-1234567") << QStringLiteral("DE") << QStringLiteral("+49301234567");
        QTest::newRow("dots") << QStringLiteral("202.555.0142") << QStringLiteral("US")
                              << QStringLiteral("+12025550142");
    }
    void acceptsCommonFormats()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        QFETCH(QString, e164);
        const PhoneNumber number = PhoneNumber::parse(input, region);
        QVERIFY2(number.isPossible(), qPrintable(number.problemText()));
        QCOMPARE(number.e164(), e164);
    }

    void rejectsImpossibleNumbersWithASpecificReason_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("problem");
        QTest::newRow("empty") << QString() << int(PhoneNumber::Problem::Empty);
        QTest::newRow("letters") << QStringLiteral("call me") << int(PhoneNumber::Problem::NotANumber);
        QTest::newRow("two digits") << QStringLiteral("12") << int(PhoneNumber::Problem::TooShort);
        QTest::newRow("short national") << QStringLiteral("555 01") << int(PhoneNumber::Problem::TooShort);
        QTest::newRow("too long") << QStringLiteral("+1 202 555 0142 1234 567")
                                  << int(PhoneNumber::Problem::TooLong);
        QTest::newRow("unknown country")
            << QStringLiteral("+999 1234 5678") << int(PhoneNumber::Problem::InvalidCountryCode);
    }
    void rejectsImpossibleNumbersWithASpecificReason()
    {
        QFETCH(QString, input);
        QFETCH(int, problem);
        const PhoneNumber number = PhoneNumber::parse(input, QStringLiteral("US"));
        QVERIFY(!number.isPossible());
        QCOMPARE(int(number.problem()), problem);
        QVERIFY(!number.problemText().isEmpty());
        QVERIFY(number.e164().isEmpty());
    }

    void masksAllButCountryCodeAndLastTwoDigits()
    {
        const QString masked = PhoneNumber::masked(QStringLiteral("+12025550142"));
        QVERIFY2(masked.startsWith(QStringLiteral("+1 ")), qPrintable(masked));
        QCOMPARE(masked, QString::fromUtf8("+1 ••• ••• ••42"));
        QVERIFY(!masked.contains(QStringLiteral("555")));
        QVERIFY(!masked.contains(QStringLiteral("202")));
        const QString german = PhoneNumber::masked(QStringLiteral("+49301234567"));
        QVERIFY2(german.startsWith(QStringLiteral("+49 ")), qPrintable(german));
        QVERIFY(!german.contains(QStringLiteral("30123")));
    }

    void possibleButIncompleteOrUnknownNumbersAreToldApart()
    {
        // Possible only without the area code: incomplete, so the phone page does not warn yet.
        const PhoneNumber local = PhoneNumber::parse(QStringLiteral("555 0142"), QStringLiteral("US"));
        QVERIFY(local.isPossible());
        QVERIFY(local.isLocalOnly());
        // Possible but not valid (no area code 123): sent anyway, the page only warns.
        const PhoneNumber unusual = PhoneNumber::parse(QStringLiteral("123 456 7890"), QStringLiteral("US"));
        QVERIFY(unusual.isPossible());
        QVERIFY(!unusual.isLocalOnly());
        QVERIFY(!unusual.looksValid());
    }

    void defaultRegionComesFromTheSystemLocale()
    {
        // The suite runs with LC_ALL=C.UTF-8: no territory, so the documented fallback.
        QCOMPARE(QLocale::system().territory(), QLocale::AnyTerritory);
        QCOMPARE(PhoneNumber::defaultRegion(), QStringLiteral("US"));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "TestPhoneNumber.moc"
