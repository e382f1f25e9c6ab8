// The shipped dataset says things as its article does: the article's own
// headings for the responsibilities are titles a Compare search finds, and
// the FAQ asks the article's questions word for word. The article's words are
// written here (the tests run from a clean clone, without the article file).
#include <catch2/catch.hpp>

#include "test_util.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/compare.h"
#include "core/html.h"
#include "core/loader.h"
#include "core/search.h"

namespace {

using rc::test::dataPath;
using rc::test::readFile;

const rc::Dataset& shipped() {
    static const rc::Dataset ds = [] {
        rc::LoadResult r = rc::loadDataset(readFile(dataPath("assets/roles/ml-vs-swe.json")));
        REQUIRE(r.ok);
        return r.data;
    }();
    return ds;
}

// The article's headings under "Responsibilities", per role, in its order.
const std::vector<std::string> kMlHeadings = {
    "Data Collection and Preparation", "Algorithm Development", "Model Training", "Testing and Evaluation",
    "Deployment", "Maintenance and Monitoring", "Research and Development"};
const std::vector<std::string> kSweHeadings = {"Software Development", "System Design", "Testing and Debugging",
                                               "Collaboration", "Documentation", "Continuous Learning"};

// The article's FAQ questions, in its order. The pay question is asked twice,
// in two wordings with two answers (items 1 and 7).
const std::vector<std::string> kArticleQuestions = {
    "Do machine learning engineers make more than software engineers?",
    "What does a machine learning engineer do?",
    "What does a software engineer do?",
    "Can you learn machine learning on your own?",
    "How long will it take to learn machine learning?",
    "Can a software engineer work as a machine learning engineer?",
    "Do ML engineers make more than software engineers?",
    "Is machine learning a lot of coding?",
    "Is Java or C++ better for machine learning?",
    "Does ML engineer require coding?",
    "Why are ML engineers paid so much?",
    "Do machine learning engineers use C++?",
    "What is the best language for machine learning?",
    "Is AI more difficult than software engineering?",
    "Where do machine learning engineers make the most money?",
    "Should I learn software engineering or AI?",
    "Is machine learning a safe job?",
    "Does Google hire ML engineers?",
    "Should I learn Java or Python for machine learning?",
};

}  // namespace

TEST_CASE("article: each responsibility heading is a title that Compare's search finds", "[article][shipped]") {
    const rc::Dataset& d = shipped();
    const rc::SearchIndex ix = rc::buildIndex(d);
    const int mle = d.roleIndex("mle"), swe = d.roleIndex("swe");
    REQUIRE(mle >= 0);
    REQUIRE(swe >= 0);
    for (const auto& [role, headings] : {std::make_pair(mle, kMlHeadings), std::make_pair(swe, kSweHeadings)}) {
        for (const std::string& heading : headings) {
            INFO(d.roles[role].id << ": " << heading);
            // The search index: a hit on a responsibilities dimension whose
            // entry for the role is headed by it (the whole summary, not a
            // phrase inside a sentence).
            bool found = false;
            for (const rc::SearchHit& h : rc::search(ix, heading)) {
                if (h.section != rc::Section::Dimension) continue;
                const rc::Dimension& dim = d.dimensions[h.index];
                found = found || (dim.category == "responsibilities" && dim.entries[role].summary == heading);
            }
            CHECK(found);

            // The Compare view's own filter: the responsibilities category
            // searched for the heading keeps a row whose cell for the role is
            // headed by it (the summary is the cell's bold first line).
            rc::CompareQuery q;
            q.categories = {"responsibilities"};
            q.search = heading;
            const rc::CompareView v = rc::buildCompare(d, q);
            bool shown = false;
            for (const rc::CompareGroup& g : v.groups)
                for (const rc::CompareRow& row : g.rows)
                    shown = shown || row.cells[role].entry->summary == heading;
            CHECK(shown);
        }
    }
}

TEST_CASE("article: the responsibilities are the article's, in its order, one heading per side", "[article][shipped]") {
    const rc::Dataset& d = shipped();
    const int mle = d.roleIndex("mle"), swe = d.roleIndex("swe");
    std::vector<std::string> ml, sw;
    for (const rc::Dimension& dim : d.dimensions) {
        if (dim.category != "responsibilities") continue;
        INFO(dim.id);
        for (int r : {mle, swe}) {
            const rc::Entry& e = dim.entries[r];
            // A side is a heading with the article's sentences, or empty (a dash).
            if (e.summary.empty()) CHECK(e.points.empty());
            else (r == mle ? ml : sw).push_back(e.summary);
        }
    }
    CHECK(ml == kMlHeadings);
    CHECK(sw == kSweHeadings);
}

TEST_CASE("article: every FAQ question is the article's, word for word, and none is left out", "[article][shipped]") {
    const rc::Dataset& d = shipped();
    std::vector<std::string> questions;
    for (const rc::FaqItem& f : d.faq) {
        INFO(f.id << ": " << f.question);
        CHECK(std::find(kArticleQuestions.begin(), kArticleQuestions.end(), f.question) != kArticleQuestions.end());
        questions.push_back(f.question);
    }
    CHECK(questions == kArticleQuestions);  // all of them, in the article's order
}

TEST_CASE("article: the HTML mirror heads each side with its heading and shows a dash for an empty one", "[article][shipped][html]") {
    const rc::Dataset& d = shipped();
    rc::MirrorState st;
    st.view = rc::View::Compare;
    const std::string m = rc::renderMirrorHtml(d, st);
    for (const auto& headings : {kMlHeadings, kSweHeadings})
        for (const std::string& h : headings) {
            INFO(h);
            CHECK(m.find("<td><strong>" + rc::htmlEscape(h) + "</strong>") != std::string::npos);
        }
    size_t empty = 0;
    for (const rc::Dimension& dim : d.dimensions)
        for (const rc::Entry& e : dim.entries) empty += e.summary.empty() && e.points.empty();
    CHECK(empty == 7);  // 10 rows, 7 + 6 headings
    size_t dashes = 0;
    for (size_t at = m.find("<td>\xE2\x80\x94</td>"); at != std::string::npos; at = m.find("<td>\xE2\x80\x94</td>", at + 1)) ++dashes;
    CHECK(dashes == empty);
    CHECK(m.find("<strong></strong>") == std::string::npos);
}
