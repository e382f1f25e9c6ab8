// libFuzzer target: the URL contract. The input is split at the first '#'
// into query (after '?') and fragment; parseParams must give a Params whose
// values keep their documented promises. normalizeOrigin and percentDecode
// get the whole input.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/params.h"
#include "fuzz_common.h"

namespace {
bool isBase64UrlChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    size_t hash = in.find('#');
    std::string_view query = in.substr(0, hash);
    std::string_view fragment = hash == std::string_view::npos ? std::string_view() : in.substr(hash + 1);
    if (!query.empty() && query.front() == '?') query.remove_prefix(1);

    rc::Params p = rc::parseParams(query, fragment);
    RC_FUZZ_CHECK(p.view.empty() || rc::isKnownViewId(p.view));
    RC_FUZZ_CHECK(p.parentOrigin.empty() || rc::normalizeOrigin(p.parentOrigin) == p.parentOrigin);
    RC_FUZZ_CHECK(!p.hasAccent || p.accent <= 0xFFFFFFu);
    RC_FUZZ_CHECK(p.lang.empty() || rc::normalizeLanguageTag(p.lang) == p.lang);  // kept normalised
    for (char c : p.quizToken) RC_FUZZ_CHECK(isBase64UrlChar(c));
    for (const std::string& w : p.warnings) RC_FUZZ_CHECK(!w.empty());

    std::string origin = rc::normalizeOrigin(in);
    RC_FUZZ_CHECK(origin.empty() || rc::normalizeOrigin(origin) == origin);
    std::string decoded;
    if (rc::percentDecode(in, &decoded)) RC_FUZZ_CHECK(decoded.size() <= in.size());
    return 0;
}
