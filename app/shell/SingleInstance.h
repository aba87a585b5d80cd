#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QLocalServer;
class QLocalSocket;
class QTimer;

namespace latchkey {

/**
 * Keeps one sign-in window per user and settings: the first launch listens on a local socket only its user
 * can open; a later launch connects, asks the first to come to the front and learns that it did. Everything
 * is asynchronous (signals with a short deadline), and a socket left behind by a crashed instance is
 * removed rather than blocking start-up.
 */
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    /** `key` names the socket: a bare name (in the temporary directory) or a full path (Unix). */
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    /**
     * The key for this user and this settings location (so a test's own settings never meet a real
     * window): in $XDG_RUNTIME_DIR where there is one, which only the user can enter.
     */
    static QString defaultKey();

    /** Starts the check; exactly one of primary() or alreadyRunning() follows, never from inside start(). */
    void start(int deadlineMsecs = 2000);
    /** True once this instance listens for later launches. */
    bool isListening() const;
    QString key() const { return m_key; }

signals:
    /** No other instance answered: go on starting (listening for later launches where possible). */
    void primary();
    /** Another instance answered and was asked to come to the front: this launch should end. */
    void alreadyRunning();
    /** In the primary: a later launch asked this one to come to the front. */
    void activationRequested();

private:
    void tryConnect();
    void onConnected();
    void onConnectFailed();
    void onAnswer();
    void becomePrimary();
    void onNewConnection();
    void finishCheck();

    QString m_key;
    int m_deadlineMsecs = 2000;
    QLocalServer *m_server = nullptr;
    QPointer<QLocalSocket> m_probe;
    QTimer *m_deadline;
    bool m_decided = false;
};

} // namespace latchkey
