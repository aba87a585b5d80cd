// latchkey-sandbox: the Verify and backend emulators on loopback, for trying the app or a client by hand.

#include "core/Logging.h"
#include "sandbox/BackendEmulator.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    latchkey::installMessageHandler(); // outbox lines go to stderr as "[sandbox] ..."
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("latchkey-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LATCHKEY_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Local Twilio Verify v2 and backend sandbox for Latchkey. Codes are printed to stderr."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 to listen on (default: any free port)."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(portOption);
    parser.process(app);

    bool portIsNumber = false;
    const uint port = parser.value(portOption).toUInt(&portIsNumber);
    if (!portIsNumber || port > 65535) {
        qCCritical(lcSandbox) << "--port wants a number from 0 to 65535";
        return 2;
    }

    latchkey::SandboxServer server;
    if (!server.listen(static_cast<quint16>(port)))
        return 1;

    // Machine-readable facts on stdout; everything else (outbox, warnings) is on stderr.
    const latchkey::DemoAccount demo = latchkey::BackendEmulator::demoAccount();
    QTextStream out(stdout);
    out << "base_url=" << server.baseUrl().toString() << '\n'
        << "demo_username=" << demo.username << '\n'
        << "demo_password=" << demo.password << '\n'
        << "demo_phone=" << demo.phone << '\n'
        << "verify_service_sid=" << latchkey::SandboxServer::serviceSid() << '\n'
        << "verify_api_key_sid=" << latchkey::SandboxServer::apiKeySid() << '\n'
        << "verify_api_key_secret=" << latchkey::SandboxServer::apiKeySecret() << '\n';
    out.flush();

    return app.exec();
}
