// Dataset loader and validator: see loader.h and docs/data-format.md.
//
// Exceptions stay out: nlohmann is called with allow_exceptions=false, every
// value's type is checked before it is read, and problems become Diagnostics.
//
// [SECTION] Small helpers (pointers, quoting, numbers)
// [SECTION] Pre-parse checks (size, UTF-8, depth)
// [SECTION] Syntax errors (SAX error catcher)
// [SECTION] Source positions (JSON pointer -> byte offset, duplicate keys)
// [SECTION] Validator: fields, strings, ids, references
// [SECTION] Validator: meta, roles, categories, dimensions
// [SECTION] Validator: article sections (shared, basics, difficulty, choose, faq)
// [SECTION] Validator: quiz
// [SECTION] Validator: search aids
// [SECTION] Validator: interface text overrides (ui)
// [SECTION] Public API
#include "loader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "authoring.h"
#include "catalogue.h"
#include "json_util.h"
#include "order.h"
#include "text.h"

namespace rc {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Small helpers (pointers, quoting, numbers)
//-----------------------------------------------------------------------------

std::string child(const std::string& p, std::string_view key) { return pointerChild(p, key); }
std::string child(const std::string& p, size_t index) { return p + "/" + std::to_string(index); }

std::string typeName(const Json& j) { return j.type_name(); }

std::string numberText(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

// Short JSON text of any value, for "expected format 2 (or 1), found ..." messages.
std::string shortDump(const Json& j) {
    std::string s = j.dump();
    if (s.size() > 40) s = s.substr(0, 37) + "...";
    return s;
}

//-----------------------------------------------------------------------------
// [SECTION] Pre-parse checks (size, UTF-8, depth)
//-----------------------------------------------------------------------------

// Offset of the first '[' or '{' (outside strings) that opens level
// kMaxDepth + 1, or npos. A flat scan, so a 100k-deep file costs nothing and
// never reaches nlohmann's parser.
size_t findTooDeep(std::string_view s) {
    int depth = 0;
    bool inString = false;
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (inString) {
            if (c == '\\') ++i;
            else if (c == '"') inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxDepth) return i;
        } else if (c == '}' || c == ']') {
            if (depth > 0) --depth;
        }
    }
    return std::string_view::npos;
}

//-----------------------------------------------------------------------------
// [SECTION] Syntax errors (SAX error catcher)
//-----------------------------------------------------------------------------

// Runs only after a failed parse, to learn where and why it failed: a SAX
// handler that accepts everything and records the error.
struct SyntaxCatcher : nlohmann::json_sax<Json> {
    bool failed = false;
    size_t offset = 0;
    std::string message;
    size_t size = 0;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }

    bool parse_error(std::size_t position, const std::string& lastToken,
                     const nlohmann::detail::exception& ex) override {
        failed = true;
        // `position` counts bytes read, up to and including the bad token (and
        // one past the end at end of input). Point at the token's first byte,
        // or at the offending byte when nlohmann spelled it "<U+000A>".
        size_t end = std::min(position, size);
        if (lastToken.find("<U+") != std::string::npos)
            offset = position > 0 ? std::min(position - 1, size) : 0;
        else
            offset = end >= lastToken.size() ? end - lastToken.size() : 0;
        message = cleanMessage(ex.what());
        return false;
    }

    // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax
    // error while parsing object - unexpected string literal; expected '}'"
    // -> "syntax error while parsing object - unexpected string literal; expected '}'".
    // The "; last read: '...'" part repeats raw file text: dropped.
    static std::string cleanMessage(std::string m) {
        size_t col = m.find("column ");
        if (col != std::string::npos) {
            size_t colon = m.find(": ", col);
            if (colon != std::string::npos) m = m.substr(colon + 2);
        } else if (size_t br = m.find("] "); br != std::string::npos) {
            m = m.substr(br + 2);
        }
        size_t lr = m.find("; last read: '");
        if (lr != std::string::npos) {
            size_t exp = m.rfind("'; expected ");
            if (exp != std::string::npos && exp > lr) m.erase(lr, exp + 1 - lr);
            else m.erase(lr);
        }
        return m;
    }
};

//-----------------------------------------------------------------------------
// [SECTION] Source positions (JSON pointer -> byte offset, duplicate keys)
//-----------------------------------------------------------------------------

// One iterative pass over text nlohmann already accepted: records where every
// value starts, keyed by JSON pointer, and finds duplicate object keys (which
// nlohmann silently merges). Depth is already bounded by findTooDeep().
class PositionMap {
public:
    struct DuplicateKey {
        std::string pointer;  // pointer of the repeated member
        std::string key;
        size_t offset;        // where the repeated key starts
    };

    void scan(std::string_view s, std::vector<DuplicateKey>& duplicates) {
        s_ = s;
        i_ = 0;
        if (s_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3;  // nlohmann skips a BOM too
        std::vector<Frame> stack;
        std::string cur;  // pointer of the value about to start
        ws();
        while (i_ < s_.size()) {
            // A value starts here.
            pos_.emplace(cur, i_);
            char c = s_[i_];
            bool descended = false;
            if (c == '{' || c == '[') {
                ++i_;
                ws();
                if (i_ < s_.size() && s_[i_] != (c == '{' ? '}' : ']')) {
                    stack.push_back({c == '{', 0, cur, {}});
                    if (c == '{') {
                        if (!memberKey(stack.back(), cur, duplicates)) return;
                    } else {
                        cur = child(stack.back().pointer, size_t(0));
                    }
                    descended = true;
                } else {
                    ++i_;  // empty container
                }
            } else {
                skipScalar();
            }
            if (descended) continue;
            // After a value: close containers until a ',' leads to the next value.
            bool next = false;
            while (!next) {
                ws();
                if (stack.empty() || i_ >= s_.size()) return;
                char d = s_[i_++];
                if (d == ',') {
                    ws();
                    Frame& f = stack.back();
                    if (f.object) {
                        if (!memberKey(f, cur, duplicates)) return;
                    } else {
                        cur = child(f.pointer, ++f.index);
                    }
                    next = true;
                } else if (d == '}' || d == ']') {
                    stack.pop_back();
                } else {
                    return;  // cannot happen on valid JSON; stop rather than guess
                }
            }
        }
    }

    // Offset of the value at `pointer`, or of its nearest existing ancestor
    // (a missing field is reported where its object starts).
    size_t offsetOf(std::string pointer) const {
        for (;;) {
            auto it = pos_.find(pointer);
            if (it != pos_.end()) return it->second;
            if (pointer.empty()) return 0;
            pointer.erase(pointer.rfind('/'));
        }
    }

private:
    struct Frame {
        bool object;
        size_t index;
        std::string pointer;
        std::vector<std::string> keys;  // objects: members so far, to spot duplicates
    };

    void ws() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
    }

