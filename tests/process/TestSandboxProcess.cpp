// The standalone latchkey-sandbox as a script or an admin runs it: flags, stdout lines, the outbox.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString accountSid = QStringLiteral("AC44444444444444444444444444444444");
const QString authToken = QStringLiteral("throwaway-token");
const QString serviceSid = QStringLiteral("VA55555555555555555555555555555555");

/** Waits until `process`'s stdout holds a line starting with `prefix`; returns the rest of it. */
QString waitForLine(QProcess &process, QString &seen, const QString &prefix)
{
    for (int i = 0; i < 100; ++i) {
        const QStringList lines = seen.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.startsWith(prefix) && seen.contains(line + QLatin1Char('\n'))) {
                return line.mid(prefix.size());
            }
        }
        process.waitForReadyRead(100);
        seen += QString::fromUtf8(process.readAllStandardOutput());
    }
    return QString();
}

} // namespace

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private slots:
    void servesPrintsAndDelivers();
    void quietPrintsNoCodeAndListsOneNumbersMessages();
    void badFlagsExitWith2_data();
    void badFlagsExitWith2();
};

void TestSandboxProcess::servesPrintsAndDelivers()
{
    QProcess process;
    process.start(QStringLiteral(LATCHKEY_SANDBOX_BINARY),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--account-sid"), accountSid,
                   QStringLiteral("--auth-token"), authToken, QStringLiteral("--service-sid"), serviceSid,
                   QStringLiteral("--code-length"), QStringLiteral("8")});
    QVERIFY(process.waitForStarted());
    QString out;
    const QString baseUrl = waitForLine(process, out, QStringLiteral("base_url="));
    QVERIFY2(baseUrl.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(out));
    QCOMPARE(waitForLine(process, out, QStringLiteral("verify_service_sid=")), serviceSid);
    QCOMPARE(waitForLine(process, out, QStringLiteral("verify_account_sid=")), accountSid);
    QCOMPARE(waitForLine(process, out, QStringLiteral("verify_code_length=")), QStringLiteral("8"));
    QVERIFY(!waitForLine(process, out, QStringLiteral("verify_api_key_sid=")).isEmpty());
    QVERIFY(!waitForLine(process, out, QStringLiteral("verify_api_key_secret=")).isEmpty());
    QVERIFY(!out.contains(authToken)); // given by the admin, never echoed

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(
        QUrl(baseUrl + QStringLiteral("/v2/Services/") + serviceSid + QStringLiteral("/Verifications")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    request.setRawHeader("Authorization", "Basic " + (accountSid + u':' + authToken).toUtf8().toBase64());
    QNetworkReply *reply = network.post(request, "To=%2B12025550142&Channel=sms&Locale=fr");
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);

    const QJsonObject message =
        QJsonDocument::fromJson(waitForLine(process, out, QStringLiteral("message=")).toUtf8()).object();
    QCOMPARE(message.value(QLatin1String("to")).toString(), QStringLiteral("+12025550142"));
    QCOMPARE(message.value(QLatin1String("channel")).toString(), QStringLiteral("sms"));
    QCOMPARE(message.value(QLatin1String("locale")).toString(), QStringLiteral("fr"));
    const QString code = message.value(QLatin1String("code")).toString();
    QCOMPARE(code.size(), 8);
    QCOMPARE(message.value(QLatin1String("text")).toString(),
             QStringLiteral("Votre code de vérification Latchkey Sandbox est : %1").arg(code));

    QString err;
    for (int i = 0; i < 50 && !err.contains(QLatin1String("[sandbox]")); ++i) {
        process.waitForReadyRead(100);
        err += QString::fromUtf8(process.readAllStandardError());
    }
    QVERIFY2(err.contains(QStringLiteral("[sandbox] code %1 for +12025550142 by sms").arg(code)),
             qPrintable(err));

    QNetworkReply *list = network.get(QNetworkRequest(QUrl(baseUrl + QStringLiteral("/sandbox/messages"))));
    QSignalSpy listed(list, &QNetworkReply::finished);
    QVERIFY(listed.wait(5000));
    QCOMPARE(QJsonDocument::fromJson(list->readAll()).array().size(), 1);

    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

void TestSandboxProcess::quietPrintsNoCodeAndListsOneNumbersMessages()
{
    QProcess process;
    process.start(QStringLiteral(LATCHKEY_SANDBOX_BINARY),
                  {QStringLiteral("--quiet"), QStringLiteral("--account-sid"), accountSid,
                   QStringLiteral("--auth-token"), authToken, QStringLiteral("--service-sid"), serviceSid});
    QVERIFY(process.waitForStarted());
    QString out;
    const QString baseUrl = waitForLine(process, out, QStringLiteral("base_url="));
    QVERIFY2(baseUrl.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(out));
    QVERIFY(!waitForLine(process, out, QStringLiteral("verify_code_length=")).isEmpty()); // the facts stay

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    const auto finish = [](QNetworkReply *reply) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        return reply->isFinished() || finished.wait(5000);
    };
    const auto start = [&](const QByteArray &encodedTo) {
        QNetworkRequest request(
            QUrl(baseUrl + QStringLiteral("/v2/Services/") + serviceSid + QStringLiteral("/Verifications")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("application/x-www-form-urlencoded"));
        request.setRawHeader("Authorization", "Basic " + (accountSid + u':' + authToken).toUtf8().toBase64());
        QNetworkReply *reply = network.post(request, "Channel=sms&To=" + encodedTo);
        return finish(reply) ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    };
    const auto list = [&](const QString &query) {
        QNetworkReply *reply =
            network.get(QNetworkRequest(QUrl(baseUrl + QStringLiteral("/sandbox/messages") + query)));
        return finish(reply) ? QJsonDocument::fromJson(reply->readAll()).array() : QJsonArray();
    };
    QCOMPARE(start("%2B12025550142"), 201);
    QCOMPARE(start("%2B12025550143"), 201);
    QCOMPARE(start("%2B12025550142"), 201); // a resend: a second message to the first number

    QCOMPARE(list(QString()).size(), 3); // without ?to= the whole outbox, as before
    // '+' escaped or as is: both name the number.
    for (const QString &query : {QStringLiteral("?to=%2B12025550142"), QStringLiteral("?to=+12025550142")}) {
        const QJsonArray mine = list(query);
        QCOMPARE(mine.size(), 2);
        for (const QJsonValue &message : mine) {
            QCOMPARE(message.toObject().value(QLatin1String("to")).toString(),
                     QStringLiteral("+12025550142"));
        }
        QCOMPARE(mine.at(0).toObject().value(QLatin1String("code")),
                 mine.at(1).toObject().value(QLatin1String("code"))); // a resend brings the same code
    }
    const QJsonArray other = list(QStringLiteral("?to=%2B12025550143"));
    QCOMPARE(other.size(), 1);
    QCOMPARE(other.at(0).toObject().value(QLatin1String("to")).toString(), QStringLiteral("+12025550143"));
    QCOMPARE(list(QStringLiteral("?to=%2B12025550199")).size(), 0);

    // Each message was delivered before its 201: whatever --quiet let through is already written.
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    out += QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(!out.contains(QLatin1String("message=")), qPrintable(out));
    QVERIFY2(!err.contains(QLatin1String("[sandbox]")), qPrintable(err));
    QVERIFY(!err.contains(other.at(0).toObject().value(QLatin1String("code")).toString()));
}

void TestSandboxProcess::badFlagsExitWith2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("names");
    QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                          << QStringLiteral("--port");
    QTest::newRow("host") << QStringList{QStringLiteral("--host"), QStringLiteral("localhost.example")}
                          << QStringLiteral("--host");
    QTest::newRow("service") << QStringList{QStringLiteral("--service-sid"), QStringLiteral("VA1")}
                             << QStringLiteral("--service-sid");
    QTest::newRow("account alone") << QStringList{QStringLiteral("--account-sid"), accountSid}
                                   << QStringLiteral("--auth-token");
    QTest::newRow("bad account") << QStringList{QStringLiteral("--account-sid"), QStringLiteral("AC1"),
                                                QStringLiteral("--auth-token"), QStringLiteral("t")}
                                 << QStringLiteral("--account-sid");
    QTest::newRow("code length") << QStringList{QStringLiteral("--code-length"), QStringLiteral("11")}
                                 << QStringLiteral("--code-length");
}

void TestSandboxProcess::badFlagsExitWith2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, names);
    QProcess process;
    process.start(QStringLiteral(LATCHKEY_SANDBOX_BINARY), arguments);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(names), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "TestSandboxProcess.moc"
