// Dataset packs (src/core/pack.h): the embedded default dataset ships as one,
// so the round trip must be exact, and the reader must refuse every damaged
// pack with a message instead of crashing (natively under ASan/UBSan and as
// WebAssembly).
//
// [SECTION] Helpers
// [SECTION] Round trip
// [SECTION] Damaged packs
#include <catch2/catch.hpp>

#include <climits>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/embedded.h"
#include "core/html.h"
#include "core/loader.h"
#include "core/pack.h"
#include "core/share.h"
#include "test_util.h"

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

namespace {

const rc::Dataset& shipped() {
    static const rc::Dataset ds = [] {
        rc::LoadResult r = rc::loadDataset(rc::findEmbedded(rc::assets::files(), "roles/ml-vs-swe.json"));
        REQUIRE(r.ok);
        return std::move(r.data);
    }();
    return ds;
}

const std::string& shippedPack() {
    static const std::string pack = rc::packDataset(shipped());
    return pack;
}

bool contains(const std::string& s, const std::string& what) { return s.find(what) != std::string::npos; }

// The first byte where two packs differ: where the field that tells them
// apart is written, found without hard-coding the layout.
size_t firstDifference(const std::string& a, const std::string& b) {
    size_t i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
    return i;
}

// A failed unpack carries a message and no half-read data.
void requireRefused(const rc::UnpackResult& r, const std::string& mention) {
    INFO(r.error);
    REQUIRE_FALSE(r.ok);
    CHECK(contains(r.error, "pack: "));
    CHECK(contains(r.error, mention));
    CHECK(r.data.roles.empty());
    CHECK(r.data.meta.id.empty());
}

// Small datasets that differ in exactly one packed value.
rc::Dataset withDimension(bool differs) {
    rc::Dataset d;
    d.dimensions.resize(1);
    d.dimensions[0].differs = differs;
    return d;
}
rc::Dataset withQuestion(rc::QuestionKind kind) {
    rc::Dataset d;
    d.quiz.questions.resize(1);
    d.quiz.questions[0].kind = kind;
    return d;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Round trip
//-----------------------------------------------------------------------------

TEST_CASE("pack: the shipped dataset packs, unpacks and repacks to the same bytes", "[pack][shipped]") {
    const rc::Dataset& ds = shipped();
    const std::string& pack = shippedPack();
    REQUIRE(pack.compare(0, 4, "RCPK") == 0);
    CHECK(static_cast<uint8_t>(pack[4]) == rc::kPackVersion);
    // The point of the pack: well under the JSON it comes from.
    CHECK(pack.size() < rc::findEmbedded(rc::assets::files(), "roles/ml-vs-swe.json").size());

    rc::UnpackResult r = rc::unpackDataset(pack);
    INFO(r.error);
    REQUIRE(r.ok);
    CHECK(r.error.empty());
    CHECK(rc::packDataset(r.data) == pack);
    const rc::Dataset& back = r.data;

    // Spot checks deep in the structure, one per kind of value.
    CHECK(back.meta.id == "ml-vs-swe");
    CHECK(back.meta.version == ds.meta.version);
    REQUIRE(back.roles.size() == ds.roles.size());
    for (size_t i = 0; i < ds.roles.size(); ++i) {
        CHECK(back.roles[i].color == ds.roles[i].color);
        CHECK(back.roles[i].shortName == ds.roles[i].shortName);
    }
    REQUIRE(back.dimensions.size() == ds.dimensions.size());
    REQUIRE_FALSE(ds.dimensions.empty());
    const rc::Dimension& dim = ds.dimensions.back();
    const rc::Dimension& dimBack = back.dimensions.back();
    CHECK(dimBack.differs == dim.differs);
    REQUIRE(dimBack.entries.size() == dim.entries.size());
    REQUIRE_FALSE(dim.entries.back().points.empty());
    CHECK(dimBack.entries.back().points == dim.entries.back().points);
    CHECK(dimBack.entries.back().sources == dim.entries.back().sources);

    REQUIRE(back.quiz.questions.size() == ds.quiz.questions.size());
    const rc::Question& q = ds.quiz.questions.back();
    const rc::Question& qBack = back.quiz.questions.back();
    CHECK(qBack.kind == q.kind);
    CHECK(qBack.basis == q.basis);
    REQUIRE(qBack.options.size() == q.options.size());
    for (size_t o = 0; o < q.options.size(); ++o) {
        CHECK(qBack.options[o].label == q.options[o].label);
        CHECK(qBack.options[o].role == q.options[o].role);
        CHECK(qBack.options[o].factor == q.options[o].factor);
    }
    // The quiz's own fields: a scale question's factor and role, choice
    // options' roles and factors, and the quiz's thresholds.
    size_t scales = 0, optionRoles = 0, optionFactors = 0;
    for (size_t i = 0; i < ds.quiz.questions.size(); ++i) {
        const rc::Question& a = ds.quiz.questions[i];
        const rc::Question& b = back.quiz.questions[i];
        CHECK(b.factor == a.factor);
        CHECK(b.role == a.role);
        scales += a.kind == rc::QuestionKind::Scale && a.role >= 0 && !a.factor.empty();
        for (size_t o = 0; o < a.options.size(); ++o) {
            CHECK(b.options[o].role == a.options[o].role);
            CHECK(b.options[o].factor == a.options[o].factor);
            optionRoles += a.options[o].role >= 0;
            optionFactors += !a.options[o].factor.empty();
        }
    }
    CHECK(scales > 0);  // the shipped quiz has each kind of value to carry
    CHECK(optionRoles > 0);
    CHECK(optionFactors > 0);
    CHECK(back.quiz.minAnswers == ds.quiz.minAnswers);
    CHECK(back.quiz.closeCall == ds.quiz.closeCall);
    CHECK(back.quiz.fitAt == ds.quiz.fitAt);
    REQUIRE_FALSE(ds.quiz.crossoverOptions.empty());
    CHECK(back.quiz.crossoverOptions == ds.quiz.crossoverOptions);
    CHECK(back.quiz.crossoverRole == ds.quiz.crossoverRole);
    CHECK(back.quiz.crossoverFaq == ds.quiz.crossoverFaq);
    REQUIRE(back.quiz.nextSteps.size() == ds.quiz.nextSteps.size());
    CHECK(back.quiz.nextSteps.back().back().text == ds.quiz.nextSteps.back().back().text);

    REQUIRE(back.faq.size() == ds.faq.size());
    size_t cited = 0;  // the last FAQ item that cites sources
    for (size_t i = 0; i < ds.faq.size(); ++i)
        if (!ds.faq[i].sources.empty()) cited = i;
    REQUIRE_FALSE(ds.faq[cited].sources.empty());
    CHECK(back.faq[cited].sources == ds.faq[cited].sources);
    CHECK(back.faq[cited].answer == ds.faq[cited].answer);
    CHECK(back.faq.back().tags == ds.faq.back().tags);
    CHECK(back.basics.types.back().examples == ds.basics.types.back().examples);
    CHECK(back.choose.groups.back().factors.back().text == ds.choose.groups.back().factors.back().text);
    CHECK(back.difficulty.roleDifferences.back().id == ds.difficulty.roleDifferences.back().id);

    // Whole-dataset checks through code that reads (nearly) every field: the
    // no-JS page and the share-token hash come out the same.
    CHECK(rc::renderFallbackHtml(back) == rc::renderFallbackHtml(ds));
    CHECK(rc::datasetHash24(back) == rc::datasetHash24(ds));
}

TEST_CASE("pack: the test datasets round-trip too", "[pack]") {
    for (const char* file : {"tests/data/base.json", "tests/data/mini.json", "tests/data/unknown-fields.json"}) {
        INFO(file);
        rc::LoadResult l = rc::loadDataset(rc::test::readFile(rc::test::dataPath(file)));
        REQUIRE(l.ok);
        std::string pack = rc::packDataset(l.data);
        rc::UnpackResult r = rc::unpackDataset(pack);
        INFO(r.error);
        REQUIRE(r.ok);
        CHECK(rc::packDataset(r.data) == pack);
        CHECK(rc::renderFallbackHtml(r.data) == rc::renderFallbackHtml(l.data));
    }
}

TEST_CASE("pack: extreme values survive exactly", "[pack]") {
    rc::Dataset d;
    d.meta.id = std::string("nul\0inside", 10);
    d.meta.title = std::string(300, 'x');  // a two-byte length
    d.roles = {rc::Role{"a", "A", "", "", "", 0xFFFFFFFFu}, rc::Role{"b", "B", "", "", "", 0}};
    d.dimensions = {withDimension(false).dimensions[0]};
    d.quiz.minAnswers = INT_MIN;
    d.quiz.closeCall = -0.0;
    d.quiz.fitAt = 5e-324;  // the smallest denormal: bit for bit, no decimal round trip
    d.quiz.crossoverOptions = {0, -1, 1, 63, -64, 64, INT_MAX, INT_MIN};
    rc::Question q;
    q.kind = rc::QuestionKind::Choice;
    q.options = {rc::Option{"", INT_MAX, "f1"}, rc::Option{"", INT_MIN, ""}};
    rc::Question scale;
    scale.factor = "f2";
    scale.role = -1;
    rc::Question scaleLast;
    scaleLast.role = 1000000;
    d.quiz.questions = {q, scale, scaleLast};
    d.quiz.nextSteps = {{}, {rc::NextStep{"tools", "t", {"s1"}}}};
    d.search.synonyms = {{"pay", "salary"}, {}, {std::string(200, 'w'), "C++"}};
    d.search.narrower = {{"math", {"calculus", "algebra"}}, {"", {}}, {std::string(150, 'x'), {"C#"}}};

    std::string pack = rc::packDataset(d);
    rc::UnpackResult r = rc::unpackDataset(pack);
    INFO(r.error);
    REQUIRE(r.ok);
    CHECK(rc::packDataset(r.data) == pack);
    CHECK(r.data.meta.id == d.meta.id);
    CHECK(r.data.meta.title == d.meta.title);
    CHECK(r.data.roles[0].color == 0xFFFFFFFFu);
    CHECK_FALSE(r.data.dimensions[0].differs);
    CHECK(r.data.quiz.minAnswers == INT_MIN);
    CHECK(std::signbit(r.data.quiz.closeCall));
    CHECK(r.data.quiz.crossoverOptions == d.quiz.crossoverOptions);
    CHECK(r.data.quiz.fitAt == 5e-324);
    CHECK(r.data.quiz.questions[0].kind == rc::QuestionKind::Choice);
    CHECK(r.data.quiz.questions[0].options[0].role == INT_MAX);
    CHECK(r.data.quiz.questions[0].options[0].factor == "f1");
    CHECK(r.data.quiz.questions[0].options[1].role == INT_MIN);
    CHECK(r.data.quiz.questions[0].options[1].factor.empty());
    CHECK(r.data.quiz.questions[1].factor == "f2");
    CHECK(r.data.quiz.questions[1].role == -1);
    CHECK(r.data.quiz.questions[2].role == 1000000);
    REQUIRE(r.data.quiz.nextSteps.size() == 2);
    CHECK(r.data.quiz.nextSteps[0].empty());
    CHECK(r.data.quiz.nextSteps[1][0].sources == std::vector<std::string>{"s1"});
    CHECK(r.data.search.synonyms == d.search.synonyms);
    REQUIRE(r.data.search.narrower.size() == d.search.narrower.size());
    for (size_t i = 0; i < d.search.narrower.size(); ++i) {
        CHECK(r.data.search.narrower[i].broader == d.search.narrower[i].broader);
        CHECK(r.data.search.narrower[i].words == d.search.narrower[i].words);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Damaged packs
//-----------------------------------------------------------------------------

TEST_CASE("pack: every strict prefix of the shipped pack is refused as truncated", "[pack][shipped]") {
    const std::string& pack = shippedPack();
    size_t refused = 0;
    for (size_t n = 0; n < pack.size(); ++n) {
        rc::UnpackResult r = rc::unpackDataset(std::string_view(pack).substr(0, n));
        // One CHECK per failure, not per prefix: thousands of passing
        // assertions would drown the report.
        if (r.ok || !contains(r.error, "pack: truncated at byte ")) {
            INFO("prefix of " << n << " bytes: " << (r.ok ? "accepted" : r.error));
            CHECK(false);
        } else {
            ++refused;
        }
    }
    CHECK(refused == pack.size());
    requireRefused(rc::unpackDataset({}), "truncated at byte 0 (reading the magic)");
    requireRefused(rc::unpackDataset("RCPK"), "truncated at byte 4 (reading the version)");
}

TEST_CASE("pack: bad magic, unknown version, trailing bytes", "[pack]") {
    std::string pack = shippedPack();
    std::string bad = pack;
    bad[0] = 'X';
    requireRefused(rc::unpackDataset(bad), "pack: bad magic");
    requireRefused(rc::unpackDataset("{\"format\": 1}"), "pack: bad magic");
    requireRefused(rc::unpackDataset("RC"), "truncated");  // a cut magic is a cut pack

    bad = pack;
    bad[4] = static_cast<char>(rc::kPackVersion + 1);
    requireRefused(rc::unpackDataset(bad), "pack: unknown version " + std::to_string(rc::kPackVersion + 1) + " at byte 4");
    // Version 1 packs held format 1 quizzes (option weights), version 2 had no
    // search synonyms, version 3 no narrower terms: never read as the new fields.
    CHECK(rc::kPackVersion == 4);
    for (int v : {1, 2, 3}) {
        bad[4] = static_cast<char>(v);
        requireRefused(rc::unpackDataset(bad), "pack: unknown version " + std::to_string(v) +
                                                   " at byte 4 (this build reads version 4)");
    }

    requireRefused(rc::unpackDataset(pack + "x"), "pack: 1 trailing byte at byte " + std::to_string(pack.size()));
    requireRefused(rc::unpackDataset(pack + std::string(17, '\0')),
                   "pack: 17 trailing bytes at byte " + std::to_string(pack.size()));
}

TEST_CASE("pack: a huge count or length is refused before anything is allocated", "[pack]") {
    // Where meta.sources' count is written: the first byte that differs
    // between no sources and one.
    rc::Dataset none, one;
    one.meta.sources.push_back(rc::Source{"s1", "t", "https://example.com/"});
    const std::string empty = rc::packDataset(none);
    const size_t at = firstDifference(empty, rc::packDataset(one));
    REQUIRE(at < empty.size());
    REQUIRE(empty[at] == '\0');

    // 0xFFFFFFFF as LEB128. Allocating that many Sources would need hundreds
    // of gigabytes: ASan would abort the test, so passing means the count was
    // checked first.
    const std::string huge = "\xFF\xFF\xFF\xFF\x0F";
    std::string bad = empty;
    bad.replace(at, 1, huge);
    requireRefused(rc::unpackDataset(bad), "truncated at byte " + std::to_string(at) + " (reading a list: count 4294967295");

    // The same as a string length (meta.id, the first field).
    bad = empty;
    bad.replace(5, 1, huge);
    requireRefused(rc::unpackDataset(bad), "truncated at byte 5 (reading a string: length 4294967295");

    // Varints: over 32 bits, longer than 5 bytes, padded.
    bad = empty;
    bad.replace(5, 1, "\xFF\xFF\xFF\xFF\x1F");
    requireRefused(rc::unpackDataset(bad), "varint over 32 bits at byte 5");
    bad = empty;
    bad.replace(5, 1, "\x80\x80\x80\x80\x80\x00", 6);
    requireRefused(rc::unpackDataset(bad), "varint longer than 5 bytes at byte 5");
    bad = empty;
    bad.replace(5, 1, "\x80\x00", 2);
    requireRefused(rc::unpackDataset(bad), "overlong varint at byte 5 (reading a string length)");
}

TEST_CASE("pack: a bool or enum byte out of range is refused", "[pack]") {
    std::string yes = rc::packDataset(withDimension(true));
    size_t at = firstDifference(yes, rc::packDataset(withDimension(false)));
    REQUIRE(at < yes.size());
    yes[at] = 2;
    requireRefused(rc::unpackDataset(yes), "bad value 2 at byte " + std::to_string(at) + " (reading a bool)");

    std::string scale = rc::packDataset(withQuestion(rc::QuestionKind::Scale));
    at = firstDifference(scale, rc::packDataset(withQuestion(rc::QuestionKind::Choice)));
    REQUIRE(at < scale.size());
    scale[at] = 7;
    requireRefused(rc::unpackDataset(scale), "bad value 7 at byte " + std::to_string(at) + " (reading a question kind)");
}

TEST_CASE("pack: flipping any single byte never crashes", "[pack][shipped]") {
    // Whatever a damaged pack decodes to, the reader stays in bounds (ASan
    // checks) and is consistent: refused with a message, or accepted and then
    // it re-encodes to exactly the damaged bytes (every value has one encoding).
    std::string pack = shippedPack();
    size_t accepted = 0, inconsistent = 0;
    for (size_t i = 0; i < pack.size(); ++i) {
        const char saved = pack[i];
        pack[i] = static_cast<char>(saved ^ 0xFF);
        rc::UnpackResult r = rc::unpackDataset(pack);
        if (r.ok) {
            ++accepted;
            if (!r.error.empty() || rc::packDataset(r.data) != pack) ++inconsistent;
        } else if (r.error.empty()) {
            ++inconsistent;
        }
        pack[i] = saved;
    }
    INFO(accepted << " of " << pack.size() << " flipped packs decoded");
    CHECK(inconsistent == 0);
    CHECK(accepted < pack.size());
}
