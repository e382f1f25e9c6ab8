// Interface text (src/core/catalogue.h): plural rules and number formats per
// language, messages with placeholders, English as the fallback, a dataset's
// "ui" overrides, the checks of catalogue files and overrides (with their
// pointers), the choice of language, and the built-in catalogues themselves.
//
// [SECTION] Helpers
// [SECTION] Plural rules
// [SECTION] Numbers and directions
// [SECTION] Messages
// [SECTION] Checks: catalogue files
// [SECTION] Checks: a dataset's "ui" overrides
// [SECTION] Choosing the language
// [SECTION] The built-in catalogues
#include <catch2/catch.hpp>

#include <algorithm>
#include <climits>
#include <filesystem>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/catalogue.h"
#include "core/embedded.h"
#include "core/loader.h"
#include "test_util.h"

namespace fs = std::filesystem;
using rc::Plural;

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

namespace {

// A small English of its own, so the checks are tested without depending on
// the real catalogue's keys (which grow with the views).
const char* kReference = R"({"language": "en", "dir": "ltr", "messages": {
    "a.next": "Next",
    "q.progress": "Question {n} of {total}",
    "c.shown": {"one": "{n} dimension", "other": "{n} dimensions"},
    "s.results": {"one": "One result", "other": "{n} results"},
    "r.fits": "{role} fits you best",
    "b.brace": "Use {{braces} for {what}"
}})";

const rc::Catalogue& reference() {
    static const rc::Catalogue c = [] {
        rc::CatalogueLoad l = rc::loadCatalogue(kReference, nullptr);
        REQUIRE(l.ok);
        return l.catalogue;
    }();
    return c;
}

// A catalogue file for `lang` with `messages` (a JSON object's text),
// checked against the test reference.
rc::CatalogueLoad load(const std::string& lang, const std::string& messages) {
    return rc::loadCatalogue(R"({"language": ")" + lang + R"(", "messages": )" + messages + "}", &reference());
}

std::string describe(const std::vector<rc::Diagnostic>& list) {
    std::string s;
    for (const auto& d : list) s += rc::formatDiagnostic("", d) + "\n";
    return s;
}

// The one error a check must give.
void requireOneError(const std::vector<rc::Diagnostic>& errors, const std::string& pointer, const std::string& message) {
    INFO(describe(errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].pointer == pointer);
    CHECK(errors[0].message == message);
}

// A key of English with plural forms and {n} (the real catalogue has some).
std::string englishPluralKey() {
    for (const std::string& k : rc::Catalogue::english().keys()) {
        const rc::MessageForms f = rc::Catalogue::english().forms(k);
        if (f.size() > 1 && f.count(Plural::One) && f.at(Plural::One) != f.at(Plural::Other)) return k;
    }
    return "";
}

const char* const kNbsp = "\u00A0";
const char* const kNnbsp = "\u202F";

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Plural rules
//-----------------------------------------------------------------------------

TEST_CASE("catalogue: plural categories per language, at the boundaries", "[catalogue]") {
    struct Case { const char* lang; long n; Plural want; };
    const Case cases[] = {
        {"en", 0, Plural::Other}, {"en", 1, Plural::One}, {"en", 2, Plural::Other}, {"en", -1, Plural::One},
        {"en", 11, Plural::Other}, {"en", 101, Plural::Other},
        {"de", 0, Plural::Other}, {"de", 1, Plural::One}, {"de", 2, Plural::Other}, {"de-AT", 1, Plural::One},
        // fr and pt: 0 and 1 are "one"; millions are "many"
        {"fr", 0, Plural::One}, {"fr", 1, Plural::One}, {"fr", 2, Plural::Other}, {"fr", 999999, Plural::Other},
        {"fr", 1000000, Plural::Many}, {"fr", 2000000, Plural::Many}, {"fr", 1000001, Plural::Other},
        {"pt", 0, Plural::One}, {"pt", 1, Plural::One}, {"pt", 2, Plural::Other}, {"pt-BR", 0, Plural::One},
        {"pt", 1000000, Plural::Many},
        // es: 1 only is "one"
        {"es", 0, Plural::Other}, {"es", 1, Plural::One}, {"es", 2, Plural::Other}, {"es", 1000000, Plural::Many},
        {"ja", 0, Plural::Other}, {"ja", 1, Plural::Other}, {"ja", 2, Plural::Other},
        {"ar", 0, Plural::Zero}, {"ar", 1, Plural::One}, {"ar", 2, Plural::Two}, {"ar", 3, Plural::Few},
        {"ar", 10, Plural::Few}, {"ar", 11, Plural::Many}, {"ar", 99, Plural::Many}, {"ar", 100, Plural::Other},
        {"ar", 101, Plural::Other}, {"ar", 102, Plural::Other}, {"ar", 103, Plural::Few}, {"ar", 110, Plural::Few},
        {"ar", 111, Plural::Many}, {"ar", 199, Plural::Many}, {"ar", 200, Plural::Other}, {"ar", 1003, Plural::Few},
        {"ar-EG", 2, Plural::Two}, {"AR", 0, Plural::Zero},
        // no rule of its own: English's
        {"xx", 1, Plural::One}, {"xx", 0, Plural::Other}, {"", 1, Plural::One},
    };
    for (const Case& c : cases) {
        INFO(c.lang << " " << c.n);
        CHECK(rc::pluralName(rc::pluralCategory(c.lang, c.n)) == rc::pluralName(c.want));
    }
    // The most negative long has no positive twin: no overflow. A long is 64
    // bits natively, 32 in wasm32: ...808 (n % 100 is 8) or ...648 (48).
    CHECK(rc::pluralCategory("ar", LONG_MIN) == (sizeof(long) == 8 ? Plural::Few : Plural::Many));
}

