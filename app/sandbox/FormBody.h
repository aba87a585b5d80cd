#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

namespace latchkey {

/**
 * An application/x-www-form-urlencoded body decoded the way Twilio's servers decode it: a literal '+'
 * is a space and "%2B" is a plus. QUrlQuery gets this wrong in both directions, which is exactly the bug
 * the sandbox must expose (a client that sends "To=+1202..." gets 60200, as it would from Twilio).
 */
class FormBody
{
public:
    static FormBody parse(const QByteArray &body);

    bool contains(const QString &name) const;
    /** The first value given for the name; empty when absent. */
    QString value(const QString &name) const;
    QList<std::pair<QString, QString>> fields() const { return m_fields; }

private:
    QList<std::pair<QString, QString>> m_fields;
};

} // namespace latchkey
