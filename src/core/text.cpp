// Text helpers: see text.h.
//
// [SECTION] Positions
// [SECTION] UTF-8
// [SECTION] Case folding
// [SECTION] Search folding
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
// [SECTION] Search folding
//-----------------------------------------------------------------------------

namespace {
// Base letters of U+00C0..U+00FF, lower case; "" for × and ÷ (kept as they are).
const char* const kLatin1[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // À..Ï
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss", // Ð..ß
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // à..ï
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y",  // ð..ÿ
};
// Base letters of U+0100..U+017F; '?' marks the two-letter ligatures Ĳ ĳ Œ œ.
constexpr char kLatinExtA[] =
    "aaaaaa" "cccccccc" "dddd" "eeeeeeeeee" "gggggggg" "hhhh" "iiiiiiiiii" "??" "jj" "kkk" "llllllllll"
    "nnnnnn" "n" "nn" "oooooo" "??" "rrrrrr" "ssssssss" "tttttt" "uuuuuuuuuuuu" "ww" "yyy" "zzzzzz" "s";
static_assert(sizeof(kLatinExtA) == 0x80 + 1, "one letter per code point U+0100..U+017F");

size_t putUtf8(uint32_t c, char* out) {
    if (c < 0x80) {
        out[0] = static_cast<char>(c);
        return 1;
    }
    if (c < 0x800) {
        out[0] = static_cast<char>(0xC0 | (c >> 6));
        out[1] = static_cast<char>(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (c >> 12));
        out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (c >> 18));
    out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (c & 0x3F));
    return 4;
}

size_t putAscii(const char* s, char* out) {
    size_t n = 0;
    for (; s[n]; ++n) out[n] = s[n];
    return n;
}