    void skipScalar() {
        if (s_[i_] == '"') {
            for (++i_; i_ < s_.size(); ++i_) {
                if (s_[i_] == '\\') ++i_;
                else if (s_[i_] == '"') break;
            }
            ++i_;
            return;
        }
        while (i_ < s_.size() && std::string_view(",]} \t\r\n").find(s_[i_]) == std::string_view::npos) ++i_;
    }

    uint32_t hex4(size_t at) const {
        uint32_t v = 0;
        for (size_t k = at; k < at + 4 && k < s_.size(); ++k) {
            char c = s_[k];
            uint32_t d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c - 'A' + 10;
            v = v * 16 + d;
        }
        return v;
    }

    // Reads `"key" :` (decoding escapes, so "\u0041" is "A"), leaves i_ at
    // the member's value and sets `cur` to its pointer.
    bool memberKey(Frame& f, std::string& cur, std::vector<DuplicateKey>& duplicates) {
        if (i_ >= s_.size() || s_[i_] != '"') return false;
        const size_t keyStart = i_;
        std::string key;
        for (++i_; i_ < s_.size() && s_[i_] != '"'; ++i_) {
            if (s_[i_] != '\\') {
                key += s_[i_];
                continue;
            }
            if (++i_ >= s_.size()) return false;
            switch (s_[i_]) {
                case 'b': key += '\b'; break;
                case 'f': key += '\f'; break;
                case 'n': key += '\n'; break;
                case 'r': key += '\r'; break;
                case 't': key += '\t'; break;
                case 'u': {
                    uint32_t cp = hex4(i_ + 1);
                    i_ += 4;
                    if (cp >= 0xD800 && cp <= 0xDBFF && i_ + 6 < s_.size() && s_[i_ + 1] == '\\') {
                        uint32_t lo = hex4(i_ + 3);
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                        i_ += 6;
                    }
                    appendUtf8(key, cp);
                    break;
                }
                default: key += s_[i_]; break;  // \" \\ \/
            }
        }
        ++i_;  // closing quote
        ws();
        if (i_ >= s_.size() || s_[i_] != ':') return false;
        ++i_;
        ws();
        cur = child(f.pointer, key);
        if (std::find(f.keys.begin(), f.keys.end(), key) != f.keys.end())
            duplicates.push_back({cur, key, keyStart});
        else
            f.keys.push_back(key);
        return true;
    }

    std::string_view s_;
    size_t i_ = 0;
    std::unordered_map<std::string, size_t> pos_;
};

//-----------------------------------------------------------------------------
// [SECTION] Validator: fields, strings, ids, references
//-----------------------------------------------------------------------------

// What a string field holds decides its limit and extra checks.
enum class Kind {
    Id,       // <= 48 bytes, [a-z0-9][a-z0-9-]*
    Label,    // <= 120: titles, names, questions, prompts, labels, tags, version
    Summary,  // <= 200
    Point,    // <= 300: bullet points, examples, applications
    Long,     // <= 1200, may contain '\n'
    Url,      // <= 1200, http:// or https:// with a host
    Color,    // #RRGGBB
};

size_t limitOf(Kind k) {
    switch (k) {
        case Kind::Id: return kMaxIdBytes;
        case Kind::Label: return kMaxLabelBytes;
        case Kind::Summary: return kMaxSummaryBytes;
        case Kind::Point: return kMaxPointBytes;
        case Kind::Long: return kMaxLongBytes;
        case Kind::Url: return kMaxLongBytes;
        case Kind::Color: return 7;
    }
    return 0;
}

bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

bool isIdChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }

// Ids already seen in one namespace: id -> pointer of the object that defined it.
using IdTable = std::map<std::string, std::string>;

class Validator {
public:
    explicit Validator(LoadResult& r) : r_(r), d_(r.data) {}

    void run(const Json& root) {
        if (!root.is_object()) {
            err("", "expected an object, found " + typeName(root));
            return;
        }
        object(root, "", {"format", "meta", "roles", "categories", "dimensions", "shared", "basics", "difficulty",
                          "choose", "faq", "quiz", "search", "ui"});
        // A different format may mean a different shape: say so once and stop.
        // Format 1 differs from 2 only in the quiz (option weights), so such
        // a file still loads, without its quiz (see quiz() below).
        if (const Json* f = field(root, "", "format", true)) {
            const int64_t n = f->is_number_integer() ? f->get<int64_t>() : 0;
            if (n != 1 && n != 2) {
                err("/format", "expected format 2 (or 1), found " + shortDump(*f));
                return;
            }
            format_ = static_cast<int>(n);
        }
        meta(root);
        roles(root);
        categories(root);
        dimensions(root);
        shared(root);
        basics(root);
        difficulty(root);
        choose(root);
        faq(root);
        if (const Json* q = field(root, "", "quiz", false)) {
            if (format_ == 1)
                warn("/quiz", "format 1 quiz (option weights) is no longer scored; the dataset loads without its quiz: "
                              "name each scale question's factor (format 2, docs/data-format.md)");
            else
                quiz(*q, "/quiz");
        }
        search(root);
        ui(root);
    }

private:
    LoadResult& r_;
    Dataset& d_;
    IdTable sourceIds_, roleIds_, categoryIds_, dimensionIds_, itemIds_, typeIds_, faqIds_, questionIds_;
    // False when the role list itself is broken (count, duplicate or bad ids):
    // then per-role checks elsewhere (entries, weights, groups, next steps)
    // would only repeat that one problem many times, so they are skipped.
    bool rolesOk_ = true;
    int format_ = 2;  // the file's "format" (1 or 2); 2 when missing (already an error)
    // Choose factor id -> index of the role whose group lists it (-1 when that
    // group's role is unknown: already reported). Filled by choose().
    std::map<std::string, int> factorRole_;
    // False when /choose is missing or lacks a role's group: then an unknown
    // factor in the quiz is most likely that one problem again, not reported.
    bool chooseOk_ = true;

    void err(const std::string& p, std::string m) { r_.errors.push_back({p, std::move(m)}); }
    void warn(const std::string& p, std::string m) { r_.warnings.push_back({p, std::move(m)}); }

    // --- Structure ----------------------------------------------------------

