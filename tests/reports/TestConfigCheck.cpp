#include "LocalServers.h"
#include "PolicyFolder.h"
#include "SettingsFiles.h"
#include "SettingsLocations.h"

#include "ConfigCheck.h"
#include "ConfiguredNetworkAccessManager.h"
#include "SessionOptions.h"
#include "SettingsSchema.h"

#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace latchkey;

/** --check-config's report and exit code on good, broken and empty configurations, server included. */
class TestConfigCheck : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        int exitCode = -1;
        QString report;
    };

    /** `sandboxProgram`: as found for --sandbox (empty: not installed); null: not looked for. */
    static Outcome check(const SettingsResolver &resolver, const QString &sandboxProgram = QString(),
                         bool lookForSandbox = false)
    {
        const EffectiveSettings settings = EffectiveSettings::from(resolver);
        ConfiguredNetworkAccessManager network(SessionOptions::network(settings));
        ConfigCheck check(&resolver, &network);
        if (lookForSandbox) {
            check.setSandboxProgram(sandboxProgram, QStringLiteral("The sandbox is not installed."));
        }
        QSignalSpy finished(&check, &ConfigCheck::finished);
        check.start();
        if (!finished.wait(15000)) {
            qFatal("the check did not finish");
        }
        return {check.exitCode(), check.report()};
    }

