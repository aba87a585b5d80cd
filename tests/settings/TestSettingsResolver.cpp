#include "SettingsFiles.h"

#include "SettingsFile.h"
#include "SettingsResolver.h"
#include "SettingsSchema.h"

#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace latchkey;

/**
 * The resolver through every layer: policy > command line > user > admin defaults > built-in, with the
 * source and the lock of each answer, from temporary INI files.
 */
class TestSettingsResolver : public QObject
{
    Q_OBJECT

    static QString problemsText(const SettingsResolver &resolver)
    {
        QStringList lines;
        for (const SettingsProblem &problem : resolver.problems()) {
            lines << problem.toString();
        }
        return lines.join(QLatin1Char('\n'));
    }

private slots:
    void builtInDefaultsWhenNothingIsSet()
    {
        SettingsResolver resolver;
        for (const SettingDefinition &definition : SettingsSchema::definitions()) {
            const ResolvedSetting setting = resolver.get(definition.key);
            QCOMPARE(setting.value, definition.builtIn);
            QCOMPARE(setting.layer, SettingsLayer::BuiltIn);
            QVERIFY(!setting.locked);
        }
        QCOMPARE(resolver.value(SettingsKey::mode).toString(), QStringLiteral("backend"));
        QCOMPARE(resolver.value(SettingsKey::failMode).toString(), QStringLiteral("closed"));
        QVERIFY(resolver.problems().isEmpty());
    }

    void eachLayerBeatsTheOnesBelow_data()
    {
        QTest::addColumn<QByteArray>("policy");
        QTest::addColumn<QByteArray>("user");
        QTest::addColumn<QByteArray>("admin");
        QTest::addColumn<bool>("commandLine");
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("layer");
        const QByteArray none;
        auto cooldown = [](int seconds) -> QByteArray {
            return QByteArray("[Auth]\nResendCooldownSeconds=") + QByteArray::number(seconds) + '\n';
        };
        QTest::newRow("admin defaults over built-in")
            << none << none << cooldown(40) << false << 40 << int(SettingsLayer::AdminDefaults);
        QTest::newRow("user over admin defaults")
            << none << cooldown(50) << cooldown(40) << false << 50 << int(SettingsLayer::User);
        QTest::newRow("policy over user and admin")
            << cooldown(60) << cooldown(50) << cooldown(40) << false << 60 << int(SettingsLayer::Policy);
        QTest::newRow("built-in when nobody sets it") << QByteArray("[Auth]\nCodeLength=6\n") << none << none
                                                      << false << 30 << int(SettingsLayer::BuiltIn);
    }
    void eachLayerBeatsTheOnesBelow()
    {
        QFETCH(QByteArray, policy);
        QFETCH(QByteArray, user);
        QFETCH(QByteArray, admin);
        QFETCH(int, expected);
        QFETCH(int, layer);
        SettingsFiles files;
        const auto resolver = files.resolver(policy, user, admin);
        const ResolvedSetting setting = resolver->get(SettingsKey::resendCooldown);
        QCOMPARE(setting.value.toInt(), expected);
        QCOMPARE(int(setting.layer), layer);
        QCOMPARE(setting.locked, setting.layer == SettingsLayer::Policy);
        const QString file =
            setting.layer == SettingsLayer::Policy          ? files.path(QStringLiteral("policy.conf"))
            : setting.layer == SettingsLayer::User          ? files.path(QStringLiteral("user.conf"))
            : setting.layer == SettingsLayer::AdminDefaults ? files.path(QStringLiteral("admin.conf"))
                                                            : QString();
        QCOMPARE(setting.location, file);
        QVERIFY2(resolver->problems().isEmpty(), qPrintable(problemsText(*resolver)));
    }

