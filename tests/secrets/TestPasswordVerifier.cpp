#include "PasswordVerifier.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace latchkey;

class TestPasswordVerifier : public QObject
{
    Q_OBJECT

    static QByteArray verifierFor(PasswordVerifier &hasher, const QString &password)
    {
        QSignalSpy created(&hasher, &PasswordVerifier::verifierCreated);
        hasher.createVerifier(password);
        if (!created.wait(10000)) {
            qFatal("no verifier within 10 s");
        }
        return created.first().at(0).toByteArray();
    }

    static bool matches(PasswordVerifier &hasher, const QByteArray &verifier, const QString &password)
    {
        QSignalSpy checked(&hasher, &PasswordVerifier::checked);
        hasher.check(verifier, password);
        if (!checked.wait(10000)) {
            qFatal("no answer within 10 s");
        }
        return checked.first().at(0).toBool();
    }

private slots:
    void theRightPasswordMatchesAndOthersDoNot()
    {
        PasswordVerifier hasher(PasswordVerifier::Strength::Minimal);
        const QByteArray verifier = verifierFor(hasher, QStringLiteral("correct horse ✓"));
        QVERIFY(verifier.startsWith("$argon2id$"));
        QVERIFY(!verifier.contains("correct horse"));
        QVERIFY(matches(hasher, verifier, QStringLiteral("correct horse ✓")));
        QVERIFY(!matches(hasher, verifier, QStringLiteral("correct horse")));
        QVERIFY(!matches(hasher, verifier, QString()));
    }

    void twoVerifiersOfOnePasswordDiffer()
    {
        PasswordVerifier hasher(PasswordVerifier::Strength::Minimal);
        QVERIFY(verifierFor(hasher, QStringLiteral("pw")) !=
                verifierFor(hasher, QStringLiteral("pw"))); // salted
    }

    void aDamagedVerifierIsReportedNotTreatedAsAMismatch()
    {
        PasswordVerifier hasher(PasswordVerifier::Strength::Minimal);
        QSignalSpy failed(&hasher, &PasswordVerifier::failed);
        QSignalSpy checked(&hasher, &PasswordVerifier::checked);
        hasher.check("not a verifier", QStringLiteral("pw"));
        QVERIFY(failed.wait(5000));
        QCOMPARE(checked.count(), 0);
        QVERIFY(!failed.first().at(0).toString().isEmpty());
    }

    void weakVerifiersAskToBeRecomputed()
    {
        PasswordVerifier weak(PasswordVerifier::Strength::Minimal);
        PasswordVerifier strong(PasswordVerifier::Strength::Interactive);
        const QByteArray verifier = verifierFor(weak, QStringLiteral("pw"));
        QVERIFY(!weak.needsRehash(verifier));
        QVERIFY(strong.needsRehash(verifier));
        QVERIFY(strong.needsRehash("garbage"));
    }

    void hashingNeverBlocksTheEventLoop()
    {
        // Interactive limits take tens of milliseconds: the loop must keep turning meanwhile.
        PasswordVerifier hasher(PasswordVerifier::Strength::Interactive);
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(1);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();
        QSignalSpy created(&hasher, &PasswordVerifier::verifierCreated);
        QElapsedTimer timer;
        timer.start();
        hasher.createVerifier(QStringLiteral("pw"));
        QCOMPARE(created.count(), 0); // never answers synchronously
        QVERIFY(created.wait(10000));
        QVERIFY2(ticks >= 5, qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(timer.elapsed())));
        QVERIFY(!hasher.needsRehash(created.first().at(0).toByteArray()));
    }
};

QTEST_GUILESS_MAIN(TestPasswordVerifier)
#include "TestPasswordVerifier.moc"
