// Loader and validator tests: the shipped dataset, the synthetic datasets
// under tests/data/, and the bad-input corpus tests/data/invalid/ (one defect
// per file, exact expectations in invalid/expected.txt).
#include <catch2/catch.hpp>

#include "test_util.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/loader.h"
#include "core/text.h"

namespace {

using rc::test::dataPath;
using rc::test::readFile;

std::string describe(const std::vector<rc::Diagnostic>& list) {
    std::string s;
    for (const auto& d : list) s += rc::formatDiagnostic("", d) + "\n";
    return s;
}

using Json = nlohmann::ordered_json;

// tests/data/base.json as JSON, to change one thing in it. Its quiz: 0 q-ai
// (scale, factor ch-ai of mle, basis ch-ai, 5 labelled options), 1 q-bg (choice
// about no role, crossover question), 2 q-math (choice: mle; swe with factor
// ch-build; no preference), 3 q-build (scale, factor ch-build of swe, no basis,
// no options).
Json baseJson() { return Json::parse(readFile(dataPath("tests/data/base.json"))); }

rc::LoadResult load(const Json& j) { return rc::loadDataset(j.dump(2)); }

void replaceOnce(std::string& s, const std::string& from, const std::string& to) {
    size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    s.replace(at, from.size(), to);
}

// Every "sources" array in the dataset, flattened.
std::vector<std::string> citedSources(const rc::Dataset& d) {
    std::vector<std::string> ids;
    auto add = [&](const std::vector<std::string>& v) { ids.insert(ids.end(), v.begin(), v.end()); };
    for (const auto& dim : d.dimensions)
        for (const auto& e : dim.entries) add(e.sources);
    for (const auto& it : d.shared) add(it.sources);
    add(d.basics.sources);
    for (const auto& it : d.difficulty.factors) add(it.sources);
    for (const auto& it : d.difficulty.roleDifferences) add(it.sources);
    for (const auto& g : d.choose.groups)
        for (const auto& it : g.factors) add(it.sources);
    for (const auto& f : d.faq) add(f.sources);
    for (const auto& steps : d.quiz.nextSteps)
        for (const auto& s : steps) add(s.sources);
    return ids;
}

}  // namespace

TEST_CASE("shipped dataset loads with no errors and no warnings", "[loader][shipped]") {
    std::string bytes = readFile(dataPath("assets/roles/ml-vs-swe.json"));
    REQUIRE_FALSE(bytes.empty());
    rc::LoadResult r = rc::loadDataset(bytes);
    INFO(describe(r.errors) << describe(r.warnings));
    REQUIRE(r.ok);
    CHECK(r.errors.empty());
    CHECK(r.warnings.empty());

    const rc::Dataset& d = r.data;
    CHECK(d.meta.id == "ml-vs-swe");
    CHECK(d.roleIndex("mle") >= 0);
    CHECK(d.roleIndex("swe") >= 0);
    CHECK(d.quiz.present());
    for (const auto& dim : d.dimensions) {
        CHECK(dim.entries.size() == d.roles.size());
        CHECK(d.categoryIndex(dim.category) >= 0);
    }
    std::vector<std::string> cited = citedSources(d);
    CHECK_FALSE(cited.empty());
    for (const std::string& id : cited) {
        INFO("cited source " << id);
        CHECK(d.sourceIndex(id) >= 0);
    }
    for (const auto& q : d.quiz.questions) {
        INFO("question " << q.id << " basis " << q.basis << " factor " << q.factor);
        if (q.kind == rc::QuestionKind::Choice) CHECK_FALSE(q.basis.empty());  // a choice is explained by its basis
        if (!q.basis.empty()) CHECK((d.findItem(q.basis) || d.findDimension(q.basis) || d.findFaq(q.basis)));
        if (q.kind == rc::QuestionKind::Scale) {
            CHECK(q.options.size() == 5);
            REQUIRE(q.role >= 0);
            bool listed = false;  // by the choose group of the question's role
            for (const auto& g : d.choose.groups)
                if (g.role == d.roles[static_cast<size_t>(q.role)].id)
                    for (const auto& f : g.factors) listed = listed || f.id == q.factor;
            CHECK(listed);
        }
    }
}

