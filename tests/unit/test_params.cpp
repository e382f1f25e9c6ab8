// URL parameters and fragment: the embed contract's input from strangers.
#include <catch2/catch.hpp>

#include "core/params.h"
#include "core/view_table.h"

using rc::Params;
using rc::parseParams;

TEST_CASE("params: valid values are taken", "[params]") {
    Params p = parseParams("theme=dark&accent=1A2B3C&view=compare&compact=1&parentOrigin=https%3A%2F%2FJobs.Example.com%2F"
                           "&data=https://example.com/roles.json",
                           "quiz=AWddxQ2220kpInXG");
    CHECK(p.theme == Params::Theme::Dark);
    CHECK(p.hasAccent);
    CHECK(p.accent == 0x1A2B3Cu);
    CHECK(p.view == "compare");
    CHECK(p.compact);
    CHECK(p.parentOrigin == "https://jobs.example.com");
    CHECK(p.dataUrl == "https://example.com/roles.json");
    CHECK(p.quizToken == "AWddxQ2220kpInXG");
    CHECK(p.warnings.empty());
}

TEST_CASE("params: defaults with nothing given", "[params]") {
    Params p = parseParams("", "");
    CHECK(p.theme == Params::Theme::Auto);
    CHECK_FALSE(p.hasAccent);
    CHECK(p.view.empty());
    CHECK_FALSE(p.compact);
    CHECK(p.parentOrigin.empty());
    CHECK(p.dataUrl.empty());
    CHECK(p.quizToken.empty());
    CHECK(p.warnings.empty());
}

TEST_CASE("params: invalid values are ignored with a warning naming them", "[params]") {
    struct Case { const char* query; const char* fragment; std::string warning; };
    const Case cases[] = {
        {"theme=blue", "", "ignored theme='blue': expected light, dark or auto"},
        {"accent=red", "", "ignored accent='red': expected a colour as RRGGBB"},
        {"accent=12345G", "", "ignored accent='12345G': expected a colour as RRGGBB"},
        // Result is reached from the quiz, never from a URL; the list is the view table's.
        {"view=result", "", "ignored view='result': expected " + rc::viewIdList(rc::ViewByUrl)},
        {"compact=yes", "", "ignored compact='yes': expected 1 or 0"},
        {"parentOrigin=javascript:alert(1)", "", "ignored parentOrigin='javascript:alert(1)': expected an origin like https://example.com"},
        {"parentOrigin=https://a.com/path", "", "ignored parentOrigin='https://a.com/path': expected an origin like https://example.com"},
        {"data=javascript:alert(1)", "", "ignored data='javascript:alert(1)': expected an http(s) URL or a path on this site"},
        {"data=//evil.example/x.json", "", "ignored data='//evil.example/x.json': expected an http(s) URL or a path on this site"},
        {"theme=%ZZ", "", "ignored theme='%ZZ': malformed percent-encoding"},
        {"utm_source=x", "", "ignored utm_source='x': unknown parameter"},
        {"", "quiz=abc$def", "ignored quiz='abc$def': a quiz link token has only letters, digits, '-' and '_'"},
    };
    for (const Case& c : cases) {
        INFO(c.query << " #" << c.fragment);
        Params p = parseParams(c.query, c.fragment);
        REQUIRE(p.warnings.size() == 1);
        CHECK(p.warnings[0] == c.warning);
        CHECK(p.theme == Params::Theme::Auto);
        CHECK_FALSE(p.hasAccent);
        CHECK(p.view.empty());
        CHECK(p.parentOrigin.empty());
        CHECK(p.dataUrl.empty());
        CHECK(p.quizToken.empty());
    }
}

TEST_CASE("params: one bad value does not spoil the others", "[params]") {
    Params p = parseParams("theme=neon&view=faq&&accent=%23ff8800", "other=1&quiz=AbC-_9");
    CHECK(p.view == "faq");
    CHECK(p.accent == 0xFF8800u);
    CHECK(p.quizToken == "AbC-_9");
    CHECK(p.warnings.size() == 1);
}

TEST_CASE("params: hostile input never breaks the parser", "[params]") {
    std::string huge(100000, 'a');
    Params p = parseParams("theme=" + huge, "quiz=" + huge);
    CHECK(p.warnings.size() == 2);
    CHECK(p.warnings[0].size() < 200);  // warnings quote a shortened value
    std::string many;
    for (int i = 0; i < 1000; ++i) many += "x=1&";
    CHECK(parseParams(many, "").warnings.size() == 32);  // at most 32 parameters are read
    std::string nul("theme=\0dark", 11);
    CHECK(parseParams(nul, "").theme == Params::Theme::Auto);
    CHECK(parseParams("%", "%").warnings.size() == 2);
}

TEST_CASE("params: origins are normalised", "[params]") {
    CHECK(rc::normalizeOrigin("https://Example.COM") == "https://example.com");
    CHECK(rc::normalizeOrigin("http://127.0.0.1:8080") == "http://127.0.0.1:8080");
    CHECK(rc::normalizeOrigin("http://localhost:99999").empty());
    CHECK(rc::normalizeOrigin("ftp://example.com").empty());
    CHECK(rc::normalizeOrigin("https://").empty());
    CHECK(rc::normalizeOrigin("https://a.com:").empty());
}

TEST_CASE("params: lang takes a language tag, normalised; anything else warns", "[params]") {
    CHECK(parseParams("lang=de", "").lang == "de");
    CHECK(parseParams("lang=pt-br", "").lang == "pt-BR");
    CHECK(parseParams("lang=PT_BR", "").lang == "pt-BR");
    CHECK(parseParams("lang=zh-hant-tw", "").lang == "zh-Hant-TW");
    CHECK(parseParams("lang=es-419", "").lang == "es-419");
    CHECK(parseParams("lang=ast", "").lang == "ast");
    CHECK(parseParams("lang=ru", "").lang == "ru");  // well formed: the choice passes it on (catalogue.h)
    for (const char* bad : {"", "d", "deutsch", "de-", "-de", "de--DE", "de-DE-x", "de-Latn-Latn", "de-DE-DE",
                            "12", "d3", "de-1", "de DE", "<script>", "ar%00"}) {
        INFO(bad);
        Params p = parseParams(std::string("lang=") + bad, "");
        CHECK(p.lang.empty());
        REQUIRE(p.warnings.size() == 1);
        CHECK(p.warnings[0].find("': expected a language tag like de or pt-BR") != std::string::npos);
    }
    CHECK(parseParams("lang=x!", "").warnings[0] == "ignored lang='x!': expected a language tag like de or pt-BR");
    CHECK(rc::normalizeLanguageTag("AR") == "ar");
    CHECK(rc::normalizeLanguageTag("sr_latn") == "sr-Latn");
    CHECK(rc::normalizeLanguageTag("de-\xC3\x9F").empty());
}
