// Authoring-note warnings (src/core/authoring.h): which phrases count, that
// every visitor-visible field kind is checked under its own JSON pointer,
// that loadDataset() reports them with a position, and that the shipped
// dataset has none.
#include <catch2/catch.hpp>

#include "test_util.h"

#include <functional>
#include <string>
#include <vector>

#include "core/authoring.h"
#include "core/loader.h"
#include "core/text.h"

namespace {

using rc::test::dataPath;
using rc::test::readFile;

const std::string kNote = "The article lists nothing here.";

rc::LoadResult loadShipped() { return rc::loadDataset(readFile(dataPath("assets/roles/ml-vs-swe.json"))); }

std::string describe(const std::vector<rc::Diagnostic>& list) {
    std::string s;
    for (const auto& d : list) s += rc::formatDiagnostic("", d) + "\n";
    return s;
}

int indexOf(const std::vector<rc::Dimension>& dims, const std::string& id) {
    for (size_t i = 0; i < dims.size(); ++i)
        if (dims[i].id == id) return static_cast<int>(i);
    return -1;
}

}  // namespace

TEST_CASE("authoring: which phrases read like notes", "[authoring]") {
    CHECK(rc::authoringNotePhrase("The article lists no data responsibility for software engineers.") == "the article");
    CHECK(rc::authoringNotePhrase("Not a listed responsibility; works with data scientists.") == "listed");
    CHECK(rc::authoringNotePhrase("As THIS ARTICLE says") == "this article");
    CHECK(rc::authoringNotePhrase("per the article's list") == "the article");
    CHECK(rc::authoringNotePhrase("none of the articles") == "the articles");
    CHECK(rc::authoringNotePhrase("the\xC2\xA0" "article") == "the article");  // NBSP separates words too
    CHECK(rc::authoringNotePhrase("Listed: Python, R") == "listed");
    // Other words, or the words apart: not notes.
    CHECK(rc::authoringNotePhrase("Python appears on both lists.") == "");
    CHECK(rc::authoringNotePhrase("An unlisted company; enlisted help.") == "");
    CHECK(rc::authoringNotePhrase("Write an article about the model.") == "");
    CHECK(rc::authoringNotePhrase("the articulated arm") == "");
    CHECK(rc::authoringNotePhrase("") == "");
}