TEST_CASE("catalogue: the categories a language uses, and the ones that hold one number", "[catalogue]") {
    using V = std::vector<Plural>;
    CHECK(rc::pluralCategories("en") == V{Plural::One, Plural::Other});
    CHECK(rc::pluralCategories("de") == V{Plural::One, Plural::Other});
    CHECK(rc::pluralCategories("fr") == V{Plural::One, Plural::Many, Plural::Other});
    CHECK(rc::pluralCategories("ja") == V{Plural::Other});
    CHECK(rc::pluralCategories("ar").size() == 6);
    // Every category a rule gives is listed.
    for (const char* lang : {"en", "de", "fr", "es", "pt", "ja", "ar"})
        for (long n : {0L, 1L, 2L, 3L, 11L, 100L, 102L, 1000000L}) {
            const V used = rc::pluralCategories(lang);
            CHECK(std::count(used.begin(), used.end(), rc::pluralCategory(lang, n)) == 1);
        }
    CHECK(rc::pluralFormIsOneNumber("en", Plural::One));
    CHECK(rc::pluralFormIsOneNumber("es", Plural::One));
    CHECK_FALSE(rc::pluralFormIsOneNumber("fr", Plural::One));  // 0 and 1
    CHECK_FALSE(rc::pluralFormIsOneNumber("pt", Plural::One));
    CHECK_FALSE(rc::pluralFormIsOneNumber("fr", Plural::Many));
    CHECK(rc::pluralFormIsOneNumber("ar", Plural::Zero));
    CHECK(rc::pluralFormIsOneNumber("ar", Plural::Two));
    CHECK_FALSE(rc::pluralFormIsOneNumber("ar", Plural::Few));
    CHECK_FALSE(rc::pluralFormIsOneNumber("en", Plural::Other));

    Plural p = Plural::Other;
    CHECK(rc::parsePluralName("few", &p));
    CHECK(p == Plural::Few);
    CHECK_FALSE(rc::parsePluralName("Few", &p));
    CHECK(rc::primaryLanguage("pt-BR") == "pt");
    CHECK(rc::primaryLanguage("ZH_hant") == "zh");
}

//-----------------------------------------------------------------------------
// [SECTION] Numbers and directions
//-----------------------------------------------------------------------------

TEST_CASE("catalogue: integers and percentages as each language writes them", "[catalogue]") {
    CHECK(rc::formatInteger("en", 0) == "0");
    CHECK(rc::formatInteger("en", 999) == "999");
    CHECK(rc::formatInteger("en", 1234) == "1,234");
    CHECK(rc::formatInteger("en", 1234567) == "1,234,567");
    CHECK(rc::formatInteger("en", -1234) == "-1,234");
    CHECK(rc::formatInteger("de", 1234) == "1.234");
    CHECK(rc::formatInteger("de-CH", 1234) == "1.234");  // by primary subtag
    CHECK(rc::formatInteger("fr", 1234) == std::string("1") + kNnbsp + "234");
    CHECK(rc::formatInteger("fr", 1234567) == std::string("1") + kNnbsp + "234" + kNnbsp + "567");
    CHECK(rc::formatInteger("es", 1234) == "1234");  // es groups from five digits
    CHECK(rc::formatInteger("es", 12345) == "12.345");
    CHECK(rc::formatInteger("es", 1234567) == "1.234.567");
    CHECK(rc::formatInteger("pt", 1234) == "1.234");
    CHECK(rc::formatInteger("ja", 1234) == "1,234");
    CHECK(rc::formatInteger("ar", 1234) == "1,234");
    CHECK(rc::formatInteger("xx", 1234) == "1,234");
    CHECK(rc::formatInteger("en", LONG_MIN) == (sizeof(long) == 8 ? "-9,223,372,036,854,775,808" : "-2,147,483,648"));

    CHECK(rc::formatPercent("en", 67) == "67%");
    CHECK(rc::formatPercent("de", 67) == std::string("67") + kNbsp + "%");
    CHECK(rc::formatPercent("fr", 67) == std::string("67") + kNnbsp + "%");
    CHECK(rc::formatPercent("es", 67) == std::string("67") + kNbsp + "%");
    CHECK(rc::formatPercent("pt", 67) == "67%");
    CHECK(rc::formatPercent("ja", 67) == "67%");
    CHECK(rc::formatPercent("ar", 67) == "67%");
    CHECK(rc::formatPercent("en", 0) == "0%");
    CHECK(rc::formatPercent("de", 100) == std::string("100") + kNbsp + "%");
}

