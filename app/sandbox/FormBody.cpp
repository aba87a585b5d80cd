#include "FormBody.h"

namespace latchkey {

namespace {

QString decodeComponent(QByteArray component)
{
    // '+' must become a space before percent-decoding, or "%2B" would turn into a space too.
    component.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(component));
}

} // namespace

FormBody FormBody::parse(const QByteArray &body)
{
    FormBody form;
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype equals = pair.indexOf('=');
        const QByteArray name = equals < 0 ? pair : pair.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        form.m_fields.append({decodeComponent(name), decodeComponent(value)});
    }
    return form;
}

bool FormBody::contains(const QString &name) const
{
    for (const auto &field : m_fields) {
        if (field.first == name) {
            return true;
        }
    }
    return false;
}

QString FormBody::value(const QString &name) const
{
    for (const auto &field : m_fields) {
        if (field.first == name) {
            return field.second;
        }
    }
    return QString();
}

} // namespace latchkey
