#include "DeviceTrustRecord.h"
#include "KeychainSecretStore.h"
#include "ProcessDriver.h"
#include "TestHome.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

/**
 * `latchkey --change-number` end to end: the real latchkey on the terminal in direct mode, the standalone
 * latchkey-sandbox as Twilio Verify (its outbox lines on stderr name the number each code went to) and the
 * real gnome-keyring on a private bus (KEYRING). A change needs the password and a code to the old number,
 * also on a remembered device; later codes go to the new number; the remembered device is forgotten; backend
 * mode refuses with exit code 3; nothing secret, and no full number, lands in a file under the home.
 */
class TestChangeNumberProcess : public QObject
{
    Q_OBJECT

    using Run = ProcessRun;

    /** One delivered code and the number it went to, from a "[sandbox] code N for +E164 by ..." line. */
    struct Delivery
    {
        QString code;
        QString to;
    };

    QProcess m_sandbox;
    QString m_sandboxSeen;
    int m_deliveriesSeen = 0;
    SandboxFacts m_facts;
    QString m_settingsPath;
    QStringList m_codesUsed;
    QByteArray m_deviceTrustRecord; // as it was in the keychain while the device was remembered
    const QString m_password = QStringLiteral("correct horse battery staple");
    const QString m_numberA = QStringLiteral("+12025550142");
    const QString m_numberB = QStringLiteral("+12025550177");
    const QString m_numberC = QStringLiteral("+12025550163");

    QStringList directOptions() const { return m_facts.directOptions(); }

    static Run run(const QStringList &arguments, const QByteArray &input = QByteArray())
    {
        return runToEnd(QStringLiteral(LATCHKEY_BINARY), arguments, input);
    }

