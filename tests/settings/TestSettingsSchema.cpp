#include "LocalServers.h"
#include "SettingsFiles.h"

#include "EffectiveSettings.h"
#include "SettingsSchema.h"

#include <QDir>
#include <QSet>
#include <QSslCertificate>
#include <QTest>
#include <QXmlStreamReader>

using namespace latchkey;

/**
 * Every key's check, good and bad, as an admin meets it: a value in a policy file, and the exact problem
 * that names the file, the key and what is wrong.
 */
class TestSettingsSchema : public QObject
{
    Q_OBJECT

    SettingsFiles m_files;
    int m_written = 0;
    QString m_caFile;
    QString m_derCaFile;
    QString m_logo;

    /** Resolves `key=value` from a policy file; returns the value shown, or the one problem's text. */
    QString resolve(const QString &key, const QByteArray &value, bool *ok)
    {
        const QString group = key.section(QLatin1Char('/'), 0, 0);
        const QString name = key.section(QLatin1Char('/'), 1);
        // A new policy file each time: QSettings caches a file by path, size and time, which two rows can
        // share.
        const QString path =
            m_files.write(QStringLiteral("policy-%1.conf").arg(++m_written),
                          QByteArray("[") + group.toUtf8() + "]\n" + name.toUtf8() + '=' + value + '\n');
        SettingsResolver resolver;
        resolver.addSource(SettingsLayer::Policy, QtSettingsSource::iniFile(path));
        const QList<SettingsProblem> problems = resolver.problems();
        *ok = problems.isEmpty();
        if (!problems.isEmpty()) {
            return problems.constFirst().toString().replace(path, QStringLiteral("POLICY"));
        }
        return SettingsSchema::displayValue(resolver.value(key));
    }

    struct Row
    {
        const char *name;
        QString key;
        QByteArray value;
        QString expected; // the value shown, or the message
    };

