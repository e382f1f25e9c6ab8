// The Quiz and Result views as a reader meets them, through the headless
// harness: the quiz keeps one height from the first question to the last (an
// embed's iframe does not jump), skipped questions are told apart from those
// not reached yet (dots, legend, mirror), the live preview waits for the
// first answer, every control is touch-sized on a coarse pointer, and a
// result's reasons cut short on a phone open with "More".
//
// [SECTION] Helpers
// [SECTION] One height for the whole quiz
// [SECTION] Progress dots
// [SECTION] Live preview
// [SECTION] Touch sizes
// [SECTION] Result reasons
#include <catch2/catch.hpp>

#include <imgui.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "core/view_table.h"
#include "platform/headless/headless.h"
#include "ui/app.h"

using rc::View;
using rc::headless::Harness;
using rc::ui::Effect;
namespace ui = rc::ui;
using json = nlohmann::json;

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

namespace {

ui::AppConfig config(bool coarse) {
    ui::AppConfig c;
    c.coarse = coarse;
    return c;
}

// A harness at a CSS size (DPR 1, so target rects are CSS px), on the quiz;
// tall enough by default that every target is on screen (targets are cut to it).
struct Quiz {
    Harness h;
    explicit Quiz(float w, bool coarse = false, float hgt = 6000) : h(config(coarse)) {
        h.setDisplay(w, hgt, 1);
        h.settle();
        go(View::Quiz);
    }
    ui::App& app() { return h.app(); }
    json state() { return json::parse(h.app().exportState()); }
    int questions() { return static_cast<int>(h.app().data().quiz.questions.size()); }
    void go(View v) {
        h.app().setView(v);
        h.wake();
        h.settle();
    }
    bool has(const std::string& name) {
        Harness::Rect r;
        return h.target(name, &r);
    }
    Harness::Rect rect(const std::string& name) {
        Harness::Rect r;
        REQUIRE(h.target(name, &r));
        return r;
    }
    // A click on a named target, then the mouse away (no hover left behind).
    void click(const std::string& name) {
        const Harness::Rect r = rect(name);
        h.click(r.x + r.w / 2, r.y + r.h / 2);
        h.mouseLeave();
        h.settle();
    }
    // The height the app reports to the host page (the resize event's).
    int height() { return state()["contentHeight"].get<int>(); }
    std::string mirror() {
        std::string last;
        for (const Effect& e : h.takeEffects())
            if (e.kind == Effect::Kind::Mirror) last = e.text;
        for (const Effect& e : h.app().takeEffects())
            if (e.kind == Effect::Kind::Mirror) last = e.text;
        return last;
    }
};

// What is drawn inside a rect (physical px): vertex count and the colours
// used, from the last frame's draw data.
struct Drawn {
    int vertices = 0;
    std::set<ImU32> colors;
    bool operator==(const Drawn& o) const { return vertices == o.vertices && colors == o.colors; }
};
Drawn drawnIn(const Harness::Rect& r) {
    Drawn d;
    const ImDrawData* dd = ImGui::GetDrawData();
    REQUIRE(dd);
    for (int l = 0; l < dd->CmdListsCount; ++l)
        for (const ImDrawVert& v : dd->CmdLists[l]->VtxBuffer)
            if (v.pos.x > r.x && v.pos.x < r.x + r.w && v.pos.y > r.y && v.pos.y < r.y + r.h) {
                ++d.vertices;
                d.colors.insert(v.col);
            }
    return d;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] One height for the whole quiz
//-----------------------------------------------------------------------------

TEST_CASE("The quiz is as tall on every question, answered, skipped or gone back to", "[ui][quiz][height]") {
    for (const bool coarse : {false, true}) {
        for (const float w : {320.0f, 390.0f, 768.0f, 1024.0f, 1366.0f}) {
            CAPTURE(coarse, w);
            Quiz u(w, coarse);
            std::set<int> heights{u.height()};
            const int n = u.questions();
            for (int q = 0; q < n; ++q) {
                CAPTURE(q);
                REQUIRE(u.state()["quiz"]["current"] == q);
                if (q == 2) {
                    u.click("quiz:skip");  // skipped, then Back to it and on again
                    heights.insert(u.height());
                    u.click("quiz:back");
                    heights.insert(u.height());
                    u.click("quiz:next");
                } else {
                    u.click("quiz:option:0");
                    if (q == n - 1) break;
                    if (u.state()["quiz"]["current"] == q) u.click("quiz:next");
                }
                heights.insert(u.height());
            }
            heights.insert(u.height());
            CHECK(u.state()["quiz"]["complete"] == true);
            CHECK(heights.size() == 1);
            if (heights.size() != 1) {
                std::string list;
                for (int v : heights) list += std::to_string(v) + " ";
                FAIL_CHECK("heights seen: " << list);
            }
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Progress dots
//-----------------------------------------------------------------------------

TEST_CASE("Progress dots: answered, skipped and not yet each look different; the mirror says which", "[ui][quiz][dots]") {
    Quiz u(1024);
    u.click("quiz:skip");        // question 1 skipped
    u.click("quiz:option:1");    // question 2 answered; on to 3
    REQUIRE(u.state()["quiz"]["current"] == 2);
    u.h.frame();
    const Drawn skipped = drawnIn(u.rect("quiz:dot:0"));
    const Drawn answered = drawnIn(u.rect("quiz:dot:1"));
    const Drawn open = drawnIn(u.rect("quiz:dot:3"));
    CHECK(skipped.vertices > 0);
    CHECK_FALSE(skipped == open);
    CHECK_FALSE(skipped == answered);
    CHECK_FALSE(answered == open);
    CHECK(drawnIn(u.rect("quiz:dot:4")) == open);  // one look per state

    const std::string m = u.mirror();
    CHECK(m.find("Question 1: skipped") != std::string::npos);
    CHECK(m.find("Question 2: answered") != std::string::npos);
    CHECK(m.find("Question 4: not answered yet") != std::string::npos);
    CHECK(m.find("data-rc-action=\"question:0\"") != std::string::npos);
}

TEST_CASE("A question passed without an answer is skipped; one not reached yet is not", "[ui][quiz][dots]") {
    Quiz u(1024);
    const rc::Dataset& d = u.app().data();
    rc::Answers a(d.quiz.questions.size(), rc::kSkipped);
    CHECK(rc::questionState(d, a, 0, 0) == rc::QuestionState::Open);
    CHECK(rc::questionState(d, a, 3, 1) == rc::QuestionState::Skipped);   // behind the reader
    CHECK(rc::questionState(d, a, 3, 3) == rc::QuestionState::Open);      // on screen
    a[5] = 0;
    CHECK(rc::questionState(d, a, 0, 4) == rc::QuestionState::Skipped);   // before an answer
    CHECK(rc::questionState(d, a, 0, 5) == rc::QuestionState::Answered);
    CHECK(rc::questionState(d, a, 0, 6) == rc::QuestionState::Open);
}

//-----------------------------------------------------------------------------
// [SECTION] Live preview
//-----------------------------------------------------------------------------

TEST_CASE("The live preview shows no fits before the first answer", "[ui][quiz][preview]") {
    for (const float w : {390.0f, 1366.0f}) {
        CAPTURE(w);
        Quiz u(w);
        CHECK_FALSE(u.has("quiz:preview"));
        u.click("quiz:option:0");
        CHECK(u.has("quiz:preview"));
        u.click("quiz:back");
        u.click("quiz:skip");  // the only answer taken back: nothing answered again
        CHECK(u.state()["quiz"]["answered"] == 0);
        CHECK_FALSE(u.has("quiz:preview"));
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Touch sizes
//-----------------------------------------------------------------------------

// Every named target of the view at least 44 x 44 CSS px (regions that are
// not controls, like the preview, are larger anyway).
void checkTouchTargets(Quiz& u, const std::string& prefix) {
    const auto targets = u.h.targets(prefix);
    CHECK_FALSE(targets.empty());
    for (const auto& [name, r] : targets) {
        CAPTURE(name, r.w, r.h);
        CHECK(r.w >= 44.0f - 0.01f);
        CHECK(r.h >= 44.0f - 0.01f);
    }
}

TEST_CASE("On touch every quiz and result control is at least 44 x 44 CSS px", "[ui][quiz][touch]") {
    for (const float w : {320.0f, 390.0f, 768.0f}) {
        CAPTURE(w);
        Quiz u(w, /*coarse=*/true);
        checkTouchTargets(u, "quiz:");
        const int n = u.questions();
        for (int q = 0; q < n; ++q) REQUIRE(u.app().mirrorAction("answer:" + std::to_string(q) + ":0"));
        u.h.settle();
        checkTouchTargets(u, "quiz:");  // the last question: See result; the preview's own
        u.go(View::Result);
        checkTouchTargets(u, "result:");
    }
}

TEST_CASE("With a mouse the dots stay small and on one line", "[ui][quiz][touch]") {
    Quiz u(1024);
    const Harness::Rect a = u.rect("quiz:dot:0"), b = u.rect("quiz:dot:12");
    CHECK(a.h < 44.0f);
    CHECK(a.y == b.y);
}

//-----------------------------------------------------------------------------
// [SECTION] Result reasons
//-----------------------------------------------------------------------------

TEST_CASE("On a phone a reason cut short opens with More and closes with Less", "[ui][result][more]") {
    for (const bool coarse : {false, true}) {
        CAPTURE(coarse);
        Quiz u(390, coarse);
        // Every answer its question's last option: agreeing with each factor,
        // whose words (up to 231 bytes) a phone cuts at 170.
        const auto& qs = u.app().data().quiz.questions;
        for (size_t q = 0; q < qs.size(); ++q)
            REQUIRE(u.app().mirrorAction("answer:" + std::to_string(q) + ":" + std::to_string(qs[q].options.size() - 1)));
        u.go(View::Result);
        const auto more = u.h.targets("result:more:");
        REQUIRE_FALSE(more.empty());
        const std::string name = more.front().first;
        if (coarse) {
            CHECK(more.front().second.w >= 44.0f);
            CHECK(more.front().second.h >= 44.0f);
        }
        const int closed = u.height();
        u.click(name);

        const int opened = u.height();
        CHECK(opened > closed);  // the whole text
        u.click(name);
        CHECK(u.height() == closed);
    }
}

TEST_CASE("On a wide screen reasons are whole: nothing to open", "[ui][result][more]") {
    Quiz u(1366);
    const int n = u.questions();
    for (int q = 0; q < n; ++q) REQUIRE(u.app().mirrorAction("answer:" + std::to_string(q) + ":0"));
    u.go(View::Result);
    CHECK(u.h.targets("result:more:").empty());
}
