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
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "catalogue_table.h"  // Message
#include "loader.h"           // Diagnostic
#include "plural.h"           // Plural, MessageForms, MessageMap

namespace rc {

//-----------------------------------------------------------------------------
// [SECTION] Languages and plural rules
//-----------------------------------------------------------------------------

// The languages with a built-in catalogue, English first.
inline constexpr std::string_view kUiLanguages[] = {"en", "de", "fr", "es", "pt", "ja", "ar"};

// enum class Plural { Zero, One, Two, Few, Many, Other } is in plural.h (the
// model's "ui" overrides use it too).
std::string_view pluralName(Plural p);  // "zero" ... "other"
// "one" -> Plural::One; false for any other text.
bool parsePluralName(std::string_view name, Plural* out);

// The primary language subtag, lower-case: "pt-BR" -> "pt", "AR" -> "ar".
std::string primaryLanguage(std::string_view tag);

// CLDR cardinal category of an integer for a language ("de", "pt-BR", "ar");
// a language without its own rule gets English's (one / other). The rules,
// for integers (CLDR's plurals.xml; a negative n counts as |n|):
//   en, de      one: 1; other
//   es          one: 1; many: 1000000, 2000000... (n % 1000000 == 0); other
//   fr, pt      one: 0 and 1; many: as es; other  (pt is CLDR's "pt", Brazil's
//               usage; pt-PT's one is 1 only, not distinguished here)
//   ja          other only
//   ar          zero: 0; one: 1; two: 2; few: n % 100 in 3..10;
//               many: n % 100 in 11..99; other (100, 101, 102, ...)
// A message needs only "other": a form it lacks (fr's "many") reads "other".
Plural pluralCategory(std::string_view language, long n);
// The categories a language uses, e.g. en {One, Other}, ja {Other}, ar all six.
std::vector<Plural> pluralCategories(std::string_view language);
// True when a category holds exactly one number in the language (en "one" =
// 1, ar "two" = 2; not fr "one" = 0 and 1): only then may a form leave out
// {n} ("eine Dimension").
bool pluralFormIsOneNumber(std::string_view language, Plural p);

// Right-to-left languages (ar, he, fa, ur, ...), by primary subtag.
bool isRtlLanguage(std::string_view language);

// Numbers for the language, by primary subtag, as CLDR's default number
// formats (regional variants such as de-CH or pt-PT get the primary's):
//   en, ja   1,234     12,345     67%
//   de       1.234     12.345     67 %   (U+00A0 before %)
//   fr       1 234     12 345     67 %   (U+202F as group and before %)
//   es       1234      12.345     67 %   (groups from 5 digits; U+00A0 before %)
//   pt       1.234     12.345     67%
//   ar       1,234     12,345     67%    Western digits: CLDR's "latn" numbers
//            for Arabic (used by Maghreb locales and widely on Arabic career
//            sites), without the U+200E marks CLDR puts around '%' (a number
//            run needs none, and the fonts have no glyph for them). CLDR's
//            default for "ar" is Arabic-Indic digits; one style everywhere
//            keeps numbers readable beside the data's own.
// Other languages: English's. A minus is '-'.
std::string formatInteger(std::string_view language, long n);
std::string formatPercent(std::string_view language, int percent);
// A number with `digits` decimals (0..6; rounded as printf's "%.*f"), with the
// language's group and decimal separators: en 1,234.5, de 1.234,5, fr 1 234,5.
// Values too large for a long, or not finite, are not supported (the UI's
// decimals are fit points, a few units).
std::string formatDecimal(std::string_view language, double value, int digits);

// The placeholder names in a message, sorted, each once: "Question {n} of
// {total}" -> {"n", "total"}. "{{" is a literal '{', not a placeholder (a '}'
// needs no escape: "{{x}" shows "{x}"); a name is letters, digits and '_'.
std::vector<std::string> placeholderNames(std::string_view message);

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

struct CatalogueLoad;

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
    Catalogue withOverrides(const MessageMap& ui) const;

