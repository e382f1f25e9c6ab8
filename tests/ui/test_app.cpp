// App as the one owner of the UI's state: commands in, state and events out.
// Drives the real views through the headless harness (clicks on named
// targets, keys), the mirror's action strings and the host's commands.
//
// [SECTION] Helpers
// [SECTION] Event contract
// [SECTION] Quiz flow
// [SECTION] Mirror
// [SECTION] Compare and FAQ
// [SECTION] Ownership: no state outside App
// [SECTION] View table
#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
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

json state(Harness& h) { return json::parse(h.app().exportState()); }

// Events (type, fields) among effects, in order.
struct Event { std::string type; json fields; };
std::vector<Event> events(const std::vector<Effect>& fx) {
    std::vector<Event> out;
    for (const Effect& e : fx)
        if (e.kind == Effect::Kind::Event) out.push_back({e.text, e.json.empty() ? json::object() : json::parse(e.json)});
    return out;
}
std::vector<std::string> eventTypes(const std::vector<Effect>& fx) {
    std::vector<std::string> out;
    for (const Event& e : events(fx))
        if (e.type != "resize") out.push_back(e.type);
    return out;
}
int count(const std::vector<Effect>& fx, Effect::Kind k) {
    int n = 0;
    for (const Effect& e : fx) n += e.kind == k;
    return n;
}

// A harness past its first frames, effects drained.
struct Ui {
    Harness h;
    explicit Ui(float w = 1366, float hgt = 768, float dpr = 1) {
        h.setDisplay(w, hgt, dpr);
        h.settle();
        effects();
    }
    // Clicks a named target (ui::Context::mark) and lets the UI settle.
    void click(const std::string& name) {
        Harness::Rect r;
        REQUIRE(h.target(name, &r));
        h.click(r.x + r.w / 2, r.y + r.h / 2);
        h.settle();
    }
    // Effects since the last call: the frames' (drained by the harness) and
    // those of commands executed between frames (still in App), in order.
    std::vector<Effect> effects() {
        std::vector<Effect> fx = h.takeEffects();
        for (Effect& e : h.app().takeEffects()) fx.push_back(std::move(e));
        return fx;
    }
    void go(View v) {
        h.app().setView(v);
        h.wake();
        h.settle();
    }
};

std::string readFile(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Event contract
//-----------------------------------------------------------------------------

TEST_CASE("Go: one view event per change, none for the view on screen", "[ui][events]") {
    Ui u;
    u.h.app().execute(ui::Go{View::Compare});
    u.h.app().execute(ui::Go{View::Compare});
    auto fx = u.effects();
    auto ev = events(fx);
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].type == "view");
    CHECK(ev[0].fields["name"] == "compare");
    CHECK(u.h.app().view() == View::Compare);
    u.h.app().execute(ui::Go{View::Count});  // not a view: ignored
    CHECK(u.h.app().view() == View::Compare);
    CHECK(eventTypes(u.effects()).empty());
}

TEST_CASE("Nav click changes the view after the frame, with its event", "[ui][events]") {
    Ui u;
    u.click("nav:faq");
    CHECK(u.h.app().view() == View::Faq);
    CHECK(state(u.h)["view"] == "faq");
    auto ev = events(u.effects());
    REQUIRE(!ev.empty());
    CHECK(ev.front().type == "view");
    CHECK(ev.front().fields["name"] == "faq");
}

TEST_CASE("A share token opens the result: view, then quiz-complete; no progress (the reader answered nothing)", "[ui][events]") {
    Ui u;
    // Answer enough through the mirror, take the token, start again elsewhere.
    for (int q = 0; q < 8; ++q) REQUIRE(u.h.app().mirrorAction("answer:" + std::to_string(q) + ":0"));
    const std::string token = state(u.h)["quiz"]["token"];
    REQUIRE(state(u.h)["quiz"]["complete"] == true);

    Ui v;
    REQUIRE(v.h.app().openShareToken(token));
    auto fx = v.effects();
    CHECK(eventTypes(fx) == std::vector<std::string>{"view", "quiz-complete"});
    CHECK(events(fx).back().fields["shared"] == true);
    CHECK(count(fx, Effect::Kind::SaveState) == 0);
    CHECK(v.h.app().view() == View::Result);
}