// Marks readers do not type: Latin combining marks, Arabic harakat (with the
// superscript alef) and tatweel, Hebrew points and cantillation.
bool isDroppedMark(uint32_t c) {
    return (c >= 0x300 && c <= 0x36F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
           (c >= 0xFE20 && c <= 0xFE2F)                                                     // Latin
           || (c >= 0x64B && c <= 0x65F) || c == 0x670 || c == 0x640                        // Arabic
           || (c >= 0x591 && c <= 0x5BD) || c == 0x5BF || c == 0x5C1 || c == 0x5C2 || c == 0x5C4 ||
           c == 0x5C5 || c == 0x5C7;                                                        // Hebrew
}

// Arabic letters written in several ways -> the one readers type: alef with
// madda or hamza -> alef, alef maksura -> yeh, teh marbuta -> heh; Arabic-Indic
// digits -> ASCII digits. Else 0.
uint32_t arabicBase(uint32_t c) {
    if (c == 0x622 || c == 0x623 || c == 0x625 || c == 0x671) return 0x627;
    if (c == 0x649) return 0x64A;
    if (c == 0x629) return 0x647;
    if (c >= 0x660 && c <= 0x669) return '0' + (c - 0x660);
    if (c >= 0x6F0 && c <= 0x6F9) return '0' + (c - 0x6F0);  // Persian/Urdu digits
    return 0;
}

// Greek letters with tonos or dialytika (either case) -> the plain lower-case letter; else 0.
uint32_t greekBase(uint32_t c) {
    switch (c) {
        case 0x386: case 0x3AC: return 0x3B1;                          // ά -> α
        case 0x388: case 0x3AD: return 0x3B5;                          // έ -> ε
        case 0x389: case 0x3AE: return 0x3B7;                          // ή -> η
        case 0x38A: case 0x3AF: case 0x390: case 0x3AA: case 0x3CA: return 0x3B9;  // ί ΐ Ϊ ϊ -> ι
        case 0x38C: case 0x3CC: return 0x3BF;                          // ό -> ο
        case 0x38E: case 0x3CD: case 0x3B0: case 0x3AB: case 0x3CB: return 0x3C5;  // ύ ΰ Ϋ ϋ -> υ
        case 0x38F: case 0x3CE: return 0x3C9;                          // ώ -> ω
        case 0x3C2: return 0x3C3;                                      // final ς -> σ
        default: return 0;
    }
}

// Latin Extended-B and Additional letters used by Romanian, Vietnamese and
// pinyin -> their ASCII base letter; else nullptr.
const char* latinMoreBase(uint32_t c) {
    if (c == 0x218 || c == 0x219) return "s";                         // Ș ș
    if (c == 0x21A || c == 0x21B) return "t";                         // Ț ț
    if (c == 0x1A0 || c == 0x1A1) return "o";                         // Ơ ơ
    if (c == 0x1AF || c == 0x1B0) return "u";                         // Ư ư
    if (c >= 0x1CD && c <= 0x1DC) {                                   // pinyin Ǎ ǎ Ǐ ǐ Ǒ ǒ Ǔ ǔ Ǖ..ǜ
        static const char* const k[] = {"a", "a", "i", "i", "o", "o"};
        return c <= 0x1D2 ? k[c - 0x1CD] : "u";
    }
    if (c == 0x1E9E) return "ss";                                     // ẞ
    if (c >= 0x1EA0 && c <= 0x1EF9) {                                 // Vietnamese Ạ..ỹ
        if (c <= 0x1EB7) return "a";
        if (c <= 0x1EC7) return "e";
        if (c <= 0x1ECB) return "i";
        if (c <= 0x1EE3) return "o";
        if (c <= 0x1EF1) return "u";
        return "y";
    }
    return nullptr;
}

// The search fold of one code point into out (at most 4 bytes); returns its length (0: dropped).
size_t foldCodePoint(uint32_t c, char* out) {
    if (c < 0x80) {
        out[0] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        return 1;
    }
    if (c >= 0xFF01 && c <= 0xFF5E) return foldCodePoint(c - 0xFEE0, out);  // fullwidth ASCII
    if (c >= 0xC0 && c <= 0xFF) {
        const char* base = kLatin1[c - 0xC0];
        return *base ? putAscii(base, out) : putUtf8(c, out);
    }
    if (c >= 0x100 && c <= 0x17F) {
        const char base = kLatinExtA[c - 0x100];
        if (base != '?') {
            out[0] = base;
            return 1;
        }
        return putAscii(c <= 0x133 ? "ij" : "oe", out);
    }
    if (isDroppedMark(c)) return 0;
    if (const uint32_t g = greekBase(c)) return putUtf8(g, out);
    if (const uint32_t a = arabicBase(c)) return putUtf8(a, out);
    if (const char* base = latinMoreBase(c)) return putAscii(base, out);
    return putUtf8(c < 0x800 ? foldTwoByte(c) : c, out);
}
}  // namespace

void appendUtf8(std::string& out, uint32_t cp) {
    char buf[4];
    out.append(buf, putUtf8(cp, buf));
}

void foldForSearch(std::string_view s, std::string& out) {
    out.clear();
    char buf[4];
    for (size_t i = 0; i < s.size();) {
        const unsigned char b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {  // fast path: mostly ASCII
            out += static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
            ++i;
            continue;
        }
        uint32_t cp;
        const size_t n = decodeUtf8(s, i, &cp);
        out.append(buf, foldCodePoint(cp, buf));
        i += n;
    }
}

std::string foldForSearch(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    foldForSearch(s, out);
    return out;
}

size_t originalLength(std::string_view original, size_t foldedLength, bool takeMarks) {
    char buf[4];
    size_t i = 0, folded = 0;
    while (i < original.size() && folded < foldedLength) {
        if (static_cast<unsigned char>(original[i]) < 0x80) {  // ASCII folds to one byte
            ++i;
            ++folded;
            continue;
        }
        uint32_t cp;
        const size_t n = decodeUtf8(original, i, &cp);
        folded += foldCodePoint(cp, buf);
        i += n;
    }
    while (takeMarks && i < original.size()) {
        uint32_t cp;
        const size_t n = decodeUtf8(original, i, &cp);
        if (foldCodePoint(cp, buf) != 0) break;
        i += n;
    }
    return i;
}

