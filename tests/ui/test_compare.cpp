// The Compare view through the headless harness: on a phone every dimension
// is one card naming each role above its entry (no one-role-at-a-time
// switch), "Where they overlap" changes what is shown and the count says so,
// and a laptop keeps the roles side by side in columns.
//
// What the view wrote is read from ImGui's own text log for one frame: the
// role names are ImGui text (roleName()), so they are in it, one log line per
// screen line; the view's wrapped text (titles, entries) is painted directly
// and is not.
#include <catch2/catch.hpp>

#include <imgui.h>
#include <imgui_internal.h>  // context hooks

#include <unistd.h>  // getpid

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/compare.h"
#include "platform/headless/headless.h"
#include "ui/app.h"

using rc::View;
using rc::headless::Harness;
namespace ui = rc::ui;
using json = nlohmann::json;

namespace {

json state(Harness& h) { return json::parse(h.app().exportState()); }

struct CompareUi {
    Harness h;
    explicit CompareUi(float w, float hgt = 844) {
        h.setDisplay(w, hgt, 1);
        h.settle();
        execute(ui::Go{View::Compare});
    }
    void execute(ui::Command c) {
        h.app().execute(std::move(c));
        h.wake();
        h.settle();
    }
    void click(const std::string& name) {
        Harness::Rect r;
        REQUIRE(h.target(name, &r));
        h.click(r.x + r.w / 2, r.y + r.h / 2);
        h.settle();
    }
    // The lines ImGui logged in one frame drawn on a display tall enough for
    // the whole view (so nothing is clipped away), then the display as before.
    std::vector<std::string> loggedLines() {
        const float w = h.widthPx(), hgt = h.heightPx();
        h.setDisplay(w, state(h)["contentHeight"].get<float>() + 100, 1);
        h.mouseLeave();  // no tooltip: its window's End() would end the log
        h.settle();
        // To a file: a buffer's log is cleared by the LogFinish() that ends it.
        static const std::string path =
            (std::filesystem::temp_directory_path() / ("rc_test_compare_" + std::to_string(getpid()) + ".txt")).string();
        std::remove(path.c_str());  // LogToFile appends
        ImGuiContext* g = h.imgui();
        ImGuiContextHook hook;
        hook.Type = ImGuiContextHookType_NewFramePost;
        hook.Callback = [](ImGuiContext*, ImGuiContextHook*) {
            ImGui::LogToFile(-1, path.c_str());  // ends with the top-level window (ImGui::End)
        };
        const ImGuiID id = ImGui::AddContextHook(g, &hook);
        h.frame();
        ImGui::RemoveContextHook(g, id);
        std::ifstream in(path);
        std::vector<std::string> lines;
        for (std::string l; std::getline(in, l);) lines.push_back(l);
        in.close();
        std::remove(path.c_str());
        h.setDisplay(w, hgt, 1);
        h.settle();
        return lines;
    }
};

bool has(const std::string& line, const std::string& s) { return line.find(s) != std::string::npos; }

// The role names as the view logged them, in order (the index of each role
// named), and how many lines named more than one role.
struct Names {
    std::vector<int> order;
    int sharedLines = 0;
};
Names roleNames(const std::vector<std::string>& lines, const rc::Dataset& d) {
    Names n;
    for (const std::string& l : lines) {
        int onLine = 0;
        for (size_t r = 0; r < d.roles.size(); ++r)
            if (has(l, d.roles[r].shortName)) {
                n.order.push_back(static_cast<int>(r));
                ++onLine;
            }
        n.sharedLines += onLine > 1;
    }
    return n;
}

// Each of `cards` cards names role 0, then role 1, ... in turn.
bool everyCardNamesEveryRole(const Names& n, int cards, int roles) {
    if (static_cast<int>(n.order.size()) != cards * roles) return false;
    for (size_t i = 0; i < n.order.size(); ++i)
        if (n.order[i] != static_cast<int>(i) % roles) return false;
    return true;
}

}  // namespace