TEST_CASE("A bad share token keeps the answers and says why", "[ui][events]") {
    Ui u;
    u.h.app().mirrorAction("answer:0:2");
    u.effects();
    CHECK_FALSE(u.h.app().openShareToken("not-a-token"));
    auto ev = events(u.effects());
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].type == "error");
    CHECK(state(u.h)["quiz"]["answers"][0] == 2);
    CHECK(state(u.h)["banners"].size() == 1);
}

TEST_CASE("ResetQuiz on the result goes back to the quiz and says so", "[ui][events]") {
    Ui u;
    for (int q = 0; q < 8; ++q) u.h.app().mirrorAction("answer:" + std::to_string(q) + ":4");
    u.h.app().execute(ui::Go{View::Result});
    u.effects();
    u.h.app().resetQuiz();
    auto fx = u.effects();
    CHECK(eventTypes(fx) == std::vector<std::string>{"quiz-progress", "view"});
    CHECK(count(fx, Effect::Kind::SaveState) == 1);
    json s = state(u.h);
    CHECK(s["view"] == "quiz");
    CHECK(s["quiz"]["answered"] == 0);
    CHECK(s["quiz"]["current"] == 0);
}

//-----------------------------------------------------------------------------
// [SECTION] Quiz flow
//-----------------------------------------------------------------------------

TEST_CASE("Clicking an option answers and moves on; one save and one progress event per frame", "[ui][quiz]") {
    Ui u;
    u.go(View::Quiz);
    u.effects();
    u.click("quiz:option:3");
    json s = state(u.h);
    CHECK(s["quiz"]["answers"][0] == 3);
    CHECK(s["quiz"]["current"] == 1);
    auto fx = u.effects();
    CHECK(count(fx, Effect::Kind::SaveState) == 1);
    CHECK(eventTypes(fx) == std::vector<std::string>{"quiz-progress"});
    CHECK(events(fx)[0].fields["answered"] == 1);
    // The question now on screen is the second one.
    CHECK(s["quiz"]["question"]["id"] == "q-math");
}

TEST_CASE("Number keys answer, arrows move, Back and Skip work", "[ui][quiz]") {
    Ui u;
    u.go(View::Quiz);
    u.h.tap(ImGuiKey_2);
    u.h.settle();
    CHECK(state(u.h)["quiz"]["answers"][0] == 1);
    CHECK(state(u.h)["quiz"]["current"] == 1);
    u.h.tap(ImGuiKey_LeftArrow);
    u.h.settle();
    CHECK(state(u.h)["quiz"]["current"] == 0);
    u.click("quiz:skip");
    CHECK(state(u.h)["quiz"]["answers"][0] == -1);
    CHECK(state(u.h)["quiz"]["current"] == 1);
    u.click("quiz:back");
    CHECK(state(u.h)["quiz"]["current"] == 0);
}

TEST_CASE("Answer and ShowQuestion ignore what is out of range", "[ui][quiz]") {
    Ui u;
    const std::string before = u.h.app().exportState();
    u.h.app().execute(ui::Answer{-1, 0});
    u.h.app().execute(ui::Answer{999, 0});
    u.h.app().execute(ui::Answer{0, 99});
    u.h.app().execute(ui::Answer{0, -7});
    CHECK(count(u.effects(), Effect::Kind::SaveState) == 0);
    u.h.app().execute(ui::ShowQuestion{999});
    CHECK(state(u.h)["quiz"]["current"] == 12);  // clamped to the last of 13
    u.h.app().execute(ui::ShowQuestion{-5});
    CHECK(state(u.h)["quiz"]["current"] == 0);
}

