#include "RecentCountries.h"

#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace latchkey {

namespace {

const QString regionsKey = QStringLiteral("Phone/RecentCountries");

bool isRegionCode(const QString &value)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z]{2}$"));
    return code.match(value).hasMatch();
}

} // namespace

RecentCountries::RecentCountries(QString filePath)
    : m_filePath(std::move(filePath))
{}

QString RecentCountries::defaultFilePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/recent-countries.ini");
}

QStringList RecentCountries::regions() const
{
    if (m_filePath.isEmpty()) {
        return {};
    }
    const QSettings file(m_filePath, QSettings::IniFormat);
    QStringList regions;
    for (const QString &value : file.value(regionsKey).toStringList()) {
        const QString region = value.trimmed().toUpper();
        if (isRegionCode(region) && !regions.contains(region)) {
            regions.append(region);
        }
        if (regions.size() == kept) {
            break;
        }
    }
    return regions;
}

void RecentCountries::remember(const QString &region)
{
    const QString code = region.toUpper();
    if (m_filePath.isEmpty() || !isRegionCode(code)) {
        return;
    }
    QStringList regions = this->regions();
    regions.removeAll(code);
    regions.prepend(code);
    QSettings file(m_filePath, QSettings::IniFormat);
    file.setValue(regionsKey, regions.mid(0, kept));
}

} // namespace latchkey
