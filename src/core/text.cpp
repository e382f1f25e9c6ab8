// Text helpers: see text.h.
//
// [SECTION] Positions
// [SECTION] UTF-8
// [SECTION] Case folding
// [SECTION] Tokenising
#include "text.h"

#include <algorithm>

namespace rc {

//-----------------------------------------------------------------------------
// [SECTION] Positions
//-----------------------------------------------------------------------------

namespace {
// Code points in [from, to): count the bytes that do not continue a sequence.
int countCodePoints(std::string_view text, size_t from, size_t to) {
    int n = 0;
    for (size_t i = from; i < to && i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
    return n;
}
}  // namespace

LineCol lineColAt(std::string_view text, size_t offset) {
    offset = std::min(offset, text.size());
    int line = 1;
    size_t lineStart = 0;
    for (size_t i = 0; i < offset; ++i)
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    return {line, countCodePoints(text, lineStart, offset) + 1};
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') starts_.push_back(i + 1);
}

LineCol LineIndex::at(size_t offset) const {
    offset = std::min(offset, text_.size());
    // Last line start <= offset.
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset) - 1;
    int line = static_cast<int>(it - starts_.begin()) + 1;
    return {line, countCodePoints(text_, *it, offset) + 1};
}

//-----------------------------------------------------------------------------
// [SECTION] UTF-8
//-----------------------------------------------------------------------------

size_t decodeUtf8(std::string_view s, size_t i, uint32_t* cp) {
    auto byte = [&](size_t k) -> uint32_t { return static_cast<unsigned char>(s[k]); };
    uint32_t b0 = byte(i);
    if (b0 < 0x80) {
        *cp = b0;
        return 1;
    }
    size_t len;
    uint32_t min, c;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2, min = 0x80, c = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3, min = 0x800, c = b0 & 0x0F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4, min = 0x10000, c = b0 & 0x07;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (i + len > s.size()) {
        *cp = 0xFFFD;
        return 1;
    }
    for (size_t k = 1; k < len; ++k) {
        uint32_t b = byte(i + k);
        if ((b & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        c = (c << 6) | (b & 0x3F);
    }
    // Overlong forms, UTF-16 surrogates and values past Unicode are invalid.
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = c;
    return len;
}

bool isValidUtf8(std::string_view s, size_t* badOffset) {
    size_t i = 0;
    while (i < s.size()) {
        unsigned char b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {  // fast path: JSON is mostly ASCII
            ++i;
            continue;
        }
        uint32_t cp;
        size_t n = decodeUtf8(s, i, &cp);
        if (n == 1) {  // a lone non-ASCII byte is always an error (U+FFFD in the file is 3 bytes)
            if (badOffset) *badOffset = i;
            return false;
        }
        i += n;
    }
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Case folding
//-----------------------------------------------------------------------------

namespace {
// Lower-case mapping for 2-byte code points whose lower case is also 2 bytes.
uint32_t foldTwoByte(uint32_t c) {
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;              // Latin-1: À..Þ
    if (c >= 0x100 && c <= 0x137) return c | 1;                              // Latin Ext-A pairs
    if (c >= 0x139 && c <= 0x148) return (c & 1) ? c + 1 : c;
    if (c >= 0x14A && c <= 0x177) return c | 1;
    if (c == 0x178) return 0xFF;                                             // Ÿ -> ÿ
    if (c >= 0x179 && c <= 0x17E) return (c & 1) ? c + 1 : c;
    if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 0x20;             // Greek
    if (c >= 0x410 && c <= 0x42F) return c + 0x20;                           // Cyrillic А..Я
    if (c >= 0x400 && c <= 0x40F) return c + 0x50;                           // Ѐ..Џ
    return c;
}
}  // namespace

void foldCaseInPlace(std::string& s) {
    for (size_t i = 0; i < s.size();) {
        unsigned char b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            if (b >= 'A' && b <= 'Z') s[i] = static_cast<char>(b + 32);
            ++i;
            continue;
        }
        uint32_t cp;
        size_t n = decodeUtf8(s, i, &cp);
        if (n == 2) {
            uint32_t lc = foldTwoByte(cp);
            if (lc != cp) {
                s[i] = static_cast<char>(0xC0 | (lc >> 6));
                s[i + 1] = static_cast<char>(0x80 | (lc & 0x3F));
            }
        }
        i += n;
    }
}

std::string foldCase(std::string_view s) {
    std::string out(s);
    foldCaseInPlace(out);
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Tokenising
//-----------------------------------------------------------------------------

namespace {
// Non-ASCII code points that separate words rather than belong to them.
bool isUnicodeSeparator(uint32_t c) {
    return (c >= 0x80 && c <= 0xBF && c != 0xAA && c != 0xB5 && c != 0xBA)  // C1, NBSP, ¡..¿ symbols
           || c == 0xD7 || c == 0xF7                                        // × ÷
           || (c >= 0x2000 && c <= 0x206F)                                  // dashes, quotes, …, spaces
           || (c >= 0x2190 && c <= 0x21FF)                                  // arrows
           || (c >= 0x3000 && c <= 0x303F)                                  // CJK punctuation
           || c == 0xFEFF || c == 0xFFFD;
}

bool isAsciiWordByte(unsigned char b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
}
}  // namespace

void tokenize(std::string_view text, std::vector<Token>& out) {
    size_t i = 0;
    bool inWord = false;
    size_t start = 0;
    while (i < text.size()) {
        unsigned char b = static_cast<unsigned char>(text[i]);
        size_t n = 1;
        bool word;
        if (b < 0x80) {
            // '+' and '#' continue a word so "C++" and "C#" stay searchable
            // words instead of matching everything that starts with "c".
            word = isAsciiWordByte(b) || (inWord && (b == '+' || b == '#'));
        } else {
            uint32_t cp;
            n = decodeUtf8(text, i, &cp);
            word = !isUnicodeSeparator(cp);
        }
        if (word && !inWord) {
            inWord = true;
            start = i;
        } else if (!word && inWord) {
            inWord = false;
            out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(i)});
        }
        i += n;
    }
    if (inWord) out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(text.size())});
}

std::string normalizeText(std::string_view text) {
    std::vector<Token> tokens;
    tokenize(text, tokens);
    std::string out;
    out.reserve(text.size());
    for (const Token& t : tokens) {
        if (!out.empty()) out += ' ';
        out.append(text.substr(t.begin, t.end - t.begin));
    }
    foldCaseInPlace(out);
    return out;
}

}  // namespace rc