TEST_CASE("The Result view's buttons: copy, a refused copy, review", "[ui][quiz]") {
    Ui u;
    for (int q = 0; q < 13; ++q) u.h.app().mirrorAction("answer:" + std::to_string(q) + ":0");
    u.go(View::Result);
    u.effects();
    u.click("result:copy");  // the harness's clipboard takes it
    CHECK(count(u.effects(), Effect::Kind::CopyText) == 1);
    CHECK(state(u.h)["share"]["copy"] == "copied");
    // Refused: the link is shown, to copy by hand.
    u.h.app().mirrorAction("copy");
    CHECK(state(u.h)["share"]["copy"] == "pending");
    u.h.app().copyFinished(false);
    u.h.wake();
    u.h.settle();
    CHECK(state(u.h)["share"]["copy"] == "failed");
    Harness::Rect r;
    CHECK(u.h.target("result:link", &r));
    u.h.app().copyFinished(true);  // no copy pending: ignored
    CHECK(state(u.h)["share"]["copy"] == "failed");
    u.click("result:back");
    CHECK(u.h.app().view() == View::Quiz);
    CHECK(state(u.h)["quiz"]["current"] == 0);
}

// Answers every question of the shipped quiz: scale questions by the role of
// their factor (role -> option), choices the option pointing to `choiceRole`
// (-1: the one pointing to no role).
template <class ScaleFor>
void answerPattern(Ui& u, ScaleFor scaleFor, int choiceRole) {
    const rc::Dataset& d = u.h.app().data();
    for (size_t q = 0; q < d.quiz.questions.size(); ++q) {
        const rc::Question& qu = d.quiz.questions[q];
        int o = qu.kind == rc::QuestionKind::Scale ? scaleFor(qu.role) : -1;
        for (size_t k = 0; o < 0 && k < qu.options.size(); ++k)
            if (qu.options[k].role == choiceRole) o = static_cast<int>(k);
        if (o >= 0) REQUIRE(u.h.app().mirrorAction("answer:" + std::to_string(q) + ":" + std::to_string(o)));
    }
}

TEST_CASE("The Result view when neither role stands out: Compare and the FAQ instead of a winner", "[ui][quiz]") {
    Ui u;
    answerPattern(u, [](int) { return 2; }, -1);  // all neutral
    u.go(View::Result);
    CHECK(state(u.h)["quiz"]["outcome"] == "neither");
    CHECK(state(u.h)["quiz"]["recommended"].is_null());
    u.click("result:compare-roles");
    CHECK(u.h.app().view() == View::Compare);
    u.go(View::Result);
    u.click("result:faq");
    CHECK(u.h.app().view() == View::Faq);
    // The method line's link opens How to choose.
    u.go(View::Result);
    u.click("result:method");
    CHECK(u.h.app().view() == View::Choose);
    // A clear result names its role and offers neither button.
    const int mle = u.h.app().data().roleIndex("mle");
    answerPattern(u, [mle](int role) { return role == mle ? 4 : 2; }, mle);
    u.go(View::Result);
    CHECK(state(u.h)["quiz"]["outcome"] == "clear");
    CHECK(state(u.h)["quiz"]["recommended"] == "mle");
    Harness::Rect r;
    CHECK_FALSE(u.h.target("result:compare-roles", &r));
    CHECK_FALSE(u.h.target("result:faq", &r));
    CHECK(u.h.target("result:method", &r));
}

//-----------------------------------------------------------------------------
// [SECTION] Mirror
//-----------------------------------------------------------------------------

