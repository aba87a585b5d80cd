#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace latchkey;

/** JsonText writes what QJsonDocument writes for the same values, byte for byte. */
class TestJsonText : public QObject
{
    Q_OBJECT

private slots:
    void nestedValuesAreWrittenAsQtWritesThem();
    void datesAreWrittenAsQtWritesThem_data();
    void datesAreWrittenAsQtWritesThem();
    void stringsQtWouldEscapeAreEscapedAlike_data();
    void stringsQtWouldEscapeAreEscapedAlike();
};

void TestJsonText::nestedValuesAreWrittenAsQtWritesThem()
{
    const QDateTime when(QDate(2026, 12, 6), QTime(10, 30, 5), Qt::UTC);
    JsonText json;
    json.beginObject()
        .field("a_date", when)
        .field("b_missing_date", QDateTime())
        .nullField("c_null")
        .beginObject("d_empty")
        .endObject()
        .beginArray("e_list")
        .beginObject()
        .field("n", 201)
        .field("t", true)
        .endObject()
        .beginObject()
        .field("f", false)
        .endObject()
        .endArray()
        .beginArray("f_empty")
        .endArray()
        .field("g_url", QStringLiteral("http://127.0.0.1:8080/v2/Services/VA1/Verifications/VE2"))
        .endObject();
    const QJsonObject expected{
        {QStringLiteral("a_date"), QStringLiteral("2026-12-06T10:30:05Z")},
        {QStringLiteral("b_missing_date"), QJsonValue::Null},
        {QStringLiteral("c_null"), QJsonValue::Null},
        {QStringLiteral("d_empty"), QJsonObject()},
        {QStringLiteral("e_list"),
         QJsonArray{QJsonObject{{QStringLiteral("n"), 201}, {QStringLiteral("t"), true}},
                    QJsonObject{{QStringLiteral("f"), false}}}},
        {QStringLiteral("f_empty"), QJsonArray()},
        {QStringLiteral("g_url"), QStringLiteral("http://127.0.0.1:8080/v2/Services/VA1/Verifications/VE2")},
    };
    QCOMPARE(json.bytes(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
}

void TestJsonText::datesAreWrittenAsQtWritesThem_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::newRow("UTC") << QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QTest::newRow("milliseconds are left out")
        << QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    QTest::newRow("an offset becomes UTC")
        << QDateTime(QDate(2027, 1, 1), QTime(0, 30), Qt::OffsetFromUTC, 3600);
    QTest::newRow("local time becomes UTC") << QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::LocalTime);
    QTest::newRow("a year before 1000") << QDateTime(QDate(999, 3, 4), QTime(5, 6, 7), Qt::UTC);
    QTest::newRow("a year after 9999") << QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC);
}

void TestJsonText::datesAreWrittenAsQtWritesThem()
{
    QFETCH(QDateTime, when);
    JsonText json;
    json.beginObject().field("date_created", when).endObject();
    QCOMPARE(json.bytes(),
             QJsonDocument(QJsonObject{{QStringLiteral("date_created"), when.toUTC().toString(Qt::ISODate)}})
                 .toJson(QJsonDocument::Compact));
}

void TestJsonText::stringsQtWouldEscapeAreEscapedAlike_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QStringLiteral("+12025550142");
    QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c");
    QTest::newRow("control characters") << QStringLiteral("line\nnext\ttab\x01");
    QTest::newRow("accents") << QStringLiteral("Votre code de vérification");
    QTest::newRow("beyond the BMP") << QString::fromUtf8("code \xF0\x9F\x94\x91");
    QTest::newRow("delete") << QStringLiteral("a\x7f");
    QTest::newRow("empty") << QString();
}

void TestJsonText::stringsQtWouldEscapeAreEscapedAlike()
{
    QFETCH(QString, value);
    JsonText json;
    json.beginObject().field("to", value).endObject();
    QCOMPARE(json.bytes(),
             QJsonDocument(QJsonObject{{QStringLiteral("to"), value}}).toJson(QJsonDocument::Compact));
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "TestJsonText.moc"
