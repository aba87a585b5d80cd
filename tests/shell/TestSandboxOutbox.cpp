// The sandbox's outbox read over loopback HTTP: each message announced once, in order, the newest code per
// number; a sandbox that cannot be reached is said once and changes nothing.

#include "HttpClient.h"
#include "Outbox.h"
#include "SandboxOutbox.h"
#include "SandboxServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace latchkey;

class TestSandboxOutbox : public QObject
{
    Q_OBJECT

private slots:
    void announcesEachMessageOnceInOrder()
    {
        SandboxServer server;
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        HttpClient http(&network);
        SandboxOutbox outbox(&http, server.baseUrl());
        outbox.setInterval(10);
        QSignalSpy delivered(&outbox, &SandboxOutbox::delivered);
        outbox.start();
        const QString number = QStringLiteral("+12025550142");
        server.outbox()->deliver(number, Channel::Sms, QStringLiteral("111111"));
        server.outbox()->deliver(number, Channel::Call, QStringLiteral("222222"), QStringLiteral("de"));
        QTRY_COMPARE(delivered.size(), 2);
        QTest::qWait(100); // several more answers, nothing new in them
        QCOMPARE(delivered.size(), 2);
        const QList<SandboxMessage> messages = outbox.messages();
        QCOMPARE(messages.at(0).code, QStringLiteral("111111"));
        QCOMPARE(messages.at(1).channel, Channel::Call);
        QCOMPARE(messages.at(1).locale, QStringLiteral("de"));
        QVERIFY(messages.at(1).text.contains(QStringLiteral("2, 2, 2")));
        QVERIFY(messages.at(1).at.isValid());
        QCOMPARE(outbox.lastCodeFor(number), QStringLiteral("222222"));
        QCOMPARE(outbox.lastCodeFor(QStringLiteral("+12025550143")), QString());
    }

    void aSandboxThatCannotBeReachedIsSaidOnce()
    {
        QUrl gone;
        {
            SandboxServer server;
            QVERIFY(server.listen());
            gone = server.baseUrl(); // nobody listens there any more
        }
        QNetworkAccessManager network;
        HttpClient http(&network);
        SandboxOutbox outbox(&http, gone);
        outbox.setInterval(10);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("outbox cannot be read")));
        outbox.start();
        QTest::qWait(200); // many refusals, one warning (a second would fail the test)
        QVERIFY(outbox.messages().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxOutbox)
#include "TestSandboxOutbox.moc"