    // Is `j` an object? Unknown members become warnings.
    bool object(const Json& j, const std::string& p, std::initializer_list<const char*> known) {
        if (!j.is_object()) {
            err(p, "expected an object, found " + typeName(j));
            return false;
        }
        for (auto it = j.begin(); it != j.end(); ++it) {
            bool isKnown = false;
            for (const char* k : known) isKnown = isKnown || it.key() == k;
            if (!isKnown) warn(child(p, it.key()), "unknown field " + inQuotes(it.key()) + " ignored");
        }
        return true;
    }

    bool array(const Json& j, const std::string& p) {
        if (j.is_array()) return true;
        err(p, "expected an array, found " + typeName(j));
        return false;
    }

    const Json* field(const Json& obj, const std::string& p, const char* key, bool required) {
        auto it = obj.find(key);
        if (it == obj.end()) {
            if (required) err(p, std::string("missing required field '") + key + "'");
            return nullptr;
        }
        return &*it;
    }

    // --- Strings ------------------------------------------------------------

    bool text(const Json& v, const std::string& p, Kind kind, std::string& out, bool allowEmpty = false) {
        if (!v.is_string()) {
            err(p, "expected a string, found " + typeName(v));
            return false;
        }
        const std::string& s = v.get_ref<const std::string&>();
        if (s.empty()) {
            if (allowEmpty) {
                out.clear();
                return true;
            }
            err(p, "must not be empty");
            return false;
        }
        if (s.find_first_not_of(" \t\n\r") == std::string::npos) {
            err(p, "must not be only whitespace");
            return false;
        }
        // Control characters: C0 (a newline only in long texts), DEL and C1.
        for (size_t i = 0; i < s.size(); ++i) {
            unsigned char b = static_cast<unsigned char>(s[i]);
            uint32_t cp = 0xFFFF;
            if (b < 0x20 || b == 0x7F) cp = b;
            else if (b == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xA0)
                cp = static_cast<unsigned char>(s[i + 1]);
            if (cp == 0xFFFF || (cp == '\n' && kind == Kind::Long)) continue;
            char buf[48];
            std::snprintf(buf, sizeof buf, "string contains control character U+%04X", static_cast<unsigned>(cp));
            err(p, buf);
            return false;
        }
        if (s.size() > limitOf(kind)) {
            if (kind == Kind::Color) {
                err(p, "expected a color like #RRGGBB, found " + inQuotes(s));
            } else {
                err(p, "string is " + std::to_string(s.size()) + " bytes, over the " + std::to_string(limitOf(kind)) +
                           "-byte limit");
            }
            return false;
        }
        switch (kind) {
            case Kind::Id:
                if (s[0] == '-' || !std::all_of(s.begin(), s.end(), isIdChar)) {
                    err(p, "invalid id " + inQuotes(s) + ": use a-z, 0-9 and '-', not starting with '-'");
                    return false;
                }
                break;
            case Kind::Color:
                if (s.size() != 7 || s[0] != '#' || !std::all_of(s.begin() + 1, s.end(), isHex)) {
                    err(p, "expected a color like #RRGGBB, found " + inQuotes(s));
                    return false;
                }
                break;
            case Kind::Url: {
                std::string lower = foldCase(s.substr(0, 8));
                size_t scheme = lower.rfind("http://", 0) == 0 ? 7 : lower.rfind("https://", 0) == 0 ? 8 : 0;
                if (!scheme) {
                    err(p, "URL must start with http:// or https://");
                    return false;
                }
                if (scheme >= s.size() || s[scheme] == '/' || s[scheme] == '?' || s[scheme] == '#') {
                    err(p, "URL has no host");
                    return false;
                }
                if (s.find(' ') != std::string::npos) {
                    err(p, "URL must not contain spaces");
                    return false;
                }
                break;
            }
            default: break;
        }
        out = s;
        return true;
    }

    // A string member. Missing + required = error; missing + optional = out untouched.
    bool text(const Json& obj, const std::string& p, const char* key, Kind kind, std::string& out,
              bool required = true, bool allowEmpty = false) {
        const Json* v = field(obj, p, key, required);
        return v && text(*v, child(p, key), kind, out, allowEmpty);
    }

    // An array of strings.
    void textList(const Json& obj, const std::string& p, const char* key, Kind kind, std::vector<std::string>& out,
                  bool required) {
        const Json* v = field(obj, p, key, required);
        std::string pl = child(p, key);
        if (!v || !array(*v, pl)) return;
        for (size_t i = 0; i < v->size(); ++i) {
            std::string s;
            if (text((*v)[i], child(pl, i), kind, s)) out.push_back(std::move(s));
        }
    }

    // --- Ids and references -------------------------------------------------

    // Reads obj.id and records it in `table`; a repeat is an error.
    bool id(const Json& obj, const std::string& p, IdTable& table, std::string& out) {
        if (!text(obj, p, "id", Kind::Id, out)) return false;
        auto [it, inserted] = table.emplace(out, p);
        if (!inserted) {
            err(child(p, "id"), "duplicate id '" + out + "' (first at " + it->second + ")");
            return false;
        }
        return true;
    }

    // Reads an id that must name something in `table`; `what` is "category", "FAQ"...
    bool ref(const Json& v, const std::string& p, const IdTable& table, const char* what, std::string& out) {
        if (!text(v, p, Kind::Id, out)) return false;
        if (table.count(out)) return true;
        err(p, std::string("unknown ") + what + " id '" + out + "'");
        return false;
    }

    bool ref(const Json& obj, const std::string& p, const char* key, const IdTable& table, const char* what,
             std::string& out) {
        const Json* v = field(obj, p, key, true);
        return v && ref(*v, child(p, key), table, what, out);
    }

    // A role id; unknown ones are only reported while the role list is sound.
    bool roleRef(const Json& v, const std::string& p, std::string& out) {
        if (!text(v, p, Kind::Id, out)) return false;
        if (roleIds_.count(out)) return true;
        if (rolesOk_) err(p, "unknown role id '" + out + "'");
        return false;
    }

    // Role index for a key of a role-keyed object, or -1 (reported when the roles are sound).
    int roleKey(const std::string& key, const std::string& p) {
        if (roleIds_.count(key)) return d_.roleIndex(key);
        if (rolesOk_) err(p, "unknown role id " + inQuotes(key));
        return -1;
    }

    // Every role must appear as a key of `obj`.
    void everyRole(const Json& obj, const std::string& p, const char* message) {
        if (!rolesOk_) return;
        for (const Role& role : d_.roles)
            if (obj.find(role.id) == obj.end()) err(p, message + ("'" + role.id + "'"));
    }

