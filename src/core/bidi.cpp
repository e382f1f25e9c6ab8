// Display text in any script: see bidi.h.
//
// [SECTION] Scanning
// [SECTION] Arabic shaping
// [SECTION] Bidirectional order
// [SECTION] Line breaks
#include "bidi.h"

#include <algorithm>
#include <cstring>

#include "clusters.h"
#include "text.h"

namespace rc::bidi {

namespace {

bool strongRtl(Class c) { return c == Class::R || c == Class::AL; }

// CJK for line breaking: isCjk() (Han, kana, Hangul), CJK punctuation and the fullwidth forms.
bool breaksLikeCjk(uint32_t cp) {
    return isCjk(cp) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Scanning
//-----------------------------------------------------------------------------

Scan scan(std::string_view s) {
    Scan r;
    const size_t n = s.size();
    for (size_t i = 0; i < n;) {
        // ASCII eight bytes at a time: this runs for every string of every frame.
        for (uint64_t word; i + 8 <= n; i += 8) {
            std::memcpy(&word, s.data() + i, 8);
            if (word & 0x8080808080808080ull) break;
        }
        while (i < n && static_cast<unsigned char>(s[i]) < 0x80) ++i;
        if (i >= n) break;
        uint32_t cp = 0;
        i += decodeUtf8(s, i, &cp);
        if (!r.rtl && strongRtl(classOf(cp))) r.rtl = true;
        if (!r.cjk && breaksLikeCjk(cp)) r.cjk = true;
        if (!r.complex && isComplex(cp)) r.complex = true;
        if (r.rtl && r.cjk && r.complex) break;
    }
    return r;
}

Class classOf(uint32_t c) {
    using C = Class;
    if (c < 0x80) {
        if (c >= 'a' && c <= 'z') return C::L;
        if (c >= 'A' && c <= 'Z') return C::L;
        if (c >= '0' && c <= '9') return C::EN;
        switch (c) {
            case ' ': case 0x0C: return C::WS;
            case 0x09: case 0x0B: case 0x1F: return C::S;
            case 0x0A: case 0x0D: case 0x1C: case 0x1D: case 0x1E: return C::B;
            case '#': case '$': case '%': return C::ET;
            case '+': case '-': return C::ES;
            case ',': case '.': case '/': case ':': return C::CS;
            default: break;
        }
        return c < 0x20 || c == 0x7F ? C::BN : C::ON;
    }
    if (c < 0x100) {
        if (c == 0x85) return C::B;
        if (c < 0xA0 || c == 0xAD) return C::BN;
        if (c == 0xA0) return C::CS;
        if ((c >= 0xA2 && c <= 0xA5) || c == 0xB0 || c == 0xB1) return C::ET;
        if (c == 0xB2 || c == 0xB3 || c == 0xB9) return C::EN;
        if (c == 0xAA || c == 0xB5 || c == 0xBA) return C::L;
        if (c < 0xC0 || c == 0xD7 || c == 0xF7) return C::ON;
        return C::L;
    }
    if (c >= 0x0300 && c <= 0x036F) return C::NSM;
    if (c >= 0x0483 && c <= 0x0489) return C::NSM;
    if (c >= 0x0590 && c <= 0x05FF) {  // Hebrew: points and accents are marks
        if ((c >= 0x0591 && c <= 0x05BD) || c == 0x05BF || c == 0x05C1 || c == 0x05C2 || c == 0x05C4 || c == 0x05C5 ||
            c == 0x05C7)
            return C::NSM;
        return C::R;
    }
    if (c >= 0x0600 && c <= 0x06FF) {  // Arabic
        if (c <= 0x0605) return C::AN;
        if (c <= 0x0607) return C::ON;
        if (c == 0x0609 || c == 0x060A) return C::ET;
        if (c == 0x060C) return C::CS;
        if (c == 0x060E || c == 0x060F) return C::ON;
        if (c >= 0x0610 && c <= 0x061A) return C::NSM;
        if (c >= 0x064B && c <= 0x065F) return C::NSM;
        if (c >= 0x0660 && c <= 0x0669) return C::AN;
        if (c == 0x066A) return C::ET;
        if (c == 0x066B || c == 0x066C) return C::AN;
        if (c == 0x0670) return C::NSM;
        if ((c >= 0x06D6 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E4) || c == 0x06E7 || c == 0x06E8 ||
            (c >= 0x06EA && c <= 0x06ED))
            return C::NSM;
        if (c == 0x06DD) return C::AN;
        if (c == 0x06DE || c == 0x06E9) return C::ON;
        if (c >= 0x06F0 && c <= 0x06F9) return C::EN;
        return C::AL;
    }
    if (c >= 0x0700 && c <= 0x08FF) {  // Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic Extended (by block)
        if ((c >= 0x0711 && c <= 0x0711) || (c >= 0x0730 && c <= 0x074A) || (c >= 0x07A6 && c <= 0x07B0) ||
            (c >= 0x07EB && c <= 0x07F3) || (c >= 0x08D3 && c <= 0x08FF))
            return C::NSM;
        return (c >= 0x07C0 && c <= 0x085F) ? C::R : C::AL;
    }
    if (c >= 0x2000 && c <= 0x206F) {  // general punctuation
        if (c <= 0x200A || c == 0x2028 || c == 0x205F) return C::WS;
        if (c <= 0x200D) return C::BN;
        if (c == 0x200E) return C::L;
        if (c == 0x200F) return C::R;
        if (c == 0x2029) return C::B;
        if (c >= 0x202A && c <= 0x202E) return C::BN;  // explicit embeddings: not supported, ignored
        if (c == 0x202F || c == 0x2044) return C::CS;
        if (c >= 0x2030 && c <= 0x2034) return C::ET;
        if (c >= 0x2060) return C::BN;
        return C::ON;
    }
    if (c >= 0x2070 && c <= 0x209F) {  // super- and subscripts
        if (c == 0x2071 || c == 0x207F || c >= 0x2090) return C::L;
        if (c == 0x207A || c == 0x207B || c == 0x208A || c == 0x208B) return C::ES;
        if ((c >= 0x207C && c <= 0x207E) || (c >= 0x208C && c <= 0x208E)) return C::ON;
        return C::EN;
    }
    if (c >= 0x20A0 && c <= 0x20CF) return C::ET;  // currency signs
    if (c >= 0x20D0 && c <= 0x20FF) return C::NSM;
    if (c == 0x2212) return C::ES;
    if (c == 0x2213) return C::ET;
    if (c >= 0x2488 && c <= 0x249B) return C::EN;
    if (c >= 0x2160 && c <= 0x2188) return C::L;  // Roman numerals
    if (c >= 0x2100 && c <= 0x2BFF) return (c >= 0x249C && c <= 0x24E9) || (c >= 0x2800 && c <= 0x28FF) ? C::L : C::ON;
    if (c >= 0x2E00 && c <= 0x2FFF) return C::ON;  // supplemental punctuation, radicals, description characters
    if (c >= 0x3000 && c <= 0x30FF) {  // CJK punctuation and kana
        if (c == 0x3000) return C::WS;
        if ((c >= 0x3001 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3020) || c == 0x3030 || c == 0x3036 ||
            c == 0x3037 || (c >= 0x303D && c <= 0x303F) || c == 0x309B || c == 0x309C || c == 0x30A0 || c == 0x30FB)
            return C::ON;
        if ((c >= 0x302A && c <= 0x302D) || c == 0x3099 || c == 0x309A) return C::NSM;
        return C::L;
    }
    if (c >= 0xFB1D && c <= 0xFB4F) {  // Hebrew presentation forms
        if (c == 0xFB1E) return C::NSM;
        if (c == 0xFB29) return C::ES;
        return C::R;
    }
    if (c >= 0xFB50 && c <= 0xFDFF) return c == 0xFD3E || c == 0xFD3F || c == 0xFDFD ? C::ON : C::AL;
    if (c >= 0xFE00 && c <= 0xFE0F) return C::NSM;  // variation selectors
    if (c >= 0xFE10 && c <= 0xFE19) return C::ON;
    if (c >= 0xFE20 && c <= 0xFE2F) return C::NSM;
    if (c >= 0xFE30 && c <= 0xFE6F) {  // CJK compatibility and small forms
        if (c == 0xFE50 || c == 0xFE52 || c == 0xFE55) return C::CS;
        if (c == 0xFE5F || c == 0xFE69 || c == 0xFE6A) return C::ET;
        if (c == 0xFE62 || c == 0xFE63) return C::ES;
        return C::ON;
    }
    if (c >= 0xFE70 && c <= 0xFEFE) return C::AL;  // Arabic presentation forms B
    if (c == 0xFEFF) return C::BN;
    if (c >= 0xFF01 && c <= 0xFFEF) {  // fullwidth forms: as the ASCII they stand for
        if (c <= 0xFF5E) return classOf(c - 0xFF01 + 0x21);
        if (c <= 0xFF65) return C::ON;
        if (c >= 0xFFE0 && c <= 0xFFE6) return c == 0xFFE0 || c == 0xFFE1 || c == 0xFFE5 || c == 0xFFE6 ? C::ET : C::ON;
        if (c >= 0xFFE8) return C::ON;
        return C::L;
    }
    if (c >= 0xFFF9 && c <= 0xFFFD) return C::ON;
    if (c >= 0x10800 && c <= 0x10FFF) return C::R;   // right-to-left scripts of the SMP (by block)
    if (c >= 0x1E800 && c <= 0x1EFFF) return c >= 0x1EE00 ? C::AL : C::R;
    return C::L;
}

Dir firstStrong(std::string_view s, Dir none) {
    for (size_t i = 0; i < s.size();) {
        uint32_t cp = 0;
        i += decodeUtf8(s, i, &cp);
        const Class c = classOf(cp);
        if (c == Class::L) return Dir::Ltr;
        if (strongRtl(c)) return Dir::Rtl;
    }
    return none;
}

//-----------------------------------------------------------------------------
// [SECTION] Arabic shaping
//-----------------------------------------------------------------------------

namespace {

// Joining types (ArabicShaping.txt): non-joining, right-joining (joins the
// letter before it only), dual-joining, join-causing (tatweel, ZWJ), and
// transparent (marks: skipped when looking for the neighbours).
enum class Join : uint8_t { U, R, D, C, T };

// The Arabic letters with presentation forms, from UnicodeData.txt's
// <isolated>/<initial> decompositions and ArabicShaping.txt's joining types:
// the final form follows the isolated one, the medial the initial one.
struct Letter {
    uint16_t cp, isolated, initial;
    char type;  // 'U', 'R' or 'D'
};
constexpr Letter kLetters[] = {
    {0x0621, 0xFE80, 0x0000, 'U'}, {0x0622, 0xFE81, 0x0000, 'R'}, {0x0623, 0xFE83, 0x0000, 'R'}, {0x0624, 0xFE85, 0x0000, 'R'},
    {0x0625, 0xFE87, 0x0000, 'R'}, {0x0626, 0xFE89, 0xFE8B, 'D'}, {0x0627, 0xFE8D, 0x0000, 'R'}, {0x0628, 0xFE8F, 0xFE91, 'D'},
    {0x0629, 0xFE93, 0x0000, 'R'}, {0x062A, 0xFE95, 0xFE97, 'D'}, {0x062B, 0xFE99, 0xFE9B, 'D'}, {0x062C, 0xFE9D, 0xFE9F, 'D'},
    {0x062D, 0xFEA1, 0xFEA3, 'D'}, {0x062E, 0xFEA5, 0xFEA7, 'D'}, {0x062F, 0xFEA9, 0x0000, 'R'}, {0x0630, 0xFEAB, 0x0000, 'R'},
    {0x0631, 0xFEAD, 0x0000, 'R'}, {0x0632, 0xFEAF, 0x0000, 'R'}, {0x0633, 0xFEB1, 0xFEB3, 'D'}, {0x0634, 0xFEB5, 0xFEB7, 'D'},
    {0x0635, 0xFEB9, 0xFEBB, 'D'}, {0x0636, 0xFEBD, 0xFEBF, 'D'}, {0x0637, 0xFEC1, 0xFEC3, 'D'}, {0x0638, 0xFEC5, 0xFEC7, 'D'},
    {0x0639, 0xFEC9, 0xFECB, 'D'}, {0x063A, 0xFECD, 0xFECF, 'D'}, {0x0641, 0xFED1, 0xFED3, 'D'}, {0x0642, 0xFED5, 0xFED7, 'D'},
    {0x0643, 0xFED9, 0xFEDB, 'D'}, {0x0644, 0xFEDD, 0xFEDF, 'D'}, {0x0645, 0xFEE1, 0xFEE3, 'D'}, {0x0646, 0xFEE5, 0xFEE7, 'D'},
    {0x0647, 0xFEE9, 0xFEEB, 'D'}, {0x0648, 0xFEED, 0x0000, 'R'}, {0x0649, 0xFEEF, 0xFBE8, 'D'}, {0x064A, 0xFEF1, 0xFEF3, 'D'},
    // Persian and Urdu letters (alef wasla, peh, tcheh, jeh, keheh, gaf, farsi yeh)
    {0x0671, 0xFB50, 0x0000, 'R'}, {0x067E, 0xFB56, 0xFB58, 'D'}, {0x0686, 0xFB7A, 0xFB7C, 'D'}, {0x0698, 0xFB8A, 0x0000, 'R'},
    {0x06A9, 0xFB8E, 0xFB90, 'D'}, {0x06AF, 0xFB92, 0xFB94, 'D'}, {0x06CC, 0xFBFC, 0xFBFE, 'D'},
};

const Letter* letterOf(uint32_t cp) {
    if (cp < 0x0621 || cp > 0x06CC) return nullptr;
    const Letter* end = std::end(kLetters);
    const Letter* it =
        std::lower_bound(std::begin(kLetters), end, cp, [](const Letter& l, uint32_t c) { return l.cp < c; });
    return it != end && it->cp == cp ? it : nullptr;
}

Join joinOf(uint32_t cp) {
    if (const Letter* l = letterOf(cp)) return l->type == 'D' ? Join::D : l->type == 'R' ? Join::R : Join::U;
    if (cp == 0x0640 || cp == 0x200D) return Join::C;
    if (cp >= 0x0300 && classOf(cp) == Class::NSM) return Join::T;
    return Join::U;
}

bool joinsForward(Join j) { return j == Join::D || j == Join::C; }   // can join the letter after it
bool joinsBackward(Join j) { return j == Join::D || j == Join::R || j == Join::C; }  // ... the letter before it

// Lam followed by this alef: the isolated lam-alef ligature (the final one follows it), else 0.
uint32_t lamAlef(uint32_t alef) {
    switch (alef) {
        case 0x0622: return 0xFEF5;
        case 0x0623: return 0xFEF7;
        case 0x0625: return 0xFEF9;
        case 0x0627: return 0xFEFB;
        default: return 0;
    }
}

// The next character at or after byte i that is not transparent: its code
// point and offset (cp 0 at the end).
uint32_t nextJoining(std::string_view s, size_t i, size_t* at) {
    while (i < s.size()) {
        uint32_t cp = 0;
        const size_t n = decodeUtf8(s, i, &cp);
        if (joinOf(cp) != Join::T) {
            *at = i;
            return cp;
        }
        i += n;
    }
    *at = s.size();
    return 0;
}

}  // namespace

void shape(std::string_view s, Shaped& out, const Clusters* clusters) {
    out.text.clear();
    out.source.clear();
    Join before = Join::U;  // the last non-transparent character's joining type
    size_t skipAlef = SIZE_MAX;  // the offset of an alef already drawn in a lam-alef ligature
    for (size_t i = 0; i < s.size();) {
        uint32_t cp = 0;
        const size_t n = decodeUtf8(s, i, &cp);
        const Join j = joinOf(cp);
        const Letter* l = letterOf(cp);
        if (i == skipAlef) {  // drawn by the ligature: no bytes of its own
            before = Join::R;
            i += n;
            continue;
        }
        if (clusters && !clusters->empty() && isComplex(cp)) {
            const size_t end = clusterEnd(s, i);
            if (const uint32_t glyph = end > i + n ? clusters->find(s.substr(i, end - i)) : 0) {
                const size_t at = out.text.size();
                appendUtf8(out.text, glyph);
                out.source.insert(out.source.end(), out.text.size() - at, static_cast<uint32_t>(i));
                before = Join::U;
                i = end;
                continue;
            }
        }
        if (!l) {
            const size_t at = out.text.size();
            out.text.append(s.data() + i, n);
            out.source.insert(out.source.end(), out.text.size() - at, static_cast<uint32_t>(i));
            if (j != Join::T) before = j;
            i += n;
            continue;
        }
        size_t nextAt = 0;
        const uint32_t next = nextJoining(s, i + n, &nextAt);
        const bool joinPrev = joinsForward(before) && joinsBackward(j);
        const bool joinNext = joinsForward(j) && next && joinsBackward(joinOf(next));
        uint32_t form;
        if (cp == 0x0644 && lamAlef(next)) {
            form = lamAlef(next) + (joinPrev ? 1 : 0);
            skipAlef = nextAt;
        } else if (l->type == 'D' && joinPrev && joinNext) {
            form = l->initial + 1u;  // medial
        } else if (l->type == 'D' && joinNext) {
            form = l->initial;
        } else if (joinPrev && l->type != 'U') {
            form = l->isolated + 1u;  // final
        } else {
            form = l->isolated;
        }
        const size_t at = out.text.size();
        appendUtf8(out.text, form);
        out.source.insert(out.source.end(), out.text.size() - at, static_cast<uint32_t>(i));
        before = j;
        i += n;
    }
    out.source.push_back(static_cast<uint32_t>(s.size()));
}

void addShapedForms(std::vector<uint32_t>& cps) {
    bool lam = false;
    const size_t n = cps.size();
    for (size_t k = 0; k < n; ++k) {
        const Letter* l = letterOf(cps[k]);
        if (!l) continue;
        cps.push_back(l->isolated);
        if (l->type != 'U') cps.push_back(l->isolated + 1u);
        if (l->type == 'D') {
            cps.push_back(l->initial);
            cps.push_back(l->initial + 1u);
        }
        lam = lam || l->cp == 0x0644;
    }
    if (!lam) return;
    for (size_t k = 0; k < n; ++k)
        if (const uint32_t lig = lamAlef(cps[k])) {
            cps.push_back(lig);
            cps.push_back(lig + 1);
        }
}

//-----------------------------------------------------------------------------
// [SECTION] Bidirectional order
//-----------------------------------------------------------------------------

namespace {

// The mirrored glyph of a bracket or quote (BidiMirroring.txt, the pairs text uses).
uint32_t mirrored(uint32_t cp) {
    static constexpr uint32_t kPairs[][2] = {
        {'(', ')'},       {'<', '>'},       {'[', ']'},       {'{', '}'},       {0x00AB, 0x00BB}, {0x2039, 0x203A},
        {0x2045, 0x2046}, {0x207D, 0x207E}, {0x208D, 0x208E}, {0x2264, 0x2265}, {0x3008, 0x3009}, {0x300A, 0x300B},
        {0x300C, 0x300D}, {0x300E, 0x300F}, {0x3010, 0x3011}, {0x3014, 0x3015}, {0xFF08, 0xFF09}, {0xFF1C, 0xFF1E},
        {0xFF3B, 0xFF3D}, {0xFF5B, 0xFF5D},
    };
    for (const auto& p : kPairs) {
        if (cp == p[0]) return p[1];
        if (cp == p[1]) return p[0];
    }
    return 0;
}

bool neutral(Class c) { return c == Class::WS || c == Class::ON || c == Class::B || c == Class::S || c == Class::BN; }

}  // namespace

void reorder(std::string_view line, Dir dir, Visual& out) {
    using C = Class;
    std::vector<uint32_t>& begins = out.begins_;
    std::vector<uint8_t>& cls = out.classes_;
    std::vector<uint8_t>& lev = out.levels_;
    begins.clear();
    cls.clear();
    std::vector<uint32_t>& cp = out.cps_;
    cp.clear();
    for (size_t i = 0; i < line.size();) {
        uint32_t c = 0;
        const size_t n = decodeUtf8(line, i, &c);
        begins.push_back(static_cast<uint32_t>(i));
        cp.push_back(c);
        cls.push_back(static_cast<uint8_t>(classOf(c)));
        i += n;
    }
    const size_t n = cp.size();
    const uint8_t base = dir == Dir::Rtl ? 1 : 0;
    const C sos = base ? C::R : C::L;
    auto at = [&](size_t k) { return static_cast<C>(cls[k]); };
    auto set = [&](size_t k, C c) { cls[k] = static_cast<uint8_t>(c); };
    std::vector<uint8_t>& original = out.original_;  // for the marks (L3) and the line's end (L1)
    original = cls;

    // "C++", "C#": '+' and '#' right after a left-to-right letter (or after such a '+') are part of its word.
    for (size_t k = 1; k < n; ++k)
        if ((cp[k] == '+' || cp[k] == '#') && at(k - 1) == C::L && cp[k - 1] != 0x200E) set(k, C::L);
    // W1: a mark takes the class of what it follows.
    for (size_t k = 0; k < n; ++k)
        if (at(k) == C::NSM) set(k, k == 0 ? sos : at(k - 1));
    // W2, W3: European digits after Arabic letters are Arabic numbers; AL is R.
    C strong = sos;
    for (size_t k = 0; k < n; ++k) {
        const C c = at(k);
        if (c == C::L || c == C::R || c == C::AL) strong = c;
        else if (c == C::EN && strong == C::AL) set(k, C::AN);
    }
    for (size_t k = 0; k < n; ++k)
        if (at(k) == C::AL) set(k, C::R);
    // W4: one separator between two numbers of a kind joins them ("1,000", "3.5").
    for (size_t k = 1; k + 1 < n; ++k) {
        const C a = at(k - 1), b = at(k + 1), c = at(k);
        if (a == C::EN && b == C::EN && (c == C::ES || c == C::CS)) set(k, C::EN);
        else if (a == C::AN && b == C::AN && c == C::CS) set(k, C::AN);
    }
    // W5: terminators next to European digits are part of the number ("50%", "$5").
    for (size_t k = 0; k < n;) {
        if (at(k) != C::ET) {
            ++k;
            continue;
        }
        size_t e = k;
        while (e < n && at(e) == C::ET) ++e;
        if ((k > 0 && at(k - 1) == C::EN) || (e < n && at(e) == C::EN))
            for (size_t m = k; m < e; ++m) set(m, C::EN);
        k = e;
    }
    // W6: other separators and terminators are neutral.
    for (size_t k = 0; k < n; ++k)
        if (at(k) == C::ES || at(k) == C::ET || at(k) == C::CS) set(k, C::ON);
    // W7: European digits after left-to-right text are left to right.
    strong = sos;
    for (size_t k = 0; k < n; ++k) {
        const C c = at(k);
        if (c == C::L || c == C::R) strong = c;
        else if (c == C::EN && strong == C::L) set(k, C::L);
    }
    // N1, N2: neutrals between two runs of one direction take it (numbers
    // count as right to left), else the paragraph's.
    for (size_t k = 0; k < n;) {
        if (!neutral(at(k))) {
            ++k;
            continue;
        }
        size_t e = k;
        while (e < n && neutral(at(e))) ++e;
        auto side = [](C c) { return c == C::L ? C::L : C::R; };
        const C left = k == 0 ? sos : side(at(k - 1)), right = e == n ? sos : side(at(e));
        const C to = left == right ? left : sos;
        for (size_t m = k; m < e; ++m) set(m, to);
        k = e;
    }
    // I1, I2: levels. L1: blanks at the line's end go back to the paragraph's level.
    lev.assign(n, base);
    uint8_t top = base;
    for (size_t k = 0; k < n; ++k) {
        const C c = at(k);
        if (base == 0) lev[k] = c == C::R ? 1 : (c == C::AN || c == C::EN) ? 2 : 0;
        else lev[k] = (c == C::L || c == C::EN || c == C::AN) ? 2 : 1;
        top = std::max(top, lev[k]);
    }
    for (size_t k = n; k > 0 && (static_cast<C>(original[k - 1]) == C::WS || static_cast<C>(original[k - 1]) == C::BN ||
                                 static_cast<C>(original[k - 1]) == C::S);
         --k)
        lev[k - 1] = base;

    // L2 over clusters (a character and the marks after it). Within a
    // cluster, a left-to-right one keeps its marks after the base (a Latin
    // font's zero-width mark draws over the glyph before it), a right-to-left
    // one puts them before it: an Arabic font's zero-width mark draws over the
    // glyph that follows it, as a right-to-left shaper would have placed it.
    std::vector<uint32_t>& order = out.order_;  // cluster starts, in visual order
    order.clear();
    for (size_t k = 0; k < n; ++k)
        if (k == 0 || static_cast<C>(original[k]) != C::NSM) order.push_back(static_cast<uint32_t>(k));
    const uint8_t lowestOdd = std::max<uint8_t>(1, base | 1);
    for (uint8_t level = top; level >= lowestOdd; --level) {
        for (size_t a = 0; a < order.size();) {
            if (lev[order[a]] < level) {
                ++a;
                continue;
            }
            size_t b = a;
            while (b < order.size() && lev[order[b]] >= level) ++b;
            std::reverse(order.begin() + static_cast<long>(a), order.begin() + static_cast<long>(b));
            a = b;
        }
    }
    // The visual text, with brackets mirrored at odd levels (L4).
    out.text.clear();
    out.from.clear();
    for (uint32_t k : order) {
        size_t e = k + 1;
        while (e < n && static_cast<C>(original[e]) == C::NSM) ++e;
        const bool rtl = (lev[k] & 1) != 0;
        for (size_t i = k; i < e; ++i) {
            const size_t m = !rtl ? i : i + 1 < e ? i + 1 : k;  // right to left: the marks, then the base
            const size_t from = out.text.size();
            const size_t b0 = begins[m], b1 = m + 1 < n ? begins[m + 1] : line.size();
            const uint32_t mirror = (lev[m] & 1) ? mirrored(cp[m]) : 0;
            if (mirror) appendUtf8(out.text, mirror);
            else out.text.append(line.data() + b0, b1 - b0);
            out.from.insert(out.from.end(), out.text.size() - from, static_cast<uint32_t>(b0));
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Line breaks
//-----------------------------------------------------------------------------

bool breakBetween(uint32_t before, uint32_t after) {
    if (!breaksLikeCjk(before) && !breaksLikeCjk(after)) return false;
    switch (after) {  // never at the start of a line: closing punctuation, small kana marks, the prolonged sound mark
        case 0x3001: case 0x3002: case 0x300D: case 0x300F: case 0x3009: case 0x300B: case 0x3011: case 0x3015:
        case 0x301F: case 0x30FC: case 0x30FB: case 0x309D: case 0x309E: case 0x30FD: case 0x30FE: case 0x3005:
        case 0xFF09: case 0xFF0C: case 0xFF0E: case 0xFF01: case 0xFF1F: case 0xFF1A: case 0xFF1B: case 0xFF3D:
        case 0xFF5D: case ')': case ']': case '}': case ',': case '.': case '!': case '?': case ':': case ';':
        case 0x3063: case 0x30C3: case 0x3083: case 0x3085: case 0x3087: case 0x30E3: case 0x30E5: case 0x30E7:
        case 0x3041: case 0x3043: case 0x3045: case 0x3047: case 0x3049: case 0x30A1: case 0x30A3: case 0x30A5:
        case 0x30A7: case 0x30A9:
            return false;
        default: break;
    }
    switch (before) {  // never at the end of a line: opening punctuation
        case 0x300C: case 0x300E: case 0x3008: case 0x300A: case 0x3010: case 0x3014: case 0x301D: case 0xFF08:
        case 0xFF3B: case 0xFF5B: case '(': case '[': case '{':
            return false;
        default: break;
    }
    return true;
}

}  // namespace rc::bidi
