#include "LocalServers.h"
#include "ProcessDriver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace latchkey::testing;

/**
 * The real latchkey refusing to start, as a person or a script sees it: a policy it cannot read (at the fixed
 * /etc/latchkey/policy.conf, put there for the child alone in a mount namespace of its own), a FIFO as the
 * user's settings file, and a window with no display. Each ends at once with exit code 3 and says why.
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
     * latchkey with `policy` as /etc/latchkey/policy.conf: the shipped binary reads no other path, so the
     * child gets its own view of /etc (unshare: a user and mount namespace; an overlay of a directory holding
     * latchkey/policy.conf over the real /etc). Nothing changes for any other process.
     */
    ProcessRun runWithPolicy(const QByteArray &policy, const QStringList &arguments) const
    {
        QTemporaryDir overlay;
        if (!QDir(overlay.path()).mkdir(QStringLiteral("latchkey"))) {
            qFatal("cannot create the overlay");
        }
        QFile file(overlay.filePath(QStringLiteral("latchkey/policy.conf")));
        if (!file.open(QIODevice::WriteOnly) || file.write(policy) != policy.size()) {
            qFatal("cannot write the policy");
        }
        file.close();
        const QString script = QStringLiteral("mount -t overlay overlay -o \"lowerdir=$0:/etc\" /etc || { "
                                              "echo 'no overlay on /etc' >&2; exit 99; }\n"
                                              "exec \"$@\"");
        const ProcessRun result =
            run(QStringLiteral("unshare"),
                QStringList{QStringLiteral("--user"), QStringLiteral("--map-root-user"),
                            QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                            overlay.path(), QStringLiteral(LATCHKEY_BINARY)} +
                    arguments);
        if (result.exitCode == 99 || result.err.contains(QStringLiteral("unshare: "))) {
            // Needs unprivileged user namespaces (or root); without them this test cannot run and says so.
            qFatal("cannot give latchkey a policy of its own: %s", qPrintable(result.err));
        }
        return result;
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
