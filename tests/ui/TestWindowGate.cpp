#include "ExecCommand.h"
#include "ExitCode.h"
#include "WizardShell.h"

#include "WizardHarness.h"

#include <QFile>
#include <QTemporaryDir>

using namespace latchkey;
using namespace latchkey::testing;

/**
 * `latchkey --exec -- PROGRAM` in the window, as main() runs it: WizardShell shows the real wizard, which
 * closes on approval; then ExecCommand starts the program with the shell's session. A backend (the
 * in-process sandbox's backend routes) signs the user in; the program is a real child process.
 */
class TestWindowGate : public QObject
{
    Q_OBJECT

    /** The program: writes its environment to `envFile`, then exits with 7. */
    static QStringList arguments(const QUrl &server, const QString &envFile)
    {
        return {QStringLiteral("--server"),
                server.toString(),
                QStringLiteral("--exec"),
                QStringLiteral("--"),
                QStringLiteral("sh"),
                QStringLiteral("-c"),
                QStringLiteral("env > \"$0\"; exit 7"),
                envFile};
    }

    /** Runs what main() runs after the window's event loop: the gate, with the shell's session. */
    static int runGate(LaunchFixture &launch, WizardShell &shell, MemorySecretStore *keychain)
    {
        const int signInExit = shell.finish();
        ExecCommand gate(launch.launch, keychain, Clock::system(), &launch.console);
        QSignalSpy finished(&gate, &Command::finished);
        gate.startAfter(static_cast<ExitCode>(signInExit), shell.session());
        if (!finished.wait(10000) && finished.isEmpty()) {
            return -1;
        }
        return finished.constFirst().constFirst().toInt();
    }

    static QMap<QString, QString> readEnvironment(const QString &path)
    {
        QMap<QString, QString> variables;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return variables;
        }
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype equals = line.indexOf('=');
            if (equals > 0) {
                variables.insert(QString::fromUtf8(line.left(equals)),
                                 QString::fromUtf8(line.mid(equals + 1)));
            }
        }
        return variables;
    }

    /** An in-process sandbox backend, latchkey's launch with --exec and the window's shell, not started. */
    struct Gate
    {
        SandboxServer sandbox{Clock::system()};
        const bool sandboxListens = sandbox.listen();
        QTemporaryDir dir;
        const QString envFile = dir.filePath(QStringLiteral("environment"));
        LaunchFixture launch{arguments(sandbox.baseUrl(), envFile)};
        MemorySecretStore keychain;
        WizardShell shell{launch.launch, &keychain, Clock::system(), &launch.console};
    };

private slots:
    void initTestCase() { useTestApplication(QStringLiteral("TestWindowGate")); }

    void aWindowSignInStartsTheProgramWithTheSignInsIdentity()
    {
        Gate g;
        QVERIFY(g.sandboxListens);
        QVERIFY2(g.launch.resolved, qPrintable(g.launch.console.err()));
        g.shell.start();
        QTRY_VERIFY(g.shell.wizard() && g.shell.wizard()->isVisible());
        SandboxServer &sandbox = g.sandbox;
        LaunchFixture &launch = g.launch;
        WizardShell &shell = g.shell;
        MemorySecretStore &keychain = g.keychain;
        const QString &envFile = g.envFile;
        SignInWizard &wizard = *shell.wizard();

        const DemoAccount demo = BackendEmulator::demoAccount();
        auto *username = currentPageChild<QLineEdit>(wizard, "usernameLineEdit");
        auto *password = currentPageChild<QLineEdit>(wizard, "passwordLineEdit");
        QVERIFY(username && password);
        QTest::keyClicks(username, demo.username);
        QTest::keyClicks(password, demo.password);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE(wizard.currentId(), int(SignInWizard::PhonePageId));
        auto *phone = currentPageChild<QLineEdit>(wizard, "phoneLineEdit");
        QVERIFY(phone);
        phone->clear();
        QTest::keyClicks(phone, demo.phone);
        QTest::keyClick(phone, Qt::Key_Return);
        QTRY_COMPARE(wizard.currentId(), int(SignInWizard::CodePageId));
        QTRY_VERIFY(!sandbox.outbox()->lastCodeFor(demo.phone).isEmpty());
        const QString code = sandbox.outbox()->lastCodeFor(demo.phone);
        QTest::keyClicks(currentPageChild<QLineEdit>(wizard, "codeLineEdit"), code);
        // --exec closes the window on approval, as --print-result does: the program is what comes next.
        QTRY_VERIFY(!wizard.isVisible());

        QCOMPARE(runGate(launch, shell, &keychain), 7); // the program's own exit code
        const QMap<QString, QString> environment = readEnvironment(envFile);
        QCOMPARE(environment.value(QStringLiteral("LATCHKEY_USER")), demo.username);
        QCOMPARE(environment.value(QStringLiteral("LATCHKEY_MODE")), QStringLiteral("backend"));
        QCOMPARE(environment.value(QStringLiteral("LATCHKEY_CHANNEL")), QStringLiteral("sms"));
        QVERIFY(QDateTime::fromString(environment.value(QStringLiteral("LATCHKEY_SIGNED_IN_AT")), Qt::ISODate)
                    .isValid());
        // Never a secret: not the password, not the code.
        for (const QString &value : environment) {
            QVERIFY(!value.contains(demo.password));
            QVERIFY(value != code);
        }
    }

    void aClosedWindowStartsNothingAndExits125()
    {
        Gate g;
        QVERIFY(g.sandboxListens);
        QVERIFY2(g.launch.resolved, qPrintable(g.launch.console.err()));
        g.shell.start();
        QTRY_VERIFY(g.shell.wizard() && g.shell.wizard()->isVisible());
        LaunchFixture &launch = g.launch;
        WizardShell &shell = g.shell;
        MemorySecretStore &keychain = g.keychain;
        const QString &envFile = g.envFile;
        shell.wizard()->reject(); // the window closed before signing in
        QTRY_VERIFY(!shell.wizard()->isVisible());

        QCOMPARE(runGate(launch, shell, &keychain), ExecCommand::refused);
        QVERIFY2(launch.console.err().contains(QStringLiteral("Not signed in: sh was not started.")),
                 qPrintable(launch.console.err()));
        QVERIFY(!QFile::exists(envFile));
    }
};

QTEST_MAIN(TestWindowGate)
#include "TestWindowGate.moc"
