// The interface in another language: with a catalogue whose every message is
// "X<key>" (plus the key's placeholders), every view in every state draws no
// English control and the mirror says no English sentence. What stays is the
// data's own text (the built-in dataset is English) and what is not words
// (A- A+, numbers). Checked through the state export's controls (every
// control layout.h draws, by label), its banners, and the mirror's HTML.
//
// [SECTION] Helpers
// [SECTION] Views
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/catalogue.h"
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

// Placeholder names of a message ("Question {n} of {total}" -> n, total).
std::vector<std::string> placeholders(const std::string& text) {
    std::vector<std::string> out;
    static const std::regex kName("\\{([A-Za-z]+)\\}");
    for (std::sregex_iterator it(text.begin(), text.end(), kName), end; it != end; ++it) out.push_back((*it)[1]);
    return out;
}

// The test catalogue: English's keys, each form "X<key>" and the form's
// placeholders, so a message drawn from it is recognisable and complete.
rc::Catalogue testCatalogue() {
    const rc::Catalogue& en = rc::Catalogue::english();
    json messages = json::object();
    for (const std::string& key : en.keys()) {
        const rc::MessageForms forms = en.forms(key);
        REQUIRE(!forms.empty());
        auto text = [&](const std::string& english) {
            std::string s = "X" + key;
            for (const std::string& p : placeholders(english)) s += " {" + p + "}";
            return s;
        };
        if (forms.size() == 1) {
            messages[key] = text(forms.begin()->second);
        } else {
            json f = json::object();
            for (const auto& [plural, english] : forms) f[std::string(rc::pluralName(plural))] = text(english);
            messages[key] = f;
        }
    }
    const json file = {{"language", "en"}, {"dir", "ltr"}, {"messages", messages}};
    rc::CatalogueLoad load = rc::loadCatalogue(file.dump());
    for (const rc::Diagnostic& d : load.errors) UNSCOPED_INFO(d.pointer + ": " + d.message);
    REQUIRE(load.ok);
    return load.catalogue;
}

// English's words, as a test for "is this English UI text": each form of each
// message as a pattern (placeholders match anything; a form of fewer than
// four letters besides them, "{role} ({percent})" or "{list} and {next}",
// would match data text and is left out), and its literal pieces of a few
// words (what a sentence in the mirror would contain).
struct English {
    std::vector<std::pair<std::string, std::regex>> whole;  // key, pattern
    std::vector<std::pair<std::string, std::string>> pieces;  // key, piece
};

English englishWords() {
    English e;
    const rc::Catalogue& en = rc::Catalogue::english();
    static const std::regex kSpecial(R"([.^$|()\[\]{}*+?\\])");
    static const std::regex kPlaceholder("\\{[A-Za-z]+\\}");
    for (const std::string& key : en.keys())
        for (const auto& form : en.forms(key)) {
            const std::string& text = form.second;
            std::string pattern;
            size_t at = 0;
            for (std::sregex_iterator it(text.begin(), text.end(), kPlaceholder), end; it != end; ++it) {
                const std::string lit = text.substr(at, it->position() - at);
                pattern += std::regex_replace(lit, kSpecial, "\\$&") + ".*";
                if (lit.size() >= 14 && lit.find(' ') != std::string::npos) e.pieces.emplace_back(key, lit);
                at = it->position() + it->length();
            }
            const std::string rest = text.substr(at);
            pattern += std::regex_replace(rest, kSpecial, "\\$&");
            if (rest.size() >= 14 && rest.find(' ') != std::string::npos) e.pieces.emplace_back(key, rest);
            const std::string literal = std::regex_replace(text, kPlaceholder, "");
            if (std::count_if(literal.begin(), literal.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }) >= 4)
                e.whole.emplace_back(key, std::regex(pattern));
        }
    return e;
}

// The mirror's text: tags dropped, the entities html.cpp writes decoded.
std::string mirrorText(const std::string& html) {
    std::string s = std::regex_replace(html, std::regex("<[^>]*>"), " ");
    for (auto [from, to] : {std::pair<const char*, const char*>{"&quot;", "\""}, {"&#39;", "'"}, {"&lt;", "<"}, {"&gt;", ">"},
                            {"&amp;", "&"}}) {
        for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at)) s.replace(at, std::strlen(from), to);
    }
    return s;
}

