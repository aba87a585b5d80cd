#pragma once

#include "ConnectivityProbe.h"
#include "Report.h"
#include "SettingsResolver.h"

#include <QStringList>

class QNetworkAccessManager;

namespace latchkey {

/**
 * latchkey --diagnose: a support bundle to paste into a ticket. Version and OS, the stores and every
 * effective key with its source, the problems, the proxy in effect, a connection to the configured server
 * with its certificate chain, and the last log lines; the whole text goes through Redactor, so phone
 * numbers, codes and anything secret-shaped never leave the computer.
 */
class Diagnostics final : public Report
{
    Q_OBJECT
public:
    Diagnostics(const SettingsResolver *resolver, QNetworkAccessManager *network, QObject *parent = nullptr);

    /** "Keychain: ..." near the top: whether secrets can be kept (set before start(); none: no line). */
    void setKeychainStatus(const QString &status) { m_keychainStatus = status; }
    void start() override;
    /** The redacted bundle, once finished() was emitted. */
    QString bundle() const;
    QString text() const override { return bundle(); }
    /** A support bundle is always printed: 0. */
    int exitCode() const override { return 0; }

    static constexpr int logLineCount = 50;

private:
    void onProbed(const ProbeResult &result);
    void finish();

    const SettingsResolver *m_resolver;
    ConnectivityProbe *m_probe;
    QStringList m_lines;
    QString m_keychainStatus;
};

} // namespace latchkey