TEST_CASE("base and mini datasets load clean", "[loader]") {
    for (const char* rel : {"tests/data/base.json", "tests/data/mini.json"}) {
        INFO(rel);
        rc::LoadResult r = rc::loadDataset(readFile(dataPath(rel)));
        INFO(describe(r.errors) << describe(r.warnings));
        CHECK(r.ok);
        CHECK(r.warnings.empty());
    }
}

TEST_CASE("loader fills the model: defaults, colors, role order", "[loader]") {
    rc::LoadResult r = rc::loadDataset(readFile(dataPath("tests/data/mini.json")));
    REQUIRE(r.ok);
    const rc::Dataset& d = r.data;
    REQUIRE(d.roles.size() == 3);
    CHECK(d.roles[0].color == 0x7C3AEDu);
    CHECK(d.roles[2].color == 0x10B981u);         // lower-case hex too
    CHECK(d.roles[1].shortName == "SW Engineer");
    CHECK(d.roles[2].shortName == "Data Scientist");  // "short" defaults to name
    CHECK(d.meta.sources.size() == 2);
    CHECK(d.meta.sources[1].url == "https://example.org/two");

    // d-team lists its entries as ds, swe, mle: the model stores roles order.
    const rc::Dimension* team = d.findDimension("d-team");
    REQUIRE(team);
    REQUIRE(team->entries.size() == 3);
    CHECK(team->entries[0].summary == "Works with data scientists.");
    CHECK(team->entries[2].summary == "Works with analysts.");
    CHECK(team->differs);                                     // default true
    CHECK_FALSE(d.findDimension("d-version-control")->differs);

    const rc::Quiz& q = d.quiz;
    REQUIRE(q.questions.size() == 3);
    CHECK(q.minAnswers == 2);
    CHECK(q.closeCall == 5);
    CHECK(q.fitAt == 60);  // "fitAt" left out: the default
    const rc::Question& scale = q.questions[0];
    CHECK(scale.kind == rc::QuestionKind::Scale);
    CHECK(scale.factor == "ch-ai");
    CHECK(scale.role == 0);         // ch-ai is in mle's choose group
    CHECK(scale.basis.empty());     // optional for a scale question
    REQUIRE(scale.options.size() == 5);
    CHECK(scale.options[0].label == "Strongly disagree");
    CHECK(scale.options[2].label == "Neutral");
    CHECK(scale.options[4].label == "Absolutely");  // an explicit label wins
    for (const rc::Option& o : scale.options) {
        CHECK(o.role == -1);
        CHECK(o.factor.empty());
    }
    const rc::Question& choice = q.questions[1];
    CHECK(choice.kind == rc::QuestionKind::Choice);
    CHECK(choice.basis == "d-focus");
    CHECK(choice.factor.empty());
    CHECK(choice.role == -1);
    REQUIRE(choice.options.size() == 4);
    CHECK(choice.options[0].role == 1);  // "role": "swe", "factor": "ch-build"
    CHECK(choice.options[0].factor == "ch-build");
    CHECK(choice.options[1].role == 0);  // "role": "mle", no factor
    CHECK(choice.options[1].factor.empty());
    CHECK(choice.options[2].label == "Insights");
    CHECK(choice.options[2].role == 2);  // no "role": the factor's (ch-insight is in ds's group)
    CHECK(choice.options[2].factor == "ch-insight");
    CHECK(choice.options[3].role == -1);  // "No preference" points to no role
    const rc::Question& noOptions = q.questions[2];  // a scale question without "options"
    CHECK(noOptions.role == 1);
    REQUIRE(noOptions.options.size() == 5);
    CHECK(noOptions.options[0].label == "Strongly disagree");
    CHECK(noOptions.options[1].label == "Disagree");
    CHECK(noOptions.options[3].label == "Agree");
    CHECK(noOptions.options[4].label == "Strongly agree");
    REQUIRE(q.nextSteps.size() == 3);
    CHECK(q.nextSteps[2][0].text == "Learn SQL and pandas.");
    CHECK(q.crossoverRole == "mle");
    CHECK(q.crossoverQuestion == "q-data");
    CHECK(q.crossoverOptions == std::vector<int>{0});
    CHECK(q.crossoverFaq == "faq-switch");
    CHECK(d.findItem("ch-insight"));
    CHECK(d.basics.types.size() == 2);
}