private slots:
    void aGoodConfigurationPasses()
    {
        test::LocalServer server;
        QVERIFY(server.listen());
        SettingsFiles files;
        const auto resolver =
            files.resolver(QByteArray("[Server]\nUrl=") + server.url().toString().toUtf8() + '\n',
                           QByteArray("[Auth]\nResendCooldownSeconds=45\n"));
        const Outcome outcome = check(*resolver);
        QCOMPARE(outcome.exitCode, 0);
        const QString policy = files.path(QStringLiteral("policy.conf"));
        // Every key, with its value and its source.
        for (const SettingDefinition &definition : SettingsSchema::definitions()) {
            QVERIFY2(outcome.report.contains(QStringLiteral("\n  ") + definition.key + QLatin1Char(' ')),
                     qPrintable(definition.key));
        }
        QVERIFY2(outcome.report.contains(
                     QRegularExpression(QStringLiteral("Server/Url +=  ?%1 +policy \\(%2\\), locked")
                                            .arg(QRegularExpression::escape(server.url().toString()),
                                                 QRegularExpression::escape(policy)))),
                 qPrintable(outcome.report));
        QVERIFY(outcome.report.contains(QRegularExpression(
            QStringLiteral("Auth/ResendCooldownSeconds += 45 +user settings \\(%1\\)")
                .arg(QRegularExpression::escape(files.path(QStringLiteral("user.conf")))))));
        QVERIFY(outcome.report.contains(
            QRegularExpression(QStringLiteral("Auth/FailMode += closed +built-in default"))));
        QVERIFY(outcome.report.contains(QStringLiteral("policy          %1 (1 key(s))").arg(policy)));
        QVERIFY(outcome.report.contains(QStringLiteral("reachable: yes (HTTP 204")));
        QVERIFY(outcome.report.contains(QStringLiteral("Result: no problems; exit code 0.")));
        QCOMPARE(server.requestLines, QStringList{QStringLiteral("GET / HTTP/1.1")});
    }

    void aBrokenConfigurationNamesEveryProblem()
    {
        test::LocalServer server;
        QVERIFY(server.listen());
        SettingsFiles files;
        const auto resolver = files.resolver(QByteArray("[Server]\nUrl=") + server.url().toString().toUtf8() +
                                                 "\n[Verify]\nServiceSid=VA12\n[Tls]\nExtraCaFile=/"
                                                 "nonexistent/ca.pem\n[Frobnicate]\nLevel=11\n",
                                             QByteArray("[Auth]\nCodeLength=six\n"));
        const Outcome outcome = check(*resolver);
        QCOMPARE(outcome.exitCode, 3);
        const QString policy = files.path(QStringLiteral("policy.conf"));
        for (const QString &line : {
                 QStringLiteral(
                     "error: %1: Verify/ServiceSid: must be \"VA\" followed by 32 hexadecimal digits (not "
                     "\"VA12\")")
                     .arg(policy),
                 QStringLiteral(
                     "error: %1: Tls/ExtraCaFile: /nonexistent/ca.pem cannot be read: No such file or "
                     "directory")
                     .arg(policy),
                 QStringLiteral("error: %1: Frobnicate/Level: is not a Latchkey setting").arg(policy),
                 QStringLiteral(
                     "error: %1: Auth/CodeLength: must be 0 (the server decides) or a whole number from 4 "
                     "to 10 (not \"six\")")
                     .arg(files.path(QStringLiteral("user.conf"))),
             }) {
            QVERIFY2(outcome.report.contains(line),
                     qPrintable(line + QStringLiteral("\n---\n") + outcome.report));
        }
        QVERIFY(outcome.report.contains(QStringLiteral("Result: 4 error(s); exit code 3.")));
    }

    void aPolicyThatCannotBeParsedIsAnError()
    {
        // The old check read the user's server and passed: the broken policy's keys were nobody's.
        test::LocalServer server;
        QVERIFY(server.listen());
        SettingsFiles files;
        const auto resolver =
            files.resolver(QByteArray("[Server]\nAllowSandbox=false\n[Auth\n"),
                           QByteArray("[Server]\nUrl=") + server.url().toString().toUtf8() + '\n');
        const Outcome outcome = check(*resolver);
        QCOMPARE(outcome.exitCode, 3);
        const QString policy = files.path(QStringLiteral("policy.conf"));
        QVERIFY2(outcome.report.contains(
                     QStringLiteral("error: %1: line 3: a section name must end with \"]\"").arg(policy)),
                 qPrintable(outcome.report));
        QVERIFY(outcome.report.contains(QStringLiteral("(not read: line 3: a section name must end with")));
        QVERIFY(outcome.report.contains(QStringLiteral("so Latchkey does not sign in")));
        // Every key locked to its default, the user's server included.
        QVERIFY2(outcome.report.contains(QRegularExpression(
                     QStringLiteral("Server/Url += \\(empty\\) +policy \\(%1, unreadable\\), locked")
                         .arg(QRegularExpression::escape(policy)))),
                 qPrintable(outcome.report));
    }

    void anEmptyConfigurationHasNoServer()
    {
        SettingsResolver resolver;
        const Outcome outcome = check(resolver);
        QCOMPARE(outcome.exitCode, 3);
        QVERIFY(outcome.report.contains(QStringLiteral("error: No server configured.")));
        QVERIFY(outcome.report.contains(SettingsLocations::adminGuide()));
    }

    void plainHttpElsewhereIsAProblem()
    {
        SettingsFiles files;
        const auto resolver =
            files.resolver(QByteArray(), QByteArray("[Server]\nUrl=http://auth.example.org\n"));
        const Outcome outcome = check(*resolver);
        QCOMPARE(outcome.exitCode, 3);
        QVERIFY(outcome.report.contains(QStringLiteral("error: %1: Server/Url: must use https")
                                            .arg(files.path(QStringLiteral("user.conf")))));
    }

    void anUnreachableServerFails()
    {
        quint16 port = 0;
        {
            test::LocalServer closed;
            QVERIFY(closed.listen());
            port = closed.port();
        } // closed again: nothing listens there now
        SettingsFiles files;
        const auto resolver = files.resolver(
            QByteArray(), QStringLiteral("[Server]\nUrl=http://127.0.0.1:%1\n").arg(port).toUtf8());
        const Outcome outcome = check(*resolver);
        QCOMPARE(outcome.exitCode, 3);
        QVERIFY2(outcome.report.contains(
                     QStringLiteral("Server/Url: http://127.0.0.1:%1 cannot be reached: Connection refused")
                         .arg(port)),
                 qPrintable(outcome.report));
    }

    void tlsIsCheckedAndTheChainShown()
    {
        test::LocalServer server(true);
        QVERIFY(server.listen());
        SettingsFiles files;
        const QByteArray url = QByteArray("[Server]\nUrl=") + server.url().toString().toUtf8() + '\n';

        const auto untrusted = files.resolver(url);
        const Outcome refused = check(*untrusted);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.report.contains(
                     QStringLiteral("Server/Url: TLS: The issuer certificate of a locally looked up "
                                    "certificate could not be found")),
                 qPrintable(refused.report));
        QVERIFY(
            refused.report.contains(QStringLiteral("certificate 0: 127.0.0.1, issued by Latchkey Test CA")));

        const QString ca = files.write(QStringLiteral("ca.pem"), test::caCertificate);
        const auto trusted = files.resolver(url + "[Tls]\nExtraCaFile=" + ca.toUtf8() + '\n');
        const Outcome passed = check(*trusted);
        QVERIFY2(passed.exitCode == 0, qPrintable(passed.report));
        QVERIFY(passed.report.contains(QStringLiteral("reachable: yes (HTTP 204")));
        QVERIFY(passed.report.contains(QStringLiteral("TLS: TLS 1.")));
        QVERIFY(
            passed.report.contains(QStringLiteral("certificate 0: 127.0.0.1, issued by Latchkey Test CA")));
    }

    void aSinglePinIsAnError()
    {
        SettingsFiles files;
        const auto resolver = files.resolver(
            QByteArray("[Server]\nUrl=https://auth.example.invalid\n[Tls]\nPinnedSpkiSha256=") +
            QByteArray(32, 'A').toBase64() + '\n');
        const Outcome outcome = check(*resolver);
        QCOMPARE(outcome.exitCode, 3);
        QVERIFY2(outcome.report.contains(
                     QStringLiteral("error: %1: Tls/PinnedSpkiSha256: needs at least two pins: the key in "
                                    "use and a backup key")
                         .arg(files.path(QStringLiteral("policy.conf")))),
                 qPrintable(outcome.report));
    }

    void pinsAreCheckedAgainstTheServersKey()
    {
        test::LocalServer server(true);
        QVERIFY(server.listen());
        SettingsFiles files;
        const QString ca = files.write(QStringLiteral("ca.pem"), test::caCertificate);
        const QByteArray base = QByteArray("[Server]\nUrl=") + server.url().toString().toUtf8() +
                                "\n[Tls]\nExtraCaFile=" + ca.toUtf8() + "\nPinnedSpkiSha256=";
        const QByteArray serverPin =
            ConfiguredNetworkAccessManager::spkiSha256(QSslCertificate(QByteArray(test::serverCertificate)))
                .toBase64();
        const QByteArray otherPin = QByteArray(32, 'B').toBase64();

        const auto pinnedElsewhere =
            files.resolver(base + QByteArray(32, 'A').toBase64() + ", " + otherPin + '\n');
        const Outcome refused = check(*pinnedElsewhere);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.report.contains(QStringLiteral("none of the server's certificates carries a key "
                                                        "listed in Tls/PinnedSpkiSha256")),
                 qPrintable(refused.report));
        QVERIFY(server.requestLines.isEmpty());

        const auto pinned = files.resolver(base + otherPin + ", sha256/" + serverPin + '\n');
        const Outcome passed = check(*pinned);
        QVERIFY2(passed.exitCode == 0, qPrintable(passed.report));
        QVERIFY(passed.report.contains(QStringLiteral("reachable: yes (HTTP 204")));
        QCOMPARE(server.requestLines.size(), 1);
    }

    void directModeWithoutAServiceSidCannotStart()
    {
        SettingsFiles files;
        const auto resolver =
            files.resolver(QByteArray("[Server]\nMode=twilio\n[Verify]\nBaseUrl=http://127.0.0.1:9\n"));
        const Outcome outcome = check(*resolver);
        QCOMPARE(outcome.exitCode, 3);
        QVERIFY(outcome.report.contains(
            QStringLiteral("Verify/ServiceSid: is not set; direct mode needs the Verify Service SID")));
        QVERIFY(outcome.report.contains(QStringLiteral("Direct mode needs the Verify Service SID")));
        QVERIFY(
            outcome.report.contains(QStringLiteral("Verify/BaseUrl: http://127.0.0.1:9 cannot be reached")));
    }

    void theSandboxNeedsNoServer()
    {
        SettingsFiles files;
        const auto resolver = files.resolver(QByteArray(), QByteArray("[Server]\nMode=sandbox\n"));
        const Outcome outcome = check(*resolver);
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY(outcome.report.contains(QStringLiteral("its child process latchkey-sandbox")));
    }

    void theSandboxModeSaysWhetherTheSandboxIsInstalled()
    {
        SettingsFiles files;
        const auto resolver = files.resolver(QByteArray(), QByteArray("[Server]\nMode=sandbox\n"));
        const Outcome found = check(*resolver, QStringLiteral("/usr/bin/latchkey-sandbox"), true);
        QCOMPARE(found.exitCode, 0);
        QVERIFY2(found.report.contains(QStringLiteral("its child process /usr/bin/latchkey-sandbox on")),
                 qPrintable(found.report));
        const Outcome missing = check(*resolver, QString(), true);
        QCOMPARE(missing.exitCode, 3);
        QVERIFY2(missing.report.contains(QStringLiteral("The sandbox is not installed.")),
                 qPrintable(missing.report));
        // Another mode does not need it: nothing is said about it.
        const auto backend = files.resolver(QByteArray(), QByteArray("[Server]\nUrl=http://127.0.0.1:9\n"));
        QVERIFY(!check(*backend, QString(), true).report.contains(QStringLiteral("not installed")));
    }

    void everySourceLinesUpEvenAfterALongValue()
    {
        SettingsFiles files;
        const QByteArray longPath = "/var/lib/an/admin/chose/a/rather/long/folder/for/the/logs";
        const auto resolver = files.resolver(
            QByteArray(), QByteArray("[Server]\nMode=sandbox\n[Logging]\nDirectory=") + longPath + '\n');
        const QString report = check(*resolver).report;
        const QStringList lines = report.split(QLatin1Char('\n'));
        QList<qsizetype> sourceColumns;
        for (const QString &line : lines) {
            for (const QString &source :
                 {QStringLiteral("built-in default"), QStringLiteral("user settings (")}) {
                if (line.contains(QStringLiteral(" = ")) && line.contains(source)) {
                    sourceColumns << line.lastIndexOf(source);
                }
            }
        }
        QVERIFY2(sourceColumns.size() > 10, qPrintable(report));
        QVERIFY2(std::all_of(sourceColumns.cbegin(), sourceColumns.cend(),
                             [&](qsizetype column) { return column == sourceColumns.constFirst(); }),
                 qPrintable(report));
        QVERIFY(report.contains(QString::fromLatin1(longPath)));
    }

