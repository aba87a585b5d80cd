#include "SettingsSchema.h"

#include <QTest>

using namespace latchkey;

/**
 * Auth/PhoneNumber: checked with libphonenumber, kept as E.164, never shown in full (what the flow gets,
 * locked by policy or not: TestSessionOptions).
 */
class TestPhoneNumberSetting : public QObject
{
    Q_OBJECT

private slots:
    void anInternationalNumberIsKeptAsE164()
    {
        QVariant value;
        QString problem;
        QVERIFY(SettingsSchema::parse(QStringLiteral("Auth/PhoneNumber"), QStringLiteral("+44 7700 900-123"),
                                      &value, &problem));
        QCOMPARE(value.toString(), QStringLiteral("+447700900123"));
        QVERIFY(SettingsSchema::parse(SettingsKey::phoneNumber, QString(), &value, &problem));
        QVERIFY(value.toString().isEmpty()); // not set: no number
    }

    void numbersThatCannotBeAreRefusedWithoutRepeatingThem()
    {
        for (const QString &bad : {QStringLiteral("07700 900123"), QStringLiteral("+1 555"),
                                   QStringLiteral("+999 123456789"), QStringLiteral("call me")}) {
            QVariant value;
            QString problem;
            QVERIFY2(!SettingsSchema::parse(SettingsKey::phoneNumber, bad, &value, &problem),
                     qPrintable(bad));
            QVERIFY(problem.contains(QStringLiteral("international format")));
            QVERIFY(!problem.contains(bad));
        }
    }

    void reportsShowTheNumberMasked()
    {
        const QString shown = SettingsSchema::displayValue(QStringLiteral("+447700900123"));
        QCOMPARE(shown, QStringLiteral("+44 ••• ••• ••23"));
        QCOMPARE(SettingsSchema::displayValue(QStringLiteral("https://auth.example.org")),
                 QStringLiteral("https://auth.example.org"));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumberSetting)
#include "TestPhoneNumberSetting.moc"