    void theCommandLineBeatsUserSettingsButNotPolicy()
    {
        SettingsFiles files;
        const auto resolver = files.resolver(QByteArray("[Server]\nUrl=https://policy.example.org\n"),
                                             QByteArray("[Server]\nMode=twilio\n"));
        QString refusal;
        QVERIFY(resolver->applyCommandLine(
            {{SettingsKey::mode, QStringLiteral("backend"), QStringLiteral("--mode backend")}}, &refusal));
        const ResolvedSetting mode = resolver->get(SettingsKey::mode);
        QCOMPARE(mode.value.toString(), QStringLiteral("backend"));
        QCOMPARE(mode.layer, SettingsLayer::CommandLine);
        QCOMPARE(mode.location, QStringLiteral("command line (--mode backend)"));

        const QList<SettingOverride> other{{SettingsKey::serverUrl,
                                            QStringLiteral("https://other.example.org"),
                                            QStringLiteral("--server https://other.example.org")}};
        QVERIFY(!resolver->applyCommandLine(other, &refusal));
        QCOMPARE(refusal, QStringLiteral(
                              "--server https://other.example.org: Server/Url is set by your organisation's "
                              "policy (%1) and cannot be changed on the command line.")
                              .arg(files.path(QStringLiteral("policy.conf"))));
        // Nothing of a refused command line is applied, and the earlier one still stands.
        QCOMPARE(resolver->value(SettingsKey::serverUrl).toString(),
                 QStringLiteral("https://policy.example.org"));
        QCOMPARE(resolver->get(SettingsKey::mode).layer, SettingsLayer::CommandLine);

        // Asking for the value policy already has changes nothing, so it is not refused.
        QVERIFY(
            resolver->applyCommandLine({{SettingsKey::serverUrl, QStringLiteral("https://policy.example.org"),
                                         QStringLiteral("--server x")}},
                                       &refusal));
        QCOMPARE(resolver->get(SettingsKey::serverUrl).layer, SettingsLayer::Policy);
    }

    void aLockedModeRefusesTheSandbox()
    {
        SettingsFiles files;
        const auto resolver = files.resolver(QByteArray("[Server]\nMode=backend\n"));
        QVERIFY(resolver->isLocked(SettingsKey::mode));
        QString refusal;
        QVERIFY(!resolver->applyCommandLine(
            {{SettingsKey::mode, QStringLiteral("sandbox"), QStringLiteral("--sandbox")}}, &refusal));
        QCOMPARE(
            refusal,
            QStringLiteral("--sandbox: Server/Mode is set by your organisation's policy (%1) and cannot be "
                           "changed on the command line.")
                .arg(files.path(QStringLiteral("policy.conf"))));
        QCOMPARE(resolver->value(SettingsKey::mode).toString(), QStringLiteral("backend"));
    }

    void policyBeatsUserSettingsAndLocks()
    {
        SettingsFiles files;
        const auto resolver =
            files.resolver(QByteArray("[Auth]\nRememberMeAllowed=false\n"),
                           QByteArray("[Auth]\nRememberMeAllowed=true\nDefaultChannel=call\n"));
        const ResolvedSetting remember = resolver->get(SettingsKey::rememberMeAllowed);
        QCOMPARE(remember.value, QVariant(false));
        QVERIFY(remember.locked);
        QCOMPARE(remember.layer, SettingsLayer::Policy);
        const ResolvedSetting channel = resolver->get(SettingsKey::defaultChannel);
        QCOMPARE(channel.value.toString(), QStringLiteral("call"));
        QVERIFY(!channel.locked);
        QCOMPARE(SettingsResolver::describeSource(remember),
                 QStringLiteral("policy (%1), locked").arg(files.path(QStringLiteral("policy.conf"))));
        QCOMPARE(SettingsResolver::describeSource(channel),
                 QStringLiteral("user settings (%1)").arg(files.path(QStringLiteral("user.conf"))));
    }

    void aBadPolicyValueStaysLockedToTheBuiltInDefault()
    {
        // A typo in policy must not hand the key to the user: the user's server is not used.
        SettingsFiles files;
        const auto resolver = files.resolver(QByteArray("[Server]\nUrl=http://auth.example.org\n"),
                                             QByteArray("[Server]\nUrl=https://mine.example.org\n"));
        const ResolvedSetting url = resolver->get(SettingsKey::serverUrl);
        QVERIFY(url.locked);
        QCOMPARE(url.value.toString(), QString());
        QCOMPARE(url.layer, SettingsLayer::Policy);
        QCOMPARE(resolver->problems().size(), 1);
        QCOMPARE(resolver->problems().constFirst().toString(),
                 QStringLiteral(
                     "error: %1: Server/Url: must use https; plain http is allowed only on this computer "
                     "(127.0.0.1, ::1, localhost) (not \"http://auth.example.org\")")
                     .arg(files.path(QStringLiteral("policy.conf"))));
    }