    QList<Row> goodRows() const
    {
        QList<Row> rows;
        const QString sid = QStringLiteral("VA0123456789abcdef0123456789ABCDEF");
        rows.append({"mode", SettingsKey::mode, QByteArray("Twilio"), QStringLiteral("twilio")});
        rows.append({"allow sandbox", SettingsKey::allowSandbox, QByteArray("no"), QStringLiteral("false")});
        rows.append({"server", SettingsKey::serverUrl, QByteArray("https://Auth.Example.org:8443/"),
                     QStringLiteral("https://auth.example.org:8443")});
        rows.append({"loopback http server", SettingsKey::serverUrl, QByteArray("http://localhost:3000"),
                     QStringLiteral("http://localhost:3000")});
        rows.append(
            {"login path", SettingsKey::loginPath, QByteArray("/v2/login"), QStringLiteral("/v2/login")});
        rows.append({"send path", SettingsKey::sendCodePath, QByteArray("/send"), QStringLiteral("/send")});
        rows.append(
            {"verify path", SettingsKey::verifyCodePath, QByteArray("/check"), QStringLiteral("/check")});
        rows.append({"logout path", SettingsKey::logoutPath, QByteArray("/bye"), QStringLiteral("/bye")});
        rows.append({"service sid", SettingsKey::verifyServiceSid, sid.toLatin1(), sid});
        rows.append({"verify url", SettingsKey::verifyBaseUrl, QByteArray("https://verify.twilio.com"),
                     QStringLiteral("https://verify.twilio.com")});
        rows.append({"channels", SettingsKey::allowedChannels, QByteArray("SMS, call, sms"),
                     QStringLiteral("sms, call")});
        rows.append({"default channel", SettingsKey::defaultChannel, QByteArray("whatsapp"),
                     QStringLiteral("whatsapp")});
        rows.append({"code length", SettingsKey::codeLength, QByteArray("8"), QStringLiteral("8")});
        rows.append(
            {"code length from server", SettingsKey::codeLength, QByteArray("0"), QStringLiteral("0")});
        rows.append({"resend", SettingsKey::resendCooldown, QByteArray("60"), QStringLiteral("60")});
        rows.append({"call fallback", SettingsKey::callFallback, QByteArray("0"), QStringLiteral("0")});
        rows.append(
            {"remember allowed", SettingsKey::rememberMeAllowed, QByteArray("true"), QStringLiteral("true")});
        rows.append(
            {"remember default", SettingsKey::rememberMeDefault, QByteArray("true"), QStringLiteral("true")});
        rows.append({"remember days", SettingsKey::rememberMeDays, QByteArray("14"), QStringLiteral("14")});
        rows.append({"remember device allowed", SettingsKey::rememberDeviceAllowed, QByteArray("yes"),
                     QStringLiteral("true")});
        rows.append(
            {"remember device days", SettingsKey::rememberDeviceDays, QByteArray("7"), QStringLiteral("7")});
        rows.append({"fail mode", SettingsKey::failMode, QByteArray("closed"), QStringLiteral("closed")});
        rows.append({"fail mode open", SettingsKey::failMode, QByteArray("Open"), QStringLiteral("open")});
        // Kept as E.164, shown masked in reports.
        rows.append({"phone number", SettingsKey::phoneNumber, QByteArray("+44 7700 900-123"),
                     QStringLiteral("+44 ••• ••• ••23")});
        rows.append({"email address", SettingsKey::emailAddress, QByteArray("ada@example.com"),
                     QStringLiteral("a•••@example.com")});
        rows.append({"proxy mode", SettingsKey::proxyMode, QByteArray("manual"), QStringLiteral("manual")});
        rows.append({"proxy url", SettingsKey::proxyUrl, QByteArray("http://proxy.corp:3128"),
                     QStringLiteral("http://proxy.corp:3128")});
        rows.append({"socks proxy", SettingsKey::proxyUrl, QByteArray("socks5://proxy.corp:1080"),
                     QStringLiteral("socks5://proxy.corp:1080")});
        rows.append({"connect timeout", SettingsKey::connectTimeout, QByteArray("5"), QStringLiteral("5")});
        rows.append({"total timeout", SettingsKey::totalTimeout, QByteArray("45"), QStringLiteral("45")});
        rows.append({"ca file", SettingsKey::extraCaFile, m_caFile.toUtf8(), m_caFile});
        rows.append({"der ca file", SettingsKey::extraCaFile, m_derCaFile.toUtf8(), m_derCaFile});
        rows.append({"pins", SettingsKey::pinnedSpki,
                     QByteArray("sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=, "
                                "BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBA="),
                     QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=, "
                                    "BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBA=")});
        rows.append({"language", SettingsKey::language, QByteArray("pt_BR"), QStringLiteral("pt_BR")});
        rows.append(
            {"system language", SettingsKey::language, QByteArray("system"), QStringLiteral("system")});
        rows.append({"help desk", SettingsKey::helpDeskText, QByteArray("\"Call 555-0100, any time\""),
                     QStringLiteral("Call 555-0100, any time")});
        rows.append({"logo", SettingsKey::helpDeskLogo, m_logo.toUtf8(), m_logo});
        rows.append({"log level", SettingsKey::logLevel, QByteArray("debug"), QStringLiteral("debug")});
        rows.append({"log directory", SettingsKey::logDirectory,
                     m_files.path(QStringLiteral("logs")).toUtf8(), m_files.path(QStringLiteral("logs"))});
        rows.append({"no log file", SettingsKey::logDirectory, QByteArray("none"), QStringLiteral("none")});
        rows.append({"syslog", SettingsKey::syslog, QByteArray("1"), QStringLiteral("true")});
        rows.append({"gate allows the sandbox", SettingsKey::gateAllowSandbox, QByteArray("yes"),
                     QStringLiteral("true")});
        rows.append({"gate audience", SettingsKey::gateAudience, QByteArray("deploy-tool"),
                     QStringLiteral("deploy-tool")});
        rows.append({"audit off", SettingsKey::auditEnabled, QByteArray("false"), QStringLiteral("false")});
        rows.append({"audit path", SettingsKey::auditPath, QByteArray("/var/log/latchkey/audit.jsonl"),
                     QStringLiteral("/var/log/latchkey/audit.jsonl")});
        rows.append(
            {"audit to syslog", SettingsKey::auditSyslog, QByteArray("false"), QStringLiteral("false")});
        rows.append(
            {"close when done", SettingsKey::closeWhenDone, QByteArray("true"), QStringLiteral("true")});
        rows.append({"organisation name", SettingsKey::organisationName,
                     QByteArray("\"Example Health, Inc.\""), QStringLiteral("Example Health, Inc.")});
        return rows;
    }

    QList<Row> badRows() const
    {
        QList<Row> rows;
        rows.append({"mode", SettingsKey::mode, QByteArray("pigeon"),
                     QStringLiteral("must be one of backend, twilio, sandbox (not \"pigeon\")")});
        rows.append({"allow sandbox", SettingsKey::allowSandbox, QByteArray("maybe"),
                     QStringLiteral("must be true or false (not \"maybe\")")});
        rows.append({"plain http server", SettingsKey::serverUrl, QByteArray("http://auth.example.org"),
                     QStringLiteral("must use https; plain http is allowed only on this computer "
                                    "(127.0.0.1, ::1, localhost) (not \"http://auth.example.org\")")});
        rows.append(
            {"not a url", SettingsKey::serverUrl, QByteArray("auth.example.org"),
             QStringLiteral("must be a URL such as https://auth.example.org (not \"auth.example.org\")")});
        rows.append({"server with credentials", SettingsKey::serverUrl,
                     QByteArray("https://me:pw@auth.example.org"),
                     QStringLiteral("must not contain a user name or password")});
        rows.append(
            {"server with a path", SettingsKey::serverUrl, QByteArray("https://auth.example.org/api"),
             QStringLiteral(
                 "must be an origin (scheme, host and port) without a path; the paths are Server/LoginPath, "
                 "Server/SendCodePath, Server/VerifyCodePath and Server/LogoutPath (not "
                 "\"https://auth.example.org/api\")")});
        rows.append(
            {"relative path", SettingsKey::loginPath, QByteArray("api/login"),
             QStringLiteral("must be a path starting with / such as /api/auth/login (not \"api/login\")")});
        rows.append(
            {"path with query", SettingsKey::sendCodePath, QByteArray("/send?x=1"),
             QStringLiteral("must be a path starting with / such as /api/auth/login (not \"/send?x=1\")")});
        rows.append({"path with a space", SettingsKey::verifyCodePath, QByteArray("/verify code"),
                     QStringLiteral(
                         "must be a path starting with / such as /api/auth/login (not \"/verify code\")")});
        rows.append({"protocol-relative path", SettingsKey::logoutPath, QByteArray("//evil.example/logout"),
                     QStringLiteral("must be a path starting with / such as /api/auth/login (not "
                                    "\"//evil.example/logout\")")});
        rows.append({"short sid", SettingsKey::verifyServiceSid, QByteArray("VA12"),
                     QStringLiteral("must be \"VA\" followed by 32 hexadecimal digits (not \"VA12\")")});
        rows.append({"account sid", SettingsKey::verifyServiceSid,
                     QByteArray("AC0123456789abcdef0123456789abcdef"),
                     QStringLiteral("must be \"VA\" followed by 32 hexadecimal digits (not "
                                    "\"AC0123456789abcdef0123456789abcdef\")")});
        rows.append({"verify over http", SettingsKey::verifyBaseUrl, QByteArray("http://verify.twilio.com"),
                     QStringLiteral("must use https; plain http is allowed only on this computer "
                                    "(127.0.0.1, ::1, localhost) (not \"http://verify.twilio.com\")")});
        rows.append({"verify with a path", SettingsKey::verifyBaseUrl,
                     QByteArray("https://verify.twilio.com/v2"),
                     QStringLiteral("must be an origin (scheme, host and port) without a path "
                                    "(not \"https://verify.twilio.com/v2\")")});
        rows.append({"unknown channel", SettingsKey::allowedChannels, QByteArray("sms, pigeon"),
                     QStringLiteral("\"pigeon\" is not one of sms, call, whatsapp, email")});
        rows.append({"no channel", SettingsKey::allowedChannels, QByteArray(""),
                     QStringLiteral("must name at least one of sms, call, whatsapp, email, or nobody could "
                                    "receive a code")});
        rows.append({"default channel", SettingsKey::defaultChannel, QByteArray("fax"),
                     QStringLiteral("must be one of sms, call, whatsapp, email (not \"fax\")")});
        rows.append(
            {"code length", SettingsKey::codeLength, QByteArray("six"),
             QStringLiteral("must be 0 (the server decides) or a whole number from 4 to 10 (not \"six\")")});
        rows.append(
            {"long code", SettingsKey::codeLength, QByteArray("12"),
             QStringLiteral("must be 0 (the server decides) or a whole number from 4 to 10 (not \"12\")")});
        rows.append({"resend", SettingsKey::resendCooldown, QByteArray("-1"),
                     QStringLiteral("must be a whole number from 0 to 600 (not \"-1\")")});
        rows.append({"call fallback", SettingsKey::callFallback, QByteArray("20s"),
                     QStringLiteral("must be a whole number from 0 to 600 (not \"20s\")")});
        rows.append({"remember allowed", SettingsKey::rememberMeAllowed, QByteArray("sometimes"),
                     QStringLiteral("must be true or false (not \"sometimes\")")});
        rows.append({"remember default", SettingsKey::rememberMeDefault, QByteArray("yes please"),
                     QStringLiteral("must be true or false (not \"yes please\")")});
        rows.append({"remember days", SettingsKey::rememberMeDays, QByteArray("9999"),
                     QStringLiteral("must be a whole number from 0 to 3650 (not \"9999\")")});
        rows.append({"remember device allowed", SettingsKey::rememberDeviceAllowed, QByteArray("maybe"),
                     QStringLiteral("must be true or false (not \"maybe\")")});
        rows.append({"remember device days", SettingsKey::rememberDeviceDays, QByteArray("0"),
                     QStringLiteral("must be a whole number from 1 to 365 (not \"0\")")});
        rows.append({"fail mode", SettingsKey::failMode, QByteArray("ajar"),
                     QStringLiteral("must be one of closed, open (not \"ajar\")")});
        rows.append({"proxy mode", SettingsKey::proxyMode, QByteArray("auto"),
                     QStringLiteral("must be one of system, none, manual (not \"auto\")")});
        rows.append({"proxy without port", SettingsKey::proxyUrl, QByteArray("http://proxy.corp"),
                     QStringLiteral("must be http://host:port or socks5://host:port (not "
                                    "\"http://proxy.corp\")")});
        rows.append({"proxy with password", SettingsKey::proxyUrl,
                     QByteArray("http://me:secret@proxy.corp:3128"),
                     QStringLiteral(
                         "must not contain a user name or password: proxy credentials are not settings, and "
                         "proxies that ask for them are not supported yet")});
        rows.append({"connect timeout", SettingsKey::connectTimeout, QByteArray("0"),
                     QStringLiteral("must be a whole number from 1 to 120 (not \"0\")")});
        rows.append({"total timeout", SettingsKey::totalTimeout, QByteArray("forever"),
                     QStringLiteral("must be a whole number from 1 to 600 (not \"forever\")")});
        rows.append({"relative ca file", SettingsKey::extraCaFile, QByteArray("ca.pem"),
                     QStringLiteral("must be an absolute path (not \"ca.pem\")")});
        rows.append({"missing ca file", SettingsKey::extraCaFile,
                     m_files.path(QStringLiteral("nope.pem")).toUtf8(),
                     QStringLiteral("%1 cannot be read: No such file or directory")
                         .arg(m_files.path(QStringLiteral("nope.pem")))});
        for (const char *name : {"damaged.pem", "truncated.der"}) {
            const QString path = m_files.path(QString::fromLatin1(name));
            rows.append({name, SettingsKey::extraCaFile, path.toUtf8(),
                         QStringLiteral("%1 holds no PEM or DER certificate").arg(path)});
        }
        rows.append({"ca file without certificate", SettingsKey::extraCaFile,
                     m_files.path(QStringLiteral("notes.txt")).toUtf8(),
                     QStringLiteral("%1 holds no PEM or DER certificate")
                         .arg(m_files.path(QStringLiteral("notes.txt")))});
        rows.append({"one pin", SettingsKey::pinnedSpki, QByteArray(32, 'A').toBase64(),
                     QStringLiteral("needs at least two pins: the key in use and a backup key")});
        rows.append(
            {"pin", SettingsKey::pinnedSpki, QByteArray("abc"),
             QStringLiteral("\"abc\" is not the base64 SHA-256 hash of a public key (44 characters)")});
        rows.append(
            {"language", SettingsKey::language, QByteArray("Klingon"),
             QStringLiteral("must be \"system\" or a language such as de, fr or pt_BR (not \"Klingon\")")});
        rows.append({"help desk too long", SettingsKey::helpDeskText, QByteArray(1001, 'x'),
                     QStringLiteral("is 1001 characters long; at most 1000 fit under an error")});
        rows.append({"logo directory", SettingsKey::helpDeskLogo, QDir::tempPath().toUtf8(),
                     QStringLiteral("%1 is a directory, not a file").arg(QDir::tempPath())});
        rows.append({"log level", SettingsKey::logLevel, QByteArray("chatty"),
                     QStringLiteral("must be one of debug, info, warning, critical (not \"chatty\")")});
        rows.append(
            {"relative log directory", SettingsKey::logDirectory, QByteArray("logs"),
             QStringLiteral("must be an absolute path, \"none\" or empty for the default (not \"logs\")")});
        rows.append({"log directory is a file", SettingsKey::logDirectory, m_caFile.toUtf8(),
                     QStringLiteral("%1 is not a directory").arg(m_caFile)});
        rows.append({"syslog", SettingsKey::syslog, QByteArray("loud"),
                     QStringLiteral("must be true or false (not \"loud\")")});
        rows.append({"relative audit path", SettingsKey::auditPath, QByteArray("audit.jsonl"),
                     QStringLiteral("must be the absolute path of a file, or empty for the default (not "
                                    "\"audit.jsonl\")")});
        rows.append({"audit path is a folder", SettingsKey::auditPath, QDir::tempPath().toUtf8(),
                     QStringLiteral("must be the absolute path of a file, or empty for the default (not "
                                    "\"%1\")")
                         .arg(QDir::tempPath())});
        rows.append({"audit on", SettingsKey::auditEnabled, QByteArray("often"),
                     QStringLiteral("must be true or false (not \"often\")")});
        rows.append({"audit to syslog", SettingsKey::auditSyslog, QByteArray("loud"),
                     QStringLiteral("must be true or false (not \"loud\")")});
        rows.append({"gate sandbox", SettingsKey::gateAllowSandbox, QByteArray("maybe"),
                     QStringLiteral("must be true or false (not \"maybe\")")});
        rows.append({"organisation name too long", SettingsKey::organisationName, QByteArray(81, 'x'),
                     QStringLiteral("must be one line of at most 80 characters, to fit above a title")});
        rows.append({"close when done", SettingsKey::closeWhenDone, QByteArray("soon"),
                     QStringLiteral("must be true or false (not \"soon\")")});
        rows.append(
            {"gate audience with a space", SettingsKey::gateAudience, QByteArray("deploy tool"),
             QStringLiteral("must be up to 200 letters, digits and . _ : / - (not \"deploy tool\")")});
        rows.append({"email address without a domain", SettingsKey::emailAddress, QByteArray("ada@localhost"),
                     QStringLiteral("must be an email address, such as ada@example.com")});
        rows.append({"phone number without a country code", SettingsKey::phoneNumber,
                     QByteArray("07700 900123"),
                     QStringLiteral("must be a phone number in international format starting with + and the "
                                    "country code, such as +14155550142")});
        return rows;
    }

