#include "SettingsSchema.h"

#include "Channel.h"
#include "EmailAddress.h"
#include "HttpClient.h"
#include "PhoneNumber.h"
#include "SettingsLocations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace latchkey {

namespace {

using Type = SettingDefinition::Type;

SettingDefinition define(const QString &key, const QString &description, Type type, QVariant builtIn,
                         QStringList choices = {}, int minimum = 0, int maximum = 0)
{
    return SettingDefinition{key,     type,    std::move(builtIn), std::move(choices),
                             minimum, maximum, description};
}

QStringList channelNames()
{
    QStringList names;
    for (Channel channel : allChannels()) {
        names.append(channelWireName(channel));
    }
    return names;
}

/** The text of a stored value: INI splits unquoted commas into a list, so a list is joined back. */
QString rawText(const QVariant &raw)
{
    if (raw.typeId() == QMetaType::QStringList) {
        return raw.toStringList().join(QStringLiteral(", ")).trimmed();
    }
    return raw.toString().trimmed();
}

QStringList rawList(const QVariant &raw)
{
    QStringList items;
    const QStringList parts = raw.typeId() == QMetaType::QStringList
                                  ? raw.toStringList()
                                  : raw.toString().split(QRegularExpression(QStringLiteral("[,;\\s]+")));
    for (const QString &part : parts) {
        const QString item = part.trimmed();
        if (!item.isEmpty()) {
            items.append(item);
        }
    }
    return items;
}

QString quoted(const QString &text)
{
    return QStringLiteral("\"%1\"").arg(text);
}

bool fail(QString *problem, const QString &message)
{
    *problem = message;
    return false;
}

bool parseBoolean(const QVariant &raw, bool *result)
{
    if (raw.typeId() == QMetaType::Bool) {
        *result = raw.toBool();
        return true;
    }
    const QString text = rawText(raw).toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1") || text == QLatin1String("yes") ||
        text == QLatin1String("on")) {
        *result = true;
        return true;
    }
    if (text == QLatin1String("false") || text == QLatin1String("0") || text == QLatin1String("no") ||
        text == QLatin1String("off")) {
        *result = false;
        return true;
    }
    return false;
}

bool parseInteger(const QVariant &raw, int *result)
{
    switch (raw.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: {
        bool ok = false;
        const qlonglong value = raw.toLongLong(&ok);
        if (!ok || value < INT_MIN || value > INT_MAX) {
            return false;
        }
        *result = static_cast<int>(value);
        return true;
    }
    default:
        break;
    }
    bool ok = false;
    *result = rawText(raw).toInt(&ok, 10);
    return ok;
}

/** An origin Latchkey may talk to: https anywhere, http on loopback; no credentials, path, query. */
bool checkOrigin(const QString &key, const QString &text, QString *normalized, QString *problem)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.scheme().isEmpty()) {
        return fail(problem, QCoreApplication::translate(
                                 "Settings", "must be a URL such as https://auth.example.org (not %1)")
                                 .arg(quoted(text)));
    }
    if (!url.userInfo().isEmpty()) {
        return fail(problem,
                    QCoreApplication::translate("Settings", "must not contain a user name or password"));
    }
    if (HttpClient::checkUrlAllowed(url).isError()) {
        return fail(problem,
                    QCoreApplication::translate(
                        "Settings",
                        "must use https; plain http is allowed only on this computer (127.0.0.1, ::1, "
                        "localhost) (not %1)")
                        .arg(quoted(text)));
    }
    if ((!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery() || url.hasFragment()) {
        if (key == SettingsKey::serverUrl) {
            return fail(problem,
                        QCoreApplication::translate(
                            "Settings",
                            "must be an origin (scheme, host and port) without a path; the paths are "
                            "Server/LoginPath, Server/SendCodePath, Server/VerifyCodePath and "
                            "Server/LogoutPath (not %1)")
                            .arg(quoted(text)));
        }
        return fail(problem,
                    QCoreApplication::translate(
                        "Settings", "must be an origin (scheme, host and port) without a path (not %1)")
                        .arg(quoted(text)));
    }
    QUrl origin = url.adjusted(QUrl::RemovePath);
    *normalized = origin.toString();
    return true;
}

