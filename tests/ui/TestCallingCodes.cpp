#include "CallingCodes.h"

#include <QCollator>
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
};

QTEST_GUILESS_MAIN(TestCallingCodes)
#include "TestCallingCodes.moc"
