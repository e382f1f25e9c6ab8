// URL parameters and the fragment (params.h): parsed, validated, each bad value warned about by name.
#include "params.h"

#include "view_table.h"

#include <cctype>

namespace rc {

namespace {

constexpr size_t kMaxParamBytes = 2048;  // a longer value is ignored
constexpr size_t kMaxParams = 32;         // more parameters are ignored

bool isHex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }
int hexVal(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

// For warnings: the value, shortened and with control bytes shown as '?'.
std::string shown(std::string_view v) {
    std::string s;
    for (size_t i = 0; i < v.size() && i < 60; ++i) {
        unsigned char c = static_cast<unsigned char>(v[i]);
        s += (c < 0x20 || c == 0x7F) ? '?' : static_cast<char>(c);
    }
    if (v.size() > 60) s += "...";
    return s;
}

bool lowerEquals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != b[i]) return false;
    return true;
}

template <class F>
void forEachPair(std::string_view s, F&& f) {
    size_t count = 0;
    while (!s.empty() && count < kMaxParams) {
        size_t amp = s.find('&');
        std::string_view part = s.substr(0, amp);
        s = amp == std::string_view::npos ? std::string_view() : s.substr(amp + 1);
        if (part.empty()) continue;
        ++count;
        size_t eq = part.find('=');
        f(part.substr(0, eq), eq == std::string_view::npos ? std::string_view() : part.substr(eq + 1));
    }
}

bool isBase64Url(std::string_view s) {
    for (char c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_')) return false;
    return !s.empty();
}

}  // namespace

bool isKnownViewId(std::string_view id) {
    View v;
    return parseView(id, &v, ViewByUrl);
}

bool percentDecode(std::string_view in, std::string* out) {
    out->clear();
    out->reserve(in.size());
    for (size_t i = 0; i < in.size(); ++i) {
        char c = in[i];
        if (c == '+') {
            *out += ' ';
        } else if (c == '%') {
            if (i + 2 >= in.size() || !isHex(in[i + 1]) || !isHex(in[i + 2])) return false;
            *out += static_cast<char>(hexVal(in[i + 1]) * 16 + hexVal(in[i + 2]));
            i += 2;
        } else {
            *out += c;
        }
    }
    return true;
}

std::string normalizeOrigin(std::string_view s) {
    std::string scheme;
    if (s.substr(0, 8) == "https://") scheme = "https://";
    else if (s.substr(0, 7) == "http://") scheme = "http://";
    else return "";
    std::string_view rest = s.substr(scheme.size());
    if (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);  // "https://a.com/" is the same origin
    if (rest.empty() || rest.size() > 253 + 6) return "";
    size_t colon = rest.rfind(':');
    std::string_view host = rest, port;
    if (colon != std::string_view::npos && rest.find(']') == std::string_view::npos) {
        host = rest.substr(0, colon);
        port = rest.substr(colon + 1);
        if (port.empty() || port.size() > 5) return "";
        for (char c : port)
            if (!std::isdigit(static_cast<unsigned char>(c))) return "";
        if (std::stoi(std::string(port)) > 65535) return "";
    }
    if (host.empty()) return "";
    for (char c : host)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '[' || c == ']' || c == ':'))
            return "";
    std::string out = scheme;
    for (char c : host) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!port.empty()) out += ":" + std::string(port);
    return out;
}

std::string normalizeLanguageTag(std::string_view s) {
    auto allOf = [](std::string_view t, int (*is)(int)) {
        for (char c : t)
            if (!is(static_cast<unsigned char>(c))) return false;
        return true;
    };
    auto cased = [](std::string_view t, bool upperFirst, bool upperRest) {
        std::string out;
        for (size_t i = 0; i < t.size(); ++i) {
            const int c = static_cast<unsigned char>(t[i]);
            out += static_cast<char>((i == 0 ? upperFirst : upperRest) ? std::toupper(c) : std::tolower(c));
        }
        return out;
    };
    std::string out;
    int stage = 0;  // 0: primary next, 1: script or region next, 2: region next, 3: done
    while (!s.empty()) {
        const size_t cut = s.find_first_of("-_");
        const std::string_view t = s.substr(0, cut);
        const bool last = cut == std::string_view::npos;
        if (!last && cut + 1 == s.size()) return "";  // a trailing separator
        s = last ? std::string_view() : s.substr(cut + 1);
        // std::isalpha is locale-dependent; the tag must be ASCII.
        const bool alpha = allOf(t, [](int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? 1 : 0; });
        const bool digits = allOf(t, [](int c) { return c >= '0' && c <= '9' ? 1 : 0; });
        if (stage == 0 && (t.size() == 2 || t.size() == 3) && alpha) {
            out = cased(t, false, false);
            stage = 1;
        } else if (stage == 1 && t.size() == 4 && alpha) {
            out += "-" + cased(t, true, false);
            stage = 2;
        } else if ((stage == 1 || stage == 2) && ((t.size() == 2 && alpha) || (t.size() == 3 && digits))) {
            out += "-" + cased(t, true, true);
            stage = 3;
        } else {
            return "";
        }
    }
    return out;
}