bool checkProxyUrl(const QString &text, QString *problem)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0 ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("socks5"))) {
        return fail(problem, QCoreApplication::translate(
                                 "Settings", "must be http://host:port or socks5://host:port (not %1)")
                                 .arg(quoted(text)));
    }
    if (!url.userInfo().isEmpty()) {
        return fail(problem,
                    QCoreApplication::translate(
                        "Settings", "must not contain a user name or password: proxy credentials are not "
                                    "settings, and proxies that ask for them are not supported yet"));
    }
    return true;
}

bool checkPath(const QString &text, QString *problem)
{
    static const QRegularExpression valid(QStringLiteral("^/(?!/)[^\\s?#]*$"));
    if (!valid.match(text).hasMatch()) {
        return fail(problem,
                    QCoreApplication::translate(
                        "Settings", "must be a path starting with / such as /api/auth/login (not %1)")
                        .arg(quoted(text)));
    }
    return true;
}

bool checkAbsoluteReadableFile(const QString &text, QString *problem)
{
    if (!QDir::isAbsolutePath(text)) {
        return fail(
            problem,
            QCoreApplication::translate("Settings", "must be an absolute path (not %1)").arg(quoted(text)));
    }
    QFile file(text);
    if (QFileInfo(text).isDir()) {
        return fail(problem,
                    QCoreApplication::translate("Settings", "%1 is a directory, not a file").arg(text));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(
            problem,
            QCoreApplication::translate("Settings", "%1 cannot be read: %2").arg(text, file.errorString()));
    }
    return true;
}

/** Whether the bytes are exactly one DER SEQUENCE, the outer shape of every X.509 certificate. */
bool isDerSequence(const QByteArray &der)
{
    if (der.size() < 2 || static_cast<quint8>(der.at(0)) != 0x30) {
        return false;
    }
    const auto first = static_cast<quint8>(der.at(1));
    qint64 length = first;
    int header = 2;
    if (first & 0x80) {
        const int lengthBytes = first & 0x7f;
        if (lengthBytes < 1 || lengthBytes > 4 || der.size() < 2 + lengthBytes) {
            return false;
        }
        length = 0;
        for (int i = 0; i < lengthBytes; ++i) {
            length = (length << 8) | static_cast<quint8>(der.at(2 + i));
        }
        header += lengthBytes;
    }
    return header + length == der.size();
}

/**
 * Whether a CA file holds a PEM certificate or is a DER one. Settings are read before the application object
 * exists, and Qt's TLS backend must not load before it (it ties itself to the object and warns), so this
 * looks at the encoding only; the certificates are parsed when the network is set up.
 */
bool holdsCertificate(const QByteArray &content)
{
    static const QRegularExpression pem(
        QStringLiteral("-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]+)-----END CERTIFICATE-----"));
    auto blocks = pem.globalMatch(QString::fromLatin1(content));
    while (blocks.hasNext()) {
        QByteArray base64 = blocks.next().captured(1).toLatin1();
        base64.replace(' ', QByteArray()).replace('\n', QByteArray()).replace('\r', QByteArray());
        base64.replace('\t', QByteArray());
        const auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && isDerSequence(decoded.decoded)) {
            return true;
        }
    }
    return isDerSequence(content);
}

bool checkCaFile(const QString &text, QString *problem)
{
    if (!checkAbsoluteReadableFile(text, problem)) {
        return false;
    }
    QFile file(text);
    if (!file.open(QIODevice::ReadOnly) || !holdsCertificate(file.read(16 * 1024 * 1024))) {
        return fail(problem,
                    QCoreApplication::translate("Settings", "%1 holds no PEM or DER certificate").arg(text));
    }
    return true;
}

