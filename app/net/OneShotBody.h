#pragma once

#include <QByteArray>
#include <QIODevice>

namespace latchkey {

/**
 * A request body Qt can read only once. QNetworkAccessManager silently sends a request again when its
 * connection drops after sending (found with Qt 6.4.2, tests/net/TestQtPostResend): for a start or a
 * check that would be a second SMS or a used-up guess. A body that cannot be rewound makes Qt fail the
 * reply with ContentReSendError instead, which the flow treats as ambiguous.
 */
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent);

    bool isSequential() const override { return true; }
    bool reset() override { return false; } // what makes Qt give up instead of sending it again
    qint64 bytesAvailable() const override { return m_data.size() - m_offset + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace latchkey
