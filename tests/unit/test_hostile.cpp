// Hostile data: inputs built to break a loader or a UI. Each must give a clear
// error (or load, where the data is valid) and never crash, natively under
// ASan/UBSan and as WebAssembly. After each case the embedded default must
// still load: one bad file never costs the widget its content.
//
// [SECTION] Helpers
// [SECTION] Size: exactly at the limit, and one byte over
// [SECTION] Many dimensions
// [SECTION] Long strings and deep nesting
// [SECTION] Encodings: invalid UTF-8, right-to-left text, emoji, NUL bytes
// [SECTION] What a web server may answer instead of JSON
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/compare.h"
#include "core/embedded.h"
#include "core/loader.h"
#include "core/quiz.h"
#include "core/search.h"
#include "test_util.h"

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

namespace {

using Json = nlohmann::ordered_json;

std::string readSource(const std::string& rel) { return rc::test::readFile(rc::test::dataPath(rel)); }

// tests/data/base.json: 2 roles (mle, swe), 2 categories, 2 dimensions, a quiz.
Json base() {
    Json j = Json::parse(readSource("tests/data/base.json"));
    REQUIRE(j.is_object());
    return j;
}

std::string describe(const rc::LoadResult& r) {
    std::string s;
    for (const auto& d : r.errors) s += rc::formatDiagnostic("hostile.json", d) + "\n";
    return s;
}

// The embedded default loads after any hostile input.
void defaultStillWorks() {
    rc::LoadResult r = rc::loadDataset(rc::findEmbedded(rc::assets::files(), "roles/ml-vs-swe.json"));
    INFO(describe(r));
    REQUIRE(r.ok);
    CHECK(r.data.meta.id == "ml-vs-swe");
}

// Everything the UI does with a loaded dataset.
void useLikeTheUi(const rc::Dataset& ds, const std::string& query) {
    rc::SearchIndex index = rc::buildIndex(ds);
    (void)rc::search(index, query);
    rc::CompareQuery all;
    CHECK(rc::buildCompare(ds, all).rowCount == static_cast<int>(ds.dimensions.size()));
    rc::CompareQuery filtered;
    filtered.search = query;
    filtered.overlapOnly = true;
    (void)rc::buildCompare(ds, filtered);
    (void)rc::score(ds, rc::Answers(ds.quiz.questions.size(), 0));
}

// A dimension with both roles' entries; `fill` goes into summaries and points.
Json dimension(size_t i, const std::string& summary, const std::string& point, int points) {
    Json entry = {{"summary", summary}, {"points", Json::array()}};
    for (int p = 0; p < points; ++p) entry["points"].push_back(point);
    return Json{{"id", "d" + std::to_string(i)},
                {"category", i % 2 ? "work" : "skills"},
                {"title", "Dimension " + std::to_string(i)},
                {"entries", {{"mle", entry}, {"swe", entry}}}};
}

rc::Diagnostic onlyError(const rc::LoadResult& r) {  // a copy: r is often a temporary
    INFO(describe(r));
    REQUIRE(!r.ok);
    REQUIRE(r.errors.size() == 1);
    return r.errors[0];
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Size: exactly at the limit, and one byte over
//-----------------------------------------------------------------------------

TEST_CASE("hostile: a dataset of exactly 1 MiB loads, one byte more is refused", "[hostile][limits]") {
    // Long but in-limit texts (a 200-byte summary, 300-byte points) repeated
    // across many dimensions, then whitespace up to the limit.
    Json j = base();
    const std::string summary(rc::kMaxSummaryBytes - 1, 's');
    const std::string point = std::string(rc::kMaxPointBytes - 6, 'p') + " tail.";
    size_t i = 0;
    while (j.dump().size() < rc::kMaxDatasetBytes - 8000) j["dimensions"].push_back(dimension(i++, summary, point, 5));
    std::string text = j.dump();
    REQUIRE(text.size() < rc::kMaxDatasetBytes);
    text.append(rc::kMaxDatasetBytes - text.size() - 1, ' ');
    text += '\n';
    REQUIRE(text.size() == rc::kMaxDatasetBytes);

    rc::LoadResult r = rc::loadDataset(text);
    INFO(describe(r));
    REQUIRE(r.ok);
    CHECK(r.data.dimensions.size() == i + 2);
    useLikeTheUi(r.data, "tail");

    text += ' ';
    const rc::Diagnostic& d = onlyError(rc::loadDataset(text));
    CHECK(d.pointer.empty());
    CHECK(d.message == "file is 1048577 bytes, over the 1 MiB limit");
    defaultStillWorks();
}

//-----------------------------------------------------------------------------
// [SECTION] Many dimensions
//-----------------------------------------------------------------------------

TEST_CASE("hostile: 10,000 dimensions load and the UI's core calls cope", "[hostile][limits]") {
    // As compact as a valid dimension gets (a one-letter category), so that
    // 10,000 of them fit in the 1 MiB limit.
    Json j = base();
    j["categories"].push_back(Json{{"id", "c"}, {"title", "C"}});
    for (size_t i = 0; i < 10000; ++i) {
        Json e = {{"summary", "s" + std::to_string(i % 10)}};
        j["dimensions"].push_back(Json{{"id", "d" + std::to_string(i)},
                                       {"category", "c"},
                                       {"title", "T" + std::to_string(i)},
                                       {"entries", {{"mle", e}, {"swe", e}}}});
    }
    std::string text = j.dump();
    REQUIRE(text.size() < rc::kMaxDatasetBytes);
    rc::LoadResult r = rc::loadDataset(text);
    // No count limit: it loads (if a limit is ever added, it must say so clearly).
    INFO(describe(r));
    REQUIRE(r.ok);
    CHECK(r.data.dimensions.size() == 10002);
    useLikeTheUi(r.data, "s4");
    rc::SearchIndex index = rc::buildIndex(r.data);
    CHECK(rc::search(index, "t9999").size() == 1);
    CHECK(rc::search(index, "s4", 10).size() == 10);
    defaultStillWorks();
}

//-----------------------------------------------------------------------------
// [SECTION] Long strings and deep nesting
//-----------------------------------------------------------------------------

TEST_CASE("hostile: a 100 KB string is refused with its pointer", "[hostile][limits]") {
    Json j = base();
    j["meta"]["description"] = std::string(100 * 1024, 'x');
    const rc::Diagnostic& d = onlyError(rc::loadDataset(j.dump()));
    CHECK(d.pointer == "/meta/description");
    CHECK(d.message == "string is 102400 bytes, over the 1200-byte limit");
    CHECK(d.line == 1);

    // The same in a bullet point (300-byte limit), made of multi-byte letters.
    Json k = base();
    std::string longUtf8;
    while (longUtf8.size() < 100 * 1024) longUtf8 += "\xC3\xA9";  // é
    k["dimensions"][1]["entries"]["swe"]["points"] = Json::array({"ok", longUtf8});
    const rc::Diagnostic& e = onlyError(rc::loadDataset(k.dump()));
    CHECK(e.pointer == "/dimensions/1/entries/swe/points/1");
    CHECK(e.message == "string is 102400 bytes, over the 300-byte limit");
    defaultStillWorks();
}

TEST_CASE("hostile: 100,000 levels of nesting give one clear error, no stack overflow", "[hostile][limits]") {
    const size_t n = 100000;
    SECTION("balanced arrays at the root") {
        std::string text = std::string(n, '[') + std::string(n, ']');
        const rc::Diagnostic& d = onlyError(rc::loadDataset(text));
        CHECK(d.message == "nesting deeper than 32 levels");
        CHECK(d.line == 1);
        CHECK(d.column == 33);
    }
    SECTION("objects inside a field, never closed") {
        std::string text = "{\"format\": 1,\n \"meta\": ";
        for (size_t i = 0; i < n; ++i) text += "{\"a\":";
        const rc::Diagnostic& d = onlyError(rc::loadDataset(text));
        CHECK(d.message == "nesting deeper than 32 levels");
        CHECK(d.line == 2);
    }
    SECTION("brackets inside strings do not count") {
        Json j = base();
        j["meta"]["description"] = std::string(1000, '[');
        rc::LoadResult r = rc::loadDataset(j.dump());
        INFO(describe(r));
        CHECK(r.ok);
    }
    defaultStillWorks();
}

//-----------------------------------------------------------------------------
// [SECTION] Encodings: invalid UTF-8, right-to-left text, emoji, NUL bytes
//-----------------------------------------------------------------------------

TEST_CASE("hostile: invalid UTF-8 is refused at its byte, line and column", "[hostile][utf8]") {
    struct Case { const char* name; std::string bytes; };
    const Case cases[] = {
        {"overlong '/' (2 bytes)", "\xC0\xAF"},
        {"overlong '/' (3 bytes)", "\xE0\x80\xAF"},
        {"overlong NUL (2 bytes)", "\xC0\x80"},
        {"UTF-16 high surrogate", "\xED\xA0\x80"},
        {"UTF-16 low surrogate", "\xED\xBF\xBF"},
        {"above U+10FFFF", "\xF4\x90\x80\x80"},
        {"truncated 3-byte sequence", "\xE2\x82"},
        {"truncated 4-byte sequence", "\xF0\x9F\x98"},
        {"lone continuation byte", "\x80"},
        {"0xFE", "\xFE"},
        {"0xFF", "\xFF"},
    };
    const std::string text = base().dump(2);
    const std::string marker = "\"title\": \"Work\"";  // the first category's title
    const size_t at = text.find(marker);
    REQUIRE(at != std::string::npos);
    const size_t bad = at + marker.size() - 1;  // just before the closing quote
    const rc::LineCol lc = rc::lineColAt(text, bad);
    for (const Case& c : cases) {
        INFO(c.name);
        std::string t = text;
        t.insert(bad, c.bytes);
        const rc::Diagnostic& d = onlyError(rc::loadDataset(t));
        CHECK(d.message == "invalid UTF-8 at byte " + std::to_string(bad));
        CHECK(d.line == lc.line);
        CHECK(d.column == lc.column);
    }
    // A truncated sequence at the very end of the file.
    std::string t = text + "\xE2\x82";
    const rc::Diagnostic& d = onlyError(rc::loadDataset(t));
    CHECK(d.message == "invalid UTF-8 at byte " + std::to_string(text.size()));
    defaultStillWorks();
}

TEST_CASE("hostile: right-to-left text loads and can be searched", "[hostile][utf8]") {
    Json j = base();
    j["meta"]["title"] = "\xD9\x85\xD9\x87\xD9\x86\xD8\xAF\xD8\xB3 \xD8\xAA\xD8\xB9\xD9\x84\xD9\x85 \xD8\xA7\xD9\x84\xD8\xA2\xD9\x84\xD8\xA9";  // مهندس تعلم الآلة
    j["roles"][0]["name"] = "\xD7\x9E\xD7\x94\xD7\xA0\xD7\x93\xD7\xA1 \xD7\xAA\xD7\x95\xD7\x9B\xD7\xA0\xD7\x94";  // מהנדס תוכנה
    j["dimensions"][0]["title"] = "\xD8\xA8\xD9\x8A\xD8\xA6\xD8\xA9 \xD8\xA7\xD9\x84\xD8\xB9\xD9\x85\xD9\x84 (work)";  // بيئة العمل
    j["dimensions"][0]["entries"]["swe"]["points"] = Json::array(
        {"\xD7\xA2\xD7\x91\xD7\x95\xD7\x93\xD7\x94 \xD7\x91\xD7\xA6\xD7\x95\xD7\x95\xD7\xAA",  // עבודה בצוות
         "\xE2\x80\x8F\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\xE2\x80\x8E mixed \xE2\x80\xAE" "desrever\xE2\x80\xAC"});  // RLM, LRM, RLO..PDF
    rc::LoadResult r = rc::loadDataset(j.dump());
    INFO(describe(r));
    REQUIRE(r.ok);
    CHECK(r.data.roles[0].name == j["roles"][0]["name"].get<std::string>());
    useLikeTheUi(r.data, "\xD8\xA7\xD9\x84\xD8\xB9\xD9\x85\xD9\x84");
    rc::SearchIndex index = rc::buildIndex(r.data);
    std::vector<rc::SearchHit> hits = rc::search(index, "\xD8\xA7\xD9\x84\xD8\xB9\xD9\x85\xD9\x84");  // العمل
    REQUIRE(!hits.empty());
    CHECK(hits[0].pointer == "/dimensions/0/title");
    CHECK(!rc::search(index, "\xD7\xA2\xD7\x91\xD7\x95\xD7\x93\xD7\x94").empty());  // עבודה
    defaultStillWorks();
}

TEST_CASE("hostile: emoji and glyphs the font lacks load (the UI draws U+FFFD for them)", "[hostile][utf8]") {
    Json j = base();
    j["meta"]["title"] = "ML \xF0\x9F\xA4\x96 vs SWE \xF0\x9F\x92\xBB";  // 🤖 💻
    j["roles"][0]["summary"] = "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB builds models \xF0\x9F\x87\xBA\xF0\x9F\x87\xB8";  // ZWJ sequence, flag
    j["dimensions"][1]["title"] = "\xE6\xA9\x9F\xE6\xA2\xB0\xE5\xAD\xA6\xE7\xBF\x92 \xED\x95\x9C\xEA\xB8\x80 \xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\x82";  // 機械学習 한글 हिं
    j["dimensions"][1]["shared"] = "e\xCC\x81\xCC\x81\xCC\x81 Z\xCD\x91\xCD\x97\xCD\xA0 \xF0\x9D\x94\xB8\xF0\x9D\x95\x83 \xEF\xBF\xBD \xEE\x80\x80";  // combining marks, math letters, U+FFFD, private use
    rc::LoadResult r = rc::loadDataset(j.dump());
    INFO(describe(r));
    REQUIRE(r.ok);
    CHECK(r.data.meta.title == j["meta"]["title"].get<std::string>());
    useLikeTheUi(r.data, "\xE6\xA9\x9F\xE6\xA2\xB0");
    defaultStillWorks();
}

TEST_CASE("hostile: NUL bytes are refused, escaped or raw", "[hostile][utf8]") {
    SECTION("escaped \\u0000 in a string: the field's pointer") {
        std::string text = base().dump(2);
        const std::string from = "\"answer\": \"It varies.\"";
        size_t at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), "\"answer\": \"It\\u0000varies.\"");
        const rc::Diagnostic& d = onlyError(rc::loadDataset(text));
        CHECK(d.pointer == "/faq/0/answer");
        CHECK(d.message == "string contains control character U+0000");
    }
    SECTION("escaped \\u0000 in a key: an unknown field, a warning at its pointer") {
        Json j = base();
        j["meta"][std::string("ti\0tle", 6)] = "x";
        rc::LoadResult r = rc::loadDataset(j.dump());
        INFO(describe(r));
        REQUIRE(r.ok);
        REQUIRE(r.warnings.size() == 1);
        CHECK(r.warnings[0].pointer == std::string("/meta/ti\0tle", 12));
    }
    SECTION("a raw NUL byte inside a string: syntax error at its position") {
        std::string text = base().dump(2);
        size_t at = text.find("It varies.");
        REQUIRE(at != std::string::npos);
        text[at + 2] = '\0';
        const rc::Diagnostic& d = onlyError(rc::loadDataset(text));
        CHECK(d.message.find("syntax error") == 0);
        CHECK(d.message.find("U+0000") != std::string::npos);
        rc::LineCol lc = rc::lineColAt(text, at + 2);
        CHECK(d.line == lc.line);
        CHECK(d.column == lc.column);
    }
    SECTION("raw NUL bytes after the document (nlohmann alone would stop reading there)") {
        std::string text = base().dump(2) + "\n" + std::string(16, '\0') + "{\"more\": 1}";
        const rc::Diagnostic& d = onlyError(rc::loadDataset(text));
        CHECK(d.message == "syntax error - unexpected NUL byte after the end of the document");
        rc::LineCol lc = rc::lineColAt(text, text.find('\0'));
        CHECK(d.line == lc.line);
        CHECK(d.column == 1);
    }
    defaultStillWorks();
}

