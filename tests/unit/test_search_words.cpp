// Search tests for the words people type (issue 17): word forms, the data's
// synonym groups, the false positives they must not add, and one matching
// rule everywhere (search(), Compare's row filter, the FAQ filter, spans).
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/compare.h"
#include "core/loader.h"
#include "core/search.h"

namespace {

std::string readFile(const std::string& rel) {
    std::ifstream in(std::string(RC_SOURCE_DIR) + "/" + rel, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

rc::Dataset loadText(const std::string& json) {
    rc::LoadResult r = rc::loadDataset(json);
    REQUIRE(r.errors.empty());
    REQUIRE(r.ok);
    return std::move(r.data);
}

const rc::Dataset& shipped() {
    static const rc::Dataset d = loadText(readFile("assets/roles/ml-vs-swe.json"));
    return d;
}

const rc::SearchIndex& shippedIndex() {
    static const rc::SearchIndex ix = rc::buildIndex(shipped());
    return ix;
}

using Ids = std::set<std::string>;

std::string highlighted(const std::string& text, const std::vector<rc::Span>& spans) {
    std::string out;
    size_t at = 0;
    for (const rc::Span& s : spans) {
        out += text.substr(at, s.begin - at) + "[" + text.substr(s.begin, s.end - s.begin) + "]";
        at = s.end;
    }
    return out + text.substr(at);
}

// What each place finds for `text`: the global search's FAQ and dimension
// hits, the FAQ filter and Compare's rows. They must agree.
struct Found {
    Ids faq, dimensions;
};

Found find(const rc::Dataset& d, const rc::SearchIndex& ix, const std::string& text) {
    INFO("query: " << text);
    const rc::Query q = rc::parseQuery(text, ix);
    Found global;
    for (const rc::SearchHit& h : rc::search(ix, q)) {
        // The result list's highlight is the views' highlight.
        CHECK(h.spans == rc::findSpans(h.text, q));
        CHECK_FALSE(h.spans.empty());
        if (h.section == rc::Section::Faq) global.faq.insert(d.faq[h.index].id);
        if (h.section == rc::Section::Dimension) global.dimensions.insert(d.dimensions[h.index].id);
    }

    const rc::Query viewQuery = rc::parseQuery(text, d);
    CHECK(viewQuery.terms == q.terms);
    CHECK(viewQuery.forms == q.forms);
    Ids faq;
    const std::vector<rc::FaqMatch> m = rc::matchFaq(d, viewQuery);
    for (size_t i = 0; i < m.size(); ++i)
        if (m[i].visible) faq.insert(d.faq[i].id);
    CHECK(faq == global.faq);

    rc::CompareQuery cq;
    cq.search = text;
    Ids rows;
    for (const rc::CompareGroup& g : rc::buildCompare(d, cq).groups)
        for (const rc::CompareRow& r : g.rows) rows.insert(d.dimensions[r.dimension].id);
    CHECK(rows == global.dimensions);

    const std::vector<int> perView = rc::hitsPerView(ix, q);
    CHECK(perView[static_cast<size_t>(rc::View::Faq)] == static_cast<int>(global.faq.size()));
    CHECK(perView[static_cast<size_t>(rc::View::Compare)] == static_cast<int>(global.dimensions.size()));
    return global;
}

Found find(const std::string& text) { return find(shipped(), shippedIndex(), text); }

}  // namespace

TEST_CASE("word forms: one stem per word family, short words kept", "[search][forms]") {
    CHECK(rc::wordStem("salary") == "salary");
    CHECK(rc::wordStem("salaries") == "salary");
    for (const char* w : {"deploy", "deploys", "deployed", "deploying", "deployment", "deployments"})
        CHECK(rc::wordStem(w) == "deploy");
    for (const char* w : {"code", "codes", "coded", "coding"}) CHECK(rc::wordStem(w) == "cod");
    for (const char* w : {"mathematics", "mathematical", "mathematically"}) CHECK(rc::wordStem(w) == "mathemat");
    CHECK(rc::wordStem("math") == "math");
    CHECK(rc::wordStem("maths") == "math");
    for (const char* w : {"learn", "learns", "learned", "learning"}) CHECK(rc::wordStem(w) == "learn");
    for (const char* w : {"model", "models", "modeled", "modeling"}) CHECK(rc::wordStem(w) == "model");
    for (const char* w : {"program", "programs", "programmed", "programming"}) CHECK(rc::wordStem(w) == "program");
    CHECK(rc::wordStem("engineering") == "engineer");
    CHECK(rc::wordStem("applied") == "apply");
    // Kept whole: too short to cut, or not a plural.
    for (const char* w : {"ml", "ops", "use", "using", "used", "process", "focus", "analysis", "is", "thing", "music"})
        CHECK(rc::wordStem(w) == w);
    CHECK(rc::wordStem("skilled") == "skill");  // a doubled l stays
    CHECK(rc::wordStem("école") == "écol");      // other letters kept, ASCII suffix rules only
}

TEST_CASE("word forms match both ways, highlighting the whole word", "[search][forms]") {
    auto marks = [](const char* text, const char* query) {
        return highlighted(text, rc::findSpans(text, rc::parseQuery(query)));
    };
    CHECK(marks("Salaries vary", "salary") == "[Salaries] vary");
    CHECK(marks("We deploy models", "deployment") == "We [deploy] models");
    CHECK(marks("Deployment is hard", "deploy") == "[Deploy]ment is hard");  // a prefix stays a prefix
    CHECK(marks("coding and code", "code") == "[coding] and [code]");
    CHECK(marks("coding and code", "coding") == "[coding] and [code]");
    CHECK(marks("Mathematics, mathematical", "mathematics") == "[Mathematics], [mathematical]");
    CHECK(marks("ML engineers and Engineering", "engineer") == "ML [engineer]s and [Engineer]ing");
}

TEST_CASE("word forms add no false positives", "[search][forms]") {
    CHECK(rc::findSpans("html and xml", rc::parseQuery("ml")).empty());
    CHECK(rc::findSpans("engine, engaged, engagement", rc::parseQuery("engineer")).empty());
    CHECK(rc::findSpans("the US and users", rc::parseQuery("using")).empty());
    CHECK(rc::findSpans("a cod", rc::parseQuery("coder")).empty());
    CHECK(rc::findSpans("statistics and statistical", rc::parseQuery("math")).empty());

    // On the shipped data the narrower terms go one way: "statistics",
    // "calculus" and the rest never reach "math" and its forms.
    for (const char* w : {"statistics", "algebra", "calculus", "probability"}) {
        INFO(w);
        const rc::Query q = rc::parseQuery(w, shippedIndex());
        for (const rc::SearchHit& h : rc::search(shippedIndex(), q))
            for (const rc::Span& s : h.spans)
                CHECK(rc::foldCase(h.text.substr(s.begin, s.end - s.begin)).rfind("math", 0) == std::string::npos);
    }
    CHECK(find("ml").dimensions.size() > 0);
    for (const rc::SearchHit& h : rc::search(shippedIndex(), rc::parseQuery("ml", shippedIndex())))
        for (const rc::Span& s : h.spans) CHECK(rc::foldCase(h.text.substr(s.begin, 2)) == "ml");
}

TEST_CASE("the issue's words find the shipped FAQ and Compare rows, everywhere alike", "[search][shipped][forms]") {
    const Ids payFaq{"pay", "ml-pay", "why-pay", "pay-location"};
    for (const char* w : {"salary", "salaries", "pay", "paid", "earn"}) {
        INFO(w);
        Found f = find(w);
        CHECK(f.faq == payFaq);
        CHECK(f.dimensions.empty());  // no dimension talks about pay
    }
    // "paid" comes through the data's synonym group: the question says "paid".
    const rc::Query salary = rc::parseQuery("salary", shippedIndex());
    const rc::FaqItem* why = shipped().findFaq("why-pay");
    REQUIRE(why);
    CHECK(highlighted(why->question, rc::findSpans(why->question, salary)) == "Why are ML engineers [paid] so much?");

    for (const char* w : {"math", "mathematics", "mathematical", "maths"}) {
        INFO(w);
        Found f = find(w);
        CHECK(f.faq.count("ai-harder"));  // "... mathematical ..."
        // No dimension says math, but "Education and skills" lists statistics,
        // linear algebra and calculus, the data's narrower terms of "math",
        // and "Education" an emphasis on statistics.
        CHECK(f.dimensions == Ids{"degree", "education-skills"});
        const std::vector<int> views = rc::hitsPerView(shippedIndex(), rc::parseQuery(w, shippedIndex()));
        CHECK(views[static_cast<size_t>(rc::View::Basics)] > 0);  // difficulty: "Mathematical ..."
        CHECK(views[static_cast<size_t>(rc::View::Choose)] > 0);
    }

    for (const char* w : {"deploy", "deployment", "deployed", "deploying"}) {
        INFO(w);
        Found f = find(w);
        CHECK(f.dimensions.count("deployment"));
        CHECK(f.dimensions.count("role-overview"));  // "deploys"
        CHECK(f.faq.count("what-mle-does"));         // "deploy"
    }

    for (const char* w : {"code", "coding", "programming"}) {
        INFO(w);
        Found f = find(w);
        CHECK(f.faq.count("ml-lot-of-coding"));
        CHECK(f.faq.count("mle-needs-coding"));
        CHECK(f.dimensions.count("role-overview"));  // swe point: "... code ..."
        CHECK(f.dimensions.count("documentation"));  // mle: "... code ..."
    }

    // Two words: both must be in one record, each with its forms and synonyms.
    Found f = find("machine learning salary");
    CHECK(f.faq == payFaq);
}

TEST_CASE("the shipped narrower terms of math: one way, whole words", "[search][shipped][narrower]") {
    const rc::Dimension* edu = shipped().findDimension("education-skills");
    REQUIRE(edu);
    const std::string& point = edu->entries[0].points[0];
    for (const char* w : {"math", "maths", "mathematics", "mathematical"}) {
        INFO(w);
        // Highlighted where Compare shows them, as whole words.
        CHECK(highlighted(point, rc::findSpans(point, rc::parseQuery(w, shipped()))) ==
              "Often needs additional knowledge in [statistics], linear [algebra] and [calculus].");
        // The global search's hit for the row is in Compare, the row's mle entry.
        bool found = false;
        for (const rc::SearchHit& h : rc::search(shippedIndex(), rc::parseQuery(w, shippedIndex())))
            if (h.section == rc::Section::Dimension && shipped().dimensions[h.index].id == "education-skills") {
                found = true;
                CHECK(rc::viewForHit(h) == rc::View::Compare);
                CHECK(h.pointer.rfind("/dimensions/", 0) == 0);
            }
        CHECK(found);
    }
    // Only math: the data holds no other narrower terms.
    REQUIRE(shipped().search.narrower.size() == 1);
    CHECK(shipped().search.narrower[0].broader == "math");
    CHECK(shipped().search.narrower[0].words ==
          std::vector<std::string>{"statistics", "algebra", "calculus", "probability"});

    // Never the other way round: the narrower words do not find math.
    const std::string mathText = "Math and maths, mathematics and mathematical concepts.";
    for (const char* w : {"calculus", "statistics", "statistical", "algebra", "probability"}) {
        INFO(w);
        CHECK(rc::findSpans(mathText, rc::parseQuery(w, shipped())).empty());
        CHECK(rc::findSpans(mathText, rc::parseQuery(w, shippedIndex())).empty());
    }
    // Rows that only say "mathematical" stay out of a "calculus" search; the
    // FAQ item that says "mathematical foundation" (no calculus) too.
    Found calculus = find("calculus");
    CHECK(calculus.dimensions == Ids{"education-skills"});
    CHECK_FALSE(calculus.faq.count("ai-harder"));
    CHECK(find("math").faq.count("ai-harder"));
    // By form only, like synonyms: "math" does not find "calculate" or "statistician"
    // by prefix, and a narrower word is not a prefix of a query ("calc" finds no math).
    CHECK(rc::findSpans("calculate the statisticians", rc::parseQuery("math", shipped())).empty());
    CHECK(highlighted("Probabilities and algebraic rules", rc::findSpans("Probabilities and algebraic rules",
                                                                          rc::parseQuery("math", shipped()))) ==
          "[Probabilities] and [algebraic] rules");
}

TEST_CASE("a dataset's own narrower terms", "[search][narrower]") {
    nlohmann::json j = nlohmann::json::parse(readFile("tests/data/mini.json"));
    const rc::Dataset plain = loadText(j.dump());
    CHECK(plain.search.narrower.empty());
    CHECK(find(plain, rc::buildIndex(plain), "vcs").dimensions.empty());

    // Parsed, not built from braces: nlohmann would read [["vcs", "versioning"], ...] as an object.
    j["search"] = nlohmann::json::parse(
        R"({"synonyms": [["vcs", "versioning"], ["git", "scm"]], "narrower": {"vcs": ["git"]}})");
    const rc::Dataset d = loadText(j.dump());
    REQUIRE(d.search.narrower.size() == 1);
    CHECK(d.search.narrower[0].broader == "vcs");
    CHECK(d.search.narrower[0].words == std::vector<std::string>{"git"});
    const rc::SearchIndex ix = rc::buildIndex(d);

    // The broader term, and its synonym, find the narrower word (Compare's row too).
    for (const char* w : {"vcs", "versioning"}) {
        INFO(w);
        CHECK(find(d, ix, w).dimensions == Ids{"d-version-control"});
        CHECK(highlighted("Everyone uses Git.", rc::findSpans("Everyone uses Git.", rc::parseQuery(w, d))) ==
              "Everyone uses [Git].");
    }
    // One way: "git" does not find "vcs" nor "versioning".
    CHECK(rc::findSpans("vcs and versioning", rc::parseQuery("git", d)).empty());
    CHECK(rc::findSpans("vcs and versioning", rc::parseQuery("git", ix)).empty());
    // One step: the narrower word's own synonyms do not follow ("vcs" finds git, not scm).
    CHECK(rc::findSpans("an scm", rc::parseQuery("vcs", d)).empty());
    CHECK(highlighted("an scm", rc::findSpans("an scm", rc::parseQuery("git", d))) == "an [scm]");
    // The forms of the query, the key and the narrower word all meet.
    j["search"] = nlohmann::json::parse(R"({"narrower": {"tests": ["unit"]}})");
    const rc::Dataset t = loadText(j.dump());
    CHECK(highlighted("Write unit-tests", rc::findSpans("Write unit-tests", rc::parseQuery("testing", t))) ==
          "Write [unit]-[tests]");
    CHECK(find(t, rc::buildIndex(t), "test").dimensions == Ids{"d-focus"});
    // Without the dataset the old overload knows none of it.
    CHECK(rc::findSpans("Everyone uses Git.", rc::parseQuery("vcs")).empty());
}

TEST_CASE("a dataset's own synonym groups", "[search][forms]") {
    nlohmann::json j = nlohmann::json::parse(readFile("tests/data/mini.json"));
    const rc::Dataset plain = loadText(j.dump());
    CHECK(plain.search.synonyms.empty());
    j["search"] = {{"synonyms", {{"earn", "salary", "wage"}, {"language", "tongue"}}}};
    const rc::Dataset d = loadText(j.dump());
    REQUIRE(d.search.synonyms.size() == 2);
    CHECK(d.search.synonyms[0] == std::vector<std::string>{"earn", "salary", "wage"});
    const rc::SearchIndex ix = rc::buildIndex(d);

    // "wages" -> the group of "wage": earn and salary, in any of their forms.
    Found f = find(d, ix, "wages");
    CHECK(f.faq == Ids{"faq-pay"});
    CHECK(f.dimensions.count("d-salary"));
    CHECK(find(plain, rc::buildIndex(plain), "wages").faq.empty());

    const rc::FaqItem* earn = d.findFaq("faq-pay");
    REQUIRE(earn);
    CHECK(highlighted(earn->question, rc::findSpans(earn->question, rc::parseQuery("wage", d))) ==
          "Do ML engineers [earn] more?");
    // Synonyms match by form, not by prefix: "tongue" finds "languages" but
    // "tong" finds nothing, and "earn" does not make "wage" find "earnest".
    CHECK_FALSE(find(d, ix, "tongue").dimensions.empty());
    CHECK(rc::search(ix, rc::parseQuery("tong", ix)).empty());
    CHECK(rc::findSpans("earnest", rc::parseQuery("wage", d)).empty());
    // Unknown keys under "search" are warnings, like everywhere else.
    j["search"]["related"] = {{"math", "statistics"}};
    rc::LoadResult warned = rc::loadDataset(j.dump());
    CHECK(warned.ok);
    REQUIRE(warned.warnings.size() == 1);
    CHECK(warned.warnings[0].pointer == "/search/related");
    CHECK(warned.warnings[0].message == "unknown field 'related' ignored");
    CHECK(warned.data.search.synonyms == d.search.synonyms);
    // Without the dataset the old overload still parses (no synonyms).
    CHECK(rc::findSpans("Do ML engineers earn more?", rc::parseQuery("wage")).empty());
}
