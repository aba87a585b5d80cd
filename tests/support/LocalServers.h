#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace latchkey::test {

// A test-only certificate authority and a certificate it issued for 127.0.0.1 and localhost, valid 2000 to
// 2100 (openssl ca -startdate/-enddate). Nothing outside these tests trusts them.
inline constexpr char caCertificate[] = "-----BEGIN CERTIFICATE-----\n"
                                        "MIIBajCCARCgAwIBAgICEAAwCgYIKoZIzj0EAwIwGzEZMBcGA1UEAwwQTGF0Y2hr\n"
                                        "ZXkgVGVzdCBDQTAgFw0wMDAxMDEwMDAwMDBaGA8yMTAwMDEwMTAwMDAwMFowGzEZ\n"
                                        "MBcGA1UEAwwQTGF0Y2hrZXkgVGVzdCBDQTBZMBMGByqGSM49AgEGCCqGSM49AwEH\n"
                                        "A0IABGHUZYG20mBp2b5xAe6ZGGL1Fyb2gPTiA31OqoZJq9rWbmGRX6oYoqLXykax\n"
                                        "MXVFB1p5BY3Y8FBUEmXq3HzvauujQjBAMA8GA1UdEwEB/wQFMAMBAf8wDgYDVR0P\n"
                                        "AQH/BAQDAgEGMB0GA1UdDgQWBBQwNj9eZlNSW16h5MKXZosPHvzojDAKBggqhkjO\n"
                                        "PQQDAgNIADBFAiEA5vDfQIzplURUgmdIV63rNEAbYxM/0rptpl3b4efSmHkCIGV+\n"
                                        "S2dq6ViSIXkuOiK7WEzbC13DIxkiyoxQrsV3keLy\n"
                                        "-----END CERTIFICATE-----\n";
inline constexpr char serverCertificate[] =
    "-----BEGIN CERTIFICATE-----\n"
    "MIIBnjCCAUWgAwIBAgICEAEwCgYIKoZIzj0EAwIwGzEZMBcGA1UEAwwQTGF0Y2hr\n"
    "ZXkgVGVzdCBDQTAgFw0wMDAxMDEwMDAwMDBaGA8yMTAwMDEwMTAwMDAwMFowFDES\n"
    "MBAGA1UEAwwJMTI3LjAuMC4xMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEaYke\n"
    "8k2h+eynrpEJCFeWpdlJ8kzO5B/NKoRLXezv2WP+Ns34ZPJx886k+2UEfQ4xe7H8\n"
    "c3Aao06l8TUK6j0iGKN+MHwwGgYDVR0RBBMwEYcEfwAAAYIJbG9jYWxob3N0MAkG\n"
    "A1UdEwQCMAAwEwYDVR0lBAwwCgYIKwYBBQUHAwEwHwYDVR0jBBgwFoAUMDY/XmZT\n"
    "UlteoeTCl2aLDx786IwwHQYDVR0OBBYEFNOfLENHideV3WgLkx2QtGLpKHQ6MAoG\n"
    "CCqGSM49BAMCA0cAMEQCIByGlcyumftgLdFUd1wkLubLpKC1joTkQTAVvYE+y4CH\n"
    "AiBNznzPbQU0bf7tH1YJqC8RNWR0lGj9QrEPBQBHkhDbGg==\n"
    "-----END CERTIFICATE-----\n";
inline constexpr char serverKey[] = "-----BEGIN PRIVATE KEY-----\n"
                                    "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgvTwK7puzckUDpItM\n"
                                    "mt2dDq5yOc3SqBMFaqZjnxauBhChRANCAARpiR7yTaH57KeukQkIV5al2UnyTM7k\n"
                                    "H80qhEtd7O/ZY/42zfhk8nHzzqT7ZQR9DjF7sfxzcBqjTqXxNQrqPSIY\n"
                                    "-----END PRIVATE KEY-----\n";

/**
 * A loopback server for network tests: plain or TLS, answering every request with 204 No Content (at once
 * or after 600 ms), taking the request and never answering, or accepting the connection and never saying
 * anything (not even TLS). It records the first line of each request (a proxy sees "GET http://host/
 * HTTP/1.1").
 */
class LocalServer : public QObject
{
public:
    enum class Behaviour { Answer, AnswerLate, NeverAnswer, Silent };

    explicit LocalServer(bool tls = false, Behaviour behaviour = Behaviour::Answer)
        : m_tls(tls)
        , m_behaviour(behaviour)
    {
        if (tls) {
            auto *server = new QSslServer(this);
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.setLocalCertificate(QSslCertificate(QByteArray(serverCertificate)));
            configuration.setPrivateKey(QSslKey(QByteArray(serverKey), QSsl::Ec));
            configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
            server->setSslConfiguration(configuration);
            m_server = server;
        } else {
            m_server = new QTcpServer(this);
        }
        QObject::connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                serve(socket);
            }
        });
    }

    bool listen() { return m_server->listen(QHostAddress::LocalHost); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                        .arg(m_server->serverPort()));
    }
    quint16 port() const { return m_server->serverPort(); }
    QStringList requestLines;

private:
    void serve(QTcpSocket *socket)
    {
        if (m_behaviour == Behaviour::Silent) {
            return; // the socket stays open and quiet
        }
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            if (!buffer->contains("\r\n\r\n")) {
                return;
            }
            requestLines.append(QString::fromLatin1(buffer->left(buffer->indexOf("\r\n"))));
            buffer->clear();
            auto answer = [socket] {
                socket->write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            };
            if (m_behaviour == Behaviour::Answer) {
                answer();
            } else if (m_behaviour == Behaviour::AnswerLate) {
                QTimer::singleShot(600, socket, answer);
            }
        });
    }

    bool m_tls;
    Behaviour m_behaviour;
    QTcpServer *m_server;
};

} // namespace latchkey::test
