#include "Clock.h"
#include "FakeAuthService.h"
#include "MemorySecretStore.h"
#include "NumberChange.h"
#include "PrefilledNumber.h"
#include "RememberedSignIn.h"

#include <QTest>

using namespace latchkey;
using Source = PrefilledNumber::Source;

namespace {

const E164Number lastNumber = *E164Number::fromString(QStringLiteral("+12025550142"));
const QString policyNumber = QStringLiteral("+447700900123");

ServerCapabilities onFile(const QString &masked, bool sendsToNumberOnFile = false)
{
    ServerCapabilities server;
    server.maskedNumberOnFile = masked;
    server.sendsToNumberOnFile = sendsToNumberOnFile;
    return server;
}

/** The full number as text, for comparing; empty when it is not known. */
QString full(const std::optional<E164Number> &number)
{
    return number ? number->toString() : QString();
}

} // namespace

/**
 * Which number the phone step offers, without a flow around it: the precedence (policy > backend > enrolment
 * > last sign-in), when the full number is known, and the mask check that lets the last number complete the
 * masked number on file.
 */
class TestPrefilledNumber : public QObject
{
    Q_OBJECT

    struct Parts
    {
        explicit Parts(const QString &policy = QString(), bool locked = false)
            : remembered(&secrets, &clock)
            , numberChange(&auth, &remembered)
            , prefilled(policy, locked, &remembered, &numberChange)
        {}

        ManualClock clock;
        FakeAuthService auth;
        MemorySecretStore secrets;
        RememberedSignIn remembered;
        NumberChange numberChange;
        PrefilledNumber prefilled;
    };

private slots:
    void nothingKnownIsNoSource()
    {
        Parts p;
        QCOMPARE(p.prefilled.source(ServerCapabilities()), Source::None);
        QVERIFY(!p.prefilled.number(ServerCapabilities()));
        QVERIFY(p.prefilled.masked(ServerCapabilities()).isEmpty());
        QVERIFY(!p.prefilled.canSend(ServerCapabilities()));
    }

    void theLastSignInIsTheLastResort()
    {
        Parts p;
        p.remembered.keepLastNumber(lastNumber);
        QCOMPARE(p.prefilled.source(ServerCapabilities()), Source::LastSignIn);
        QCOMPARE(full(p.prefilled.number(ServerCapabilities())), lastNumber.toString());
        QCOMPARE(p.prefilled.masked(ServerCapabilities()), QStringLiteral("+1 ••• ••• ••42"));
        QVERIFY(p.prefilled.canSend(ServerCapabilities()));
    }

    void theBackendBeatsTheLastSignInWhichCompletesItOnlyWhenItFits()
    {
        Parts p;
        p.remembered.keepLastNumber(lastNumber);
        const ServerCapabilities other = onFile(QStringLiteral("+49 ••• ••• ••77"));
        QCOMPARE(p.prefilled.source(other), Source::Backend);
        QCOMPARE(p.prefilled.masked(other), QStringLiteral("+49 ••• ••• ••77"));
        QVERIFY(!p.prefilled.number(other));
        QVERIFY(!p.prefilled.canSend(other));
        // The server sending to its own number makes it sendable without the full number.
        QVERIFY(p.prefilled.canSend(onFile(QStringLiteral("+49 ••• ••• ••77"), true)));

        const ServerCapabilities fitting = onFile(QStringLiteral("+1 ••• ••• ••42"));
        QCOMPARE(p.prefilled.source(fitting), Source::Backend);
        QCOMPARE(full(p.prefilled.number(fitting)), lastNumber.toString());
        QVERIFY(p.prefilled.canSend(fitting));
    }

    void aLocalAccountsNumberOnFileIsTheEnrolment()
    {
        Parts p;
        p.auth.numberChangeable = true;
        QCOMPARE(p.prefilled.source(onFile(QStringLiteral("+1 ••• ••• ••42"), true)), Source::Enrolment);
        QVERIFY(p.prefilled.canSend(onFile(QStringLiteral("+1 ••• ••• ••42"), true)));
        // Without a number on file, a local account prefills nothing of its own.
        QCOMPARE(p.prefilled.source(ServerCapabilities()), Source::None);
    }

    void thePolicyNumberBeatsEverything()
    {
        for (const bool locked : {false, true}) {
            Parts p(policyNumber, locked);
            p.auth.numberChangeable = true;
            p.remembered.keepLastNumber(lastNumber);
            const ServerCapabilities server = onFile(QStringLiteral("+1 ••• ••• ••42"), true);
            QCOMPARE(p.prefilled.source(server), Source::Policy);
            QCOMPARE(full(p.prefilled.number(server)), policyNumber);
            QCOMPARE(p.prefilled.masked(server), QStringLiteral("+44 ••• ••• ••23"));
            QVERIFY(p.prefilled.hasPolicyNumber());
            QCOMPARE(p.prefilled.isLocked(), locked);
        }
    }

    void aPolicyNumberThatIsNotE164IsNoPolicyNumber()
    {
        Parts p(QStringLiteral("020 7946 0000"), true);
        QVERIFY(!p.prefilled.hasPolicyNumber());
        QVERIFY(!p.prefilled.isLocked());
        QCOMPARE(p.prefilled.source(ServerCapabilities()), Source::None);
    }

    void aNumberChangePrefillsNothingAndUnlocksThePolicy()
    {
        Parts p(policyNumber, true);
        p.auth.numberChangeable = true;
        p.remembered.keepLastNumber(lastNumber);
        p.numberChange.begin(true);
        QVERIFY(p.numberChange.isRunning());
        QCOMPARE(p.prefilled.source(onFile(QStringLiteral("+1 ••• ••• ••42"))), Source::None);
        QVERIFY(!p.prefilled.canSend(onFile(QStringLiteral("+1 ••• ••• ••42"), true)));
        QVERIFY(!p.prefilled.isLocked());
        p.numberChange.end();
        QVERIFY(p.prefilled.isLocked());
    }

    void aMaskFitsOnlyTheSameCountryCodeAndLastDigits_data()
    {
        QTest::addColumn<QString>("masked");
        QTest::addColumn<bool>("fits");
        QTest::newRow("same country, same last two") << QStringLiteral("+1 ••• ••• ••42") << true;
        QTest::newRow("other last digits") << QStringLiteral("+1 ••• ••• ••43") << false;
        QTest::newRow("other country") << QStringLiteral("+44 ••• ••• ••42") << false;
        QTest::newRow("one last digit is too few") << QStringLiteral("+1 ••• ••• •••2") << false;
        QTest::newRow("no country code") << QStringLiteral("••• ••• ••42") << false;
        QTest::newRow("only a country code") << QStringLiteral("+1 ••• ••• •••") << false;
    }
    void aMaskFitsOnlyTheSameCountryCodeAndLastDigits()
    {
        QFETCH(QString, masked);
        QFETCH(bool, fits);
        QCOMPARE(PrefilledNumber::maskCouldBe(masked, lastNumber), fits);
    }
};

QTEST_GUILESS_MAIN(TestPrefilledNumber)
#include "TestPrefilledNumber.moc"
