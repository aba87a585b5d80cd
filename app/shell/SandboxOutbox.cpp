#include "SandboxOutbox.h"

#include "HttpClient.h"
#include "Logging.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace latchkey {

namespace {

// Every message so far, each a few hundred bytes: room for thousands of codes in one sandbox session.
constexpr qint64 maxOutboxBytes = 4 * 1024 * 1024;

QUrl messagesUrl(const QUrl &sandboxOrigin)
{
    return sandboxOrigin.isValid() ? sandboxOrigin.resolved(QUrl(QStringLiteral("/sandbox/messages")))
                                   : QUrl();
}

} // namespace

SandboxOutbox::SandboxOutbox(HttpClient *http, const QUrl &sandboxOrigin, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_url(messagesUrl(sandboxOrigin))
{
    qRegisterMetaType<latchkey::SandboxMessage>();
    m_timer.setSingleShot(true);
    m_timer.setInterval(400);
    connect(&m_timer, &QTimer::timeout, this, &SandboxOutbox::poll);
}

SandboxOutbox::~SandboxOutbox()
{
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->abort();
    }
}

void SandboxOutbox::start()
{
    m_started = true;
    if (m_url.isValid() && !m_call && !m_timer.isActive()) {
        poll();
    }
}

void SandboxOutbox::setOrigin(const QUrl &sandboxOrigin)
{
    m_url = messagesUrl(sandboxOrigin);
    if (m_started) {
        start();
    }
}

QString SandboxOutbox::lastCodeFor(const QString &to) const
{
    for (auto it = m_messages.crbegin(); it != m_messages.crend(); ++it) {
        if (it->to == to) {
            return it->code;
        }
    }
    return QString();
}

void SandboxOutbox::poll()
{
    HttpRequest request;
    request.url = m_url;
    request.maxResponseBytes = maxOutboxBytes;
    m_call = m_http->send(request);
    connect(m_call, &HttpCall::finished, this, [this](const HttpResponse &response) {
        m_call = nullptr;
        onAnswer(response.hasAnswer() ? response.body : QByteArray(), response.status);
        m_timer.start();
        emit answered();
    });
}

void SandboxOutbox::onAnswer(const QByteArray &body, int status)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (status != 200 || !document.isArray()) {
        if (!m_warned) {
            qCWarning(lcSandbox) << "the sandbox's outbox cannot be read: HTTP status" << status;
            m_warned = true; // once: the panel keeps asking
        }
        return;
    }
    m_warned = false;
    const QJsonArray list = document.array();
    // The outbox only grows: what is past the messages already seen is new.
    for (qsizetype i = m_messages.size(); i < list.size(); ++i) {
        SandboxMessage message;
        if (!SandboxMessage::fromJson(list.at(i).toObject(), &message)) {
            qCWarning(lcSandbox) << "the sandbox's outbox lists a message without its fields";
            message.text = QString(); // kept, so that the next answer does not warn about it again
        }
        m_messages.append(message);
        emit delivered(message);
    }
}

} // namespace latchkey
