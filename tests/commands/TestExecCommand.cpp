#include "ExecCommand.h"
#include "GatedProgram.h"
#include "LaunchFixture.h"
#include "MemorySecretStore.h"
#include "SettingsSchema.h"

#include "Clock.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace latchkey;
using namespace latchkey::testing;

/**
 * --exec in this process: how its command line parses, when Latchkey refuses to open the gate (the sandbox
 * without Gate/AllowSandbox set by policy), the environment the program gets, and GatedProgram running real
 * programs (exit codes, 126, 127, 128+N).
 */
class TestExecCommand : public QObject
{
    Q_OBJECT

    /** Runs `command` as the gated program; its exit code and problem. */
    static std::pair<int, QString> runProgram(const QStringList &command)
    {
        GatedProgram program(command, QProcessEnvironment::systemEnvironment());
        QSignalSpy spy(&program, &GatedProgram::finished);
        program.start();
        if (spy.isEmpty() && !spy.wait(20000)) {
            qFatal("the gated program did not end");
        }
        return {spy.first().at(0).toInt(), spy.first().at(1).toString()};
    }

private slots:
    void theProgramIsEverythingAfterTheSeparator()
    {
        const CommandLine line = CommandLine::parse(QStringList{
            QStringLiteral("latchkey"), QStringLiteral("--tty"), QStringLiteral("--exec"),
            QStringLiteral("--exec-audience"), QStringLiteral("deploy-tool"), QStringLiteral("--"),
            QStringLiteral("ssh"), QStringLiteral("-v"), QStringLiteral("--"), QStringLiteral("host")});
        QCOMPARE(line.action, CommandLine::Action::SignIn);
        QVERIFY(line.exec);
        QVERIFY(line.terminal);
        QCOMPARE(line.execCommand, (QStringList{QStringLiteral("ssh"), QStringLiteral("-v"),
                                                QStringLiteral("--"), QStringLiteral("host")}));
        QCOMPARE(line.overrideFor(SettingsKey::gateAudience).toString(), QStringLiteral("deploy-tool"));
    }

