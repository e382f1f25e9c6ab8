// rolecompare core: text for display in any script. The UI draws text one
// character at a time from a glyph atlas, left to right, with no shaping
// engine (the web rasterises each character with the browser's canvas, the
// desktop from embedded fonts), so what it draws must already be the
// characters to show, in the order to show them:
// - Arabic letters become their contextual forms (the Unicode presentation
//   forms, U+FB50..U+FDFF and U+FE70..U+FEFF, which Arabic fonts carry), lam
//   followed by alef one ligature;
// - a line is put in visual order by a subset of the Unicode bidirectional
//   algorithm (UAX #9) for one paragraph without explicit embeddings;
// - lines may break between CJK characters, which are written without spaces;
// - a cluster of a complex script (Devanagari, Thai...) becomes the one
//   character whose glyph is the whole cluster, shaped (clusters.h).
// Pure C++17; the work buffers belong to the caller and are reused, so a
// line costs no allocation once they have grown. Text without a
// right-to-left character needs none of it: scan() says so, cheaply.
//
// [SECTION] Scanning
// [SECTION] Arabic shaping
// [SECTION] Bidirectional order
// [SECTION] Line breaks
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rc::bidi {

class Clusters;  // clusters.h

//-----------------------------------------------------------------------------
// [SECTION] Scanning
//-----------------------------------------------------------------------------

// What a string holds, for choosing the path: plain ASCII text is neither.
struct Scan {
    bool rtl = false;  // a right-to-left character (Hebrew, Arabic... classes R and AL)
    bool cjk = false;  // a character a line may break before or after without a space (breakBetween)
    bool complex = false;  // a character of a script drawn by clusters (clusters.h isComplex)
};
// One pass over the bytes; ASCII bytes cost a compare each, nothing is allocated.
Scan scan(std::string_view s);
inline bool hasRtl(std::string_view s) { return scan(s).rtl; }

// The bidirectional classes this subset tells apart (UAX #9 names). Exact
// for Latin-1, Hebrew, Arabic, general punctuation, CJK punctuation and the
// fullwidth forms; by Unicode block elsewhere.
enum class Class : uint8_t { L, R, AL, EN, ES, ET, AN, CS, NSM, BN, B, S, WS, ON };
Class classOf(uint32_t cp);

// A paragraph's direction.
enum class Dir : uint8_t { Ltr, Rtl };
// The direction of the first strong character (L, or R/AL), `none` when there is none (P2, P3).
Dir firstStrong(std::string_view s, Dir none);

//-----------------------------------------------------------------------------
// [SECTION] Arabic shaping
//-----------------------------------------------------------------------------

// Text with its Arabic letters in their contextual forms, still in logical
// order, and where each of its bytes came from.
struct Shaped {
    std::string text;
    // source[k]: the byte offset in the input of the character whose form
    // starts or continues at text[k]; source[text.size()] = the input's size.
    // A lam-alef ligature comes from the lam; the alef has no bytes of its own.
    std::vector<uint32_t> source;
};
// Shapes `s` into `out` (its buffers reused). Characters that are not Arabic
// letters keep their bytes, malformed UTF-8 included, except that a cluster
// of a complex script `clusters` holds becomes its code point (clusters.h).
void shape(std::string_view s, Shaped& out, const Clusters* clusters = nullptr);
// Appends the presentation forms (and lam-alef ligatures) that shape() may
// turn the characters of `cps` into, for a glyph atlas built from them.
void addShapedForms(std::vector<uint32_t>& cps);

//-----------------------------------------------------------------------------
// [SECTION] Bidirectional order
//-----------------------------------------------------------------------------

// One line in visual order (left to right as drawn).
struct Visual {
    std::string text;
    // from[k]: the byte offset in the input line of the character text[k]
    // belongs to (each character's bytes are kept together).
    std::vector<uint32_t> from;
    // Work buffers, one entry per code point of the line.
    std::vector<uint32_t> begins_, cps_, order_;
    std::vector<uint8_t> classes_, original_, levels_;
};
// Puts `line` (one line of a paragraph of direction `dir`; no '\n') in
// visual order into `out`: numbers and left-to-right words stay left to right
// inside right-to-left text, neutrals between two runs of one direction take
// it (else the paragraph's), runs are reversed (rule L2) with combining marks
// kept after their base, and brackets in right-to-left runs are mirrored.
// One departure from UAX #9: '+' and '#' right after a left-to-right letter
// belong to its word ("C++", "C#"), as search's tokenizer reads them, so
// "C++" stays "C++" in Arabic text rather than becoming "++C".
void reorder(std::string_view line, Dir dir, Visual& out);

//-----------------------------------------------------------------------------
// [SECTION] Line breaks
//-----------------------------------------------------------------------------

// Whether a line may break between `before` and `after` though no space
// separates them: next to a CJK character (Han, kana, Hangul, fullwidth
// forms), except before closing punctuation and the prolonged sound mark
// (、。」）ー...) and after opening punctuation (「（...).
bool breakBetween(uint32_t before, uint32_t after);

}  // namespace rc::bidi