TEST_CASE("compare on a phone: each dimension is one card naming both roles", "[ui][compare]") {
    for (float w : {390.0f, 320.0f}) {
        CAPTURE(w);
        CompareUi u(w);
        const rc::Dataset& d = u.h.app().data();
        REQUIRE(d.roles.size() == 2);
        CHECK(u.h.targets("compare:role").empty());  // no one-role-at-a-time switch
        const json s = state(u.h);
        CHECK(s["compare"]["shown"] == d.dimensions.size());
        const Names n = roleNames(u.loggedLines(), d);
        CHECK(everyCardNamesEveryRole(n, static_cast<int>(d.dimensions.size()), 2));
        CHECK(n.sharedLines == 0);  // one above the other, not side by side
    }
}

TEST_CASE("compare on a phone: Where they overlap shows the dimensions the roles share, and the count follows", "[ui][compare]") {
    CompareUi u(390);
    const rc::Dataset& d = u.h.app().data();
    int overlap = 0, overlapSkills = 0;
    for (size_t i = 0; i < d.dimensions.size(); ++i)
        if (rc::overlaps(d, static_cast<int>(i))) {
            ++overlap;
            overlapSkills += d.dimensions[i].category == "skills";
        }
    // The shipped data: a shared note on 6 of its 24 dimensions, 2 in Skills and tools.
    CHECK(overlap == 6);
    CHECK(overlapSkills == 2);
    REQUIRE(overlap < static_cast<int>(d.dimensions.size()));

    u.click("compare:overlap");
    json s = state(u.h);
    CHECK(s["compare"]["overlapOnly"] == true);
    CHECK(s["compare"]["shown"] == overlap);
    CHECK(s["compare"]["total"] == d.dimensions.size());
    CHECK(everyCardNamesEveryRole(roleNames(u.loggedLines(), d), overlap, 2));

    u.click("compare:category:skills");
    s = state(u.h);
    CHECK(s["compare"]["categories"] == json::array({"skills"}));
    CHECK(s["compare"]["shown"] == overlapSkills);
    CHECK(everyCardNamesEveryRole(roleNames(u.loggedLines(), d), overlapSkills, 2));

    u.click("compare:reset");
    s = state(u.h);
    CHECK(s["compare"]["overlapOnly"] == false);
    CHECK(s["compare"]["shown"] == d.dimensions.size());
}

TEST_CASE("compare on a laptop: the roles stay side by side in columns", "[ui][compare]") {
    CompareUi u(1366, 768);
    const rc::Dataset& d = u.h.app().data();
    const Names n = roleNames(u.loggedLines(), d);
    // One column header per role on each category's card, on one line.
    CHECK(n.sharedLines == static_cast<int>(d.categories.size()));
    CHECK(n.order.size() == d.categories.size() * d.roles.size());
    Harness::Rect overlap;
    CHECK(u.h.target("compare:overlap", &overlap));
}

// Not run by default ([.]): the view's height at phone widths, for the
// numbers in notes (rc_ui_unit "[measure]" -s).
TEST_CASE("compare: measure the height on phones", "[.][measure]") {
    for (bool coarse : {false, true})
        for (float w : {320.0f, 390.0f}) {
            ui::AppConfig cfg;
            cfg.coarse = coarse;
            Harness h(cfg);
            h.setDisplay(w, 844, 1);
            h.settle();
            h.app().execute(ui::Go{View::Compare});
            h.wake();
            h.settle();
            const float all = state(h)["contentHeight"].get<float>();
            h.app().execute(ui::SetOverlapOnly{true});
            h.wake();
            h.settle();
            WARN((coarse ? "touch" : "mouse") << " at " << w << " px: " << all << " px, Where they overlap "
                                              << state(h)["contentHeight"].get<float>() << " px");
        }
}
