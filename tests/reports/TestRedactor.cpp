#include "Redactor.h"

#include <QTest>

using namespace latchkey;

/** What a support bundle must never carry, and what it must keep readable. */
class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void removes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::newRow("phone number")
            << QStringLiteral("sent to +12025550142 by sms") << QStringLiteral("2025550142");
        QTest::newRow("spaced phone number")
            << QStringLiteral("number +44 20 7946 0958 failed") << QStringLiteral("7946");
        QTest::newRow("code") << QStringLiteral("[sandbox] code 042117 for +1...")
                              << QStringLiteral("042117");
        QTest::newRow("password") << QStringLiteral("password=hunter22") << QStringLiteral("hunter22");
        QTest::newRow("json secret") << QStringLiteral("{\"secret\": \"s3cr3t-value\"}")
                                     << QStringLiteral("s3cr3t");
        QTest::newRow("authorization")
            << QStringLiteral("Authorization: Basic U0s6c2VjcmV0") << QStringLiteral("U0s6c2VjcmV0");
        QTest::newRow("cookie") << QStringLiteral("Cookie: latchkey.sid=abcdef123456")
                                << QStringLiteral("abcdef123456");
        QTest::newRow("credentials in a url")
            << QStringLiteral("proxy http://me:pw@proxy.corp:3128") << QStringLiteral("me:pw");
        QTest::newRow("twilio secret") << QStringLiteral("key 0123456789abcdefABCDEF0123456789 used")
                                       << QStringLiteral("0123456789abcdefABCDEF0123456789");
    }
    void removes()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString output = Redactor::redact(input);
        QVERIFY2(!output.contains(secret), qPrintable(output));
    }

    void keepsWhatSupportNeeds()
    {
        const QString text = QStringLiteral(
            "Verify/ServiceSid = VA0123456789abcdef0123456789abcdef\n"
            "2026-01-01T12:00:00.000Z warning latchkey.net: request to auth.example.org failed\n"
            "reachable: yes (HTTP 404 in 25 ms)\nAuth/CodeLength = 6\nexit code 3\n"
            "certificate 0: 127.0.0.1, SHA-256 ab:cd:ef");
        QCOMPARE(Redactor::redact(text), text);
    }

    void masksNumbersAsTheAppShowsThem()
    {
        QCOMPARE(Redactor::redact(QStringLiteral("to +12025550142.")), QStringLiteral("to +1 ••• ••• ••42."));
    }

    void masksEmailAddressesAsTheAppShowsThem()
    {
        QCOMPARE(Redactor::redact(QStringLiteral("Auth/EmailAddress = ada.lovelace@example.com\nmail ok")),
                 QStringLiteral("Auth/EmailAddress = a•••@example.com\nmail ok"));
        QCOMPARE(Redactor::redact(QStringLiteral("to <bob@mail.example.org>, then carol@example.co.uk.")),
                 QStringLiteral("to <b•••@mail.example.org>, then c•••@example.co.uk."));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