    // Every message, sorted by key (byte order).
    const Message* begin() const { return table_ ? table_ : own_.data(); }
    const Message* end() const { return table_ ? table_ + tableSize_ : own_.data() + own_.size(); }
    // The message of a key, or nullptr (a binary search).
    const Message* find(std::string_view key) const;
    // Every key, sorted (English: the reference list).
    std::vector<std::string> keys() const;
    // The forms of a key as a map (empty when the key is not here).
    MessageForms forms(std::string_view key) const;

private:
    friend struct CatalogueLoad;
    friend CatalogueLoad loadCatalogue(std::string_view bytes, const Catalogue* reference);  // fills the fields
    // Replaces and adds `messages` (their texts are copied into a new store).
    void merge(const MessageMap& messages);
    std::string language_ = "en";
    bool rtl_ = false;
    // English: its generated table. Others: own_, sorted by key, whose views
    // point into the stores (shared and never changed once made, so a copy
    // of the catalogue shares them).
    const Message* table_ = nullptr;
    size_t tableSize_ = 0;
    std::vector<Message> own_;
    std::vector<std::shared_ptr<const std::deque<std::string>>> stores_;
};

//-----------------------------------------------------------------------------
// [SECTION] Loading and validation
//-----------------------------------------------------------------------------

// The checks, per message (a catalogue's "messages" or a dataset's "ui"):
// - its key is English's;
// - a string, or an object of plural forms with "other", each form one the
//   language uses (pluralCategories). A string stands for every form, so it
//   may replace English's plural forms as long as it has their placeholders.
//   Plural forms where English has one string are allowed only when English
//   has {n} (the code passes n; a language may need forms English does not);
// - every form has exactly the placeholders of English's "other" form, except
//   that a form holding one number (pluralFormIsOneNumber) may leave out {n};
// - no form is empty; one is at most kMaxLabelBytes when English's longest
//   form is at most a third of that (a control's label), else kMaxLongBytes.
struct CatalogueLoad {
    bool ok = false;
    Catalogue catalogue;
    std::vector<Diagnostic> errors;  // with JSON pointers: "/messages/quiz.progress"
};

// Parses and checks a catalogue file against English (unknown key, missing or
// unknown placeholder, plural form the language does not use, missing "other").
// A message with errors is left out (it falls back to English); the rest load.
CatalogueLoad loadCatalogue(std::string_view bytes);
// The same against another reference; nullptr = the file is itself the
// reference (how English loads: every key is known, placeholders are checked
// against its own "other" forms).
CatalogueLoad loadCatalogue(std::string_view bytes, const Catalogue* reference);

// The catalogue of a built-in language (kUiLanguages), or nullptr when its
// file is not in this build (the web build embeds only English; the page
// fetches the others and calls loadCatalogue).
const Catalogue* builtInCatalogue(std::string_view language);

// The same checks for a dataset's "ui" section (the loader calls this;
// pointers are "/ui/<key>" and "/ui/<key>/<form>").
std::vector<Diagnostic> validateOverrides(const std::map<std::string, std::map<Plural, std::string>, std::less<>>& ui,
                                          std::string_view language);
// The same against another reference catalogue (tests).
std::vector<Diagnostic> validateOverrides(const MessageMap& ui, std::string_view language, const Catalogue& reference);

//-----------------------------------------------------------------------------
// [SECTION] Choosing the language
//-----------------------------------------------------------------------------

// The catalogue's language: ?lang= (when built in), else the data's
// meta.language, else the first of the browser's languages that is built in,
// else English. Each is matched by its primary subtag ("pt-BR" -> "pt").
std::string chooseUiLanguage(std::string_view langParam, std::string_view dataLanguage,
                             const std::vector<std::string>& browserLanguages);

}  // namespace rc
