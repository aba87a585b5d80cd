#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTimer>
#include <cstdio>
#include <cstdlib>

namespace latchkey::fuzz {

namespace {

void dropMessages(QtMsgType, const QMessageLogContext &, const QString &) {}

/** Serves one scripted answer from memory: headers, then the whole body, then finished(). */
class ScriptedReply : public QNetworkReply
{
public:
    ScriptedReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                  const ScriptedAnswer &answer, QObject *parent)
        : QNetworkReply(parent)
        , m_answer(answer)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        QTimer::singleShot(0, this, [this] { deliver(); });
    }

    void abort() override
    {
        if (isFinished()) {
            return;
        }
        m_body.clear();
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        setFinished(true);
        emit errorOccurred(OperationCanceledError);
        emit finished();
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_body.size() + QNetworkReply::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_body.isEmpty()) {
            return isFinished() ? -1 : 0;
        }
        const qint64 count = qMin<qint64>(maxSize, m_body.size());
        memcpy(data, m_body.constData(), static_cast<size_t>(count));
        m_body.remove(0, count);
        return count;
    }

private:
    void deliver()
    {
        if (isFinished()) {
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
        for (const auto &[name, value] : m_answer.headers) {
            setRawHeader(name, value);
        }
        m_body = m_answer.body;
        emit metaDataChanged();
        if (!m_body.isEmpty()) {
            emit readyRead();
        }
        setFinished(true);
        emit finished();
    }

    ScriptedAnswer m_answer;
    QByteArray m_body;
};

} // namespace

void ensureApplication()
{
    if (QCoreApplication::instance()) {
        return;
    }
    static int argc = 1;
    static char name[] = "latchkey-fuzz";
    static char *argv[] = {name, nullptr};
    qInstallMessageHandler(dropMessages);
    new QCoreApplication(argc, argv); // lives as long as the process
}

void runUntil(const std::function<bool()> &done, const char *what)
{
    const QDeadlineTimer deadline(10000);
    while (!done()) {
        if (deadline.hasExpired()) {
            fprintf(stderr, "fuzz: %s did not finish within 10 s\n", what);
            abort();
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QList<ScriptedAnswer> parseScript(const QByteArray &data, int maxAnswers)
{
    QList<ScriptedAnswer> answers;
    qsizetype start = 0;
    while (start <= data.size() && answers.size() < maxAnswers) {
        qsizetype end = data.indexOf("\n===\n", start);
        const QByteArray part = data.mid(start, end < 0 ? -1 : end - start);
        start = end < 0 ? data.size() + 1 : end + 5;

        ScriptedAnswer answer;
        const qsizetype firstLineEnd = part.indexOf('\n');
        const QList<QByteArray> words = part.left(firstLineEnd < 0 ? 0 : firstLineEnd).trimmed().split(' ');
        bool statusOk = false;
        const int status = words.size() == 2 ? words.at(1).toInt(&statusOk) : 0;
        if (!statusOk || status < 100 || status > 599) {
            answer.body = part; // raw body: a 200 for the target's first operation
            answers.append(answer);
            continue;
        }
        answer.operation = words.at(0);
        answer.status = status;
        qsizetype position = firstLineEnd + 1;
        while (position < part.size()) {
            qsizetype lineEnd = part.indexOf('\n', position);
            if (lineEnd < 0) {
                lineEnd = part.size();
            }
            const QByteArray line = part.mid(position, lineEnd - position);
            position = lineEnd + 1;
            if (line.trimmed().isEmpty()) {
                break; // the body follows
            }
            const qsizetype colon = line.indexOf(':');
            if (colon > 0) {
                answer.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            }
        }
        answer.body = position < part.size() ? part.mid(position) : QByteArray();
        answers.append(answer);
    }
    return answers;
}

QNetworkReply *ScriptedNetwork::createRequest(Operation op, const QNetworkRequest &request,
                                              QIODevice *outgoingData)
{
    ++m_requests;
    if (outgoingData) {
        outgoingData->readAll(); // the request body, as a real upload would consume it
    }
    return new ScriptedReply(op, request, m_answer, this);
}

} // namespace latchkey::fuzz
