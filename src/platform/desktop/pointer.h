// Pointer positions on HiDPI desktops. GLFW reports the cursor in window
// coordinates (screen units); the UI works in framebuffer pixels (it scales
// its fonts and style itself). Where the OS scales windows (macOS Retina,
// scaled Wayland) the two differ: a 1280x800 window has a 2560x1600
// framebuffer, and a cursor at (100, 100) is the UI's pixel (200, 200).
//
// Pure (no GLFW, no ImGui): main.cpp maps every position that GLFW delivers
// before it reaches ImGui's input queue, once; tests/unit/test_pointer.cpp
// checks ratios 1, 1.5 and 2.
#pragma once
#include <cmath>

namespace rc::desktop {

struct PointerPos {
    float x, y;
};

// Window coordinates -> framebuffer pixels, each axis by its own ratio
// (framebuffer size / window size). A position off every window (ImGui's
// -FLT_MAX, or anything not finite) is passed through unchanged, and so is
// any position while a size is not known (0: a minimised window).
inline PointerPos windowToFramebuffer(double x, double y, int winW, int winH, int fbW, int fbH) {
    const float kOff = -3.402823466e+38f;  // -FLT_MAX: ImGui's "no mouse"
    if (!std::isfinite(x) || !std::isfinite(y) || x <= kOff || y <= kOff) return {static_cast<float>(x), static_cast<float>(y)};
    if (winW <= 0 || winH <= 0 || fbW <= 0 || fbH <= 0) return {static_cast<float>(x), static_cast<float>(y)};
    return {static_cast<float>(x * fbW / winW), static_cast<float>(y * fbH / winH)};
}

}  // namespace rc::desktop
