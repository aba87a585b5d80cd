// The standalone latchkey-sandbox under abuse, as a separate process: its peak memory (VmHWM) with a 50 MB
// body, 300 idle and half-sent connections under a 256-descriptor limit, "Connection: close", the clock's
// overflow, and no credential on stderr with every debug category on.

#include "RawHttp.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>
#include <memory>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace latchkey::testing;

namespace {

/** The standalone sandbox, started with `arguments`; its base_url read from stdout. */
struct Sandbox
{
    QProcess process;
    quint16 port = 0;
    QByteArray out;

    bool start(const QStringList &arguments, const QProcessEnvironment &environment = {})
    {
        if (!environment.isEmpty()) {
            process.setProcessEnvironment(environment);
        }
        process.start(QStringLiteral(LATCHKEY_SANDBOX_BINARY), arguments);
        if (!process.waitForStarted()) {
            return false;
        }
        for (int i = 0; i < 100 && port == 0; ++i) {
            process.waitForReadyRead(100);
            out += process.readAllStandardOutput();
            for (const QByteArray &line : out.split('\n')) {
                if (line.startsWith("base_url=http://127.0.0.1:")) {
                    port = quint16(line.mid(line.lastIndexOf(':') + 1).toUInt());
                }
            }
        }
        return port != 0;
    }

    /** A /proc/<pid>/status field in kB (VmHWM: peak resident memory); -1 when unreadable. */
    qint64 statusKilobytes(const QByteArray &field) const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(process.processId()));
        if (!status.open(QIODevice::ReadOnly)) {
            return -1;
        }
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith(QByteArray(field + ':'))) {
                return line.mid(field.size() + 1).trimmed().split(' ').constFirst().toLongLong();
            }
        }
        return -1;
    }

    ~Sandbox()
    {
        process.terminate();
        process.waitForFinished(5000);
    }
};

/** Writes `head` and up to `bodyBytes` in 1 MiB pieces while the server keeps reading; then the answer. */
RawAnswer sendHuge(quint16 port, const QByteArray &head, qint64 bodyBytes, bool chunked, qint64 *sent)
{
    QTcpSocket socket;
    if (!connectTo(socket, port)) {
        return RawAnswer();
    }
    socket.write(head);
    const QByteArray piece(1024 * 1024, 'a');
    const QByteArray chunk = QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    *sent = 0;
    while (*sent < bodyBytes && socket.state() == QAbstractSocket::ConnectedState &&
           socket.bytesAvailable() == 0) {
        socket.write(chunked ? chunk : piece);
        *sent += piece.size();
        socket.waitForBytesWritten(2000); // the sandbox is another process: blocking here is fine
        socket.waitForReadyRead(1);
    }
    return readToClose(socket, 15000);
}

} // namespace

class TestSandboxAbuse : public QObject
{
    Q_OBJECT

private slots:
    void hugeBodyIsRefusedWithLittleMemory_data();
    void hugeBodyIsRefusedWithLittleMemory();
    void idleConnectionsDoNotStarveARealRequest();
    void connectionCloseIsHonoured();
    void clockOverflowIsRefused();
    void noCredentialOnStderr();
};

void TestSandboxAbuse::hugeBodyIsRefusedWithLittleMemory_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("Content-Length") << false;
    QTest::newRow("chunked") << true;
}

