#pragma once

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>

namespace latchkey::testing {

/** One readable file and what it holds. */
struct FileContents
{
    QString name;
    QByteArray contents;
};

/**
 * Every readable file under the test's private home and its XDG siblings ($LATCHKEY_TEST_HOME/.., set by
 * tests/run-with-keyring.sh), for checks that nothing secret lands in a plain file.
 */
inline QList<FileContents> filesAroundTestHome()
{
    const QString home = qEnvironmentVariable("LATCHKEY_TEST_HOME");
    if (home.isEmpty()) {
        qFatal("LATCHKEY_TEST_HOME is not set: run through tests/run-with-keyring.sh (ctest does this)");
    }
    QList<FileContents> found;
    QDirIterator files(QDir(home).absolutePath() + QStringLiteral("/.."), QDir::Files | QDir::Hidden,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly)) {
            found.append({file.fileName(), file.readAll()});
        }
    }
    return found;
}

/** Writes the settings file the run-with-keyring tests start from (creating its folder). */
inline bool writeSettingsFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).path()) && file.open(QIODevice::WriteOnly) &&
           file.write(contents) == contents.size();
}

/**
 * Checks that the test runs under tests/run-with-keyring.sh and writes latchkey's user settings file in its
 * private XDG_CONFIG_HOME; returns the file's path, or an empty string and `why`.
 */
inline QString writeUserSettings(const QByteArray &contents, QByteArray *why)
{
    if (!qEnvironmentVariableIsSet("LATCHKEY_TEST_HOME")) {
        *why = "run through tests/run-with-keyring.sh (ctest does this)";
        return QString();
    }
    const QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty()) {
        *why = "tests/run-with-keyring.sh sets XDG_CONFIG_HOME";
        return QString();
    }
    const QString path = config + QStringLiteral("/Latchkey/latchkey.conf");
    if (!writeSettingsFile(path, contents)) {
        *why = "cannot write " + path.toLocal8Bit();
        return QString();
    }
    return path;
}

} // namespace latchkey::testing
