#pragma once

class QCoreApplication;
class QString;

namespace latchkey {

/** What every mode of the program sets up first: its identity (settings paths, keychain service) and its
 * translations. */
class ApplicationSetup
{
public:
    /** Organisation, name and version; the settings' paths and the keychain's service depend on them. */
    static void setIdentity();
    /**
     * Loads Latchkey's own and Qt's translations (Qt's for the standard buttons) for `language` (UI/Language)
     * or, when it is empty, the system's.
     */
    static void installTranslations(QCoreApplication &app, const QString &language);
};

} // namespace latchkey
