// Touch sizing (Context::coarse, layout.h): with a finger every control's hit
// area is at least Context::kTouchCss square; with a mouse nothing grows.
// Sizes are read from the state export, as a browser test reads them: the
// named targets and the unnamed controls. The display is tall enough for a
// whole view, so nothing is cut by scrolling.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "platform/headless/headless.h"
#include "ui/app.h"

using rc::View;
using rc::headless::Harness;
namespace ui = rc::ui;

namespace {

// "name WxH" of every control smaller than `min` CSS px in the last frame.
std::vector<std::string> smallerThan(const Harness& h, float min) {
    const nlohmann::json s = nlohmann::json::parse(const_cast<Harness&>(h).app().exportState());
    std::vector<std::string> out;
    for (const char* list : {"targets", "controls"})
        for (const auto& t : s[list]) {
            const std::string name = t["name"];
            if (name == "choose:method") continue;  // a place, not a control
            const float w = t["w"], hh = t["h"];
            if (w < min - 0.01f || hh < min - 0.01f)
                out.push_back(name + " " + std::to_string(w) + "x" + std::to_string(hh));
        }
    return out;
}

void show(Harness& h, View v) {
    h.app().setView(v);
    h.wake();
    h.settle();
    REQUIRE(h.app().view() == v);
}

}  // namespace

TEST_CASE("Touch: with a finger every control of every view is at least 44x44 CSS px", "[ui][touch]") {
    for (const float width : {320.0f, 390.0f, 768.0f}) {
        CAPTURE(width);
        ui::AppConfig cfg;
        cfg.coarse = true;
        Harness h(cfg);
        h.setDisplay(width, 30000, 3);
        for (View v : {View::Overview, View::Compare, View::Choose, View::Faq, View::Basics, View::Sources}) {
            CAPTURE(rc::viewId(v));
            show(h, v);
            CHECK(smallerThan(h, ui::Context::kTouchCss) == std::vector<std::string>{});
        }
        // The FAQ with an answer open: its tags and source links.
        h.app().execute(ui::ToggleFaq{0});
        h.settle();
        CHECK(smallerThan(h, ui::Context::kTouchCss) == std::vector<std::string>{});
    }
}

TEST_CASE("Touch: with a mouse the controls keep their compact sizes; a finger seen later grows them", "[ui][touch]") {
    Harness h;
    h.setDisplay(1366, 3000, 1);
    show(h, View::Faq);
    const nlohmann::json s = nlohmann::json::parse(h.app().exportState());
    CHECK(s["coarse"] == false);
    int nav = 0;
    for (const auto& t : s["targets"]) {
        const std::string name = t["name"];
        if (name.rfind("nav:", 0) == 0) {
            CAPTURE(name);
            CHECK(t["h"].get<float>() == Approx(30));  // the body font and 7 px above and below
            ++nav;
        }
        if (name.rfind("faq:tag:", 0) == 0) CHECK(t["h"].get<float>() < 30);
    }
    CHECK(nav > 0);
    CHECK_FALSE(smallerThan(h, ui::Context::kTouchCss).empty());
    h.app().setCoarse(true);
    h.wake();
    h.settle();
    CHECK(nlohmann::json::parse(h.app().exportState())["coarse"] == true);
    CHECK(smallerThan(h, ui::Context::kTouchCss) == std::vector<std::string>{});
}
