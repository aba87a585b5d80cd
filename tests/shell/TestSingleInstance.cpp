#include "SingleInstance.h"

#include <QFile>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace latchkey;

/**
 * One window per user: two SingleInstance objects in one process stand for two launches. The second finds
 * the first and asks it to come forward; a socket file left by a crashed instance does not block start-up.
 */
class TestSingleInstance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /** A key of its own for each test: a full socket path in the test's temporary directory. */
    QString freshKey(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    /** Starts a launch that must become the one that listens: nobody answered at its key. */
    static void startAsPrimary(SingleInstance &instance)
    {
        QSignalSpy primary(&instance, &SingleInstance::primary);
        QSignalSpy running(&instance, &SingleInstance::alreadyRunning);
        instance.start();
        QCOMPARE(primary.count(), 0); // never from inside start()
        QVERIFY(primary.wait(5000));
        QCOMPARE(running.count(), 0);
        QVERIFY(instance.isListening());
    }

    /** Starts a launch that must find another one listening at its key, and so not listen itself. */
    static void startAsSecond(SingleInstance &instance)
    {
        QSignalSpy primary(&instance, &SingleInstance::primary);
        QSignalSpy running(&instance, &SingleInstance::alreadyRunning);
        instance.start();
        QVERIFY(running.wait(5000));
        QCOMPARE(primary.count(), 0);
        QVERIFY(!instance.isListening());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theFirstInstanceListens()
    {
        SingleInstance first(freshKey("first"));
        startAsPrimary(first);
        QVERIFY(QFile::exists(first.key()));
    }

    void aSecondInstanceAsksTheFirstToComeForward()
    {
        const QString key = freshKey("second");
        SingleInstance first(key);
        QSignalSpy activation(&first, &SingleInstance::activationRequested);
        startAsPrimary(first);

        SingleInstance second(key);
        startAsSecond(second);
        QTRY_COMPARE(activation.count(), 1);

        // A third launch gets the same answer: the first keeps listening after serving one.
        SingleInstance third(key);
        startAsSecond(third);
        QTRY_COMPARE(activation.count(), 2);
    }

    void theNextLaunchIsFirstAgainOnceTheFirstHasEnded()
    {
        const QString key = freshKey("ended");
        {
            SingleInstance first(key);
            startAsPrimary(first);
        }
        QVERIFY(!QFile::exists(key));
        SingleInstance next(key);
        startAsPrimary(next);
    }

    void aStaleSocketFromACrashedInstanceDoesNotBlockStartUp()
    {
        // What a crashed instance leaves: a bound socket file that nobody listens on any more.
        const QString key = freshKey("stale");
        const QByteArray path = QFile::encodeName(key);
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(static_cast<size_t>(path.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, path.constData(), static_cast<size_t>(path.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd);
        QVERIFY(QFile::exists(key));
        {
            // Proof that the file is in the way: a plain listen() fails on it.
            QLocalServer plain;
            QVERIFY(!plain.listen(key));
        }

        SingleInstance next(key);
        startAsPrimary(next);

        SingleInstance later(key);
        startAsSecond(later);
    }

    void theDefaultKeyDependsOnTheSettingsLocation()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Latchkey"));
        QCoreApplication::setApplicationName(QStringLiteral("latchkey"));
        const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
        QTemporaryDir one;
        QTemporaryDir two;
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(one.path()));
        const QString first = SingleInstance::defaultKey();
        QCOMPARE(SingleInstance::defaultKey(), first);
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(two.path()));
        const QString second = SingleInstance::defaultKey();
        if (saved.isNull()) {
            qunsetenv("XDG_CONFIG_HOME");
        } else {
            qputenv("XDG_CONFIG_HOME", saved);
        }
        QVERIFY(first != second);
        QVERIFY(first.contains(QStringLiteral("latchkey-")));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "TestSingleInstance.moc"
