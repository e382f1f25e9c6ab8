// Right to left, the layout is mirrored (issue 18): with the Arabic catalogue
// (--lang ar, ?lang=ar, or Arabic data choosing it) the nav runs from the
// right, the quiz's Next is left of Back, bars fill from the right, rows of
// buttons and pills start at the right; with English all of it is as before.
// Read from the state export's targets (ctx.mark) and the last frame's draw
// data, at a phone's width and a laptop's.
//
// [SECTION] Helpers
// [SECTION] Mirrored layout
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include <imgui.h>
#include <imgui_internal.h>  // ImGuiWindow: where a tooltip opened

#include "platform/headless/headless.h"
#include "ui/app.h"

using rc::View;
using rc::headless::Harness;
namespace ui = rc::ui;
using json = nlohmann::json;

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

namespace {

ui::AppConfig language(const std::string& lang) {
    ui::AppConfig c;
    c.language = lang;
    return c;
}

std::string readFile(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    return s.str();
}

// A harness at a CSS size (DPR 1: target rects are CSS px, as the draw
// data's), tall enough that every target is on screen.
struct Ui {
    Harness h;
    Ui(const ui::AppConfig& cfg, float w, const std::string& data = {}) : h(cfg) {
        if (!data.empty()) REQUIRE(h.app().loadCustomData(readFile(data), data).empty());
        h.setDisplay(w, 4000, 1);
        h.settle();
    }
    json state() { return json::parse(h.app().exportState()); }
    void go(View v) {
        h.app().setView(v);
        h.wake();
        h.settle();
    }
    Harness::Rect rect(const std::string& name) {
        Harness::Rect r;
        INFO("target " << name);
        REQUIRE(h.target(name, &r));
        return r;
    }
    float centreX(const std::string& name) {
        const Harness::Rect r = rect(name);
        return r.x + r.w / 2;
    }
    void click(const std::string& name) {
        const Harness::Rect r = rect(name);
        h.click(r.x + r.w / 2, r.y + r.h / 2);
        h.mouseLeave();
        h.settle();
    }
};

// The colours drawn inside a rect, and the x extent of each, from the last
// frame's draw data.
struct Extent { float min = 1e9f, max = -1e9f; };
std::map<ImU32, Extent> colours(float x0, float y0, float x1, float y1) {
    std::map<ImU32, Extent> out;
    const ImDrawData* dd = ImGui::GetDrawData();
    REQUIRE(dd);
    for (int l = 0; l < dd->CmdListsCount; ++l)
        for (const ImDrawVert& v : dd->CmdLists[l]->VtxBuffer)
            if (v.pos.x >= x0 && v.pos.x <= x1 && v.pos.y >= y0 && v.pos.y <= y1) {
                Extent& e = out[v.col];
                e.min = std::min(e.min, v.pos.x);
                e.max = std::max(e.max, v.pos.x);
            }
    return out;
}

// Whether `a` is drawn before `b` in reading order: left of it, or right of
// it right to left. Both on one line (same top).
void readsBefore(Ui& u, const std::string& a, const std::string& b, bool rtl) {
    const Harness::Rect ra = u.rect(a), rb = u.rect(b);
    INFO(a << " at x " << ra.x << " w " << ra.w << ", " << b << " at x " << rb.x << " w " << rb.w);
    REQUIRE(ra.y == Approx(rb.y).margin(1));
    if (rtl) {
        CHECK(ra.x > rb.x + rb.w - 1);  // wholly right of it
    } else {
        CHECK(ra.x + ra.w < rb.x + 1);  // wholly left of it
    }
}

// The checks, for one language at one width.
void checkLayout(Ui& u, bool rtl, float width) {
    CAPTURE(rtl, width);
    CHECK(u.state()["language"]["dir"] == (rtl ? "rtl" : "ltr"));

    // The nav: its first entry is right of its second (left of it, LTR).
    readsBefore(u, "nav:overview", "nav:compare", rtl);

    // A row of buttons (the Overview's call to action): side by side at a
    // laptop's width, the first rightmost; on a phone stacked, full width.
    u.go(View::Overview);
    {
        const Harness::Rect a = u.rect("overview:start-quiz"), b = u.rect("overview:compare");
        if (a.y == Approx(b.y).margin(1)) readsBefore(u, "overview:start-quiz", "overview:compare", rtl);
        else CHECK(a.x == Approx(b.x).margin(1));
        if (width >= 1000) CHECK(a.y == Approx(b.y).margin(1));
    }

    // A run of pills (the Compare view's categories, a Flow).
    u.go(View::Compare);
    {
        const auto pills = u.h.targets("compare:category:");
        REQUIRE(pills.size() >= 2);
        readsBefore(u, "compare:category:all", pills[1].first, rtl);
    }

    // The quiz: Next is right of Back (left of it, RTL), Skip between them;
    // the scale's first option is at the start.
    u.go(View::Quiz);
    readsBefore(u, "quiz:back", "quiz:next", rtl);
    readsBefore(u, "quiz:skip", "quiz:next", rtl);
    readsBefore(u, "quiz:dot:0", "quiz:dot:1", rtl);
    {
        const Harness::Rect o0 = u.rect("quiz:option:0"), o1 = u.rect("quiz:option:1");
        if (o0.y == Approx(o1.y).margin(1)) readsBefore(u, "quiz:option:0", "quiz:option:1", rtl);
        if (width >= 1000) CHECK(o0.y == Approx(o1.y).margin(1));  // a row of tiles at a laptop's width
    }

    // A bar fills from the start: the progress bar, one question of 13
    // answered, just above the dots. Its track is the widest opaque colour
    // there; its fill the opaque colour that reaches one end of the track.
    u.click("quiz:option:3");
    REQUIRE(u.state()["quiz"]["answered"] == 1);
    const Harness::Rect dot = u.rect("quiz:dot:0");
    const auto strip = colours(0, dot.y - 24, u.h.widthPx(), dot.y - 1);
    const Extent* fill = nullptr;
    const Extent* track = nullptr;
    auto opaque = [](ImU32 c) { return (c >> IM_COL32_A_SHIFT) == 0xFF; };
    for (const auto& [col, e] : strip)
        if (opaque(col) && (!track || e.max - e.min > track->max - track->min)) track = &e;
    REQUIRE(track);
    for (const auto& [col, e] : strip) {
        const bool atAnEnd = std::abs(e.min - track->min) <= 1 || std::abs(e.max - track->max) <= 1;
        if (&e != track && opaque(col) && atAnEnd && (!fill || e.max - e.min > fill->max - fill->min)) fill = &e;
    }
    REQUIRE(fill);
    INFO("fill " << fill->min << ".." << fill->max << ", track " << track->min << ".." << track->max);
    CHECK(fill->max - fill->min < (track->max - track->min) / 2);  // 1 of 13
    if (rtl) {
        CHECK(fill->max == Approx(track->max).margin(1));
        CHECK(fill->min > track->min + (track->max - track->min) / 2);
    } else {
        CHECK(fill->min == Approx(track->min).margin(1));
        CHECK(fill->max < track->min + (track->max - track->min) / 2);
    }
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Mirrored layout
//-----------------------------------------------------------------------------

TEST_CASE("RTL: the Arabic interface is mirrored, the English one is not", "[ui][rtl]") {
    for (const float w : {390.0f, 1280.0f}) {
        {
            Ui u(language("ar"), w);
            checkLayout(u, true, w);
        }
        {
            Ui u(language("en"), w);
            checkLayout(u, false, w);
        }
    }
}

TEST_CASE("RTL: Arabic data chooses the Arabic interface, mirrored", "[ui][rtl]") {
    for (const float w : {390.0f, 1280.0f}) {
        Ui u(ui::AppConfig{}, w, RC_SOURCE_DIR "/tests/data/ar.json");
        checkLayout(u, true, w);
    }
}

TEST_CASE("RTL: a tooltip opens left of the mouse where it fits, right of it LTR", "[ui][rtl]") {
    for (const bool rtl : {true, false}) {
        CAPTURE(rtl);
        Ui u(language(rtl ? "ar" : "en"), 1280);
        u.go(View::Quiz);
        // A progress dot far enough from the left edge for a tooltip (kTipCss) there.
        const Harness::Rect d = u.rect(rtl ? "quiz:dot:0" : "quiz:dot:12");
        const float mx = d.x + d.w / 2, my = d.y + d.h / 2;
        if (rtl) REQUIRE(mx > 400);
        u.h.mouseMove(mx, my);
        u.h.settle();
        const ImGuiWindow* tip = nullptr;
        for (const ImGuiWindow* w : u.h.imgui()->Windows)
            if ((w->Flags & ImGuiWindowFlags_Tooltip) && w->WasActive) tip = w;
        REQUIRE(tip);
        INFO("mouse x " << mx << ", tooltip " << tip->Pos.x << ".." << tip->Pos.x + tip->Size.x);
        if (rtl) CHECK(tip->Pos.x + tip->Size.x <= mx);
        else CHECK(tip->Pos.x >= mx);
    }
}