TEST_CASE("catalogue: decimals with the language's separators, rounded as printf", "[catalogue]") {
    CHECK(rc::formatDecimal("en", 2.5, 1) == "2.5");
    CHECK(rc::formatDecimal("de", 2.5, 1) == "2,5");
    CHECK(rc::formatDecimal("fr", 2.5, 1) == "2,5");
    CHECK(rc::formatDecimal("es", 0.5, 1) == "0,5");
    CHECK(rc::formatDecimal("pt", 3, 1) == "3,0");
    CHECK(rc::formatDecimal("ja", 2.5, 1) == "2.5");
    CHECK(rc::formatDecimal("ar", 2.5, 1) == "2.5");
    CHECK(rc::formatDecimal("de", 1234.25, 2) == "1.234,25");
    CHECK(rc::formatDecimal("fr", 1234.5, 1) == std::string("1") + kNnbsp + "234,5");
    CHECK(rc::formatDecimal("en", 2.25, 1) == "2.2");   // printf's rounding: 2.25 is exact, to even
    CHECK(rc::formatDecimal("en", 0.04, 1) == "0.0");
    CHECK(rc::formatDecimal("en", -0.04, 1) == "0.0");  // no "-0.0"
    CHECK(rc::formatDecimal("de", -1.5, 1) == "-1,5");
    CHECK(rc::formatDecimal("en", 7, 0) == "7");
}