TEST_CASE("Mirror actions become the same commands", "[ui][mirror]") {
    Ui u;
    CHECK(u.h.app().mirrorAction("view:quiz"));
    CHECK(u.h.app().view() == View::Quiz);
    CHECK(u.h.app().mirrorAction("answer:2:4"));
    CHECK(state(u.h)["quiz"]["answers"][2] == 4);
    CHECK(state(u.h)["quiz"]["current"] == 2);
    CHECK(u.h.app().mirrorAction("next"));
    CHECK(state(u.h)["quiz"]["current"] == 3);
    CHECK(u.h.app().mirrorAction("back"));
    CHECK(state(u.h)["quiz"]["current"] == 2);
    CHECK(u.h.app().mirrorAction("skip"));
    CHECK(state(u.h)["quiz"]["answers"][2] == -1);
    CHECK(state(u.h)["quiz"]["current"] == 3);
    CHECK(u.h.app().mirrorAction("faq:1"));
    CHECK(state(u.h)["faq"]["open"][1] == true);
    // Not enough answers: "result" means nothing yet.
    CHECK_FALSE(u.h.app().mirrorAction("result"));
    CHECK(u.h.app().view() == View::Quiz);
}

TEST_CASE("Mirror: unknown and out-of-range actions change nothing", "[ui][mirror]") {
    Ui u;
    u.h.app().mirrorAction("answer:1:1");
    u.effects();
    const json before = state(u.h);
    for (const char* a : {"", "view:", "view:nope", "view:Overview", "answer:1", "answer:1:", "answer:x:1", "answer:13:0",
                          "answer:1:5", "answer:-1:0", "answer:1:1:1", "faq:", "faq:19", "faq:99999999", "faq:+1",
                          "nexts", "NEXT", "copy ", "retake\n"}) {
        INFO(a);
        CHECK_FALSE(u.h.app().mirrorAction(a));
    }
    json after = state(u.h);
    CHECK(after["quiz"] == before["quiz"]);
    CHECK(after["faq"] == before["faq"]);
    CHECK(after["view"] == before["view"]);
    CHECK(u.effects().empty());
}

TEST_CASE("Mirror: copy goes through the platform with the share base", "[ui][mirror]") {
    Ui u;
    u.h.app().setShareBase("https://example.org/page#quiz=");
    u.h.app().mirrorAction("answer:0:1");
    u.effects();
    CHECK(u.h.app().mirrorAction("copy"));
    auto fx = u.effects();
    REQUIRE(count(fx, Effect::Kind::CopyText) == 1);
    for (const Effect& e : fx)
        if (e.kind == Effect::Kind::CopyText)
            CHECK(e.text == "https://example.org/page#quiz=" + state(u.h)["quiz"]["token"].get<std::string>());
}

TEST_CASE("The mirror's HTML follows the state, once per change", "[ui][mirror]") {
    Ui u;
    u.h.app().mirrorAction("view:faq");
    auto fx = u.effects();
    REQUIRE(count(fx, Effect::Kind::Mirror) == 1);
    u.h.wake();
    u.h.settle();
    CHECK(count(u.effects(), Effect::Kind::Mirror) == 0);  // nothing changed, nothing sent
    u.h.app().mirrorAction("faq:0");
    fx = u.effects();
    REQUIRE(count(fx, Effect::Kind::Mirror) == 1);
    for (const Effect& e : fx)
        if (e.kind == Effect::Kind::Mirror) CHECK(e.text.find("aria-expanded=\"true\"") != std::string::npos);
}

// The web build's third part draws every view but the Overview
// (WebPart::Last): until the platform says it is in, a move to one is taken
// (event, state) but the view is neither drawn nor mirrored, and the
// platform is told to hold its frames.
TEST_CASE("Views of the last part wait for it: taken, not drawn or mirrored, until it is in", "[ui][mirror]") {
    Ui u;
    u.h.app().setLateViews(false);
    CHECK_FALSE(u.h.app().waitingForView());  // the Overview is the first part's
    u.click("nav:compare");
    CHECK(state(u.h)["view"] == "compare");
    CHECK(u.h.app().waitingForView());
    auto fx = u.effects();
    CHECK(std::any_of(fx.begin(), fx.end(), [](const Effect& e) { return e.kind == Effect::Kind::Event && e.text == "view"; }));
    CHECK(count(fx, Effect::Kind::Mirror) == 0);
    u.h.wake();
    u.h.settle();
    CHECK(u.h.targets("compare:").empty());
    u.h.app().setLateViews(true);
    CHECK_FALSE(u.h.app().waitingForView());
    fx = u.effects();
    REQUIRE(count(fx, Effect::Kind::Mirror) == 1);
    u.h.wake();
    u.h.settle();
    CHECK_FALSE(u.h.targets("compare:").empty());
}