TEST_CASE("invalid corpus: each file reports exactly its expected error", "[loader][invalid]") {
    namespace fs = std::filesystem;
    const std::string dir = dataPath("tests/data/invalid");
    struct Expect {
        std::string pointer, message, where;
    };
    std::map<std::string, Expect> expected;
    std::ifstream in(dir + "/expected.txt");
    REQUIRE(in);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        std::vector<std::string> cols;
        size_t start = 0;
        for (size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
            cols.push_back(line.substr(start, tab - start));
        cols.push_back(line.substr(start));
        INFO(line);
        REQUIRE((cols.size() == 3 || cols.size() == 4));
        CHECK(expected.count(cols[0]) == 0);
        expected[cols[0]] = {cols[1], cols[2], cols.size() == 4 ? cols[3] : ""};
    }
    CHECK(expected.size() >= 30);

    // No file without an expectation: a new bad input must say what it tests.
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == ".json") files.push_back(e.path().filename().string());
    std::sort(files.begin(), files.end());
    for (const std::string& f : files) {
        INFO("file without a line in expected.txt: " << f);
        CHECK(expected.count(f) == 1);
    }

    for (const auto& [file, want] : expected) {
        INFO(file);
        std::string bytes = readFile(dir + "/" + file);
        REQUIRE((!bytes.empty() || file.find("empty") != std::string::npos));
        rc::LoadResult r = rc::loadDataset(bytes);
        INFO(describe(r.errors));
        CHECK_FALSE(r.ok);
        REQUIRE(r.errors.size() == 1);
        const rc::Diagnostic& got = r.errors[0];
        CHECK(got.pointer == want.pointer);
        CHECK(got.message == want.message);
        CHECK(got.line > 0);  // every error has a position
        if (!want.where.empty()) CHECK(std::to_string(got.line) + ":" + std::to_string(got.column) == want.where);
    }
}

TEST_CASE("errors at a pointer carry the line:column of that value", "[loader]") {
    rc::LoadResult r = rc::loadDataset(readFile(dataPath("tests/data/invalid/05-wrong-type-title.json")));
    REQUIRE(r.errors.size() == 1);
    std::string bytes = readFile(dataPath("tests/data/invalid/05-wrong-type-title.json"));
    size_t at = bytes.find("\"title\": 42");
    REQUIRE(at != std::string::npos);
    rc::LineCol lc = rc::lineColAt(bytes, at + 9);  // the value 42
    CHECK(r.errors[0].line == lc.line);
    CHECK(r.errors[0].column == lc.column);
}

TEST_CASE("all errors are collected, in file order", "[loader]") {
    std::string bytes = readFile(dataPath("tests/data/base.json"));
    replaceOnce(bytes, "\"color\": \"#0EA5E9\"", "\"color\": \"#0EA5E\"");
    replaceOnce(bytes, "\"url\": \"https://example.org/one\"", "\"url\": \"ftp://example.org/one\"");
    replaceOnce(bytes, "\"answer\": \"It varies.\"", "\"answer\": 3");
    rc::LoadResult r = rc::loadDataset(bytes);
    INFO(describe(r.errors));
    CHECK_FALSE(r.ok);
    REQUIRE(r.errors.size() == 3);
    CHECK(r.errors[0].pointer == "/meta/sources/0/url");
    CHECK(r.errors[1].pointer == "/roles/1/color");
    CHECK(r.errors[1].message == "expected a color like #RRGGBB, found '#0EA5E'");
    CHECK(r.errors[2].pointer == "/faq/0/answer");
    CHECK(r.errors[0].line < r.errors[1].line);
    CHECK(r.errors[1].line < r.errors[2].line);
}

