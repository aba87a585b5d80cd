#include "PolicyFolder.h"
#include "SettingsFiles.h"

#include "PolicyDirectory.h"
#include "SettingsResolver.h"
#include "SettingsSchema.h"

#include <QTest>

using namespace latchkey;

/**
 * The Linux policy folder: policy.conf and the drop-ins in policy.d, their order, their locks, the names that
 * are not drop-ins, and the folder or file whose owner or permissions refuse the whole policy.
 */
class TestPolicyDirectory : public QObject
{
    Q_OBJECT

    /** Fails closed, naming `location` and `reason` in the message nobody signs in with. */
    static void verifyRefused(const SettingsResolver &resolver, const QString &location,
                              const QString &reason)
    {
        QVERIFY(resolver.failedClosed());
        QVERIFY2(
            resolver.failedClosedMessage().startsWith(
                QStringLiteral("Your organisation's policy cannot be read (%1: %2), so Latchkey does not "
                               "sign in.")
                    .arg(location, reason)),
            qPrintable(resolver.failedClosedMessage()));
        QVERIFY2(
            problemTexts(resolver.problems()).contains(QStringLiteral("error: %1: %2").arg(location, reason)),
            qPrintable(problemTexts(resolver.problems()).join(QLatin1Char('\n'))));
        for (const SettingDefinition &definition : SettingsSchema::definitions()) {
            QVERIFY2(resolver.isLocked(definition.key), qPrintable(definition.key));
        }
        QCOMPARE(resolver.value(SettingsKey::allowSandbox), QVariant(false));
    }

private slots:
    void dropInsAreReadInByteOrderAndTheLastWins()
    {
        PolicyFolder folder;
        const QString policy =
            folder.write(QStringLiteral("policy.conf"),
                         "[Auth]\nCodeLength=6\nCallFallbackSeconds=20\nRememberMeDays=7\n");
        // Byte order: "10-" < "20-" < "9-" < "Z" < "a", unlike a natural or a locale's order.
        const QString first =
            folder.write(QStringLiteral("policy.d/10-first.conf"), "[Auth]\nCodeLength=7\n");
        const QString second = folder.write(QStringLiteral("policy.d/20-second.conf"),
                                            "[Auth]\nCodeLength=8\nRememberMeDays=9\n");
        const QString nine = folder.write(QStringLiteral("policy.d/9-nine.conf"), "[Auth]\nCodeLength=5\n");
        const QString upper =
            folder.write(QStringLiteral("policy.d/Zulu.conf"), "[Auth]\nRememberMeDays=3\n");
        const QString lower =
            folder.write(QStringLiteral("policy.d/alpha.conf"), "[Auth]\nRememberMeDays=4\n");
        const auto resolver = folder.resolver();
        QVERIFY2(resolver->problems().isEmpty(),
                 qPrintable(problemTexts(resolver->problems()).join(QLatin1Char('\n'))));

        const ResolvedSetting length = resolver->get(SettingsKey::codeLength);
        QCOMPARE(length.value.toInt(), 5);
        QCOMPARE(length.location, nine);
        const ResolvedSetting days = resolver->get(SettingsKey::rememberMeDays);
        QCOMPARE(days.value.toInt(), 4);
        QCOMPARE(days.location, lower);
        const ResolvedSetting fallback = resolver->get(SettingsKey::callFallback);
        QCOMPARE(fallback.value.toInt(), 20);
        QCOMPARE(fallback.location, policy);
        // Listed as they win: the last drop-in first, policy.conf last.
        QCOMPARE(storeLocations(*resolver), (QStringList{lower, upper, nine, second, first, policy}));
    }

    void everyKeyADropInSetsIsLocked()
    {
        PolicyFolder folder;
        const QString dropIn = folder.write(QStringLiteral("policy.d/50-server.conf"),
                                            "[Server]\nMode=backend\n[Auth]\nCodeLength=8\n");
        SettingsFiles files;
        auto resolver = folder.resolver();
        resolver->addSource(SettingsLayer::User,
                            QtSettingsSource::iniFile(files.write(
                                QStringLiteral("user.conf"), "[Auth]\nCodeLength=4\nRememberMeDays=3\n")));
        const ResolvedSetting length = resolver->get(SettingsKey::codeLength);
        QCOMPARE(length.value.toInt(), 8);
        QVERIFY(length.locked);
        QCOMPARE(length.layer, SettingsLayer::Policy);
        QCOMPARE(SettingsResolver::describeSource(length), QStringLiteral("policy (%1), locked").arg(dropIn));
        QVERIFY(!resolver->isLocked(SettingsKey::rememberMeDays));
        QCOMPARE(resolver->value(SettingsKey::rememberMeDays).toInt(), 3);
        QString refusal;
        QVERIFY(!resolver->applyCommandLine(
            {{SettingsKey::mode, QStringLiteral("sandbox"), QStringLiteral("--sandbox")}}, &refusal));
        QCOMPARE(refusal,
                 QStringLiteral("--sandbox: Server/Mode is set by your organisation's policy (%1) and "
                                "cannot be changed on the command line.")
                     .arg(dropIn));
    }