private slots:
    void initTestCase()
    {
        m_caFile = m_files.write(QStringLiteral("ca.pem"), QByteArray(test::caCertificate));
        m_logo = m_files.write(QStringLiteral("logo.png"), QByteArray("not really a png, but readable"));
        m_files.write(QStringLiteral("notes.txt"), QByteArray("no certificate here"));
        const QByteArray der = QSslCertificate(QByteArray(test::caCertificate)).toDer();
        QVERIFY(!der.isEmpty());
        m_derCaFile = m_files.write(QStringLiteral("ca.der"), der);
        m_files.write(QStringLiteral("truncated.der"), der.chopped(1));
        m_files.write(QStringLiteral("damaged.pem"),
                      QByteArray("-----BEGIN CERTIFICATE-----\nnot*base64\n-----END CERTIFICATE-----\n"));
    }

    void goodValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("shown");
        for (const Row &row : goodRows()) {
            QTest::newRow(row.name) << row.key << row.value << row.expected;
        }
    }
    void goodValues()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, value);
        QFETCH(QString, shown);
        bool ok = false;
        const QString result = resolve(key, value, &ok);
        QVERIFY2(ok, qPrintable(result));
        QCOMPARE(result, shown);
    }

    void badValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("message");
        for (const Row &row : badRows()) {
            QTest::newRow(row.name) << row.key << row.value << row.expected;
        }
    }
    void badValues()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, value);
        QFETCH(QString, message);
        bool ok = true;
        const QString result = resolve(key, value, &ok);
        QVERIFY2(!ok, qPrintable(result));
        QCOMPARE(result, QStringLiteral("error: %1: %2: %3").arg(QStringLiteral("POLICY"), key, message));
    }

    void everyKeyIsCoveredByBothTables()
    {
        // A new key needs a good and a bad row above (and its entry in docs/admin-guide.md).
        QSet<QString> good;
        QSet<QString> bad;
        for (const Row &row : goodRows()) {
            good.insert(row.key);
        }
        for (const Row &row : badRows()) {
            bad.insert(row.key);
        }
        for (const SettingDefinition &definition : SettingsSchema::definitions()) {
            QVERIFY2(good.contains(definition.key), qPrintable(definition.key));
            QVERIFY2(bad.contains(definition.key), qPrintable(definition.key));
        }
    }

    void theAdminGuideDocumentsEveryKey()
    {
        QFile guide(QStringLiteral(LATCHKEY_ADMIN_GUIDE));
        QVERIFY2(guide.open(QIODevice::ReadOnly), LATCHKEY_ADMIN_GUIDE);
        const QString text = QString::fromUtf8(guide.readAll());
        for (const SettingDefinition &definition : SettingsSchema::definitions()) {
            QVERIFY2(text.contains(QStringLiteral("| `%1` |").arg(definition.key)),
                     qPrintable(definition.key));
        }
    }

    void theExampleProfileSetsEveryKeyValidly()
    {
        // packaging/macos/app.latchkey.latchkey.mobileconfig: its forced values, read as a plist holds them.
        QFile profile(QStringLiteral(LATCHKEY_MAC_PROFILE));
        QVERIFY2(profile.open(QIODevice::ReadOnly), LATCHKEY_MAC_PROFILE);
        QXmlStreamReader xml(&profile);
        while (!xml.atEnd() &&
               !(xml.isCharacters() && xml.text() == QLatin1String("mcx_preference_settings"))) {
            xml.readNext();
        }
        xml.readNext();                      // </key>
        QVERIFY(xml.readNextStartElement()); // the settings' <dict>
        QCOMPARE(xml.name(), QLatin1String("dict"));
        QMap<QString, QVariant> values;
        while (xml.readNextStartElement()) {
            QCOMPARE(xml.name(), QLatin1String("key"));
            const QString key = xml.readElementText().replace(QLatin1Char('.'), QLatin1Char('/'));
            QVERIFY(xml.readNextStartElement());
            const QString type = xml.name().toString();
            QVariant value;
            if (type == QLatin1String("true") || type == QLatin1String("false")) {
                value = type == QLatin1String("true");
                xml.skipCurrentElement();
            } else if (type == QLatin1String("integer")) {
                value = xml.readElementText().toLongLong();
            } else if (type == QLatin1String("array")) {
                QStringList items;
                while (xml.readNextStartElement()) {
                    items.append(xml.readElementText());
                }
                value = items;
            } else {
                value = xml.readElementText();
            }
            values.insert(key, value);
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        for (const SettingDefinition &definition : SettingsSchema::definitions()) {
            QVERIFY2(values.contains(definition.key), qPrintable(definition.key));
            QVariant parsed;
            QString problem;
            QVERIFY2(SettingsSchema::parse(definition.key, values.value(definition.key), &parsed, &problem),
                     qPrintable(definition.key + QStringLiteral(": ") + problem));
        }
        QCOMPARE(values.size(), SettingsSchema::definitions().size());
    }

    void theExamplePolicyIsValid()
    {
        SettingsResolver resolver;
        resolver.addSource(SettingsLayer::Policy,
                           QtSettingsSource::iniFile(QStringLiteral(LATCHKEY_POLICY_EXAMPLE)));
        QList<SettingsProblem> problems = resolver.problems();
        EffectiveSettings::from(resolver, &problems);
        QStringList texts;
        for (const SettingsProblem &problem : problems) {
            texts << problem.toString();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(texts.join(QLatin1Char('\n'))));
        QCOMPARE(resolver.value(SettingsKey::serverUrl).toString(),
                 QStringLiteral("https://auth.example.org"));
        QVERIFY(resolver.isLocked(SettingsKey::allowSandbox));
        QCOMPARE(resolver.value(SettingsKey::allowedChannels).toStringList(),
                 (QStringList{QStringLiteral("sms"), QStringLiteral("call")}));
        QVERIFY(resolver.value(SettingsKey::helpDeskText)
                    .toString()
                    .contains(QStringLiteral("help desk on +1 555 0100, or")));
        QCOMPARE(resolver.value(SettingsKey::failMode).toString(), QStringLiteral("closed"));
    }

    void storesMayHandOverTypedValues()
    {
        // The registry gives DWORDs and multi-strings, plists booleans: each lands on the key's type.
        QVariant value;
        QString problem;
        QVERIFY(SettingsSchema::parse(SettingsKey::codeLength, QVariant(6), &value, &problem));
        QCOMPARE(value, QVariant(6));
        QVERIFY(SettingsSchema::parse(SettingsKey::rememberMeAllowed, QVariant(0), &value, &problem));
        QCOMPARE(value, QVariant(false));
        QVERIFY(SettingsSchema::parse(SettingsKey::syslog, QVariant(false), &value, &problem));
        QCOMPARE(value, QVariant(false));
        QVERIFY(SettingsSchema::parse(SettingsKey::allowedChannels,
                                      QVariant(QStringList{QStringLiteral("call"), QStringLiteral("sms")}),
                                      &value, &problem));
        QCOMPARE(value.toStringList(), (QStringList{QStringLiteral("call"), QStringLiteral("sms")}));
        QVERIFY(
            !SettingsSchema::parse(SettingsKey::codeLength, QVariant(qlonglong(1) << 40), &value, &problem));
    }
};

QTEST_GUILESS_MAIN(TestSettingsSchema)
#include "TestSettingsSchema.moc"
