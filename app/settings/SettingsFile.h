#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace latchkey {

/**
 * A settings file looked at before QSettings reads it. QSettings opens whatever it is given (a FIFO blocks
 * the launch, a device never ends), parses any size (a large file took 24 s) and drops, without saying
 * where, lines it cannot read or a whole file with one bad section line. So only a regular file of at most
 * maximumSize bytes is read, and every line must be a section, a key=value pair, a comment or blank, as
 * QSettings' INI reader reads them, or the first line that is not is named.
 */
class SettingsFile
{
public:
    static constexpr qint64 maximumSize = 1024 * 1024;

    /**
     * Reads `path` into *contents. Empty when it is a regular file of at most maximumSize bytes that could
     * be read; otherwise why not. The type and size are checked before the file is opened.
     */
    static QString read(const QString &path, QByteArray *contents);
    /** Empty when every line reads as it looks; otherwise "line N: what is wrong" for the first that does
     * not.
     */
    static QString syntaxProblem(QByteArrayView text);
};

} // namespace latchkey
