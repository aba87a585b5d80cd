#pragma once

#include <QString>
#include <QStringList>

namespace latchkey {

/**
 * The countries the user last sent a code to a typed number of, most recent first, for the top of the phone
 * page's list. Kept in a small settings file of their own in the application's local data folder (a
 * country is not a secret, and the user's configuration file is theirs to edit); a missing, unreadable or
 * damaged file only means no recent countries.
 */
class RecentCountries
{
public:
    /** How many are kept. */
    static constexpr int kept = 3;

    explicit RecentCountries(QString filePath = defaultFilePath());

    /** recent-countries.ini in the application's local data folder; empty when there is none. */
    static QString defaultFilePath();

    /** Region codes ("GB"), most recent first, at most `kept`; only well-formed codes. */
    QStringList regions() const;
    /** Puts a region first (moving it up when it is already there) and drops the oldest beyond `kept`. */
    void remember(const QString &region);

private:
    QString m_filePath;
};

} // namespace latchkey
