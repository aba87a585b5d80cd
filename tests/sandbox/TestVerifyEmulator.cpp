// Twilio Verify v2 semantics of the sandbox emulator, on a clock the test moves by hand.

#include "Outbox.h"
#include "VerifyEmulator.h"
#include "WrongCode.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace latchkey;
using latchkey::testing::wrongCodeFor;

namespace {

const QString number = QStringLiteral("+12025550142");

} // namespace

class TestVerifyEmulator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startCreatesPendingVerification();
    void serviceDefaults();
    void codeLengthIsSettableFrom4To10_data();
    void codeLengthIsSettableFrom4To10();
    void resendKeepsTheSameCode();
    void sixthSendIsRefused();
    void cancelEndsTheVerification();
    void wrongCodeIsPendingNotAnError();
    void fifthWrongCheckLocksUntilExpiry();
    void resendDoesNotResetWrongChecks();
    void approvedVerificationIsGone();
    void checkByVerificationSid();
    void stillValidAt9m59s();
    void expiredAfter10Minutes();
    void resendDoesNotExtendValidity();
    void checkCodeLength_data();
    void checkCodeLength();
    void checkNeedsATarget();
    void invalidTo_data();
    void invalidTo();
    void emailChannelTakesAnAddress();
    void unknownChannel_data();
    void unknownChannel();
    void updateApprovesOrRefuses();
    void outboxSignalsEveryDelivery();
    void sidsAreValidated();
    void magicNumbers_data();
    void magicNumbers();
    void slowDeliveryArrivesLaterWithoutBlocking();
    void disabledChannelIs60223();
    void messageTexts_data();
    void messageTexts();
    void expiryDropsInTimeOrder();
    void finishedVerificationsLeaveTheIndexes();
    void manyNumbersEachFindTheirOwn();

private:
    ManualClock *m_clock = nullptr;
    Outbox *m_outbox = nullptr;
    VerifyEmulator *m_verify = nullptr;
};

void TestVerifyEmulator::init()
{
    m_clock = new ManualClock;
    m_outbox = new Outbox(m_clock);
    m_verify = new VerifyEmulator(m_clock, m_outbox);
}

void TestVerifyEmulator::cleanup()
{
    delete m_verify;
    delete m_outbox;
    delete m_clock;
}

void TestVerifyEmulator::startCreatesPendingVerification()
{
    const VerifyEmulator::Result result = m_verify->start(number, QStringLiteral("sms"));
    QVERIFY(result.ok());
    const VerifyEmulator::Verification &v = result.verification;
    QVERIFY(QRegularExpression(QStringLiteral("^VE[0-9a-f]{32}$")).match(v.sid).hasMatch());
    QCOMPARE(v.to, number);
    QCOMPARE(v.channel, Channel::Sms);
    QCOMPARE(v.status, QStringLiteral("pending"));
    QVERIFY(!v.valid());
    QCOMPARE(v.dateCreated, m_clock->now());
    QCOMPARE(v.expiresAt, m_clock->now().addSecs(600));
    QCOMPARE(v.sendCodeAttempts.size(), 1);
    QVERIFY(QRegularExpression(QStringLiteral("^VL[0-9a-f]{32}$"))
                .match(v.sendCodeAttempts[0].attemptSid)
                .hasMatch());

    QCOMPARE(m_outbox->messages().size(), 1);
    const OutboxMessage message = m_outbox->messages().constFirst();
    QCOMPARE(message.to, number);
    QCOMPARE(message.channel, Channel::Sms);
    QCOMPARE(message.at, m_clock->now());
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{6}$")).match(message.code).hasMatch());
}

void TestVerifyEmulator::serviceDefaults()
{
    QVERIFY(QRegularExpression(QStringLiteral("^VA[0-9a-f]{32}$"))
                .match(VerifyEmulator::defaultServiceSid())
                .hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("^AC[0-9a-f]{32}$"))
                .match(VerifyEmulator::defaultAccountSid())
                .hasMatch());
    QCOMPARE(m_verify->friendlyName(), QStringLiteral("Latchkey Sandbox"));
    QCOMPARE(m_verify->codeLength(), 6);
}