bool checkLogDirectory(const QString &text, QString *problem)
{
    if (text.isEmpty() || text == QLatin1String("none")) {
        return true;
    }
    if (!QDir::isAbsolutePath(text)) {
        return fail(problem,
                    QCoreApplication::translate(
                        "Settings", "must be an absolute path, \"none\" or empty for the default (not %1)")
                        .arg(quoted(text)));
    }
    const QFileInfo info(text);
    if (info.exists() && !info.isDir()) {
        return fail(problem, QCoreApplication::translate("Settings", "%1 is not a directory").arg(text));
    }
    if (info.exists() && !info.isWritable()) {
        return fail(problem, QCoreApplication::translate("Settings", "%1 is not writable").arg(text));
    }
    return true;
}

bool checkPins(const QStringList &pins, QStringList *normalized, QString *problem)
{
    for (QString pin : pins) {
        if (pin.startsWith(QLatin1String("sha256/"))) {
            pin = pin.mid(7);
        }
        const auto decoded =
            QByteArray::fromBase64Encoding(pin.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32) {
            return fail(problem,
                        QCoreApplication::translate(
                            "Settings", "%1 is not the base64 SHA-256 hash of a public key (44 characters)")
                            .arg(quoted(pin)));
        }
        normalized->append(pin);
    }
    if (normalized->size() == 1) {
        // One pin locks everyone out the day that key is replaced or lost; a backup key makes a change safe.
        return fail(problem, QCoreApplication::translate(
                                 "Settings", "needs at least two pins: the key in use and a backup key"));
    }
    return true;
}

bool checkLanguage(const QString &text, QString *problem)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z]{2,3}([_-][A-Za-z]{2,4})?([_-][A-Z]{2})?$"));
    if (text == QLatin1String("system")) {
        return true;
    }
    if (!pattern.match(text).hasMatch() || QLocale(text).language() == QLocale::C) {
        return fail(problem,
                    QCoreApplication::translate(
                        "Settings", "must be \"system\" or a language such as de, fr or pt_BR (not %1)")
                        .arg(quoted(text)));
    }
    return true;
}

/** Keys that would hold a secret are never settings, whatever the layer. */
bool looksLikeSecret(const QString &key)
{
    const QString lower = key.toLower();
    for (const char *word : {"secret", "token", "password", "apikey", "api_key", "authtoken"}) {
        if (lower.contains(QLatin1String(word))) {
            return true;
        }
    }
    return false;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j) {
        previous[j] = j;
    }
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1);
            current[j] = qMin(qMin(previous[j] + 1, current[j - 1] + 1), substitution);
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

