// rolecompare interface text: every string the UI draws (src/ui), the verdict
// (core/verdict) and the plain-HTML page (core/html) say comes from one
// catalogue, by key. Pure C++, no ImGui.
//
// A catalogue file is JSON (assets/ui/<lang>.json):
//   {"language": "de", "dir": "ltr",
//    "messages": {"nav.compare": "Vergleich",
//                 "quiz.progress": "Frage {n} von {total}",
//                 "compare.shown": {"one": "{n} Dimension", "other": "{n} Dimensionen"}}}
// - A message is a string, or an object of plural forms (CLDR cardinal
//   categories zero/one/two/few/many/other, "other" required); a plural
//   message picks its form by the argument named "n".
// - Placeholders are named, in braces: {n}, {total}, {role}. "{{" is a
//   literal "{". Every form of a key has the same placeholders as English.
// - English (assets/ui/en.json) is the reference: it has every key the code
//   uses. Another catalogue, or a dataset's "ui" section (overrides), may
//   only have keys English has; a key it lacks falls back to English.
//
// [SECTION] Languages and plural rules
// [SECTION] Catalogue
// [SECTION] Loading and validation
// [SECTION] Choosing the language
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "loader.h"  // Diagnostic

namespace rc {

//-----------------------------------------------------------------------------
// [SECTION] Languages and plural rules
//-----------------------------------------------------------------------------

// The languages with a built-in catalogue, English first.
inline constexpr std::string_view kUiLanguages[] = {"en", "de", "fr", "es", "pt", "ja", "ar"};

enum class Plural { Zero, One, Two, Few, Many, Other };
std::string_view pluralName(Plural p);  // "zero" ... "other"

// CLDR cardinal category of an integer for a language ("de", "pt-BR", "ar");
// a language without its own rule gets English's (one / other).
Plural pluralCategory(std::string_view language, long n);
// The categories a language uses, e.g. en {One, Other}, ja {Other}, ar all six.
std::vector<Plural> pluralCategories(std::string_view language);

// Right-to-left languages (ar, he, fa, ur, ...), by primary subtag.
bool isRtlLanguage(std::string_view language);

// Numbers for the language: "1,234" (en), "1.234" (de), "1 234" (fr, with
// U+202F), "67%" (en), "67 %" (de, fr, with U+00A0)...
std::string formatInteger(std::string_view language, long n);
std::string formatPercent(std::string_view language, int percent);

//-----------------------------------------------------------------------------
// [SECTION] Catalogue
//-----------------------------------------------------------------------------

// One argument of a message: a name and its value (numbers are formatted for
// the catalogue's language; "n" also picks the plural form).
struct MsgArg {
    MsgArg(std::string_view name, std::string_view text) : name(name), text(text) {}
    MsgArg(std::string_view name, const char* text) : name(name), text(text) {}
    MsgArg(std::string_view name, const std::string& text) : name(name), text(text) {}
    MsgArg(std::string_view name, long n) : name(name), number(n), isNumber(true) {}
    MsgArg(std::string_view name, int n) : MsgArg(name, static_cast<long>(n)) {}
    MsgArg(std::string_view name, size_t n) : MsgArg(name, static_cast<long>(n)) {}
    std::string_view name;
    std::string text;
    long number = 0;
    bool isNumber = false;
};

class Catalogue {
public:
    // English, built in (assets/ui/en.json, embedded). Never fails in a
    // working build (a unit test loads it).
    static const Catalogue& english();

    const std::string& language() const { return language_; }
    bool rtl() const { return rtl_; }

    // The text of a key with its placeholders filled. A key this catalogue
    // lacks comes from English; a key English lacks is a bug: the key itself
    // is returned (and a unit test scans the sources for unknown keys).
    std::string text(std::string_view key, std::initializer_list<MsgArg> args = {}) const;

    // This catalogue with a dataset's "ui" overrides on top (already
    // validated by validateOverrides).
    Catalogue withOverrides(const std::map<std::string, std::map<Plural, std::string>, std::less<>>& ui) const;

    // Every key, in file order (English: the reference list).
    std::vector<std::string> keys() const;
    // The forms of a key, or nullptr.
    const std::map<Plural, std::string>* forms(std::string_view key) const;

private:
    friend struct CatalogueLoad;
    std::string language_ = "en";
    bool rtl_ = false;
    std::vector<std::string> order_;
    std::map<std::string, std::map<Plural, std::string>, std::less<>> messages_;
};

//-----------------------------------------------------------------------------
// [SECTION] Loading and validation
//-----------------------------------------------------------------------------

struct CatalogueLoad {
    bool ok = false;
    Catalogue catalogue;
    std::vector<Diagnostic> errors;  // with JSON pointers: "/messages/quiz.progress"
};

// Parses and checks a catalogue file against English (unknown key, missing or
// unknown placeholder, plural form the language does not use, missing "other").
CatalogueLoad loadCatalogue(std::string_view bytes);

// The catalogue of a built-in language (kUiLanguages), or nullptr when its
// file is not in this build (the web build embeds only English; the page
// fetches the others and calls loadCatalogue).
const Catalogue* builtInCatalogue(std::string_view language);

// The same checks for a dataset's "ui" section (the loader calls this;
// pointers are "/ui/<key>" and "/ui/<key>/<form>").
std::vector<Diagnostic> validateOverrides(const std::map<std::string, std::map<Plural, std::string>, std::less<>>& ui,
                                          std::string_view language);

//-----------------------------------------------------------------------------
// [SECTION] Choosing the language
//-----------------------------------------------------------------------------

// The catalogue's language: ?lang= (when built in), else the data's
// meta.language, else the first of the browser's languages that is built in,
// else English. Each is matched by its primary subtag ("pt-BR" -> "pt").
std::string chooseUiLanguage(std::string_view langParam, std::string_view dataLanguage,
                             const std::vector<std::string>& browserLanguages);

}  // namespace rc
