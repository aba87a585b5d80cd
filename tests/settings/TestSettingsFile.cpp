#include "SettingsFile.h"

#include <QFile>
#include <QLocalServer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace latchkey;

/**
 * What a settings file must be before QSettings reads it: a regular file of at most 1 MiB whose every line
 * reads as it looks. Valid files as QSettings reads them stay valid (each is also read by QSettings here, so
 * the two agree); every way a line is dropped or swallowed by QSettings is named with its line.
 */
class TestSettingsFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_directory;

    QString write(const QString &name, const QByteArray &contents)
    {
        const QString path = m_directory.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(contents) != contents.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

private slots:
    void validFilesStayValid_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("value"); // as QSettings reads it
        QTest::newRow("plain") << QByteArray("[Auth]\nCodeLength=6\n") << QByteArray("Auth/CodeLength")
                               << QByteArray("6");
        QTest::newRow("no final line end")
            << QByteArray("[Auth]\nCodeLength=6") << QByteArray("Auth/CodeLength") << QByteArray("6");
        QTest::newRow("empty file") << QByteArray() << QByteArray() << QByteArray();
        QTest::newRow("blank lines and indents") << QByteArray("\n\n  [Auth]  \n\t CodeLength = 6 \n\n")
                                                 << QByteArray("Auth/CodeLength") << QByteArray("6");
        QTest::newRow("CRLF and BOM") << QByteArray("\xef\xbb\xbf[Auth]\r\nCodeLength=6\r\n")
                                      << QByteArray("Auth/CodeLength") << QByteArray("6");
        QTest::newRow("old Mac line ends")
            << QByteArray("[Auth]\rCodeLength=6\r") << QByteArray("Auth/CodeLength") << QByteArray("6");
        QTest::newRow("; comments") << QByteArray(
                                           "; top\n[Auth] ; trailing\n  ; indented\nCodeLength=6 ; why\n")
                                    << QByteArray("Auth/CodeLength") << QByteArray("6");
        QTest::newRow("# comments") << QByteArray("# top\n[Auth]\n# CodeLength=8 \"quoted\"\nCodeLength=6\n")
                                    << QByteArray("Auth/CodeLength") << QByteArray("6");
        QTest::newRow("empty value") << QByteArray("[Server]\nUrl=\n") << QByteArray("Server/Url")
                                     << QByteArray("");
        QTest::newRow("quotes hold ; and =")
            << QByteArray("[UI]\nHelpDeskText=\"Call 555-0100; ask for a=b\"\n")
            << QByteArray("UI/HelpDeskText") << QByteArray("Call 555-0100; ask for a=b");
        QTest::newRow("escaped quote") << QByteArray("[UI]\nHelpDeskText=say \\\"hi\\\"\n")
                                       << QByteArray("UI/HelpDeskText") << QByteArray("say \"hi\"");
        QTest::newRow("escapes") << QByteArray("[UI]\nHelpDeskText=a\\tb\\nc\n")
                                 << QByteArray("UI/HelpDeskText") << QByteArray("a\tb\nc");
        QTest::newRow("continuation") << QByteArray("[UI]\nHelpDeskText=Call \\\n555-0100\n")
                                      << QByteArray("UI/HelpDeskText") << QByteArray("Call 555-0100");
        QTest::newRow("continuation in quotes") << QByteArray("[UI]\nHelpDeskText=\"a;\\\nb\"\n")
                                                << QByteArray("UI/HelpDeskText") << QByteArray("a;b");
        QTest::newRow("a value with = and [")
            << QByteArray("[Server]\nUrl=http://[::1]:8080/?a=b\n") << QByteArray("Server/Url")
            << QByteArray("http://[::1]:8080/?a=b");
        QTest::newRow("general section")
            << QByteArray("[General]\nx=1\n") << QByteArray("x") << QByteArray("1");
        QTest::newRow("percent-escaped section")
            << QByteArray("[%55I]\nLanguage=de\n") << QByteArray("UI/Language") << QByteArray("de");
    }

    void validFilesStayValid()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, value);
        QCOMPARE(SettingsFile::syntaxProblem(text), QString());
        const QString path =
            write(QStringLiteral("valid-%1.conf").arg(QString::fromLatin1(QTest::currentDataTag())), text);
        QByteArray contents;
        QCOMPARE(SettingsFile::read(path, &contents), QString());
        QCOMPARE(contents, text);
        const QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(settings.status(), QSettings::NoError);
        if (!key.isEmpty()) {
            QCOMPARE(settings.value(QString::fromUtf8(key)).toString(), QString::fromUtf8(value));
        }
    }

    void theExamplePolicyIsValid()
    {
        QFile example(QStringLiteral(LATCHKEY_POLICY_EXAMPLE));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QCOMPARE(SettingsFile::syntaxProblem(example.readAll()), QString());
    }

    void theFirstBadLineIsNamed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("problem");
        // What QSettings does with each is said after it: each loses or unlocks a key without a word.
        QTest::newRow("unclosed section") // the whole file dropped (FormatError)
            << QByteArray("; policy\n[Server]\n[Auth\nCodeLength=6\n")
            << QByteArray("line 3: a section name must end with \"]\"");
        QTest::newRow("no =") // the line skipped, status NoError
            << QByteArray("[Auth]\nCodeLength=6\nRememberMeAllowed false\n")
            << QByteArray("line 3: is not a section ([Name]), a setting (Key=value) or a comment (; or #)");
        QTest::newRow("no key") << QByteArray("[Auth]\n=6\n")
                                << QByteArray("line 2: a key is missing before \"=\"");
        QTest::newRow("no section name")
            << QByteArray("[ ]\nx=1\n") << QByteArray("line 1: a section has no name");
        QTest::newRow("text after the section") // ignored
            << QByteArray("[Server] Mode=backend\n")
            << QByteArray("line 1: text after the section's \"]\" (QSettings would ignore it)");
        QTest::newRow("quote in a section") // the rest of the file becomes its name
            << QByteArray("[Server]\n[A\"uth]\nCodeLength=6\n")
            << QByteArray("line 2: a section name cannot hold \"");
        QTest::newRow("unclosed quote") // the value runs on over the next lines
            << QByteArray("[UI]\nHelpDeskText=\"Call us\n[Server]\nAllowSandbox=false\n")
            << QByteArray("line 2: a quotation mark (\") is not closed on its line");
        QTest::newRow("quote in a # comment") // the next lines become part of a key named "# ..."
            << QByteArray("[Server]\n# don't use \"quotes\n AllowSandbox=false\n")
            << QByteArray("line 2: a quotation mark (\") is not closed on its line");
        QTest::newRow("backslash ends a # comment")
            << QByteArray("[Server]\n# C:\\\nAllowSandbox=false\n")
            << QByteArray("line 2: a '#' comment that ends in a backslash (\\) would hide the next line");
        QTest::newRow("NUL byte") << QByteArray("[Server]\nMode=back\0end\n", 24)
                                  << QByteArray("line 2: holds a NUL byte: this is not a text file");
        QTest::newRow("lines counted through CRLF and continuations")
            << QByteArray("[UI]\r\nHelpDeskText=a\\\r\nb\r\n\r\n[Auth\r\n")
            << QByteArray("line 5: a section name must end with \"]\"");
    }

    void theFirstBadLineIsNamed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, problem);
        QCOMPARE(SettingsFile::syntaxProblem(text), QString::fromUtf8(problem));
    }

    void onlyRegularFilesAreOpened()
    {
        QByteArray contents;
        QVERIFY(m_directory.path() != QString());
        QCOMPARE(SettingsFile::read(m_directory.path(), &contents),
                 QStringLiteral("is a directory, not a settings file"));
#ifdef Q_OS_UNIX
        // Opening either would block (a FIFO without a writer) or never end (a device): refused unopened.
        const QString fifo = m_directory.filePath(QStringLiteral("fifo.conf"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QCOMPARE(SettingsFile::read(fifo, &contents),
                 QStringLiteral("is a named pipe (FIFO), not a settings file: not opened"));
        QCOMPARE(SettingsFile::read(QStringLiteral("/dev/zero"), &contents),
                 QStringLiteral("is a device, not a settings file: not opened"));
        QLocalServer socket;
        QLocalServer::removeServer(m_directory.filePath(QStringLiteral("socket.conf")));
        QVERIFY(socket.listen(m_directory.filePath(QStringLiteral("socket.conf"))));
        QCOMPARE(SettingsFile::read(socket.fullServerName(), &contents),
                 QStringLiteral("is a socket, not a settings file: not opened"));
#endif
        QVERIFY(contents.isEmpty());
    }

    void filesOverOneMebibyteAreNotRead()
    {
        // Comment lines: a valid file, refused for its size alone.
        QByteArray text(SettingsFile::maximumSize, ' ');
        for (qsizetype i = 0; i < text.size(); i += 64) {
            text[i] = ';';
            text[i + 63] = '\n';
        }
        QByteArray contents;
        QCOMPARE(SettingsFile::read(write(QStringLiteral("exactly.conf"), text), &contents), QString());
        QCOMPARE(contents.size(), SettingsFile::maximumSize);
        QCOMPARE(SettingsFile::read(write(QStringLiteral("larger.conf"), text + '\n'), &contents),
                 QStringLiteral("is larger than 1 MiB (1048577 bytes): not read"));
        QVERIFY(contents.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSettingsFile)
#include "TestSettingsFile.moc"
