// With every logging category at debug, Qt's own included, no header that carries a credential reaches a
// log line: not the session cookie of a backend sign-in, not the Basic token of direct mode, not the
// password or the code.

#include "BackendAuthService.h"
#include "HttpClient.h"
#include "PhoneNumber.h"
#include "ScriptedHttpServer.h"
#include "TestNumbers.h"
#include "VerifyClient.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace latchkey;

namespace {

QStringList logged;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    logged.append(QString::fromLatin1(context.category ? context.category : "default") + QLatin1String(": ") +
                  message);
}

const QByteArray cookieValue = "s%3AqWk7ZtNmr4XvBpL2.sEcReTsIgNaTuRe";
const QString password = QStringLiteral("correct horse battery");
const QString secret = QStringLiteral("0123456789abcdef0123456789abcdef");

/** Every category at debug, whatever QT_LOGGING_RULES says (ctest sets latchkey.*.debug=false). */
void everythingAtDebug(QLoggingCategory *category)
{
    category->setEnabled(QtDebugMsg, true);
    category->setEnabled(QtInfoMsg, true);
}

} // namespace

class TestNoCredentialInLogs : public QObject
{
    Q_OBJECT

    QtMessageHandler m_previous = nullptr;
    QLoggingCategory::CategoryFilter m_previousFilter = nullptr;

    void expectNoSecretIn(const QStringList &secrets)
    {
        const QString all = logged.join(QLatin1Char('\n'));
        QVERIFY2(!logged.isEmpty(), "debug logging was not on");
        for (const QString &secretText : secrets) {
            QVERIFY2(!all.contains(secretText),
                     qPrintable(QStringLiteral("\"%1\" was logged:\n%2").arg(secretText, all)));
        }
    }

private slots:
    void init()
    {
        logged.clear();
        m_previousFilter = QLoggingCategory::installFilter(everythingAtDebug);
        m_previous = qInstallMessageHandler(capture);
    }
    void cleanup()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::installFilter(m_previousFilter);
    }

    void aBackendSignInLogsNoCookieAndNoPassword()
    {
        ScriptedHttpServer server;
        server.enqueue(
            ScriptedAnswer::json(200, R"({"username":"alice"})",
                                 {{"Set-Cookie", "connect.sid=" + cookieValue + "; Path=/; HttpOnly"}}));
        server.enqueue(ScriptedAnswer::json(200, R"({"message":"sent","status":"pending"})"));
        server.enqueue(ScriptedAnswer::json(200, R"({"message":"verified","verified":true})"));
        QNetworkAccessManager network;
        HttpClient http(&network);
        BackendAuthService auth(&http, BackendEndpoints{server.url()});
        QSignalSpy loggedIn(&auth, &AuthService::loggedIn);
        QSignalSpy codeSent(&auth, &AuthService::codeSent);
        QSignalSpy approved(&auth, &AuthService::codeApproved);
        auth.logIn(QStringLiteral("alice"), password);
        QVERIFY(loggedIn.wait(10000));
        auth.sendCode(testing::e164(QStringLiteral("+12025550142")), Channel::Sms);
        QVERIFY(codeSent.wait(10000));
        auth.checkCode(testing::e164(QStringLiteral("+12025550142")), QStringLiteral("482916"));
        QVERIFY(approved.wait(10000));
        QVERIFY(server.requests().at(2).header("Cookie").contains(cookieValue)); // it was on the wire
        // The headers were logged, by name: the debug log is useful without the values that matter.
        QVERIFY2(logged.join(QLatin1Char(0x0a)).contains(QStringLiteral("Set-Cookie : (")),
                 qPrintable(logged.join(QLatin1Char(0x0a))));
        expectNoSecretIn({QString::fromLatin1(cookieValue), QStringLiteral("qWk7ZtNmr4XvBpL2"), password,
                          QStringLiteral("482916"), QStringLiteral("2025550142")});
    }

    void directModeLogsNoBasicToken()
    {
        ScriptedHttpServer server;
        server.setFallback(
            ScriptedAnswer::json(201, R"({"sid":"VE1","status":"pending","to":"+12025550142"})"));
        QNetworkAccessManager network;
        HttpClient http(&network);
        VerifyAccount account;
        account.baseUrl = server.url();
        account.serviceSid = QStringLiteral("VA") + QString(32, QLatin1Char('a'));
        account.keySid = QStringLiteral("SK") + QString(32, QLatin1Char('b'));
        account.secret = secret;
        VerifyClient client(&http, account);
        QSignalSpy started(&client, &VerifyClient::verificationStarted);
        client.startVerification(testing::e164(QStringLiteral("+12025550142")), Channel::Sms);
        QVERIFY(started.wait(10000));
        const QByteArray token = (account.keySid + QLatin1Char(':') + secret).toUtf8().toBase64();
        QVERIFY(server.requests().constFirst().header("Authorization").contains(token));
        QVERIFY(logged.join(QLatin1Char('\n')).contains(QStringLiteral("Authorization : (")));
        expectNoSecretIn({QString::fromLatin1(token), secret, QString::fromLatin1(token.left(24))});
    }
};

QTEST_GUILESS_MAIN(TestNoCredentialInLogs)
#include "TestNoCredentialInLogs.moc"
