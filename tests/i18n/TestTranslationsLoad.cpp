#include "ExitCode.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTest>
#include <QXmlStreamReader>

using namespace latchkey;

/**
 * The real latchkey executable speaks German, Spanish and French when LANG and LC_ALL name the language,
 * and English in the C locale: --help and the terminal prompts show the translations written in the .ts
 * files (read here, so the test follows them), which the build compiles into the executable.
 */
class TestTranslationsLoad : public QObject
{
    Q_OBJECT

    // The description's first words; the rest, and every translation, come from the .ts files.
    static QString descriptionStart() { return QStringLiteral("Latchkey signs you in"); }

    /** The finished singular translations of latchkey_<language>.ts, by English source text. */
    static QHash<QString, QString> finishedTranslations(const QString &language)
    {
        QHash<QString, QString> result;
        QFile file(QStringLiteral(LATCHKEY_TRANSLATIONS_DIR "/latchkey_%1.ts").arg(language));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning().noquote() << "cannot read" << file.fileName();
            return result;
        }
        QXmlStreamReader xml(&file);
        QString source;
        bool numerus = false;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement) {
                continue;
            }
            if (xml.name() == QLatin1String("message")) {
                source.clear();
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const bool finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                if (numerus) {
                    xml.skipCurrentElement();
                    continue;
                }
                const QString text = xml.readElementText();
                if (finished && !text.isEmpty()) {
                    result.insert(source, text);
                }
            }
        }
        if (xml.hasError()) {
            qWarning().noquote() << file.fileName() << "is not valid XML:" << xml.errorString();
            result.clear();
        }
        return result;
    }

    static QProcessEnvironment environmentFor(const QString &locale)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // LANGUAGE and LC_MESSAGES would win over LANG and LC_ALL; no display is needed for either mode.
        for (const char *name :
             {"LANGUAGE", "LC_MESSAGES", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
            environment.remove(QString::fromLatin1(name));
        }
        environment.insert(QStringLiteral("LANG"), locale);
        environment.insert(QStringLiteral("LC_ALL"), locale);
        return environment;
    }

    /** latchkey --help in the locale, with all runs of white space (line wrapping) made single spaces. */
    static QString helpIn(const QString &locale)
    {
        QProcess process;
        process.setProcessEnvironment(environmentFor(locale));
        process.start(QStringLiteral(LATCHKEY_BINARY), {QStringLiteral("--help")});
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            qWarning("latchkey --help did not finish");
            return QString();
        }
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            qWarning().noquote() << "latchkey --help failed:" << process.readAllStandardError();
            return QString();
        }
        return QString::fromUtf8(process.readAllStandardOutput()).simplified();
    }

    /** Reads the process's stderr until it contains text; returns everything read. */
    static QString readStderrUntil(QProcess &process, const QString &text)
    {
        QString seen;
        QElapsedTimer timer;
        timer.start();
        while (!seen.contains(text) && timer.elapsed() < 20000) {
            process.waitForReadyRead(200);
            seen += QString::fromUtf8(process.readAllStandardError());
            if (process.state() == QProcess::NotRunning) {
                seen += QString::fromUtf8(process.readAllStandardError());
                break;
            }
        }
        return seen;
    }

    /** Reads stderr into `seen` until what came after `from` ends with a prompt (": " or "] "). */
    static bool waitForPrompt(QProcess &process, QString &seen, qsizetype from)
    {
        QElapsedTimer timer;
        timer.start();
        const auto prompted = [&] {
            return seen.size() > from &&
                   (seen.endsWith(QLatin1String(": ")) || seen.endsWith(QLatin1String("] ")));
        };
        while (!prompted() && timer.elapsed() < 20000 && process.state() == QProcess::Running) {
            process.waitForReadyRead(200);
            seen += QString::fromUtf8(process.readAllStandardError());
        }
        return prompted();
    }

