#include "PasswordStrength.h"

#include <QTest>

using namespace latchkey;

class TestPasswordStrength : public QObject
{
    Q_OBJECT
private slots:
    void commonPasswordsAreTooWeak_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("digits") << QStringLiteral("1234567890");
        QTest::newRow("keyboard walk") << QStringLiteral("qwertyuiop");
        QTest::newRow("word and year") << QStringLiteral("password2024");
        QTest::newRow("empty") << QString();
    }
    void commonPasswordsAreTooWeak()
    {
        QFETCH(QString, password);
        QCOMPARE(PasswordStrength::of(password).level(), PasswordStrength::Level::TooWeak);
    }

    void longUnrelatedWordsAreStrong()
    {
        const PasswordStrength strength =
            PasswordStrength::of(QStringLiteral("violet anchor marmalade tundra"));
        QCOMPARE(strength.level(), PasswordStrength::Level::Strong);
        QVERIFY(!strength.label().isEmpty());
    }

    void theUsernameMakesAPasswordWeaker()
    {
        const QString password = QStringLiteral("zamboni-Quixotic7");
        const double plain = PasswordStrength::of(password).bits();
        const double withName = PasswordStrength::of(password, {QStringLiteral("zamboni")}).bits();
        QVERIFY2(withName < plain, qPrintable(QStringLiteral("%1 vs %2").arg(withName).arg(plain)));
    }

    void strengthGrowsWithLength()
    {
        QVERIFY(PasswordStrength::of(QStringLiteral("violet anchor")).bits() <
                PasswordStrength::of(QStringLiteral("violet anchor marmalade")).bits());
    }
};

QTEST_GUILESS_MAIN(TestPasswordStrength)
#include "TestPasswordStrength.moc"
