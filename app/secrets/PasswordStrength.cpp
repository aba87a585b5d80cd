#include "PasswordStrength.h"

#include <QCoreApplication>
#include <vector>
#include <zxcvbn.h>

namespace latchkey {

PasswordStrength PasswordStrength::of(const QString &password, const QStringList &userWords)
{
    PasswordStrength strength;
    const QByteArray utf8 = password.toUtf8();
    std::vector<QByteArray> words;
    for (const QString &word : userWords) {
        if (!word.isEmpty()) {
            words.push_back(word.toUtf8());
        }
    }
    std::vector<const char *> dictionary;
    for (const QByteArray &word : words) {
        dictionary.push_back(word.constData());
    }
    dictionary.push_back(nullptr);
    strength.m_bits = password.isEmpty() ? 0.0 : ZxcvbnMatch(utf8.constData(), dictionary.data(), nullptr);
    if (strength.m_bits < minimumBits) {
        strength.m_level = Level::TooWeak;
    } else if (strength.m_bits < 50.0) {
        strength.m_level = Level::Weak;
    } else if (strength.m_bits < 70.0) {
        strength.m_level = Level::Fair;
    } else {
        strength.m_level = Level::Strong;
    }
    return strength;
}

QString PasswordStrength::label() const
{
    switch (m_level) {
    case Level::TooWeak:
        return QCoreApplication::translate("PasswordStrength", "Too weak");
    case Level::Weak:
        return QCoreApplication::translate("PasswordStrength", "Weak");
    case Level::Fair:
        return QCoreApplication::translate("PasswordStrength", "Fair");
    case Level::Strong:
        return QCoreApplication::translate("PasswordStrength", "Strong");
    }
    return QString();
}

} // namespace latchkey
