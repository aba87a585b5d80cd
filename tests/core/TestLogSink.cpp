#include "LogSink.h"
#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey;

/** Logging settings: the level as category rules, the log file, and what never reaches it. */
class TestLogSink : public QObject
{
    Q_OBJECT

private slots:
    void levelsBecomeRules_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<bool>("debug");
        QTest::addColumn<bool>("info");
        QTest::addColumn<bool>("warning");
        QTest::newRow("debug") << QStringLiteral("debug") << true << true << true;
        QTest::newRow("info") << QStringLiteral("info") << false << true << true;
        QTest::newRow("warning") << QStringLiteral("warning") << false << false << true;
        QTest::newRow("critical") << QStringLiteral("critical") << false << false << false;
    }
    void levelsBecomeRules()
    {
        QFETCH(QString, level);
        QFETCH(bool, debug);
        QFETCH(bool, info);
        QFETCH(bool, warning);
        QLoggingCategory::setFilterRules(LogSink::filterRules(level));
        QCOMPARE(lcFlow().isDebugEnabled(), debug);
        QCOMPARE(lcNet().isInfoEnabled(), info);
        QCOMPARE(lcAuth().isWarningEnabled(), warning);
        QVERIFY(lcSandboxOutbox().isInfoEnabled()); // the sandbox's codes always show, on stderr
    }

    void linesGoToTheFileButCodesDoNot()
    {
        QTemporaryDir directory;
        const QString logs = directory.filePath(QStringLiteral("nested/logs"));
        LogSink::install(QStringLiteral("info"), logs, false);
        qCInfo(lcFlow) << "the flow started";
        qCWarning(lcNet) << "request to auth.example.org failed";
        qCInfo(lcSandboxOutbox) << "code 042117 for +12025550142 by sms";
        qCDebug(lcFlow) << "below the level";

        QFile file(LogSink::logFilePath(logs));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QStringLiteral(" info latchkey.flow: the flow started\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral(" warning latchkey.net: request to auth.example.org failed\n")));
        QVERIFY(!text.contains(QStringLiteral("042117")));
        QVERIFY(!text.contains(QStringLiteral("below the level")));
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        const QStringList last = LogSink::lastLines(logs, 1);
        QCOMPARE(last.size(), 1);
        QVERIFY(last.constFirst().endsWith(QStringLiteral("request to auth.example.org failed")));
        QVERIFY(LogSink::lastLines(directory.filePath(QStringLiteral("elsewhere")), 5).isEmpty());
    }

    void anEnforcedLevelIgnoresOtherRules()
    {
        // Runs last among the level tests: the filter stays for the rest of the process.
        LogSink::install(QStringLiteral("info"), QString(), false, true);
        QLoggingCategory::setFilterRules(QStringLiteral("latchkey.*=true\nlatchkey.flow.info=false"));
        QVERIFY(!lcFlow().isDebugEnabled());
        QVERIFY(lcFlow().isInfoEnabled());
        QVERIFY(lcNet().isWarningEnabled());
        QVERIFY(lcSandboxOutbox().isInfoEnabled());
        QVERIFY(!lcSandboxOutbox().isDebugEnabled());
    }

    void theDefaultDirectoryFollowsXdg()
    {
        qputenv("XDG_STATE_HOME", "/var/tmp/state-home");
        QCOMPARE(LogSink::defaultDirectory(), QStringLiteral("/var/tmp/state-home/latchkey"));
        qunsetenv("XDG_STATE_HOME");
        QCOMPARE(LogSink::defaultDirectory(), QDir::homePath() + QStringLiteral("/.local/state/latchkey"));
    }
};

int main(int argc, char **argv)
{
    // The level's rules are under test: ctest's QT_LOGGING_RULES would be applied on top of them.
    qunsetenv("QT_LOGGING_RULES");
    QCoreApplication app(argc, argv);
    TestLogSink test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestLogSink.moc"
