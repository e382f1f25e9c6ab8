// nlohmann/json serialisation that cannot fail. dump() throws on invalid
// UTF-8 (an abort in the widget, which is built without exceptions), and
// strings from hand-built data, file names or fuzzed input may hold some:
// replace bad bytes with U+FFFD instead.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace rc {

// The one JSON type of the program. Ordered: object members keep the order
// they were read or written in, so diagnostics follow the file and events list
// their fields as written. One type, not two: each instantiation of
// nlohmann::basic_json is ~20 KB of the web download (docs/performance.md).
using Json = nlohmann::ordered_json;

inline std::string dumpJson(const Json& j) {
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace rc