TEST_CASE("unknown fields are warnings and the file still loads", "[loader]") {
    rc::LoadResult r = rc::loadDataset(readFile(dataPath("tests/data/unknown-fields.json")));
    INFO(describe(r.errors));
    CHECK(r.ok);
    REQUIRE(r.warnings.size() == 3);
    CHECK(r.warnings[0].pointer == "/roles/1/nickname");
    CHECK(r.warnings[0].message == "unknown field 'nickname' ignored");
    CHECK(r.warnings[1].pointer == "/quiz/questions/0/options/0/hint");
    CHECK(r.warnings[2].pointer == "/$comment");
    CHECK(r.warnings[2].message == "unknown field '$comment' ignored");
    CHECK(r.warnings[0].line > 0);
}

TEST_CASE("size limit is checked before parsing", "[loader][limits]") {
    // Generated here rather than committed: the repo stays small.
    std::string ok = readFile(dataPath("tests/data/base.json"));
    std::string big = ok + std::string(1100000 - ok.size(), ' ');
    rc::LoadResult r = rc::loadDataset(big);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message == "file is 1100000 bytes, over the 1 MiB limit");
    CHECK(r.errors[0].line == 0);  // no position: the whole file

    std::string exact = ok + std::string(rc::kMaxDatasetBytes - ok.size(), '\n');
    CHECK(rc::loadDataset(exact).ok);  // exactly 1 MiB is fine
}

TEST_CASE("very deep nesting is refused without recursion", "[loader][limits]") {
    std::string deep(100000, '[');
    deep += std::string(100000, ']');
    rc::LoadResult r = rc::loadDataset(deep);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message == "nesting deeper than 32 levels");
    CHECK(r.errors[0].line == 1);
    CHECK(r.errors[0].column == 33);

    // Brackets inside strings do not count.
    std::string inString = "[\"" + std::string(100, '[') + "\"]";
    CHECK(rc::loadDataset(inString).errors[0].message == "expected an object, found array");
}

TEST_CASE("syntax and UTF-8 positions count code points", "[loader]") {
    // "é" is two bytes but one column.
    rc::LoadResult r = rc::loadDataset("{\n  \"a\": \"é\" \"b\"\n}");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].line == 2);
    CHECK(r.errors[0].column == 12);

    rc::LoadResult u = rc::loadDataset("{\"é\": \"\xC3\x28\"}");
    REQUIRE(u.errors.size() == 1);
    CHECK(u.errors[0].message == "invalid UTF-8 at byte 8");
    CHECK(u.errors[0].column == 8);

    // Overlong encodings and UTF-16 surrogates are not UTF-8 either.
    CHECK_FALSE(rc::isValidUtf8("\xC0\xAF"));
    CHECK_FALSE(rc::isValidUtf8("\xED\xA0\x80"));
    CHECK(rc::isValidUtf8("\xF0\x9F\x98\x80 ok"));
}

TEST_CASE("formatDiagnostic", "[loader]") {
    CHECK(rc::formatDiagnostic("f.json", {"/roles/0/id", "must not be empty", 3, 14}) ==
          "f.json:3:14: /roles/0/id: must not be empty");
    CHECK(rc::formatDiagnostic("f.json", {"/roles", "must have 2 to 4 roles, found 1", 0, 0}) ==
          "f.json: /roles: must have 2 to 4 roles, found 1");
    CHECK(rc::formatDiagnostic("f.json", {"", "invalid UTF-8 at byte 3", 1, 4}) ==
          "f.json:1:4: invalid UTF-8 at byte 3");
}