void TestVerifyEmulator::codeLengthIsSettableFrom4To10_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("3") << 3 << false;
    QTest::newRow("4") << 4 << true;
    QTest::newRow("8") << 8 << true;
    QTest::newRow("10") << 10 << true;
    QTest::newRow("11") << 11 << false;
}

void TestVerifyEmulator::codeLengthIsSettableFrom4To10()
{
    QFETCH(int, length);
    QFETCH(bool, accepted);
    QCOMPARE(m_verify->setCodeLength(length), accepted);
    const int expected = accepted ? length : 6;
    QCOMPARE(m_verify->codeLength(), expected);
    QVERIFY(m_verify->start(number, QStringLiteral("sms")).ok());
    const QString code = m_outbox->lastCodeFor(number);
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]{%1}$").arg(expected)).match(code).hasMatch(),
             qPrintable(code));
}

void TestVerifyEmulator::resendKeepsTheSameCode()
{
    const VerifyEmulator::Result first = m_verify->start(number, QStringLiteral("sms"));
    m_clock->advanceSeconds(30);
    const VerifyEmulator::Result second = m_verify->start(number, QStringLiteral("call"));
    QVERIFY(second.ok());
    QCOMPARE(second.verification.sid, first.verification.sid);
    QCOMPARE(second.verification.channel, Channel::Call);
    QCOMPARE(second.verification.sendCodeAttempts.size(), 2);
    QCOMPARE(second.verification.sendCodeAttempts[0].channel, Channel::Sms);
    QCOMPARE(second.verification.sendCodeAttempts[1].channel, Channel::Call);
    QCOMPARE(second.verification.sendCodeAttempts[1].time, m_clock->now());

    const QList<OutboxMessage> messages = m_outbox->messages();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages[1].code, messages[0].code);
    QCOMPARE(messages[1].channel, Channel::Call);
}

void TestVerifyEmulator::sixthSendIsRefused()
{
    for (int i = 0; i < 5; ++i) {
        QVERIFY2(m_verify->start(number, QStringLiteral("sms")).ok(), qPrintable(QString::number(i)));
    }
    const VerifyEmulator::Result sixth = m_verify->start(number, QStringLiteral("sms"));
    QVERIFY(!sixth.ok());
    QCOMPARE(sixth.error.httpStatus, 429);
    QCOMPARE(sixth.error.code, 60203);
    QCOMPARE(sixth.error.message, QStringLiteral("Max send attempts reached"));
    QCOMPARE(m_outbox->messages().size(), 5);
    // Another destination has its own budget.
    QVERIFY(m_verify->start(QStringLiteral("+12025550143"), QStringLiteral("sms")).ok());
}

void TestVerifyEmulator::cancelEndsTheVerification()
{
    QString sid;
    for (int i = 0; i < 5; ++i) {
        sid = m_verify->start(number, QStringLiteral("sms")).verification.sid;
    }
    const VerifyEmulator::Result canceled = m_verify->update(sid, QStringLiteral("canceled"));
    QVERIFY(canceled.ok());
    QCOMPARE(canceled.verification.status, QStringLiteral("canceled"));
    QVERIFY(!canceled.verification.valid());
    QCOMPARE(m_verify->fetch(sid).error.code, 20404);
    QCOMPARE(m_verify->check(number, QString(), m_outbox->lastCodeFor(number)).error.code, 20404);

    // Canceling is the documented way out of 60203: the next start is a new verification.
    const VerifyEmulator::Result fresh = m_verify->start(number, QStringLiteral("sms"));
    QVERIFY(fresh.ok());
    QVERIFY(fresh.verification.sid != sid);
    QCOMPARE(fresh.verification.sendCodeAttempts.size(), 1);
}