    void execUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("print-result")
            << QStringList{QStringLiteral("--exec"), QStringLiteral("--print-result"), QStringLiteral("--"),
                           QStringLiteral("true")}
            << QStringLiteral("--exec and --print-result cannot be combined");
        QTest::newRow("no program") << QStringList{QStringLiteral("--exec"), QStringLiteral("--")}
                                    << QStringLiteral("--exec needs a program after --");
        QTest::newRow("no separator") << QStringList{QStringLiteral("--exec"), QStringLiteral("true")}
                                      << QStringLiteral("Unexpected argument: true");
        QTest::newRow("another action") << QStringList{QStringLiteral("--sign-out"), QStringLiteral("--exec"),
                                                       QStringLiteral("--"), QStringLiteral("true")}
                                        << QStringLiteral("--sign-out, --exec cannot be combined");
        QTest::newRow("change-number")
            << QStringList{QStringLiteral("--change-number"), QStringLiteral("--exec"), QStringLiteral("--"),
                           QStringLiteral("true")}
            << QStringLiteral("--change-number, --exec cannot be combined");
        QTest::newRow("bad audience")
            << QStringList{QStringLiteral("--exec"), QStringLiteral("--exec-audience"), QStringLiteral("a b"),
                           QStringLiteral("--"), QStringLiteral("true")}
            << QStringLiteral("--exec-audience a b:");
    }

    void execUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CommandLine line = CommandLine::parse(QStringList{QStringLiteral("latchkey")} + arguments);
        QCOMPARE(line.action, CommandLine::Action::UsageError);
        QVERIFY2(line.errorText.contains(message), qPrintable(line.errorText));
        QVERIFY2(line.exec, "a usage error of an --exec command line exits 125, not 3");
    }

    void withoutExecTheSeparatorTakesNothing()
    {
        const CommandLine line = CommandLine::parse(
            {QStringLiteral("latchkey"), QStringLiteral("--exec-audience"), QStringLiteral("x")});
        QCOMPARE(line.action, CommandLine::Action::UsageError);
        QVERIFY(!line.exec);
        QVERIFY(line.errorText.contains(QStringLiteral("--exec-audience only goes with --exec")));
    }

    void theSandboxOpensAGateOnlyByPolicy()
    {
        const QStringList arguments{QStringLiteral("--tty"), QStringLiteral("--sandbox"),
                                    QStringLiteral("--exec"), QStringLiteral("--"), QStringLiteral("true")};
        LaunchFixture none(arguments);
        QVERIFY(none.resolved);
        QVERIFY(ExecCommand::refusal(none.launch.settings()).contains(QStringLiteral("Gate/AllowSandbox")));

        LaunchFixture byUser(arguments, {}, "[Gate]\nAllowSandbox=true\n");
        QVERIFY(byUser.resolved);
        QVERIFY2(!ExecCommand::refusal(byUser.launch.settings()).isEmpty(), "the user cannot open the gate");

        LaunchFixture byPolicy(arguments, "[Gate]\nAllowSandbox=true\n");
        QVERIFY(byPolicy.resolved);
        QCOMPARE(ExecCommand::refusal(byPolicy.launch.settings()), QString());

        // Server/AllowSandbox=false is its own key: it refuses --sandbox altogether.
        LaunchFixture backend({QStringLiteral("--tty"), QStringLiteral("--server"),
                               QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--exec"),
                               QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(ExecCommand::refusal(backend.launch.settings()), QString());
    }

    void aRefusedSandboxExits125BeforeAnySignIn()
    {
        QTemporaryDir directory;
        const QString marker = directory.filePath(QStringLiteral("ran"));
        LaunchFixture fixture({QStringLiteral("--tty"), QStringLiteral("--sandbox"), QStringLiteral("--exec"),
                               QStringLiteral("--"), QStringLiteral("touch"), marker});
        MemorySecretStore keychain;
        ExecCommand command(fixture.launch, &keychain, Clock::system(), &fixture.console);
        QSignalSpy spy(&command, &Command::finished);
        command.start();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).toInt(), 125);
        QVERIFY(fixture.console.err().contains(QStringLiteral("Gate/AllowSandbox")));
        QVERIFY(!fixture.console.err().contains(QStringLiteral("Username")));
        QVERIFY(!QFile::exists(marker));
    }

    void theEnvironmentNamesTheSignInAndReplacesInheritedValues()
    {
        QProcessEnvironment base;
        base.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin"));
        base.insert(QStringLiteral("LATCHKEY_ASSERTION"), QStringLiteral("stale"));
        base.insert(QStringLiteral("LATCHKEY_USER"), QStringLiteral("mallory"));
        GateIdentity identity;
        identity.user = QStringLiteral("ada");
        identity.mode = QStringLiteral("backend");
        identity.channel = QStringLiteral("call");
        identity.signedInAt = QDateTime(QDate(2026, 12, 5), QTime(16, 30, 5), Qt::UTC);
        QProcessEnvironment environment = ExecCommand::environmentFor(base, identity);
        QCOMPARE(environment.value(QStringLiteral("LATCHKEY_USER")), QStringLiteral("ada"));
        QCOMPARE(environment.value(QStringLiteral("LATCHKEY_MODE")), QStringLiteral("backend"));
        QCOMPARE(environment.value(QStringLiteral("LATCHKEY_CHANNEL")), QStringLiteral("call"));
        QCOMPARE(environment.value(QStringLiteral("LATCHKEY_SIGNED_IN_AT")),
                 QStringLiteral("2026-12-05T16:30:05Z"));
        QVERIFY2(!environment.contains(QStringLiteral("LATCHKEY_ASSERTION")), "no assertion: none inherited");
        QCOMPARE(environment.value(QStringLiteral("PATH")), QStringLiteral("/usr/bin"));

        identity.assertion = "eyJh.eyJz.c2ln";
        environment = ExecCommand::environmentFor(base, identity);
        QCOMPARE(environment.value(QStringLiteral("LATCHKEY_ASSERTION")), QStringLiteral("eyJh.eyJz.c2ln"));
    }

    void exitCodesOfRealPrograms()
    {
        QCOMPARE(runProgram({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 0")}).first, 0);
        QCOMPARE(runProgram({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 3")}).first, 3);
        QCOMPARE(
            runProgram({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("kill -KILL $$")}).first,
            128 + SIGKILL);
        QCOMPARE(
            runProgram({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("kill -TERM $$")}).first,
            128 + SIGTERM);
        const auto [notFound, why] = runProgram({QStringLiteral("latchkey-no-such-program")});
        QCOMPARE(notFound, 127);
        QVERIFY(why.contains(QStringLiteral("not found on PATH")));
        QCOMPARE(runProgram({QStringLiteral("/nonexistent/program")}).first, 127);
        QTemporaryDir directory;
        QCOMPARE(runProgram({directory.path()}).first, 126); // a directory
        const QString script = directory.filePath(QStringLiteral("plain"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\n");
        file.close();
        QCOMPARE(runProgram({script}).first, 126); // not executable
    }

    void locateFollowsPathLikeExecvp()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        const QString plain = first.filePath(QStringLiteral("tool"));
        const QString runnable = second.filePath(QStringLiteral("tool"));
        for (const QString &path : {plain, runnable}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("#!/bin/sh\n");
        }
        QVERIFY(QFile::setPermissions(runnable, QFile::ReadOwner | QFile::ExeOwner));
        QString found;
        QString problem;
        QCOMPARE(GatedProgram::locate(QStringLiteral("tool"), first.path() + QLatin1Char(':') + second.path(),
                                      &found, &problem),
                 0);
        QCOMPARE(found, runnable); // a non-executable file earlier on PATH is passed over
        QCOMPARE(GatedProgram::locate(QStringLiteral("tool"), first.path(), &found, &problem), 126);
    }
};

QTEST_GUILESS_MAIN(TestExecCommand)
#include "TestExecCommand.moc"
