#include "SignInResult.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace latchkey;

class TestSignInResult : public QObject
{
    Q_OBJECT

    static QJsonObject parsed(const SignInResult &result)
    {
        const QByteArray line = result.toJsonLine();
        [&] { QVERIFY2(line.endsWith('\n') && line.count('\n') == 1, line.constData()); }();
        return QJsonDocument::fromJson(line).object();
    }

private slots:
    void aSignInNamesWhoSignedIn()
    {
        SignInResult result;
        result.exitCode = ExitCode::SignedIn;
        result.username = QStringLiteral("ada");
        result.displayName = QStringLiteral("Ada Lovelace");
        result.mode = QStringLiteral("backend");
        result.at = QDateTime(QDate(2026, 11, 27), QTime(21, 5, 0), Qt::UTC);
        const QJsonObject object = parsed(result);
        QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("signed-in"));
        QCOMPARE(object.value(QStringLiteral("exitCode")).toInt(-1), 0);
        QCOMPARE(object.value(QStringLiteral("username")).toString(), QStringLiteral("ada"));
        QCOMPARE(object.value(QStringLiteral("displayName")).toString(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(object.value(QStringLiteral("mode")).toString(), QStringLiteral("backend"));
        QCOMPARE(object.value(QStringLiteral("at")).toString(), QStringLiteral("2026-11-27T21:05:00Z"));
        QCOMPARE(object.keys().size(), 6);
    }

    void theDisplayNameFallsBackToTheUsername()
    {
        SignInResult result;
        result.exitCode = ExitCode::SignedIn;
        result.username = QStringLiteral("ada");
        QCOMPARE(parsed(result).value(QStringLiteral("displayName")).toString(), QStringLiteral("ada"));
    }

    void aFailOpenHasItsOwnStatusAndMethod()
    {
        SignInResult result;
        result.exitCode = ExitCode::FailedOpen;
        result.username = QStringLiteral("ada");
        result.method = QStringLiteral("fail-open");
        const QJsonObject object = parsed(result);
        QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("fail-open"));
        QCOMPARE(object.value(QStringLiteral("exitCode")).toInt(-1), 4);
        QCOMPARE(object.value(QStringLiteral("method")).toString(), QStringLiteral("fail-open"));
        QCOMPARE(object.value(QStringLiteral("username")).toString(), QStringLiteral("ada"));
        QVERIFY(SignInResult::statusFor(ExitCode::FailedOpen) != SignInResult::statusFor(ExitCode::SignedIn));
    }

    void otherOutcomesNameNobody_data()
    {
        QTest::addColumn<ExitCode>("exitCode");
        QTest::addColumn<QString>("status");
        QTest::newRow("cancelled") << ExitCode::Cancelled << QStringLiteral("cancelled");
        QTest::newRow("failed") << ExitCode::Failed << QStringLiteral("failed");
        QTest::newRow("configuration")
            << ExitCode::ConfigurationError << QStringLiteral("configuration-error");
    }

    void otherOutcomesNameNobody()
    {
        QFETCH(ExitCode, exitCode);
        QFETCH(QString, status);
        SignInResult result;
        result.exitCode = exitCode;
        result.username = QStringLiteral("typed-but-not-signed-in");
        const QJsonObject object = parsed(result);
        QCOMPARE(object.value(QStringLiteral("status")).toString(), status);
        QCOMPARE(object.value(QStringLiteral("exitCode")).toInt(-1), toInt(exitCode));
        QVERIFY(!object.contains(QStringLiteral("username")));
        QVERIFY(!object.contains(QStringLiteral("displayName")));
    }
};

QTEST_GUILESS_MAIN(TestSignInResult)
#include "TestSignInResult.moc"
