#include "PolicyFolder.h"

#include "PolicyOwnership.h"

#include <QFileInfo>
#include <QTest>
#include <unistd.h>

using namespace latchkey;

/**
 * Which policy paths are trusted on Unix: owned by the trusted owner (root, in the program) and writable by
 * nobody else; a symbolic link only when the link, its target and the target's folder all are.
 */
class TestPolicyOwnership : public QObject
{
    Q_OBJECT

    const uid_t m_me = ::geteuid();

private slots:
    void aFileOnlyItsOwnerCanWriteIsTrusted_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("problem");
        QTest::newRow("0644") << 0644 << QString();
        QTest::newRow("0600") << 0600 << QString();
        QTest::newRow("0444") << 0444 << QString();
        QTest::newRow("0664") << 0664 << QStringLiteral("writable by group or others (mode 0664)");
        QTest::newRow("0642") << 0642 << QStringLiteral("writable by group or others (mode 0642)");
        QTest::newRow("0666") << 0666 << QStringLiteral("writable by group or others (mode 0666)");
        QTest::newRow("4646") << 04646 << QStringLiteral("writable by group or others (mode 4646)");
    }

    void aFileOnlyItsOwnerCanWriteIsTrusted()
    {
        QFETCH(int, mode);
        QFETCH(QString, problem);
        PolicyFolder folder;
        const QString path =
            folder.write(QStringLiteral("policy.conf"), "[Auth]\nCodeLength=8\n", mode_t(mode));
        QCOMPARE(PolicyOwnership(m_me).problem(path), problem);
    }

    void anotherOwnerIsRefused()
    {
        PolicyFolder folder;
        const QString path = folder.write(QStringLiteral("policy.conf"), "[Auth]\nCodeLength=8\n");
        QCOMPARE(PolicyOwnership(m_me + 1).problem(path),
                 QStringLiteral("owned by uid %1, not uid %2").arg(m_me).arg(m_me + 1));
        QCOMPARE(PolicyOwnership(m_me + 1).problem(folder.path()),
                 QStringLiteral("owned by uid %1, not uid %2").arg(m_me).arg(m_me + 1));
    }

    void theProgramTrustsOnlyRoot()
    {
        // What the program says of a file that is not root's: as root, give one away; otherwise it is ours.
        PolicyFolder folder;
        const QString path = folder.write(QStringLiteral("policy.conf"), "[Auth]\nCodeLength=8\n");
        uid_t owner = m_me;
        if (m_me == 0) {
            owner = 65534;
            QCOMPARE(::chown(QFile::encodeName(path).constData(), owner, gid_t(-1)), 0);
        }
        QCOMPARE(PolicyOwnership(0).problem(path), QStringLiteral("owned by uid %1, not root").arg(owner));
        // Root's own files are trusted.
        QCOMPARE(PolicyOwnership(0).problem(QStringLiteral("/")), QString());
    }

    void aMissingPathIsNotAProblem()
    {
        PolicyFolder folder;
        QCOMPARE(PolicyOwnership(m_me).problem(folder.path(QStringLiteral("policy.conf"))), QString());
        QCOMPARE(PolicyOwnership(m_me).problem(folder.path(QStringLiteral("policy.d"))), QString());
    }

    void aLinkIsCheckedWithItsTargetAndTheTargetsFolder()
    {
        PolicyFolder folder;
        QVERIFY(QDir(folder.path()).mkdir(QStringLiteral("shared")));
        folder.setMode(QStringLiteral("shared"), 0755);
        const QString target = folder.write(QStringLiteral("shared/policy.ini"), "[Auth]\nCodeLength=8\n");
        const QString canonical = QFileInfo(target).canonicalFilePath();
        const QString link = folder.path(QStringLiteral("policy.conf"));
        QVERIFY(QFile::link(target, link));
        QCOMPARE(PolicyOwnership(m_me).problem(link), QString());

        folder.setMode(QStringLiteral("shared/policy.ini"), 0666);
        QCOMPARE(PolicyOwnership(m_me).problem(link),
                 QStringLiteral("links to %1: writable by group or others (mode 0666)").arg(canonical));
        folder.setMode(QStringLiteral("shared/policy.ini"), 0644);

        // Whoever can write the target's folder can put another file in its place.
        folder.setMode(QStringLiteral("shared"), 0777);
        QCOMPARE(PolicyOwnership(m_me).problem(link),
                 QStringLiteral("links into %1: writable by group or others (mode 0777)")
                     .arg(QFileInfo(canonical).path()));
        folder.setMode(QStringLiteral("shared"), 0755);

        QCOMPARE(PolicyOwnership(m_me + 1).problem(link),
                 QStringLiteral("is a symbolic link owned by uid %1, not uid %2").arg(m_me).arg(m_me + 1));
    }

    void aBrokenLinkIsRefused()
    {
        PolicyFolder folder;
        const QString link = folder.path(QStringLiteral("policy.conf"));
        QVERIFY(QFile::link(folder.path(QStringLiteral("gone.ini")), link));
        QCOMPARE(PolicyOwnership(m_me).problem(link),
                 QStringLiteral("is a symbolic link that cannot be followed: No such file or directory"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyOwnership)
#include "TestPolicyOwnership.moc"