    void aBadUserValueFallsThroughToTheNextLayer()
    {
        SettingsFiles files;
        const auto resolver = files.resolver(QByteArray(), QByteArray("[Auth]\nCodeLength=3\n"),
                                             QByteArray("[Auth]\nCodeLength=6\n"));
        const ResolvedSetting length = resolver->get(SettingsKey::codeLength);
        QCOMPARE(length.value.toInt(), 6);
        QCOMPARE(length.layer, SettingsLayer::AdminDefaults);
        QCOMPARE(problemsText(*resolver),
                 QStringLiteral(
                     "error: %1: Auth/CodeLength: must be 0 (the server decides) or a whole number from 4 "
                     "to 10 (not \"3\")")
                     .arg(files.path(QStringLiteral("user.conf"))));
    }

    void unknownKeysAndSecretsAreReported()
    {
        SettingsFiles files;
        const auto resolver = files.resolver(QByteArray("[Server]\nUrl=https://a.example.org\nUr1=x\n"
                                                        "[Verify]\nApiKeySecret=abc\n"
                                                        "[General]\nMode=sandbox\n"));
        const QString policy = files.path(QStringLiteral("policy.conf"));
        const QString text = problemsText(*resolver);
        QVERIFY2(
            text.contains(
                QStringLiteral("error: %1: Server/Ur1: is not a Latchkey setting; did you mean Server/Url?")
                    .arg(policy)),
            qPrintable(text));
        QVERIFY2(
            text.contains(
                QStringLiteral("error: %1: Verify/ApiKeySecret: is not a setting: secrets (API keys, auth "
                               "tokens, passwords) are never read from settings files")
                    .arg(policy)),
            qPrintable(text));
        QVERIFY2(text.contains(
                     QStringLiteral("error: %1: Mode: is not a Latchkey setting; did you mean Server/Mode?")
                         .arg(policy)),
                 qPrintable(text));
        // The secret's value appears nowhere.
        QVERIFY(!text.contains(QStringLiteral("abc")));
        QCOMPARE(resolver->value(SettingsKey::serverUrl).toString(), QStringLiteral("https://a.example.org"));
        QCOMPARE(resolver->value(SettingsKey::mode).toString(), QStringLiteral("backend"));
    }

    void keysMatchWhateverTheirCase()
    {
        SettingsFiles files;
        const auto resolver =
            files.resolver(QByteArray(), QByteArray("[server]\nurl=https://a.example.org\n"));
        QCOMPARE(resolver->value(SettingsKey::serverUrl).toString(), QStringLiteral("https://a.example.org"));
        QVERIFY(resolver->problems().isEmpty());
    }

    void theFirstPolicyStoreWins()
    {
        // Windows reads HKLM's policy before HKCU's; the resolver keeps the order stores were added in.
        SettingsFiles files;
        SettingsResolver resolver;
        resolver.addSource(SettingsLayer::User, QtSettingsSource::iniFile(files.write(
                                                    QStringLiteral("user.conf"), "[Auth]\nCodeLength=8\n")));
        resolver.addSource(
            SettingsLayer::Policy,
            QtSettingsSource::iniFile(files.write(QStringLiteral("hklm.conf"), "[Auth]\nCodeLength=6\n")));
        resolver.addSource(SettingsLayer::Policy, QtSettingsSource::iniFile(files.write(
                                                      QStringLiteral("hkcu.conf"),
                                                      "[Auth]\nCodeLength=4\nCallFallbackSeconds=5\n")));
        QCOMPARE(resolver.value(SettingsKey::codeLength).toInt(), 6);
        QCOMPARE(resolver.get(SettingsKey::codeLength).location, files.path(QStringLiteral("hklm.conf")));
        QCOMPARE(resolver.value(SettingsKey::callFallback).toInt(), 5);
        QVERIFY(resolver.isLocked(SettingsKey::callFallback));
        const QList<SettingsStoreStatus> stores = resolver.stores();
        QCOMPARE(stores.size(), 3);
        QCOMPARE(stores.at(0).location, files.path(QStringLiteral("hklm.conf")));
        QCOMPARE(stores.at(1).location, files.path(QStringLiteral("hkcu.conf")));
        QCOMPARE(stores.at(2).layer, SettingsLayer::User);
    }

