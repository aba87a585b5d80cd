#include "SettingsFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#endif

namespace latchkey {

namespace {

bool isLineEnd(char c)
{
    return c == '\n' || c == '\r';
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\v' || c == '\f';
}

/** What is wrong with one line; no message: nothing. */
struct Finding
{
    int line = 0;
    QString message;
};

/** The text by character, with the physical line (ended by \n, \r or \r\n, as QSettings ends them). */
class Cursor
{
public:
    explicit Cursor(QByteArrayView text)
        : m_text(text)
    {}

    bool atEnd() const { return m_position >= m_text.size(); }
    bool atLineEnd() const { return atEnd() || isLineEnd(peek()); }
    char peek() const { return m_text.at(m_position); }
    qsizetype position() const { return m_position; }
    int line() const { return m_line; }
    void advance() { ++m_position; }
    void skipLineEnd()
    {
        if (peek() == '\r' && m_position + 1 < m_text.size() && m_text.at(m_position + 1) == '\n') {
            ++m_position;
        }
        ++m_position;
        ++m_line;
    }
    void skipToLineEnd()
    {
        while (!atLineEnd()) {
            ++m_position;
        }
    }
    void skipBlanks()
    {
        while (!atEnd() && isBlank(peek())) {
            ++m_position;
        }
    }

private:
    QByteArrayView m_text;
    qsizetype m_position = 0;
    int m_line = 1;
};

QString unclosedQuote()
{
    return QCoreApplication::translate("Settings", "a quotation mark (\") is not closed on its line");
}

/** "[Name]", then blanks and at most a ";" comment. QSettings fails the whole file on a missing "]". */
Finding section(Cursor &at)
{
    const int line = at.line();
    at.advance(); // '['
    int nameLength = 0;
    while (true) {
        if (at.atLineEnd()) {
            return {line, QCoreApplication::translate("Settings", "a section name must end with \"]\"")};
        }
        const char c = at.peek();
        if (c == ']') {
            break;
        }
        if (c == '"' || c == ';') {
            // QSettings would read a quote as the start of a value that runs on, a ';' as the line's end.
            return {
                line,
                QCoreApplication::translate("Settings", "a section name cannot hold %1").arg(QLatin1Char(c))};
        }
        if (!isBlank(c)) {
            ++nameLength;
        }
        at.advance();
    }
    at.advance(); // ']'
    if (nameLength == 0) {
        return {line, QCoreApplication::translate("Settings", "a section has no name")};
    }
    at.skipBlanks();
    if (!at.atLineEnd() && at.peek() != ';') {
        return {line, QCoreApplication::translate(
                          "Settings", "text after the section's \"]\" (QSettings would ignore it)")};
    }
    at.skipToLineEnd();
    return {};
}

/**
 * "Key=value" as QSettings reads it: a backslash escapes the next character (a line end too: the line goes
 * on), quotes hold '=' and ';', and ';' outside quotes starts a comment. With `needsEquals` false this is a
 * '#' comment, which QSettings reads as a key of its own (and is skipped): nothing may run on past its line.
 */
Finding keyValue(Cursor &at, bool needsEquals)
{
    const int line = at.line();
    bool inQuotes = false;
    bool sawEquals = false;
    while (!at.atEnd()) {
        const char c = at.peek();
        if (c == '\\') {
            at.advance();
            if (at.atEnd()) {
                break;
            }
            if (isLineEnd(at.peek())) {
                if (!needsEquals) {
                    return {at.line(),
                            QCoreApplication::translate(
                                "Settings", "a '#' comment that ends in a backslash (\\) would hide the "
                                            "next line")};
                }
                at.skipLineEnd();
            } else {
                at.advance();
            }
            continue;
        }
        if (isLineEnd(c)) {
            break;
        }
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && c == ';') {
            at.skipToLineEnd();
            break;
        } else if (!inQuotes && c == '=') {
            sawEquals = true;
        }
        at.advance();
    }
    if (inQuotes) {
        return {at.line(), unclosedQuote()};
    }
    if (needsEquals && !sawEquals) {
        return {line,
                QCoreApplication::translate(
                    "Settings", "is not a section ([Name]), a setting (Key=value) or a comment (; or #)")};
    }
    return {};
}

QString tooLarge(qint64 size)
{
    return QCoreApplication::translate("Settings", "is larger than 1 MiB (%1 bytes): not read").arg(size);
}

QString unreadable(const QString &reason)
{
    return QCoreApplication::translate("Settings", "cannot be read: %1").arg(reason);
}

} // namespace

QString SettingsFile::read(const QString &path, QByteArray *contents)
{
    contents->clear();
    qint64 size = 0;
#ifdef Q_OS_UNIX
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        return unreadable(QString::fromLocal8Bit(std::strerror(errno)));
    }
    if (S_ISDIR(status.st_mode)) {
        return QCoreApplication::translate("Settings", "is a directory, not a settings file");
    }
    if (S_ISFIFO(status.st_mode)) {
        return QCoreApplication::translate("Settings",
                                           "is a named pipe (FIFO), not a settings file: not opened");
    }
    if (S_ISCHR(status.st_mode) || S_ISBLK(status.st_mode)) {
        return QCoreApplication::translate("Settings", "is a device, not a settings file: not opened");
    }
    if (S_ISSOCK(status.st_mode)) {
        return QCoreApplication::translate("Settings", "is a socket, not a settings file: not opened");
    }
    if (!S_ISREG(status.st_mode)) {
        return QCoreApplication::translate("Settings", "is not a regular file: not opened");
    }
    size = status.st_size;
#else
    const QFileInfo info(path);
    if (info.isDir()) {
        return QCoreApplication::translate("Settings", "is a directory, not a settings file");
    }
    if (!info.isFile()) {
        return QCoreApplication::translate("Settings", "is not a regular file: not opened");
    }
    size = info.size();
#endif
    if (size > maximumSize) {
        return tooLarge(size);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return unreadable(file.errorString());
    }
    *contents = file.read(maximumSize + 1); // one byte more: a file that grew since is refused too
    if (file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        contents->clear();
        return unreadable(reason);
    }
    if (contents->size() > maximumSize) {
        contents->clear();
        return tooLarge(file.size());
    }
    return QString();
}

QString SettingsFile::syntaxProblem(QByteArrayView text)
{
    if (text.startsWith("\xef\xbb\xbf")) {
        text = text.sliced(3); // UTF-8's byte order mark, which QSettings skips too
    }
    Finding finding;
    const qsizetype nul = text.indexOf('\0');
    if (nul >= 0) {
        Cursor counter(text.first(nul));
        while (!counter.atEnd()) {
            if (isLineEnd(counter.peek())) {
                counter.skipLineEnd();
            } else {
                counter.advance();
            }
        }
        finding = {counter.line(),
                   QCoreApplication::translate("Settings", "holds a NUL byte: this is not a text file")};
    }
    Cursor at(text);
    while (!at.atEnd() && finding.message.isEmpty()) {
        const char c = at.peek();
        if (isLineEnd(c)) {
            at.skipLineEnd();
        } else if (isBlank(c)) {
            at.advance();
        } else if (c == ';') {
            at.skipToLineEnd();
        } else if (c == '[') {
            finding = section(at);
        } else if (c == '=') {
            finding = {at.line(), QCoreApplication::translate("Settings", "a key is missing before \"=\"")};
        } else {
            finding = keyValue(at, c != '#');
        }
    }
    return finding.message.isEmpty() ? QString()
                                     : QCoreApplication::translate("Settings", "line %1: %2")
                                           .arg(finding.line)
                                           .arg(finding.message);
}

} // namespace latchkey
