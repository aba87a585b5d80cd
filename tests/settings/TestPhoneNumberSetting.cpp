#include "SettingsFiles.h"

#include "EffectiveSettings.h"
#include "SessionOptions.h"
#include "SettingsSchema.h"

#include <QTest>

using namespace latchkey;

/** Auth/PhoneNumber: checked with libphonenumber, kept as E.164, locked by policy, never shown in full. */
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

    void policyLocksTheNumberAnAdminDefaultOnlyPrefillsIt()
    {
        SettingsFiles files;
        const auto locked = files.resolver(QByteArray("[Auth]\nPhoneNumber=+447700900123\n"), QByteArray());
        QList<SettingsProblem> problems;
        const FlowOptions policy = SessionOptions::flow(EffectiveSettings::from(*locked, &problems));
        QVERIFY(problems.isEmpty());
        QCOMPARE(policy.phoneNumber, QStringLiteral("+447700900123"));
        QVERIFY(policy.phoneNumberLocked);

        SettingsFiles adminFiles;
        const auto admin = adminFiles.resolver(QByteArray(), QByteArray(),
                                               QByteArray("[Auth]\nPhoneNumber=+1 202 555 0142\n"));
        const FlowOptions prefill = SessionOptions::flow(EffectiveSettings::from(*admin));
        QCOMPARE(prefill.phoneNumber, QStringLiteral("+12025550142"));
        QVERIFY(!prefill.phoneNumberLocked);

        SettingsFiles noneFiles;
        const auto none = noneFiles.resolver(QByteArray(), QByteArray());
        const FlowOptions nothing = SessionOptions::flow(EffectiveSettings::from(*none));
        QVERIFY(nothing.phoneNumber.isEmpty());
        QVERIFY(!nothing.phoneNumberLocked);
    }

    void aBadPolicyNumberIsAProblemNotANumber()
    {
        SettingsFiles files;
        const auto resolver = files.resolver(QByteArray("[Auth]\nPhoneNumber=12345\n"), QByteArray());
        QVERIFY(!resolver->problems().isEmpty());
        QVERIFY(SessionOptions::flow(EffectiveSettings::from(*resolver)).phoneNumber.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumberSetting)
#include "TestPhoneNumberSetting.moc"
