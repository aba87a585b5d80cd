#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace latchkey {

/**
 * Follows the requests on one connection byte by byte, as they arrive and before QHttpServer reads them,
 * to know where each request's head and body begin and end. QHttpServer 6.4 reads a whole body into memory
 * before a route sees it, with no limit, so the sandbox's listener refuses an oversized head or body here,
 * from the head alone (Content-Length) or while chunks arrive. Framing it cannot follow exactly as
 * QHttpServer would (two lengths, a length and chunks, other transfer codings, malformed chunks) is refused
 * too, so the two never disagree about where a request ends.
 */
class RequestScanner
{
public:
    enum class Verdict {
        Ok,
        HeadTooLarge, // 431
        BodyTooLarge, // 413
        Malformed,    // 400
    };
    enum class Phase {
        Between, // before a request's first byte (whitespace between requests included)
        Head,
        Body,
    };
    /** What the listener needs of a complete head. */
    struct Head
    {
        bool closeAfter = false; // "Connection: close", or HTTP/1.0 without keep-alive
    };

    RequestScanner(qint64 maxHeaderBytes, qint64 maxBodyBytes);

    /**
     * Follows `bytes`; each head completed on the way is appended to `heads`. After a refusal the scanner
     * stays refused (the connection is to be closed).
     */
    Verdict feed(QByteArrayView bytes, QList<Head> *heads);
    /** Bytes of a Content-Length body still to come: the caller may count them off without reading them. */
    qint64 plainBodyBytesPending() const;
    /** Counts off up to plainBodyBytesPending() body bytes. */
    void skipPlainBody(qint64 count);

    Phase phase() const;
    /** Grows each time a phase begins, so that a caller can re-arm its timer after a feed. */
    quint64 phaseStarts() const { return m_phaseStarts; }
    Verdict verdict() const { return m_verdict; }

private:
    enum class State {
        Between,
        Head,
        PlainBody,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        LastChunkEnd,
    };
    Verdict headComplete(QList<Head> *heads);
    Verdict chunkSizeLine();
    void enter(State state);

    qint64 m_maxHeaderBytes;
    qint64 m_maxBodyBytes;
    State m_state = State::Between;
    Verdict m_verdict = Verdict::Ok;
    QByteArray m_line;      // the head so far, or the chunk-size line so far, or the CRLF after a chunk
    qint64 m_remaining = 0; // bytes of the plain body or of the current chunk still to come
    qint64 m_bodyBytes = 0; // chunk data so far in this request
    quint64 m_phaseStarts = 0;
};

} // namespace latchkey