bool isCjk(uint32_t c) {
    return (c >= 0x1100 && c <= 0x11FF)                      // Hangul Jamo
           || (c >= 0x3005 && c <= 0x3007)                   // 々 〆 〇
           || (c >= 0x3041 && c <= 0x309F)                   // Hiragana, voiced sound marks
           || (c >= 0x30A1 && c <= 0x30FF && c != 0x30FB)    // Katakana, ー (not the middle dot ・)
           || (c >= 0x3131 && c <= 0x318E)                   // Hangul compatibility Jamo
           || (c >= 0x31F0 && c <= 0x31FF)                   // Katakana phonetic extensions
           || (c >= 0x3400 && c <= 0x4DBF)                   // Han extension A
           || (c >= 0x4E00 && c <= 0x9FFF)                   // Han
           || (c >= 0xAC00 && c <= 0xD7A3)                   // Hangul syllables
           || (c >= 0xF900 && c <= 0xFAFF)                   // Han compatibility
           || (c >= 0xFF66 && c <= 0xFF9F)                   // halfwidth Katakana
           || (c >= 0x20000 && c <= 0x3FFFF);                // Han extensions B..
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

namespace {
// Punctuation of other scripts that tokenize() reads as letters: Arabic comma,
// semicolon, question mark, percent, decimal and thousands separators and
// full stop; Hebrew maqaf; Devanagari danda; fullwidth and halfwidth CJK
// brackets and stops.
bool isScriptPunctuation(uint32_t c) {
    return c == 0x60C || c == 0x61B || c == 0x61F || (c >= 0x66A && c <= 0x66D) || c == 0x6D4 || c == 0x5BE ||
           c == 0x964 || c == 0x965 || (c >= 0xFF5F && c <= 0xFF65);
}
}  // namespace

void tokenizeForSearch(std::string_view text, std::vector<SearchToken>& out) {
    enum Kind { Sep, Word, Cjk };
    Kind run = Sep;
    size_t wordStart = 0;
    size_t prevStart = 0, prevEnd = 0;  // the CJK run's last character
    size_t runChars = 0;                // characters in the CJK run so far
    auto endRun = [&](size_t at) {
        if (run == Word) out.push_back({static_cast<uint32_t>(wordStart), static_cast<uint32_t>(at), false, false});
        if (run == Cjk && runChars == 1)
            out.push_back({static_cast<uint32_t>(prevStart), static_cast<uint32_t>(prevEnd), true, false});
        run = Sep;
    };
    for (size_t i = 0; i < text.size();) {
        unsigned char b = static_cast<unsigned char>(text[i]);
        size_t n = 1;
        uint32_t cp = b;
        if (b >= 0x80) {
            n = decodeUtf8(text, i, &cp);
            if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // fullwidth ASCII is read as ASCII
        }
        Kind k;
        if (cp < 0x80)
            k = isAsciiWordByte(static_cast<unsigned char>(cp)) || (run == Word && (cp == '+' || cp == '#')) ? Word : Sep;
        else if (isCjk(cp))
            k = Cjk;
        else
            k = isUnicodeSeparator(cp) || isScriptPunctuation(cp) ? Sep : Word;
        if (k != run) {
            endRun(i);
            run = k;
            wordStart = i;
            runChars = 0;
        }
        if (k == Cjk) {
            // Each character after the first closes a bigram with the one before it.
            if (runChars > 0)
                out.push_back({static_cast<uint32_t>(prevStart), static_cast<uint32_t>(i + n), true, runChars > 1});
            prevStart = i;
            prevEnd = i + n;
            ++runChars;
        }
        i += n;
    }
    endRun(text.size());
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