#ifdef Q_OS_UNIX
    void eachValueNamesThePolicyFileItCameFrom()
    {
        test::LocalServer server;
        QVERIFY(server.listen());
        PolicyFolder folder;
        const QString policy = folder.write(QStringLiteral("policy.conf"),
                                            QByteArray("[Server]\nUrl=") + server.url().toString().toUtf8() +
                                                "\n[Auth]\nCodeLength=6\nRememberMeDays=7\n");
        const QString base =
            folder.write(QStringLiteral("policy.d/10-base.conf"), "[Auth]\nCodeLength=7\nRememberMeDays=9\n");
        const QString auth = folder.write(QStringLiteral("policy.d/20-auth.conf"), "[Auth]\nCodeLength=8\n");
        const auto resolver = folder.resolver();
        const Outcome outcome = check(*resolver);
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.report));
        const std::pair<QString, QString> expected[] = {
            {QStringLiteral("Server/Url += +%1").arg(QRegularExpression::escape(server.url().toString())),
             policy},
            {QStringLiteral("Auth/CodeLength += 8"), auth},
            {QStringLiteral("Auth/RememberMeDays += 9"), base},
        };
        for (const auto &[setting, file] : expected) {
            const QRegularExpression line(
                setting +
                QStringLiteral(" +policy \\(%1\\), locked\n").arg(QRegularExpression::escape(file)));
            QVERIFY2(outcome.report.contains(line),
                     qPrintable(line.pattern() + QStringLiteral("\n---\n") + outcome.report));
        }
        // The stores as they win: the last drop-in first.
        QVERIFY2(outcome.report.contains(QStringLiteral("  policy          %1 (1 key(s))\n"
                                                        "  policy          %2 (2 key(s))\n"
                                                        "  policy          %3 (3 key(s))\n")
                                             .arg(auth, base, policy)),
                 qPrintable(outcome.report));
    }

    void aRefusedPolicyFileIsNamedWithTheReason()
    {
        PolicyFolder folder;
        folder.write(QStringLiteral("policy.conf"), "[Server]\nUrl=https://auth.example.invalid\n");
        const QString refused =
            folder.write(QStringLiteral("policy.d/20-server.conf"), "[Server]\nMode=backend\n", 0666);
        const auto resolver = folder.resolver();
        const Outcome outcome = check(*resolver);
        QCOMPARE(outcome.exitCode, 3);
        const QString reason = QStringLiteral("writable by group or others (mode 0666)");
        for (const QString &text : {
                 QStringLiteral("  policy          %1 (not read: %2)\n").arg(refused, reason),
                 QStringLiteral("error: %1: %2\n").arg(refused, reason),
                 QStringLiteral("Your organisation's policy cannot be read (%1: %2)").arg(refused, reason),
             }) {
            QVERIFY2(outcome.report.contains(text),
                     qPrintable(text + QStringLiteral("\n---\n") + outcome.report));
        }
        QVERIFY2(outcome.report.contains(QRegularExpression(
                     QStringLiteral("Server/Url += \\(empty\\) +policy \\(%1, unreadable\\), locked")
                         .arg(QRegularExpression::escape(refused)))),
                 qPrintable(outcome.report));
    }
#endif
};

QTEST_GUILESS_MAIN(TestConfigCheck)
#include "TestConfigCheck.moc"