struct Ui {
    Harness h;
    const English& en;
    std::set<std::string> seen;  // the states checked, for the summary
    int labels = 0, translated = 0;
    Ui(const rc::Catalogue& cat, const English& english, float w, float hgt) : en(english) {
        h.app().setCatalogue(cat);
        h.setDisplay(w, hgt, 1);
        h.wake();
        h.settle();
    }
    json state() { return json::parse(h.app().exportState()); }
    std::string mirror() {
        std::string last;
        for (const Effect& e : h.takeEffects())
            if (e.kind == Effect::Kind::Mirror) last = e.text;
        for (const Effect& e : h.app().takeEffects())
            if (e.kind == Effect::Kind::Mirror) last = e.text;
        return last;
    }
    void settle() {
        h.wake();
        h.settle();
    }
    // Draws what is on screen now (scrolling through the whole view, so every
    // control is drawn and listed) and checks its controls, banners and mirror.
    void check(const std::string& what) {
        INFO("state: " << what);
        seen.insert(what);
        settle();
        const std::string html = mirror();
        std::set<std::string> controls;
        for (int step = 0; step < 40; ++step) {
            const json s = state();
            for (const json& c : s["controls"]) controls.insert(c["name"].get<std::string>());
            for (const json& b : s["banners"]) controls.insert(b.get<std::string>());
            // Down a screen; stop at the bottom.
            h.mouseMove(h.widthPx() / 2, h.heightPx() / 2);
            h.mouseWheel(0, -10);
            const std::string before = s["controls"].dump();
            h.settle();
            if (state()["controls"].dump() == before) break;
        }
        for (const std::string& label : controls) {
            ++labels;
            if (label.rfind("X", 0) == 0) ++translated;
            for (const auto& [key, pattern] : en.whole) {
                INFO("control label \"" << label << "\" is English " << key);
                CHECK_FALSE(std::regex_match(label, pattern));
            }
        }
        if (!html.empty()) {
            const std::string text = mirrorText(html);
            for (const auto& [key, piece] : en.pieces) {
                INFO("the mirror says \"" << piece << "\" (" << key << ")");
                CHECK(text.find(piece) == std::string::npos);
            }
            CHECK(text.find("Xnav.") != std::string::npos);  // the mirror's nav is the catalogue's
        }
    }
};

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Views
//-----------------------------------------------------------------------------

