#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <functional>
#include <utility>

namespace latchkey::fuzz {

/** The one QCoreApplication of a fuzz target (created on first use), with every log message dropped. */
void ensureApplication();

/**
 * Processes events until done() is true; aborts with a message after 10 s, since an answer that leaves a
 * call unfinished forever is a bug worth a crash report.
 */
void runUntil(const std::function<bool()> &done, const char *what);

/** One HTTP answer in a fuzz input: a first line "<operation> <status>", header lines, an empty line, the
 * body. */
struct ScriptedAnswer
{
    QByteArray operation;
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

/**
 * Splits a fuzz input into answers separated by a line "===". Anything that does not read as a first line
 * and headers is a 200 answer whose body is the whole part, so raw JSON works as an input too.
 */
QList<ScriptedAnswer> parseScript(const QByteArray &data, int maxAnswers);

/**
 * A network access manager that never touches a socket: every request gets a reply that serves the current
 * answer (status, headers, body) from memory, asynchronously, as a real reply would.
 */
class ScriptedNetwork : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    void setAnswer(const ScriptedAnswer &answer) { m_answer = answer; }
    int requestCount() const { return m_requests; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    ScriptedAnswer m_answer;
    int m_requests = 0;
};

} // namespace latchkey::fuzz