    void storesThatAreMissingOrUnreadable()
    {
        SettingsFiles files;
        SettingsResolver resolver;
        resolver.addSource(SettingsLayer::Policy,
                           QtSettingsSource::iniFile(files.path(QStringLiteral("absent.conf"))));
        QVERIFY(resolver.problems().isEmpty()); // no policy file is the normal case
        QVERIFY(!resolver.stores().constFirst().exists);

        QVERIFY(QDir(files.path(QString())).mkdir(QStringLiteral("folder.conf")));
        resolver.addSource(SettingsLayer::User,
                           QtSettingsSource::iniFile(files.path(QStringLiteral("folder.conf"))));
        QCOMPARE(problemsText(resolver), QStringLiteral("error: %1: is a directory, not a settings file")
                                             .arg(files.path(QStringLiteral("folder.conf"))));
    }

    void aPolicyThatCannotBeParsedFailsClosed()
    {
        // One stray line: QSettings dropped the whole file, and every key it locked was the user's again.
        SettingsFiles files;
        const auto resolver = files.resolver(
            "[Server]\nUrl=https://policy.example.org\nAllowSandbox=false\n[Auth\nCodeLength=6\n",
            "[Server]\nMode=sandbox\nUrl=https://user.example.org\n[Auth]\nCodeLength=8\n",
            "[Network]\nProxyMode=none\n[UI]\nHelpDeskText=Call the admin defaults\n");
        const QString policy = files.path(QStringLiteral("policy.conf"));
        QVERIFY(resolver->failedClosed());
        QVERIFY2(problemsText(*resolver).contains(
                     QStringLiteral("error: %1: line 4: a section name must end with \"]\"").arg(policy)),
                 qPrintable(problemsText(*resolver)));
        // Every key locked to its built-in default; no lower layer answers, and the sandbox is off.
        for (const SettingDefinition &definition : SettingsSchema::definitions()) {
            const ResolvedSetting setting = resolver->get(definition.key);
            QVERIFY2(setting.locked, qPrintable(definition.key));
            QCOMPARE(setting.layer, SettingsLayer::Policy);
            QCOMPARE(setting.location, policy + QStringLiteral(", unreadable"));
            if (definition.key != SettingsKey::allowSandbox) {
                QCOMPARE(setting.value, definition.builtIn);
            }
        }
        QCOMPARE(resolver->value(SettingsKey::allowSandbox), QVariant(false));
        QString refusal;
        QVERIFY(
            !resolver->applyCommandLine({{SettingsKey::serverUrl, QStringLiteral("https://cli.example.org"),
                                          QStringLiteral("--server https://cli.example.org")}},
                                        &refusal));
        QVERIFY(resolver->value(SettingsKey::serverUrl).toString().isEmpty());
        const QString message = resolver->failedClosedMessage();
        QVERIFY2(message.contains(policy + QStringLiteral(": line 4:")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Ask your administrator or help desk")),
                 qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("admin defaults")));
    }

