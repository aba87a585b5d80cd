#include "Redactor.h"

#include "EmailAddress.h"
#include "PhoneNumber.h"

#include <QRegularExpression>

namespace latchkey {

namespace {

QString replaceAll(QString text, const QRegularExpression &pattern, const QString &replacement)
{
    return text.replace(pattern, replacement);
}

} // namespace

QString Redactor::redact(const QString &input)
{
    static const QRegularExpression credentialsInUrl(QStringLiteral("://[^/\\s:@]+:[^/\\s@]+@"));
    static const QRegularExpression namedSecret(
        QStringLiteral("(?i)\\b(password|passwd|secret|token|authorization|set-cookie|cookie|api[_-]?key)"
                       "(\"?\\s*[:=]\\s*)(bearer\\s+|basic\\s+)?(\"[^\"]*\"|\\S+)"));
    static const QRegularExpression bearer(QStringLiteral("(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{8,}"));
    static const QRegularExpression code(QStringLiteral("(?i)\\b(code\\b[^\\d\\n]{0,12})\\d{4,10}\\b"));
    static const QRegularExpression twilioSecret(QStringLiteral("\\b[A-Za-z0-9]{32}\\b"));
    static const QRegularExpression phone(QStringLiteral("\\+\\d[\\d ().-]{5,20}\\d"));
    static const QRegularExpression email(
        QStringLiteral("[^@\\s<>\"'(),;:]+@[^@\\s<>\"'(),;:]+\\.[A-Za-z]{2,}"));

    QString text = replaceAll(input, credentialsInUrl, QStringLiteral("://[redacted]@"));
    text = replaceAll(text, namedSecret, QStringLiteral("\\1\\2[redacted]"));
    text = replaceAll(text, bearer, QStringLiteral("\\1 [redacted]"));
    text = replaceAll(text, code, QStringLiteral("\\1[redacted]"));
    text = replaceAll(text, twilioSecret, QStringLiteral("[redacted]"));
    // Backwards, so that the positions still to come stay where they were.
    QList<QRegularExpressionMatch> addresses;
    for (QRegularExpressionMatchIterator it = email.globalMatch(text); it.hasNext();) {
        addresses.prepend(it.next());
    }
    for (const QRegularExpressionMatch &match : addresses) {
        text.replace(match.capturedStart(), match.capturedLength(), EmailAddress::masked(match.captured(0)));
    }

    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator matches = phone.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        QString digits = match.captured(0);
        digits.remove(QRegularExpression(QStringLiteral("[^\\d+]")));
        result += QStringView(text).mid(last, match.capturedStart() - last);
        result += PhoneNumber::masked(digits);
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

} // namespace latchkey