void TestSandboxAbuse::hugeBodyIsRefusedWithLittleMemory()
{
    QFETCH(bool, chunked);
    Sandbox sandbox;
    QVERIFY(sandbox.start({}));
    // Warm up: one ordinary request, so that what follows measures the body alone.
    QCOMPARE(exchange(sandbox.port, request("GET", "/sandbox/messages")).status, 200);
    const qint64 before = sandbox.statusKilobytes("VmHWM");
    QVERIFY(before > 0);

    const qint64 fiftyMegabytes = 50 * 1000 * 1000;
    const QByteArray head =
        "POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
        (chunked ? QByteArray("Transfer-Encoding: chunked\r\n")
                 : "Content-Length: " + QByteArray::number(fiftyMegabytes) + "\r\n") +
        "\r\n";
    qint64 sent = 0;
    const RawAnswer answer = sendHuge(sandbox.port, head, fiftyMegabytes, chunked, &sent);
    QCOMPARE(answer.status, 413);
    QVERIFY(answer.closed);

    const qint64 after = sandbox.statusKilobytes("VmHWM");
    qInfo("peak RSS of latchkey-sandbox: %lld kB before, %lld kB after (%lld MB offered, %lld MB sent)",
          before, after, fiftyMegabytes / 1000000, sent / 1000000);
    // The old sandbox peaked at 376 MB for this body; the cap keeps it to the kernel's socket buffers.
    QVERIFY2(after - before < 16 * 1024, qPrintable(QStringLiteral("%1 kB more").arg(after - before)));
    QCOMPARE(exchange(sandbox.port, request("GET", "/sandbox/messages")).status, 200); // still serving
}

