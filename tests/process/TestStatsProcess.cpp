// The audit log and latchkey --stats as shipped: real terminal sign-ins through the sandbox write one
// redacted line each at every log level; an unwritable log warns once and the sign-in goes on; --stats
// --local sums a known log; --stats in direct mode reads a known history from the standalone sandbox's
// Attempts API with the keychain's Twilio secret; usage errors name what is wrong.

#include "ProcessDriver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace latchkey::testing;

class TestStatsProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QProcess m_sandbox;
    QString m_sandboxSeen;
    int m_codesUsed = 0;
    SandboxFacts m_facts;
    QNetworkAccessManager m_network;

    QString configPath() const { return m_home.filePath(QStringLiteral("config/Latchkey/latchkey.conf")); }
    QString stateAudit() const { return m_home.filePath(QStringLiteral("state/latchkey/audit.jsonl")); }

    /** The user's settings for the next runs. */
    void writeSettings(const QByteArray &contents)
    {
        QVERIFY(QDir().mkpath(QFileInfo(configPath()).path()));
        QFile file(configPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(contents);
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = withoutDisplay();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_STATE_HOME"), m_home.filePath(QStringLiteral("state")));
        return environment;
    }

    ProcessRun run(const QStringList &arguments, const QByteArray &input = QByteArray())
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(LATCHKEY_BINARY), arguments);
        process.waitForStarted();
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromLocal8Bit(process.readAllStandardOutput()),
                QString::fromLocal8Bit(process.readAllStandardError())};
    }

    /** `latchkey --tty --sandbox` as demo, to the end; returns the code used and everything on stderr. */
    void sandboxSignIn(QString *code, QString *seen)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(LATCHKEY_BINARY),
                      {QStringLiteral("--tty"), QStringLiteral("--sandbox")});
        QVERIFY(process.waitForStarted());
        QVERIFY(waitForStderr(process, *seen, QRegularExpression(QStringLiteral("Username: $"))).hasMatch());
        type(process, QStringLiteral("demo"));
        QVERIFY(waitForStderr(process, *seen, QRegularExpression(QStringLiteral("Password: $"))).hasMatch());
        type(process, QStringLiteral("latchkey-demo"));
        QVERIFY(waitForStderr(process, *seen, QRegularExpression(QStringLiteral("Remember me.*\\] $")))
                    .hasMatch());
        type(process, QStringLiteral("n"));
        QVERIFY(waitForStderr(process, *seen, QRegularExpression(QStringLiteral("Phone number.*: $")))
                    .hasMatch());
        type(process, QStringLiteral("+1 202 555 0142"));
        const QRegularExpressionMatch sent = waitForStderr(
            process, *seen, QRegularExpression(QStringLiteral("\\[sandbox\\][^\\n]*\\b(\\d{6})\\b")));
        QVERIFY2(sent.hasMatch(), qPrintable(*seen));
        *code = sent.captured(1);
        QVERIFY(
            waitForStderr(process, *seen, QRegularExpression(QStringLiteral("Code \\(.*: $"))).hasMatch());
        type(process, *code);
        QVERIFY(process.waitForFinished(30000));
        *seen += QString::fromLocal8Bit(process.readAllStandardError());
        QVERIFY2(process.exitCode() == 0, qPrintable(*seen));
    }

    static QList<QJsonObject> records(const QString &path)
    {
        QList<QJsonObject> result;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : file.readAll().split('\n')) {
                if (!line.isEmpty()) {
                    result.append(QJsonDocument::fromJson(line).object());
                }
            }
        }
        return result;
    }

    /** The newest code the standalone sandbox delivered since the last one taken. */
    QString nextCode() { return nextOutboxCode(m_sandbox, m_sandboxSeen, m_codesUsed); }

    /** One Verify request to the standalone sandbox with its API key; the HTTP status. */
    int verify(const QString &path, const QUrlQuery &form)
    {
        QNetworkRequest request(
            QUrl(m_facts.baseUrl + QStringLiteral("/v2/Services/") + m_facts.serviceSid + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("application/x-www-form-urlencoded"));
        request.setRawHeader("Authorization",
                             "Basic " + (m_facts.keySid + u':' + m_facts.secret).toUtf8().toBase64());
        QNetworkReply *reply = m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000)) {
            return 0;
        }
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    bool send(const QString &to, const QString &channel)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("To"), QString::fromLatin1(QUrl::toPercentEncoding(to)));
        form.addQueryItem(QStringLiteral("Channel"), channel);
        return verify(QStringLiteral("/Verifications"), form) == 201;
    }

    bool approve(const QString &to, const QString &channel)
    {
        if (!send(to, channel)) {
            return false;
        }
        const QString code = nextCode();
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("To"), QString::fromLatin1(QUrl::toPercentEncoding(to)));
        form.addQueryItem(QStringLiteral("Code"), code);
        return !code.isEmpty() && verify(QStringLiteral("/VerificationCheck"), form) == 200;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_network.setProxy(QNetworkProxy::NoProxy);
        m_sandbox.start(QStringLiteral(LATCHKEY_SANDBOX_BINARY), {});
        QVERIFY(m_sandbox.waitForStarted());
        m_facts = readSandboxFacts(m_sandbox);
        QVERIFY2(m_facts.isComplete(), qPrintable(m_facts.printed));
    }

    void cleanupTestCase()
    {
        m_sandbox.kill();
        m_sandbox.waitForFinished();
    }

    void init() { QFile::remove(configPath()); }

    void aSignInWritesOneRedactedLine_data()
    {
        QTest::addColumn<QString>("level");
        for (const char *level : {"debug", "info", "warning", "critical"}) {
            QTest::newRow(level) << QString::fromLatin1(level);
        }
    }

    void aSignInWritesOneRedactedLine()
    {
        QFETCH(QString, level);
        const QString audit = m_home.filePath(QStringLiteral("audit-%1.jsonl").arg(level));
        writeSettings(QStringLiteral("[Logging]\nLevel=%1\nDirectory=%2\n[Audit]\nPath=%3\n")
                          .arg(level, m_home.filePath(QStringLiteral("logs-") + level), audit)
                          .toUtf8());
        QString code;
        QString seen;
        sandboxSignIn(&code, &seen);
        if (QTest::currentTestFailed()) {
            return;
        }
        QFile file(audit);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QCOMPARE(text.count('\n'), 1);
        const QJsonObject record = QJsonDocument::fromJson(text).object();
        QCOMPARE(record[QStringLiteral("outcome")].toString(), QStringLiteral("signed-in"));
        QCOMPARE(record[QStringLiteral("mode")].toString(), QStringLiteral("sandbox"));
        QCOMPARE(record[QStringLiteral("channel")].toString(), QStringLiteral("sms"));
        QCOMPARE(record[QStringLiteral("country")].toString(), QStringLiteral("US"));
        QCOMPARE(record[QStringLiteral("number")].toString(), QStringLiteral("+1 ••• ••• ••42"));
        QCOMPARE(record[QStringLiteral("codesSent")].toInt(), 1);
        QCOMPARE(record[QStringLiteral("wrongCodes")].toInt(), 0);
        QVERIFY(record[QStringLiteral("error")].isNull());
        QVERIFY(
            QDateTime::fromString(record[QStringLiteral("time")].toString(), Qt::ISODateWithMs).isValid());
        const QJsonObject steps = record[QStringLiteral("stepMsecs")].toObject();
        for (const char *step : {"password", "phone", "code"}) {
            QVERIFY2(steps.contains(QLatin1String(step)), step);
        }
        // Never the password, the code, the username, the full number or a session token.
        for (const QByteArray &secret : {QByteArray("latchkey-demo"), code.toLatin1(), QByteArray("\"demo\""),
                                         QByteArray("2025550142"), QByteArray("latchkey.sid")}) {
            QVERIFY2(!text.contains(secret), secret.constData());
        }
        QVERIFY(!(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    }

    void aCancelledSignInIsAnAttemptToo()
    {
        const QString audit = m_home.filePath(QStringLiteral("audit-cancelled.jsonl"));
        writeSettings(QStringLiteral("[Audit]\nPath=%1\n").arg(audit).toUtf8());
        const ProcessRun cancelled =
            run({QStringLiteral("--tty"), QStringLiteral("--sandbox")}); // input ends
        QCOMPARE(cancelled.exitCode, 1);
        const QList<QJsonObject> lines = records(audit);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.constFirst()[QStringLiteral("outcome")].toString(), QStringLiteral("cancelled"));
        QCOMPARE(lines.constFirst()[QStringLiteral("codesSent")].toInt(), 0);
    }

    void anUnwritableLogWarnsOnceAndTheSignInGoesOn()
    {
        const QString blocker = m_home.filePath(QStringLiteral("a-file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        writeSettings(QStringLiteral("[Audit]\nPath=%1/audit.jsonl\n").arg(blocker).toUtf8());
        QString code;
        QString seen;
        sandboxSignIn(&code, &seen); // exit 0 checked inside
        QCOMPARE(seen.count(QStringLiteral("the audit log")), 1);
        QVERIFY2(seen.contains(QStringLiteral("Signed in as Demo User")), qPrintable(seen));
    }

    void anAuditLogThatIsOffWritesNothing()
    {
        QFile::remove(stateAudit());
        writeSettings("[Audit]\nEnabled=false\n");
        QString code;
        QString seen;
        sandboxSignIn(&code, &seen);
        QVERIFY(!QFile::exists(stateAudit()));
        const ProcessRun local = run({QStringLiteral("--stats"), QStringLiteral("--local")});
        QCOMPARE(local.exitCode, 3);
        QVERIFY2(local.err.contains(QStringLiteral("Audit/Enabled")), qPrintable(local.err));
    }

    void statsLocalSumsTheAuditLog()
    {
        const QString audit = m_home.filePath(QStringLiteral("known.jsonl"));
        QFile file(audit);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Three sign-ins in the period (SMS in, SMS abandoned, a call in) and one before it; a Fraud Guard
        // block and two rate-limit refusals in it.
        file.write(
            R"({"time":"2026-11-30T09:00:00.000Z","outcome":"signed-in","channel":"sms","country":"US","codesSent":1,"fraudGuardBlocks":0,"rateLimited":0})"
            "\n"
            R"({"time":"2026-12-01T09:00:00.000Z","outcome":"signed-in","channel":"sms","country":"US","codesSent":1,"fraudGuardBlocks":0,"rateLimited":0})"
            "\n"
            R"({"time":"2026-12-02T09:00:00.000Z","outcome":"cancelled","channel":"sms","country":"DE","codesSent":2,"fraudGuardBlocks":0,"rateLimited":2})"
            "\n"
            R"({"time":"2026-12-03T09:00:00.000Z","outcome":"signed-in","channel":"call","country":"DE","codesSent":1,"fraudGuardBlocks":0,"rateLimited":0})"
            "\n"
            R"({"time":"2026-12-03T10:00:00.000Z","outcome":"failed","channel":null,"country":null,"codesSent":0,"fraudGuardBlocks":1,"rateLimited":0})"
            "\n");
        file.close();
        writeSettings(QStringLiteral("[Audit]\nPath=%1\n").arg(audit).toUtf8());
        const QStringList period{QStringLiteral("--stats"), QStringLiteral("--local"),
                                 QStringLiteral("--since"), QStringLiteral("2026-12-01"),
                                 QStringLiteral("--until"), QStringLiteral("2026-12-03")};
        const ProcessRun json = run(period + QStringList{QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject stats = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(stats[QStringLiteral("source")].toString(), QStringLiteral("local"));
        QCOMPARE(stats[QStringLiteral("since")].toString(), QStringLiteral("2026-12-01T00:00:00Z"));
        QCOMPARE(stats[QStringLiteral("until")].toString(), QStringLiteral("2026-12-04T00:00:00Z"));
        QCOMPARE(stats[QStringLiteral("attempts")].toInt(), 3);
        QCOMPARE(stats[QStringLiteral("converted")].toInt(), 2);
        QCOMPARE(stats[QStringLiteral("conversionRatePercent")].toDouble(), 66.7);
        QCOMPARE(stats[QStringLiteral("fraudGuardBlocks")].toInt(), 1);
        QCOMPARE(stats[QStringLiteral("rateLimited")].toInt(), 2);
        QVERIFY(stats[QStringLiteral("price")].isNull());
        const QJsonArray channels = stats[QStringLiteral("channels")].toArray();
        QCOMPARE(channels.size(), 2);
        QCOMPARE(channels.at(0)[QStringLiteral("channel")].toString(), QStringLiteral("sms"));
        QCOMPARE(channels.at(0)[QStringLiteral("attempts")].toInt(), 2);
        QCOMPARE(channels.at(0)[QStringLiteral("converted")].toInt(), 1);
        const QJsonArray countries = stats[QStringLiteral("countries")].toArray();
        QCOMPARE(countries.at(0)[QStringLiteral("country")].toString(), QStringLiteral("DE"));
        QCOMPARE(countries.at(0)[QStringLiteral("attempts")].toInt(), 2);

        const ProcessRun text = run(period);
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("Attempts: 3")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("Germany (DE): attempts 2, converted 1 (50.0 %)")));
        QVERIFY(text.out.contains(QStringLiteral("Voice call: attempts 1, converted 1 (100.0 %)")));
        QVERIFY(text.out.contains(QStringLiteral("Fraud Guard blocks seen: 1")));
    }

    void statsUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed since")
            << QStringList{QStringLiteral("--stats"), QStringLiteral("--since"), QStringLiteral("5/11/2026")}
            << QStringLiteral("--since 5/11/2026 is not a date");
        QTest::newRow("impossible until")
            << QStringList{QStringLiteral("--stats"), QStringLiteral("--until"), QStringLiteral("2026-02-30")}
            << QStringLiteral("--until 2026-02-30 is not a date");
        QTest::newRow("since after until")
            << QStringList{QStringLiteral("--stats"), QStringLiteral("--since"), QStringLiteral("2026-12-05"),
                           QStringLiteral("--until"), QStringLiteral("2026-12-01")}
            << QStringLiteral("--since 2026-12-05 is not before --until 2026-12-01");
        QTest::newRow("json alone") << QStringList{QStringLiteral("--json")}
                                    << QStringLiteral("--json only goes with --stats");
        QTest::newRow("with another action")
            << QStringList{QStringLiteral("--stats"), QStringLiteral("--sign-out")}
            << QStringLiteral("cannot be combined");
    }

    void statsUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const ProcessRun result = run(arguments);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void statsInDirectModeReadTwiliosAttempts()
    {
        const ProcessRun stored =
            run(QStringList{QStringLiteral("--set-twilio-secret")} + m_facts.directOptions(),
                (m_facts.keySid + QLatin1Char('\n') + m_facts.secret + QLatin1Char('\n')).toUtf8());
        QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
        // A known history: an SMS approved, an SMS abandoned, a call approved; a Fraud Guard–blocked start
        // (which Twilio never lists).
        QVERIFY(approve(QStringLiteral("+12025550142"), QStringLiteral("sms")));
        QVERIFY(send(QStringLiteral("+12025550143"), QStringLiteral("sms")));
        QVERIFY(nextCode().size() == 6);
        QVERIFY(approve(QStringLiteral("+12025550144"), QStringLiteral("call")));
        QVERIFY(!send(QStringLiteral("+12025550191"), QStringLiteral("sms")));

        const QString until = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
        const QStringList arguments =
            QStringList{QStringLiteral("--stats"), QStringLiteral("--until"), until} +
            m_facts.directOptions();
        const ProcessRun json = run(arguments + QStringList{QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject stats = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(stats[QStringLiteral("source")].toString(), QStringLiteral("twilio"));
        QCOMPARE(stats[QStringLiteral("attempts")].toInt(), 3);
        QCOMPARE(stats[QStringLiteral("converted")].toInt(), 2);
        QCOMPARE(stats[QStringLiteral("conversionRatePercent")].toDouble(), 66.7);
        QCOMPARE(stats[QStringLiteral("price")][QStringLiteral("amount")].toString(),
                 QStringLiteral("0.0298"));
        QCOMPARE(stats[QStringLiteral("price")][QStringLiteral("currency")].toString(),
                 QStringLiteral("USD"));
        QCOMPARE(stats[QStringLiteral("retentionDays")].toInt(), 30);
        const QJsonArray channels = stats[QStringLiteral("channels")].toArray();
        QCOMPARE(channels.size(), 2);
        QCOMPARE(channels.at(0)[QStringLiteral("channel")].toString(), QStringLiteral("sms"));
        QCOMPARE(channels.at(0)[QStringLiteral("converted")].toInt(), 1);
        QCOMPARE(channels.at(1)[QStringLiteral("channel")].toString(), QStringLiteral("call"));
        QCOMPARE(channels.at(1)[QStringLiteral("converted")].toInt(), 1);
        const QJsonArray countries = stats[QStringLiteral("countries")].toArray();
        QCOMPARE(countries.size(), 1);
        QCOMPARE(countries.at(0)[QStringLiteral("country")].toString(), QStringLiteral("US"));
        QCOMPARE(countries.at(0)[QStringLiteral("attempts")].toInt(), 3);

        const ProcessRun text = run(arguments);
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("United States (US): attempts 3, converted 2")),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("Total price: 0.0298 USD")));
        QVERIFY(text.out.contains(QStringLiteral("Twilio keeps about 30 days")));
        for (const QString &number : {QStringLiteral("2025550142"), QStringLiteral("2025550143")}) {
            QVERIFY(!text.out.contains(number) && !json.out.contains(number));
        }
        QVERIFY(!text.out.contains(m_facts.secret) && !text.err.contains(m_facts.secret));

        // A period before the history: nothing.
        const ProcessRun before = run(QStringList{QStringLiteral("--stats"), QStringLiteral("--json"),
                                                  QStringLiteral("--until"), QStringLiteral("2020-01-01")} +
                                      m_facts.directOptions());
        QVERIFY2(before.exitCode == 0, qPrintable(before.err));
        QCOMPARE(QJsonDocument::fromJson(before.out.toUtf8())[QStringLiteral("attempts")].toInt(), 0);
    }

    void statsInBackendModeFromTheSandboxBackend()
    {
        // The standalone sandbox as the organisation's backend: after the history above, a terminal sign-in
        // as its admin (demo), then GET /api/admin/stats with the session.
        QProcess process;
        process.setProcessEnvironment(environment());
        const QString until = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
        process.start(QStringLiteral(LATCHKEY_BINARY),
                      {QStringLiteral("--stats"), QStringLiteral("--json"), QStringLiteral("--until"), until,
                       QStringLiteral("--server"), m_facts.baseUrl});
        QVERIFY(process.waitForStarted());
        QString seen;
        QVERIFY(waitForStderr(process, seen, QRegularExpression(QStringLiteral("Username: $"))).hasMatch());
        type(process, QStringLiteral("demo"));
        QVERIFY(waitForStderr(process, seen, QRegularExpression(QStringLiteral("Password: $"))).hasMatch());
        type(process, QStringLiteral("latchkey-demo"));
        QVERIFY(waitForStderr(process, seen, QRegularExpression(QStringLiteral("Remember me.*\\] $")))
                    .hasMatch());
        type(process, QStringLiteral("n"));
        QVERIFY(
            waitForStderr(process, seen, QRegularExpression(QStringLiteral("Phone number.*: $"))).hasMatch());
        type(process, QStringLiteral("+1 202 555 0142"));
        const QString code = nextCode();
        QVERIFY(!code.isEmpty());
        QVERIFY(waitForStderr(process, seen, QRegularExpression(QStringLiteral("Code \\(.*: $"))).hasMatch());
        type(process, code);
        QVERIFY(process.waitForFinished(30000));
        seen += QString::fromLocal8Bit(process.readAllStandardError());
        QVERIFY2(process.exitCode() == 0, qPrintable(seen));
        const QByteArray out = process.readAllStandardOutput();
        const QJsonObject stats = QJsonDocument::fromJson(out).object();
        QVERIFY2(!stats.isEmpty(), out.constData());
        QCOMPARE(stats[QStringLiteral("source")].toString(), QStringLiteral("backend"));
        // The three attempts of the direct-mode history, and this sign-in's SMS.
        QCOMPARE(stats[QStringLiteral("attempts")].toInt(), 4);
        QCOMPARE(stats[QStringLiteral("converted")].toInt(), 3);
        QCOMPARE(stats[QStringLiteral("price")][QStringLiteral("amount")].toString(),
                 QStringLiteral("0.0377"));
        QCOMPARE(stats[QStringLiteral("channels")][0][QStringLiteral("channel")].toString(),
                 QStringLiteral("sms"));
        QCOMPARE(stats[QStringLiteral("channels")][0][QStringLiteral("attempts")].toInt(), 3);
        QCOMPARE(stats[QStringLiteral("channels")][0][QStringLiteral("converted")].toInt(), 2);
        QVERIFY(!out.contains("2025550142"));
    }
};

QTEST_GUILESS_MAIN(TestStatsProcess)
#include "TestStatsProcess.moc"
