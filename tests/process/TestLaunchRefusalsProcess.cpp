#include "LocalServers.h"
#include "PolicyFolder.h"
#include "ProcessDriver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using latchkey::PolicyFolder;
using namespace latchkey::testing;

/**
 * The real latchkey refusing to start, as a person or a script sees it: a policy it cannot read or must not
 * trust (at the fixed /etc/latchkey, put there for the child alone in a mount namespace of its own), a FIFO
 * as the user's settings file, and a window with no display. Each ends at once with exit code 3 and says
 * why. The policy's drop-ins are read there too, as the shipped program reads them.
 */
class TestLaunchRefusalsProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config; // XDG_CONFIG_HOME and XDG_CONFIG_DIRS: no settings of the machine's own

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = withoutDisplay();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.filePath(QStringLiteral("home")));
        environment.insert(QStringLiteral("XDG_CONFIG_DIRS"), m_config.filePath(QStringLiteral("dirs")));
        return environment;
    }

    /** Runs `program` to its end; a run that does not end in 60 s is killed and reported as exit code -2. */
    ProcessRun run(const QString &program, const QStringList &arguments) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(program, arguments);
        if (!process.waitForStarted()) {
            qFatal("%s did not start: %s", qPrintable(program), qPrintable(process.errorString()));
        }
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return {-2, QString(), QStringLiteral("did not finish")};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromLocal8Bit(process.readAllStandardOutput()),
                QString::fromLocal8Bit(process.readAllStandardError())};
    }

    /**
     * latchkey with `folder` as /etc/latchkey: the shipped binary reads no other path, so the child gets its
     * own view of /etc (unshare: a user and mount namespace, where the folder's owner, the test's user, is
     * root; an overlay of the directory holding latchkey/ over the real /etc). Nothing changes for any other
     * process.
     */
    ProcessRun runWithPolicyFolder(const PolicyFolder &folder, const QStringList &arguments) const
    {
        const QString script = QStringLiteral("mount -t overlay overlay -o \"lowerdir=$0:/etc\" /etc || { "
                                              "echo 'no overlay on /etc' >&2; exit 99; }\n"
                                              "exec \"$@\"");
        const ProcessRun result =
            run(QStringLiteral("unshare"),
                QStringList{QStringLiteral("--user"), QStringLiteral("--map-root-user"),
                            QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                            folder.root(), QStringLiteral(LATCHKEY_BINARY)} +
                    arguments);
        if (result.exitCode == 99 || result.err.contains(QStringLiteral("unshare: "))) {
            // Needs unprivileged user namespaces (or root); without them this test cannot run and says so.
            qFatal("cannot give latchkey a policy of its own: %s", qPrintable(result.err));
        }
        return result;
    }

    /** latchkey with `policy` as /etc/latchkey/policy.conf, root's and mode 0644 as an admin leaves it. */
    ProcessRun runWithPolicy(const QByteArray &policy, const QStringList &arguments) const
    {
        PolicyFolder folder;
        folder.write(QStringLiteral("policy.conf"), policy);
        return runWithPolicyFolder(folder, arguments);
    }

    static const QByteArray &brokenPolicy()
    {
        // Line 5 is wrong; the help-desk text above it must not be shown, since nothing in the file is
        // trusted.
        static const QByteArray policy("[UI]\nHelpDeskText=Call the number in this file\n[Server]\n"
                                       "AllowSandbox=false\n[Auth\nCodeLength=6\n");
        return policy;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QVERIFY(QDir(m_config.path()).mkpath(QStringLiteral("home/Latchkey")));
        QVERIFY(QDir(m_config.path()).mkpath(QStringLiteral("dirs")));
    }

    void theChildReadsThePolicyItIsGiven()
    {
        // The harness itself: a readable policy that locks the mode is what refuses --sandbox here.
        const ProcessRun result = runWithPolicy(
            "[Server]\nMode=backend\n", {QStringLiteral("--check-config"), QStringLiteral("--sandbox")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("Server/Mode is set by your organisation's policy "
                                                    "(/etc/latchkey/policy.conf)")),
                 qPrintable(result.err));
    }

    void aBrokenPolicyRefusesEverySignIn_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("window") << QStringList{};
        QTest::newRow("terminal") << QStringList{QStringLiteral("--tty")};
        QTest::newRow("sandbox") << QStringList{QStringLiteral("--tty"), QStringLiteral("--sandbox")};
        QTest::newRow("another server") << QStringList{QStringLiteral("--tty"), QStringLiteral("--server"),
                                                       QStringLiteral("https://auth.example.invalid")};
    }

    void aBrokenPolicyRefusesEverySignIn()
    {
        QFETCH(QStringList, arguments);
        const ProcessRun result = runWithPolicy(brokenPolicy(), arguments);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(
            result.err.contains(QStringLiteral("latchkey: Your organisation's policy cannot be read "
                                               "(/etc/latchkey/policy.conf: line 5: a section name must end "
                                               "with \"]\"), so Latchkey does not sign in.")),
            qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("Ask your administrator or help desk to fix it.")));
        QVERIFY(!result.err.contains(QStringLiteral("Call the number in this file")));
        QVERIFY(!result.err.contains(QStringLiteral("[sandbox]")));
        QVERIFY(result.out.isEmpty());
    }

    void aDropInOverridesPolicyConfAndLocksItsKeys()
    {
        PolicyFolder folder;
        folder.write(QStringLiteral("policy.conf"), "[Server]\nMode=sandbox\n[Auth]\nCodeLength=6\n");
        folder.write(QStringLiteral("policy.d/20-server.conf"), "[Server]\nMode=backend\n");
        folder.write(QStringLiteral("policy.d/30-auth.conf"), "[Auth]\nCodeLength=8\n");
        folder.write(QStringLiteral("policy.d/README"), "[Auth\n", 0666); // not a drop-in: never read
        const ProcessRun refused =
            runWithPolicyFolder(folder, {QStringLiteral("--tty"), QStringLiteral("--sandbox")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(
            refused.err.contains(QStringLiteral("--sandbox: Server/Mode is set by your organisation's policy "
                                                "(/etc/latchkey/policy.d/20-server.conf)")),
            qPrintable(refused.err));

        const ProcessRun check = runWithPolicyFolder(folder, {QStringLiteral("--check-config")});
        QVERIFY2(check.out.contains(QRegularExpression(QStringLiteral(
                     "Auth/CodeLength += 8 +policy \\(/etc/latchkey/policy\\.d/30-auth\\.conf\\), locked"))),
                 qPrintable(check.out));
        QVERIFY2(
            check.out.contains(QRegularExpression(QStringLiteral(
                "Server/Mode += backend +policy \\(/etc/latchkey/policy\\.d/20-server\\.conf\\), locked"))),
            qPrintable(check.out));
        QVERIFY(!check.out.contains(QStringLiteral("README")));
    }

    void aPolicyOthersCanWriteRefusesEverySignIn()
    {
        PolicyFolder folder;
        folder.write(QStringLiteral("policy.conf"), "[Server]\nUrl=https://auth.example.invalid\n");
        folder.write(QStringLiteral("policy.d/50-server.conf"), "[Server]\nAllowSandbox=true\n", 0664);
        const ProcessRun result =
            runWithPolicyFolder(folder, {QStringLiteral("--tty"), QStringLiteral("--sandbox")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(
            result.err.contains(QStringLiteral(
                "latchkey: Your organisation's policy cannot be read (/etc/latchkey/policy.d/50-server.conf: "
                "writable by group or others (mode 0664)), so Latchkey does not sign in.")),
            qPrintable(result.err));
        QVERIFY(!result.err.contains(QStringLiteral("[sandbox]")));

        folder.setMode(QStringLiteral("policy.d/50-server.conf"), 0644);
        folder.setMode(QStringLiteral("policy.d"), 0777);
        const ProcessRun check = runWithPolicyFolder(folder, {QStringLiteral("--check-config")});
        QCOMPARE(check.exitCode, 3);
        QVERIFY2(check.out.contains(QStringLiteral(
                     "error: /etc/latchkey/policy.d: writable by group or others (mode 0777)")),
                 qPrintable(check.out));
    }

    void checkConfigReportsABrokenPolicy()
    {
        const ProcessRun result = runWithPolicy(brokenPolicy(), {QStringLiteral("--check-config")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.out.contains(QStringLiteral(
                     "error: /etc/latchkey/policy.conf: line 5: a section name must end with \"]\"")),
                 qPrintable(result.out));
        QVERIFY(
            result.out.contains(QStringLiteral("policy (/etc/latchkey/policy.conf, unreadable), locked")));
    }

#ifdef Q_OS_UNIX
    void aFifoAsTheUserSettingsDoesNotBlock()
    {
        const QString fifo = m_config.filePath(QStringLiteral("home/Latchkey/latchkey.conf"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const ProcessRun result = run(QStringLiteral(LATCHKEY_BINARY), {QStringLiteral("--check-config")});
        QFile::remove(fifo);
        QVERIFY2(result.exitCode != -2, "latchkey blocked on a FIFO as its settings file");
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.out.contains(
                     fifo + QStringLiteral(": is a named pipe (FIFO), not a settings file: not opened")),
                 qPrintable(result.out));
    }
#endif

    void anExtraCaFileBringsNoQtWarning()
    {
        // Reading the settings used to load Qt's TLS backend before the application object existed, and Qt
        // warned "QObject::connect(QObject, Unknown): invalid nullptr parameter" on every start.
        QFile ca(m_config.filePath(QStringLiteral("ca.pem")));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        QVERIFY(ca.write(latchkey::test::caCertificate) > 0);
        ca.close();
        QFile settings(m_config.filePath(QStringLiteral("home/Latchkey/latchkey.conf")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[Server]\nUrl=https://127.0.0.1:9\n[Tls]\nExtraCaFile=" + ca.fileName().toUtf8() +
                       '\n');
        settings.close();
        const ProcessRun result = run(QStringLiteral(LATCHKEY_BINARY), {QStringLiteral("--check-config")});
        settings.remove();
        QCOMPARE(result.exitCode, 3); // nothing listens on port 9
        QVERIFY2(result.out.contains(QStringLiteral("cannot be reached")), qPrintable(result.out));
        QVERIFY2(!result.out.contains(QStringLiteral("Tls/ExtraCaFile:")), qPrintable(result.out));
        QVERIFY2(!result.err.contains(QStringLiteral("QObject::connect")), qPrintable(result.err));
    }

    void aWindowWithoutADisplayExitsThree()
    {
        // Qt used to abort inside QApplication (exit 134) with its own message about the xcb plugin.
        const ProcessRun unconfigured = run(QStringLiteral(LATCHKEY_BINARY), {});
        QCOMPARE(unconfigured.exitCode, 3);
        QVERIFY2(
            unconfigured.err.contains(QStringLiteral(
                "latchkey: No display is available for a window (DISPLAY and WAYLAND_DISPLAY are not set). "
                "Use latchkey --tty to sign in on the terminal.")),
            qPrintable(unconfigured.err));
        QVERIFY(unconfigured.err.contains(QStringLiteral("No server configured.")));

        const ProcessRun configured =
            run(QStringLiteral(LATCHKEY_BINARY),
                {QStringLiteral("--server"), QStringLiteral("https://auth.example.invalid")});
        QCOMPARE(configured.exitCode, 3);
        QVERIFY2(configured.err.contains(QStringLiteral("Use latchkey --tty")), qPrintable(configured.err));
        QVERIFY(!configured.err.contains(QStringLiteral("No server configured.")));
    }
};

QTEST_GUILESS_MAIN(TestLaunchRefusalsProcess)
#include "TestLaunchRefusalsProcess.moc"
