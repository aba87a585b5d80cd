#pragma once

#include <memory>

namespace latchkey {

/**
 * Whether Caps Lock is on, where the platform can tell: Windows and macOS ask the system, Linux asks the X
 * server through XKB. Elsewhere (Wayland, offscreen) the answer is Unknown, and no warning is shown rather
 * than a wrong one. Tests inject their own implementation.
 */
class CapsLockState
{
public:
    enum class State { Unknown, Off, On };

    virtual ~CapsLockState() = default;
    virtual State state() const = 0;

    /** The implementation for the platform the application runs on. */
    static std::unique_ptr<CapsLockState> forPlatform();
};

} // namespace latchkey
