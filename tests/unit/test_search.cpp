// Search tests: query parsing, highlight spans, matching rules and ranking on
// tests/data/mini.json, and known phrases in the shipped dataset.
#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/loader.h"
#include "core/search.h"

namespace {

std::string readFile(const std::string& rel) {
    std::ifstream in(std::string(RC_SOURCE_DIR) + "/" + rel, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

rc::Dataset load(const std::string& rel) {
    rc::LoadResult r = rc::loadDataset(readFile(rel));
    REQUIRE(r.ok);
    return std::move(r.data);
}

using Spans = std::vector<rc::Span>;

std::string highlighted(const std::string& text, const Spans& spans) {
    std::string out;
    size_t at = 0;
    for (const rc::Span& s : spans) {
        out += text.substr(at, s.begin - at) + "[" + text.substr(s.begin, s.end - s.begin) + "]";
        at = s.end;
    }
    return out + text.substr(at);
}

}  // namespace

TEST_CASE("queries split like text and fold case", "[search]") {
    CHECK(rc::parseQuery("F1-score").terms == std::vector<std::string>{"f1", "score"});
    CHECK(rc::parseQuery("  ML engineer, ml-ENGINEER ").terms == std::vector<std::string>{"ml", "engineer"});
    CHECK(rc::parseQuery("ÉCOLE Straße").terms == std::vector<std::string>{"école", "straße"});
    CHECK(rc::parseQuery("— … !!").empty());
    CHECK(rc::parseQuery("").empty());
}

TEST_CASE("findSpans marks matching word prefixes", "[search]") {
    rc::Query f1 = rc::parseQuery("f1 score");
    CHECK(highlighted("The F1-score combines", rc::findSpans("The F1-score combines", f1)) ==
          "The [F1]-[score] combines");
    CHECK(rc::findSpans("The F1-score combines", f1) == Spans{{4, 6}, {7, 12}});

    rc::Query eng = rc::parseQuery("engineer");
    CHECK(highlighted("ML engineers and Engineering", rc::findSpans("ML engineers and Engineering", eng)) ==
          "ML [engineer]s and [Engineer]ing");

    // "ml" is a word prefix only: not inside "html".
    CHECK(rc::findSpans("html and xml", rc::parseQuery("ml")).empty());
    // Non-ASCII letters fold and spans stay on UTF-8 boundaries.
    std::string text = "Ärger über Éléphants";
    CHECK(highlighted(text, rc::findSpans(text, rc::parseQuery("éléphant ärger"))) == "[Ärger] über [Éléphant]s");
    CHECK(rc::findSpans("anything", rc::Query{}).empty());
}

TEST_CASE("foldCase keeps byte offsets", "[search][text]") {
    std::string s = "ÀÉÎÕÜ Ÿ ĀĞ ΑΩ АЯ Ё ABC";
    std::string f = rc::foldCase(s);
    CHECK(f.size() == s.size());
    CHECK(f == "àéîõü ÿ āğ αω ая ё abc");
    CHECK(rc::normalizeText("  Write  unit-tests. ") == "write unit tests");
}

TEST_CASE("search on the mini dataset: matches and ranking", "[search]") {
    rc::Dataset d = load("tests/data/mini.json");
    rc::SearchIndex ix = rc::buildIndex(d);

    SECTION("absent words find nothing") {
        CHECK(rc::search(ix, "kubernetes").empty());
        CHECK(rc::search(ix, "python kubernetes").empty());
        CHECK(rc::search(ix, "").empty());
    }

    SECTION("title hits rank first; the best field is shown with spans") {
        auto hits = rc::search(ix, "f1 score");
        REQUIRE(hits.size() == 2);
        CHECK(hits[0].section == rc::Section::Faq);
        CHECK(hits[0].index == 0);
        CHECK(hits[0].field == "question");
        CHECK(hits[0].pointer == "/faq/0/question");
        CHECK(highlighted(hits[0].text, hits[0].spans) == "What is an [F1] [score]?");
        CHECK(hits[1].section == rc::Section::Dimension);
        CHECK(hits[1].index == 0);
        CHECK(hits[1].role == 2);
        CHECK(hits[1].field == "entries/ds/points/1");
        CHECK(highlighted(hits[1].text, hits[1].spans) == "Report the [F1]-[score] to stakeholders.");
        CHECK(hits[0].score > hits[1].score);
    }

    SECTION("punctuation does not matter; whole words and phrases rank higher") {
        auto hits = rc::search(ix, "ml-engineer");
        REQUIRE(hits.size() == 4);
        CHECK(hits[0].section == rc::Section::Faq);  // "... an ML engineer?" exact phrase
        CHECK(hits[0].index == 2);
        CHECK(hits[1].section == rc::Section::Faq);  // "Do ML engineers earn more?"
        CHECK(hits[1].index == 1);
        CHECK(hits[2].section == rc::Section::Dimension);  // body hits keep document order
        CHECK(hits[2].index == 3);
        CHECK(hits[3].section == rc::Section::Difficulty);
        CHECK(hits[3].group == 1);
        CHECK(hits[3].index == 0);
        CHECK(highlighted(hits[3].text, hits[3].spans) ==
              "Software [engineer]s ship features; [ML] [engineer]s improve model accuracy.");
    }

    SECTION("a whole-word title match beats a prefix title match") {
        auto hits = rc::search(ix, "language");
        REQUIRE(hits.size() == 2);
        CHECK(hits[0].section == rc::Section::Faq);
        CHECK(hits[0].index == 3);
        CHECK(hits[1].section == rc::Section::Dimension);
        CHECK(hits[1].index == 1);
        CHECK(hits[1].field == "title");
        CHECK(highlighted(hits[1].text, hits[1].spans) == "Programming [language]s");
    }

    SECTION("equal scores keep document order") {
        auto hits = rc::search(ix, "python");
        REQUIRE(hits.size() == 2);
        CHECK(hits[0].section == rc::Section::Dimension);
        CHECK(hits[0].field == "entries/mle/summary");  // first field holding the word
        CHECK(hits[1].section == rc::Section::Faq);
        CHECK(hits[0].score == hits[1].score);
    }

    SECTION("all words must occur in one record, in any order") {
        auto hits = rc::search(ix, "java languages");
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].index == 1);
        CHECK(hits[0].field == "title");  // ties between fields prefer the title
        CHECK(rc::search(ix, "spam fraud").empty());  // different records
        CHECK(rc::search(ix, "fraud netflix").size() == 1);  // both in the basics intro record
    }