    void everyUnreadablePolicyFailsClosed()
    {
        SettingsFiles files;
        QByteArray large(SettingsFile::maximumSize + 1, ';');
        large[large.size() - 1] = '\n';
        const QString oversized = files.write(QStringLiteral("large.conf"), large);
        // A line QSettings skipped without a word (no "="): the key stayed unlocked.
        const QString typo = files.write(QStringLiteral("typo.conf"), "[Server]\nAllowSandbox false\n");
        const QString folder = files.path(QStringLiteral("folder.conf"));
        QVERIFY(QDir().mkpath(folder));
        QStringList policies{oversized, typo, folder};
#ifdef Q_OS_UNIX
        const QString fifo = files.path(QStringLiteral("fifo.conf"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        policies << fifo; // refused unopened, so this returns at once (opening it would block)
#endif
        for (const QString &policy : std::as_const(policies)) {
            SettingsResolver resolver;
            resolver.addSource(SettingsLayer::Policy, QtSettingsSource::iniFile(policy));
            resolver.addSource(SettingsLayer::User,
                               QtSettingsSource::iniFile(
                                   files.write(QStringLiteral("user.conf"), "[Server]\nMode=sandbox\n")));
            QVERIFY2(resolver.failedClosed(), qPrintable(policy));
            QCOMPARE(resolver.value(SettingsKey::mode).toString(), QStringLiteral("backend"));
            QVERIFY(resolver.isLocked(SettingsKey::mode));
            QVERIFY2(resolver.failedClosedMessage().contains(policy),
                     qPrintable(resolver.failedClosedMessage()));
        }
    }

    void aBrokenUserFileIsIgnoredAndReported()
    {
        // Below policy a store that cannot be read is left out, with its problem; the next layer answers.
        SettingsFiles files;
        QByteArray large(SettingsFile::maximumSize + 1, ';');
        const auto resolver = files.resolver(QByteArray(), large, "[Auth]\nCodeLength=8\n");
        QVERIFY(!resolver->failedClosed());
        QCOMPARE(resolver->value(SettingsKey::codeLength).toInt(), 8);
        QCOMPARE(problemsText(*resolver),
                 QStringLiteral("error: %1: is larger than 1 MiB (1048577 bytes): not read")
                     .arg(files.path(QStringLiteral("user.conf"))));
        const auto broken =
            files.resolver(QByteArray(), "[Auth]\nCodeLength=6\n[UI\n", "[Auth]\nCodeLength=8\n");
        QVERIFY(!broken->failedClosed());
        QCOMPARE(broken->value(SettingsKey::codeLength).toInt(), 8);
        QCOMPARE(problemsText(*broken),
                 QStringLiteral("error: %1: line 3: a section name must end with \"]\"")
                     .arg(files.path(QStringLiteral("user.conf"))));
    }

    void hashCommentsAreComments()
    {
        SettingsFiles files;
        const auto resolver =
            files.resolver("# CodeLength=8 was too long\n[Auth]\n#CodeLength=8\nCodeLength=6\n");
        QVERIFY2(resolver->problems().isEmpty(), qPrintable(problemsText(*resolver)));
        QCOMPARE(resolver->value(SettingsKey::codeLength).toInt(), 6);
    }

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    void scopeFilesAreWhereQSettingsKeepsThem()
    {
        // Found without QSettings opening them (it would block on a FIFO): the same paths as QSettings' own.
        QCoreApplication::setOrganizationName(QStringLiteral("Latchkey"));
        QCoreApplication::setApplicationName(QStringLiteral("latchkey"));
        for (const QSettings::Scope scope : {QSettings::UserScope, QSettings::SystemScope}) {
            const QSettings settings(QSettings::NativeFormat, scope, QStringLiteral("Latchkey"),
                                     QStringLiteral("latchkey"));
            QCOMPARE(QtSettingsSource::scopeFile(scope), settings.fileName());
        }
    }
#endif

    void aBadCommandLineValueIsRefused()
    {
        SettingsResolver resolver;
        QString refusal;
        QVERIFY(!resolver.applyCommandLine(
            {{SettingsKey::verifyServiceSid, QStringLiteral("AC123"), QStringLiteral("--service-sid AC123")}},
            &refusal));
        QCOMPARE(refusal,
                 QStringLiteral("--service-sid AC123: Verify/ServiceSid must be \"VA\" followed by 32 "
                                "hexadecimal digits (not \"AC123\")"));
    }

    void textWithCommasSurvivesIni()
    {
        SettingsFiles files;
        const auto resolver = files.resolver(
            QByteArray(), QByteArray("[UI]\nHelpDeskText=Call 555-0100, or write to help@example.org\n"));
        QCOMPARE(resolver->value(SettingsKey::helpDeskText).toString(),
                 QStringLiteral("Call 555-0100, or write to help@example.org"));
    }
};

QTEST_GUILESS_MAIN(TestSettingsResolver)
#include "TestSettingsResolver.moc"