    // Optional "sources": ids from meta.sources.
    void sources(const Json& obj, const std::string& p, std::vector<std::string>& out) {
        const Json* v = field(obj, p, "sources", false);
        std::string ps = child(p, "sources");
        if (!v || !array(*v, ps)) return;
        for (size_t i = 0; i < v->size(); ++i) {
            std::string s;
            if (ref((*v)[i], child(ps, i), sourceIds_, "source", s)) out.push_back(std::move(s));
        }
    }

    // A list member that must be an array; returns it or nullptr.
    const Json* list(const Json& obj, const std::string& p, const char* key, bool required = true) {
        const Json* v = field(obj, p, key, required);
        return v && array(*v, child(p, key)) ? v : nullptr;
    }

    //-------------------------------------------------------------------------
    // [SECTION] Validator: meta, roles, categories, dimensions
    //-------------------------------------------------------------------------

    void meta(const Json& root) {
        const Json* m = field(root, "", "meta", true);
        const std::string p = "/meta";
        if (!m || !object(*m, p, {"id", "title", "version", "language", "description", "sources"})) return;
        Meta& meta = d_.meta;
        text(*m, p, "id", Kind::Id, meta.id);
        text(*m, p, "title", Kind::Label, meta.title);
        text(*m, p, "version", Kind::Label, meta.version);
        text(*m, p, "language", Kind::Label, meta.language);
        text(*m, p, "description", Kind::Long, meta.description, false);
        const Json* list = this->list(*m, p, "sources");
        if (!list) return;
        for (size_t i = 0; i < list->size(); ++i) {
            const Json& j = (*list)[i];
            std::string ps = child(p + "/sources", i);
            if (!object(j, ps, {"id", "title", "url"})) continue;
            Source s;
            id(j, ps, sourceIds_, s.id);
            text(j, ps, "title", Kind::Label, s.title);
            text(j, ps, "url", Kind::Url, s.url);
            meta.sources.push_back(std::move(s));
        }
    }

    void roles(const Json& root) {
        const Json* list = this->list(root, "", "roles");
        if (!list) {
            rolesOk_ = false;
            return;
        }
        for (size_t i = 0; i < list->size(); ++i) {
            const Json& j = (*list)[i];
            std::string p = child("/roles", i);
            if (!object(j, p, {"id", "name", "short", "summary", "definition", "color"})) {
                rolesOk_ = false;
                continue;
            }
            Role role;
            if (!id(j, p, roleIds_, role.id)) rolesOk_ = false;
            text(j, p, "name", Kind::Label, role.name);
            text(j, p, "short", Kind::Label, role.shortName, false);
            if (role.shortName.empty()) role.shortName = role.name;
            text(j, p, "summary", Kind::Summary, role.summary);
            text(j, p, "definition", Kind::Long, role.definition);
            std::string color;
            if (text(j, p, "color", Kind::Color, color))
                role.color = static_cast<uint32_t>(std::strtoul(color.c_str() + 1, nullptr, 16));
            d_.roles.push_back(std::move(role));
        }
        if (list->size() < 2 || list->size() > 4) {
            err("/roles", "must have 2 to 4 roles, found " + std::to_string(list->size()));
            rolesOk_ = false;
        }
    }

    void categories(const Json& root) {
        const Json* list = this->list(root, "", "categories");
        if (!list) return;
        if (list->empty()) err("/categories", "must have at least 1 category, found 0");
        for (size_t i = 0; i < list->size(); ++i) {
            const Json& j = (*list)[i];
            std::string p = child("/categories", i);
            if (!object(j, p, {"id", "title"})) continue;
            Category c;
            id(j, p, categoryIds_, c.id);
            text(j, p, "title", Kind::Label, c.title);
            d_.categories.push_back(std::move(c));
        }
    }

    void entry(const Json& j, const std::string& p, Entry& e) {
        if (!object(j, p, {"summary", "points", "sources"})) return;
        // "" = the source says nothing for this role here (the views show a dash).
        text(j, p, "summary", Kind::Summary, e.summary, true, /*allowEmpty=*/true);
        textList(j, p, "points", Kind::Point, e.points, false);
        sources(j, p, e.sources);
    }

    void dimensions(const Json& root) {
        const Json* list = this->list(root, "", "dimensions");
        if (!list) return;
        if (list->empty()) err("/dimensions", "must have at least 1 dimension, found 0");
        for (size_t i = 0; i < list->size(); ++i) {
            const Json& j = (*list)[i];
            std::string p = child("/dimensions", i);
            if (!object(j, p, {"id", "category", "title", "shared", "differs", "entries"})) continue;
            Dimension dim;
            id(j, p, dimensionIds_, dim.id);
            ref(j, p, "category", categoryIds_, "category", dim.category);
            text(j, p, "title", Kind::Label, dim.title);
            text(j, p, "shared", Kind::Long, dim.shared, false, /*allowEmpty=*/true);
            if (const Json* v = field(j, p, "differs", false)) {
                if (v->is_boolean()) dim.differs = v->get<bool>();
                else err(p + "/differs", "expected a boolean, found " + typeName(*v));
            }
            dim.entries.resize(d_.roles.size());
            const Json* entries = field(j, p, "entries", true);
            std::string pe = p + "/entries";
            if (entries && !entries->is_object()) {
                err(pe, "expected an object, found " + typeName(*entries));
            } else if (entries) {
                // Keys are role ids, not field names: no unknown-field warnings here.
                for (auto it = entries->begin(); it != entries->end(); ++it) {
                    int r = roleKey(it.key(), child(pe, it.key()));
                    if (r >= 0) entry(it.value(), child(pe, it.key()), dim.entries[r]);
                }
                everyRole(*entries, pe, "missing entry for role ");
            }
            d_.dimensions.push_back(std::move(dim));
        }
        // A category nobody uses is legal but almost always a typo elsewhere
        // (with no dimensions at all, that one error says enough).
        for (size_t c = 0; c < d_.categories.size() && !d_.dimensions.empty(); ++c) {
            bool used = false;
            for (const Dimension& dim : d_.dimensions) used = used || dim.category == d_.categories[c].id;
            if (!used) warn(child("/categories", c), "category '" + d_.categories[c].id + "' has no dimensions");
        }
    }

    //-------------------------------------------------------------------------
    // [SECTION] Validator: article sections (shared, basics, difficulty, choose, faq)
    //-------------------------------------------------------------------------