    /** All deliveries the sandbox has announced so far. */
    QList<Delivery> deliveries()
    {
        m_sandboxSeen += QString::fromLocal8Bit(m_sandbox.readAllStandardError());
        static const QRegularExpression line(
            QStringLiteral("\\[sandbox\\][^\\n]*?\\bcode (\\d{4,10}) for (\\+\\d+) by "));
        QList<Delivery> found;
        auto matches = line.globalMatch(m_sandboxSeen);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            found.append({match.captured(1), match.captured(2)});
        }
        return found;
    }

    /** The next code the sandbox delivers; empty (and the outbox logged) when none comes within 20 s. */
    Delivery nextDelivery()
    {
        for (int i = 0; i < 200; ++i) {
            const QList<Delivery> found = deliveries();
            if (found.size() > m_deliveriesSeen) {
                const Delivery next = found.at(m_deliveriesSeen++);
                m_codesUsed.append(next.code);
                return next;
            }
            m_sandbox.waitForReadyRead(100);
        }
        qWarning().noquote() << "sandbox stderr:\n" << m_sandboxSeen;
        return {};
    }

    static void expectPrompt(QProcess &process, QString &seen, const QString &pattern)
    {
        QVERIFY2(waitForStderr(process, seen, QRegularExpression(pattern)).hasMatch(), qPrintable(pattern));
    }

    void startLatchkey(QProcess &process, const QStringList &extra)
    {
        process.setProcessEnvironment(withoutDisplay());
        process.start(
            QStringLiteral(LATCHKEY_BINARY),
            QStringList{QStringLiteral("--tty"), QStringLiteral("--user"), QStringLiteral("alice")} + extra +
                directOptions());
        QVERIFY(process.waitForStarted());
    }

    /** Reads a keychain entry as Latchkey stores it; fails loudly without an answer. */
    static SecretStore::Error readSecret(const QString &key, QByteArray *value = nullptr)
    {
        KeychainSecretStore store;
        QSignalSpy spy(&store, &SecretStore::readFinished);
        store.read(key);
        if (!spy.wait(10000)) {
            qFatal("the keychain did not answer a read within 10 s");
        }
        if (value) {
            *value = spy.first().at(1).toByteArray();
        }
        return spy.first().at(2).value<SecretStore::Error>();
    }

    /** What one ordinary terminal sign-in should do after the password. */
    enum class Expect { CodeThenRemember, CodeThenForget, NoCode };

    /** An ordinary sign-in as alice; a code, when asked, must go to `number`. */
    void signIn(Expect expect, const QString &number)
    {
        QProcess process;
        startLatchkey(process, {});
        QString seen;
        expectPrompt(process, seen, QStringLiteral("Password: $"));
        type(process, m_password);
        if (expect != Expect::NoCode) {
            const Delivery delivery = nextDelivery();
            QCOMPARE(delivery.to, number);
            expectPrompt(process, seen, QStringLiteral("Code \\(.*: $"));
            QVERIFY2(seen.contains(QStringLiteral("••") + number.right(2)), qPrintable(seen));
            type(process, delivery.code);
            expectPrompt(process, seen, QStringLiteral("Remember this device for 30 day.*\\] $"));
            type(process, expect == Expect::CodeThenRemember ? QStringLiteral("y") : QStringLiteral("n"));
        }
        QVERIFY(process.waitForFinished(30000));
        seen += QString::fromLocal8Bit(process.readAllStandardError());
        QVERIFY2(process.exitCode() == 0, qPrintable(seen));
        QVERIFY2(seen.contains(QStringLiteral("Signed in as alice")), qPrintable(seen));
        if (expect == Expect::NoCode) {
            QVERIFY2(!seen.contains(QStringLiteral("Code (")), qPrintable(seen));
        }
    }

    /**
     * latchkey --change-number from `oldNumber` to `newNumber`. Without a remembered device the sign-in's own
     * code goes to the old number; with one, the sign-in skips the code and the change asks it instead.
     */
    void changeNumber(const QString &oldNumber, const QString &newNumber, bool deviceRemembered)
    {
        QProcess process;
        startLatchkey(process, {QStringLiteral("--change-number")});
        QString seen;
        expectPrompt(process, seen, QStringLiteral("Password: $"));
        type(process, m_password);

        const Delivery toOld = nextDelivery();
        QCOMPARE(toOld.to, oldNumber); // the old number proves itself first
        expectPrompt(process, seen, QStringLiteral("Code \\(.*: $"));
        type(process, toOld.code);
        if (!deviceRemembered) {
            expectPrompt(process, seen, QStringLiteral("Remember this device.*\\] $"));
            type(process, QStringLiteral("n"));
        }
        expectPrompt(process, seen, QStringLiteral("New phone number.*: $"));
        QVERIFY2(seen.contains(QStringLiteral("Signed in as alice")), qPrintable(seen));
        QVERIFY2(seen.contains(QStringLiteral("Number on file: +1 ••• ••• ••") + oldNumber.right(2)),
                 qPrintable(seen));
        QCOMPARE(deliveries().size(), m_deliveriesSeen); // nothing was sent to the new number yet
        type(process, newNumber);
        // Several channels are allowed: the prompt offers them, the default (SMS) first.
        expectPrompt(process, seen,
                     QStringLiteral("Send the code by \\(1 = SMS, 2 = phone call.*\\) \\[1\\]: $"));
        type(process, QString());

        const Delivery toNew = nextDelivery();
        QCOMPARE(toNew.to, newNumber);
        QVERIFY2(m_sandboxSeen.contains(QStringLiteral("for %1 by sms").arg(newNumber)),
                 qPrintable(m_sandboxSeen));
        expectPrompt(process, seen, QStringLiteral("Code \\(.*: $"));
        type(process, toNew.code);
        QVERIFY(process.waitForFinished(30000));
        seen += QString::fromLocal8Bit(process.readAllStandardError());
        QVERIFY2(process.exitCode() == 0, qPrintable(seen));
        QVERIFY2(seen.contains(QStringLiteral("Your phone number is now +1 ••• ••• ••") + newNumber.right(2)),
                 qPrintable(seen));
        QCOMPARE(seen.count(QStringLiteral("Signed in as alice")), 1);
        QVERIFY2(!seen.contains(m_password), qPrintable(seen));
        QVERIFY2(!seen.contains(newNumber.mid(2)) && !seen.contains(oldNumber.mid(2)),
                 qPrintable(seen)); // numbers only ever masked
    }

    /** No file under the test's home (and its XDG siblings) contains any of `needles`. */
    void expectNoFileContains(const QList<QByteArray> &needles)
    {
        QVERIFY(!qEnvironmentVariable("LATCHKEY_TEST_HOME").isEmpty());
        int checked = 0;
        for (const FileContents &file : filesAroundTestHome()) {
            ++checked;
            for (const QByteArray &needle : needles) {
                QVERIFY2(!needle.isEmpty(), "an empty needle proves nothing");
                QVERIFY2(!file.contents.contains(needle),
                         qPrintable(QStringLiteral("%1 holds a secret").arg(file.name)));
            }
        }
        QVERIFY(checked > 0); // the keyring file and the settings file at least
    }