TEST_CASE("Another catalogue: no view draws an English control or mirror sentence", "[ui][language]") {
    const rc::Catalogue cat = testCatalogue();
    CHECK(cat.text("nav.compare") == "Xnav.compare");
    const English en = englishWords();
    REQUIRE(en.whole.size() >= cat.keys().size() * 9 / 10);
    for (const auto& [w, hgt] : {std::pair<float, float>{1366, 768}, {390, 844}}) {
        INFO("display " << w << " x " << hgt);
        Ui u(cat, en, w, hgt);
        CHECK(u.state()["language"]["ui"] == "en");
        for (int v = 0; v < rc::kViewCount; ++v) {
            if (static_cast<View>(v) == View::Result) continue;  // below, with answers
            u.h.app().setView(static_cast<View>(v));
            u.check(std::string("view ") + rc::viewId(static_cast<View>(v)));
        }
        // The quiz part-way, then complete; the result, its copy feedback.
        u.h.app().setView(View::Quiz);
        for (int q = 0; q < 3; ++q) u.h.app().mirrorAction("answer:" + std::to_string(q) + ":4");
        u.check("quiz, 3 answered");
        u.h.app().setView(View::Result);
        u.check("result, not ready");
        for (int q = 0; q < 13; ++q) u.h.app().mirrorAction("answer:" + std::to_string(q) + ":" + std::to_string(q % 2 ? 0 : 4));
        u.h.app().setView(View::Quiz);
        u.check("quiz, complete");
        u.h.app().setView(View::Result);
        u.check("result");
        u.h.app().mirrorAction("copy");
        u.h.app().copyFinished(true);
        u.check("result, link copied");
        u.h.app().mirrorAction("copy");
        u.h.app().copyFinished(false);
        u.check("result, copy refused");
        u.h.app().setView(View::Overview);
        u.check("overview, result ready");
        // A shared result compared with the reader's own; a bad link's banner.
        const std::string token = u.state()["quiz"]["token"];
        std::string other = token;
        u.h.app().resetQuiz();
        u.h.app().mirrorAction("answer:0:1");
        u.h.app().setView(View::Overview);
        u.check("overview, quiz started");
        REQUIRE(u.h.app().openShareToken(token));
        u.h.app().mirrorAction("compare-answers");
        u.check("shared result, compared");
        CHECK_FALSE(u.h.app().openShareToken("not-a-token"));
        u.check("banner: bad link");
        // Searches: matches, and none (each view's own empty state).
        u.h.app().execute(ui::SetSearch{View::Search, "python"});
        u.h.app().setView(View::Search);
        u.check("search, matches");
        u.h.app().execute(ui::SetSearch{View::Search, "zzqqxx"});
        u.check("search, no match");
        u.h.app().execute(ui::SetSearch{View::Compare, "aptitude"});  // in How to choose only
        u.h.app().setView(View::Compare);
        u.check("compare, no match (found elsewhere)");
        u.h.app().execute(ui::SetSearch{View::Compare, "python"});
        u.h.app().execute(ui::SetOverlapOnly{true});
        u.check("compare, filtered");
        u.h.app().execute(ui::SetSearch{View::Faq, "zzqqxx"});
        u.h.app().setView(View::Faq);
        u.check("faq, no match");
        u.h.app().execute(ui::SetSearch{View::Faq, ""});
        u.h.app().execute(ui::OpenAllFaq{true});
        u.check("faq, all open");
        INFO(u.labels << " control labels, " << u.translated << " from the catalogue");
        CHECK(u.translated > 40);
    }
}

TEST_CASE("The English catalogue draws English (the test above can tell)", "[ui][language]") {
    // The same check on the English UI finds English: the patterns work.
    const English en = englishWords();
    Harness h;
    h.setDisplay(1366, 768, 1);
    h.settle();
    const json s = json::parse(h.app().exportState());
    CHECK(s["language"]["ui"] == "en");
    int english = 0;
    for (const json& c : s["controls"])
        for (const auto& [key, pattern] : en.whole)
            if (std::regex_match(c["name"].get<std::string>(), pattern)) {
                ++english;
                break;
            }
    CHECK(english >= 8);  // the nav's buttons, the call to action's
}

TEST_CASE("A dataset's ui section overrides the catalogue's words, on screen and in the mirror", "[ui][language]") {
    std::ifstream f(RC_SOURCE_DIR "/tests/data/base.json", std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    json data = json::parse(ss.str());
    data["ui"] = {{"nav.compare", "Side by side"}, {"quiz.progress", "Q{n} / {total}"}};
    Harness h;
    h.setDisplay(1366, 768, 1);
    h.settle();
    REQUIRE(h.app().loadCustomData(data.dump(), "base.json").empty());
    h.app().setView(View::Quiz);
    h.wake();
    h.settle();
    std::set<std::string> labels;
    const json s = json::parse(h.app().exportState());
    for (const json& c : s["controls"]) labels.insert(c["name"].get<std::string>());
    CHECK(labels.count("Side by side") == 1);
    CHECK(labels.count("Compare") == 0);
    std::string mirror;
    for (const Effect& e : h.takeEffects())
        if (e.kind == Effect::Kind::Mirror) mirror = e.text;
    for (const Effect& e : h.app().takeEffects())
        if (e.kind == Effect::Kind::Mirror) mirror = e.text;
    CHECK(mirror.find(">Side by side</button>") != std::string::npos);
    CHECK(h.app().catalogue().text("quiz.progress", {{"n", 2}, {"total", 5}}) == "Q2 / 5");
    CHECK(h.app().catalogue().text("nav.faq") == "FAQ");  // what the section leaves out stays English
}