TEST_CASE("catalogue: right-to-left languages by primary subtag, or by script", "[catalogue]") {
    for (const char* rtl : {"ar", "AR", "ar-EG", "he", "iw", "fa", "ur", "az-Arab", "pa_Arab_PK"}) {
        INFO(rtl);
        CHECK(rc::isRtlLanguage(rtl));
    }
    for (const char* ltr : {"", "en", "de", "fr", "es", "pt-BR", "ja", "ar-Latn", "arn", "hea"}) {
        INFO(ltr);
        CHECK_FALSE(rc::isRtlLanguage(ltr));
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Messages
//-----------------------------------------------------------------------------

TEST_CASE("catalogue: placeholders are filled, numbers formatted, '{{' is a brace", "[catalogue]") {
    const rc::Catalogue& en = reference();
    CHECK(en.language() == "en");
    CHECK_FALSE(en.rtl());
    CHECK(en.text("a.next") == "Next");
    CHECK(en.text("q.progress", {{"n", 3}, {"total", 13}}) == "Question 3 of 13");
    CHECK(en.text("q.progress", {{"total", 1234}, {"n", 2}}) == "Question 2 of 1,234");  // any order
    CHECK(en.text("r.fits", {{"role", "ML Engineer"}}) == "ML Engineer fits you best");
    CHECK(en.text("r.fits", {{"role", std::string("{n}")}}) == "{n} fits you best");  // an argument is not re-read
    CHECK(en.text("b.brace", {{"what", "names"}}) == "Use {braces} for names");
    // A missing argument stays visible as written.
    CHECK(en.text("q.progress", {{"n", 3}}) == "Question 3 of {total}");
    // Plural forms by n.
    CHECK(en.text("c.shown", {{"n", 1}}) == "1 dimension");
    CHECK(en.text("c.shown", {{"n", 0}}) == "0 dimensions");
    CHECK(en.text("c.shown", {{"n", size_t(12)}}) == "12 dimensions");
    CHECK(en.text("s.results", {{"n", 1}}) == "One result");
    CHECK(en.text("c.shown") == "{n} dimensions");  // no n: "other"
    // A key nobody has: the key itself (a bug, which the source scan finds).
    CHECK(en.text("no.such.key") == "no.such.key");

    CHECK(rc::placeholderNames("Question {n} of {total}") == std::vector<std::string>{"n", "total"});
    CHECK(rc::placeholderNames("{b} {a} {b}") == std::vector<std::string>{"a", "b"});
    CHECK(rc::placeholderNames("{{n}} { n } {} {a-b} {") .empty());
    CHECK(en.keys() == std::vector<std::string>{"a.next", "b.brace", "c.shown", "q.progress", "r.fits", "s.results"});
}

TEST_CASE("catalogue: a language's own plural forms and numbers", "[catalogue]") {
    rc::CatalogueLoad ar = load("ar", R"({"c.shown": {"zero": "لا أبعاد", "one": "بعد واحد", "two": "بعدان",
        "few": "{n} أبعاد", "many": "{n} بعدًا", "other": "{n} بعد"}})");
    INFO(describe(ar.errors));
    REQUIRE(ar.ok);
    CHECK(ar.catalogue.rtl());
    CHECK(ar.catalogue.text("c.shown", {{"n", 0}}) == "لا أبعاد");
    CHECK(ar.catalogue.text("c.shown", {{"n", 2}}) == "بعدان");
    CHECK(ar.catalogue.text("c.shown", {{"n", 5}}) == "5 أبعاد");
    CHECK(ar.catalogue.text("c.shown", {{"n", 12}}) == "12 بعدًا");
    CHECK(ar.catalogue.text("c.shown", {{"n", 1100}}) == "1,100 بعد");

    rc::CatalogueLoad fr = load("fr", R"({"c.shown": {"one": "{n} dimension", "other": "{n} dimensions"}})");
    REQUIRE(fr.ok);
    CHECK(fr.catalogue.text("c.shown", {{"n", 0}}) == "0 dimension");
    CHECK(fr.catalogue.text("c.shown", {{"n", 1000000}}) ==  // no "many" form: "other"
          std::string("1") + kNnbsp + "000" + kNnbsp + "000 dimensions");

    rc::CatalogueLoad ja = load("ja", R"({"c.shown": "{n} 個の観点"})");
    REQUIRE(ja.ok);
    CHECK(ja.catalogue.text("c.shown", {{"n", 1}}) == "1 個の観点");
}

TEST_CASE("catalogue: a key a catalogue lacks comes from English", "[catalogue]") {
    const rc::Catalogue& en = rc::Catalogue::english();
    REQUIRE_FALSE(en.keys().empty());
    rc::CatalogueLoad de = rc::loadCatalogue(R"({"language": "de", "dir": "ltr", "messages": {}})");
    INFO(describe(de.errors));
    REQUIRE(de.ok);
    CHECK(de.catalogue.language() == "de");
    for (const std::string& k : en.keys()) CHECK(de.catalogue.text(k) == en.text(k));

    // English's forms with English's rules (fr's "one" would take 0), but the
    // numbers as the catalogue's language writes them.
    const std::string key = englishPluralKey();
    REQUIRE_FALSE(key.empty());
    rc::CatalogueLoad fr = rc::loadCatalogue(R"({"language": "fr", "messages": {}})");
    REQUIRE(fr.ok);
    const std::string en0 = en.text(key, {{"n", 0}});
    CHECK(fr.catalogue.text(key, {{"n", 0}}) == en0);
    CHECK(fr.catalogue.text(key, {{"n", 1}}) == en.text(key, {{"n", 1}}));
    const std::string fr1234 = fr.catalogue.text(key, {{"n", 1234}});
    CHECK(fr1234.find(std::string("1") + kNnbsp + "234") != std::string::npos);
    CHECK(en.text(key, {{"n", 1234}}).find("1,234") != std::string::npos);
}

TEST_CASE("catalogue: a dataset's overrides on top", "[catalogue]") {
    const rc::MessageMap ui = {
        {"a.next", {{Plural::Other, "Onward"}}},
        {"c.shown", {{Plural::Other, "{n} dimension(s)"}}},  // a string for plural forms
    };
    REQUIRE(rc::validateOverrides(ui, "en", reference()).empty());
    const rc::Catalogue c = reference().withOverrides(ui);
    CHECK(c.text("a.next") == "Onward");
    CHECK(c.text("c.shown", {{"n", 1}}) == "1 dimension(s)");
    CHECK(c.text("q.progress", {{"n", 1}, {"total", 2}}) == "Question 1 of 2");  // untouched
    CHECK(reference().text("a.next") == "Next");                                 // a copy
    CHECK(c.keys() == reference().keys());

    // On a catalogue lacking the key, the override comes first all the same.
    rc::CatalogueLoad de = load("de", "{}");
    REQUIRE(de.ok);
    const rc::Catalogue d = de.catalogue.withOverrides({{"a.next", {{Plural::Other, "Weiter"}}}});
    CHECK(d.text("a.next") == "Weiter");
    CHECK(d.keys() == std::vector<std::string>{"a.next"});
}

