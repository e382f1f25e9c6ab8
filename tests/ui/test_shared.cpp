// A result opened from someone else's share link (#quiz=, --answers) stays
// theirs: App keeps it in UiState::shared, never in the reader's own quiz
// state, never saves it, and reports no progress for it. Drives the real
// Result view through the headless harness (clicks on named targets), the
// mirror's action strings and App's own calls.
//
// [SECTION] Helpers
// [SECTION] Opening a shared result
// [SECTION] Its actions
// [SECTION] Leaving it
// [SECTION] Mirror
#include <catch2/catch.hpp>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/share.h"
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

int count(const std::vector<Effect>& fx, Effect::Kind k) {
    int n = 0;
    for (const Effect& e : fx) n += e.kind == k;
    return n;
}

// Event types among effects (resize left out: it follows the layout).
std::vector<std::string> eventTypes(const std::vector<Effect>& fx) {
    std::vector<std::string> out;
    for (const Effect& e : fx)
        if (e.kind == Effect::Kind::Event && e.text != "resize") out.push_back(e.text);
    return out;
}

// A harness past its first frames, effects drained.
struct Ui {
    Harness h;
    Ui() {
        h.setDisplay(1366, 768, 1);
        h.settle();
        effects();
    }
    ui::App& app() { return h.app(); }
    int questions() { return static_cast<int>(h.app().data().quiz.questions.size()); }
    bool has(const std::string& name) {
        Harness::Rect r;
        return h.target(name, &r);
    }
    void click(const std::string& name) {
        Harness::Rect r;
        REQUIRE(h.target(name, &r));
        h.click(r.x + r.w / 2, r.y + r.h / 2);
        h.settle();
    }
    // Effects since the last call: the frames' and those of calls between frames.
    std::vector<Effect> effects() {
        std::vector<Effect> fx = h.takeEffects();
        for (Effect& e : h.app().takeEffects()) fx.push_back(std::move(e));
        return fx;
    }
    // App calls between frames, then the frames a platform would draw.
    void frames() {
        h.wake();
        h.settle();
    }
    // The reader's own answers: `n` questions answered with option `option`
    // (or the question's last, when it has fewer).
    void answerOwn(int n, int option) {
        for (int q = 0; q < n; ++q) {
            const int last = static_cast<int>(app().data().quiz.questions[q].options.size()) - 1;
            REQUIRE(app().mirrorAction("answer:" + std::to_string(q) + ":" + std::to_string(std::min(option, last))));
        }
    }
    // A token for someone else's answers: every question, option 0 (the
    // first option: a complete result).
    std::string theirToken() {
        rc::Answers a(questions(), 0);
        return rc::encodeToken(app().data(), a);
    }
};