TEST_CASE("string checks: newline only in long texts, C1 controls, limits", "[loader]") {
    std::string base = readFile(dataPath("tests/data/base.json"));

    std::string longNewline = base;
    replaceOnce(longNewline, "\"answer\": \"It varies.\"", "\"answer\": \"It\\nvaries.\"");
    CHECK(rc::loadDataset(longNewline).ok);

    std::string labelNewline = base;
    replaceOnce(labelNewline, "\"question\": \"Who earns more?\"", "\"question\": \"Who\\nearns more?\"");
    rc::LoadResult r = rc::loadDataset(labelNewline);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message == "string contains control character U+000A");

    std::string c1 = base;
    replaceOnce(c1, "\"answer\": \"It varies.\"", "\"answer\": \"It\\u0085varies.\"");
    r = rc::loadDataset(c1);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message == "string contains control character U+0085");

    std::string points = base;
    replaceOnce(points, "\"Experiment with data.\"", "\"" + std::string(301, 'p') + "\"");
    r = rc::loadDataset(points);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].pointer == "/dimensions/0/entries/mle/points/0");
    CHECK(r.errors[0].message == "string is 301 bytes, over the 300-byte limit");

    std::string summary = base;
    replaceOnce(summary, "\"Builds models.\"", "\"" + std::string(201, 's') + "\"");
    r = rc::loadDataset(summary);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message == "string is 201 bytes, over the 200-byte limit");

    std::string title = base;
    replaceOnce(title, "\"Work environment\"", "\"" + std::string(121, 't') + "\"");
    r = rc::loadDataset(title);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message == "string is 121 bytes, over the 120-byte limit");

    std::string upperUrl = base;  // the scheme is case-insensitive
    replaceOnce(upperUrl, "https://example.org/one", "HTTPS://example.org/one");
    CHECK(rc::loadDataset(upperUrl).ok);
}

TEST_CASE("pointers escape keys and positions decode escaped keys", "[loader]") {
    std::string bytes = readFile(dataPath("tests/data/base.json"));
    replaceOnce(bytes, "  \"format\": 2,\n", "  \"format\": 2,\n  \"we\\u0069rd~/key\": 0,\n");
    rc::LoadResult r = rc::loadDataset(bytes);
    CHECK(r.ok);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].pointer == "/weird~0~1key");
    CHECK(r.warnings[0].message == "unknown field 'weird~/key' ignored");
    CHECK(r.warnings[0].line == 3);
    CHECK(r.warnings[0].column == 22);  // the value
}

TEST_CASE("a UTF-8 byte order mark is accepted", "[loader]") {
    std::string bytes = "\xEF\xBB\xBF" + readFile(dataPath("tests/data/base.json"));
    replaceOnce(bytes, "\"color\": \"#0EA5E9\"", "\"color\": \"0EA5E9\"");
    rc::LoadResult r = rc::loadDataset(bytes);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].pointer == "/roles/1/color");
    size_t at = bytes.find("\"0EA5E9\"");
    CHECK(r.errors[0].line == rc::lineColAt(bytes, at).line);
    CHECK(r.errors[0].column == rc::lineColAt(bytes, at).column);
}

TEST_CASE("a quiz is optional", "[loader]") {
    std::string bytes = readFile(dataPath("tests/data/base.json"));
    size_t at = bytes.find(",\n  \"quiz\": {");
    REQUIRE(at != std::string::npos);
    bytes = bytes.substr(0, at) + "\n}\n";
    rc::LoadResult r = rc::loadDataset(bytes);
    INFO(describe(r.errors));
    CHECK(r.ok);
    CHECK_FALSE(r.data.quiz.present());
}

