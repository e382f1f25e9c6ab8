// Crashes the fuzzers found (tools/fuzz.sh), kept fixed. Each case loads its
// reproducer from tests/fuzz/repro/<target>/ and checks the fixed behaviour.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "core/host.h"
#include "test_util.h"

namespace {
std::string readRepro(const std::string& rel) {
    std::string bytes = rc::test::readFile(rc::test::dataPath("tests/fuzz/repro/" + rel));
    REQUIRE(!bytes.empty());
    return bytes;
}
}  // namespace

TEST_CASE("makeEvent with invalid UTF-8 in the type gives JSON, not an exception", "[fuzz][host]") {
    // fuzz_host: the type string held bytes 0xDA 0xCE ...; dump() threw type_error 316.
    std::string input = readRepro("host/make-event-invalid-utf8-type");
    REQUIRE(input.find('\n') == std::string::npos);  // the whole input is the type
    std::string ev;
    REQUIRE_NOTHROW(ev = rc::makeEvent(input, ""));
    nlohmann::json j = nlohmann::json::parse(ev, nullptr, false);
    REQUIRE(j.is_object());
    CHECK(j["source"] == "rolecompare");
    CHECK(j["v"] == 1);
    std::string type = j["type"].get<std::string>();
    CHECK(type.find("\xEF\xBF\xBD") != std::string::npos);  // bad bytes became U+FFFD
    CHECK(type.rfind("{\"v\":1,", 0) == 0);                  // the valid part is kept

    // Valid types are unchanged.
    CHECK(rc::makeEvent("ready", R"({"version":"1"})") ==
          R"({"source":"rolecompare","type":"ready","v":1,"version":"1"})");
}