// The last Mirror effect's HTML, or "".
std::string lastMirror(const std::vector<Effect>& fx) {
    std::string html;
    for (const Effect& e : fx)
        if (e.kind == Effect::Kind::Mirror) html = e.text;
    return html;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Opening a shared result
//-----------------------------------------------------------------------------

TEST_CASE("A shared token opens someone else's result: own answers kept, nothing saved, no progress", "[ui][shared]") {
    Ui u;
    u.answerOwn(3, 4);
    const json own = state(u.h)["quiz"];
    u.effects();
    const std::string token = u.theirToken();
    REQUIRE(!token.empty());
    REQUIRE(token != own["token"].get<std::string>());

    REQUIRE(u.app().openShareToken(token));
    u.frames();
    auto fx = u.effects();
    CHECK(count(fx, Effect::Kind::SaveState) == 0);
    CHECK(eventTypes(fx) == std::vector<std::string>{"view", "quiz-complete"});
    for (const Effect& e : fx)
        if (e.kind == Effect::Kind::Event && e.text == "quiz-complete") {
            const json j = json::parse(e.json);
            CHECK(j["shared"] == true);
            CHECK(j["token"] == token);
        }
    const json s = state(u.h);
    CHECK(s["view"] == "result");
    CHECK(s["quiz"] == own);  // the reader's answers, position, result and token: untouched
    CHECK(s["shared"]["active"] == true);
    CHECK(s["shared"]["token"] == token);
    CHECK(s["shared"]["answers"] == json(rc::Answers(u.questions(), 0)));
    CHECK(s["shared"]["complete"] == true);
    // Its actions: no Retake or Review (they would edit someone else's answers).
    CHECK(u.has("result:take-quiz"));
    CHECK(u.has("result:copy"));
    CHECK(u.has("result:compare"));
    CHECK_FALSE(u.has("result:retake"));
    CHECK_FALSE(u.has("result:back"));
}

TEST_CASE("A reader's own result still says quiz-complete with shared false", "[ui][shared]") {
    Ui u;
    u.answerOwn(u.questions(), 4);
    u.effects();
    u.app().execute(ui::Go{View::Result});
    bool seen = false;
    for (const Effect& e : u.effects())
        if (e.kind == Effect::Kind::Event && e.text == "quiz-complete") {
            seen = true;
            CHECK(json::parse(e.json)["shared"] == false);
        }
    CHECK(seen);
    u.frames();
    CHECK(u.has("result:retake"));
    CHECK_FALSE(u.has("result:take-quiz"));
}

TEST_CASE("Answering while a shared result is open saves the reader's answers only", "[ui][shared]") {
    Ui u;
    REQUIRE(u.app().openShareToken(u.theirToken()));
    u.frames();
    u.effects();
    CHECK(state(u.h)["quiz"]["answered"] == 0);
    REQUIRE(u.app().mirrorAction("answer:1:3"));  // the reader's own answer, from the mirror
    auto fx = u.effects();
    REQUIRE(count(fx, Effect::Kind::SaveState) == 1);
    for (const Effect& e : fx)
        if (e.kind == Effect::Kind::SaveState) {
            rc::Answers want(u.questions(), rc::kSkipped);
            want[1] = 3;
            INFO(e.text);
            CHECK(json::parse(e.text)["answers"] == json(want));
        }
    // No quiz-complete for the shared result: the reader's answers changed, not the sharer's.
    for (const std::string& t : eventTypes(fx)) CHECK(t != "quiz-complete");
    CHECK(state(u.h)["shared"]["answers"] == json(rc::Answers(u.questions(), 0)));
}

TEST_CASE("A bad shared token keeps everything, including a shared result on screen", "[ui][shared]") {
    Ui u;
    const std::string token = u.theirToken();
    REQUIRE(u.app().openShareToken(token));
    u.effects();
    CHECK_FALSE(u.app().openShareToken("AAAA"));
    CHECK(state(u.h)["shared"]["token"] == token);
    CHECK(state(u.h)["view"] == "result");
}

//-----------------------------------------------------------------------------
// [SECTION] Its actions
//-----------------------------------------------------------------------------

TEST_CASE("Take the quiz yourself: the quiz with the reader's own answers, the link forgotten", "[ui][shared]") {
    Ui u;
    u.answerOwn(2, 3);
    const json own = state(u.h)["quiz"];
    REQUIRE(u.app().openShareToken(u.theirToken()));
    u.frames();
    u.effects();
    u.click("result:take-quiz");
    auto fx = u.effects();
    const json s = state(u.h);
    CHECK(s["view"] == "quiz");
    CHECK(s["shared"]["active"] == false);
    CHECK(s["quiz"] == own);
    CHECK(count(fx, Effect::Kind::ForgetShareLink) == 1);
    CHECK(count(fx, Effect::Kind::SaveState) == 0);
}

TEST_CASE("Compare with your answers: only with answers of one's own; it shows both", "[ui][shared]") {
    Ui u;
    REQUIRE(u.app().openShareToken(u.theirToken()));
    u.frames();
    CHECK_FALSE(u.has("result:compare"));  // nothing of the reader's to compare
    CHECK_FALSE(u.app().mirrorAction("compare-answers"));
    u.app().execute(ui::CompareShared{true});
    CHECK(state(u.h)["shared"]["comparing"] == false);

    Ui v;
    v.answerOwn(3, 4);
    REQUIRE(v.app().openShareToken(v.theirToken()));
    v.frames();
    v.effects();
    v.click("result:compare");
    CHECK(state(v.h)["shared"]["comparing"] == true);
    auto fx = v.effects();
    CHECK(count(fx, Effect::Kind::SaveState) == 0);
    const std::string html = lastMirror(fx);
    CHECK(html.find("Their fits and yours") != std::string::npos);
    CHECK(html.find("You answered 3 questions differently") != std::string::npos);
    v.click("result:compare");  // "Hide the comparison"
    CHECK(state(v.h)["shared"]["comparing"] == false);
}

TEST_CASE("Copy share link on a shared result copies the shared token's link", "[ui][shared]") {
    Ui u;
    u.answerOwn(2, 1);
    u.app().setShareBase("https://example.org/w/#quiz=");
    const std::string token = u.theirToken();
    REQUIRE(u.app().openShareToken(token));
    u.frames();
    u.effects();
    u.click("result:copy");
    auto fx = u.effects();
    REQUIRE(count(fx, Effect::Kind::CopyText) == 1);
    for (const Effect& e : fx)
        if (e.kind == Effect::Kind::CopyText) CHECK(e.text == "https://example.org/w/#quiz=" + token);
    CHECK(state(u.h)["share"]["copy"] == "copied");
}

//-----------------------------------------------------------------------------
// [SECTION] Leaving it
//-----------------------------------------------------------------------------

TEST_CASE("Leaving a shared result by the nav ends it and forgets the link", "[ui][shared]") {
    Ui u;
    u.answerOwn(u.questions(), 4);
    const json own = state(u.h)["quiz"];
    REQUIRE(u.app().openShareToken(u.theirToken()));
    u.frames();
    u.effects();
    u.click("nav:compare");
    auto fx = u.effects();
    CHECK(state(u.h)["view"] == "compare");
    CHECK(state(u.h)["shared"]["active"] == false);
    CHECK(count(fx, Effect::Kind::ForgetShareLink) == 1);
    CHECK(count(fx, Effect::Kind::SaveState) == 0);
    // Back on the Result view: the reader's own result, with its own actions.
    u.app().execute(ui::Go{View::Result});
    u.frames();
    CHECK(state(u.h)["quiz"] == own);
    CHECK(u.has("result:retake"));
    CHECK_FALSE(u.has("result:take-quiz"));
}

TEST_CASE("Retake on the reader's own result forgets a share link too", "[ui][shared]") {
    Ui u;
    u.answerOwn(u.questions(), 2);
    u.app().execute(ui::Go{View::Result});
    u.frames();
    u.effects();
    u.click("result:retake");
    auto fx = u.effects();
    CHECK(count(fx, Effect::Kind::ForgetShareLink) == 1);
    CHECK(count(fx, Effect::Kind::SaveState) == 1);
    CHECK(state(u.h)["view"] == "quiz");
}

TEST_CASE("The link gone from the address closes the shared result, back where it was opened", "[ui][shared]") {
    Ui u;
    u.app().execute(ui::Go{View::Faq});
    REQUIRE(u.app().openShareToken(u.theirToken()));
    u.effects();
    u.app().closeShareLink();
    CHECK(state(u.h)["view"] == "faq");
    CHECK(state(u.h)["shared"]["active"] == false);
    CHECK(count(u.effects(), Effect::Kind::SaveState) == 0);
    u.app().closeShareLink();  // nothing shown: nothing happens
    CHECK(state(u.h)["view"] == "faq");
    CHECK(u.effects().empty());
}

TEST_CASE("Switching data drops a shared result (its token was for the old data)", "[ui][shared]") {
    Ui u;
    REQUIRE(u.app().openShareToken(u.theirToken()));
    const std::string bytes = [] {
        std::string p = std::string(RC_SOURCE_DIR) + "/tests/data/mini.json", s;
        FILE* f = std::fopen(p.c_str(), "rb");
        if (!f) return s;
        char buf[4096];
        for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) s.append(buf, n);
        std::fclose(f);
        return s;
    }();
    REQUIRE(!bytes.empty());
    u.app().loadCustomData(bytes, "mini.json");
    if (u.app().usingCustomData()) CHECK(state(u.h)["shared"]["active"] == false);
}