void TestVerifyEmulator::wrongCodeIsPendingNotAnError()
{
    m_verify->start(number, QStringLiteral("sms"));
    const VerifyEmulator::Result result =
        m_verify->check(number, QString(), wrongCodeFor(m_outbox->lastCodeFor(number)));
    QVERIFY(result.ok());
    QCOMPARE(result.verification.status, QStringLiteral("pending"));
    QVERIFY(!result.verification.valid());
}

void TestVerifyEmulator::fifthWrongCheckLocksUntilExpiry()
{
    const QString sid = m_verify->start(number, QStringLiteral("sms")).verification.sid;
    const QString code = m_outbox->lastCodeFor(number);
    for (int i = 0; i < 4; ++i) {
        const VerifyEmulator::Result result = m_verify->check(number, QString(), wrongCodeFor(code));
        QVERIFY2(result.ok(), qPrintable(QString::number(i)));
        QCOMPARE(result.verification.status, QStringLiteral("pending"));
    }
    const VerifyEmulator::Result fifth = m_verify->check(number, QString(), wrongCodeFor(code));
    QCOMPARE(fifth.error.httpStatus, 429);
    QCOMPARE(fifth.error.code, 60202);

    // Dead: even the right code is refused, and a new start cannot hand out a fresh code.
    QCOMPARE(m_verify->check(number, QString(), code).error.code, 60202);
    QCOMPARE(m_verify->check(QString(), sid, code).error.code, 60202);
    QCOMPARE(m_verify->start(number, QStringLiteral("sms")).error.code, 60202);
    QCOMPARE(m_verify->fetch(sid).error.code, 20404);
    QCOMPARE(m_outbox->messages().size(), 1);

    m_clock->advanceSeconds(599);
    QCOMPARE(m_verify->check(number, QString(), code).error.code, 60202);
    m_clock->advanceSeconds(1);
    QCOMPARE(m_verify->check(number, QString(), code).error.code, 20404);
    QVERIFY(m_verify->start(number, QStringLiteral("sms")).ok());
}

void TestVerifyEmulator::resendDoesNotResetWrongChecks()
{
    m_verify->start(number, QStringLiteral("sms"));
    const QString wrong = wrongCodeFor(m_outbox->lastCodeFor(number));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(m_verify->check(number, QString(), wrong).ok());
    }
    QVERIFY(m_verify->start(number, QStringLiteral("call")).ok());
    QVERIFY(m_verify->check(number, QString(), wrong).ok());
    QCOMPARE(m_verify->check(number, QString(), wrong).error.code, 60202);
}

void TestVerifyEmulator::approvedVerificationIsGone()
{
    const QString sid = m_verify->start(number, QStringLiteral("sms")).verification.sid;
    const QString code = m_outbox->lastCodeFor(number);
    const VerifyEmulator::Result approved = m_verify->check(number, QString(), code);
    QVERIFY(approved.ok());
    QCOMPARE(approved.verification.status, QStringLiteral("approved"));
    QVERIFY(approved.verification.valid());
    QCOMPARE(approved.verification.sid, sid);

    const VerifyEmulator::Result again = m_verify->check(number, QString(), code);
    QCOMPARE(again.error.httpStatus, 404);
    QCOMPARE(again.error.code, 20404);
    QVERIFY(again.error.message.contains(
        QStringLiteral("/Services/%1/VerificationCheck").arg(VerifyEmulator::defaultServiceSid())));
    QCOMPARE(m_verify->check(QString(), sid, code).error.code, 20404);
    QCOMPARE(m_verify->fetch(sid).error.code, 20404);
    QCOMPARE(m_verify->update(sid, QStringLiteral("canceled")).error.code, 20404);

    const VerifyEmulator::Result next = m_verify->start(number, QStringLiteral("sms"));
    QVERIFY(next.ok());
    QVERIFY(next.verification.sid != sid);
}

