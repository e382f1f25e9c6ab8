// rolecompare core text helpers: UTF-8 validation, source positions, case
// folding, search folding and word tokenising. Shared by the loader
// (validation, positions), search (index + highlight spans) and compare
// (normalised point matching).
// Pure C++17, no allocation-heavy machinery, no exceptions.
//
// [SECTION] Spans and positions
// [SECTION] UTF-8
// [SECTION] Case folding
// [SECTION] Search folding
// [SECTION] Tokenising
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rc {

//-----------------------------------------------------------------------------
// [SECTION] Spans and positions
//-----------------------------------------------------------------------------

// Byte range [begin, end) inside some string; used for search highlights.
struct Span {
    size_t begin = 0;
    size_t end = 0;
    bool operator==(const Span& o) const { return begin == o.begin && end == o.end; }
    bool operator!=(const Span& o) const { return !(*this == o); }
};

// 1-based line and column. The column counts UTF-8 code points, not bytes,
// because that is what editors show.
struct LineCol {
    int line = 0;
    int column = 0;
};

// Line/column of byte `offset` in `text`. Builds nothing; O(offset). For many
// lookups in one text use LineIndex.
LineCol lineColAt(std::string_view text, size_t offset);

// Line-start table for repeated offset -> line:col lookups (loader diagnostics).
class LineIndex {
public:
    explicit LineIndex(std::string_view text);
    LineCol at(size_t offset) const;

private:
    std::string_view text_;
    std::vector<size_t> starts_;  // byte offset of each line's first byte
};

//-----------------------------------------------------------------------------
// [SECTION] UTF-8
//-----------------------------------------------------------------------------

// Strict UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
// On failure stores the offset of the first bad byte in *badOffset.
bool isValidUtf8(std::string_view s, size_t* badOffset = nullptr);

// Decodes the code point at s[i]. Returns its byte length (>= 1); on a bad
// sequence returns 1 and sets *cp to 0xFFFD so callers always make progress.
size_t decodeUtf8(std::string_view s, size_t i, uint32_t* cp);
// Appends the UTF-8 bytes of code point `cp` (at most U+10FFFF) to `out`.
void appendUtf8(std::string& out, uint32_t cp);

//-----------------------------------------------------------------------------
// [SECTION] Case folding
//-----------------------------------------------------------------------------

// Lower-cases ASCII, Latin-1, Latin Extended-A, basic Greek and Cyrillic.
// Every mapping keeps the UTF-8 byte length, so byte offsets in the folded
// string are byte offsets in the original: search highlights rely on that.
std::string foldCase(std::string_view s);
void foldCaseInPlace(std::string& s);

//-----------------------------------------------------------------------------
// [SECTION] Search folding
//-----------------------------------------------------------------------------

// What search compares (search.h): case folding plus
// - Latin letters lose their diacritics (Latin-1, Latin Extended-A, the
//   Romanian, Vietnamese and pinyin letters of Latin Extended-B and
//   Additional): "Übung" -> "ubung", "ø" -> "o", "ł" -> "l", "đ" -> "d";
//   ligatures and sharp s spell out: "æ" -> "ae", "œ" -> "oe", "ß"/"ẞ" -> "ss",
//   "þ" -> "th";
// - combining marks (U+0300..U+036F, U+1AB0..U+1AFF, U+1DC0..U+1DFF,
//   U+FE20..U+FE2F) are dropped, so decomposed "e\u0301" folds like "é";
// - Greek loses tonos and dialytika ("ά" -> "α", "ϊ" -> "ι"); final "ς" -> "σ";
// - Arabic loses harakat and tatweel, alef with hamza or madda is alef,
//   alef maksura is yeh, teh marbuta is heh, Arabic-Indic digits are ASCII;
//   Hebrew loses its points (niqqud) and cantillation;
// - fullwidth ASCII (U+FF01..U+FF5E) becomes ASCII: "ＭＬ" -> "ml".
// Everything else (Cyrillic lower-cased as in foldCase; CJK, kana and Hangul
// unchanged, their combining voiced marks included) keeps its bytes.
// The folded string may be shorter or longer than the original, so byte
// offsets do not carry over: map them back with originalLength().
std::string foldForSearch(std::string_view s);
void foldForSearch(std::string_view s, std::string& out);  // replaces out; reuses its buffer

// The number of bytes of `original` whose search fold is the first
// `foldedLength` bytes of foldForSearch(original): whole code points, so a
// length inside an expansion ("ss" of "ß") takes the whole "ß". With
// takeMarks, code points that fold to nothing right after it (combining
// marks) come too, so a highlight of "e" in "e\u0301" covers the accent.
size_t originalLength(std::string_view original, size_t foldedLength, bool takeMarks = true);

// Han (with 々 〆 〇), Hiragana, Katakana (full and halfwidth) and Hangul:
// scripts written without spaces between words, searched by character.
bool isCjk(uint32_t cp);

//-----------------------------------------------------------------------------
// [SECTION] Tokenising
//-----------------------------------------------------------------------------

// A word: a run of ASCII letters/digits or non-ASCII letters. Punctuation,
// spaces and Unicode punctuation (dashes, quotes, NBSP...) separate words, so
// "F1-score" is the words "F1" and "score". '+' and '#' inside or after a word
// belong to it: "C++", "C#".
struct Token {
    uint32_t begin = 0;  // byte offsets into the tokenised text
    uint32_t end = 0;
};

// Appends the words of `text` to `out`.
void tokenize(std::string_view text, std::vector<Token>& out);

// Search units: the words of tokenize(), except that runs of CJK characters
// (isCjk) are split from the letters around them and cut into overlapping
// character bigrams, "機械学習" -> "機械", "械学", "学習" (a one-character run is
// one unit). Fullwidth ASCII counts as the ASCII it folds to ("（" separates),
// and Arabic, Hebrew, Devanagari and CJK punctuation separates words.
struct SearchToken {
    uint32_t begin = 0;   // byte offsets into the tokenised text
    uint32_t end = 0;
    bool cjk = false;     // a CJK bigram or single character
    bool joined = false;  // a CJK bigram overlapping the previous token by one character (same run)
};
void tokenizeForSearch(std::string_view text, std::vector<SearchToken>& out);

// Folded words joined by single spaces: "Write  unit-tests." -> "write unit tests".
// Two strings with the same normal form say the same thing for compare.
std::string normalizeText(std::string_view text);

}  // namespace rc
