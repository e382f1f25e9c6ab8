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
        INFO("question " << q.id << " basis " << q.basis);
        CHECK((d.findItem(q.basis) || d.findDimension(q.basis) || d.findFaq(q.basis)));
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
    REQUIRE(q.questions.size() == 2);
    CHECK(q.minAnswers == 2);
    CHECK(q.closeCall == 5);
    const rc::Question& scale = q.questions[0];
    CHECK(scale.kind == rc::QuestionKind::Scale);
    REQUIRE(scale.options.size() == 5);
    CHECK(scale.options[0].label == "Strongly disagree");
    CHECK(scale.options[2].label == "Neutral");
    CHECK(scale.options[4].label == "Absolutely");  // an explicit label wins
    CHECK(scale.options[3].weights == std::vector<double>{3, 1, 2});
    CHECK(q.questions[1].kind == rc::QuestionKind::Choice);
    CHECK(q.questions[1].options[2].label == "Insights");
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
    replaceOnce(bytes, "  \"format\": 1,\n", "  \"format\": 1,\n  \"we\\u0069rd~/key\": 0,\n");
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
