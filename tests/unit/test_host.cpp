// Host page commands: accepted only from the allowed origin and in the exact shape.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/host.h"

using rc::HostCommand;
using rc::parseHostCommand;

namespace {
const char* kHost = "https://jobs.example.com";
}

TEST_CASE("host: well-formed commands from the host origin are accepted", "[host]") {
    HostCommand c = parseHostCommand(kHost, kHost, R"({"source":"rolecompare","v":1,"type":"set-theme","theme":"dark"})");
    CHECK(c.kind == HostCommand::Kind::SetTheme);
    CHECK(c.value == "dark");
    CHECK(c.error.empty());
    c = parseHostCommand(kHost, kHost, R"({"source":"rolecompare","v":1,"type":"set-view","name":"faq"})");
    CHECK(c.kind == HostCommand::Kind::SetView);
    CHECK(c.value == "faq");
    c = parseHostCommand(kHost, kHost, R"({"source":"rolecompare","v":1,"type":"reset-quiz"})");
    CHECK(c.kind == HostCommand::Kind::ResetQuiz);
}

TEST_CASE("host: anything else is ignored with a reason", "[host]") {
    struct Case { const char* origin; const char* allowed; const char* json; const char* why; };
    const Case cases[] = {
        {"https://evil.example", kHost, R"({"source":"rolecompare","v":1,"type":"reset-quiz"})", "is not from the host origin"},
        {kHost, "", R"({"source":"rolecompare","v":1,"type":"reset-quiz"})", "no host origin is allowed"},
        {"null", kHost, R"({"source":"rolecompare","v":1,"type":"reset-quiz"})", "is not from the host origin"},
        {kHost, kHost, "not json", "not a JSON object"},
        {kHost, kHost, "[1,2]", "not a JSON object"},
        {kHost, kHost, R"({"v":1,"type":"reset-quiz"})", "not for rolecompare"},
        {kHost, kHost, R"({"source":"other","v":1,"type":"reset-quiz"})", "not for rolecompare"},
        {kHost, kHost, R"({"source":"rolecompare","v":2,"type":"reset-quiz"})", "protocol version"},
        {kHost, kHost, R"({"source":"rolecompare","v":"1","type":"reset-quiz"})", "protocol version"},
        {kHost, kHost, R"({"source":"rolecompare","v":1})", "has no type"},
        {kHost, kHost, R"({"source":"rolecompare","v":1,"type":"delete-everything"})", "unknown command"},
        {kHost, kHost, R"({"source":"rolecompare","v":1,"type":"set-theme","theme":"neon"})", "set-theme wants"},
        {kHost, kHost, R"({"source":"rolecompare","v":1,"type":"set-theme"})", "set-theme wants"},
        {kHost, kHost, R"({"source":"rolecompare","v":1,"type":"set-view","name":"result"})", "set-view wants"},
        {kHost, kHost, R"({"source":"rolecompare","v":1,"type":"set-view","name":7})", "set-view wants"},
    };
    for (const Case& k : cases) {
        INFO(k.origin << " " << k.json);
        HostCommand c = parseHostCommand(k.origin, k.allowed, k.json);
        CHECK(c.kind == HostCommand::Kind::None);
        CHECK(c.error.find(k.why) != std::string::npos);
    }
    CHECK(parseHostCommand(kHost, kHost, std::string(5000, ' ')).error == "message is too large");
}

