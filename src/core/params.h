// rolecompare URL parameters: the embed contract's query string and fragment.
//   ?theme=light|dark|auto  &accent=RRGGBB  &view=overview|compare|choose|quiz|faq|basics|sources
//   &compact=1  &parentOrigin=ORIGIN  &data=URL  &history=1|0  &lang=xx   #quiz=TOKEN
// Pure C++ (fuzzed): any input gives a Params; invalid values are dropped
// with a warning that names the parameter and says why.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rc {

struct Params {
    enum class Theme { Auto, Light, Dark };
    Theme theme = Theme::Auto;
    bool hasAccent = false;
    uint32_t accent = 0;        // 0xRRGGBB
    std::string view;           // a known view id, or empty
    bool compact = false;
    std::string parentOrigin;   // "https://host[:port]" (scheme://host[:port], no path), or empty
    std::string dataUrl;        // absolute http(s) URL, or a same-origin relative path; empty = default data
    // Each view a history entry (Back and Forward move between views):
    // Auto = only on the widget's own page, never inside an iframe, whose
    // entries would take over the host page's Back; On = in an iframe too
    // (the host opts in); Off = nowhere.
    enum class History { Auto, On, Off };
    History history = History::Auto;
    std::string quizToken;      // from #quiz=; base64url characters only, or empty
    // The interface language asked for (?lang=), a tag normalised as
    // normalizeLanguageTag gives it ("pt-BR"), or empty. Any well-formed tag
    // is kept: chooseUiLanguage (catalogue.h) skips one without a catalogue.
    std::string lang;
    std::vector<std::string> warnings;  // one per ignored value: "ignored theme='blue': expected light, dark or auto"
};

// The view ids ?view= accepts (the Result view is reached with #quiz=).
bool isKnownViewId(std::string_view id);

// query: the part after '?' (without it), fragment: after '#' (without it).
// Either may be empty. Percent-decoding and '+' as space apply to both.
Params parseParams(std::string_view query, std::string_view fragment);

// Percent-decodes (and '+' -> ' '); false if a '%' escape is malformed.
bool percentDecode(std::string_view in, std::string* out);

// A language tag as ?lang= takes it: a primary subtag of 2 or 3 letters,
// then optionally a script (4 letters) and a region (2 letters or 3 digits),
// joined by '-' or '_'. Normalised: "pt-BR", "zh-Hant-TW", "ar"; "" if the
// text is not one.
std::string normalizeLanguageTag(std::string_view s);

// "https://example.com:8443" from an origin-like string, or "" if it is not
// one (scheme http/https, a host, an optional port, nothing else).
std::string normalizeOrigin(std::string_view s);

}  // namespace rc
