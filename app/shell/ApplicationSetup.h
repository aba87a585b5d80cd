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
    /**
     * Empty when a window can open; otherwise why not, with the way out (--tty). On Linux and the BSDs Qt
     * aborts in QApplication when its platform has no display: no QT_QPA_PLATFORM (or only xcb) and neither
     * DISPLAY nor WAYLAND_DISPLAY. Windows and macOS always have a display. Needs no QCoreApplication.
     */
    static QString noDisplayProblem();
};

} // namespace latchkey