//-----------------------------------------------------------------------------
// [SECTION] Checks: catalogue files
//-----------------------------------------------------------------------------

TEST_CASE("catalogue: each defect of a catalogue file, with its pointer", "[catalogue]") {
    struct Case { const char* lang; const char* messages; const char* pointer; const char* message; };
    const Case cases[] = {
        {"de", R"({"a.nxt": "Weiter"})", "/messages/a.nxt", "unknown key 'a.nxt' (not in the English catalogue)"},
        {"de", R"({"a/b~c": "x"})", "/messages/a~1b~0c", "unknown key 'a/b~c' (not in the English catalogue)"},
        {"de", R"({"q.progress": "Frage {n}"})", "/messages/q.progress", "missing placeholder {total}"},
        {"de", R"({"q.progress": "Frage {n} von {total}: {role}"})", "/messages/q.progress",
         "unknown placeholder {role} (English has {n}, {total})"},
        {"de", R"({"a.next": "Weiter {n}"})", "/messages/a.next", "unknown placeholder {n} (English has none)"},
        {"de", R"({"c.shown": {"one": "{n} Dimension", "few": "{n} Dimensionen", "other": "{n} Dimensionen"}})",
         "/messages/c.shown/few", "plural form 'few' is not used in 'de' (it uses one and other)"},
        {"ja", R"({"c.shown": {"one": "{n}", "other": "{n}"}})", "/messages/c.shown/one",
         "plural form 'one' is not used in 'ja' (it uses other)"},
        {"de", R"({"c.shown": {"one": "{n} Dimension"}})", "/messages/c.shown", "missing plural form 'other'"},
        {"de", R"({"c.shown": {"uno": "{n}", "other": "{n}"}})", "/messages/c.shown/uno",
         "unknown plural form 'uno': expected zero, one, two, few, many or other"},
        {"de", R"({"c.shown": {"one": 1, "other": "{n}"}})", "/messages/c.shown/one", "expected a string, found number"},
        {"de", R"({"a.next": {"one": "Weiter", "other": "Weiter"}})", "/messages/a.next/one",
         "key 'a.next' has one English text and no {n}: give one string, not plural forms"},
        {"de", R"({"a.next": 42})", "/messages/a.next", "expected a string or an object of plural forms, found number"},
        {"de", R"({"a.next": ""})", "/messages/a.next", "must not be empty"},
        {"de", R"({"a.next": "  "})", "/messages/a.next", "must not be only whitespace"},
        // a string for plural forms has "other"'s placeholders
        {"ja", R"({"c.shown": "観点"})", "/messages/c.shown", "missing placeholder {n}"},
        // fr's "one" is 0 and 1: it must show the number
        {"fr", R"({"c.shown": {"one": "une dimension", "other": "{n} dimensions"}})", "/messages/c.shown/one",
         "missing placeholder {n}"},
        // ar's "few" is 3..10, 103..110...: the same
        {"ar", R"({"s.results": {"one": "نتيجة واحدة", "few": "نتائج", "other": "{n} نتيجة"}})",
         "/messages/s.results/few", "missing placeholder {n}"},
    };
    for (const Case& c : cases) {
        INFO(c.lang << " " << c.messages);
        rc::CatalogueLoad l = load(c.lang, c.messages);
        CHECK_FALSE(l.ok);
        requireOneError(l.errors, c.pointer, c.message);
    }

    // Allowed: a form holding one number may leave out {n}; plural forms where
    // English has one string with {n}; a string for English's plural forms.
    for (const auto& [lang, messages] : std::vector<std::pair<std::string, std::string>>{
             {"de", R"({"c.shown": {"one": "eine Dimension", "other": "{n} Dimensionen"}})"},
             {"ar", R"({"s.results": {"zero": "لا نتائج", "one": "نتيجة واحدة", "two": "نتيجتان", "other": "{n} نتيجة"}})"},
             {"de", R"({"q.progress": {"one": "Frage {n} von {total}", "other": "Frage {n} von {total}"}})"},
             {"de", R"({"c.shown": "Dimensionen: {n}"})"},
             {"de", R"({"b.brace": "Mit {{Klammern} für {what}"})"},
         }) {
        INFO(lang << " " << messages);
        rc::CatalogueLoad l = load(lang, messages);
        INFO(describe(l.errors));
        CHECK(l.ok);
    }
}

TEST_CASE("catalogue: lengths, the file's fields, and what still loads", "[catalogue]") {
    // A control's label (English at most 40 bytes) takes up to 120 bytes.
    CHECK(load("de", R"({"a.next": ")" + std::string(120, 'x') + "\"}").ok);
    requireOneError(load("de", R"({"a.next": ")" + std::string(121, 'x') + "\"}").errors, "/messages/a.next",
                    "string is 121 bytes, over the 120-byte limit");

    // A message with errors is left out (English shows); the others load.
    rc::CatalogueLoad l = load("de", R"({"a.next": "Weiter", "q.progress": "Frage {n}"})");
    CHECK_FALSE(l.ok);
    CHECK(l.catalogue.find("a.next") != nullptr);
    CHECK(l.catalogue.find("q.progress") == nullptr);

    auto file = [](const std::string& text) { return rc::loadCatalogue(text, &reference()); };
    requireOneError(file(R"({"language": "ar", "dir": "ltr", "messages": {}})").errors, "/dir",
                    "'ar' is written right to left: expected \"rtl\"");
    requireOneError(file(R"({"language": "de", "dir": "rtl", "messages": {}})").errors, "/dir",
                    "'de' is written left to right: expected \"ltr\"");
    requireOneError(file(R"({"language": "de", "dir": "up", "messages": {}})").errors, "/dir",
                    "expected \"ltr\" or \"rtl\"");
    requireOneError(file(R"({"messages": {}})").errors, "/language", "missing required field 'language'");
    requireOneError(file(R"({"language": "de"})").errors, "/messages", "missing required field 'messages'");
    requireOneError(file(R"({"language": "de", "messages": []})").errors, "/messages", "expected an object, found array");
    requireOneError(file("[]").errors, "", "expected an object, found array");
    requireOneError(file("{\"language\": ").errors, "", "not valid JSON");
    requireOneError(file("").errors, "", "empty file");
    requireOneError(file("{\"language\": \"\xC3\"}").errors, "", "invalid UTF-8 at byte 14");
    CHECK(file(R"({"language": "ar", "messages": {}})").catalogue.rtl());  // "dir" may be left out
}