Params parseParams(std::string_view query, std::string_view fragment) {
    Params p;
    auto warn = [&](std::string_view key, std::string_view value, std::string_view why) {
        p.warnings.push_back("ignored " + shown(key) + "='" + shown(value) + "': " + std::string(why));
    };
    auto handle = [&](std::string_view rawKey, std::string_view rawValue, bool inFragment) {
        std::string key, value;
        if (!percentDecode(rawKey, &key) || !percentDecode(rawValue, &value)) {
            warn(rawKey, rawValue, "malformed percent-encoding");
            return;
        }
        if (value.size() > kMaxParamBytes) {
            warn(key, value, "value too long");
            return;
        }
        if (inFragment) {
            if (key == "quiz") {
                if (isBase64Url(value) && value.size() <= 64) p.quizToken = value;
                else warn(key, value, "a quiz link token has only letters, digits, '-' and '_'");
            }
            return;  // other fragment keys belong to the host page
        }
        if (key == "theme") {
            if (lowerEquals(value, "light")) p.theme = Params::Theme::Light;
            else if (lowerEquals(value, "dark")) p.theme = Params::Theme::Dark;
            else if (lowerEquals(value, "auto")) p.theme = Params::Theme::Auto;
            else warn(key, value, "expected light, dark or auto");
        } else if (key == "accent") {
            std::string_view v = value;
            if (!v.empty() && v[0] == '#') v.remove_prefix(1);
            bool ok = v.size() == 6;
            for (char c : v) ok = ok && isHex(c);
            if (ok) {
                p.hasAccent = true;
                p.accent = static_cast<uint32_t>(std::stoul(std::string(v), nullptr, 16));
            } else {
                warn(key, value, "expected a colour as RRGGBB");
            }
        } else if (key == "view") {
            if (isKnownViewId(value)) p.view = value;
            else warn(key, value, "expected " + viewIdList(ViewByUrl));
        } else if (key == "compact") {
            if (value == "1" || value == "true") p.compact = true;
            else if (value == "0" || value == "false") p.compact = false;
            else warn(key, value, "expected 1 or 0");
        } else if (key == "history") {
            if (value == "1" || value == "true") p.history = Params::History::On;
            else if (value == "0" || value == "false") p.history = Params::History::Off;
            else warn(key, value, "expected 1 or 0");
        } else if (key == "parentOrigin") {
            std::string o = normalizeOrigin(value);
            if (!o.empty()) p.parentOrigin = o;
            else warn(key, value, "expected an origin like https://example.com");
        } else if (key == "data") {
            bool absolute = value.rfind("https://", 0) == 0 || value.rfind("http://", 0) == 0;
            bool relative = !value.empty() && value[0] != '/' && value.find(':') == std::string::npos &&
                            value.find("//") == std::string::npos;
            relative = relative || (value.size() > 1 && value[0] == '/' && value[1] != '/');
            bool clean = true;
            for (char c : value) clean = clean && static_cast<unsigned char>(c) > 0x20 && c != 0x7F && c != '\\';
            if ((absolute || relative) && clean) p.dataUrl = value;
            else warn(key, value, "expected an http(s) URL or a path on this site");
        } else if (key == "lang") {
            std::string tag = normalizeLanguageTag(value);
            if (!tag.empty()) p.lang = std::move(tag);
            else warn(key, value, "expected a language tag like de or pt-BR");
        } else {
            warn(key, value, "unknown parameter");
        }
    };
    forEachPair(query, [&](std::string_view k, std::string_view v) { handle(k, v, false); });
    forEachPair(fragment, [&](std::string_view k, std::string_view v) { handle(k, v, true); });
    return p;
}

}  // namespace rc
