#pragma once

#include <QObject>
#include <QString>

namespace latchkey {

/**
 * A report for admins or support that looks at the settings and the network, then is printed on stdout:
 * --check-config (ConfigCheck) and --diagnose (Diagnostics) have this one shape.
 */
class Report : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Report() override = default;

    /** Gathers everything (asynchronously), then emits finished(). */
    virtual void start() = 0;
    /** The whole report, once finished() was emitted. */
    virtual QString text() const = 0;
    /** The process's exit code for this report. */
    virtual int exitCode() const = 0;

signals:
    void finished();
};

} // namespace latchkey
