#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace latchkey {

/** Every settings key, named the same in INI files, the registry ("Server\Url" as key and value) and plists.
 */
namespace SettingsKey {
inline const QString mode = QStringLiteral("Server/Mode");
inline const QString allowSandbox = QStringLiteral("Server/AllowSandbox");
inline const QString serverUrl = QStringLiteral("Server/Url");
inline const QString loginPath = QStringLiteral("Server/LoginPath");
inline const QString sendCodePath = QStringLiteral("Server/SendCodePath");
inline const QString verifyCodePath = QStringLiteral("Server/VerifyCodePath");
inline const QString logoutPath = QStringLiteral("Server/LogoutPath");
inline const QString verifyServiceSid = QStringLiteral("Verify/ServiceSid");
inline const QString verifyBaseUrl = QStringLiteral("Verify/BaseUrl");
inline const QString allowedChannels = QStringLiteral("Auth/AllowedChannels");
inline const QString defaultChannel = QStringLiteral("Auth/DefaultChannel");
inline const QString codeLength = QStringLiteral("Auth/CodeLength");
inline const QString resendCooldown = QStringLiteral("Auth/ResendCooldownSeconds");
inline const QString callFallback = QStringLiteral("Auth/CallFallbackSeconds");
inline const QString rememberMeAllowed = QStringLiteral("Auth/RememberMeAllowed");
inline const QString rememberMeDays = QStringLiteral("Auth/RememberMeDays");
inline const QString rememberMeDefault = QStringLiteral("Auth/RememberMeDefault");
inline const QString rememberDeviceAllowed = QStringLiteral("Auth/RememberDeviceAllowed");
inline const QString rememberDeviceDays = QStringLiteral("Auth/RememberDeviceDays");
inline const QString failMode = QStringLiteral("Auth/FailMode");
inline const QString phoneNumber = QStringLiteral("Auth/PhoneNumber");
inline const QString emailAddress = QStringLiteral("Auth/EmailAddress");
inline const QString proxyMode = QStringLiteral("Network/ProxyMode");
inline const QString proxyUrl = QStringLiteral("Network/ProxyUrl");
inline const QString connectTimeout = QStringLiteral("Network/ConnectTimeoutSeconds");
inline const QString totalTimeout = QStringLiteral("Network/TotalTimeoutSeconds");
inline const QString extraCaFile = QStringLiteral("Tls/ExtraCaFile");
inline const QString pinnedSpki = QStringLiteral("Tls/PinnedSpkiSha256");
inline const QString language = QStringLiteral("UI/Language");
inline const QString helpDeskText = QStringLiteral("UI/HelpDeskText");
inline const QString helpDeskLogo = QStringLiteral("UI/HelpDeskLogo");
inline const QString organisationName = QStringLiteral("UI/OrganisationName");
inline const QString closeWhenDone = QStringLiteral("UI/CloseWhenDone");
inline const QString logLevel = QStringLiteral("Logging/Level");
inline const QString logDirectory = QStringLiteral("Logging/Directory");
inline const QString syslog = QStringLiteral("Logging/Syslog");
inline const QString auditEnabled = QStringLiteral("Audit/Enabled");
inline const QString auditPath = QStringLiteral("Audit/Path");
inline const QString auditSyslog = QStringLiteral("Audit/Syslog");
inline const QString gateAllowSandbox = QStringLiteral("Gate/AllowSandbox");
inline const QString gateAudience = QStringLiteral("Gate/Audience");
} // namespace SettingsKey

/** One key: its type, its built-in default and, for choices and numbers, what it accepts. */
struct SettingDefinition
{
    enum class Type { Text, Boolean, Integer, Choice, ChoiceList, Url, Path, Pins };

    QString key;
    Type type = Type::Text;
    QVariant builtIn; // QString, bool, int or QStringList, as parse() produces
    QStringList choices;
    int minimum = 0;
    int maximum = 0;
    /** One English sentence for admins: the ADMX templates, the configuration profile and the admin guide's
     * table are made from it (packaging/admin/generate-admin-files.py). Not shown to users. */
    QString description;
};

/**
 * The table of settings keys and how each stored value is checked. Stores hand values over in whatever
 * shape they keep them (INI text and comma lists, registry DWORDs and multi-strings, plist booleans); parse()
 * turns them into one type per key or says, in a sentence that names the rule and the value, why not.
 */
class SettingsSchema
{
public:
    static const QList<SettingDefinition> &definitions();
    /** The definition of a key, matched case-insensitively (registry names are); nullptr when unknown. */
    static const SettingDefinition *find(const QString &key);
    /** Why a key is not a setting, with a suggestion when it is close to one; secrets get their own reason.
     */
    static QString unknownKeyMessage(const QString &key);
    /** Parses a stored value into the key's type (QString, bool, int or QStringList); false with *problem. */
    static bool parse(const QString &key, const QVariant &raw, QVariant *value, QString *problem);
    /** A value as reports show it: lists joined with ", ", booleans as true/false, "" as (empty), a phone
     * number masked. */
    static QString displayValue(const QVariant &value);
};

} // namespace latchkey