    void item(const Json& j, const std::string& p, std::vector<Item>& out) {
        if (!object(j, p, {"id", "title", "text", "sources"})) return;
        Item it;
        id(j, p, itemIds_, it.id);
        text(j, p, "title", Kind::Label, it.title);
        text(j, p, "text", Kind::Long, it.text);
        sources(j, p, it.sources);
        out.push_back(std::move(it));
    }

    void items(const Json& obj, const std::string& p, const char* key, std::vector<Item>& out) {
        const Json* v = list(obj, p, key);
        if (!v) return;
        for (size_t i = 0; i < v->size(); ++i) item((*v)[i], child(child(p, key), i), out);
    }

    void shared(const Json& root) { items(root, "", "shared", d_.shared); }

    void basics(const Json& root) {
        const Json* b = field(root, "", "basics", true);
        const std::string p = "/basics";
        if (!b || !object(*b, p, {"intro", "sources", "types", "applications"})) return;
        text(*b, p, "intro", Kind::Long, d_.basics.intro);
        sources(*b, p, d_.basics.sources);
        if (const Json* types = list(*b, p, "types")) {
            for (size_t i = 0; i < types->size(); ++i) {
                const Json& j = (*types)[i];
                std::string pt = child(p + "/types", i);
                if (!object(j, pt, {"id", "name", "description", "examples"})) continue;
                MlType t;
                id(j, pt, typeIds_, t.id);
                text(j, pt, "name", Kind::Label, t.name);
                text(j, pt, "description", Kind::Long, t.description);
                textList(j, pt, "examples", Kind::Point, t.examples, false);
                d_.basics.types.push_back(std::move(t));
            }
        }
        textList(*b, p, "applications", Kind::Point, d_.basics.applications, true);
    }

    void difficulty(const Json& root) {
        const Json* v = field(root, "", "difficulty", true);
        const std::string p = "/difficulty";
        if (!v || !object(*v, p, {"intro", "factors", "roleDifferences"})) return;
        text(*v, p, "intro", Kind::Long, d_.difficulty.intro);
        items(*v, p, "factors", d_.difficulty.factors);
        items(*v, p, "roleDifferences", d_.difficulty.roleDifferences);
    }

    void choose(const Json& root) {
        const Json* v = field(root, "", "choose", true);
        const std::string p = "/choose";
        chooseOk_ = false;  // until every role has its group
        if (!v || !object(*v, p, {"intro", "groups"})) return;
        text(*v, p, "intro", Kind::Long, d_.choose.intro);
        const Json* groups = list(*v, p, "groups");
        if (!groups) return;
        std::map<std::string, std::string> seen;  // role id -> first group pointer
        for (size_t i = 0; i < groups->size(); ++i) {
            const Json& j = (*groups)[i];
            std::string pg = child(p + "/groups", i);
            if (!object(j, pg, {"role", "factors"})) continue;
            ChooseGroup g;
            if (const Json* role = field(j, pg, "role", true); role && roleRef(*role, pg + "/role", g.role)) {
                auto [it, inserted] = seen.emplace(g.role, pg);
                if (!inserted) err(pg + "/role", "duplicate group for role '" + g.role + "' (first at " + it->second + ")");
            }
            items(j, pg, "factors", g.factors);
            const int r = roleIds_.count(g.role) ? d_.roleIndex(g.role) : -1;
            for (const Item& f : g.factors) factorRole_.emplace(f.id, r);
            d_.choose.groups.push_back(std::move(g));
        }
        chooseOk_ = true;
        if (rolesOk_)
            for (const Role& role : d_.roles)
                if (!seen.count(role.id)) {
                    err(p + "/groups", "no group for role '" + role.id + "'");
                    chooseOk_ = false;
                }
    }

    void faq(const Json& root) {
        const Json* list = this->list(root, "", "faq");
        if (!list) return;
        for (size_t i = 0; i < list->size(); ++i) {
            const Json& j = (*list)[i];
            std::string p = child("/faq", i);
            if (!object(j, p, {"id", "question", "answer", "tags", "sources"})) continue;
            FaqItem f;
            id(j, p, faqIds_, f.id);
            text(j, p, "question", Kind::Label, f.question);
            text(j, p, "answer", Kind::Long, f.answer);
            textList(j, p, "tags", Kind::Label, f.tags, false);
            sources(j, p, f.sources);
            d_.faq.push_back(std::move(f));
        }
    }

    //-------------------------------------------------------------------------
    // [SECTION] Validator: quiz
    //-------------------------------------------------------------------------

    // Format 2 scores answers by the article's choose factors: a scale
    // question names one factor (agreeing = agreeing with that factor of its
    // role's), a choice option points to a role (and may name one of its
    // factors). Format 1's per-option weights are gone: one clear error each.

    static constexpr const char* kScaleLabels[5] = {"Strongly disagree", "Disagree", "Neutral", "Agree",
                                                    "Strongly agree"};

    // An option's "weights" (format 1): an error saying what replaces them.
    void formatOneWeights(const Json& opt, const std::string& p, bool isChoice) {
        if (opt.find("weights") == opt.end()) return;
        err(p + "/weights", isChoice ? "option weights are format 1: point the option to a role with \"role\" "
                                       "(and, optionally, one of its factors with \"factor\")"
                                     : "option weights are format 1: a scale question is scored by its \"factor\" "
                                       "(an id from /choose)");
    }

    // A choose factor id for question `qid`; *role = the index of the role
    // whose group lists it. False when it is not one (reported) or its group's
    // role is unknown (already reported at the group).
    bool factorRef(const Json& v, const std::string& p, const std::string& qid, std::string& out, int* role) {
        if (!text(v, p, Kind::Id, out)) return false;
        auto it = factorRole_.find(out);
        if (it == factorRole_.end()) {
            if (chooseOk_) err(p, "question " + inQuotes(qid) + ": factor " + inQuotes(out) + " is not a factor of /choose");
            return false;
        }
        *role = it->second;
        return *role >= 0;
    }