//-----------------------------------------------------------------------------
// [SECTION] Checks: a dataset's "ui" overrides
//-----------------------------------------------------------------------------

TEST_CASE("catalogue: validateOverrides, with /ui pointers", "[catalogue]") {
    using M = rc::MessageMap;
    requireOneError(rc::validateOverrides(M{{"nope", {{Plural::Other, "x"}}}}, "en", reference()), "/ui/nope",
                    "unknown key 'nope' (not in the English catalogue)");
    requireOneError(rc::validateOverrides(M{{"x/y~", {{Plural::Other, "x"}}}}, "en", reference()), "/ui/x~1y~0",
                    "unknown key 'x/y~' (not in the English catalogue)");
    requireOneError(rc::validateOverrides(M{{"q.progress", {{Plural::Other, "Q {n}"}}}}, "en", reference()),
                    "/ui/q.progress", "missing placeholder {total}");
    requireOneError(rc::validateOverrides(M{{"c.shown", {{Plural::Few, "{n}"}, {Plural::Other, "{n}"}}}}, "de-DE",
                                          reference()),
                    "/ui/c.shown/few", "plural form 'few' is not used in 'de' (it uses one and other)");
    requireOneError(rc::validateOverrides(M{{"c.shown", {{Plural::One, "{n}"}}}}, "en", reference()), "/ui/c.shown",
                    "missing plural form 'other'");
    // The data's language decides the forms: Arabic's are fine in Arabic data.
    CHECK(rc::validateOverrides(M{{"c.shown", {{Plural::Few, "{n} أبعاد"}, {Plural::Other, "{n} بعد"}}}}, "ar",
                                reference())
              .empty());
    // Against the real English: a key it lacks.
    requireOneError(rc::validateOverrides(M{{"no.such.key", {{Plural::Other, "x"}}}}, "en"), "/ui/no.such.key",
                    "unknown key 'no.such.key' (not in the English catalogue)");
}