    SECTION("every section is searchable") {
        auto first = [&](const char* q) {
            auto h = rc::search(ix, q);
            REQUIRE_FALSE(h.empty());
            return h[0];
        };
        CHECK(first("segmentation").section == rc::Section::Basics);
        CHECK(first("segmentation").index == 1);
        CHECK(first("segmentation").field == "examples/0");
        CHECK(first("netflix").index == -1);
        CHECK(first("netflix").field == "applications/0");
        CHECK(first("linear algebra").section == rc::Section::Difficulty);
        CHECK(first("linear algebra").group == 0);
        CHECK(first("curiosity").section == rc::Section::Choose);
        CHECK(first("curiosity").group == 2);
        CHECK(first("production code").section == rc::Section::Shared);
        CHECK(first("metrics").field == "tags/0");
        CHECK(first("hard parts").field == "intro");
    }

    SECTION("C++ is a word of its own") {
        auto hits = rc::search(ix, "C++");
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].index == 1);
        CHECK(highlighted(hits[0].text, hits[0].spans) == "[C++] for inference");
    }

    SECTION("maxHits truncates after ranking") {
        auto hits = rc::search(ix, "ml-engineer", 1);
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].index == 2);
    }
}

TEST_CASE("search on the shipped dataset", "[search][shipped]") {
    rc::Dataset d = load("assets/roles/ml-vs-swe.json");
    rc::SearchIndex ix = rc::buildIndex(d);

    auto hits = rc::search(ix, "java or python");
    REQUIRE_FALSE(hits.empty());
    CHECK(hits[0].section == rc::Section::Faq);
    CHECK(hits[0].text.find("Java or Python") != std::string::npos);

    hits = rc::search(ix, "netflix");
    REQUIRE_FALSE(hits.empty());
    bool inBasics = false;
    for (const auto& h : hits) {
        REQUIRE_FALSE(h.spans.empty());
        CHECK(rc::foldCase(h.text.substr(h.spans[0].begin, h.spans[0].end - h.spans[0].begin)) == "netflix");
        inBasics = inBasics || (h.section == rc::Section::Basics && h.field.rfind("applications/", 0) == 0);
    }
    CHECK(inBasics);

    CHECK(rc::search(ix, "qwertyuiop").empty());

    // Timing is reported, never asserted (machines differ).
    const char* queries[] = {"machine learning", "python", "software engineer", "data", "c++", "salary pay", "ml"};
    const int rounds = 200;
    size_t total = 0;
    auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < rounds; ++i)
        for (const char* q : queries) total += rc::search(ix, q).size();
    auto t1 = std::chrono::steady_clock::now();
    double us = std::chrono::duration<double, std::micro>(t1 - t0).count() / (rounds * 7);
    WARN("search: " << us << " us per query on the shipped dataset (" << total / rounds << " hits per round)");
    CHECK(total > 0);
}

TEST_CASE("hits map to the view that draws them; counts per view", "[search]") {
    CHECK(rc::viewForSection(rc::Section::Dimension) == rc::View::Compare);
    CHECK(rc::viewForSection(rc::Section::Faq) == rc::View::Faq);
    CHECK(rc::viewForSection(rc::Section::Basics) == rc::View::Basics);
    CHECK(rc::viewForSection(rc::Section::Difficulty) == rc::View::Basics);
    CHECK(rc::viewForSection(rc::Section::Choose) == rc::View::Choose);
    CHECK(rc::viewForSection(rc::Section::Shared) == rc::View::Overview);

    rc::Dataset d = load("assets/roles/ml-vs-swe.json");
    rc::SearchIndex ix = rc::buildIndex(d);
    rc::Query q = rc::parseQuery("engineer", ix);
    std::vector<int> counts = rc::hitsPerView(ix, q);
    REQUIRE(counts.size() == static_cast<size_t>(rc::kViewCount));
    std::vector<int> expected(rc::kViewCount, 0);
    for (const rc::SearchHit& h : rc::search(ix, q)) ++expected[static_cast<size_t>(rc::viewForHit(h))];
    CHECK(counts == expected);
    CHECK(rc::hitsPerView(rc::search(ix, q)) == counts);
    CHECK(counts[static_cast<size_t>(rc::View::Compare)] > 0);
    CHECK(counts[static_cast<size_t>(rc::View::Faq)] > 0);
    CHECK(counts[static_cast<size_t>(rc::View::Quiz)] == 0);
    CHECK(rc::hitsPerView(ix, rc::Query{}) == std::vector<int>(rc::kViewCount, 0));
}