//-----------------------------------------------------------------------------
// Data format 2: the quiz names choose factors (docs/data-format.md, "quiz")
//-----------------------------------------------------------------------------

TEST_CASE("format 1: the dataset loads without its quiz, with one warning at /quiz", "[loader][format]") {
    // tests/data/format1.json: base.json as it was in format 1 (option weights).
    const std::string bytes = readFile(dataPath("tests/data/format1.json"));
    REQUIRE(bytes.find("\"weights\"") != std::string::npos);
    rc::LoadResult r = rc::loadDataset(bytes);
    INFO(describe(r.errors) << describe(r.warnings));
    REQUIRE(r.ok);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].pointer == "/quiz");
    CHECK(r.warnings[0].message ==
          "format 1 quiz (option weights) is no longer scored; the dataset loads without its quiz: "
          "name each scale question's factor (format 2, docs/data-format.md)");
    const size_t at = bytes.find("\"quiz\": {");
    REQUIRE(at != std::string::npos);
    CHECK(r.warnings[0].line == rc::lineColAt(bytes, at + 8).line);
    CHECK(r.warnings[0].column == rc::lineColAt(bytes, at + 8).column);
    // No quiz at all, not a half-read one; the rest is all there.
    const rc::Dataset& d = r.data;
    CHECK_FALSE(d.quiz.present());
    CHECK(d.quiz.nextSteps.empty());
    CHECK(d.quiz.crossoverQuestion.empty());
    CHECK(d.quiz.minAnswers == 0);
    CHECK(d.roles.size() == 2);
    CHECK(d.dimensions.size() == 2);
    CHECK(d.faq.size() == 2);
    CHECK(d.choose.groups.size() == 2);

    SECTION("the format 1 quiz is not read: a broken one still only warns") {
        Json j = Json::parse(bytes);
        j["quiz"]["questions"][0]["options"][0]["weights"]["mle"] = "lots";
        j["quiz"]["minAnswers"] = 99;
        rc::LoadResult b = load(j);
        INFO(describe(b.errors));
        CHECK(b.ok);
        REQUIRE(b.warnings.size() == 1);
        CHECK(b.warnings[0].pointer == "/quiz");
    }
    SECTION("a format 1 file without a quiz has nothing to warn about") {
        Json j = Json::parse(bytes);
        j.erase("quiz");
        rc::LoadResult b = load(j);
        CHECK(b.ok);
        CHECK(b.warnings.empty());
    }
}

TEST_CASE("format: 2, or 1; anything else is one error and validation stops", "[loader][format]") {
    struct Case {
        Json value;
        std::string message;
    };
    const std::vector<Case> cases = {
        {3, "expected format 2 (or 1), found 3"},
        {0, "expected format 2 (or 1), found 0"},
        {"2", "expected format 2 (or 1), found \"2\""},
        {2.5, "expected format 2 (or 1), found 2.5"},
    };
    for (const Case& c : cases) {
        Json j = baseJson();
        j["format"] = c.value;
        j["roles"] = Json::array();  // not reported: validation stopped at /format
        rc::LoadResult r = load(j);
        INFO(describe(r.errors));
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].pointer == "/format");
        CHECK(r.errors[0].message == c.message);
    }
    Json j = baseJson();
    j["format"] = 1;  // base.json's format 2 quiz in a format 1 file: not read either
    rc::LoadResult r = load(j);
    CHECK(r.ok);
    CHECK_FALSE(r.data.quiz.present());
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].pointer == "/quiz");
}

