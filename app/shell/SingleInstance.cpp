#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>

Q_LOGGING_CATEGORY(lcInstance, "latchkey.instance", QtInfoMsg)

namespace latchkey {

namespace {

const QByteArray raiseRequest = QByteArrayLiteral("raise\n");
const QByteArray raisedAnswer = QByteArrayLiteral("raised\n");

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_key(key)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        // Something listens but does not answer (a hung instance): start anyway rather than leave the user
        // with nothing; its socket is not ours to remove.
        qCWarning(lcInstance) << "the running instance did not answer; starting another";
        if (m_probe) {
            m_probe->abort();
            m_probe->deleteLater();
        }
        becomePrimary();
    });
}

SingleInstance::~SingleInstance()
{
    if (m_server) {
        m_server->close(); // removes the socket file, so the next launch starts at once
    }
}

QString SingleInstance::defaultKey()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME");
    }
    // Per user and per settings location: a test with its own XDG_CONFIG_HOME gets its own socket.
    const QByteArray identity =
        (user + QLatin1Char('\n') + QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
            .toUtf8();
    const QString name =
        QStringLiteral("latchkey-") +
        QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(16));
#if defined(Q_OS_UNIX)
    // The runtime directory belongs to the user alone; nobody else can squat the name there.
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtimeDir.isEmpty() && QFileInfo(runtimeDir).isDir()) {
        return QDir(runtimeDir).filePath(name);
    }
#endif
    return name;
}

void SingleInstance::start(int deadlineMsecs)
{
    m_deadlineMsecs = deadlineMsecs;
    // Queued, so that whoever called start() can act on the answer (even quit the event loop) in any case.
    QTimer::singleShot(0, this, &SingleInstance::tryConnect);
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::tryConnect()
{
    m_probe = new QLocalSocket(this);
    connect(m_probe, &QLocalSocket::connected, this, &SingleInstance::onConnected);
    connect(m_probe, &QLocalSocket::errorOccurred, this, &SingleInstance::onConnectFailed);
    connect(m_probe, &QLocalSocket::readyRead, this, &SingleInstance::onAnswer);
    m_deadline->start(m_deadlineMsecs);
    m_probe->connectToServer(m_key);
}

void SingleInstance::onConnected()
{
    qCDebug(lcInstance) << "another instance is running; asking it to come to the front";
    m_probe->write(raiseRequest);
}

void SingleInstance::onConnectFailed()
{
    if (m_decided || !m_probe) {
        return;
    }
    const QLocalSocket::LocalSocketError error = m_probe->error();
    if (m_probe->state() == QLocalSocket::ConnectedState || error == QLocalSocket::PeerClosedError) {
        // Connected, then closed without an answer: the other instance is on its way out.
        if (!m_probe->bytesAvailable()) {
            qCInfo(lcInstance) << "the running instance closed without answering";
        } else {
            onAnswer();
            return;
        }
    }
    m_probe->deleteLater();
    m_probe = nullptr;
    if (error == QLocalSocket::ServerNotFoundError || error == QLocalSocket::ConnectionRefusedError ||
        error == QLocalSocket::PeerClosedError) {
        // Nobody listens; a file left by a crashed instance would make listen() fail, so it goes.
        QLocalServer::removeServer(m_key);
    } else {
        qCWarning(lcInstance) << "cannot reach a running instance:" << error;
    }
    becomePrimary();
}

void SingleInstance::onAnswer()
{
    if (m_decided || !m_probe || !m_probe->canReadLine()) {
        return;
    }
    const QByteArray answer = m_probe->readLine();
    if (answer != raisedAnswer) {
        qCWarning(lcInstance) << "unexpected answer from the running instance; starting another";
        m_probe->abort();
        m_probe->deleteLater();
        m_probe = nullptr;
        becomePrimary();
        return;
    }
    m_probe->disconnectFromServer();
    m_probe->deleteLater();
    m_probe = nullptr;
    finishCheck();
    qCInfo(lcInstance) << "the running instance came to the front";
    emit alreadyRunning();
}

void SingleInstance::becomePrimary()
{
    if (m_decided) {
        return;
    }
    finishCheck();
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    if (m_server->listen(m_key)) {
        qCDebug(lcInstance) << "listening for later launches";
    } else {
        // Start anyway: a second window is better than none.
        qCWarning(lcInstance) << "cannot listen for later launches:" << m_server->errorString();
    }
    emit primary();
}

void SingleInstance::finishCheck()
{
    m_decided = true;
    m_deadline->stop();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *peer = m_server->nextPendingConnection()) {
        connect(peer, &QLocalSocket::disconnected, peer, &QObject::deleteLater);
        // A peer that never asks is dropped after the same deadline.
        QTimer::singleShot(m_deadlineMsecs, peer, [peer] { peer->abort(); });
        connect(peer, &QLocalSocket::readyRead, this, [this, peer] {
            if (!peer->canReadLine()) {
                return;
            }
            if (peer->readLine() != raiseRequest) {
                peer->abort();
                return;
            }
            qCInfo(lcInstance) << "a later launch asked this window to come to the front";
            emit activationRequested();
            peer->write(raisedAnswer);
            peer->disconnectFromServer(); // after the answer is written
        });
    }
}

} // namespace latchkey
