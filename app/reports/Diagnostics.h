#pragma once

#include "ConnectivityProbe.h"
#include "SettingsResolver.h"

#include <QObject>
#include <QStringList>

class QNetworkAccessManager;

namespace latchkey {

/**
 * latchkey --diagnose: a support bundle to paste into a ticket. Version and OS, the stores and every
 * effective key with its source, the problems, the proxy in effect, a connection to the configured server
 * with its certificate chain, and the last log lines; the whole text goes through Redactor, so phone
 * numbers, codes and anything secret-shaped never leave the computer.
 */
class Diagnostics : public QObject
{
    Q_OBJECT
public:
    Diagnostics(const SettingsResolver *resolver, QNetworkAccessManager *network, QObject *parent = nullptr);

    void start();
    /** The redacted bundle, once finished() was emitted. */
    QString bundle() const;

    static constexpr int logLineCount = 50;

signals:
    void finished();

private:
    void onProbed(const ProbeResult &result);
    void finish();

    const SettingsResolver *m_resolver;
    ConnectivityProbe *m_probe;
    QStringList m_lines;
};

} // namespace latchkey
