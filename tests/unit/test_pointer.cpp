// Desktop pointer mapping (src/platform/desktop/pointer.h): window
// coordinates from GLFW to the UI's framebuffer pixels, at the ratios of
// ordinary, fractional (Windows/Wayland 150%) and Retina screens.
#include <catch2/catch.hpp>

#include <cfloat>
#include <cmath>
#include <limits>

#include "platform/desktop/pointer.h"

using rc::desktop::windowToFramebuffer;

TEST_CASE("pointer: ratio 1 leaves positions as they are", "[pointer]") {
    auto p = windowToFramebuffer(100, 250.5, 1280, 800, 1280, 800);
    CHECK(p.x == Approx(100));
    CHECK(p.y == Approx(250.5));
}

TEST_CASE("pointer: ratio 1.5 (a 150% scaled desktop)", "[pointer]") {
    auto p = windowToFramebuffer(100, 100, 1280, 800, 1920, 1200);
    CHECK(p.x == Approx(150));
    CHECK(p.y == Approx(150));
    auto corner = windowToFramebuffer(1280, 800, 1280, 800, 1920, 1200);
    CHECK(corner.x == Approx(1920));
    CHECK(corner.y == Approx(1200));
}

TEST_CASE("pointer: ratio 2 (Retina) maps once, the same every time", "[pointer]") {
    // The bug this replaces scaled ImGui's last position in place each
    // frame: 100 became 200, 400, 800, 1600. The mapping is of what GLFW
    // delivered, so the same input gives the same pixel however often.
    for (int frame = 0; frame < 5; ++frame) {
        auto p = windowToFramebuffer(100, 100, 1280, 800, 2560, 1600);
        CHECK(p.x == Approx(200));
        CHECK(p.y == Approx(200));
    }
    auto q = windowToFramebuffer(0.25, 799.5, 1280, 800, 2560, 1600);
    CHECK(q.x == Approx(0.5));
    CHECK(q.y == Approx(1599));
}

TEST_CASE("pointer: each axis by its own ratio", "[pointer]") {
    auto p = windowToFramebuffer(10, 10, 1000, 500, 2000, 750);
    CHECK(p.x == Approx(20));
    CHECK(p.y == Approx(15));
}

TEST_CASE("pointer: positions off the window pass through", "[pointer]") {
    auto off = windowToFramebuffer(-FLT_MAX, -FLT_MAX, 1280, 800, 2560, 1600);
    CHECK(off.x == -FLT_MAX);
    CHECK(off.y == -FLT_MAX);
    // Outside to the left and above (a drag that left the window) still maps.
    auto drag = windowToFramebuffer(-10, -20, 1280, 800, 2560, 1600);
    CHECK(drag.x == Approx(-20));
    CHECK(drag.y == Approx(-40));
    auto nan = windowToFramebuffer(std::numeric_limits<double>::quiet_NaN(), 5, 1280, 800, 2560, 1600);
    CHECK(std::isnan(nan.x));
}

TEST_CASE("pointer: a minimised window (size 0) maps nothing", "[pointer]") {
    auto p = windowToFramebuffer(100, 100, 0, 0, 0, 0);
    CHECK(p.x == Approx(100));
    CHECK(p.y == Approx(100));
}