private slots:
    void helpIsInTheLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de");
        QTest::newRow("Spanish") << QStringLiteral("es_ES.UTF-8") << QStringLiteral("es");
        QTest::newRow("French") << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("fr");
    }

    void helpIsInTheLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        const QHash<QString, QString> translations = finishedTranslations(language);
        QVERIFY2(!translations.isEmpty(), "the .ts file has no finished translations");
        const QString english = helpIn(QStringLiteral("C.UTF-8"));
        QString description;
        for (auto it = translations.cbegin(); it != translations.cend(); ++it) {
            if (it.key().startsWith(descriptionStart()) && english.contains(it.key().simplified())) {
                description = it.key();
            }
        }
        QVERIFY2(!description.isEmpty(),
                 qPrintable(QStringLiteral("latchkey_%1.ts has no finished translation of the description "
                                           "latchkey --help shows (run the update_translations target)")
                                .arg(language)));
        const QString localised = helpIn(locale);

        // Every sentence of the English help that the .ts file translates (the description and the
        // options) shows up translated.
        QStringList untranslated;
        int sentences = 0;
        for (auto it = translations.cbegin(); it != translations.cend(); ++it) {
            const QString source = it.key().simplified();
            if (source.size() < 20 || !english.contains(source) || it.value() == it.key()) {
                continue;
            }
            ++sentences;
            if (!localised.contains(it.value().simplified())) {
                untranslated.append(QStringLiteral("\"%1…\"").arg(source.left(50)));
            }
        }
        QVERIFY2(sentences >= 5,
                 "the English help shows fewer sentences from the .ts file than it has options");
        QVERIFY2(localised.contains(translations.value(description).simplified()),
                 qPrintable(QStringLiteral("the description is not in %1; untranslated in --help: %2")
                                .arg(language, untranslated.join(QStringLiteral(", ")))));
        QVERIFY2(!localised.contains(description.simplified()), "the English description is still there");
        QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("untranslated in --help: ") +
                                                    untranslated.join(QStringLiteral(", "))));
    }

    void terminalPromptsInTheLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de");
        QTest::newRow("Spanish") << QStringLiteral("es_ES.UTF-8") << QStringLiteral("es");
        QTest::newRow("French") << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("fr");
        QTest::newRow("English (C locale)") << QStringLiteral("C.UTF-8") << QString();
    }

    void terminalPromptsInTheLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        const QString greetingSource = QStringLiteral("Latchkey sign-in. Press Ctrl+D to cancel.");
        const QString promptSource = QStringLiteral("Username: ");
        QString greeting = greetingSource;
        QString prompt = promptSource;
        if (!language.isEmpty()) {
            const QHash<QString, QString> translations = finishedTranslations(language);
            greeting = translations.value(greetingSource);
            prompt = translations.value(promptSource);
            QVERIFY2(!greeting.isEmpty() && !prompt.isEmpty(), "the .ts file does not translate the prompts");
            QVERIFY(prompt != promptSource);
        }

        QProcess process;
        process.setProcessEnvironment(environmentFor(locale));
        process.setReadChannel(QProcess::StandardError);
        process.start(QStringLiteral(LATCHKEY_BINARY),
                      {QStringLiteral("--sandbox"), QStringLiteral("--tty")});
        QVERIFY(process.waitForStarted());
        const QString seen = readStderrUntil(process, prompt);
        process.closeWriteChannel(); // end of input cancels the sign-in
        const bool finished = process.waitForFinished(20000);
        if (!finished) {
            process.kill();
            process.waitForFinished();
        }
        QVERIFY2(seen.contains(greeting), qPrintable(seen));
        QVERIFY2(seen.contains(prompt), qPrintable(seen));
        if (!language.isEmpty()) {
            QVERIFY2(!seen.contains(promptSource), "an English prompt appeared");
        }
        QVERIFY2(finished, "latchkey did not end when its input was closed");
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), toInt(ExitCode::Cancelled));
    }

    void theCodeArrivesInTheLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de");
        QTest::newRow("Spanish") << QStringLiteral("es_ES.UTF-8") << QStringLiteral("es");
        QTest::newRow("French") << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("fr");
        QTest::newRow("English (C locale)") << QStringLiteral("C.UTF-8") << QStringLiteral("en");
    }

    void theCodeArrivesInTheLanguage()
    {
        // latchkey --sandbox: the UI's language reaches the sandbox's backend as send-code's locale, and the
        // message it delivers (its "[sandbox]" line: "code N for NUMBER by sms (LANGUAGE): TEXT") is in it.
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QProcess process;
        process.setProcessEnvironment(environmentFor(locale));
        process.setReadChannel(QProcess::StandardError);
        process.start(QStringLiteral(LATCHKEY_BINARY),
                      {QStringLiteral("--sandbox"), QStringLiteral("--tty")});
        QVERIFY(process.waitForStarted());
        // Each answer once its prompt is there: the prompts are in the language, so wait for a prompt's end
        // (": " or "] " with nothing after it) in what has come since the last answer.
        QString seen;
        for (const QByteArray &answer :
             {QByteArray("demo"), QByteArray("latchkey-demo"), QByteArray("n"), QByteArray("+12025550142")}) {
            const qsizetype before = seen.size();
            QVERIFY2(waitForPrompt(process, seen, before), qPrintable(seen));
            process.write(answer + '\n');
        }
        const QRegularExpression delivered(
            QStringLiteral("\\[sandbox\\] code \\d+ for \\S+ by sms \\((\\w+)\\)"));
        QElapsedTimer timer;
        timer.start();
        while (!delivered.match(seen).hasMatch() && timer.elapsed() < 20000 &&
               process.state() == QProcess::Running) {
            process.waitForReadyRead(200);
            seen += QString::fromUtf8(process.readAllStandardError());
        }
        process.closeWriteChannel();
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished();
        }
        const QRegularExpressionMatch match = delivered.match(seen);
        QVERIFY2(match.hasMatch(), qPrintable(seen));
        QCOMPARE(match.captured(1), language);
    }
};

QTEST_GUILESS_MAIN(TestTranslationsLoad)
#include "TestTranslationsLoad.moc"
