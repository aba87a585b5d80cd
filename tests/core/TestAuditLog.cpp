// The audit log's file: one JSON object a line, owner-only, rolled over by size, read back oldest first,
// and a path that cannot be written: false and one warning, never more.

#include "AuditLog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey;

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void appendsOneLinePerRecord()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("deep/er/audit.jsonl"));
        AuditLog log(path);
        QVERIFY(log.append(QJsonObject{{QStringLiteral("outcome"), QStringLiteral("signed-in")}}));
        QVERIFY(log.append(QJsonObject{{QStringLiteral("outcome"), QStringLiteral("cancelled")}}));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // two lines and the empty rest after the last newline
        QCOMPARE(lines.at(0), QByteArray(R"({"outcome":"signed-in"})"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(!log.hasFailed());
    }

    void rollsOverBySize()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("audit.jsonl"));
        AuditLog log(path, false, 1024);
        const QString filler(80, QLatin1Char('x'));
        for (int i = 0; i < 30; ++i) {
            QVERIFY(log.append(QJsonObject{{QStringLiteral("n"), i}, {QStringLiteral("filler"), filler}}));
            QVERIFY(QFileInfo(path).size() <= 1024);
        }
        QVERIFY(QFile::exists(path + QStringLiteral(".1")));
        QVERIFY(QFileInfo(path + QStringLiteral(".1")).size() <= 1024);
        // Read back: the old file, then the current one, in order, ending with the last record.
        const QList<QJsonObject> records = AuditLog::read(path);
        QVERIFY(records.size() >= 2 && records.size() < 30);
        for (qsizetype i = 1; i < records.size(); ++i) {
            QCOMPARE(records.at(i)[QStringLiteral("n")].toInt(),
                     records.at(i - 1)[QStringLiteral("n")].toInt() + 1);
        }
        QCOMPARE(records.constLast()[QStringLiteral("n")].toInt(), 29);
    }

    void readSkipsBrokenLines()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("audit.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"n\":1}\n{\"n\":2, cut sho\n\n[1,2]\n{\"n\":3}\n");
        file.close();
        int skipped = -1;
        const QList<QJsonObject> records = AuditLog::read(path, &skipped);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1)[QStringLiteral("n")].toInt(), 3);
        QCOMPARE(skipped, 2);
        QVERIFY(AuditLog::read(directory.filePath(QStringLiteral("none.jsonl"))).isEmpty());
    }

    void anUnwritablePathWarnsOnce()
    {
        // A path under a regular file: no folder can be made there (root or not).
        QTemporaryDir directory;
        const QString blocker = directory.filePath(QStringLiteral("a-file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        AuditLog log(blocker + QStringLiteral("/audit.jsonl"));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("the audit log .* cannot be written")));
        QVERIFY(!log.append(QJsonObject{{QStringLiteral("n"), 1}}));
        QVERIFY(log.hasFailed());
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
        QVERIFY(!log.append(QJsonObject{{QStringLiteral("n"), 2}})); // no second warning
    }

    void aFolderInPlaceOfTheFileWarns()
    {
        QTemporaryDir directory;
        AuditLog folder(directory.path());
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("the audit log .* cannot be written")));
        QVERIFY(!folder.append(QJsonObject{{QStringLiteral("n"), 3}}));
    }

    void noPathWritesNothing()
    {
        AuditLog log{QString()};
        QVERIFY(log.append(QJsonObject{{QStringLiteral("n"), 1}}));
        QVERIFY(!log.hasFailed());
        QVERIFY(AuditLog::defaultPath().endsWith(QLatin1String("/audit.jsonl")));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
