#include "LocalServers.h"
#include "SettingsFiles.h"

#include "ConfiguredNetworkAccessManager.h"
#include "EffectiveSettings.h"
#include "SessionOptions.h"

#include <QTest>

using namespace latchkey;

/** The settings turned into each part's own options: the flow's (Auth/PhoneNumber among them), the network's.
 */
class TestSessionOptions : public QObject
{
    Q_OBJECT

private slots:
    void whatTheFlowAndTheBackendGet()
    {
        SettingsFiles files;
        const auto resolver = files.resolver(
            QByteArray(
                "[Auth]\nDefaultChannel=call\nRememberMeAllowed=false\n[UI]\nHelpDeskText=Call 555-0100\n"),
            QByteArray("[Server]\nUrl=https://auth.example.org\nLoginPath=/login\n"
                       "[Auth]\nAllowedChannels=email, call, "
                       "sms\nResendCooldownSeconds=45\nCallFallbackSeconds=10\n"));
        QList<SettingsProblem> problems;
        const EffectiveSettings settings = EffectiveSettings::from(*resolver, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problemTexts(problems).join(QLatin1Char('\n'))));
        QVERIFY(settings.startProblem(*resolver).isEmpty());
        QCOMPARE(settings.serverUrl, QUrl(QStringLiteral("https://auth.example.org")));
        QCOMPARE(settings.loginPath, QStringLiteral("/login"));
        QCOMPARE(settings.sendCodePath, QStringLiteral("/api/auth/send-code"));

        const FlowOptions options = SessionOptions::flow(settings);
        // The default first (the terminal offers the first), the others in the wizard's order.
        QCOMPARE(options.allowedChannels, (QList<Channel>{Channel::Call, Channel::Sms, Channel::Email}));
        QCOMPARE(options.defaultChannel, Channel::Call);
        QVERIFY(options.defaultChannelLocked);
        QVERIFY(!options.allowedChannelsLocked);
        QVERIFY(!options.rememberMeAllowed);
        QVERIFY(options.rememberMeLocked);
        QCOMPARE(options.resendCooldownSeconds, 45);
        QCOMPARE(options.callFallbackSeconds, 10);
        QCOMPARE(options.helpDeskText, QStringLiteral("Call 555-0100"));
    }

    void rememberDeviceIsOffOutOfTheBoxAndLockableByPolicy()
    {
        SettingsFiles none;
        const auto defaults = none.resolver(QByteArray(), QByteArray());
        const FlowOptions off = SessionOptions::flow(EffectiveSettings::from(*defaults));
        QVERIFY(!off.rememberDeviceAllowed); // admins opt in
        QVERIFY(!off.rememberDeviceLocked);
        QCOMPARE(off.rememberDeviceDays, 30);

        SettingsFiles files;
        const auto resolver = files.resolver(
            QByteArray("[Auth]\nRememberDeviceAllowed=true\nRememberDeviceDays=14\n"), QByteArray());
        const FlowOptions options = SessionOptions::flow(EffectiveSettings::from(*resolver));
        QVERIFY(options.rememberDeviceAllowed);
        QVERIFY(options.rememberDeviceLocked);
        QCOMPARE(options.rememberDeviceDays, 14);
    }

    void whatTheNetworkGets()
    {
        SettingsFiles files;
        const QString ca = files.write(QStringLiteral("ca.pem"), test::caCertificate);
        const auto resolver =
            files.resolver(QByteArray("[Network]\nProxyMode=manual\nProxyUrl=socks5://proxy.corp:1080\n"
                                      "ConnectTimeoutSeconds=3\nTotalTimeoutSeconds=9\n[Tls]\nExtraCaFile=") +
                           ca.toUtf8() + "\n[Logging]\nDirectory=none\n");
        const EffectiveSettings settings = EffectiveSettings::from(*resolver);
        const NetworkOptions network = SessionOptions::network(settings);
        QCOMPARE(network.proxyMode, NetworkOptions::ProxyMode::Manual);
        QCOMPARE(network.proxyUrl, QUrl(QStringLiteral("socks5://proxy.corp:1080")));
        QCOMPARE(network.connectTimeoutMsecs, 3000);
        QCOMPARE(network.totalTimeoutMsecs, 9000);
        QCOMPARE(network.extraCaCertificates.size(), 1);
        QCOMPARE(network.extraCaCertificates.constFirst().subjectDisplayName(),
                 QStringLiteral("Latchkey Test CA"));
        QVERIFY(settings.logDirectory.isEmpty());
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

QTEST_GUILESS_MAIN(TestSessionOptions)
#include "TestSessionOptions.moc"
