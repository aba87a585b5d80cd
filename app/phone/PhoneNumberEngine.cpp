#include "PhoneNumberEngine.h"

#include <QFileInfo>
#include <QLibrary>
#include <QtGlobal>

namespace latchkey {

namespace {

const PhoneNumberEngine *builtInEngine = nullptr;

const PhoneNumberEngine *loadModule()
{
#ifdef LATCHKEY_PHONE_MODULE
    // Beside the executable, as installed and in the build tree alike; /proc/self/exe needs no application
    // object, and a phone number may be checked before one exists (the settings).
    const QString executableDir = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    const QString path = executableDir + QStringLiteral("/" LATCHKEY_PHONE_MODULE);
    static QLibrary library; // QLibrary never unloads on its own: the engine lives as long as the program
    library.setFileName(path);
    using Entry = const PhoneNumberEngine *(*)();
    const auto entry = reinterpret_cast<Entry>(library.resolve("latchkey_phone_number_engine"));
    if (!entry) {
        qFatal("Latchkey's phone number module cannot be loaded (%s): reinstall latchkey.",
               qPrintable(library.errorString()));
    }
    return entry();
#else
    qFatal("Latchkey was built without a phone number engine (link latchkey_phone_builtin).");
    return nullptr;
#endif
}

} // namespace

const PhoneNumberEngine &PhoneNumberEngine::instance()
{
    if (builtInEngine) {
        return *builtInEngine;
    }
    static const PhoneNumberEngine *const loaded = loadModule(); // once, whichever thread asks first
    return *loaded;
}

void PhoneNumberEngine::setBuiltIn(const PhoneNumberEngine *engine)
{
    builtInEngine = engine;
}

} // namespace latchkey