TEST_CASE("authoring: every visitor-visible field kind is checked under its JSON pointer", "[authoring]") {
    rc::LoadResult r = loadShipped();
    REQUIRE(r.ok);
    const rc::Dataset& base = r.data;
    std::vector<rc::Diagnostic> none;
    rc::warnAuthoringNotes(base, none);
    INFO(describe(none));
    REQUIRE(none.empty());

    // Where the shipped data keeps the parts used below.
    REQUIRE(base.dimensions.size() > 2);
    REQUIRE_FALSE(base.dimensions[0].entries[1].points.empty());
    REQUIRE(base.basics.types.size() > 1);
    REQUIRE_FALSE(base.basics.types[1].examples.empty());
    REQUIRE(base.basics.applications.size() > 2);
    REQUIRE(base.difficulty.roleDifferences.size() > 1);
    REQUIRE(base.choose.groups.size() == 2);
    REQUIRE(base.choose.groups[1].factors.size() > 1);
    REQUIRE(base.faq.size() > 3);
    REQUIRE_FALSE(base.faq[3].tags.empty());
    REQUIRE(base.quiz.questions.size() > 2);
    int choice = -1;
    for (size_t i = 0; i < base.quiz.questions.size() && choice < 0; ++i)
        if (base.quiz.questions[i].kind == rc::QuestionKind::Choice) choice = static_cast<int>(i);
    REQUIRE(choice >= 0);
    REQUIRE(base.quiz.questions[choice].options.size() > 1);
    REQUIRE(base.quiz.nextSteps.size() == 2);
    REQUIRE(base.quiz.nextSteps[1].size() > 1);
    const std::string qc = "/quiz/questions/" + std::to_string(choice);

    using Edit = std::function<void(rc::Dataset&)>;
    const std::vector<std::pair<std::string, Edit>> cases = {
        {"/meta/title", [](rc::Dataset& d) { d.meta.title = kNote; }},
        {"/meta/description", [](rc::Dataset& d) { d.meta.description = kNote; }},
        {"/roles/1/name", [](rc::Dataset& d) { d.roles[1].name = kNote; }},
        {"/roles/0/short", [](rc::Dataset& d) { d.roles[0].shortName = kNote; }},
        {"/roles/1/summary", [](rc::Dataset& d) { d.roles[1].summary = kNote; }},
        {"/roles/0/definition", [](rc::Dataset& d) { d.roles[0].definition = kNote; }},
        {"/categories/2/title", [](rc::Dataset& d) { d.categories[2].title = kNote; }},
        {"/dimensions/2/title", [](rc::Dataset& d) { d.dimensions[2].title = kNote; }},
        {"/dimensions/2/shared", [](rc::Dataset& d) { d.dimensions[2].shared = kNote; }},
        {"/dimensions/2/entries/swe/summary", [](rc::Dataset& d) { d.dimensions[2].entries[1].summary = kNote; }},
        {"/dimensions/1/entries/mle/summary", [](rc::Dataset& d) { d.dimensions[1].entries[0].summary = kNote; }},
        {"/dimensions/0/entries/swe/points/0", [](rc::Dataset& d) { d.dimensions[0].entries[1].points[0] = kNote; }},
        {"/shared/1/title", [](rc::Dataset& d) { d.shared[1].title = kNote; }},
        {"/shared/0/text", [](rc::Dataset& d) { d.shared[0].text = kNote; }},
        {"/basics/intro", [](rc::Dataset& d) { d.basics.intro = kNote; }},
        {"/basics/types/1/name", [](rc::Dataset& d) { d.basics.types[1].name = kNote; }},
        {"/basics/types/1/description", [](rc::Dataset& d) { d.basics.types[1].description = kNote; }},
        {"/basics/types/1/examples/0", [](rc::Dataset& d) { d.basics.types[1].examples[0] = kNote; }},
        {"/basics/applications/2", [](rc::Dataset& d) { d.basics.applications[2] = kNote; }},
        {"/difficulty/intro", [](rc::Dataset& d) { d.difficulty.intro = kNote; }},
        {"/difficulty/factors/0/title", [](rc::Dataset& d) { d.difficulty.factors[0].title = kNote; }},
        {"/difficulty/roleDifferences/1/text", [](rc::Dataset& d) { d.difficulty.roleDifferences[1].text = kNote; }},
        {"/choose/intro", [](rc::Dataset& d) { d.choose.intro = kNote; }},
        {"/choose/groups/1/factors/1/title", [](rc::Dataset& d) { d.choose.groups[1].factors[1].title = kNote; }},
        {"/choose/groups/0/factors/0/text", [](rc::Dataset& d) { d.choose.groups[0].factors[0].text = kNote; }},
        {"/faq/3/question", [](rc::Dataset& d) { d.faq[3].question = kNote; }},
        {"/faq/3/answer", [](rc::Dataset& d) { d.faq[3].answer = kNote; }},
        {"/faq/3/tags/0", [](rc::Dataset& d) { d.faq[3].tags[0] = "listed"; }},
        {"/quiz/questions/2/prompt", [](rc::Dataset& d) { d.quiz.questions[2].prompt = kNote; }},
        {qc + "/options/1/label", [choice](rc::Dataset& d) { d.quiz.questions[choice].options[1].label = kNote; }},
        {"/quiz/nextSteps/swe/1/text", [](rc::Dataset& d) { d.quiz.nextSteps[1][1].text = kNote; }},
    };
    for (const auto& [pointer, edit] : cases) {
        INFO(pointer);
        rc::Dataset d = base;
        edit(d);
        std::vector<rc::Diagnostic> w;
        rc::warnAuthoringNotes(d, w);
        INFO(describe(w));
        REQUIRE(w.size() == 1);
        CHECK(w[0].pointer == pointer);
        const std::string phrase = pointer == "/faq/3/tags/0" ? "listed" : "the article";
        CHECK(w[0].message == "reads like an authoring note (\"" + phrase + "\"); visitors see this text");
    }

    SECTION("a short name that is the name is reported once, under name") {
        rc::Dataset d = base;
        d.roles[0].name = d.roles[0].shortName = kNote;
        std::vector<rc::Diagnostic> w;
        rc::warnAuthoringNotes(d, w);
        REQUIRE(w.size() == 1);
        CHECK(w[0].pointer == "/roles/0/name");
    }
    SECTION("source titles may name an article") {
        rc::Dataset d = base;
        d.meta.sources[0].title = "The article on Medium";
        std::vector<rc::Diagnostic> w;
        rc::warnAuthoringNotes(d, w);
        CHECK(w.empty());
    }
}

