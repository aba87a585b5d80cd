#include "SettingsFiles.h"
#include "SettingsLocations.h"

#include "EffectiveSettings.h"
#include "LogSink.h"
#include "SettingsSchema.h"

#include <QTest>

using namespace latchkey;

/** The typed settings, and the checks that involve several keys (what each part gets: TestSessionOptions). */
class TestEffectiveSettings : public QObject
{
    Q_OBJECT

private slots:
    void builtInSettingsNeedAServer()
    {
        SettingsResolver resolver;
        QList<SettingsProblem> problems;
        const EffectiveSettings settings = EffectiveSettings::from(resolver, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(settings.mode, EffectiveSettings::Mode::Backend);
        QVERIFY(settings.serverUrl.isEmpty());
        QVERIFY(settings.startProblem(resolver).startsWith(QStringLiteral("No server configured.")));
        QVERIFY(settings.startProblem(resolver).contains(SettingsLocations::adminGuide()));
        QVERIFY(settings.startProblem(resolver).contains(QStringLiteral("--sandbox")));
        QCOMPARE(settings.logDirectory, LogSink::defaultDirectory());
        QCOMPARE(settings.logLevel, QStringLiteral("warning"));
    }

    void keysThatDisagree()
    {
        SettingsFiles files;
        const auto resolver = files.resolver(
            QByteArray("[Auth]\nAllowedChannels=sms\n"),
            QByteArray(
                "[Auth]\nDefaultChannel=whatsapp\n[Network]\nProxyMode=manual\nConnectTimeoutSeconds=60\n"
                "TotalTimeoutSeconds=20\n"));
        QList<SettingsProblem> problems;
        const EffectiveSettings settings = EffectiveSettings::from(*resolver, &problems);
        const QString user = files.path(QStringLiteral("user.conf"));
        QCOMPARE(
            problemTexts(problems),
            (QStringList{
                QStringLiteral("error: %1: Auth/DefaultChannel: whatsapp is not among the allowed channels "
                               "(Auth/AllowedChannels: sms)")
                    .arg(user),
                QStringLiteral(
                    "error: %1: Network/ProxyMode: is manual, but Network/ProxyUrl is not set; the "
                    "system's proxy settings are used instead")
                    .arg(user),
                QStringLiteral("error: %1: Network/ConnectTimeoutSeconds: (60) is longer than "
                               "Network/TotalTimeoutSeconds (20); the total timeout bounds both")
                    .arg(user),
            }));
        QCOMPARE(settings.defaultChannel, Channel::Sms);
        QCOMPARE(settings.allowedChannels, QList<Channel>{Channel::Sms});
        QCOMPARE(settings.proxyMode, EffectiveSettings::ProxyMode::System);
        QCOMPARE(settings.connectTimeoutSeconds, 20);
    }

    void theEmailAddressIsAnAdministratorsOnly()
    {
        // From policy or the admin defaults it is the address on file...
        for (const bool fromPolicy : {true, false}) {
            SettingsFiles files;
            const QByteArray ini("[Auth]\nEmailAddress=ada@example.com\n");
            const auto resolver = fromPolicy ? files.resolver(ini) : files.resolver({}, {}, ini);
            QList<SettingsProblem> problems;
            QCOMPARE(EffectiveSettings::from(*resolver, &problems).emailAddress,
                     QStringLiteral("ada@example.com"));
            QVERIFY(problems.isEmpty());
        }
        // ...but someone signing in must not choose where their code goes: the user's own is ignored, and
        // said so.
        SettingsFiles files;
        const auto resolver = files.resolver({}, QByteArray("[Auth]\nEmailAddress=mallory@example.net\n"));
        QList<SettingsProblem> problems;
        QVERIFY(EffectiveSettings::from(*resolver, &problems).emailAddress.isEmpty());
        QCOMPARE(
            problemTexts(problems),
            QStringList{QStringLiteral("warning: %1: Auth/EmailAddress: is honoured only when set by policy "
                                       "or the admin defaults; codes are not sent by email")
                            .arg(files.path(QStringLiteral("user.conf")))});
    }

    void modesThatCannotStart()
    {
        SettingsFiles files;
        const auto twilio = files.resolver(QByteArray("[Server]\nMode=twilio\n"));
        QCOMPARE(
            EffectiveSettings::from(*twilio).startProblem(*twilio),
            QStringLiteral(
                "Direct mode needs the Verify Service SID: your administrator sets Verify/ServiceSid (see "
                "%1); for a one-off, pass --service-sid.")
                .arg(SettingsLocations::adminGuide()));
        const auto direct = files.resolver(
            QByteArray("[Server]\nMode=twilio\n[Verify]\nServiceSid=VA0123456789abcdef0123456789abcdef\n"));
        QVERIFY(EffectiveSettings::from(*direct).startProblem(*direct).isEmpty());

        const auto sandboxOff = files.resolver(QByteArray("[Server]\nAllowSandbox=false\n"),
                                               QByteArray("[Server]\nMode=sandbox\n"));
        QList<SettingsProblem> problems;
        const EffectiveSettings settings = EffectiveSettings::from(*sandboxOff, &problems);
        QCOMPARE(settings.startProblem(*sandboxOff),
                 QStringLiteral("The sandbox is turned off by Server/AllowSandbox (policy (%1), locked).")
                     .arg(files.path(QStringLiteral("policy.conf"))));
        QCOMPARE(
            problemTexts(problems).value(0),
            QStringLiteral(
                "error: %1: Server/Mode: is sandbox, but Server/AllowSandbox (policy (%2), locked) "
                "turns the sandbox off")
                .arg(files.path(QStringLiteral("user.conf")), files.path(QStringLiteral("policy.conf"))));
        QVERIFY(!EffectiveSettings::noServerMessage(false).contains(QStringLiteral("--sandbox")));

        const auto sandbox = files.resolver(QByteArray(), QByteArray("[Server]\nMode=sandbox\n"));
        QVERIFY(EffectiveSettings::from(*sandbox).startProblem(*sandbox).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEffectiveSettings)
#include "TestEffectiveSettings.moc"
