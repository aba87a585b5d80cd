// The sandbox's outbox: a bounded ring of messages, indexed by destination.

#include "Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace latchkey;

namespace {

const QString alice = QStringLiteral("+12025550171");
const QString bob = QStringLiteral("+12025550172");

QStringList codesOf(const QList<OutboxMessage> &messages)
{
    QStringList codes;
    for (const OutboxMessage &message : messages) {
        codes.append(message.code);
    }
    return codes;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void keepsEveryMessageUpToItsCapacity();
    void listsOneDestinationsMessagesInOrder();
    void fullRingDropsTheOldest();
    void shrinkingDropsTheOldest();
    void clearEmptiesTheIndexToo();
    void jsonListsAreTheMessages();

private:
    ManualClock *m_clock = nullptr;
    Outbox *m_outbox = nullptr;
};

void TestOutbox::init()
{
    m_clock = new ManualClock;
    m_outbox = new Outbox(m_clock);
}

void TestOutbox::cleanup()
{
    delete m_outbox;
    delete m_clock;
}

void TestOutbox::keepsEveryMessageUpToItsCapacity()
{
    QCOMPARE(m_outbox->capacity(), Outbox::defaultCapacity);
    for (int i = 0; i < 100; ++i) {
        m_outbox->deliver(i % 2 ? alice : bob, Channel::Sms, QStringLiteral("%1").arg(100000 + i));
    }
    QCOMPARE(m_outbox->messages().size(), 100);
    QCOMPARE(m_outbox->messages().constFirst().code, QStringLiteral("100000"));
    QCOMPARE(m_outbox->messagesTo(alice).size(), 50);
}

void TestOutbox::listsOneDestinationsMessagesInOrder()
{
    m_outbox->deliver(alice, Channel::Sms, QStringLiteral("111111"));
    m_clock->advanceSeconds(1);
    m_outbox->deliver(bob, Channel::Call, QStringLiteral("222222"), QStringLiteral("de"));
    m_clock->advanceSeconds(1);
    m_outbox->deliver(alice, Channel::Email, QStringLiteral("333333"));

    const QList<OutboxMessage> toAlice = m_outbox->messagesTo(alice);
    QCOMPARE(codesOf(toAlice), (QStringList{QStringLiteral("111111"), QStringLiteral("333333")}));
    QCOMPARE(toAlice.at(1).channel, Channel::Email);
    QCOMPARE(toAlice.at(1).at, m_clock->now());
    const QList<OutboxMessage> toBob = m_outbox->messagesTo(bob);
    QCOMPARE(toBob.size(), 1);
    QCOMPARE(toBob.constFirst().locale, QStringLiteral("de"));
    QCOMPARE(toBob.constFirst().channel, Channel::Call);
    QVERIFY(m_outbox->messagesTo(QStringLiteral("+12025550173")).isEmpty());
    QCOMPARE(m_outbox->lastCodeFor(alice), QStringLiteral("333333"));
    QCOMPARE(m_outbox->lastCodeFor(bob), QStringLiteral("222222"));
}

void TestOutbox::fullRingDropsTheOldest()
{
    m_outbox->setCapacity(3);
    m_outbox->deliver(bob, Channel::Sms, QStringLiteral("100001"));
    m_outbox->deliver(alice, Channel::Sms, QStringLiteral("100002"));
    m_outbox->deliver(alice, Channel::Sms, QStringLiteral("100003"));
    m_outbox->deliver(alice, Channel::Sms, QStringLiteral("100004")); // Bob's only message goes
    QCOMPARE(codesOf(m_outbox->messages()),
             (QStringList{QStringLiteral("100002"), QStringLiteral("100003"), QStringLiteral("100004")}));
    QVERIFY(m_outbox->messagesTo(bob).isEmpty());
    QVERIFY(m_outbox->lastCodeFor(bob).isEmpty());

    m_outbox->deliver(bob, Channel::Sms, QStringLiteral("100005")); // Alice's oldest goes
    m_outbox->deliver(alice, Channel::Sms, QStringLiteral("100006"));
    QCOMPARE(codesOf(m_outbox->messagesTo(alice)),
             (QStringList{QStringLiteral("100004"), QStringLiteral("100006")}));
    QCOMPARE(codesOf(m_outbox->messagesTo(bob)), QStringList{QStringLiteral("100005")});
    QCOMPARE(m_outbox->messages().size(), 3);

    // Many times round the ring: still the latest three, each indexed under its own number.
    for (int i = 0; i < 1000; ++i) {
        m_outbox->deliver(i % 3 ? alice : bob, Channel::Sms, QStringLiteral("%1").arg(200000 + i));
    }
    QCOMPARE(codesOf(m_outbox->messages()),
             (QStringList{QStringLiteral("200997"), QStringLiteral("200998"), QStringLiteral("200999")}));
    QCOMPARE(codesOf(m_outbox->messagesTo(bob)), QStringList{QStringLiteral("200999")}); // 999 % 3 == 0
    QCOMPARE(codesOf(m_outbox->messagesTo(alice)),
             (QStringList{QStringLiteral("200997"), QStringLiteral("200998")}));
}

void TestOutbox::shrinkingDropsTheOldest()
{
    for (int i = 0; i < 5; ++i) {
        m_outbox->deliver(i < 2 ? bob : alice, Channel::Sms, QStringLiteral("%1").arg(300000 + i));
    }
    m_outbox->setCapacity(2);
    QCOMPARE(m_outbox->capacity(), 2);
    QCOMPARE(codesOf(m_outbox->messages()),
             (QStringList{QStringLiteral("300003"), QStringLiteral("300004")}));
    QVERIFY(m_outbox->messagesTo(bob).isEmpty());
    m_outbox->setCapacity(0); // at least one is kept
    QCOMPARE(m_outbox->capacity(), 1);
    QCOMPARE(codesOf(m_outbox->messagesTo(alice)), QStringList{QStringLiteral("300004")});
}

void TestOutbox::clearEmptiesTheIndexToo()
{
    m_outbox->setCapacity(2);
    m_outbox->deliver(alice, Channel::Sms, QStringLiteral("400001"));
    m_outbox->deliver(bob, Channel::Sms, QStringLiteral("400002"));
    m_outbox->clear();
    QVERIFY(m_outbox->messages().isEmpty());
    QVERIFY(m_outbox->messagesTo(alice).isEmpty());
    m_outbox->deliver(bob, Channel::Sms, QStringLiteral("400003"));
    m_outbox->deliver(alice, Channel::Sms, QStringLiteral("400004"));
    m_outbox->deliver(alice, Channel::Sms, QStringLiteral("400005"));
    QCOMPARE(codesOf(m_outbox->messagesTo(alice)),
             (QStringList{QStringLiteral("400004"), QStringLiteral("400005")}));
    QVERIFY(m_outbox->messagesTo(bob).isEmpty());
}

void TestOutbox::jsonListsAreTheMessages()
{
    QCOMPARE(m_outbox->messagesJson(), QByteArray("[]"));
    QCOMPARE(m_outbox->messagesJsonTo(alice), QByteArray("[]"));
    m_outbox->setCapacity(3);
    for (int i = 0; i < 5; ++i) {
        m_outbox->deliver(i == 3 ? bob : alice, Channel::Sms, QStringLiteral("%1").arg(500000 + i),
                          QStringLiteral("fr"));
    }
    const auto asJson = [](const QList<OutboxMessage> &messages) {
        QJsonArray list;
        for (const OutboxMessage &message : messages) {
            list.append(message.toJson());
        }
        return list;
    };
    QCOMPARE(QJsonDocument::fromJson(m_outbox->messagesJson()).array(), asJson(m_outbox->messages()));
    QCOMPARE(QJsonDocument::fromJson(m_outbox->messagesJsonTo(alice)).array(),
             asJson(m_outbox->messagesTo(alice)));
    QCOMPARE(QJsonDocument::fromJson(m_outbox->messagesJsonTo(alice)).array().size(), 2);
    QCOMPARE(QJsonDocument::fromJson(m_outbox->messagesJsonTo(bob))
                 .array()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("code")),
             QJsonValue(QStringLiteral("500003")));
    // Byte for byte what QJsonDocument writes, French accents (escaped by Qt's own writer) included.
    m_outbox->deliver(alice, Channel::Call, QStringLiteral("123456"), QStringLiteral("en"));
    for (const OutboxMessage &message : m_outbox->messages()) {
        QCOMPARE(message.toJsonText(), QJsonDocument(message.toJson()).toJson(QJsonDocument::Compact));
    }
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "TestOutbox.moc"
