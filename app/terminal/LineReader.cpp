#include "LineReader.h"

#include "SecretWipe.h"

#include <iostream>
#include <string>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>
#endif

namespace latchkey {

LineReader::LineReader(QObject *parent)
    : QThread(parent)
{
#if defined(Q_OS_UNIX)
    if (::pipe(m_wake) == 0) {
        ::fcntl(m_wake[0], F_SETFD, FD_CLOEXEC);
        ::fcntl(m_wake[1], F_SETFD, FD_CLOEXEC);
    }
#endif
}

LineReader::~LineReader()
{
#if defined(Q_OS_UNIX)
    if (!isRunning()) {
        for (const int fd : m_wake) {
            if (fd >= 0) {
                ::close(fd);
            }
        }
    }
#endif
}

void LineReader::stop()
{
#if defined(Q_OS_UNIX)
    if (isRunning() && m_wake[1] >= 0) {
        const char byte = 0;
        if (::write(m_wake[1], &byte, 1) == 1) {
            wait();
        }
    }
#endif
}

void LineReader::run()
{
    std::string line;
#if defined(Q_OS_UNIX)
    line.reserve(1024); // grown in place, so no copy of a password is left behind in freed memory
    // One byte at a time, so nothing past the line handed over is taken from a program that reads stdin next.
    for (;;) {
        pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {m_wake[0], POLLIN, 0}};
        const int nfds = m_wake[0] >= 0 ? 2 : 1;
        if (::poll(fds, nfds, -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            break;
        }
        if (nfds == 2 && fds[1].revents != 0) {
            wipeSecret(line);
            return; // stopped: no endOfInput(), the input has not ended
        }
        char byte = 0;
        const ssize_t got = ::read(STDIN_FILENO, &byte, 1);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            break;
        }
        if (byte == '\n') {
            emit lineRead(QString::fromLocal8Bit(line.c_str()).trimmed());
            wipeSecret(line); // a line may be a password or a code
            line.clear();
        } else {
            line.push_back(byte);
        }
    }
    if (!line.empty()) { // a last line without a newline counts, as with std::getline
        emit lineRead(QString::fromLocal8Bit(line.c_str()).trimmed());
        wipeSecret(line);
    }
#else
    while (std::getline(std::cin, line)) {
        emit lineRead(QString::fromLocal8Bit(line.c_str()).trimmed());
        wipeSecret(line); // a line may be a password or a code
    }
#endif
    emit endOfInput();
}

} // namespace latchkey