    // A choice option: label, role, factor. False when a role or factor
    // reference is broken (then the every-role check would only repeat it).
    bool choiceOption(const Json& oj, const std::string& pi, const Question& q, bool isChoice, Option& o) {
        formatOneWeights(oj, pi, true);
        text(oj, pi, "label", Kind::Label, o.label, /*required=*/isChoice);
        bool ok = true;
        const Json* role = field(oj, pi, "role", false);
        if (role) {
            std::string id;
            if (roleRef(*role, pi + "/role", id)) o.role = d_.roleIndex(id);
            else ok = false;
        }
        const Json* factor = field(oj, pi, "factor", false);
        int factorRole = -1;
        if (!factor) return ok;
        if (!factorRef(*factor, pi + "/factor", q.id, o.factor, &factorRole)) return false;
        if (!role) {
            o.role = factorRole;  // the factor says which role the option points to
        } else if (o.role >= 0 && o.role != factorRole) {
            err(pi + "/factor", "question " + inQuotes(q.id) + ": factor " + inQuotes(o.factor) + " is a factor of role '" +
                                    d_.roles[factorRole].id + "', but the option points to role '" +
                                    d_.roles[o.role].id + "'");
            ok = false;
        }
        return ok;
    }

    // Returns false when the question's kind, factor, roles or options are
    // broken, so that the every-role check does not add follow-on errors.
    bool question(const Json& j, const std::string& p, Question& q) {
        if (!object(j, p, {"id", "kind", "prompt", "factor", "basis", "options"})) return false;
        id(j, p, questionIds_, q.id);
        std::string kind;
        bool kindOk = false;
        if (text(j, p, "kind", Kind::Label, kind)) {
            kindOk = kind == "scale" || kind == "choice";
            if (!kindOk) err(p + "/kind", "expected 'scale' or 'choice', found " + inQuotes(kind));
            q.kind = kind == "choice" ? QuestionKind::Choice : QuestionKind::Scale;
        }
        const bool isScale = kindOk && q.kind == QuestionKind::Scale;
        const bool isChoice = kindOk && q.kind == QuestionKind::Choice;
        bool ok = kindOk;
        text(j, p, "prompt", Kind::Label, q.prompt);

        // A scale question's factor is what its answer scores; a choice
        // question names factors per option instead.
        const Json* factor = field(j, p, "factor", false);
        if (isScale && !factor) {
            err(p, "scale question " + inQuotes(q.id) + " names no factor from /choose (field \"factor\")");
            ok = false;
        } else if (isScale) {
            ok = factorRef(*factor, p + "/factor", q.id, q.factor, &q.role) && ok;
        } else if (isChoice && factor) {
            err(p + "/factor", "choice question " + inQuotes(q.id) +
                                   ": name factors on its options (\"factor\" beside the option's \"role\")");
            ok = false;
        }
        // Basis: a choice question's explanation (required); a scale question's context.
        if (text(j, p, "basis", Kind::Id, q.basis, /*required=*/isChoice) && !itemIds_.count(q.basis) &&
            !dimensionIds_.count(q.basis) && !faqIds_.count(q.basis))
            err(p + "/basis", "basis '" + q.basis + "' is not an item, dimension or FAQ id");

        // Scale options are optional: without them, the standard 5 labels.
        const Json* opts = field(j, p, "options", /*required=*/isChoice);
        if (!opts) {
            if (isScale)
                for (const char* label : kScaleLabels) {
                    q.options.emplace_back();
                    q.options.back().label = label;
                }
            return ok;
        }
        std::string po = p + "/options";
        if (!array(*opts, po)) return false;
        const size_t n = opts->size();
        if (isScale && n != 5) err(po, "scale question must have exactly 5 options, found " + std::to_string(n));
        if (isChoice && (n < 2 || n > 4))
            err(po, "choice question must have 2 to 4 options, found " + std::to_string(n));
        for (size_t i = 0; i < n; ++i) {
            const Json& oj = (*opts)[i];
            std::string pi = child(po, i);
            Option o;
            if (isScale) {
                if (!object(oj, pi, {"label", "weights"})) continue;
                formatOneWeights(oj, pi, false);
                text(oj, pi, "label", Kind::Label, o.label, false);
                if (o.label.empty() && i < 5) o.label = kScaleLabels[i];
            } else {
                if (!object(oj, pi, {"label", "role", "factor", "weights"})) {
                    ok = false;
                    continue;
                }
                ok = choiceOption(oj, pi, q, isChoice, o) && ok;
            }
            q.options.push_back(std::move(o));
        }
        return ok;
    }

    // A number field of `j` in 0..max (percentage points), read into `out`;
    // a missing optional one keeps `out`'s default.
    void percentIn(const Json& j, const std::string& p, const char* name, bool required, double max, double& out) {
        const Json* v = field(j, p, name, required);
        if (!v) return;
        const std::string pv = p + "/" + name;
        if (!v->is_number()) {
            err(pv, "expected a number, found " + typeName(*v));
            return;
        }
        const double x = v->get<double>();
        if (!(x >= 0 && x <= max)) err(pv, "must be 0 to " + numberText(max) + ", found " + numberText(x));
        else out = x;
    }