//-----------------------------------------------------------------------------
// [SECTION] Mirror
//-----------------------------------------------------------------------------

TEST_CASE("Mirror: a shared result offers the same actions, and refuses Retake", "[ui][shared][mirror]") {
    Ui u;
    u.answerOwn(2, 4);
    const json own = state(u.h)["quiz"];
    REQUIRE(u.app().openShareToken(u.theirToken()));
    auto fx = u.effects();
    const std::string html = lastMirror(fx);
    CHECK(html.find("A shared result") != std::string::npos);
    CHECK(html.find("data-rc-action=\"take-quiz\"") != std::string::npos);
    CHECK(html.find("data-rc-action=\"compare-answers\"") != std::string::npos);
    CHECK(html.find("data-rc-action=\"copy\"") != std::string::npos);
    CHECK(html.find("data-rc-action=\"retake\"") == std::string::npos);
    CHECK(html.find("Your answers") == std::string::npos);

    CHECK_FALSE(u.app().mirrorAction("retake"));  // not the reader's to retake
    CHECK(state(u.h)["quiz"] == own);
    CHECK(u.app().mirrorAction("compare-answers"));
    CHECK(state(u.h)["shared"]["comparing"] == true);
    CHECK(u.app().mirrorAction("take-quiz"));
    CHECK(state(u.h)["view"] == "quiz");
    CHECK(state(u.h)["quiz"] == own);
    CHECK_FALSE(u.app().mirrorAction("take-quiz"));  // no shared result now
    CHECK(count(u.effects(), Effect::Kind::SaveState) == 0);
}
