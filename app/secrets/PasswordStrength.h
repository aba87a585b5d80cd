#pragma once

#include <QString>
#include <QStringList>

namespace latchkey {

/**
 * How hard a new password is to guess, estimated with zxcvbn (dictionaries, keyboard patterns, dates,
 * repeats), in bits of entropy. Enrolment refuses the weakest and the UI shows the rest as feedback.
 */
class PasswordStrength
{
public:
    enum class Level { TooWeak, Weak, Fair, Strong };

    /** userWords: words particular to this user (the username) that make a password weaker. */
    static PasswordStrength of(const QString &password, const QStringList &userWords = {});

    double bits() const { return m_bits; }
    Level level() const { return m_level; }
    /** "Too weak", "Weak", "Fair", "Strong", translated. */
    QString label() const;

    /** Below this many bits a password is refused at enrolment. */
    static constexpr double minimumBits = 35.0;

private:
    double m_bits = 0;
    Level m_level = Level::TooWeak;
};

} // namespace latchkey