    void quiz(const Json& j, const std::string& p) {
        if (!object(j, p, {"minAnswers", "closeCall", "fitAt", "questions", "nextSteps", "crossover"})) return;
        Quiz& quiz = d_.quiz;

        bool refsOk = true;
        std::map<std::string, size_t> questionIndex;
        if (const Json* qs = list(j, p, "questions")) {
            if (qs->empty()) err(p + "/questions", "must have at least 1 question, found 0");
            for (size_t i = 0; i < qs->size(); ++i) {
                Question q;
                refsOk = question((*qs)[i], child(p + "/questions", i), q) && refsOk;
                questionIndex.emplace(q.id, quiz.questions.size());
                quiz.questions.push_back(std::move(q));
            }
            if (refsOk && rolesOk_ && !quiz.questions.empty()) everyRoleAsked(p + "/questions");
        }

        if (const Json* v = field(j, p, "minAnswers", true)) {
            if (!v->is_number_integer()) {
                err(p + "/minAnswers", "expected an integer, found " + shortDump(*v));
            } else {
                int64_t n = v->get<int64_t>();
                int64_t max = static_cast<int64_t>(quiz.questions.size());
                if (max > 0 && (n < 1 || n > max))  // no questions: already reported
                    err(p + "/minAnswers", "must be 1 to " + std::to_string(max) + " (the number of questions), found " +
                                               std::to_string(n));
                else
                    quiz.minAnswers = static_cast<int>(n);
            }
        }
        percentIn(j, p, "closeCall", true, 50, quiz.closeCall);
        percentIn(j, p, "fitAt", false, 100, quiz.fitAt);

        quiz.nextSteps.resize(d_.roles.size());
        const Json* ns = field(j, p, "nextSteps", true);
        std::string pn = p + "/nextSteps";
        if (ns && !ns->is_object()) {
            err(pn, "expected an object, found " + typeName(*ns));
        } else if (ns) {
            for (auto it = ns->begin(); it != ns->end(); ++it) {
                std::string pr = child(pn, it.key());
                int r = roleKey(it.key(), pr);
                if (r < 0 || !array(it.value(), pr)) continue;
                for (size_t i = 0; i < it.value().size(); ++i) {
                    const Json& sj = it.value()[i];
                    std::string ps = child(pr, i);
                    if (!object(sj, ps, {"kind", "text", "sources"})) continue;
                    NextStep s;
                    text(sj, ps, "kind", Kind::Label, s.kind);
                    text(sj, ps, "text", Kind::Long, s.text);
                    sources(sj, ps, s.sources);
                    quiz.nextSteps[r].push_back(std::move(s));
                }
            }
            everyRole(*ns, pn, "no next steps for role ");
        }

        const Json* c = field(j, p, "crossover", false);
        std::string pc = p + "/crossover";
        if (!c || !object(*c, pc, {"role", "question", "options", "faq"})) return;
        if (const Json* v = field(*c, pc, "role", true)) roleRef(*v, pc + "/role", quiz.crossoverRole);
        bool questionOk = ref(*c, pc, "question", questionIds_, "question", quiz.crossoverQuestion);
        if (const Json* opts = list(*c, pc, "options")) {
            for (size_t i = 0; i < opts->size(); ++i) {
                const Json& v = (*opts)[i];
                std::string pi = child(pc + "/options", i);
                if (!v.is_number_integer()) {
                    err(pi, "expected an integer, found " + shortDump(v));
                    continue;
                }
                int64_t k = v.get<int64_t>();
                if (questionOk) {
                    const Question& q = quiz.questions[questionIndex[quiz.crossoverQuestion]];
                    int64_t count = static_cast<int64_t>(q.options.size());
                    if (k < 0 || k >= count) {
                        err(pi, "option index " + std::to_string(k) + " out of range (question '" + q.id + "' has " +
                                    std::to_string(count) + " options)");
                        continue;
                    }
                }
                quiz.crossoverOptions.push_back(static_cast<int>(k));
            }
        }
        ref(*c, pc, "faq", faqIds_, "FAQ", quiz.crossoverFaq);
    }

    // A role no question asks about gets no answer that counts for it, so the
    // quiz could never give it a fit, whatever the answers: the data is wrong.
    void everyRoleAsked(const std::string& p) {
        for (size_t r = 0; r < d_.roles.size(); ++r) {
            const int role = static_cast<int>(r);
            bool asked = false;
            for (const Question& q : d_.quiz.questions) {
                asked = asked || (q.kind == QuestionKind::Scale && q.role == role);
                for (const Option& o : q.options) asked = asked || (q.kind == QuestionKind::Choice && o.role == role);
            }
            if (!asked)
                err(p, "no question asks about role '" + d_.roles[r].id +
                           "': name one of its factors in a scale question, or point a choice option to it");
        }
    }

    //-------------------------------------------------------------------------
    // [SECTION] Validator: search aids
    //-------------------------------------------------------------------------

    // Optional search aids: synonym groups and one-way narrower terms of single
    // words (docs/data-format.md, "search").
    void search(const Json& root) {
        const Json* v = field(root, "", "search", false);
        const std::string p = "/search";
        if (!v || !object(*v, p, {"synonyms", "narrower"})) return;
        synonyms(*v, p);
        narrower(*v, p);
    }

    // One word as the search splits text: a phrase or "f1-score" could never
    // match, since the search matches word by word. `what` names it in the error.
    bool searchWord(const Json& j, const std::string& p, const char* what, std::string& out) {
        if (!text(j, p, Kind::Label, out)) return false;
        searchTokens_.clear();
        tokenize(out, searchTokens_);
        if (searchTokens_.size() == 1 && searchTokens_[0].begin == 0 && searchTokens_[0].end == out.size()) return true;
        err(p, std::string("a ") + what + " must be one word (no spaces or punctuation), found " + inQuotes(out));
        return false;
    }
    std::vector<Token> searchTokens_;

    void synonyms(const Json& v, const std::string& p) {
        const Json* groups = list(v, p, "synonyms", false);
        if (!groups) return;
        const std::string pl = p + "/synonyms";
        if (groups->size() > kMaxSynonymGroups) {
            err(pl, "at most " + std::to_string(kMaxSynonymGroups) + " synonym groups, found " +
                        std::to_string(groups->size()));
            return;
        }
        for (size_t i = 0; i < groups->size(); ++i) {
            const Json& g = (*groups)[i];
            const std::string pg = child(pl, i);
            if (!array(g, pg)) continue;
            if (g.size() < 2 || g.size() > kMaxSynonymWords) {
                err(pg, "a synonym group holds 2 to " + std::to_string(kMaxSynonymWords) + " words, found " +
                            std::to_string(g.size()));
                continue;
            }
            std::vector<std::string> words;
            for (size_t k = 0; k < g.size(); ++k) {
                std::string w;
                if (searchWord(g[k], child(pg, k), "synonym", w)) words.push_back(std::move(w));
            }
            if (words.size() == g.size()) d_.search.synonyms.push_back(std::move(words));
        }
    }

    // "narrower": {"math": ["calculus", ...]}: one-way broader terms. The
    // limits keep a query's word list small (parseQuery walks them per word).
    static constexpr size_t kMaxBroaderTerms = 100;
    static constexpr size_t kMaxNarrowerWords = 16;
    // "narrower": {"math": ["calculus", ...]}: one-way broader terms.
    void narrower(const Json& v, const std::string& p) {
        const Json* m = field(v, p, "narrower", false);
        const std::string pn = child(p, "narrower");
        if (!m) return;
        if (!m->is_object()) {
            err(pn, "expected an object, found " + typeName(*m));
            return;
        }
        if (m->size() > kMaxBroaderTerms) {
            err(pn, "at most " + std::to_string(kMaxBroaderTerms) + " broader terms, found " +
                        std::to_string(m->size()));
            return;
        }
        for (auto it = m->begin(); it != m->end(); ++it) {
            const std::string pk = child(pn, it.key());
            NarrowerTerms n;
            // The key is checked like a word; its errors point at its list.
            const bool keyOk = searchWord(Json(it.key()), pk, "broader term", n.broader);
            const Json& list = it.value();
            if (!array(list, pk)) continue;
            if (list.empty() || list.size() > kMaxNarrowerWords) {
                err(pk, "a broader term lists 1 to " + std::to_string(kMaxNarrowerWords) + " narrower words, found " +
                            std::to_string(list.size()));
                continue;
            }
            for (size_t k = 0; k < list.size(); ++k) {
                std::string w;
                if (searchWord(list[k], child(pk, k), "narrower term", w)) n.words.push_back(std::move(w));
            }
            if (keyOk && n.words.size() == list.size()) d_.search.narrower.push_back(std::move(n));
        }
    }

