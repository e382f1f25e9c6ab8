// Crashes the fuzzers found (tools/fuzz.sh), kept fixed. Each case loads its
// reproducer from tests/fuzz/repro/<target>/ and checks the fixed behaviour.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "core/json_util.h"
#include "test_util.h"

namespace {
std::string readRepro(const std::string& rel) {
    std::string bytes = rc::test::readFile(rc::test::dataPath("tests/fuzz/repro/" + rel));
    REQUIRE(!bytes.empty());
    return bytes;
}
}  // namespace

TEST_CASE("JSON with invalid UTF-8 in a string is written, not thrown over", "[fuzz][host]") {
    // fuzz_host: an event's type held bytes 0xDA 0xCE ...; dump() threw
    // type_error 316. Events' fields are written with dumpJson (the page's
    // glue adds the envelope), which replaces bad bytes.
    std::string input = readRepro("host/make-event-invalid-utf8-type");
    REQUIRE(input.find('\n') == std::string::npos);  // the whole input is the string
    std::string text;
    REQUIRE_NOTHROW(text = rc::dumpJson(rc::Json{{"type", input}}));
    nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    REQUIRE(j.is_object());
    std::string type = j["type"].get<std::string>();
    CHECK(type.find("\xEF\xBF\xBD") != std::string::npos);  // bad bytes became U+FFFD
    CHECK(type.rfind("{\"v\":1,", 0) == 0);                  // the valid part is kept
    // Valid text is unchanged.
    CHECK(rc::dumpJson(rc::Json{{"version", "1"}}) == R"({"version":"1"})");
}