private slots:
    void initTestCase()
    {
        QByteArray why;
        m_settingsPath =
            writeUserSettings("[Auth]\nRememberDeviceAllowed=true\nRememberDeviceDays=30\n", &why);
        QVERIFY2(!m_settingsPath.isEmpty(), why.constData());

        m_sandbox.start(QStringLiteral(LATCHKEY_SANDBOX_BINARY), {});
        QVERIFY(m_sandbox.waitForStarted());
        m_facts = readSandboxFacts(m_sandbox);
        QVERIFY2(m_facts.isComplete(), qPrintable(m_facts.printed));
        const Run stored =
            run(QStringList{QStringLiteral("--set-twilio-secret")} + directOptions(),
                (m_facts.keySid + QLatin1Char('\n') + m_facts.secret + QLatin1Char('\n')).toUtf8());
        QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
    }

    void cleanupTestCase()
    {
        QFile::remove(m_settingsPath);
        m_sandbox.kill();
        m_sandbox.waitForFinished();
    }

    void backendModeRefusesWithExitCodeThree()
    {
        for (const QStringList &mode :
             {QStringList{QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:9")},
              QStringList{QStringLiteral("--sandbox")}}) {
            const Run result =
                run(QStringList{QStringLiteral("--tty"), QStringLiteral("--change-number")} + mode);
            QCOMPARE(result.exitCode, 3);
            QVERIFY2(result.err.contains(QStringLiteral("backend manages phone numbers")),
                     qPrintable(result.err));
            QVERIFY(!result.err.contains(QStringLiteral("Password:")));
        }
    }

    void itCombinesWithNoOtherAction()
    {
        const Run withSignOut = run({QStringLiteral("--change-number"), QStringLiteral("--sign-out")});
        QCOMPARE(withSignOut.exitCode, 3);
        QVERIFY2(withSignOut.err.contains(QStringLiteral("--sign-out, --change-number cannot be combined")),
                 qPrintable(withSignOut.err));
        const Run withPrintResult = run(
            {QStringLiteral("--tty"), QStringLiteral("--change-number"), QStringLiteral("--print-result")});
        QCOMPARE(withPrintResult.exitCode, 3);
        QVERIFY2(withPrintResult.err.contains(QStringLiteral("--print-result cannot be combined")),
                 qPrintable(withPrintResult.err));
    }

    void theHelpNamesItAndSignOutForgetsTheDevice()
    {
        QProcess process;
        process.setProcessEnvironment(withoutDisplay());
        process.start(QStringLiteral(LATCHKEY_BINARY), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(20000));
        const QString help = QString::fromLocal8Bit(process.readAllStandardOutput()).simplified();
        QVERIFY2(help.contains(QStringLiteral("--change-number")), qPrintable(help));
        QVERIFY2(help.contains(QStringLiteral("the remembered device")), qPrintable(help));
    }

    void enrolWithNumberA()
    {
        QProcess process;
        process.setProcessEnvironment(withoutDisplay());
        process.start(QStringLiteral(LATCHKEY_BINARY),
                      QStringList{QStringLiteral("--tty")} + directOptions());
        QVERIFY(process.waitForStarted());
        QString seen;
        expectPrompt(process, seen, QStringLiteral("Choose a username: $"));
        type(process, QStringLiteral("alice"));
        expectPrompt(process, seen, QStringLiteral("Choose a password.*: $"));
        type(process, m_password);
        expectPrompt(process, seen, QStringLiteral("password again: $"));
        type(process, m_password);
        expectPrompt(process, seen, QStringLiteral("Phone number.*: $"));
        type(process, m_numberA);
        const Delivery delivery = nextDelivery();
        QCOMPARE(delivery.to, m_numberA);
        expectPrompt(process, seen, QStringLiteral("Code \\(.*: $"));
        type(process, delivery.code);
        QVERIFY(process.waitForFinished(30000));
        seen += QString::fromLocal8Bit(process.readAllStandardError());
        QVERIFY2(process.exitCode() == 0, qPrintable(seen));
    }

    void theChangeSendsACodeToTheOldNumberThenToTheNew() { changeNumber(m_numberA, m_numberB, false); }

    void aLaterSignInSendsTheCodeToTheNewNumber()
    {
        signIn(Expect::CodeThenRemember, m_numberB);
        QCOMPARE(readSecret(SecretKey::directDeviceTrust, &m_deviceTrustRecord), SecretStore::Error::None);
        QVERIFY(!m_deviceTrustRecord.isEmpty());
        signIn(Expect::NoCode, m_numberB); // the device is remembered: the proof the next test starts from
    }

    void aWrongPasswordRefusesTheChange()
    {
        QProcess process;
        startLatchkey(process, {QStringLiteral("--change-number")});
        QString seen;
        expectPrompt(process, seen, QStringLiteral("Password: $"));
        type(process, QStringLiteral("not the password at all"));
        QVERIFY(waitForStderr(process, seen,
                              QRegularExpression(QStringLiteral("Error: [^\\n]*\\n(.|\\n)*Password: $")))
                    .hasMatch());
        process.closeWriteChannel(); // Ctrl+D
        QVERIFY(process.waitForFinished(20000));
        seen += QString::fromLocal8Bit(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(!seen.contains(QStringLiteral("New phone number")) &&
                     !seen.contains(QStringLiteral("Code (")),
                 qPrintable(seen));
        m_sandbox.waitForReadyRead(500);
        QCOMPARE(deliveries().size(), m_deliveriesSeen); // no code went anywhere
        // Unchanged: the number and the remembered device are as they were.
        QByteArray record;
        QCOMPARE(readSecret(SecretKey::directDeviceTrust, &record), SecretStore::Error::None);
        QCOMPARE(record, m_deviceTrustRecord);
    }

    void aRememberedDeviceStillNeedsACodeToTheOldNumberAndIsForgotten()
    {
        // Only now, while the device is remembered, can the scan look for its record (and token) too.
        DeviceTrustRecord record;
        QVERIFY(DeviceTrustRecord::deserialize(m_deviceTrustRecord, &record));
        QCOMPARE(record.token, m_numberB.toUtf8()); // direct mode binds the device to the enrolled number
        expectNoFileContains(
            {m_deviceTrustRecord, record.token, m_password.toUtf8(), m_facts.secret.toUtf8()});
        changeNumber(m_numberB, m_numberC, true);
        QCOMPARE(readSecret(SecretKey::directDeviceTrust), SecretStore::Error::NotFound);
        signIn(Expect::CodeThenForget, m_numberC); // the code again, and to the new number
    }

    void nothingSecretNorAnyFullNumberIsInAFile()
    {
        QVERIFY(m_codesUsed.size() >= 7);
        QList<QByteArray> needles{m_password.toUtf8(), m_facts.secret.toUtf8(), m_deviceTrustRecord};
        for (const QString &number : {m_numberA, m_numberB, m_numberC}) {
            needles << number.toUtf8() << number.mid(1).toUtf8();
        }
        for (const QString &code : std::as_const(m_codesUsed)) {
            needles << code.toUtf8();
        }
        expectNoFileContains(needles);
    }
};

QTEST_GUILESS_MAIN(TestChangeNumberProcess)
#include "TestChangeNumberProcess.moc"