void TestVerifyEmulator::checkByVerificationSid()
{
    const QString sid = m_verify->start(number, QStringLiteral("sms")).verification.sid;
    const QString code = m_outbox->lastCodeFor(number);
    QCOMPARE(
        m_verify->check(QString(), QStringLiteral("VE00000000000000000000000000000000"), code).error.code,
        20404);
    const VerifyEmulator::Result result = m_verify->check(QString(), sid, code);
    QVERIFY(result.ok());
    QCOMPARE(result.verification.status, QStringLiteral("approved"));
    QCOMPARE(result.verification.to, number);
}

void TestVerifyEmulator::stillValidAt9m59s()
{
    const QString sid = m_verify->start(number, QStringLiteral("sms")).verification.sid;
    m_clock->advanceSeconds(9 * 60 + 59);
    QVERIFY(m_verify->fetch(sid).ok());
    const VerifyEmulator::Result result = m_verify->check(number, QString(), m_outbox->lastCodeFor(number));
    QVERIFY(result.ok());
    QCOMPARE(result.verification.status, QStringLiteral("approved"));
}

void TestVerifyEmulator::expiredAfter10Minutes()
{
    const QString sid = m_verify->start(number, QStringLiteral("sms")).verification.sid;
    const QString code = m_outbox->lastCodeFor(number);
    m_clock->advanceSeconds(10 * 60);
    const VerifyEmulator::Result result = m_verify->check(number, QString(), code);
    QCOMPARE(result.error.httpStatus, 404);
    QCOMPARE(result.error.code, 20404);
    QCOMPARE(m_verify->fetch(sid).error.code, 20404);

    const VerifyEmulator::Result fresh = m_verify->start(number, QStringLiteral("sms"));
    QVERIFY(fresh.ok());
    QVERIFY(fresh.verification.sid != sid);
    QCOMPARE(fresh.verification.sendCodeAttempts.size(), 1);
}

void TestVerifyEmulator::resendDoesNotExtendValidity()
{
    const QString sid = m_verify->start(number, QStringLiteral("sms")).verification.sid;
    m_clock->advanceSeconds(5 * 60);
    QCOMPARE(m_verify->start(number, QStringLiteral("sms")).verification.sid, sid);
    m_clock->advanceSeconds(5 * 60);
    QCOMPARE(m_verify->fetch(sid).error.code, 20404);
}

void TestVerifyEmulator::checkCodeLength_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("twilioCode");
    QTest::newRow("empty") << QString() << 60200;
    QTest::newRow("3 chars") << QStringLiteral("123") << 60200;
    QTest::newRow("4 chars") << QStringLiteral("1234") << 0;
    QTest::newRow("10 chars") << QStringLiteral("1234567890") << 0;
    QTest::newRow("11 chars") << QStringLiteral("12345678901") << 60200;
}

void TestVerifyEmulator::checkCodeLength()
{
    QFETCH(QString, code);
    QFETCH(int, twilioCode);
    m_verify->setCodeLength(4);
    m_verify->start(number, QStringLiteral("sms"));
    if (code == m_outbox->lastCodeFor(number)) {
        code = wrongCodeFor(code); // keep the 4-character row a wrong guess
    }
    const VerifyEmulator::Result result = m_verify->check(number, QString(), code);
    QCOMPARE(result.error.code, twilioCode);
    if (twilioCode != 0) {
        QCOMPARE(result.error.httpStatus, 400);
        QCOMPARE(result.error.message, QStringLiteral("Invalid parameter: Code"));
    } else {
        QCOMPARE(result.verification.status, QStringLiteral("pending"));
    }
}

void TestVerifyEmulator::checkNeedsATarget()
{
    m_verify->start(number, QStringLiteral("sms"));
    const VerifyEmulator::Result result =
        m_verify->check(QString(), QString(), m_outbox->lastCodeFor(number));
    QCOMPARE(result.error.httpStatus, 400);
    QCOMPARE(result.error.code, 60221);
}