    void namesThatAreNotDropInsAreIgnored_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("dropIn");
        QTest::newRow("a drop-in") << QStringLiteral("20-server.conf") << true;
        QTest::newRow("no more than .conf after a dot") << QStringLiteral("a.b.conf") << true;
        QTest::newRow("hidden") << QStringLiteral(".hidden.conf") << false;
        QTest::newRow("only the suffix") << QStringLiteral(".conf") << false;
        QTest::newRow("dpkg's old copy") << QStringLiteral("x.conf.dpkg-old") << false;
        QTest::newRow("dpkg's new copy") << QStringLiteral("x.conf.dpkg-dist") << false;
        QTest::newRow("an editor's backup") << QStringLiteral("x.conf~") << false;
        QTest::newRow("no suffix") << QStringLiteral("README") << false;
        QTest::newRow("another case") << QStringLiteral("x.CONF") << false;
    }

    void namesThatAreNotDropInsAreIgnored()
    {
        QFETCH(QString, name);
        QFETCH(bool, dropIn);
        QCOMPARE(PolicyDirectory::isDropInName(QFile::encodeName(name)), dropIn);
        // Never read: a file that is not a drop-in cannot break the policy, whatever it holds or its mode.
        PolicyFolder folder;
        const QString path = folder.write(QStringLiteral("policy.d/") + name, "[Auth\nCodeLength=4\n", 0666);
        const auto resolver = folder.resolver();
        QCOMPARE(resolver->failedClosed(), dropIn);
        QCOMPARE(storeLocations(*resolver).contains(path), dropIn);
        QVERIFY(!resolver->isLocked(SettingsKey::codeLength) || dropIn);
    }

    void noPolicyAtAllIsFine()
    {
        PolicyFolder folder;
        const auto resolver = folder.resolver();
        QVERIFY(!resolver->failedClosed());
        QVERIFY(resolver->problems().isEmpty());
        QCOMPARE(storeLocations(*resolver), QStringList{folder.path(QStringLiteral("policy.conf"))});
        QVERIFY(!resolver->stores().constFirst().exists);

        // Nor is a policy folder that is not there.
        SettingsResolver missing;
        PolicyDirectory(folder.path(QStringLiteral("absent")), ::geteuid()).addTo(&missing);
        QVERIFY(!missing.failedClosed());
    }

    void aBrokenDropInFailsClosedNamingIt()
    {
        PolicyFolder folder;
        folder.write(QStringLiteral("policy.conf"), "[Server]\nAllowSandbox=true\n");
        folder.write(QStringLiteral("policy.d/10-good.conf"), "[Auth]\nCodeLength=8\n");
        const QString broken = folder.write(QStringLiteral("policy.d/20-broken.conf"),
                                            "[UI]\nHelpDeskText=Call the number in this file\n[Auth\n");
        folder.write(QStringLiteral("policy.d/30-good.conf"), "[Auth]\nRememberMeDays=3\n");
        const auto resolver = folder.resolver();
        verifyRefused(*resolver, broken, QStringLiteral("line 3: a section name must end with \"]\""));
        // Not even the files that could be read answer.
        QCOMPARE(resolver->value(SettingsKey::codeLength),
                 SettingsSchema::find(SettingsKey::codeLength)->builtIn);
        QVERIFY(!resolver->failedClosedMessage().contains(QStringLiteral("Call the number in this file")));
    }

    void aFileOthersCanWriteIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("policy.conf, group") << QStringLiteral("policy.conf") << 0664
                                            << QStringLiteral("writable by group or others (mode 0664)");
        QTest::newRow("drop-in, others") << QStringLiteral("policy.d/20-server.conf") << 0646
                                         << QStringLiteral("writable by group or others (mode 0646)");
        QTest::newRow("drop-in, everyone") << QStringLiteral("policy.d/20-server.conf") << 0666
                                           << QStringLiteral("writable by group or others (mode 0666)");
    }

    void aFileOthersCanWriteIsRefused()
    {
        QFETCH(QString, name);
        QFETCH(int, mode);
        QFETCH(QString, reason);
        PolicyFolder folder;
        folder.write(QStringLiteral("policy.d/10-base.conf"), "[Auth]\nCodeLength=8\n");
        const QString path = folder.write(name, "[Server]\nMode=backend\n", mode_t(mode));
        verifyRefused(*folder.resolver(), path, reason);
        // Readable by all is fine: only writing is refused.
        folder.setMode(name, 0644);
        QVERIFY(!folder.resolver()->failedClosed());
    }

    void aFileOfAnotherOwnerIsRefused()
    {
        // The folder is checked first: whoever owns it can replace any file in it.
        PolicyFolder folder;
        folder.write(QStringLiteral("policy.conf"), "[Auth]\nCodeLength=8\n");
        const uid_t someoneElse = ::geteuid() + 1;
        verifyRefused(*folder.resolver(someoneElse), folder.path(),
                      QStringLiteral("owned by uid %1, not uid %2").arg(::geteuid()).arg(someoneElse));
    }

    void aFolderOthersCanWriteIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("mode");
        QTest::newRow("policy.d, group") << QStringLiteral("policy.d") << 0775;
        QTest::newRow("policy.d, sticky, everyone") << QStringLiteral("policy.d") << 01777;
        QTest::newRow("the policy folder, group") << QString() << 0775;
    }

    void aFolderOthersCanWriteIsRefused()
    {
        QFETCH(QString, name);
        QFETCH(int, mode);
        PolicyFolder folder;
        folder.write(QStringLiteral("policy.conf"), "[Auth]\nCodeLength=8\n");
        folder.write(QStringLiteral("policy.d/10-base.conf"), "[Auth]\nRememberMeDays=3\n");
        folder.setMode(name, mode_t(mode));
        const auto resolver = folder.resolver();
        const QString path = name.isEmpty() ? folder.path() : folder.path(name);
        verifyRefused(*resolver, path,
                      QStringLiteral("writable by group or others (mode %1)")
                          .arg(QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'))));
        // Nothing in a refused folder is read.
        QVERIFY(!storeLocations(*resolver).contains(folder.path(QStringLiteral("policy.d/10-base.conf"))));
    }

    void aPolicyDThatIsNotAFolderFailsClosed()
    {
        PolicyFolder folder;
        const QString path = folder.write(QStringLiteral("policy.d"), "[Auth]\nCodeLength=8\n");
        verifyRefused(*folder.resolver(), path, QStringLiteral("cannot be read: Not a directory"));
    }

    void somethingElseNamedConfFailsClosed()
    {
        // A folder under a drop-in's name: what the admin meant as policy is not quietly left out.
        PolicyFolder folder;
        folder.write(QStringLiteral("policy.d/10-base.conf"), "[Auth]\nCodeLength=8\n");
        QVERIFY(QDir(folder.path(QStringLiteral("policy.d"))).mkdir(QStringLiteral("20-folder.conf")));
        folder.setMode(QStringLiteral("policy.d/20-folder.conf"), 0755);
        verifyRefused(*folder.resolver(), folder.path(QStringLiteral("policy.d/20-folder.conf")),
                      QStringLiteral("is a directory, not a settings file"));
    }

    void aLinkedDropInIsReadWhenItsTargetIsTrusted()
    {
        PolicyFolder folder;
        const QString target = folder.write(QStringLiteral("shared.ini"), "[Auth]\nCodeLength=8\n");
        folder.write(QStringLiteral("policy.d/10-base.conf"), "[Auth]\nCodeLength=6\n");
        const QString link = folder.path(QStringLiteral("policy.d/20-linked.conf"));
        QVERIFY(QFile::link(target, link));
        const auto resolver = folder.resolver();
        QVERIFY(!resolver->failedClosed());
        QCOMPARE(resolver->value(SettingsKey::codeLength).toInt(), 8);
        // The value is the link's, as the admin placed it.
        QCOMPARE(resolver->get(SettingsKey::codeLength).location, link);

        folder.setMode(QStringLiteral("shared.ini"), 0664);
        verifyRefused(*folder.resolver(), link,
                      QStringLiteral("links to %1: writable by group or others (mode 0664)")
                          .arg(QFileInfo(target).canonicalFilePath()));
    }
};

QTEST_GUILESS_MAIN(TestPolicyDirectory)
#include "TestPolicyDirectory.moc"