const QList<SettingDefinition> &SettingsSchema::definitions()
{
    static const QList<SettingDefinition> all{
        define(SettingsKey::mode,
               QStringLiteral("How to sign in: through the organisation's backend, directly against Twilio "
                              "Verify, or against the built-in sandbox."),
               Type::Choice, QStringLiteral("backend"),
               {QStringLiteral("backend"), QStringLiteral("twilio"), QStringLiteral("sandbox")}),
        define(SettingsKey::allowSandbox,
               QStringLiteral("Whether anyone may use the sandbox (--sandbox, or \"Try the sandbox\" on an "
                              "unconfigured install)."),
               Type::Boolean, true),
        define(SettingsKey::serverUrl,
               QStringLiteral("The organisation's backend, as an https origin without a path; plain http "
                              "only on this computer."),
               Type::Url, QString()),
        define(SettingsKey::loginPath, QStringLiteral("The backend's path for the password step."),
               Type::Text, QStringLiteral("/api/auth/login")),
        define(SettingsKey::sendCodePath, QStringLiteral("The backend's path that sends a code."), Type::Text,
               QStringLiteral("/api/auth/send-code")),
        define(SettingsKey::verifyCodePath, QStringLiteral("The backend's path that checks a code."),
               Type::Text, QStringLiteral("/api/auth/verify-code")),
        define(SettingsKey::logoutPath, QStringLiteral("The backend's path that ends a session."), Type::Text,
               QStringLiteral("/api/auth/logout")),
        define(SettingsKey::verifyServiceSid,
               QStringLiteral(
                   "Direct mode: the Twilio Verify Service SID, VA followed by 32 hexadecimal digits."),
               Type::Text, QString()),
        define(SettingsKey::verifyBaseUrl,
               QStringLiteral("Direct mode: the origin of the Twilio Verify API."), Type::Url,
               QStringLiteral("https://verify.twilio.com")),
        define(SettingsKey::allowedChannels,
               QStringLiteral(
                   "The channels users may choose for their code (those also offered by the server)."),
               Type::ChoiceList, channelNames(), channelNames()),
        define(SettingsKey::defaultChannel,
               QStringLiteral("The channel selected first on the phone step, and used by --tty; one of the "
                              "allowed channels."),
               Type::Choice, QStringLiteral("sms"), channelNames()),
        define(SettingsKey::codeLength,
               QStringLiteral("Backend mode: the code length to expect when the backend announces none, 4 to "
                              "10 (0: the user presses Enter)."),
               Type::Integer, 0, {}, 0, 10),
        define(SettingsKey::resendCooldown, QStringLiteral("Seconds before \"Send a new code\" is offered."),
               Type::Integer, 30, {}, 0, 600),
        define(SettingsKey::callFallback,
               QStringLiteral("Seconds before \"Call me instead\" is offered, when calls are allowed."),
               Type::Integer, 20, {}, 0, 600),
        define(SettingsKey::rememberMeAllowed,
               QStringLiteral("Whether \"Remember me\" is offered, which keeps the backend's session in the "
                              "system keychain."),
               Type::Boolean, true),
        define(SettingsKey::rememberMeDays,
               QStringLiteral("Days a remembered session is used (0: as long as the server accepts it)."),
               Type::Integer, 0, {}, 0, 3650),
        define(SettingsKey::rememberMeDefault,
               QStringLiteral("Whether the \"Remember me\" box starts ticked."), Type::Boolean, false),
        define(SettingsKey::rememberDeviceAllowed,
               QStringLiteral("Whether \"Remember this device\" is offered, which skips the code (never the "
                              "password) on this computer."),
               Type::Boolean, false),
        define(SettingsKey::rememberDeviceDays, QStringLiteral("Days a remembered device skips the code."),
               Type::Integer, 30, {}, 1, 365),
        define(SettingsKey::failMode,
               QStringLiteral("closed: nobody signs in while the code service cannot be reached; open "
                              "(honoured only from policy): the user is let in without a code then."),
               Type::Choice, QStringLiteral("closed"), {QStringLiteral("closed"), QStringLiteral("open")}),
        define(SettingsKey::phoneNumber,
               QStringLiteral("The number codes go to for this computer's user, in international format (+ "
                              "and the country code)."),
               Type::Text, QString()),
        define(
            SettingsKey::emailAddress,
            QStringLiteral("Direct mode: the address on file for this computer's user, where codes may go by "
                           "email; honoured only from policy or the admin defaults."),
            Type::Text, QString()),
        define(
            SettingsKey::proxyMode,
            QStringLiteral(
                "system: the platform's proxy settings; none: direct connections; manual: Network/ProxyUrl."),
            Type::Choice, QStringLiteral("system"),
            {QStringLiteral("system"), QStringLiteral("none"), QStringLiteral("manual")}),
        define(SettingsKey::proxyUrl,
               QStringLiteral("The proxy for manual proxy mode, http://host:port or socks5://host:port, "
                              "without credentials."),
               Type::Text, QString()),
        define(SettingsKey::connectTimeout,
               QStringLiteral("The longest wait, in seconds, until a request is on the wire (name lookup, "
                              "TCP, proxy and TLS)."),
               Type::Integer, 10, {}, 1, 120),
        define(SettingsKey::totalTimeout,
               QStringLiteral("The longest a whole request may take, in seconds, answer included."),
               Type::Integer, 30, {}, 1, 600),
        define(SettingsKey::extraCaFile,
               QStringLiteral("An absolute path to a PEM or DER file of extra certificate authorities, added "
                              "to the system's."),
               Type::Path, QString()),
        define(SettingsKey::pinnedSpki,
               QStringLiteral("Base64 SHA-256 hashes of the server's public keys (at least two); a TLS "
                              "connection must present one of them."),
               Type::Pins, QStringList()),
        define(SettingsKey::language,
               QStringLiteral("The language of the window, the terminal and the reports: system, or a "
                              "language such as de or pt_BR."),
               Type::Text, QStringLiteral("system")),
        define(SettingsKey::helpDeskText,
               QStringLiteral("The help-desk text shown under every error, on the \"not set up yet\" page, "
                              "under \"Didn't get a code?\" and at the start of a --tty sign-in."),
               Type::Text, QString(), {}, 0, 1000),
        define(SettingsKey::helpDeskLogo,
               QStringLiteral("An absolute path to the organisation's logo, shown in the window's header."),
               Type::Path, QString()),
        define(
            SettingsKey::organisationName,
            QStringLiteral("The organisation's name, shown above every page's title and in --tty sign-ins, "
                           "so that users know whose sign-in this is."),
            Type::Text, QString(), {}, 0, 80),
        define(SettingsKey::closeWhenDone,
               QStringLiteral("Close the window a few seconds after a successful sign-in, unless the user is "
                              "about to sign out or change the number."),
               Type::Boolean, false),
        define(SettingsKey::logLevel,
               QStringLiteral("Which messages are written to stderr, the log file and syslog."), Type::Choice,
               QStringLiteral("warning"),
               {QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"),
                QStringLiteral("critical")}),
        define(SettingsKey::logDirectory,
               QStringLiteral("Where latchkey.log goes: an absolute path, empty for the platform's place, or "
                              "none for no file."),
               Type::Text, QString()),
        define(SettingsKey::syslog, QStringLiteral("Also send log messages to syslog (Linux and macOS)."),
               Type::Boolean, false),
        define(SettingsKey::auditEnabled,
               QStringLiteral("Keep the audit log: one JSON line per sign-in attempt, never a secret, code "
                              "or full number."),
               Type::Boolean, true),
        define(SettingsKey::auditPath,
               QStringLiteral("The audit log's file, an absolute path; empty for audit.jsonl in the log "
                              "directory's default place."),
               Type::Text, QString()),
        define(SettingsKey::auditSyslog,
               QStringLiteral("Also send each audit line to syslog (Linux and macOS)."), Type::Boolean,
               false),
        define(
            SettingsKey::gateAllowSandbox,
            QStringLiteral(
                "Whether a sandbox sign-in may start the program behind --exec; honoured only from policy."),
            Type::Boolean, false),
        define(
            SettingsKey::gateAudience,
            QStringLiteral(
                "The audience the backend's assertion is asked for with --exec, naming the gated program."),
            Type::Text, QString(), {}, 0, 200),
    };
    return all;
}