void TestVerifyEmulator::invalidTo_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("channel");
    QTest::newRow("empty") << QString() << QStringLiteral("sms");
    QTest::newRow("no plus") << QStringLiteral("12025550142") << QStringLiteral("sms");
    QTest::newRow("plus became space") << QStringLiteral(" 12025550142") << QStringLiteral("sms");
    QTest::newRow("leading zero") << QStringLiteral("+02025550142") << QStringLiteral("call");
    QTest::newRow("one digit") << QStringLiteral("+1") << QStringLiteral("sms");
    QTest::newRow("16 digits") << QStringLiteral("+1234567890123456") << QStringLiteral("sms");
    QTest::newRow("inner space") << QStringLiteral("+1 2025550142") << QStringLiteral("whatsapp");
    QTest::newRow("trailing newline") << QStringLiteral("+12025550142\n") << QStringLiteral("sms");
    QTest::newRow("arabic-indic digits")
        << QStringLiteral("+\u0661\u0662\u0663\u0664") << QStringLiteral("sms");
    QTest::newRow("email on sms") << QStringLiteral("user@example.com") << QStringLiteral("sms");
    QTest::newRow("number on email") << number << QStringLiteral("email");
    QTest::newRow("not an email") << QStringLiteral("user.example.com") << QStringLiteral("email");
}

void TestVerifyEmulator::invalidTo()
{
    QFETCH(QString, to);
    QFETCH(QString, channel);
    const VerifyEmulator::Result result = m_verify->start(to, channel);
    QCOMPARE(result.error.httpStatus, 400);
    QCOMPARE(result.error.code, 60200);
    QCOMPARE(result.error.message, QStringLiteral("Invalid parameter: To"));
    QVERIFY(m_outbox->messages().isEmpty());
}

void TestVerifyEmulator::emailChannelTakesAnAddress()
{
    const VerifyEmulator::Result result =
        m_verify->start(QStringLiteral("user@example.com"), QStringLiteral("email"));
    QVERIFY(result.ok());
    QCOMPARE(result.verification.channel, Channel::Email);
    QCOMPARE(m_outbox->messages().constFirst().channel, Channel::Email);
    QVERIFY(
        m_verify->start(QStringLiteral("+15"), QStringLiteral("sms")).ok()); // shortest E.164 the rule allows
}

void TestVerifyEmulator::unknownChannel_data()
{
    QTest::addColumn<QString>("channel");
    QTest::newRow("empty") << QString();
    QTest::newRow("fax") << QStringLiteral("fax");
    QTest::newRow("sna") << QStringLiteral("sna");
}

void TestVerifyEmulator::unknownChannel()
{
    QFETCH(QString, channel);
    const VerifyEmulator::Result result = m_verify->start(number, channel);
    QCOMPARE(result.error.httpStatus, 400);
    QCOMPARE(result.error.code, 60200);
    QCOMPARE(result.error.message, QStringLiteral("Invalid parameter: Channel"));
    QVERIFY(m_outbox->messages().isEmpty());
}

void TestVerifyEmulator::updateApprovesOrRefuses()
{
    const QString sid = m_verify->start(number, QStringLiteral("sms")).verification.sid;
    const VerifyEmulator::Result bad = m_verify->update(sid, QStringLiteral("expired"));
    QCOMPARE(bad.error.httpStatus, 400);
    QCOMPARE(bad.error.code, 60200);
    QVERIFY(m_verify->fetch(sid).ok());

    const VerifyEmulator::Result approved = m_verify->update(sid, QStringLiteral("approved"));
    QVERIFY(approved.ok());
    QCOMPARE(approved.verification.status, QStringLiteral("approved"));
    QVERIFY(approved.verification.valid());
    QCOMPARE(m_verify->fetch(sid).error.code, 20404);
    QCOMPARE(m_verify->update(QStringLiteral("VEnope"), QStringLiteral("canceled")).error.code, 20404);
}

