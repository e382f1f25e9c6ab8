// Host-page commands (host.h): postMessage JSON checked and parsed; events made for the host.
#include "host.h"

#include <nlohmann/json.hpp>

#include "json_util.h"

#include "params.h"
#include "view_table.h"

namespace rc {

namespace {
constexpr size_t kMaxMessageBytes = 4096;

HostCommand ignored(std::string why) {
    HostCommand c;
    c.error = std::move(why);
    return c;
}
}  // namespace

HostCommand parseHostCommand(std::string_view origin, std::string_view allowedOrigin, std::string_view json) {
    if (allowedOrigin.empty()) return ignored("no host origin is allowed (set ?parentOrigin=)");
    if (origin != allowedOrigin) return ignored("message from " + std::string(origin.substr(0, 100)) + " is not from the host origin");
    if (json.size() > kMaxMessageBytes) return ignored("message is too large");
    Json j = Json::parse(json.begin(), json.end(), nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) return ignored("message is not a JSON object");
    auto str = [&](const char* key) -> const std::string* {
        auto it = j.find(key);
        return it != j.end() && it->is_string() ? it->get_ptr<const std::string*>() : nullptr;
    };
    const std::string* source = str("source");
    if (!source || *source != "rolecompare") return ignored("message is not for rolecompare (source)");
    auto v = j.find("v");
    if (v == j.end() || !v->is_number_integer() || v->get<long long>() != kEmbedProtocol)
        return ignored("unsupported protocol version (v must be 1)");
    const std::string* type = str("type");
    if (!type) return ignored("message has no type");
    HostCommand c;
    if (*type == "set-theme") {
        const std::string* t = str("theme");
        if (!t || (*t != "light" && *t != "dark" && *t != "auto")) return ignored("set-theme wants theme light, dark or auto");
        c.kind = HostCommand::Kind::SetTheme;
        c.value = *t;
    } else if (*type == "set-view") {
        const std::string* n = str("name");
        if (!n || !isKnownViewId(*n)) return ignored("set-view wants name " + viewIdList(ViewByUrl));
        c.kind = HostCommand::Kind::SetView;
        c.value = *n;
    } else if (*type == "reset-quiz") {
        c.kind = HostCommand::Kind::ResetQuiz;
    } else {
        return ignored("unknown command type");
    }
    return c;
}

}  // namespace rc
