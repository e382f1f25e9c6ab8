// nlohmann/json serialisation that cannot fail. dump() throws on invalid
// UTF-8 (an abort in the widget, which is built without exceptions), and
// strings from hand-built data, file names or fuzzed input may hold some:
// replace bad bytes with U+FFFD instead.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace rc {

inline std::string dumpJson(const nlohmann::json& j) {
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace rc
