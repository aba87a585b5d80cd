#include "LocalServers.h"
#include "SettingsFiles.h"

#include "ConfiguredNetworkAccessManager.h"
#include "EffectiveSettings.h"
#include "LogSink.h"
#include "SessionOptions.h"
#include "SettingsSchema.h"

#include <QTest>

using namespace latchkey;

/** The typed settings the parts receive, and the checks that involve several keys. */
class TestEffectiveSettings : public QObject
{
    Q_OBJECT

    static QStringList texts(const QList<SettingsProblem> &problems)
    {
        QStringList lines;
        for (const SettingsProblem &problem : problems) {
            lines << problem.toString();
        }
        return lines;
    }

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
        QVERIFY(settings.startProblem(resolver).contains(QStringLiteral("docs/admin-guide.md")));
        QVERIFY(settings.startProblem(resolver).contains(QStringLiteral("--sandbox")));
        QCOMPARE(settings.logDirectory, LogSink::defaultDirectory());
        QCOMPARE(settings.logLevel, QStringLiteral("warning"));
    }

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
        QVERIFY2(problems.isEmpty(), qPrintable(texts(problems).join(QLatin1Char('\n'))));
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

    void keysThatDisagree()
    {
        SettingsFiles files;
        const auto resolver = files.resolver(
            QByteArray("[Auth]\nAllowedChannels=sms\n"),
            QByteArray(
                "[Auth]\nDefaultChannel=whatsapp\n[Network]\nProxyMode=manual\nConnectTimeoutSeconds=60\n"
                "TotalTimeoutSeconds=20\n[Tls]\nPinnedSpkiSha256=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
                "\n"));
        QList<SettingsProblem> problems;
        const EffectiveSettings settings = EffectiveSettings::from(*resolver, &problems);
        const QString user = files.path(QStringLiteral("user.conf"));
        QCOMPARE(
            texts(problems),
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
                QStringLiteral(
                    "warning: %1: Tls/PinnedSpkiSha256: is set but not enforced by this version of "
                    "Latchkey: the server's certificate is checked against the system's certificate "
                    "authorities and Tls/ExtraCaFile only")
                    .arg(user),
            }));
        QCOMPARE(settings.defaultChannel, Channel::Sms);
        QCOMPARE(settings.allowedChannels, QList<Channel>{Channel::Sms});
        QCOMPARE(settings.proxyMode, EffectiveSettings::ProxyMode::System);
        QCOMPARE(settings.connectTimeoutSeconds, 20);
    }

    void modesThatCannotStart()
    {
        SettingsFiles files;
        const auto twilio = files.resolver(QByteArray("[Server]\nMode=twilio\n"));
        QCOMPARE(
            EffectiveSettings::from(*twilio).startProblem(*twilio),
            QStringLiteral(
                "Direct mode needs the Verify Service SID: your administrator sets Verify/ServiceSid (see "
                "docs/admin-guide.md); for a one-off, pass --service-sid."));
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
            texts(problems).value(0),
            QStringLiteral(
                "error: %1: Server/Mode: is sandbox, but Server/AllowSandbox (policy (%2), locked) "
                "turns the sandbox off")
                .arg(files.path(QStringLiteral("user.conf")), files.path(QStringLiteral("policy.conf"))));
        QVERIFY(!EffectiveSettings::noServerMessage(false).contains(QStringLiteral("--sandbox")));

        const auto sandbox = files.resolver(QByteArray(), QByteArray("[Server]\nMode=sandbox\n"));
        QVERIFY(EffectiveSettings::from(*sandbox).startProblem(*sandbox).isEmpty());
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
};

QTEST_GUILESS_MAIN(TestEffectiveSettings)
#include "TestEffectiveSettings.moc"
