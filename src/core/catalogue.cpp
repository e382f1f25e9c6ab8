// Interface text catalogues: see catalogue.h and docs/data-format.md ("ui").
//
// Never throws (the web build compiles the core with -fno-exceptions): JSON is
// parsed with allow_exceptions=false and every value's type is checked first.
//
// [SECTION] Languages and plural rules
// [SECTION] Numbers
// [SECTION] Placeholders
// [SECTION] Catalogue
// [SECTION] Message checks (shared by catalogue files and "ui" overrides)
// [SECTION] Loading
// [SECTION] Choosing the language
#include "catalogue.h"
#include "catalogue_table.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <nlohmann/json.hpp>

#include "embedded.h"
#include "json_util.h"
#include "text.h"

namespace rc {

namespace {

constexpr size_t kMaxCatalogueBytes = 256 * 1024;  // a catalogue file; English is a few KiB

// |n| without overflow at LONG_MIN: CLDR's operand n is the absolute value.
unsigned long long magnitude(long n) {
    return n < 0 ? 0ULL - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
}

bool isAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
char asciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The subtags of a tag, split at '-' or '_'.
std::vector<std::string_view> subtags(std::string_view tag) {
    std::vector<std::string_view> out;
    while (!tag.empty()) {
        size_t cut = tag.find_first_of("-_");
        out.push_back(tag.substr(0, cut));
        tag = cut == std::string_view::npos ? std::string_view() : tag.substr(cut + 1);
    }
    return out;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (asciiLower(a[i]) != asciiLower(b[i])) return false;
    return true;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Languages and plural rules
//-----------------------------------------------------------------------------

std::string_view pluralName(Plural p) {
    switch (p) {
        case Plural::Zero: return "zero";
        case Plural::One: return "one";
        case Plural::Two: return "two";
        case Plural::Few: return "few";
        case Plural::Many: return "many";
        case Plural::Other: return "other";
    }
    return "other";
}

bool parsePluralName(std::string_view name, Plural* out) {
    for (Plural p : {Plural::Zero, Plural::One, Plural::Two, Plural::Few, Plural::Many, Plural::Other}) {
        if (name == pluralName(p)) {
            *out = p;
            return true;
        }
    }
    return false;
}

std::string primaryLanguage(std::string_view tag) {
    std::string out;
    for (char c : tag.substr(0, tag.find_first_of("-_"))) out += asciiLower(c);
    return out;
}

Plural pluralCategory(std::string_view language, long n) {
    const std::string lang = primaryLanguage(language);
    const unsigned long long a = magnitude(n);
    const bool millions = a != 0 && a % 1000000 == 0;  // CLDR's "many" of fr, es, pt (integers)
    if (lang == "ja") return Plural::Other;
    if (lang == "ar") {
        if (a == 0) return Plural::Zero;
        if (a == 1) return Plural::One;
        if (a == 2) return Plural::Two;
        const unsigned long long m = a % 100;
        if (m >= 3 && m <= 10) return Plural::Few;
        if (m >= 11 && m <= 99) return Plural::Many;
        return Plural::Other;
    }
    if (lang == "fr" || lang == "pt") return a <= 1 ? Plural::One : millions ? Plural::Many : Plural::Other;
    if (lang == "es") return a == 1 ? Plural::One : millions ? Plural::Many : Plural::Other;
    return a == 1 ? Plural::One : Plural::Other;  // en, de, and any language without its own rule
}

std::vector<Plural> pluralCategories(std::string_view language) {
    const std::string lang = primaryLanguage(language);
    if (lang == "ja") return {Plural::Other};
    if (lang == "ar") return {Plural::Zero, Plural::One, Plural::Two, Plural::Few, Plural::Many, Plural::Other};
    if (lang == "fr" || lang == "pt" || lang == "es") return {Plural::One, Plural::Many, Plural::Other};
    return {Plural::One, Plural::Other};
}

bool pluralFormIsOneNumber(std::string_view language, Plural p) {
    // Probed rather than listed, so it cannot disagree with pluralCategory:
    // each rule above either repeats within 0..199 or is one number there,
    // and "many" of millions shows twice in the two large probes.
    int hits = 0;
    for (long n = 0; n < 200; ++n) hits += pluralCategory(language, n) == p;
    hits += pluralCategory(language, 1000000) == p;
    hits += pluralCategory(language, 2000000) == p;
    return hits == 1;
}

bool isRtlLanguage(std::string_view language) {
    std::vector<std::string_view> tags = subtags(language);
    if (tags.empty()) return false;
    // A script subtag decides ("az-Arab" is RTL, "ar-Latn" is not).
    for (size_t i = 1; i < tags.size(); ++i) {
        if (tags[i].size() != 4 || !std::all_of(tags[i].begin(), tags[i].end(), isAsciiAlpha)) continue;
        for (std::string_view rtl : {"arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg", "mand", "samr"})
            if (equalsIgnoringCase(tags[i], rtl)) return true;
        return false;
    }
    const std::string lang = primaryLanguage(language);
    for (std::string_view rtl : {"ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "ji", "dv", "ckb", "syr"})
        if (lang == rtl) return true;
    return false;
}

//-----------------------------------------------------------------------------
// [SECTION] Numbers
//-----------------------------------------------------------------------------

namespace {

struct NumberStyle {
    const char* group;          // grouping separator (UTF-8)
    int minGroupingDigits;      // CLDR minimumGroupingDigits: 2 = "1234" but "12.345"
    const char* beforePercent;  // between the number and '%'
    char decimal;               // the decimal separator
};

NumberStyle numberStyle(std::string_view language) {
    const std::string lang = primaryLanguage(language);
    if (lang == "de") return {".", 1, "\u00A0", ','};
    if (lang == "fr") return {"\u202F", 1, "\u202F", ','};
    if (lang == "es") return {".", 2, "\u00A0", ','};
    if (lang == "pt") return {".", 1, "", ','};
    return {",", 1, "", '.'};  // en, ja, ar (Western digits, see catalogue.h), others
}

}  // namespace

std::string formatInteger(std::string_view language, long n) {
    const NumberStyle style = numberStyle(language);
    const std::string digits = std::to_string(magnitude(n));
    const bool grouped = digits.size() >= static_cast<size_t>(3 + style.minGroupingDigits);
    std::string out = n < 0 ? "-" : "";
    for (size_t i = 0; i < digits.size(); ++i) {
        if (grouped && i > 0 && (digits.size() - i) % 3 == 0) out += style.group;
        out += digits[i];
    }
    return out;
}

std::string formatDecimal(std::string_view language, double value, int digits) {
    // printf's rounding (the English text is what "%.1f" gave), then the
    // language's separators on its integer and fraction parts.
    digits = std::clamp(digits, 0, 6);
    char buf[64];
    const int len = std::snprintf(buf, sizeof buf, "%.*f", digits, std::fabs(value));
    if (len <= 0 || len >= static_cast<int>(sizeof buf)) return {};  // not a finite number we show
    const std::string_view text(buf, static_cast<size_t>(len));
    const size_t dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    bool zero = true;
    for (char c : text) zero = zero && (c == '0' || c == '.');
    long n = 0;
    for (char c : whole) n = n * 10 + (c - '0');
    std::string out = (value < 0 && !zero) ? "-" : "";
    out += formatInteger(language, n);
    if (dot != std::string_view::npos) {
        out += numberStyle(language).decimal;
        out += text.substr(dot + 1);
    }
    return out;
}

std::string formatPercent(std::string_view language, int percent) {
    return formatInteger(language, percent) + numberStyle(language).beforePercent + "%";
}

//-----------------------------------------------------------------------------
// [SECTION] Placeholders
//-----------------------------------------------------------------------------

namespace {

bool isNameChar(char c) { return isAsciiAlpha(c) || isAsciiDigit(c) || c == '_'; }

// Walks a message: literal text to `text`, each {name} to `slot`. "{{" is a
// literal '{'; a '{' that does not start a well-formed {name} is literal too.
template <class Text, class Slot>
void scanMessage(std::string_view m, Text&& text, Slot&& slot) {
    size_t i = 0;
    while (i < m.size()) {
        const size_t brace = m.find('{', i);
        if (brace == std::string_view::npos) {
            text(m.substr(i));
            return;
        }
        text(m.substr(i, brace - i));
        if (brace + 1 < m.size() && m[brace + 1] == '{') {
            text("{");
            i = brace + 2;
            continue;
        }
        size_t end = brace + 1;
        while (end < m.size() && isNameChar(m[end])) ++end;
        if (end > brace + 1 && end < m.size() && m[end] == '}') {
            slot(m.substr(brace + 1, end - brace - 1));
            i = end + 1;
        } else {
            text("{");
            i = brace + 1;
        }
    }
}

}  // namespace

std::vector<std::string> placeholderNames(std::string_view message) {
    std::vector<std::string> names;
    scanMessage(message, [](std::string_view) {}, [&](std::string_view name) { names.emplace_back(name); });
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

//-----------------------------------------------------------------------------
// [SECTION] Catalogue
//-----------------------------------------------------------------------------

namespace {

// The form for the arguments (by "n" and the rules of `pluralLanguage`, the
// language the forms are written in), placeholders filled, numbers formatted
// for `numberLanguage` (the catalogue's).
std::string render(const Message& m, std::string_view pluralLanguage, std::string_view numberLanguage,
                   std::initializer_list<MsgArg> args) {
    Plural category = Plural::Other;
    for (const MsgArg& a : args)
        if (a.name == "n" && a.isNumber) category = pluralCategory(pluralLanguage, a.number);
    std::string_view form = m.forms[static_cast<int>(category)];
    if (form.empty()) form = m.forms[static_cast<int>(Plural::Other)];
    std::string out;
    scanMessage(
        form, [&](std::string_view t) { out += t; },
        [&](std::string_view name) {
            for (const MsgArg& a : args) {
                if (a.name != name) continue;
                out += a.isNumber ? formatInteger(numberLanguage, a.number) : a.text;
                return;
            }
            // No such argument: a bug in the caller; shown as written so it is seen.
            out += '{';
            out += name;
            out += '}';
        });
    return out;
}

bool keyBefore(const Message& m, std::string_view key) { return m.key < key; }

}  // namespace

const Catalogue& Catalogue::english() {
    // The generated table (cmake/catalogue.cmake), not JSON: the web's first
    // frame has no JSON library. A unit test checks that it equals
    // assets/ui/en.json loaded with every check.
    static const Catalogue en = [] {
        Catalogue c;
        c.table_ = gen::kEnglishMessages;
        c.tableSize_ = gen::kEnglishCount;
        return c;
    }();
    return en;
}

const Message* Catalogue::find(std::string_view key) const {
    const Message* it = std::lower_bound(begin(), end(), key, keyBefore);
    return it != end() && it->key == key ? it : nullptr;
}

std::string Catalogue::text(std::string_view key, std::initializer_list<MsgArg> args) const {
    if (const Message* m = find(key)) return render(*m, language_, language_, args);
    const Catalogue& en = english();
    if (this != &en)
        if (const Message* m = en.find(key)) return render(*m, "en", language_, args);
    return std::string(key);
}

void Catalogue::merge(const MessageMap& messages) {
    auto store = std::make_shared<std::deque<std::string>>();
    std::vector<Message> merged;
    merged.reserve((end() - begin()) + messages.size());
    const Message* old = begin();
    auto add = [&](const std::string& key, const MessageForms& forms) {
        Message m;
        m.key = store->emplace_back(key);
        for (const auto& [p, text] : forms) m.forms[static_cast<int>(p)] = store->emplace_back(text);
        merged.push_back(m);
    };
    // Both are sorted by key: one pass, the new message replacing the old.
    for (const auto& [key, forms] : messages) {
        for (; old != end() && old->key < key; ++old) merged.push_back(*old);
        if (old != end() && old->key == key) ++old;
        add(key, forms);
    }
    for (; old != end(); ++old) merged.push_back(*old);
    own_ = std::move(merged);
    table_ = nullptr;  // after the copy above: English's views stay valid (static)
    tableSize_ = 0;
    stores_.push_back(std::move(store));
}

Catalogue Catalogue::withOverrides(const MessageMap& ui) const {
    Catalogue c = *this;
    c.merge(ui);
    return c;
}

std::vector<std::string> Catalogue::keys() const {
    std::vector<std::string> out;
    for (const Message& m : *this) out.emplace_back(m.key);
    return out;
}

MessageForms Catalogue::forms(std::string_view key) const {
    MessageForms out;
    if (const Message* m = find(key))
        for (int p = 0; p < 6; ++p)
            if (!m->forms[p].empty()) out[static_cast<Plural>(p)] = std::string(m->forms[p]);
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Message checks (shared by catalogue files and "ui" overrides)
//-----------------------------------------------------------------------------

namespace {

std::string joinForms(const std::vector<Plural>& list) {
    std::string s;
    for (size_t i = 0; i < list.size(); ++i) {
        if (i > 0) s += i + 1 == list.size() ? " and " : ", ";
        s += pluralName(list[i]);
    }
    return s;
}

std::string joinNames(const std::vector<std::string>& names) {
    if (names.empty()) return "none";
    std::string s;
    for (size_t i = 0; i < names.size(); ++i) s += (i ? ", {" : "{") + names[i] + "}";
    return s;
}

// Checks one message's forms against the reference's message of the same key
// (nullptr: the message is its own reference). `base` is the message's
// pointer; a plain string is {Other} and its problems point at `base` itself.
// Returns false when it reported something.
bool checkMessage(std::string_view key, const MessageForms& forms, bool plain, const MessageForms* reference,
                  std::string_view language, const std::string& base, std::vector<Diagnostic>& errors) {
    const size_t before = errors.size();
    auto formPointer = [&](Plural p) { return plain ? base : pointerChild(base, pluralName(p)); };

    if (!forms.count(Plural::Other)) errors.push_back({base, "missing plural form 'other'"});

    // Forms the language uses; plural forms only where English has them or has {n}.
    const MessageForms& ref = reference ? *reference : forms;
    const auto refOther = ref.find(Plural::Other);
    const std::vector<std::string> want =
        refOther != ref.end() ? placeholderNames(refOther->second) : std::vector<std::string>{};
    const bool refPlural = ref.size() > 1 || std::count(want.begin(), want.end(), "n") > 0;
    const std::vector<Plural> used = pluralCategories(language);
    for (const auto& [p, text] : forms) {
        if (p == Plural::Other) continue;
        if (!refPlural) {
            errors.push_back({formPointer(p), "key " + inQuotes(key) +
                                                   " has one English text and no {n}: give one string, not plural forms"});
        } else if (std::find(used.begin(), used.end(), p) == used.end()) {
            errors.push_back({formPointer(p), "plural form '" + std::string(pluralName(p)) + "' is not used in " +
                                                   inQuotes(primaryLanguage(language)) + " (it uses " +
                                                   joinForms(used) + ")"});
        }
    }

    // Text: not empty; short where English is a short label.
    size_t longest = 0;
    for (const auto& f : ref) longest = std::max(longest, f.second.size());
    const size_t limit = longest <= kMaxLabelBytes / 3 ? kMaxLabelBytes : kMaxLongBytes;
    for (const auto& [p, text] : forms) {
        if (text.find_first_not_of(" \t\n\r") == std::string::npos) {
            errors.push_back({formPointer(p), text.empty() ? "must not be empty" : "must not be only whitespace"});
        } else if (text.size() > limit) {
            errors.push_back({formPointer(p), "string is " + std::to_string(text.size()) + " bytes, over the " +
                                                  std::to_string(limit) + "-byte limit"});
        }
    }

    // Placeholders: English's "other" form's, in every form.
    if (refOther != ref.end()) {
        for (const auto& [p, text] : forms) {
            const std::vector<std::string> have = placeholderNames(text);
            for (const std::string& name : have)
                if (!std::binary_search(want.begin(), want.end(), name))
                    errors.push_back({formPointer(p), "unknown placeholder {" + name + "} (English has " +
                                                          joinNames(want) + ")"});
            for (const std::string& name : want) {
                if (std::binary_search(have.begin(), have.end(), name)) continue;
                if (name == "n" && p != Plural::Other && pluralFormIsOneNumber(language, p)) continue;
                errors.push_back({formPointer(p), "missing placeholder {" + name + "}"});
            }
        }
    }
    return errors.size() == before;
}

// One message of a catalogue file: a string or an object of plural forms.
bool readMessage(const Json& v, const std::string& p, MessageForms& out, bool& plain,
                 std::vector<Diagnostic>& errors) {
    out.clear();
    plain = v.is_string();
    if (plain) {
        out[Plural::Other] = v.get<std::string>();
        return true;
    }
    if (!v.is_object()) {
        errors.push_back({p, std::string("expected a string or an object of plural forms, found ") + v.type_name()});
        return false;
    }
    bool ok = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
        Plural form;
        const std::string pf = pointerChild(p, it.key());
        if (!parsePluralName(it.key(), &form)) {
            errors.push_back({pf, "unknown plural form " + inQuotes(it.key()) +
                                      ": expected zero, one, two, few, many or other"});
            ok = false;
        } else if (!it.value().is_string()) {
            errors.push_back({pf, std::string("expected a string, found ") + it.value().type_name()});
            ok = false;
        } else {
            out[form] = it.value().get<std::string>();
        }
    }
    return ok;
}

}  // namespace

std::vector<Diagnostic> validateOverrides(const MessageMap& ui, std::string_view language, const Catalogue& reference) {
    std::vector<Diagnostic> errors;
    for (const auto& [key, forms] : ui) {
        const std::string p = pointerChild("/ui", key);
        const MessageForms ref = reference.forms(key);
        if (ref.empty()) {
            errors.push_back({p, "unknown key " + inQuotes(key) + " (not in the English catalogue)"});
            continue;
        }
        const bool plain = forms.size() == 1 && forms.count(Plural::Other);
        checkMessage(key, forms, plain, &ref, language, p, errors);
    }
    return errors;
}

std::vector<Diagnostic> validateOverrides(const MessageMap& ui, std::string_view language) {
    return validateOverrides(ui, language, Catalogue::english());
}

//-----------------------------------------------------------------------------
// [SECTION] Loading
//-----------------------------------------------------------------------------

CatalogueLoad loadCatalogue(std::string_view bytes, const Catalogue* reference) {
    CatalogueLoad r;
    auto err = [&](std::string p, std::string m) { r.errors.push_back({std::move(p), std::move(m)}); };
    if (bytes.size() > kMaxCatalogueBytes) {
        err("", "file is " + std::to_string(bytes.size()) + " bytes, over the " +
                    std::to_string(kMaxCatalogueBytes / 1024) + " KiB limit");
        return r;
    }
    size_t bad = 0;
    if (!isValidUtf8(bytes, &bad)) {
        err("", "invalid UTF-8 at byte " + std::to_string(bad));
        return r;
    }
    const Json root = Json::parse(bytes.begin(), bytes.end(), nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded()) {
        err("", bytes.empty() ? "empty file" : "not valid JSON");
        return r;
    }
    if (!root.is_object()) {
        err("", std::string("expected an object, found ") + root.type_name());
        return r;
    }
    Catalogue& c = r.catalogue;

    auto lang = root.find("language");
    if (lang == root.end() || !lang->is_string() || lang->get<std::string>().empty()) {
        err("/language", lang == root.end() ? "missing required field 'language'" : "expected a language tag like \"de\"");
    } else {
        c.language_ = lang->get<std::string>();
    }
    c.rtl_ = isRtlLanguage(c.language_);
    if (auto dir = root.find("dir"); dir != root.end()) {
        const std::string want = c.rtl_ ? "rtl" : "ltr";
        if (!dir->is_string() || (*dir != "ltr" && *dir != "rtl"))
            err("/dir", "expected \"ltr\" or \"rtl\"");
        else if (*dir != want)
            err("/dir", inQuotes(c.language_) + " is written " + (c.rtl_ ? "right to left" : "left to right") +
                            ": expected \"" + want + "\"");
    }

    auto messages = root.find("messages");
    if (messages == root.end() || !messages->is_object()) {
        err("/messages", messages == root.end() ? "missing required field 'messages'"
                                                : std::string("expected an object, found ") + messages->type_name());
        r.ok = false;
        return r;
    }
    MessageMap sound;
    for (auto it = messages->begin(); it != messages->end(); ++it) {
        const std::string& key = it.key();
        const std::string p = pointerChild("/messages", key);
        MessageForms ref;
        if (reference) {
            ref = reference->forms(key);
            if (ref.empty()) {
                err(p, "unknown key " + inQuotes(key) + " (not in the English catalogue)");
                continue;
            }
        }
        MessageForms forms;
        bool plain = false;
        if (!readMessage(it.value(), p, forms, plain, r.errors)) continue;
        if (!checkMessage(key, forms, plain, reference ? &ref : nullptr, c.language_, p, r.errors)) continue;
        sound[key] = std::move(forms);
    }
    c.merge(sound);
    r.ok = r.errors.empty();
    return r;
}

CatalogueLoad loadCatalogue(std::string_view bytes) { return loadCatalogue(bytes, &Catalogue::english()); }

const Catalogue* builtInCatalogue(std::string_view language) {
    const std::string lang = primaryLanguage(language);
    if (lang == "en") return &Catalogue::english();
    if (std::find(std::begin(kUiLanguages), std::end(kUiLanguages), lang) == std::end(kUiLanguages)) return nullptr;
    // Loaded at first use, kept for the program's life (a handful of KiB each).
    static std::map<std::string, std::unique_ptr<Catalogue>, std::less<>> loaded;
    if (auto it = loaded.find(lang); it != loaded.end()) return it->second.get();
    // Not embedded (the web build has English only): nullptr, looked up
    // again next time (one scan of a short table).
    const std::string_view bytes = findEmbedded(catalogues::files(), "ui/" + lang + ".json");
    if (bytes.empty()) return nullptr;
    // A built-in file with errors still gives its sound messages (a unit test
    // keeps them free of errors).
    auto c = std::make_unique<Catalogue>(loadCatalogue(bytes).catalogue);
    const Catalogue* out = c.get();
    loaded.emplace(lang, std::move(c));
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Choosing the language
//-----------------------------------------------------------------------------

std::string chooseUiLanguage(std::string_view langParam, std::string_view dataLanguage,
                             const std::vector<std::string>& browserLanguages) {
    auto builtIn = [](std::string_view tag) {
        const std::string lang = primaryLanguage(tag);
        const bool known = std::find(std::begin(kUiLanguages), std::end(kUiLanguages), lang) != std::end(kUiLanguages);
        return known ? lang : std::string();
    };
    if (std::string l = builtIn(langParam); !l.empty()) return l;
    if (std::string l = builtIn(dataLanguage); !l.empty()) return l;
    for (const std::string& b : browserLanguages)
        if (std::string l = builtIn(b); !l.empty()) return l;
    return "en";
}

}  // namespace rc