TEST_CASE("format 2 quiz: each defect is one error with its pointer and message", "[loader][quiz]") {
    struct Case {
        const char* what;
        void (*change)(Json& d);
        const char* pointer;
        const char* message;
    };
    static const Case cases[] = {
        {"a scale question without a factor", [](Json& d) { d["quiz"]["questions"][0].erase("factor"); },
         "/quiz/questions/0", "scale question 'q-ai' names no factor from /choose (field \"factor\")"},
        {"a scale factor that is no id at all", [](Json& d) { d["quiz"]["questions"][3]["factor"] = "foo"; },
         "/quiz/questions/3/factor", "question 'q-build': factor 'foo' is not a factor of /choose"},
        {"a scale factor that is an item, but not of /choose", [](Json& d) { d["quiz"]["questions"][3]["factor"] = "sh-cs"; },
         "/quiz/questions/3/factor", "question 'q-build': factor 'sh-cs' is not a factor of /choose"},
        {"a scale factor that is not a string", [](Json& d) { d["quiz"]["questions"][0]["factor"] = 1; },
         "/quiz/questions/0/factor", "expected a string, found number"},
        {"a choice option pointing to an unknown role", [](Json& d) { d["quiz"]["questions"][2]["options"][0]["role"] = "pm"; },
         "/quiz/questions/2/options/0/role", "unknown role id 'pm'"},
        {"a choice option naming an unknown factor",
         [](Json& d) { d["quiz"]["questions"][2]["options"][0]["factor"] = "ch-stats"; },
         "/quiz/questions/2/options/0/factor", "question 'q-math': factor 'ch-stats' is not a factor of /choose"},
        {"a choice option naming another role's factor",
         [](Json& d) { d["quiz"]["questions"][2]["options"][1]["factor"] = "ch-ai"; },
         "/quiz/questions/2/options/1/factor",
         "question 'q-math': factor 'ch-ai' is a factor of role 'mle', but the option points to role 'swe'"},
        {"a factor on a choice question", [](Json& d) { d["quiz"]["questions"][2]["factor"] = "ch-build"; },
         "/quiz/questions/2/factor",
         "choice question 'q-math': name factors on its options (\"factor\" beside the option's \"role\")"},
        {"weights on a scale option",
         [](Json& d) { d["quiz"]["questions"][0]["options"][4]["weights"] = {{"mle", 4}, {"swe", 0}}; },
         "/quiz/questions/0/options/4/weights",
         "option weights are format 1: a scale question is scored by its \"factor\" (an id from /choose)"},
        {"weights on a choice option",
         [](Json& d) { d["quiz"]["questions"][2]["options"][0]["weights"] = {{"mle", 3}, {"swe", 0}}; },
         "/quiz/questions/2/options/0/weights",
         "option weights are format 1: point the option to a role with \"role\" (and, optionally, one of its "
         "factors with \"factor\")"},
        {"a choice question without a basis", [](Json& d) { d["quiz"]["questions"][2].erase("basis"); },
         "/quiz/questions/2", "missing required field 'basis'"},
        {"a choice question without options", [](Json& d) { d["quiz"]["questions"][2].erase("options"); },
         "/quiz/questions/2", "missing required field 'options'"},
        {"a scale question with 4 options", [](Json& d) { d["quiz"]["questions"][0]["options"].erase(4); },
         "/quiz/questions/0/options", "scale question must have exactly 5 options, found 4"},
        {"fitAt over 100", [](Json& d) { d["quiz"]["fitAt"] = 120; }, "/quiz/fitAt", "must be 0 to 100, found 120"},
        {"fitAt under 0", [](Json& d) { d["quiz"]["fitAt"] = -1; }, "/quiz/fitAt", "must be 0 to 100, found -1"},
        {"fitAt not a number", [](Json& d) { d["quiz"]["fitAt"] = "60"; }, "/quiz/fitAt",
         "expected a number, found string"},
        {"closeCall still 0 to 50", [](Json& d) { d["quiz"]["closeCall"] = 51; }, "/quiz/closeCall",
         "must be 0 to 50, found 51"},
        {"a role no question asks about",
         [](Json& d) {
             d["quiz"]["questions"][3]["factor"] = "ch-ai";
             d["quiz"]["questions"][2]["options"][1].erase("role");
             d["quiz"]["questions"][2]["options"][1].erase("factor");
         },
         "/quiz/questions",
         "no question asks about role 'swe': name one of its factors in a scale question, or point a choice option to it"},
        {"an unknown factor on swe's only question: not also 'no question asks about role'",
         [](Json& d) {
             d["quiz"]["questions"][2]["options"][1].erase("role");
             d["quiz"]["questions"][2]["options"][1].erase("factor");
             d["quiz"]["questions"][3]["factor"] = "ch-apps";
         },
         "/quiz/questions/3/factor", "question 'q-build': factor 'ch-apps' is not a factor of /choose"},
        {"no choose group for swe: its factors are not reported again in the quiz",
         [](Json& d) { d["choose"]["groups"].erase(1); }, "/choose/groups", "no group for role 'swe'"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        Json j = baseJson();
        c.change(j);
        rc::LoadResult r = load(j);
        INFO(describe(r.errors));
        CHECK_FALSE(r.ok);
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].pointer == c.pointer);
        CHECK(r.errors[0].message == c.message);
        CHECK(r.errors[0].line > 0);
    }
}