const SettingDefinition *SettingsSchema::find(const QString &key)
{
    for (const SettingDefinition &definition : definitions()) {
        if (definition.key.compare(key, Qt::CaseInsensitive) == 0) {
            return &definition;
        }
    }
    return nullptr;
}

QString SettingsSchema::unknownKeyMessage(const QString &key)
{
    if (looksLikeSecret(key)) {
        return QCoreApplication::translate("Settings", "is not a setting: secrets (API keys, auth tokens, "
                                                       "passwords) are never read from settings "
                                                       "files, the registry or profiles; see %1")
            .arg(SettingsLocations::adminGuide());
    }
    QString suggestion;
    int best = 3; // suggest only near misses
    const QString name = key.section(QLatin1Char('/'), -1);
    for (const SettingDefinition &definition : definitions()) {
        const int distance = editDistance(key, definition.key);
        const bool sameName =
            !key.contains(QLatin1Char('/')) &&
            definition.key.section(QLatin1Char('/'), -1).compare(name, Qt::CaseInsensitive) == 0;
        if (sameName || distance < best) {
            best = sameName ? 0 : distance;
            suggestion = definition.key;
        }
    }
    if (!suggestion.isEmpty()) {
        return QCoreApplication::translate("Settings", "is not a Latchkey setting; did you mean %1?")
            .arg(suggestion);
    }
    return QCoreApplication::translate("Settings", "is not a Latchkey setting (%1 lists them all)")
        .arg(SettingsLocations::adminGuide());
}