void TestVerifyEmulator::outboxSignalsEveryDelivery()
{
    QSignalSpy spy(m_outbox, &Outbox::delivered);
    m_verify->start(number, QStringLiteral("sms"));
    m_verify->start(number, QStringLiteral("whatsapp"));
    QCOMPARE(spy.size(), 2);
    const auto message = spy.at(1).at(0).value<OutboxMessage>();
    QCOMPARE(message.channel, Channel::WhatsApp);
    QCOMPARE(message.code, m_outbox->lastCodeFor(number));
    QVERIFY(m_outbox->lastCodeFor(QStringLiteral("+19999999999")).isEmpty());
}

void TestVerifyEmulator::sidsAreValidated()
{
    QCOMPARE(m_verify->serviceSid(), VerifyEmulator::defaultServiceSid());
    QVERIFY(!m_verify->setServiceSid(QStringLiteral("VA12")));
    QVERIFY(!m_verify->setServiceSid(QStringLiteral("XX0123456789abcdef0123456789abcdef")));
    QVERIFY(m_verify->setServiceSid(QStringLiteral("VA0123456789ABCDEF0123456789abcdef")));
    QCOMPARE(m_verify->serviceSid(), QStringLiteral("VA0123456789ABCDEF0123456789abcdef"));
    QVERIFY(!m_verify->setAccountSid(QStringLiteral("VA0123456789abcdef0123456789abcdef")));
    QVERIFY(m_verify->setAccountSid(QStringLiteral("AC0123456789abcdef0123456789abcdef")));
    QCOMPARE(m_verify->accountSid(), QStringLiteral("AC0123456789abcdef0123456789abcdef"));
}

void TestVerifyEmulator::magicNumbers_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::newRow("landline sms") << VerifyEmulator::landlineNumber() << QStringLiteral("sms") << 403
                                  << 60205;
    QTest::newRow("landline call") << VerifyEmulator::landlineNumber() << QStringLiteral("call") << 0 << 0;
    QTest::newRow("landline whatsapp")
        << VerifyEmulator::landlineNumber() << QStringLiteral("whatsapp") << 0 << 0;
    QTest::newRow("undeliverable") << VerifyEmulator::undeliverableNumber() << QStringLiteral("call") << 400
                                   << 60006;
    QTest::newRow("fraud 0") << QStringLiteral("+12025550190") << QStringLiteral("sms") << 403 << 60410;
    QTest::newRow("fraud 9") << QStringLiteral("+12025550199") << QStringLiteral("call") << 403 << 60410;
    QTest::newRow("next to fraud") << QStringLiteral("+12025550189") << QStringLiteral("sms") << 0 << 0;
    QTest::newRow("geo") << QStringLiteral("+5351234567") << QStringLiteral("whatsapp") << 403 << 60605;
    QTest::newRow("demo") << number << QStringLiteral("sms") << 0 << 0;
}

void TestVerifyEmulator::magicNumbers()
{
    QFETCH(QString, to);
    QFETCH(QString, channel);
    QFETCH(int, status);
    QFETCH(int, code);
    const VerifyEmulator::Result result = m_verify->start(to, channel);
    QCOMPARE(result.error.httpStatus, status);
    QCOMPARE(result.error.code, code);
    QCOMPARE(m_outbox->messages().size(), code == 0 ? 1 : 0);
    if (code != 0) {
        QVERIFY(!result.error.message.isEmpty());
        QVERIFY(m_verify->check(to, QString(), QStringLiteral("123456")).error.code == 20404); // none created
    }
}

void TestVerifyEmulator::slowDeliveryArrivesLaterWithoutBlocking()
{
    QCOMPARE(m_verify->slowDeliveryMsecs(), 40000);
    m_verify->setSlowDeliveryMsecs(150);
    const QString slow = VerifyEmulator::slowDeliveryNumber();
    QElapsedTimer timer;
    timer.start();
    const VerifyEmulator::Result result = m_verify->start(slow, QStringLiteral("sms"), QStringLiteral("de"));
    QVERIFY(result.ok());
    QVERIFY(timer.elapsed() < 100); // answered at once
    QVERIFY(m_outbox->messages().isEmpty());
    QTRY_COMPARE(m_outbox->messages().size(), 1);
    QVERIFY(timer.elapsed() >= 140);
    QCOMPARE(m_outbox->messages().constFirst().to, slow);
    QCOMPARE(m_outbox->messages().constFirst().locale, QStringLiteral("de"));
    // The code that arrives late is the verification's code.
    QVERIFY(m_verify->check(slow, QString(), m_outbox->lastCodeFor(slow)).verification.valid());
}

