#include "LocalServers.h"
#include "SettingsFiles.h"

#include "ConfiguredNetworkAccessManager.h"
#include "Diagnostics.h"
#include "EffectiveSettings.h"
#include "LogSink.h"
#include "SessionOptions.h"

#include <QSignalSpy>
#include <QSysInfo>
#include <QTest>

using namespace latchkey;

/** The support bundle: everything support needs, nothing that must stay on the computer. */
class TestDiagnostics : public QObject
{
    Q_OBJECT

private slots:
    void theBundleHasEverythingButSecrets()
    {
        test::LocalServer server(true);
        QVERIFY(server.listen());
        SettingsFiles files;
        const QString logs = files.path(QStringLiteral("logs"));
        QVERIFY(QDir().mkpath(logs));
        files.write(QStringLiteral("logs/latchkey.log"),
                    "2026-01-01T12:00:00.000Z warning latchkey.net: request to 127.0.0.1 failed\n"
                    "2026-01-01T12:00:01.000Z warning latchkey.flow: code 123456 sent to +12025550142\n"
                    "2026-01-01T12:00:02.000Z debug latchkey.net: Cookie: latchkey.sid=s3cr3tsession\n");
        const auto resolver =
            files.resolver(QByteArray("[Server]\nUrl=") + server.url().toString().toUtf8() +
                               "\n[Logging]\nDirectory=" + logs.toUtf8() +
                               "\n[UI]\nHelpDeskText=\"Call +1 202 555 0199, or mail help@example.org\"\n",
                           QByteArray("[Auth]\nCodeLength=six\n"));
        const EffectiveSettings settings = EffectiveSettings::from(*resolver);
        ConfiguredNetworkAccessManager network(SessionOptions::network(settings));
        Diagnostics diagnostics(resolver.get(), &network);
        QSignalSpy finished(&diagnostics, &Diagnostics::finished);
        diagnostics.start();
        QVERIFY(finished.wait(15000));
        const QString bundle = diagnostics.bundle();

        for (const QString &expected : {
                 QStringLiteral("Version: Latchkey " LATCHKEY_VERSION),
                 QString(QStringLiteral("System: ") + QSysInfo::prettyProductName()),
                 QStringLiteral("policy (%1), locked").arg(files.path(QStringLiteral("policy.conf"))),
                 QStringLiteral("error: %1: Auth/CodeLength").arg(files.path(QStringLiteral("user.conf"))),
                 QStringLiteral("proxy: none (direct connection)"),
                 QStringLiteral("reachable: no"),
                 QStringLiteral("TLS problem: The issuer certificate of a locally looked up certificate "
                                "could not be found"),
                 QStringLiteral("certificate 0: 127.0.0.1, issued by Latchkey Test CA"),
                 QStringLiteral("Last log lines (%1):").arg(LogSink::logFilePath(logs)),
                 QStringLiteral("latchkey.net: request to 127.0.0.1 failed"),
                 QStringLiteral("sent to +1 ••• ••• ••42"),
             }) {
            QVERIFY2(bundle.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + bundle));
        }
        for (const char *secret : {"123456", "2025550142", "s3cr3tsession", "555 0199"}) {
            QVERIFY2(!bundle.contains(QLatin1String(secret)), secret);
        }
    }

    void withoutAServer()
    {
        SettingsFiles files;
        const auto resolver = files.resolver(QByteArray("[Logging]\nDirectory=none\n"));
        ConfiguredNetworkAccessManager network{NetworkOptions()};
        Diagnostics diagnostics(resolver.get(), &network);
        QSignalSpy finished(&diagnostics, &Diagnostics::finished);
        diagnostics.start();
        QVERIFY(finished.wait(5000));
        const QString bundle = diagnostics.bundle();
        QVERIFY(bundle.contains(QStringLiteral("Connectivity: no server to reach (mode backend).")));
        QVERIFY(bundle.contains(QStringLiteral("error: No server configured.")));
        QVERIFY(bundle.contains(QStringLiteral("Last log lines: no log file (Logging/Directory is none).")));
    }
};

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "TestDiagnostics.moc"
