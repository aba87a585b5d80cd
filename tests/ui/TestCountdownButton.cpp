#include "CountdownButton.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QTest>
#include <QVBoxLayout>

using namespace latchkey;

/** The countdown is painted instead of the label, sized for, and kept away from screen readers. */
class TestCountdownButton : public QObject
{
    Q_OBJECT

private slots:
    void theCountdownTakesTheLabelsPlaceButNotItsText()
    {
        CountdownButton button;
        button.setText(QStringLiteral("&Resend code"));
        QCOMPARE(button.shownText(), QStringLiteral("&Resend code"));
        button.setCountdownText(QStringLiteral("Resend in 0:42"));
        QCOMPARE(button.shownText(), QStringLiteral("Resend in 0:42"));
        QCOMPARE(button.text(), QStringLiteral("&Resend code"));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&button);
        QVERIFY(iface);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Resend code"));
        button.setCountdownText(QString());
        QCOMPARE(button.shownText(), QStringLiteral("&Resend code"));
    }

    void aLongerCountdownGetsTheRoomItNeeds()
    {
        // German: the countdown is longer than the label it replaces.
        const QString label = QStringLiteral("Code erneut &senden");
        const QString countdown = QStringLiteral("Erneut senden in 0:28");
        QPushButton plain(countdown);
        CountdownButton button;
        button.setText(label);
        const int labelWidth = button.sizeHint().width();
        button.setCountdownText(countdown);
        QVERIFY2(button.sizeHint().width() >= plain.sizeHint().width(),
                 qPrintable(
                     QStringLiteral("%1 < %2").arg(button.sizeHint().width()).arg(plain.sizeHint().width())));
        QVERIFY(button.sizeHint().width() > labelWidth);

        // In a layout that has the room, the button is laid out at least that wide.
        QWidget window;
        auto *layout = new QHBoxLayout(&window);
        auto *inLayout = new CountdownButton(&window);
        inLayout->setText(label);
        layout->addWidget(inLayout);
        layout->addStretch(1);
        window.resize(600, 80);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        inLayout->setCountdownText(countdown);
        QTRY_VERIFY2(
            inLayout->width() >= plain.sizeHint().width(),
            qPrintable(QStringLiteral("%1 < %2").arg(inLayout->width()).arg(plain.sizeHint().width())));
    }

    void reservedTextsWidenTheButtonBeforeAnyCountdown()
    {
        const QString longest = QStringLiteral("Erneut senden in 9:59");
        QPushButton plain(longest);
        CountdownButton button;
        button.setText(QStringLiteral("&Senden"));
        QVERIFY(button.sizeHint().width() < plain.sizeHint().width());
        button.setReservedTexts({longest, QStringLiteral("short")});
        QVERIFY(button.sizeHint().width() >= plain.sizeHint().width());
        button.setCountdownText(QStringLiteral("Erneut senden in 0:05"));
        QVERIFY(button.sizeHint().width() >= plain.sizeHint().width());
    }

    void aCountdownSetWhileThePageIsHiddenStillFits()
    {
        // The code page sets its countdowns before it is shown, and while the wizard shows another page.
        const QString label = QStringLiteral("Code erneut &senden");
        const QString countdown = QStringLiteral("Erneut senden in 0:28");
        QPushButton plain(countdown);
        QWidget window;
        auto *outer = new QVBoxLayout(&window);
        auto *page = new QWidget(&window);
        outer->addWidget(page);
        auto *row = new QHBoxLayout(page);
        auto *button = new CountdownButton(page);
        row->addWidget(button);
        row->addStretch(1);
        button->setText(label);
        window.resize(600, 80);
        page->hide();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        button->setCountdownText(countdown);
        button->setText(label);
        page->show();
        QTRY_VERIFY2(
            button->width() >= plain.sizeHint().width(),
            qPrintable(QStringLiteral("%1 < %2").arg(button->width()).arg(plain.sizeHint().width())));
    }
};

QTEST_MAIN(TestCountdownButton)
#include "TestCountdownButton.moc"
