#include "RequestScanner.h"

#include <limits>

namespace latchkey {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v';
}

bool allDigits(QByteArrayView text, bool hex)
{
    if (text.isEmpty()) {
        return false;
    }
    for (const char c : text) {
        const bool digit = c >= '0' && c <= '9';
        const bool letter = hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
        if (!digit && !letter) {
            return false;
        }
    }
    return true;
}

/** The comma-separated tokens of a header value, trimmed and lower-case. */
QList<QByteArray> tokens(const QByteArray &value)
{
    QList<QByteArray> result;
    for (const QByteArray &token : value.split(',')) {
        result.append(token.trimmed().toLower());
    }
    return result;
}

} // namespace

RequestScanner::RequestScanner(qint64 maxHeaderBytes, qint64 maxBodyBytes)
    : m_maxHeaderBytes(maxHeaderBytes)
    , m_maxBodyBytes(maxBodyBytes)
{}

RequestScanner::Phase RequestScanner::phase() const
{
    switch (m_state) {
    case State::Between:
        return Phase::Between;
    case State::Head:
        return Phase::Head;
    default:
        break;
    }
    return Phase::Body;
}

void RequestScanner::enter(State state)
{
    const Phase before = phase();
    m_state = state;
    if (phase() != before && phase() != Phase::Between) {
        ++m_phaseStarts;
    }
}

qint64 RequestScanner::plainBodyBytesPending() const
{
    return m_verdict == Verdict::Ok && m_state == State::PlainBody ? m_remaining : 0;
}

void RequestScanner::skipPlainBody(qint64 count)
{
    if (m_verdict != Verdict::Ok || m_state != State::PlainBody || count <= 0) {
        return;
    }
    m_remaining -= qMin(count, m_remaining);
    if (m_remaining == 0) {
        enter(State::Between);
    }
}

RequestScanner::Verdict RequestScanner::feed(QByteArrayView bytes, QList<Head> *heads)
{
    qsizetype i = 0;
    while (i < bytes.size() && m_verdict == Verdict::Ok) {
        switch (m_state) {
        case State::Between:
            // QHttpServer skips whitespace left between requests; so does the scanner.
            if (isSpace(bytes[i])) {
                ++i;
                break;
            }
            m_line.clear();
            enter(State::Head);
            break;
        case State::Head: {
            // A line at a time (or what has arrived of it): the head ends with an empty line.
            const qsizetype newline = bytes.indexOf('\n', i);
            const qsizetype end = newline < 0 ? bytes.size() : newline + 1;
            m_line.append(bytes.sliced(i, end - i));
            i = end;
            if (m_line.size() > m_maxHeaderBytes) {
                m_verdict = Verdict::HeadTooLarge;
            } else if (newline >= 0 && (m_line.endsWith("\n\r\n") || m_line.endsWith("\n\n"))) {
                m_verdict = headComplete(heads);
            }
            break;
        }
        case State::PlainBody: {
            const qint64 take = qMin<qint64>(m_remaining, bytes.size() - i);
            i += take;
            skipPlainBody(take);
            break;
        }
        case State::ChunkSize: {
            const char c = bytes[i++];
            m_line.append(c);
            if (c == '\n') {
                m_verdict = chunkSizeLine();
            } else if (m_line.size() > 1024) {
                m_verdict = Verdict::Malformed;
            }
            break;
        }
        case State::ChunkData: {
            const qint64 take = qMin<qint64>(m_remaining, bytes.size() - i);
            i += take;
            m_remaining -= take;
            if (m_remaining == 0) {
                m_line.clear();
                m_state = State::ChunkDataEnd;
            }
            break;
        }
        case State::ChunkDataEnd:
        case State::LastChunkEnd: {
            // Exactly CRLF after each chunk, and after the last one (QHttpServer reads no trailers).
            m_line.append(bytes[i++]);
            if (m_line.size() == 2) {
                if (m_line != "\r\n") {
                    m_verdict = Verdict::Malformed;
                } else if (m_state == State::LastChunkEnd) {
                    enter(State::Between);
                } else {
                    m_line.clear();
                    m_state = State::ChunkSize;
                }
            }
            break;
        }
        }
    }
    return m_verdict;
}

RequestScanner::Verdict RequestScanner::headComplete(QList<Head> *heads)
{
    // Views into the head, not copies: this runs for every request.
    const QByteArrayView headText(m_line);
    QByteArrayView version;
    bool keepAliveAsked = false;
    bool closeAsked = false;
    bool chunked = false;
    QByteArrayView contentLength;
    for (qsizetype start = 0; start < headText.size();) {
        qsizetype newline = headText.indexOf('\n', start);
        if (newline < 0) {
            newline = headText.size();
        }
        const QByteArrayView line = headText.sliced(start, newline - start).trimmed();
        const bool isRequestLine = start == 0;
        start = newline + 1;
        if (isRequestLine) {
            version = line.sliced(line.lastIndexOf(' ') + 1);
            continue;
        }
        if (line.isEmpty()) {
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            return Verdict::Malformed;
        }
        const QByteArrayView name = line.first(colon).trimmed();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            if (!allDigits(value, false) || (!contentLength.isNull() && value != contentLength)) {
                return Verdict::Malformed;
            }
            contentLength = value;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            if (value.compare("chunked", Qt::CaseInsensitive) != 0 || chunked) {
                return Verdict::Malformed;
            }
            chunked = true;
        } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            const QList<QByteArray> options = tokens(value.toByteArray());
            closeAsked = closeAsked || options.contains("close");
            keepAliveAsked = keepAliveAsked || options.contains("keep-alive");
        }
    }
    if (chunked && !contentLength.isNull()) {
        return Verdict::Malformed; // a request smuggler's favourite: refuse rather than pick one
    }
    Head head;
    head.closeAfter = closeAsked || (version == "HTTP/1.0" && !keepAliveAsked);
    heads->append(head);
    // Read before m_line, which the views point into, is cleared. More than 18 digits is beyond any cap
    // (and beyond qint64).
    const qint64 length =
        contentLength.size() > 18 ? std::numeric_limits<qint64>::max() : contentLength.toLongLong();
    m_line.clear();
    m_bodyBytes = 0;
    if (chunked) {
        enter(State::ChunkSize);
        return Verdict::Ok;
    }
    if (length > m_maxBodyBytes) {
        return Verdict::BodyTooLarge;
    }
    m_remaining = length;
    enter(length > 0 ? State::PlainBody : State::Between);
    return Verdict::Ok;
}

RequestScanner::Verdict RequestScanner::chunkSizeLine()
{
    QByteArray line = m_line.trimmed();
    const qsizetype extension = line.indexOf(';');
    if (extension >= 0) {
        line.truncate(extension);
        line = line.trimmed();
    }
    if (!m_line.endsWith("\r\n") || !allDigits(line, true)) {
        return Verdict::Malformed;
    }
    // Leading zeros aside, more than 15 hex digits is beyond any cap.
    while (line.size() > 1 && line.startsWith('0')) {
        line.remove(0, 1);
    }
    if (line.size() > 15) {
        return Verdict::BodyTooLarge;
    }
    const qint64 size = line.toLongLong(nullptr, 16);
    if (size > m_maxBodyBytes - m_bodyBytes) {
        return Verdict::BodyTooLarge;
    }
    m_bodyBytes += size;
    m_line.clear();
    if (size == 0) {
        m_state = State::LastChunkEnd;
    } else {
        m_remaining = size;
        m_state = State::ChunkData;
    }
    return Verdict::Ok;
}

} // namespace latchkey