void TestVerifyEmulator::disabledChannelIs60223()
{
    QVERIFY(m_verify->isChannelEnabled(Channel::WhatsApp));
    m_verify->setChannelEnabled(Channel::WhatsApp, false);
    QVERIFY(!m_verify->isChannelEnabled(Channel::WhatsApp));
    const VerifyEmulator::Result result = m_verify->start(number, QStringLiteral("whatsapp"));
    QCOMPARE(result.error.httpStatus, 400);
    QCOMPARE(result.error.code, 60223);
    QVERIFY(m_verify->start(number, QStringLiteral("sms")).ok());
    m_verify->setChannelEnabled(Channel::WhatsApp, true);
    QVERIFY(m_verify->start(number, QStringLiteral("whatsapp")).ok());
}

void TestVerifyEmulator::messageTexts_data()
{
    QTest::addColumn<int>("channel");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::newRow("en sms") << int(Channel::Sms) << QStringLiteral("en") << QStringLiteral("en")
                            << QStringLiteral("Your Acme verification code is: 123456");
    QTest::newRow("de sms") << int(Channel::Sms) << QStringLiteral("de") << QStringLiteral("de")
                            << QStringLiteral("Ihr Acme Bestätigungscode lautet: 123456");
    QTest::newRow("es whatsapp") << int(Channel::WhatsApp) << QStringLiteral("es-MX") << QStringLiteral("es")
                                 << QStringLiteral("Tu código de verificación de Acme es: 123456");
    QTest::newRow("fr email") << int(Channel::Email) << QStringLiteral("FR") << QStringLiteral("fr")
                              << QStringLiteral("Votre code de vérification Acme est : 123456");
    QTest::newRow("en call") << int(Channel::Call) << QString() << QStringLiteral("en")
                             << QStringLiteral(
                                    "Your Acme verification code is: 1, 2, 3, 4, 5, 6. Again: 1, 2, 3, 4, "
                                    "5, 6.");
    QTest::newRow("unknown") << int(Channel::Sms) << QStringLiteral("xx") << QStringLiteral("en")
                             << QStringLiteral("Your Acme verification code is: 123456");
}

void TestVerifyEmulator::messageTexts()
{
    QFETCH(int, channel);
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QFETCH(QString, text);
    QString used;
    QCOMPARE(Outbox::messageText(Channel(channel), QStringLiteral("123456"), locale, QStringLiteral("Acme"),
                                 &used),
             text);
    QCOMPARE(used, language);
}

