// rolecompare core text helpers: UTF-8 validation, source positions, case
// folding and word tokenising. Shared by the loader (validation, positions),
// search (index + highlight spans) and compare (normalised point matching).
// Pure C++17, no allocation-heavy machinery, no exceptions.
//
// [SECTION] Spans and positions
// [SECTION] UTF-8
// [SECTION] Case folding
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

//-----------------------------------------------------------------------------
// [SECTION] Case folding
//-----------------------------------------------------------------------------

// Lower-cases ASCII, Latin-1, Latin Extended-A, basic Greek and Cyrillic.
// Every mapping keeps the UTF-8 byte length, so byte offsets in the folded
// string are byte offsets in the original: search highlights rely on that.
std::string foldCase(std::string_view s);
void foldCaseInPlace(std::string& s);

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

// Folded words joined by single spaces: "Write  unit-tests." -> "write unit tests".
// Two strings with the same normal form say the same thing for compare.
std::string normalizeText(std::string_view text);

}  // namespace rc