void TestSandboxAbuse::idleConnectionsDoNotStarveARealRequest()
{
#ifdef Q_OS_UNIX
    // 256 file descriptors, as the issue's attack had; 300 connections, half of them mid-head.
    Sandbox sandbox;
    sandbox.process.setChildProcessModifier([] {
        const rlimit limit{256, 256};
        ::setrlimit(RLIMIT_NOFILE, &limit);
    });
    QVERIFY(sandbox.start({QStringLiteral("--max-connections"), QStringLiteral("100"),
                           QStringLiteral("--idle-timeout"), QStringLiteral("2"),
                           QStringLiteral("--header-timeout"), QStringLiteral("2")}));
    std::vector<std::unique_ptr<QTcpSocket>> abusers;
    for (int i = 0; i < 300; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QStringLiteral("127.0.0.1"), sandbox.port);
        if (i % 2 == 1) {
            socket->write("GET /sandbox/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // never finished
        }
        abusers.push_back(std::move(socket));
    }
    for (auto &socket : abusers) {
        socket->waitForConnected(2000);
    }
    QTest::qWait(200);

    // A real client is answered: the longest-idle connections make room, the half-sent ones time out.
    // A 503 ("too many connections, all busy") is an answer too, which a client may retry.
    QElapsedTimer clock;
    clock.start();
    RawAnswer answer;
    int attempts = 0;
    while (answer.status != 200 && attempts < 20) {
        ++attempts;
        answer = exchange(sandbox.port, request("GET", "/sandbox/messages"), 5000);
        QVERIFY2(answer.status == 200 || answer.status == 503,
                 qPrintable(QStringLiteral("attempt %1: status %2").arg(attempts).arg(answer.status)));
        if (answer.status != 200) {
            QTest::qWait(250);
        }
    }
    QCOMPARE(answer.status, 200);
    qInfo("a real request was answered after %d attempt(s), %lld ms", attempts, qint64(clock.elapsed()));

    // The abusive connections are closed in the end: no more than the limit stay open (alone, all 300 close
    // within the deadline; under a loaded parallel run a few late ones may still be in their timeouts).
    QDeadlineTimer deadline(20000);
    int open = 300;
    while (open > 0 && !deadline.hasExpired()) {
        open = 0;
        for (auto &socket : abusers) {
            socket->waitForReadyRead(0);
            socket->readAll();
            open += socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
        }
        QTest::qWait(100);
    }
    qInfo("%d of 300 abusive connections still open", open);
    QVERIFY(open <= 100);
    QFile stat(QStringLiteral("/proc/%1/stat").arg(sandbox.process.processId()));
    QVERIFY(stat.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = stat.readAll().split(')').constLast().trimmed().split(' ');
    qInfo("latchkey-sandbox CPU time so far: %lld user + %lld system ticks", fields.value(11).toLongLong(),
          fields.value(12).toLongLong());
    QCOMPARE(exchange(sandbox.port, request("GET", "/sandbox/messages")).status, 200);
#else
    QSKIP("RLIMIT_NOFILE is POSIX");
#endif
}

void TestSandboxAbuse::connectionCloseIsHonoured()
{
    Sandbox sandbox;
    QVERIFY(sandbox.start({}));
    QTcpSocket socket;
    QVERIFY(connectTo(socket, sandbox.port));
    socket.write("GET /sandbox/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    const RawAnswer answer =
        readToClose(socket, 10000); // the idle timeout is 30 s: this is the request's wish
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.header("Connection"), QByteArray("close"));
    QCOMPARE(answer.body, QByteArray("[]"));
    QVERIFY(answer.closed);
}

void TestSandboxAbuse::clockOverflowIsRefused()
{
    Sandbox sandbox;
    QVERIFY(sandbox.start({}));
    const QByteArray form = "Content-Type: application/x-www-form-urlencoded";
    const RawAnswer first =
        exchange(sandbox.port, request("POST", "/sandbox/clock", "advance_seconds=600", {form}));
    QCOMPARE(first.status, 200);
    const QDateTime then = QDateTime::fromString(
        QJsonDocument::fromJson(first.body).object().value(QLatin1String("now")).toString(), Qt::ISODate);
    QVERIFY(then.isValid());
    const RawAnswer huge = exchange(
        sandbox.port, request("POST", "/sandbox/clock", "advance_seconds=9223372036854775807", {form}));
    QCOMPARE(huge.status, 400);
    QCOMPARE(huge.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(QJsonDocument::fromJson(huge.body).object().contains(QLatin1String("error")));
    const RawAnswer now =
        exchange(sandbox.port, request("POST", "/sandbox/clock", "advance_seconds=0", {form}));
    const QJsonObject json = QJsonDocument::fromJson(now.body).object();
    QCOMPARE(json.value(QLatin1String("offset_seconds")).toInteger(), 600);
    QVERIFY(QDateTime::fromString(json.value(QLatin1String("now")).toString(), Qt::ISODate) >= then);
}

void TestSandboxAbuse::noCredentialOnStderr()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    Sandbox sandbox;
    QVERIFY(sandbox.start({}, environment));
    QByteArray accountSid;
    QByteArray apiKeySid;
    QByteArray apiKeySecret;
    QByteArray serviceSid;
    for (const QByteArray &line : sandbox.out.split('\n')) {
        if (line.startsWith("verify_account_sid=")) {
            accountSid = line.mid(19);
        } else if (line.startsWith("verify_api_key_sid=")) {
            apiKeySid = line.mid(19);
        } else if (line.startsWith("verify_api_key_secret=")) {
            apiKeySecret = line.mid(22);
        } else if (line.startsWith("verify_service_sid=")) {
            serviceSid = line.mid(19);
        }
    }
    QVERIFY(!apiKeySecret.isEmpty() && !serviceSid.isEmpty());
    const QByteArray credentials = QByteArray(apiKeySid + ':' + apiKeySecret).toBase64();
    const RawAnswer started = exchange(
        sandbox.port,
        request("POST", "/v2/Services/" + serviceSid + "/Verifications", "To=%2B12025550142&Channel=sms",
                {"Content-Type: application/x-www-form-urlencoded", "Authorization: Basic " + credentials}));
    QCOMPARE(started.status, 201);
    const RawAnswer login = exchange(
        sandbox.port, request("POST", "/api/auth/login", R"({"username":"demo","password":"latchkey-demo"})",
                              {"Content-Type: application/json"}));
    QCOMPARE(login.status, 200);
    const QByteArray cookie = login.header("Set-Cookie").split(';').constFirst();
    QCOMPARE(exchange(sandbox.port, request("GET", "/api/auth/login", {}, {"Cookie: " + cookie})).status,
             200);

    sandbox.process.terminate();
    QVERIFY(sandbox.process.waitForFinished(5000));
    const QByteArray err = sandbox.process.readAllStandardError();
    QVERIFY2(err.contains("\"verify.start\" -> 201"), err.constData()); // debug output was on
    QVERIFY2(!err.contains(credentials), err.constData());
    QVERIFY2(!err.contains(cookie.mid(cookie.indexOf('=') + 1)), err.constData());
    QVERIFY2(!err.toLower().contains("authorization"), err.constData());
    QVERIFY2(!err.toLower().contains("cookie"), err.constData());
}

QTEST_GUILESS_MAIN(TestSandboxAbuse)
#include "TestSandboxAbuse.moc"
