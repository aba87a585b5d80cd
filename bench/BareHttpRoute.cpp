// The floor of the sandbox load benchmark (bench/sandbox-load.py): QHttpServer with the three routes the
// benchmark calls, each answering a fixed JSON body. No state, no parsing, no checks: what this stack costs
// per request before the sandbox does anything. Prints base_url=... on stdout, as latchkey-sandbox does.
#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QHttpServer server;
    const QJsonObject verification{
        {QStringLiteral("sid"), QStringLiteral("VE00000000000000000000000000000000")},
        {QStringLiteral("service_sid"), QStringLiteral("VA00000000000000000000000000000000")},
        {QStringLiteral("account_sid"), QStringLiteral("AC00000000000000000000000000000000")},
        {QStringLiteral("to"), QStringLiteral("+15550000000")},
        {QStringLiteral("channel"), QStringLiteral("sms")},
        {QStringLiteral("status"), QStringLiteral("pending")},
        {QStringLiteral("valid"), false},
    };
    server.route(QStringLiteral("/v2/Services/<arg>/Verifications"), QHttpServerRequest::Method::Post,
                 [verification](const QString &) {
                     return QHttpServerResponse(verification, QHttpServerResponse::StatusCode::Created);
                 });
    server.route(QStringLiteral("/v2/Services/<arg>/VerificationCheck"), QHttpServerRequest::Method::Post,
                 [verification](const QString &) { return QHttpServerResponse(verification); });
    const QJsonArray messages{QJsonObject{
        {QStringLiteral("to"), QStringLiteral("+15550000000")},
        {QStringLiteral("channel"), QStringLiteral("sms")},
        {QStringLiteral("code"), QStringLiteral("123456")},
        {QStringLiteral("locale"), QStringLiteral("en")},
        {QStringLiteral("text"), QStringLiteral("Your verification code is: 123456")},
    }};
    server.route(QStringLiteral("/sandbox/messages"), QHttpServerRequest::Method::Get,
                 [messages] { return QHttpServerResponse(messages); });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    if (port == 0) {
        return 1;
    }
    QTextStream(stdout) << "base_url=http://127.0.0.1:" << port << Qt::endl;
    return app.exec();
}
