#include "CallingCodes.h"
#include "RecentCountries.h"

#include <QCollator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey;

/** The phone page's country list: names from ICU in the UI language, sorted for it, with calling codes. */
class TestCallingCodes : public QObject
{
    Q_OBJECT
private slots:
    void namesRegionsInTheGivenLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("germany");
        QTest::addColumn<QString>("unitedKingdom");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Deutschland")
                            << QStringLiteral("Vereinigtes Königreich");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Allemagne")
                            << QStringLiteral("Royaume-Uni");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Alemania")
                            << QStringLiteral("Reino Unido");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Germany")
                            << QStringLiteral("United Kingdom");
    }
    void namesRegionsInTheGivenLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, germany);
        QFETCH(QString, unitedKingdom);
        const QLocale locale(language);
        QCOMPARE(CallingCodes::regionName(QStringLiteral("DE"), locale), germany);
        QCOMPARE(CallingCodes::regionName(QStringLiteral("gb"), locale), unitedKingdom);

        const QList<CallingCodeEntry> entries = CallingCodes::all(locale);
        const auto de = std::find_if(entries.cbegin(), entries.cend(), [](const CallingCodeEntry &e) {
            return e.region == QStringLiteral("DE");
        });
        QVERIFY(de != entries.cend());
        QCOMPARE(de->name, germany);
        QCOMPARE(de->callingCode, 49);
    }

    void sortsForTheLanguage()
    {
        // German sorts Ö with O: Oman, Österreich, Pakistan; a byte order would put Österreich after Z.
        const QList<CallingCodeEntry> entries = CallingCodes::all(QLocale(QStringLiteral("de")));
        QVERIFY(entries.size() > 200);
        QStringList names;
        for (const CallingCodeEntry &entry : entries) {
            names.append(entry.name);
        }
        const qsizetype austria = names.indexOf(QStringLiteral("Österreich"));
        QVERIFY(austria > 0);
        QVERIFY(names.indexOf(QStringLiteral("Oman")) < austria);
        QVERIFY(austria < names.indexOf(QStringLiteral("Pakistan")));
        QCollator collator{QLocale(QStringLiteral("de"))};
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        for (qsizetype i = 1; i < names.size(); ++i) {
            QVERIFY2(collator.compare(names.at(i - 1), names.at(i)) <= 0, qPrintable(names.at(i)));
        }
    }

    void everyRegionHasANameAndACallingCode()
    {
        for (const CallingCodeEntry &entry : CallingCodes::all(QLocale(QStringLiteral("fr")))) {
            QVERIFY2(!entry.name.isEmpty() && entry.callingCode > 0, qPrintable(entry.region));
        }
    }

    void theUsersRegionAndRecentOnesComeFirstOnce()
    {
        const QList<CallingCodeEntry> sorted = CallingCodes::all(QLocale(QStringLiteral("en")));
        qsizetype leading = -1;
        const QList<CallingCodeEntry> listed = CallingCodes::ordered(
            sorted, QStringLiteral("ch"),
            {QStringLiteral("FR"), QStringLiteral("CH"), QStringLiteral("XX"), QStringLiteral("DE")},
            &leading);
        QCOMPARE(leading, 3); // Switzerland, then France and Germany; "XX" is no region, CH not twice
        QStringList regions;
        for (const CallingCodeEntry &entry : listed) {
            regions.append(entry.region);
        }
        QCOMPARE(regions.mid(0, 3),
                 (QStringList{QStringLiteral("CH"), QStringLiteral("FR"), QStringLiteral("DE")}));
        QCOMPARE(listed.size(), sorted.size()); // every region once
        for (const QString &region : {QStringLiteral("CH"), QStringLiteral("FR"), QStringLiteral("DE")}) {
            QCOMPARE(regions.count(region), 1);
        }
        // The rest keep the collation's order: Afghanistan, Åland Islands, Albania...
        QCOMPARE(listed.at(3).region, sorted.at(0).region);
        QStringList rest = regions.mid(3);
        QStringList expected;
        for (const CallingCodeEntry &entry : sorted) {
            if (entry.region != QLatin1String("CH") && entry.region != QLatin1String("FR") &&
                entry.region != QLatin1String("DE")) {
                expected.append(entry.region);
            }
        }
        QCOMPARE(rest, expected);

        CallingCodes::ordered(sorted, QString(), {}, &leading);
        QCOMPARE(leading, 0);
    }

    void recentCountriesAreKeptMostRecentFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recent-countries.ini"));
        QCOMPARE(RecentCountries(path).regions(), QStringList());
        RecentCountries(path).remember(QStringLiteral("gb"));
        RecentCountries(path).remember(QStringLiteral("DE"));
        RecentCountries(path).remember(QStringLiteral("FR"));
        RecentCountries(path).remember(QStringLiteral("GB")); // moves up, not in twice
        QCOMPARE(RecentCountries(path).regions(),
                 (QStringList{QStringLiteral("GB"), QStringLiteral("FR"), QStringLiteral("DE")}));
        RecentCountries(path).remember(QStringLiteral("ES")); // the oldest goes
        QCOMPARE(RecentCountries(path).regions(),
                 (QStringList{QStringLiteral("ES"), QStringLiteral("GB"), QStringLiteral("FR")}));
        RecentCountries(path).remember(QStringLiteral("+44")); // not a region: ignored
        QCOMPARE(RecentCountries(path).regions().constFirst(), QStringLiteral("ES"));

        // A damaged file only means fewer (or no) recent countries.
        QSettings(path, QSettings::IniFormat)
            .setValue(QStringLiteral("Phone/RecentCountries"),
                      QStringList{QStringLiteral("<b>"), QStringLiteral("it"), QStringLiteral("IT")});
        QCOMPARE(RecentCountries(path).regions(), QStringList{QStringLiteral("IT")});
        QCOMPARE(RecentCountries(QString()).regions(), QStringList()); // no data folder: nothing kept
    }
};

QTEST_GUILESS_MAIN(TestCallingCodes)
#include "TestCallingCodes.moc"