TEST_CASE("format 2 quiz: optional fields and what they default to", "[loader][quiz]") {
    Json j = baseJson();
    rc::LoadResult r = load(j);
    REQUIRE(r.ok);
    const rc::Quiz& q = r.data.quiz;
    CHECK(q.fitAt == 60);
    REQUIRE(q.questions.size() == 4);
    CHECK(q.questions[0].basis == "ch-ai");   // a scale question may name a basis...
    CHECK(q.questions[3].basis.empty());      // ...or not
    CHECK(q.questions[0].options[4].label == "Very much");
    for (const rc::Option& o : q.questions[1].options) CHECK(o.role == -1);  // a choice about no role
    CHECK(q.questions[2].options[0].role == 0);
    CHECK(q.questions[2].options[1].role == 1);
    CHECK(q.questions[2].options[2].role == -1);

    SECTION("fitAt: any number 0 to 100") {
        for (double v : {0.0, 72.5, 100.0}) {
            j["quiz"]["fitAt"] = v;
            rc::LoadResult f = load(j);
            INFO(describe(f.errors));
            REQUIRE(f.ok);
            CHECK(f.data.quiz.fitAt == v);
        }
        j["quiz"].erase("fitAt");
        CHECK(load(j).data.quiz.fitAt == 60);
    }
    SECTION("a choice option with a factor and no role points to the factor's role") {
        j["quiz"]["questions"][2]["options"][1].erase("role");
        rc::LoadResult f = load(j);
        REQUIRE(f.ok);
        CHECK(f.data.quiz.questions[2].options[1].role == 1);
        CHECK(f.data.quiz.questions[2].options[1].factor == "ch-build");
    }
    SECTION("scale options hold labels only: anything else is an unknown field") {
        j["quiz"]["questions"][0]["options"][0]["role"] = "swe";
        rc::LoadResult f = load(j);
        REQUIRE(f.ok);
        REQUIRE(f.warnings.size() == 1);
        CHECK(f.warnings[0].pointer == "/quiz/questions/0/options/0/role");
        CHECK(f.warnings[0].message == "unknown field 'role' ignored");
        CHECK(f.data.quiz.questions[0].options[0].role == -1);
    }
    SECTION("a crossover may name a scale question without options: it has the standard 5") {
        j["quiz"]["crossover"]["question"] = "q-build";
        j["quiz"]["crossover"]["options"] = {3, 4};
        rc::LoadResult f = load(j);
        INFO(describe(f.errors));
        REQUIRE(f.ok);
        CHECK(f.data.quiz.crossoverOptions == std::vector<int>{3, 4});
        j["quiz"]["crossover"]["options"] = {5};
        rc::LoadResult g = load(j);
        REQUIRE(g.errors.size() == 1);
        CHECK(g.errors[0].message == "option index 5 out of range (question 'q-build' has 5 options)");
    }
}