    //-------------------------------------------------------------------------
    // [SECTION] Validator: interface text overrides (ui)
    //-------------------------------------------------------------------------

    // Optional "ui": {"key": "text" | {"one": "...", "other": "..."}}. Here the
    // shape and the strings (as long texts); validateOverrides (catalogue.h)
    // then checks keys, forms, placeholders and the per-key length against
    // English, in the data's language.
    void ui(const Json& root) {
        const Json* v = field(root, "", "ui", false);
        const std::string p = "/ui";
        if (!v) return;
        if (!v->is_object()) {
            err(p, "expected an object, found " + typeName(*v));
            return;
        }
        MessageMap ui;
        for (auto it = v->begin(); it != v->end(); ++it) {
            const std::string pk = child(p, it.key());
            const Json& m = it.value();
            MessageForms forms;
            std::string s;
            if (m.is_string()) {
                if (!text(m, pk, Kind::Long, s)) continue;
                forms[Plural::Other] = std::move(s);
            } else if (m.is_object()) {
                bool ok = true;
                for (auto f = m.begin(); f != m.end(); ++f) {
                    Plural form;
                    if (!parsePluralName(f.key(), &form)) {
                        err(child(pk, f.key()),
                            "unknown plural form " + inQuotes(f.key()) + ": expected zero, one, two, few, many or other");
                        ok = false;
                    } else if (text(f.value(), child(pk, f.key()), Kind::Long, s)) {
                        forms[form] = std::move(s);
                    } else {
                        ok = false;
                    }
                }
                if (!ok) continue;
            } else {
                err(pk, "expected a string or an object of plural forms, found " + typeName(m));
                continue;
            }
            ui.emplace(it.key(), std::move(forms));
        }
        for (Diagnostic& d : validateOverrides(ui, d_.meta.language)) r_.errors.push_back(std::move(d));
        d_.ui = std::move(ui);
    }
};

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Public API
//-----------------------------------------------------------------------------

Diagnostic fileTooLarge(size_t bytes) {
    return {"", "file is " + std::to_string(bytes) + " bytes, over the 1 MiB limit"};
}

LoadResult loadDataset(std::string_view bytes) {
    LoadResult r;
    if (bytes.size() > kMaxDatasetBytes) {
        r.errors.push_back(fileTooLarge(bytes.size()));
        return r;
    }
    size_t bad = 0;
    if (!isValidUtf8(bytes, &bad)) {
        LineCol lc = lineColAt(bytes, bad);
        r.errors.push_back({"", "invalid UTF-8 at byte " + std::to_string(bad), lc.line, lc.column});
        return r;
    }
    if (size_t deep = findTooDeep(bytes); deep != std::string_view::npos) {
        LineCol lc = lineColAt(bytes, deep);
        r.errors.push_back({"", "nesting deeper than " + std::to_string(kMaxDepth) + " levels", lc.line, lc.column});
        return r;
    }
    Json root = Json::parse(bytes.begin(), bytes.end(), nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded()) {
        SyntaxCatcher catcher;
        catcher.size = bytes.size();
        Json::sax_parse(bytes.begin(), bytes.end(), &catcher);
        LineCol lc = lineColAt(bytes, catcher.offset);
        std::string message = catcher.failed ? catcher.message : "syntax error";
        // A web server's 404 or login page instead of the data: say so.
        size_t first = bytes.find_first_not_of(" \t\r\n");
        if (first != std::string_view::npos && bytes[first] == '<' && catcher.offset == first)
            message += " (this looks like an HTML page, not JSON)";
        r.errors.push_back({"", message, lc.line, lc.column});
        return r;
    }
    // nlohmann's lexer takes a raw NUL byte for the end of the input, so
    // "{...}\0anything" parses: refuse it (inside a string it is already an error).
    if (size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
        LineCol lc = lineColAt(bytes, nul);
        r.errors.push_back({"", "syntax error - unexpected NUL byte after the end of the document", lc.line, lc.column});
        return r;
    }

    PositionMap positions;
    std::vector<PositionMap::DuplicateKey> duplicates;
    positions.scan(bytes, duplicates);
    for (const auto& d : duplicates) r.errors.push_back({d.pointer, "duplicate key " + inQuotes(d.key)});

    Validator(r).run(root);
    if (r.errors.empty()) warnAuthoringNotes(r.data, r.warnings);  // authoring.h

    // Where each diagnostic is in the file, then sort both lists into file
    // order (stable: several problems at one place keep check order).
    // Duplicate keys (the first errors) point at the repeated key itself: the
    // pointer alone would find the first occurrence.
    LineIndex lines(bytes);
    for (auto* list : {&r.errors, &r.warnings}) {
        std::vector<std::pair<size_t, Diagnostic>> keyed;
        for (size_t i = 0; i < list->size(); ++i) {
            Diagnostic& d = (*list)[i];
            size_t at = list == &r.errors && i < duplicates.size() ? duplicates[i].offset : positions.offsetOf(d.pointer);
            LineCol lc = lines.at(at);
            d.line = lc.line;
            d.column = lc.column;
            keyed.emplace_back(at, std::move(d));
        }
        stableSort(keyed, [](const auto& a, const auto& b) { return a.first < b.first; });
        list->clear();
        for (auto& k : keyed) list->push_back(std::move(k.second));
    }
    r.ok = r.errors.empty();
    return r;
}

std::string pointerChild(std::string_view base, std::string_view key) {
    std::string out(base);
    out += '/';
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

// Cut so a 1000-byte bad value does not flood the output.
std::string inQuotes(std::string_view s) {
    const size_t kMax = 40;
    if (s.size() <= kMax) return "'" + std::string(s) + "'";
    size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    return "'" + std::string(s.substr(0, cut)) + "...'";
}

std::string formatDiagnostic(const std::string& file, const Diagnostic& d) {
    std::string s = file;
    if (d.line > 0) {
        s += ":" + std::to_string(d.line);
        if (d.column > 0) s += ":" + std::to_string(d.column);
    }
    s += ": ";
    if (!d.pointer.empty()) s += d.pointer + ": ";
    s += d.message;
    return s;
}

}  // namespace rc
