#pragma once

#include "SandboxMessage.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace latchkey {

class HttpCall;
class HttpClient;

/**
 * The sandbox's outbox as Latchkey sees it across the process boundary: GET /sandbox/messages on the
 * sandbox's loopback origin, through the same HttpClient as the sign-in, asked again a moment after each
 * answer. It keeps every message and announces each new one once, for the sandbox phone panel.
 */
class SandboxOutbox : public QObject
{
    Q_OBJECT
public:
    /** `http` must outlive this object; polling starts with start(). */
    SandboxOutbox(HttpClient *http, const QUrl &sandboxOrigin, QObject *parent = nullptr);
    ~SandboxOutbox() override;

    void start();
    /** The sandbox's origin, when it was not known at construction; polling starts if start() came first. */
    void setOrigin(const QUrl &sandboxOrigin);
    /** The pause between an answer and the next question. */
    void setInterval(int msecs) { m_timer.setInterval(msecs); }

    QList<SandboxMessage> messages() const { return m_messages; }
    /** The code most recently delivered to `to`; empty when none. */
    QString lastCodeFor(const QString &to) const;

signals:
    void delivered(const latchkey::SandboxMessage &message);
    /** After each answer, new messages or none: messages() is as current as the sandbox was then. */
    void answered();

private:
    void poll();
    void onAnswer(const QByteArray &body, int status);

    HttpClient *m_http;
    QUrl m_url; // empty until the sandbox's origin is known
    bool m_started = false;
    QTimer m_timer;
    QPointer<HttpCall> m_call;
    QList<SandboxMessage> m_messages;
    bool m_warned = false;
};

} // namespace latchkey