bool SettingsSchema::parse(const QString &key, const QVariant &raw, QVariant *value, QString *problem)
{
    const SettingDefinition *definition = find(key);
    if (!definition) {
        return fail(problem, unknownKeyMessage(key));
    }
    const QString &name = definition->key;
    const QString text = rawText(raw);

    switch (definition->type) {
    case Type::Boolean: {
        bool result = false;
        if (!parseBoolean(raw, &result)) {
            return fail(
                problem,
                QCoreApplication::translate("Settings", "must be true or false (not %1)").arg(quoted(text)));
        }
        if ((name == SettingsKey::syslog || name == SettingsKey::auditSyslog) && result) {
#ifndef Q_OS_UNIX
            return fail(problem,
                        QCoreApplication::translate("Settings", "is available only on Linux and macOS"));
#endif
        }
        *value = result;
        return true;
    }
    case Type::Integer: {
        int result = 0;
        const bool isNumber = parseInteger(raw, &result);
        if (name == SettingsKey::codeLength) {
            if (!isNumber || result < 0 || (result > 0 && result < 4) || result > 10) {
                return fail(
                    problem,
                    QCoreApplication::translate(
                        "Settings", "must be 0 (the server decides) or a whole number from 4 to 10 (not %1)")
                        .arg(quoted(text)));
            }
        } else if (!isNumber || result < definition->minimum || result > definition->maximum) {
            return fail(problem, QCoreApplication::translate("Settings",
                                                             "must be a whole number from %1 to %2 (not %3)")
                                     .arg(definition->minimum)
                                     .arg(definition->maximum)
                                     .arg(quoted(text)));
        }
        *value = result;
        return true;
    }
    case Type::Choice: {
        const QString choice = text.toLower();
        if (!definition->choices.contains(choice)) {
            return fail(problem, QCoreApplication::translate("Settings", "must be one of %1 (not %2)")
                                     .arg(definition->choices.join(QStringLiteral(", ")), quoted(text)));
        }
        *value = choice;
        return true;
    }
    case Type::ChoiceList: {
        QStringList chosen;
        for (const QString &item : rawList(raw)) {
            const QString choice = item.toLower();
            if (!definition->choices.contains(choice)) {
                return fail(problem, QCoreApplication::translate("Settings", "%1 is not one of %2")
                                         .arg(quoted(item), definition->choices.join(QStringLiteral(", "))));
            }
            if (!chosen.contains(choice)) {
                chosen.append(choice);
            }
        }
        if (chosen.isEmpty()) {
            return fail(problem,
                        QCoreApplication::translate(
                            "Settings", "must name at least one of %1, or nobody could receive a code")
                            .arg(definition->choices.join(QStringLiteral(", "))));
        }
        *value = chosen;
        return true;
    }
    case Type::Url: {
        QString origin;
        if (text.isEmpty() && name == SettingsKey::serverUrl) {
            *value = QString();
            return true;
        }
        if (!checkOrigin(name, text, &origin, problem)) {
            return false;
        }
        *value = origin;
        return true;
    }
    case Type::Path: {
        if (text.isEmpty()) {
            *value = QString();
            return true;
        }
        if (name == SettingsKey::extraCaFile ? !checkCaFile(text, problem)
                                             : !checkAbsoluteReadableFile(text, problem)) {
            return false;
        }
        *value = text;
        return true;
    }
    case Type::Pins: {
        QStringList pins;
        if (!checkPins(rawList(raw), &pins, problem)) {
            return false;
        }
        *value = pins;
        return true;
    }
    case Type::Text:
        break;
    }

    if (name == SettingsKey::verifyServiceSid) {
        static const QRegularExpression sid(QStringLiteral("^VA[0-9a-fA-F]{32}$"));
        if (!text.isEmpty() && !sid.match(text).hasMatch()) {
            return fail(problem, QCoreApplication::translate(
                                     "Settings", "must be \"VA\" followed by 32 hexadecimal digits (not %1)")
                                     .arg(quoted(text)));
        }
    } else if (name == SettingsKey::loginPath || name == SettingsKey::sendCodePath ||
               name == SettingsKey::verifyCodePath || name == SettingsKey::logoutPath) {
        if (!checkPath(text, problem)) {
            return false;
        }
    } else if (name == SettingsKey::proxyUrl) {
        if (!text.isEmpty() && !checkProxyUrl(text, problem)) {
            return false;
        }
    } else if (name == SettingsKey::language) {
        if (!checkLanguage(text, problem)) {
            return false;
        }
    } else if (name == SettingsKey::logDirectory) {
        if (!checkLogDirectory(text, problem)) {
            return false;
        }
    } else if (name == SettingsKey::auditPath && !text.isEmpty()) {
        // Whether it can be written is found out when a sign-in writes to it: that never stops the sign-in.
        if (!QDir::isAbsolutePath(text) || QFileInfo(text).isDir()) {
            return fail(problem,
                        QCoreApplication::translate(
                            "Settings", "must be the absolute path of a file, or empty for the default "
                                        "(not %1)")
                            .arg(quoted(text)));
        }
    } else if (name == SettingsKey::emailAddress && !text.isEmpty()) {
        // The value is not repeated in the message: it is someone's address.
        if (!EmailAddress::looksValid(text)) {
            return fail(problem, QCoreApplication::translate(
                                     "Settings", "must be an email address, such as ada@example.com"));
        }
    } else if (name == SettingsKey::phoneNumber && !text.isEmpty()) {
        // Stored as E.164. The value is not repeated in the message: it is someone's phone number.
        const PhoneNumber number = PhoneNumber::parse(text, QStringLiteral("ZZ"));
        if (!text.startsWith(QLatin1Char('+')) || !number.isPossible()) {
            return fail(problem, QCoreApplication::translate(
                                     "Settings", "must be a phone number in international format starting "
                                                 "with + and the country code, such as +14155550142"));
        }
        *value = number.e164();
        return true;
    } else if (name == SettingsKey::gateAudience && !text.isEmpty()) {
        // A name the backend matches against its allowed list: printable, no spaces, not too long.
        static const QRegularExpression audience(QStringLiteral("^[A-Za-z0-9._:/-]{1,200}$"));
        if (!audience.match(text).hasMatch()) {
            return fail(problem, QCoreApplication::translate(
                                     "Settings", "must be up to 200 letters, digits and . _ : / - (not %1)")
                                     .arg(quoted(text)));
        }
    } else if (name == SettingsKey::organisationName &&
               (text.size() > definition->maximum || text.contains(QLatin1Char('\n')))) {
        return fail(problem,
                    QCoreApplication::translate(
                        "Settings", "must be one line of at most %1 characters, to fit above a title")
                        .arg(definition->maximum));
    } else if (name == SettingsKey::helpDeskText && text.size() > definition->maximum) {
        return fail(problem, QCoreApplication::translate(
                                 "Settings", "is %1 characters long; at most %2 fit under an error")
                                 .arg(text.size())
                                 .arg(definition->maximum));
    }
    *value = text;
    return true;
}

QString SettingsSchema::displayValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QStringList: {
        const QStringList list = value.toStringList();
        return list.isEmpty() ? QStringLiteral("(none)") : list.join(QStringLiteral(", "));
    }
    default: {
        const QString text = value.toString();
        // Auth/PhoneNumber and Auth/EmailAddress: reports and logs never show a whole number or address.
        static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
        if (e164.match(text).hasMatch()) {
            return PhoneNumber::masked(text);
        }
        if (EmailAddress::looksValid(text)) {
            return EmailAddress::masked(text);
        }
        return text.isEmpty() ? QStringLiteral("(empty)") : text;
    }
    }
}

} // namespace latchkey