//-----------------------------------------------------------------------------
// [SECTION] Compare and FAQ
//-----------------------------------------------------------------------------

TEST_CASE("Compare filters: categories, all picked = none, unknown ignored, where they overlap", "[ui][compare]") {
    Ui u;
    ui::App& a = u.h.app();
    a.execute(ui::ToggleCategory{"skills"});
    CHECK(state(u.h)["compare"]["categories"] == json::array({"skills"}));
    a.execute(ui::ToggleCategory{"no-such-category"});
    CHECK(state(u.h)["compare"]["categories"] == json::array({"skills"}));
    a.execute(ui::ToggleCategory{"skills"});
    CHECK(state(u.h)["compare"]["categories"].empty());
    for (const auto& c : a.data().categories) a.execute(ui::ToggleCategory{c.id});
    CHECK(state(u.h)["compare"]["categories"].empty());  // every one picked shows as "All"
    CHECK(state(u.h)["compare"]["overlapOnly"] == false);
    a.execute(ui::SetOverlapOnly{true});
    CHECK(state(u.h)["compare"]["overlapOnly"] == true);
    a.execute(ui::SetOverlapOnly{false});
    CHECK(state(u.h)["compare"]["overlapOnly"] == false);
}

TEST_CASE("Compare: typing in the search box and Reset filters", "[ui][compare]") {
    Ui u;
    u.go(View::Compare);
    u.click("compare:search");
    u.h.typeText("python");
    u.h.settle();
    CHECK(state(u.h)["compare"]["search"] == "python");
    u.h.app().execute(ui::SetOverlapOnly{true});
    u.h.wake();
    u.h.settle();
    u.click("compare:reset");
    json s = state(u.h);
    CHECK(s["compare"]["search"] == "");
    CHECK(s["compare"]["overlapOnly"] == false);
}

TEST_CASE("FAQ: a search opens its matches; clearing it brings back what was open", "[ui][faq]") {
    Ui u;
    ui::App& a = u.h.app();
    a.execute(ui::ToggleFaq{3});
    a.execute(ui::SetSearch{View::Faq, "pay"});
    json open = state(u.h)["faq"]["open"];
    int opened = 0;
    for (const auto& o : open) opened += o.get<bool>();
    CHECK(opened >= 2);  // item 3 and at least one match
    a.execute(ui::SetSearch{View::Faq, "pay more"});  // still searching: no restore in between
    a.execute(ui::SetSearch{View::Faq, ""});
    open = state(u.h)["faq"]["open"];
    for (size_t i = 0; i < open.size(); ++i) CHECK(open[i].get<bool>() == (i == 3));
}

TEST_CASE("FAQ: expand all, collapse all, a tag click searches for the tag", "[ui][faq]") {
    Ui u;
    u.go(View::Faq);
    u.click("faq:expand-all");
    {
        const json st = state(u.h);
        for (const auto& o : st["faq"]["open"]) CHECK(o.get<bool>());
    }
    u.click("faq:collapse-all");
    {
        const json st = state(u.h);
        for (const auto& o : st["faq"]["open"]) CHECK_FALSE(o.get<bool>());
    }
    u.click("faq:tag:pay");
    CHECK(state(u.h)["faq"]["search"] == "pay");
    u.click("faq:tag:pay");
    CHECK(state(u.h)["faq"]["search"] == "");
}

//-----------------------------------------------------------------------------
// [SECTION] Ownership: no state outside App
//-----------------------------------------------------------------------------

