#include "Logging.h"

#include <cstdio>
#include <cstring>

Q_LOGGING_CATEGORY(lcFlow, "latchkey.flow", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "latchkey.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "latchkey.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "latchkey.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "latchkey.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "latchkey.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxOutbox, latchkey::sandboxOutboxCategoryName, QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "latchkey.sandbox", QtWarningMsg)

namespace latchkey {

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "";
}

namespace {

void writeMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray text = message.toLocal8Bit();
    if (context.category && std::strcmp(context.category, sandboxOutboxCategoryName) == 0) {
        std::fprintf(stderr, "[sandbox] %s\n", text.constData());
    } else {
        const char *category = context.category ? context.category : "default";
        std::fprintf(stderr, "latchkey: %s: %s: %s\n", category, levelName(type), text.constData());
    }
    std::fflush(stderr);
}

} // namespace

void installMessageHandler()
{
    qInstallMessageHandler(writeMessage);
}

} // namespace latchkey