TEST_CASE("catalogue: the loader reads \"ui\" and reports its defects in place", "[catalogue][loader]") {
    using Json = nlohmann::ordered_json;
    const std::string key = englishPluralKey();
    REQUIRE_FALSE(key.empty());
    const std::string plain = rc::Catalogue::english().keys().front();
    Json base = Json::parse(rc::test::readFile(rc::test::dataPath("tests/data/base.json")));

    Json ok = base;
    const rc::MessageForms en = rc::Catalogue::english().forms(key);
    ok["ui"] = {{plain, "Custom"}, {key, {{"one", en.at(Plural::One)}, {"other", en.at(Plural::Other)}}}};
    rc::LoadResult r = rc::loadDataset(ok.dump(2));
    INFO(describe(r.errors));
    REQUIRE(r.ok);
    REQUIRE(r.data.ui.size() == 2);
    CHECK(r.data.ui.at(plain).at(Plural::Other) == "Custom");
    CHECK(r.data.ui.at(key).size() == 2);
    CHECK(rc::Catalogue::english().withOverrides(r.data.ui).text(plain) == "Custom");

    // Each defect: one error, at its pointer, with a position in the file.
    struct Case { Json ui; std::string pointer, message; };
    const std::vector<Case> cases = {
        {Json::array({"x"}), "/ui", "expected an object, found array"},
        {{{"no.such.key", "x"}}, "/ui/no.such.key", "unknown key 'no.such.key' (not in the English catalogue)"},
        {{{plain, 42}}, "/ui/" + plain, "expected a string or an object of plural forms, found number"},
        {{{plain, ""}}, "/ui/" + plain, "must not be empty"},
        {{{plain, "a\tb"}}, "/ui/" + plain, "string contains control character U+0009"},
        {{{key, {{"several", "x"}, {"other", en.at(Plural::Other)}}}}, "/ui/" + key + "/several",
         "unknown plural form 'several': expected zero, one, two, few, many or other"},
        {{{key, {{"few", en.at(Plural::Other)}, {"other", en.at(Plural::Other)}}}}, "/ui/" + key + "/few",
         "plural form 'few' is not used in 'en' (it uses one and other)"},
        {{{key, {{"other", 7}}}}, "/ui/" + key + "/other", "expected a string, found number"},
    };
    for (const Case& c : cases) {
        Json j = base;
        j["ui"] = c.ui;
        const std::string bytes = j.dump(2);
        INFO(c.ui.dump());
        rc::LoadResult bad = rc::loadDataset(bytes);
        CHECK_FALSE(bad.ok);
        requireOneError(bad.errors, c.pointer, c.message);
        CHECK(bad.errors[0].line > 1);
    }

    // The data's meta.language picks the plural rules.
    Json ar = base;
    ar["meta"]["language"] = "ar";
    ar["ui"] = {{key, {{"few", en.at(Plural::Other)}, {"other", en.at(Plural::Other)}}}};
    rc::LoadResult arabic = rc::loadDataset(ar.dump(2));
    INFO(describe(arabic.errors));
    CHECK(arabic.ok);
}

//-----------------------------------------------------------------------------
// [SECTION] Choosing the language
//-----------------------------------------------------------------------------

TEST_CASE("catalogue: ?lang= before the data's language, before the browser's, before English", "[catalogue]") {
    CHECK(rc::chooseUiLanguage("de", "fr", {"ja"}) == "de");
    CHECK(rc::chooseUiLanguage("", "fr", {"ja"}) == "fr");
    CHECK(rc::chooseUiLanguage("", "", {"ja", "de"}) == "ja");
    CHECK(rc::chooseUiLanguage("", "", {}) == "en");
    // By primary subtag, any case.
    CHECK(rc::chooseUiLanguage("pt-BR", "", {}) == "pt");
    CHECK(rc::chooseUiLanguage("", "AR-eg", {}) == "ar");
    CHECK(rc::chooseUiLanguage("", "", {"es-419"}) == "es");
    // A language without a catalogue passes the choice on.
    CHECK(rc::chooseUiLanguage("xx", "de", {"ja"}) == "de");
    CHECK(rc::chooseUiLanguage("ru", "zh-CN", {"ko", "ar"}) == "ar");
    CHECK(rc::chooseUiLanguage("ru", "", {"ko"}) == "en");
    CHECK(rc::chooseUiLanguage("en", "de", {}) == "en");  // asking for English is a choice too
}

//-----------------------------------------------------------------------------
// [SECTION] The built-in catalogues
//-----------------------------------------------------------------------------