TEST_CASE("Two Apps share nothing: a view's memory lives in its App", "[ui][ownership]") {
    Ui a, b;
    ImGui::SetCurrentContext(a.h.imgui());
    a.h.app().execute(ui::SetSearch{View::Faq, "python"});
    a.h.app().execute(ui::ToggleCategory{"skills"});
    a.h.app().execute(ui::ShowQuestion{5});
    ImGui::SetCurrentContext(b.h.imgui());
    json s = state(b.h);
    CHECK(s["faq"]["search"] == "");
    CHECK(s["compare"]["categories"].empty());
    CHECK(s["quiz"]["current"] == 0);
    for (const auto& o : s["faq"]["open"]) CHECK_FALSE(o.get<bool>());
}

TEST_CASE("Switching data resets the views' state", "[ui][ownership]") {
    Ui u;
    ui::App& a = u.h.app();
    a.execute(ui::SetSearch{View::Compare, "python"});
    a.execute(ui::ShowQuestion{4});
    a.execute(ui::ToggleFaq{2});
    auto errors = a.loadCustomData(readFile(RC_SOURCE_DIR "/tests/data/mini.json"), "mini.json");
    REQUIRE(errors.empty());
    json s = state(u.h);
    CHECK(s["dataset"]["id"] == "mini");
    CHECK(s["compare"]["search"] == "");
    CHECK(s["quiz"]["current"] == 0);
    CHECK(s["faq"]["open"].size() == a.data().faq.size());
    u.h.wake();
    u.h.settle();  // the views draw the new data without a stale index
    CHECK(u.h.frames() > 0);
}

TEST_CASE("Bad custom data keeps the default and shows a banner that can be dismissed", "[ui][ownership]") {
    Ui u;
    auto errors = u.h.app().loadCustomData("{\"format\": 1}", "broken.json");
    CHECK_FALSE(errors.empty());
    CHECK(state(u.h)["dataset"]["custom"] == false);
    REQUIRE(state(u.h)["banners"].size() == 1);
    CHECK(state(u.h)["banners"][0].get<std::string>().find("broken.json") != std::string::npos);
    u.h.wake();
    u.h.settle();
    u.click("banner:dismiss:0");
    CHECK(state(u.h)["banners"].empty());
}

//-----------------------------------------------------------------------------
// [SECTION] View table
//-----------------------------------------------------------------------------

TEST_CASE("View table: ids, URL views and the nav", "[ui][views]") {
    View v;
    CHECK(rc::parseView("faq", &v));
    CHECK(v == View::Faq);
    CHECK(rc::parseView("result", &v));
    CHECK_FALSE(rc::parseView("result", &v, rc::ViewByUrl));  // reached from the quiz only
    CHECK_FALSE(rc::parseView("FAQ", &v));
    // "a, b, ... or z": every view a URL may open, in table order, Result not among them.
    const std::string list = rc::viewIdList(rc::ViewByUrl);
    CHECK(list.rfind("overview, ", 0) == 0);
    CHECK(list.find(" or ") != std::string::npos);
    CHECK(list.find("result") == std::string::npos);
    for (int i = 0; i < rc::kViewCount; ++i) {
        const rc::ViewInfo& info = rc::viewInfo(static_cast<View>(i));
        if (info.flags & rc::ViewByUrl) CHECK(list.find(info.id) != std::string::npos);
    }
    Ui u;
    for (int i = 0; i < rc::kViewCount; ++i) {
        const rc::ViewInfo& info = rc::viewInfo(static_cast<View>(i));
        Harness::Rect r;
        INFO(info.id);
        CHECK(u.h.target(std::string("nav:") + info.id, &r) == ((info.flags & rc::ViewInNav) != 0));
    }
    // Every view draws, and says where its content ends.
    for (int i = 0; i < rc::kViewCount; ++i) {
        u.go(static_cast<View>(i));
        CHECK(state(u.h)["view"] == rc::viewInfo(static_cast<View>(i)).id);
        CHECK(state(u.h)["contentHeight"].get<double>() > 100);
    }
}
