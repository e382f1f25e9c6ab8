// The one search (the Search view) through the headless harness: the nav's
// entry opens it with the box taking the keyboard, typing searches all the
// content, the hits are grouped by the view that shows them, a hit opens its
// item there (scrolled into view, an FAQ answer opened, Compare's filters
// cleared when they hide it), Enter and Escape in the box, the mirror's
// "hit:N", and "found elsewhere" under an FAQ or Compare search that finds
// nothing in its own view.
//
// Words that need word forms or the data's synonyms (core search, helper S1)
// are tagged [forms]: run `rc_ui_unit "~[forms]"` for the rest.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "platform/headless/headless.h"
#include "ui/app.h"

using rc::View;
using rc::headless::Harness;
namespace ui = rc::ui;
using json = nlohmann::json;

namespace {

json state(Harness& h) { return json::parse(h.app().exportState()); }

struct SearchUi {
    Harness h;
    explicit SearchUi(float w = 1366, float hgt = 768) {
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
    // The search with `query`, as the Search view's box sets it.
    json search(const std::string& query) {
        execute(ui::SetSearch{View::Search, query});
        return state(h)["search"];
    }
};

// "view:section:index" of each hit, and the views with hits.
std::set<std::string> items(const json& s) {
    std::set<std::string> out;
    for (const json& h : s["hits"])
        out.insert(h["view"].get<std::string>() + ":" + h["section"].get<std::string>() + ":" +
                   std::to_string(h["index"].get<int>()));
    return out;
}
int firstHitIn(const json& s, const std::string& view, const std::string& section, int index) {
    const json& hits = s["hits"];
    for (size_t i = 0; i < hits.size(); ++i)
        if (hits[i]["view"] == view && hits[i]["section"] == section && hits[i]["index"] == index) return static_cast<int>(i);
    return -1;
}
bool onScreen(Harness& h, const std::string& name, float height) {
    Harness::Rect r;
    return h.target(name, &r) && r.y >= 0 && r.y + r.h <= height;
}

}  // namespace

TEST_CASE("search: the nav's entry opens the Search view with the box taking the keys", "[ui][search]") {
    for (const float w : {1366.0f, 390.0f}) {
        INFO("width " << w);
        SearchUi u(w, w > 500 ? 768 : 844);
        u.click("nav:search");
        CHECK(u.h.app().view() == View::Search);
        u.h.typeText("python");
        u.h.settle();
        json s = state(u.h);
        CHECK(s["search"]["query"] == "python");
        CHECK(s["focused"] == "search:box");
        CHECK_FALSE(s["search"]["hits"].empty());
        // Hits are real buttons on screen, grouped: one heading per view.
        CHECK(u.h.target("search:hit:0", nullptr));
        // From every other view too.
        for (View v : {View::Compare, View::Faq, View::Quiz, View::Basics}) {
            u.execute(ui::Go{v});
            REQUIRE(u.h.target("nav:search", nullptr));
        }
    }
}

TEST_CASE("search: hits cover every view's content, grouped by view", "[ui][search]") {
    SearchUi u;
    u.execute(ui::Go{View::Search});
    json s = u.search("python");
    std::set<std::string> views;
    for (const json& h : s["hits"]) views.insert(h["view"]);
    CHECK(views.count("compare"));
    CHECK(views.count("faq"));
    // Per-view counts add up to the hits.
    int total = 0;
    for (auto& [v, n] : s["views"].items()) total += n.get<int>();
    CHECK(total == static_cast<int>(s["hits"].size()));
    // "pay": the FAQ's four pay questions (their tag).
    s = u.search("pay");
    for (int i : {0, 6, 10, 14}) CHECK(items(s).count("faq:faq:" + std::to_string(i)));
    // "math": ML basics (the difficulty's "Mathematical foundation"), How to
    // choose ("Mathematical aptitude") and the FAQ (AI more difficult?).
    s = u.search("math");
    CHECK(items(s).count("basics:difficulty:0"));
    CHECK(items(s).count("choose:choose:1"));
    CHECK(items(s).count("faq:faq:13"));
    // "deployment": Compare's Deployment dimension.
    s = u.search("deployment");
    CHECK(items(s).count("compare:dimension:6"));
    // "coding": the two FAQ coding questions.
    s = u.search("coding");
    CHECK(items(s).count("faq:faq:7"));
    CHECK(items(s).count("faq:faq:9"));
    // What the roles share is on the Overview.
    s = u.search("write code");
    CHECK(items(s).count("overview:shared:2"));
}

TEST_CASE("search: word forms and the data's synonyms", "[ui][search][forms]") {
    SearchUi u;
    u.execute(ui::Go{View::Search});
    // salary: salaries, pay, paid: the FAQ's pay questions.
    json s = u.search("salary");
    for (int i : {0, 6, 10, 14}) {
        INFO("faq " << i);
        CHECK(items(s).count("faq:faq:" + std::to_string(i)));
    }
    s = u.search("deployment");  // deployed, deploys: Compare's other rows, the FAQ
    CHECK(items(s).count("compare:dimension:7"));
    CHECK(items(s).count("faq:faq:1"));
    s = u.search("coding");  // code: Compare and the Overview's "Both write code"
    CHECK(items(s).count("compare:dimension:2"));
    CHECK(items(s).count("overview:shared:2"));
}

TEST_CASE("search: a hit opens its item in its view, scrolled into view and highlighted", "[ui][search]") {
    SearchUi u(390, 844);
    u.execute(ui::Go{View::Search});
    const float H = 844;

    // An FAQ answer far down the list: opened and on screen.
    json s = u.search("google");
    int i = firstHitIn(s, "faq", "faq", 17);
    REQUIRE(i >= 0);
    u.h.settle();
    u.click("search:hit:" + std::to_string(i));
    s = state(u.h);
    CHECK(s["view"] == "faq");
    CHECK(s["faq"]["open"][17] == true);
    CHECK(s["search"]["reveal"]["view"] == "faq");
    CHECK(s["search"]["reveal"]["index"] == 17);
    CHECK(onScreen(u.h, "faq:item:17", H));
    CHECK(onScreen(u.h, "search:revealed", H));
    // The FAQ's own search was empty and stays so.
    CHECK(s["faq"]["search"] == "");

    // A Compare dimension hidden by Compare's own filter: the filter goes.
    u.execute(ui::SetSearch{View::Compare, "python"});
    s = u.search("deployment");
    i = firstHitIn(s, "compare", "dimension", 6);
    REQUIRE(i >= 0);
    u.execute(ui::Go{View::Search});
    u.click("search:hit:" + std::to_string(i));
    s = state(u.h);
    CHECK(s["view"] == "compare");
    CHECK(s["compare"]["search"] == "");
    CHECK(s["search"]["reveal"]["index"] == 6);
    CHECK(onScreen(u.h, "search:revealed", H));

    // ML basics, How to choose and the Overview scroll to theirs as well.
    for (auto [query, view, section, index] :
         {std::tuple<const char*, const char*, const char*, int>{"mathematical foundation", "basics", "difficulty", 0},
          {"mathematical aptitude", "choose", "choose", 1},
          {"write code", "overview", "shared", 2}}) {
        INFO(query);
        u.execute(ui::Go{View::Search});
        s = u.search(query);
        i = firstHitIn(s, view, section, index);
        REQUIRE(i >= 0);
        u.click("search:hit:" + std::to_string(i));
        s = state(u.h);
        CHECK(s["view"] == view);
        CHECK(onScreen(u.h, "search:revealed", H));
    }
    // Leaving the view ends the reveal.
    u.execute(ui::Go{View::Faq});
    CHECK(state(u.h)["search"]["reveal"]["view"].is_null());
}

TEST_CASE("search: Enter opens the first hit, Escape clears, an empty query shows nothing", "[ui][search]") {
    SearchUi u;
    u.click("nav:search");
    json s = state(u.h);
    CHECK(s["search"]["hits"].empty());
    CHECK_FALSE(u.h.target("search:hit:0", nullptr));
    u.h.typeText("google");
    u.h.settle();
    s = state(u.h);
    REQUIRE_FALSE(s["search"]["hits"].empty());
    const json first = s["search"]["hits"][0];
    u.h.tap(ImGuiKey_Enter);
    u.h.settle();
    s = state(u.h);
    CHECK(s["view"] == first["view"]);
    CHECK(s["search"]["reveal"]["index"] == first["index"]);

    u.click("nav:search");
    CHECK(state(u.h)["search"]["query"] == "google");  // kept
    CHECK(state(u.h)["focused"] == "search:box");
    u.h.tap(ImGuiKey_Escape);
    u.h.settle();
    s = state(u.h);
    CHECK(s["search"]["query"] == "");
    CHECK(s["search"]["hits"].empty());
    CHECK(s["view"] == "search");
    CHECK(s["focused"] == "search:box");  // the cleared box keeps the keyboard: the reader types on

    // Nothing found: says so, and a button clears it.
    u.h.typeText("zzqx");
    u.h.settle();
    CHECK(state(u.h)["search"]["query"] == "zzqx");
    CHECK(state(u.h)["search"]["hits"].empty());
    u.click("search:clear");
    CHECK(state(u.h)["search"]["query"] == "");
}

TEST_CASE("search: an FAQ or Compare search that finds nothing says where else there are matches", "[ui][search]") {
    SearchUi u;
    // "aptitude" is in How to choose only.
    u.execute(ui::Go{View::Faq});
    u.execute(ui::SetSearch{View::Faq, "aptitude"});
    CHECK_FALSE(u.h.target("faq:item:0", nullptr));
    REQUIRE(u.h.target("faq:elsewhere:choose", nullptr));
    CHECK_FALSE(u.h.target("faq:elsewhere:faq", nullptr));
    CHECK(u.h.target("faq:elsewhere:all", nullptr));
    u.click("faq:elsewhere:choose");
    json s = state(u.h);
    CHECK(s["view"] == "choose");
    CHECK(s["search"]["query"] == "aptitude");
    CHECK(s["search"]["reveal"]["view"] == "choose");

    // Compare: "google" is in the FAQ only; there, the FAQ's own filter
    // shows it ("1 in FAQ" opens that one item).
    u.execute(ui::Go{View::Compare});
    u.execute(ui::SetSearch{View::Compare, "google"});
    REQUIRE(u.h.target("compare:elsewhere:faq", nullptr));
    u.click("compare:elsewhere:faq");
    s = state(u.h);
    CHECK(s["view"] == "faq");
    CHECK(s["faq"]["open"][17] == true);

    // "pay" in Compare: several FAQ items, which the FAQ's filter shows.
    u.execute(ui::Go{View::Compare});
    u.execute(ui::SetSearch{View::Compare, "pay"});
    REQUIRE(u.h.target("compare:elsewhere:faq", nullptr));
    u.click("compare:elsewhere:faq");
    s = state(u.h);
    CHECK(s["view"] == "faq");
    CHECK(s["faq"]["search"] == "pay");

    // "See all" opens the Search view with the query.
    u.execute(ui::Go{View::Faq});
    u.execute(ui::SetSearch{View::Faq, "aptitude"});
    u.click("faq:elsewhere:all");
    s = state(u.h);
    CHECK(s["view"] == "search");
    CHECK(s["search"]["query"] == "aptitude");

    // Nothing anywhere: no hint.
    u.execute(ui::Go{View::Faq});
    u.execute(ui::SetSearch{View::Faq, "zzqx"});
    CHECK(u.h.target("faq:clear", nullptr));
    CHECK_FALSE(u.h.target("faq:elsewhere:all", nullptr));
}

TEST_CASE("search: the mirror lists the hits as buttons, and hit:N opens one", "[ui][search][mirror]") {
    SearchUi u;
    u.h.takeEffects();
    u.h.app().takeEffects();
    u.execute(ui::Go{View::Search});
    u.execute(ui::SetSearch{View::Search, "google"});
    std::string html;
    for (const ui::Effect& e : u.h.app().takeEffects())
        if (e.kind == ui::Effect::Kind::Mirror) html = e.text;
    for (const ui::Effect& e : u.h.takeEffects())
        if (e.kind == ui::Effect::Kind::Mirror) html = e.text;
    REQUIRE_FALSE(html.empty());
    CHECK(html.find("data-rc-action=\"hit:0\"") != std::string::npos);
    CHECK(html.find("<mark>") != std::string::npos);
    CHECK(html.find("data-rc-action=\"view:search\"") != std::string::npos);  // the nav reaches it
    const json s = state(u.h);
    const int n = static_cast<int>(s["search"]["hits"].size());
    CHECK_FALSE(u.h.app().mirrorAction("hit:" + std::to_string(n)));
    CHECK_FALSE(u.h.app().mirrorAction("hit:x"));
    REQUIRE(u.h.app().mirrorAction("hit:0"));
    CHECK(u.h.app().view() == View::Faq);
}