TEST_CASE("catalogue: English loads without errors and has every key's default", "[catalogue][builtin]") {
    // The file, with every check; english() is the table generated from it
    // (cmake/catalogue.cmake): the same keys with the same forms.
    const std::string bytes = rc::test::readFile(rc::test::dataPath("assets/ui/en.json"));
    REQUIRE_FALSE(bytes.empty());
    rc::CatalogueLoad l = rc::loadCatalogue(bytes, nullptr);
    INFO(describe(l.errors));
    CHECK(l.ok);
    CHECK(l.catalogue.language() == "en");
    const rc::Catalogue& en = rc::Catalogue::english();
    CHECK(en.language() == "en");
    CHECK_FALSE(en.rtl());
    std::vector<std::string> fileKeys = l.catalogue.keys(), tableKeys = en.keys();
    std::sort(fileKeys.begin(), fileKeys.end());
    std::sort(tableKeys.begin(), tableKeys.end());
    CHECK(tableKeys == fileKeys);
    for (const std::string& k : fileKeys) {
        INFO(k);
        REQUIRE(!en.forms(k).empty());
        CHECK(en.forms(k) == l.catalogue.forms(k));
    }
    CHECK(rc::builtInCatalogue("en") == &en);
    CHECK(rc::builtInCatalogue("en-GB") == &en);
    CHECK(rc::builtInCatalogue("xx") == nullptr);
    for (const std::string& k : en.keys()) {
        INFO(k);
        const rc::MessageForms f = en.forms(k);
        REQUIRE(!f.empty());
        CHECK(f.count(Plural::Other) == 1);  // "other" is the default of every key
    }
}

TEST_CASE("catalogue: every built-in catalogue has every English key, with English's placeholders in every form",
          "[catalogue][builtin]") {
    const rc::Catalogue& en = rc::Catalogue::english();
    const std::string dir = rc::test::dataPath("assets/ui");
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == ".json") files.push_back(e.path().filename().string());
    std::sort(files.begin(), files.end());
    for (const std::string& f : files) {
        INFO(f);
        const std::string lang = f.substr(0, f.size() - 5);
        // Only the built-in languages have files, each named for its language.
        CHECK(std::count(std::begin(rc::kUiLanguages), std::end(rc::kUiLanguages), lang) == 1);
        if (lang == "en") continue;
        rc::CatalogueLoad l = rc::loadCatalogue(rc::test::readFile(dir + "/" + f));
        INFO(describe(l.errors));
        CHECK(l.ok);
        CHECK(l.catalogue.language() == lang);
        for (const std::string& k : en.keys()) {
            INFO(k);
            const rc::MessageForms forms = l.catalogue.forms(k);
            CHECK(!forms.empty());  // missing key
            if (forms.empty()) continue;
            const std::vector<std::string> want = rc::placeholderNames(en.forms(k).at(Plural::Other));
            for (const auto& [form, text] : forms) {
                INFO(rc::pluralName(form) << ": " << text);
                std::vector<std::string> have = rc::placeholderNames(text);
                if (form != Plural::Other && rc::pluralFormIsOneNumber(lang, form) &&
                    !std::binary_search(have.begin(), have.end(), "n") &&
                    std::binary_search(want.begin(), want.end(), "n"))
                    have.insert(std::lower_bound(have.begin(), have.end(), "n"), "n");  // may leave {n} out
                CHECK(have == want);
            }
        }
        // Natively every file is embedded; the web build embeds English only.
#ifdef __EMSCRIPTEN__
        CHECK(rc::builtInCatalogue(lang) == nullptr);
#else
        const rc::Catalogue* c = rc::builtInCatalogue(lang);
        REQUIRE(c != nullptr);
        CHECK(c->language() == lang);
        CHECK(c->keys() == l.catalogue.keys());
#endif
    }
}

TEST_CASE("catalogue: every key the code asks for is in English", "[catalogue][builtin]") {
    // The literal keys passed to tr("...") or text("..."), in the files that
    // draw or write interface text.
    const std::regex call(R"((?:\btr|\.text)\(\s*"([a-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+)\")");
    std::set<std::string> keys;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(rc::test::dataPath("src/ui")))
        if (e.path().extension() == ".cpp") files.push_back(e.path());
    for (const char* f : {"src/core/verdict.cpp", "src/core/html.cpp"})
        files.push_back(rc::test::dataPath(f));
    for (const fs::path& p : files) {
        const std::string text = rc::test::readFile(p.string());
        for (std::sregex_iterator it(text.begin(), text.end(), call), end; it != end; ++it) {
            const std::string key = (*it)[1];
            INFO(p.filename().string() << ": " << key);
            CHECK(rc::Catalogue::english().find(key) != nullptr);
            keys.insert(key);
        }
    }
    // The scan finds the calls at all (the views use the catalogue).
    CHECK(keys.size() >= 1);
}
