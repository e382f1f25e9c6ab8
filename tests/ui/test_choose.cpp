// The How to choose view through the headless harness: the nav reaches it
// (and still fits a phone), a factor's quiz link opens the quiz at that
// question, ShowChooseMethod (the Result view's link) brings the method into
// view, and the mirror's actions for it.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/quiz.h"
#include "platform/headless/headless.h"
#include "ui/app.h"

using rc::View;
using rc::headless::Harness;
namespace ui = rc::ui;
using json = nlohmann::json;

namespace {

json state(Harness& h) { return json::parse(h.app().exportState()); }

struct ChooseUi {
    Harness h;
    explicit ChooseUi(float w = 1366, float hgt = 768) {
        h.setDisplay(w, hgt, 1);
        h.settle();
    }
    void click(const std::string& name) {
        Harness::Rect r;
        REQUIRE(h.target(name, &r));
        h.click(r.x + r.w / 2, r.y + r.h / 2);
        h.settle();
    }
    void execute(ui::Command c) {
        h.app().execute(std::move(c));
        h.wake();
        h.settle();
    }
};

}  // namespace

TEST_CASE("choose: the nav opens it, after Compare, and every factor links to its questions", "[ui][choose]") {
    ChooseUi u;
    Harness::Rect compare, choose;
    REQUIRE(u.h.target("nav:compare", &compare));
    REQUIRE(u.h.target("nav:choose", &choose));
    CHECK(choose.x > compare.x);
    u.click("nav:choose");
    CHECK(u.h.app().view() == View::Choose);
    CHECK(state(u.h)["view"] == "choose");
    // The first factor of each role is on screen with its links.
    const rc::Dataset& d = u.h.app().data();
    for (const rc::ChooseGroup& g : d.choose.groups) {
        const rc::Item& f = g.factors.front();
        for (int q : rc::questionsForFactor(d, f.id)) {
            INFO(f.id << " question " << q);
            CHECK(u.h.target("choose:quiz:" + f.id + ":" + std::to_string(q), nullptr));
        }
    }
}

TEST_CASE("choose: a factor's quiz link shows that question in the quiz", "[ui][choose]") {
    ChooseUi u;
    u.execute(ui::Go{View::Choose});
    const rc::Dataset& d = u.h.app().data();
    const std::vector<int> qs = rc::questionsForFactor(d, "math-aptitude");
    REQUIRE(qs.size() == 1);
    const int q = qs[0];
    REQUIRE(q != u.h.app().state().quiz.current);
    u.click("choose:quiz:math-aptitude:" + std::to_string(q));
    CHECK(u.h.app().view() == View::Quiz);
    CHECK(u.h.app().state().quiz.current == q);
    CHECK(state(u.h)["quiz"]["question"]["id"] == d.quiz.questions[q].id);
    CHECK(state(u.h)["quiz"]["answered"] == 0);  // opening a question answers nothing
}

TEST_CASE("choose: ShowChooseMethod opens the view scrolled to the method", "[ui][choose]") {
    for (const float w : {390.0f, 1366.0f}) {
        const float hgt = w < 500 ? 844.0f : 768.0f;
        INFO("width " << w);
        ChooseUi u(w, hgt);
        u.execute(ui::Go{View::Choose});
        CHECK_FALSE(u.h.target("choose:method", nullptr));  // below the fold from the top
        u.execute(ui::ShowChooseMethod{});
        CHECK(u.h.app().view() == View::Choose);
        Harness::Rect r;
        REQUIRE(u.h.target("choose:method", &r));
        CHECK(r.y >= 0);
        // At the top; on a wide screen the page ends first (the scroll stops at its end).
        if (w < 500) CHECK(r.y < hgt / 3);
        // Again after scrolling back to the top by the nav: the view starts at its top...
        u.execute(ui::Go{View::Overview});
        u.execute(ui::Go{View::Choose});
        CHECK_FALSE(u.h.target("choose:method", nullptr));
        // ...and a second ask while the view is open scrolls there again.
        u.execute(ui::ShowChooseMethod{});
        CHECK(u.h.target("choose:method", nullptr));
    }
}

TEST_CASE("choose: the link at the top goes down to the method", "[ui][choose]") {
    ChooseUi u(390, 844);
    u.execute(ui::Go{View::Choose});
    CHECK_FALSE(u.h.target("choose:method", nullptr));
    u.click("choose:to-method");
    CHECK(u.h.app().view() == View::Choose);
    Harness::Rect r;
    REQUIRE(u.h.target("choose:method", &r));
    CHECK(r.y < 844 / 3);
}

TEST_CASE("choose: the mirror's question and method actions", "[ui][choose][mirror]") {
    ChooseUi u;
    const int n = static_cast<int>(u.h.app().data().quiz.questions.size());
    REQUIRE(u.h.app().mirrorAction("view:choose"));
    CHECK(u.h.app().view() == View::Choose);
    REQUIRE(u.h.app().mirrorAction("question:3"));
    CHECK(u.h.app().view() == View::Quiz);
    CHECK(u.h.app().state().quiz.current == 3);
    CHECK_FALSE(u.h.app().mirrorAction("question:" + std::to_string(n)));
    CHECK_FALSE(u.h.app().mirrorAction("question:x"));
    CHECK(u.h.app().state().quiz.current == 3);
    REQUIRE(u.h.app().mirrorAction("choose:method"));
    CHECK(u.h.app().view() == View::Choose);
    u.h.wake();
    u.h.settle();
    CHECK(u.h.target("choose:method", nullptr));
}

TEST_CASE("choose: the nav with its extra item fits a phone", "[ui][choose]") {
    for (const float w : {320.0f, 390.0f}) {
        INFO("width " << w);
        ChooseUi u(w, 844);
        for (int i = 0; i < rc::kViewCount; ++i) {
            const rc::ViewInfo& info = rc::viewInfo(static_cast<View>(i));
            if (!(info.flags & rc::ViewInNav)) continue;
            Harness::Rect r;
            INFO(info.id);
            REQUIRE(u.h.target(std::string("nav:") + info.id, &r));
            // Targets are clipped to the screen: a button cut at the edge is narrower than its label.
            ImGui::SetCurrentContext(u.h.imgui());
            const float natural = ImGui::CalcTextSize(info.title).x + 2 * ImGui::GetStyle().FramePadding.x;
            CHECK(r.x >= 0);
            CHECK(r.x + r.w <= w);
            CHECK(r.w >= natural - 1);
        }
    }
}
