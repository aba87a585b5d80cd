// Does Qt's network stack send a POST twice by itself? A start or a check sent twice is a second SMS or a
// used-up guess, so Latchkey must know. Found with Qt 6.4.2 (docs/security.md, "Requests sent twice"):
// QNetworkAccessManager silently re-sends a request whose connection drops after it was sent, on a
// kept-alive connection and on a fresh one alike, POST included; "Connection: close" does not stop it. An
// upload device that cannot be read twice (sequential, DoNotBufferUploadDataAttribute) does: the reply then
// fails with ContentReSendError and the server saw the request once.

#include "OneShotBody.h"
#include "ScriptedHttpServer.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace latchkey;

namespace {

const QByteArray form = "Code=123456&VerificationSid=VE0123456789abcdef0123456789abcdef";

} // namespace

class TestQtPostResend : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void qtResendsAPostOnADroppedKeptAliveConnection_data();
    void qtResendsAPostOnADroppedKeptAliveConnection();
    void qtResendsAPostOnADroppedFreshConnection();
    void aOneShotBodyIsSentOnce();

private:
    QNetworkReply *post(const QByteArray &tag, bool oneShot, bool connectionClose = false);
    static int countTagged(const ScriptedHttpServer &server, const QByteArray &tag);

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestQtPostResend::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void TestQtPostResend::cleanup()
{
    m_network.reset();
    m_server.reset();
}

QNetworkReply *TestQtPostResend::post(const QByteArray &tag, bool oneShot, bool connectionClose)
{
    QNetworkRequest request(m_server->url().resolved(QUrl(QStringLiteral("/v2/check"))));
    request.setRawHeader("X-Tag", tag);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    request.setTransferTimeout(5000);
    if (connectionClose) {
        request.setRawHeader("Connection", "close");
    }
    if (!oneShot) {
        return m_network->post(request, form);
    }
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setHeader(QNetworkRequest::ContentLengthHeader, form.size());
    return m_network->post(request, new OneShotBody(form, m_network.get()));
}

int TestQtPostResend::countTagged(const ScriptedHttpServer &server, const QByteArray &tag)
{
    int count = 0;
    const QList<ReceivedRequest> requests = server.requests();
    for (const ReceivedRequest &request : requests) {
        count += request.header("X-Tag") == tag ? 1 : 0;
    }
    return count;
}

void TestQtPostResend::qtResendsAPostOnADroppedKeptAliveConnection_data()
{
    QTest::addColumn<bool>("connectionClose");
    QTest::newRow("default") << false;
    QTest::newRow("Connection: close") << true;
}

void TestQtPostResend::qtResendsAPostOnADroppedKeptAliveConnection()
{
    QFETCH(bool, connectionClose);
    // The first POST is answered keep-alive; the connection drops as the second arrives.
    m_server->enqueue(ScriptedAnswer::json(200, "{}"));
    m_server->enqueue(ScriptedAnswer::drop());
    m_server->setFallback(ScriptedAnswer::json(200, R"({"status":"approved"})"));
    QNetworkReply *first = post("first", false);
    QTRY_VERIFY(first->isFinished());
    QCOMPARE(first->error(), QNetworkReply::NoError);
    QNetworkReply *second = post("second", false, connectionClose);
    QTRY_VERIFY(second->isFinished());
    // Qt sent it again on a new connection, and reports the second answer as if nothing had happened.
    QCOMPARE(countTagged(*m_server, "second"), 2);
    QCOMPARE(second->error(), QNetworkReply::NoError);
    QCOMPARE(m_server->connections(), 2);
}

void TestQtPostResend::qtResendsAPostOnADroppedFreshConnection()
{
    m_server->enqueue(ScriptedAnswer::drop());
    m_server->setFallback(ScriptedAnswer::json(200, "{}"));
    QNetworkReply *reply = post("only", false);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(countTagged(*m_server, "only"), 2);
}

void TestQtPostResend::aOneShotBodyIsSentOnce()
{
    m_server->enqueue(ScriptedAnswer::json(200, "{}"));
    m_server->enqueue(ScriptedAnswer::drop());
    m_server->setFallback(ScriptedAnswer::json(200, "{}"));
    QNetworkReply *first = post("first", true);
    QTRY_VERIFY(first->isFinished());
    QCOMPARE(first->error(), QNetworkReply::NoError);
    QNetworkReply *second = post("second", true);
    QTRY_VERIFY(second->isFinished());
    QTest::qWait(100);
    QCOMPARE(countTagged(*m_server, "second"), 1);
    // An error the caller can treat as ambiguous: the request may or may not have been acted on.
    QCOMPARE(second->error(), QNetworkReply::ContentReSendError);
    QVERIFY(!second->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
}

QTEST_GUILESS_MAIN(TestQtPostResend)
#include "TestQtPostResend.moc"
