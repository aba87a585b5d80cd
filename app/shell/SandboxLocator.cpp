#include "SandboxLocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace latchkey {

QString SandboxLocator::programName()
{
#ifdef Q_OS_WIN
    return QStringLiteral("latchkey-sandbox.exe");
#else
    return QStringLiteral("latchkey-sandbox");
#endif
}

QString SandboxLocator::find(const QString &directory)
{
    if (!directory.isEmpty()) {
        const QFileInfo beside(QDir(directory).filePath(programName()));
        if (beside.isFile() && beside.isExecutable()) {
            return beside.absoluteFilePath();
        }
    }
    return QStandardPaths::findExecutable(QStringLiteral("latchkey-sandbox"));
}

QString SandboxLocator::notInstalledMessage()
{
    return QCoreApplication::translate("main",
                                       "The sandbox is not installed: install the latchkey-sandbox package.");
}

} // namespace latchkey