TEST_CASE("authoring: loadDataset warns with a position, and the file still loads", "[authoring][loader]") {
    std::string bytes = readFile(dataPath("assets/roles/ml-vs-swe.json"));
    const std::string from = "\"summary\": \"Data Collection and Preparation\"";
    const size_t at = bytes.find(from);
    REQUIRE(at != std::string::npos);
    bytes.replace(at, from.size(), "\"summary\": \"Not a listed responsibility; the article says so.\"");

    rc::LoadResult r = rc::loadDataset(bytes);
    INFO(describe(r.errors) << describe(r.warnings));
    REQUIRE(r.ok);
    const int dim = indexOf(r.data.dimensions, "data");
    REQUIRE(dim >= 0);
    REQUIRE(r.warnings.size() == 1);
    const rc::Diagnostic& w = r.warnings[0];
    CHECK(w.pointer == "/dimensions/" + std::to_string(dim) + "/entries/mle/summary");
    CHECK(w.message == "reads like an authoring note (\"listed\"); visitors see this text");
    // The position is the value's, as for every other diagnostic.
    const rc::LineCol lc = rc::lineColAt(bytes, at + std::string("\"summary\": ").size());
    CHECK(w.line == lc.line);
    CHECK(w.column == lc.column);
    CHECK(rc::formatDiagnostic("f.json", {w.pointer, "warning: " + w.message, w.line, w.column}) ==
          "f.json:" + std::to_string(lc.line) + ":" + std::to_string(lc.column) + ": /dimensions/" +
              std::to_string(dim) + "/entries/mle/summary: warning: reads like an authoring note (\"listed\"); visitors see this text");
}

TEST_CASE("authoring: a file with errors gets no note warnings (its indexes may not match)", "[authoring][loader]") {
    std::string bytes = readFile(dataPath("assets/roles/ml-vs-swe.json"));
    const std::string from = "\"summary\": \"Data Collection and Preparation\"";
    const size_t at = bytes.find(from);
    REQUIRE(at != std::string::npos);
    bytes.replace(at, from.size(), "\"summary\": \"The article says nothing.\", \"points\": 3");
    rc::LoadResult r = rc::loadDataset(bytes);
    CHECK_FALSE(r.ok);
    for (const auto& w : r.warnings) CHECK(w.message.find("authoring note") == std::string::npos);
}

TEST_CASE("authoring: the shipped dataset has no authoring notes", "[authoring][shipped]") {
    rc::LoadResult r = loadShipped();
    INFO(describe(r.errors) << describe(r.warnings));
    REQUIRE(r.ok);
    for (const auto& w : r.warnings) CHECK(w.message.find("authoring note") == std::string::npos);
}

TEST_CASE("loader: an entry's summary may be empty (nothing for that role), not blank", "[loader]") {
    std::string bytes = readFile(dataPath("assets/roles/ml-vs-swe.json"));
    const std::string from = "\"summary\": \"Data Collection and Preparation\"";
    const size_t at = bytes.find(from);
    REQUIRE(at != std::string::npos);

    std::string empty = bytes;
    empty.replace(at, from.size(), "\"summary\": \"\"");
    rc::LoadResult r = rc::loadDataset(empty);
    INFO(describe(r.errors));
    REQUIRE(r.ok);
    const int dim = indexOf(r.data.dimensions, "data");
    REQUIRE(dim >= 0);
    CHECK(r.data.dimensions[dim].entries[0].summary.empty());

    std::string blank = bytes;
    blank.replace(at, from.size(), "\"summary\": \"  \"");
    r = rc::loadDataset(blank);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].pointer == "/dimensions/" + std::to_string(dim) + "/entries/mle/summary");
    CHECK(r.errors[0].message == "must not be only whitespace");
}