//-----------------------------------------------------------------------------
// [SECTION] What a web server may answer instead of JSON (?data=URL)
//-----------------------------------------------------------------------------

TEST_CASE("hostile: an HTML page (404, login wall, SPA fallback) is a syntax error at 1:1", "[hostile][web]") {
    const char* pages[] = {
        "<!doctype html>\n<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>\n",
        "<!DOCTYPE html><html lang=\"en\"><body><div id=\"root\"></div><script src=\"/app.js\"></script></body></html>",
        "<html><body>Sign in to continue</body></html>",
    };
    for (const char* page : pages) {
        INFO(page);
        const rc::Diagnostic& d = onlyError(rc::loadDataset(page));
        CHECK(d.pointer.empty());
        CHECK(d.line == 1);
        CHECK(d.column == 1);
        CHECK(d.message.find("syntax error") == 0);
        CHECK(d.message == "syntax error while parsing value - invalid literal (this looks like an HTML page, not JSON)");
        CHECK(rc::formatDiagnostic("https://example.com/data.json", d).rfind("https://example.com/data.json:1:1: syntax error", 0) == 0);
    }
    SECTION("an empty body (a 204, or a timeout the platform reports as empty)") {
        const rc::Diagnostic& d = onlyError(rc::loadDataset(""));
        CHECK(d.line == 1);
        CHECK(d.column == 1);
        CHECK(d.message.find("unexpected end of input") != std::string::npos);
    }
    SECTION("a truncated body (the connection dropped)") {
        std::string text = readSource("tests/data/base.json");
        text.resize(text.size() / 2);
        const rc::Diagnostic& d = onlyError(rc::loadDataset(text));
        CHECK(d.message.find("syntax error") == 0);
        CHECK(d.line > 1);
    }
    defaultStillWorks();
}
