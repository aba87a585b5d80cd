// latchkey-settings-schema: SettingsSchema as JSON on stdout, for packaging/admin/generate-admin-files.py,
// which makes the ADMX templates, the macOS profile and the admin guide's table of keys from it.

#include "SettingsSchema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace {

using latchkey::SettingDefinition;

QString typeName(SettingDefinition::Type type)
{
    switch (type) {
    case SettingDefinition::Type::Text:
        return QStringLiteral("text");
    case SettingDefinition::Type::Boolean:
        return QStringLiteral("boolean");
    case SettingDefinition::Type::Integer:
        return QStringLiteral("integer");
    case SettingDefinition::Type::Choice:
        return QStringLiteral("choice");
    case SettingDefinition::Type::ChoiceList:
        return QStringLiteral("choice-list");
    case SettingDefinition::Type::Url:
        return QStringLiteral("url");
    case SettingDefinition::Type::Path:
        return QStringLiteral("path");
    case SettingDefinition::Type::Pins:
        return QStringLiteral("pins");
    }
    return QStringLiteral("text");
}

QJsonObject toJson(const SettingDefinition &definition)
{
    QJsonObject object{
        {QStringLiteral("key"), definition.key},
        {QStringLiteral("type"), typeName(definition.type)},
        {QStringLiteral("default"), QJsonValue::fromVariant(definition.builtIn)},
        {QStringLiteral("description"), definition.description},
    };
    if (!definition.choices.isEmpty()) {
        object.insert(QStringLiteral("choices"), QJsonArray::fromStringList(definition.choices));
    }
    if (definition.type == SettingDefinition::Type::Integer) {
        object.insert(QStringLiteral("minimum"), definition.minimum);
        object.insert(QStringLiteral("maximum"), definition.maximum);
    } else if (definition.maximum > 0) {
        // For text, the schema's maximum is the longest value it accepts, in characters.
        object.insert(QStringLiteral("maxLength"), definition.maximum);
    }
    return object;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QJsonArray keys;
    for (const SettingDefinition &definition : latchkey::SettingsSchema::definitions()) {
        if (definition.description.isEmpty()) {
            std::fprintf(stderr, "latchkey-settings-schema: %s has no description in SettingsSchema\n",
                         qPrintable(definition.key));
            return 1;
        }
        keys.append(toJson(definition));
    }
    const QJsonObject document{{QStringLiteral("applicationId"), QStringLiteral(LATCHKEY_APP_ID)},
                               {QStringLiteral("version"), QStringLiteral(LATCHKEY_VERSION)},
                               {QStringLiteral("keys"), keys}};
    const QByteArray json = QJsonDocument(document).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    return 0;
}
