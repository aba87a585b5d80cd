#include "PhoneNumber.h"
#include "PhoneNumberFormatter.h"

#include <QTest>

using namespace latchkey;
using namespace Qt::StringLiterals;

/** Formatting as you type, pasted numbers in common formats, and the cursor, through libphonenumber. */
class TestPhoneNumberFormatter : public QObject
{
    Q_OBJECT

    /** Types text one character at a time at the end, as a field would, reformatting after each. */
    static QString typed(const QString &text, const QString &region)
    {
        QString field;
        for (const QChar c : text) {
            const PhoneNumberFormatter::Result result =
                PhoneNumberFormatter::format(field + c, static_cast<int>(field.size()) + 1, region);
            if (result.cursor != result.text.size()) {
                qWarning("cursor not at the end after typing %s", qPrintable(field + c));
                return QString();
            }
            field = result.text;
        }
        return field;
    }

private slots:
    void groupsDigitsAsTheyAreTyped_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("keys");
        QTest::addColumn<QString>("shown");
        QTest::newRow("US national") << u"US"_s << u"2025550142"_s << u"(202) 555-0142"_s;
        QTest::newRow("US partial") << u"US"_s << u"2025"_s << u"202-5"_s;
        QTest::newRow("Germany national") << u"DE"_s << u"030123456"_s << u"030 123456"_s;
        QTest::newRow("France national") << u"FR"_s << u"0612345678"_s << u"06 12 34 56 78"_s;
        QTest::newRow("international in US") << u"US"_s << u"+4930123456"_s << u"+49 30 123456"_s;
        QTest::newRow("typed separators are redone") << u"US"_s << u"202-555-0142"_s << u"(202) 555-0142"_s;
        QTest::newRow("letters are not taken") << u"US"_s << u"20a2555b0142"_s << u"(202) 555-0142"_s;
        QTest::newRow("00 becomes +") << u"DE"_s << u"0049301234"_s << u"+49 30 1234"_s;
        QTest::newRow("00 becomes + where it is not the prefix")
            << u"US"_s << u"004930123456"_s << u"+49 30 123456"_s;
        QTest::newRow("Australia's own prefix 0011") << u"AU"_s << u"0011"_s << u"0011"_s;
        QTest::newRow("Australia's 0011, complete") << u"AU"_s << u"00114930123456"_s << u"+49 30 123456"_s;
    }
    void groupsDigitsAsTheyAreTyped()
    {
        QFETCH(QString, region);
        QFETCH(QString, keys);
        QFETCH(QString, shown);
        QCOMPARE(typed(keys, region), shown);
    }

    void acceptsPastedNumbersInCommonFormats_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("e164");
        QTest::newRow("+1 with brackets")
            << u"DE"_s << u"+1 (202) 555-0142"_s << u"+1 202-555-0142"_s << u"+12025550142"_s;
        QTest::newRow("00 with spaces")
            << u"US"_s << u"00 49 30 123456"_s << u"+49 30 123456"_s << u"+4930123456"_s;
        QTest::newRow("tel URI") << u"US"_s << u"tel:+4930123456"_s << u"+49 30 123456"_s << u"+4930123456"_s;
        QTest::newRow("tel URI with extension")
            << u"US"_s << u"TEL:+1-202-555-0142;ext=7"_s << u"+1 202-555-0142"_s << u"+12025550142"_s;
        QTest::newRow("US exit code 011")
            << u"US"_s << u"011 49 30 123456"_s << u"+49 30 123456"_s << u"+4930123456"_s;
        QTest::newRow("dots") << u"US"_s << u"202.555.0142"_s << u"(202) 555-0142"_s << u"+12025550142"_s;
        QTest::newRow("Arabic-Indic digits")
            << u"US"_s << QString::fromUtf8("٢٠٢٥٥٥٠١٤٢") << u"(202) 555-0142"_s << u"+12025550142"_s;
        QTest::newRow("fullwidth") << u"US"_s << QString::fromUtf8("＋１ ２０２ ５５５ ０１４２")
                                   << u"+1 202-555-0142"_s << u"+12025550142"_s;
    }
    void acceptsPastedNumbersInCommonFormats()
    {
        QFETCH(QString, region);
        QFETCH(QString, pasted);
        QFETCH(QString, shown);
        QFETCH(QString, e164);
        const PhoneNumberFormatter::Result result =
            PhoneNumberFormatter::format(pasted, static_cast<int>(pasted.size()), region);
        QCOMPARE(result.text, shown);
        QCOMPARE(result.cursor, shown.size());
        // What the field shows is what the flow parses: the same number.
        const PhoneNumber number = PhoneNumber::parse(result.text, region);
        QVERIFY2(number.isPossible(), qPrintable(number.problemText()));
        QCOMPARE(number.e164(), e164);
    }

    void keepsTheCursorAfterTheSameDigits()
    {
        // "(202) 555-0142" with a 9 typed after "202": the cursor stays after the 9, wherever it lands.
        const QString before = QStringLiteral("(202) 555-014");
        const int afterArea = static_cast<int>(before.indexOf(QLatin1Char(')')));
        const QString edited = before.left(afterArea) + QLatin1Char('9') + before.mid(afterArea);
        const PhoneNumberFormatter::Result result =
            PhoneNumberFormatter::format(edited, afterArea + 1, QStringLiteral("US"));
        QCOMPARE(result.text, QStringLiteral("(202) 955-5014"));
        QCOMPARE(result.text.left(result.cursor), QStringLiteral("(202) 9"));

        const PhoneNumberFormatter::Result start =
            PhoneNumberFormatter::format(QStringLiteral("7(202) 555-014"), 1, QStringLiteral("US"));
        QCOMPARE(start.cursor, start.text.indexOf(QLatin1Char('7')) + 1);
    }

    void backspaceOverASeparatorRemovesTheDigitBeforeIt()
    {
        const QString shown = QStringLiteral("(202) 555-0142");
        const int afterDash = static_cast<int>(shown.indexOf(QLatin1Char('-'))) + 1;
        const PhoneNumberFormatter::Result result =
            PhoneNumberFormatter::backspace(shown, afterDash, QStringLiteral("US"));
        QCOMPARE(PhoneNumberFormatter::normalize(result.text, QStringLiteral("US")),
                 QStringLiteral("202550142"));
        QCOMPARE(result.text, QStringLiteral("(202) 550-142"));
        QCOMPARE(result.text.left(result.cursor), QStringLiteral("(202) 55"));

        const PhoneNumberFormatter::Result afterBracket =
            PhoneNumberFormatter::backspace(shown, 6, QStringLiteral("US")); // "(202) |555"
        QCOMPARE(PhoneNumberFormatter::normalize(afterBracket.text, QStringLiteral("US")),
                 QStringLiteral("205550142"));

        const PhoneNumberFormatter::Result forward =
            PhoneNumberFormatter::deleteForward(shown, 4, QStringLiteral("US")); // "(202|) 555"
        QCOMPARE(PhoneNumberFormatter::normalize(forward.text, QStringLiteral("US")),
                 QStringLiteral("202550142"));
        QCOMPARE(forward.text.left(forward.cursor), QStringLiteral("(202"));
    }

    void findsTheRegionOfInternationalInput()
    {
        QCOMPARE(PhoneNumberFormatter::callingCode(QStringLiteral("+49 30"), QStringLiteral("US")), 49);
        QCOMPARE(PhoneNumberFormatter::callingCode(QStringLiteral("00 44 20"), QStringLiteral("US")), 44);
        QCOMPARE(PhoneNumberFormatter::callingCode(QStringLiteral("030 123456"), QStringLiteral("DE")), 0);
        QCOMPARE(PhoneNumberFormatter::callingCode(QStringLiteral("+"), QStringLiteral("DE")), 0);
        QCOMPARE(PhoneNumberFormatter::regionOf(QStringLiteral("+49 30 123456"), QStringLiteral("US")),
                 QStringLiteral("DE"));
        QCOMPARE(PhoneNumberFormatter::regionOf(QStringLiteral("+1"), QStringLiteral("DE")),
                 QStringLiteral("US"));
        QCOMPARE(PhoneNumberFormatter::regionOf(QStringLiteral("+1 416 555 0123"), QStringLiteral("DE")),
                 QStringLiteral("CA"));
        QCOMPARE(PhoneNumberFormatter::regionOf(QStringLiteral("202 555 0142"), QStringLiteral("US")),
                 QString());
        QCOMPARE(PhoneNumberFormatter::regionOf(QStringLiteral("+800 1234 5678"), QStringLiteral("US")),
                 QString());
    }

    void switchingRegionReplacesTheCallingCode()
    {
        QCOMPARE(
            PhoneNumberFormatter::switchRegion(QStringLiteral("+1 202-555-0142"), QStringLiteral("DE")).text,
            QStringLiteral("+49 202 5550142"));
        QCOMPARE(
            PhoneNumberFormatter::switchRegion(QStringLiteral("+49 30 123456"), QStringLiteral("FR")).text,
            QStringLiteral("+33 3 01 23 45 6"));
        QCOMPARE(PhoneNumberFormatter::switchRegion(QStringLiteral("+"), QStringLiteral("DE")).text,
                 QStringLiteral("+49 ")); // libphonenumber leaves room for what follows
        // A national number only changes its grouping.
        QCOMPARE(PhoneNumberFormatter::switchRegion(QStringLiteral("030 123456"), QStringLiteral("US")).text,
                 QStringLiteral("030123456"));
    }

    void possibleLocalOnlyNumbersAreMarked()
    {
        const PhoneNumber local = PhoneNumber::parse(QStringLiteral("555-0142"), QStringLiteral("US"));
        QVERIFY(local.isPossible());
        QVERIFY(local.isLocalOnly());
        const PhoneNumber full = PhoneNumber::parse(QStringLiteral("202 555 0142"), QStringLiteral("US"));
        QVERIFY(!full.isLocalOnly());
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumberFormatter)
#include "TestPhoneNumberFormatter.moc"
