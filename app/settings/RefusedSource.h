#pragma once

#include "SettingsSource.h"

namespace latchkey {

/**
 * A store that is there but is not read, and why: a policy folder or file refused for its owner or its
 * permissions, a policy.d that cannot be listed. In the policy layer its problem fails the policy closed.
 */
class RefusedSource final : public SettingsSource
{
public:
    RefusedSource(QString location, QString problem)
        : m_location(std::move(location))
        , m_problem(std::move(problem))
    {}

    QString location() const override { return m_location; }
    bool exists() const override { return true; }
    QStringList keys() const override { return QStringList(); }
    QVariant value(const QString &) const override { return QVariant(); }
    QString problem() const override { return m_problem; }

private:
    QString m_location;
    QString m_problem;
};

} // namespace latchkey
