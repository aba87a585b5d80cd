#include "CapsLockState.h"

#include <QGuiApplication>

// Platform headers last: X11's and Windows' macros (None, Bool, Status…) must not reach Qt's headers.
#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_MACOS)
#include <CoreGraphics/CoreGraphics.h>
#elif defined(LATCHKEY_HAS_X11) && QT_CONFIG(xcb)
#include <X11/XKBlib.h>
#endif

namespace latchkey {

namespace {

#if defined(Q_OS_WIN)

class WindowsCapsLockState : public CapsLockState
{
public:
    State state() const override { return (GetKeyState(VK_CAPITAL) & 1) ? State::On : State::Off; }
};

#elif defined(Q_OS_MACOS)

class MacCapsLockState : public CapsLockState
{
public:
    State state() const override
    {
        return (CGEventSourceFlagsState(kCGEventSourceStateCombinedSessionState) & kCGEventFlagMaskAlphaShift)
                   ? State::On
                   : State::Off;
    }
};

#elif defined(LATCHKEY_HAS_X11) && QT_CONFIG(xcb)

/** Asks the X server for the keyboard's locked modifiers; Unknown unless Qt runs on xcb (not on Wayland). */
class X11CapsLockState : public CapsLockState
{
public:
    State state() const override
    {
        auto *x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
        Display *display = x11 ? x11->display() : nullptr;
        if (!display) {
            return State::Unknown;
        }
        XkbStateRec xkb;
        if (XkbGetState(display, XkbUseCoreKbd, &xkb) != Success) {
            return State::Unknown;
        }
        return (xkb.locked_mods & LockMask) ? State::On : State::Off;
    }
};

#else

/** Platforms that cannot tell. */
class UnknownCapsLockState : public CapsLockState
{
public:
    State state() const override { return State::Unknown; }
};

#endif

} // namespace

std::unique_ptr<CapsLockState> CapsLockState::forPlatform()
{
#if defined(Q_OS_WIN)
    return std::make_unique<WindowsCapsLockState>();
#elif defined(Q_OS_MACOS)
    return std::make_unique<MacCapsLockState>();
#elif defined(LATCHKEY_HAS_X11) && QT_CONFIG(xcb)
    return std::make_unique<X11CapsLockState>();
#else
    return std::make_unique<UnknownCapsLockState>();
#endif
}

} // namespace latchkey
