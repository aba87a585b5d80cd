#include "OneShotBody.h"

#include <cstring>

namespace latchkey {

OneShotBody::OneShotBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, m_data.size() - m_offset);
    std::memcpy(data, m_data.constData() + m_offset, static_cast<size_t>(count));
    m_offset += count;
    return count;
}

} // namespace latchkey
