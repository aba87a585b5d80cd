// The sandbox phone panel shows each delivered message's text, newest first, read from the sandbox over HTTP.

#include "HttpClient.h"
#include "Outbox.h"
#include "SandboxOutbox.h"
#include "SandboxPanel.h"
#include "SandboxServer.h"

#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QTest>

using namespace latchkey;

class TestSandboxPanel : public QObject
{
    Q_OBJECT

private slots:
    void showsTheSelectedMessagesText();
    void anEmptyPanelHasNoTextToSelect();
    void theListComesAfterTheFirstFrameAndLooksTheSame();
};

void TestSandboxPanel::theListComesAfterTheFirstFrameAndLooksTheSame()
{
    SandboxPanel panel(nullptr);
    panel.resize(300, 420);
    panel.show();
    // Not made for the first frame: only the place it will take, drawn as an empty list is.
    QCOMPARE(panel.findChild<QListWidget *>(), nullptr);
    auto *place = panel.findChild<QWidget *>(QStringLiteral("outboxListPlace"));
    QVERIFY(place);
    const QImage before = panel.grab().toImage();
    const QSize hintBefore = panel.sizeHint();

    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QListWidget *list = nullptr;
    QTRY_VERIFY((list = panel.findChild<QListWidget *>(QStringLiteral("outboxListWidget"))));
    QVERIFY(!panel.findChild<QWidget *>(QStringLiteral("outboxListPlace")));
    QVERIFY(list->isVisible());
    QCoreApplication::processEvents();
    QCOMPARE(panel.sizeHint(), hintBefore); // the window keeps its size
    QCOMPARE(panel.grab().toImage(), before);
}

void TestSandboxPanel::anEmptyPanelHasNoTextToSelect()
{
    // A selectable label is laid out as a text document: the empty one would cost the window's first frame.
    SandboxPanel panel(nullptr);
    auto *text = panel.findChild<QLabel *>(QStringLiteral("messageTextLabel"));
    QVERIFY(text);
    QVERIFY(text->text().isEmpty());
    QVERIFY(!(text->textInteractionFlags() & Qt::TextSelectableByMouse));
}

void TestSandboxPanel::showsTheSelectedMessagesText()
{
    ManualClock clock;
    SandboxServer server(&clock);
    QVERIFY(server.listen());
    Outbox &sent = *server.outbox();
    sent.deliver(QStringLiteral("+12025550142"), Channel::Sms, QStringLiteral("111111"),
                 QStringLiteral("de"));
    QNetworkAccessManager network;
    HttpClient http(&network);
    SandboxOutbox outbox(&http, server.baseUrl());
    outbox.setInterval(20);
    outbox.start();
    QTRY_COMPARE(outbox.messages().size(), 1);
    SandboxPanel panel(&outbox);
    auto *list = panel.findChild<QListWidget *>(QStringLiteral("outboxListWidget"));
    auto *text = panel.findChild<QLabel *>(QStringLiteral("messageTextLabel"));
    QVERIFY(list && text);
    QCOMPARE(text->text(), QStringLiteral("Message: Ihr Latchkey Sandbox Bestätigungscode lautet: 111111"));
    QVERIFY(text->textInteractionFlags() & Qt::TextSelectableByMouse); // a code can be copied from it

    sent.deliver(QStringLiteral("+12025550142"), Channel::Call, QStringLiteral("222222"),
                 QStringLiteral("fr"));
    QTRY_COMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Call to +1 202 555 0142: 222222"));
    QVERIFY(text->text().startsWith(QStringLiteral("Message: Votre code de vérification")));
    QVERIFY(text->text().contains(QStringLiteral("2, 2, 2, 2, 2, 2")));

    list->setCurrentRow(1); // the older one
    QVERIFY(text->text().endsWith(QStringLiteral("111111")));
    QCOMPARE(list->item(1)->data(Qt::AccessibleDescriptionRole).toString(),
             QStringLiteral("Ihr Latchkey Sandbox Bestätigungscode lautet: 111111"));
}

QTEST_MAIN(TestSandboxPanel)
#include "TestSandboxPanel.moc"