void TestVerifyEmulator::expiryDropsInTimeOrder()
{
    // Three verifications started at 0, 4 and 8 minutes: each goes exactly at its own 10 minutes, in that
    // order, whichever is asked about.
    const QString numbers[] = {QStringLiteral("+12025550161"), QStringLiteral("+12025550162"),
                               QStringLiteral("+12025550163")};
    QString sids[3];
    for (int i = 0; i < 3; ++i) {
        if (i > 0) {
            m_clock->advanceSeconds(4 * 60);
        }
        sids[i] = m_verify->start(numbers[i], QStringLiteral("sms")).verification.sid;
    }
    QCOMPARE(m_verify->recordCount(), 3);

    m_clock->advanceSeconds(2 * 60 - 1); // 9:59 after the first
    QVERIFY(m_verify->fetch(sids[0]).ok());
    QCOMPARE(m_verify->recordCount(), 3);
    m_clock->advanceSeconds(1); // 10:00 after the first, 6:00 after the second
    QCOMPARE(m_verify->fetch(sids[2]).verification.sid, sids[2]);
    QCOMPARE(m_verify->recordCount(), 2);
    QCOMPARE(m_verify->fetch(sids[0]).error.code, 20404);
    // The number of the expired one starts afresh: a new sid, one send, not a resend.
    const VerifyEmulator::Result again = m_verify->start(numbers[0], QStringLiteral("sms"));
    QVERIFY(again.verification.sid != sids[0]);
    QCOMPARE(again.verification.sendCodeAttempts.size(), 1);
    QCOMPARE(m_verify->recordCount(), 3);

    m_clock->advanceSeconds(4 * 60); // the second is over, the third (at 6:00) and the new one are not
    QCOMPARE(m_verify->fetch(sids[1]).error.code, 20404);
    QVERIFY(m_verify->fetch(sids[2]).ok());
    QCOMPARE(m_verify->recordCount(), 2);
    m_clock->advanceSeconds(4 * 60); // the third is over
    QCOMPARE(m_verify->fetch(sids[2]).error.code, 20404);
    QVERIFY(m_verify->fetch(again.verification.sid).ok());
    QCOMPARE(m_verify->recordCount(), 1);
    m_clock->advanceSeconds(2 * 60);
    QCOMPARE(m_verify->fetch(again.verification.sid).error.code, 20404);
    QCOMPARE(m_verify->recordCount(), 0);
}

void TestVerifyEmulator::finishedVerificationsLeaveTheIndexes()
{
    // Approved or canceled, a verification is gone from every index: its number starts afresh, and its
    // expiry, when it comes, drops nothing else.
    const VerifyEmulator::Result first = m_verify->start(number, QStringLiteral("sms"));
    QVERIFY(m_verify->check(number, QString(), m_outbox->lastCodeFor(number)).verification.valid());
    QCOMPARE(m_verify->recordCount(), 0);
    m_clock->advanceSeconds(60);
    const VerifyEmulator::Result second = m_verify->start(number, QStringLiteral("sms"));
    QVERIFY(second.verification.sid != first.verification.sid);
    QCOMPARE(second.verification.sendCodeAttempts.size(), 1);
    QVERIFY(m_verify->update(second.verification.sid, QStringLiteral("canceled")).ok());
    QCOMPARE(m_verify->recordCount(), 0);
    const VerifyEmulator::Result third = m_verify->start(number, QStringLiteral("sms"));
    QCOMPARE(third.verification.sendCodeAttempts.size(), 1);
    QCOMPARE(m_verify->check(number, QString(), wrongCodeFor(m_outbox->lastCodeFor(number))).verification.sid,
             third.verification.sid);

    m_clock->advanceSeconds(9 * 60); // the first's 10 minutes are over; the third has 9 more
    QVERIFY(m_verify->fetch(third.verification.sid).ok());
    QCOMPARE(m_verify->recordCount(), 1);
}

void TestVerifyEmulator::manyNumbersEachFindTheirOwn()
{
    // 2,000 live verifications at once: a check by number reaches that number's, and only that one.
    constexpr int count = 2000;
    QStringList sids;
    for (int i = 0; i < count; ++i) {
        sids.append(
            m_verify->start(QStringLiteral("+1555%1").arg(i, 7, 10, QLatin1Char('0')), QStringLiteral("sms"))
                .verification.sid);
    }
    QCOMPARE(m_verify->recordCount(), count);
    for (int i = count - 1; i >= 0; i -= 7) {
        const QString to = QStringLiteral("+1555%1").arg(i, 7, 10, QLatin1Char('0'));
        const VerifyEmulator::Result result = m_verify->check(to, QString(), m_outbox->lastCodeFor(to));
        QVERIFY(result.ok());
        QCOMPARE(result.verification.sid, sids.at(i));
        QVERIFY(result.verification.valid());
    }
    QCOMPARE(m_verify->recordCount(), count - (count + 6) / 7);
}

QTEST_GUILESS_MAIN(TestVerifyEmulator)
#include "TestVerifyEmulator.moc"
