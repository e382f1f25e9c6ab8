// Clusters of complex scripts as one glyph each: see clusters.h.
#include "clusters.h"

#include <algorithm>
#include <iterator>

#include "text.h"

namespace rc::bidi {

namespace {

// The combining marks (general categories Mn, Mc, Me) of the complex
// scripts' blocks, as [first, last] ranges, from Debian's
// /usr/share/unicode/UnicodeData.txt (tests/unit/test_clusters.cpp checks
// the table against it).
struct Range { uint16_t first, last; };  // all in the Basic Multilingual Plane
constexpr Range kMarks[] = {
    {0x0900, 0x0903}, {0x093A, 0x093C}, {0x093E, 0x094F}, {0x0951, 0x0957}, {0x0962, 0x0963}, {0x0981, 0x0983},
    {0x09BC, 0x09BC}, {0x09BE, 0x09C4}, {0x09C7, 0x09C8}, {0x09CB, 0x09CD}, {0x09D7, 0x09D7}, {0x09E2, 0x09E3},
    {0x09FE, 0x09FE}, {0x0A01, 0x0A03}, {0x0A3C, 0x0A3C}, {0x0A3E, 0x0A42}, {0x0A47, 0x0A48}, {0x0A4B, 0x0A4D},
    {0x0A51, 0x0A51}, {0x0A70, 0x0A71}, {0x0A75, 0x0A75}, {0x0A81, 0x0A83}, {0x0ABC, 0x0ABC}, {0x0ABE, 0x0AC5},
    {0x0AC7, 0x0AC9}, {0x0ACB, 0x0ACD}, {0x0AE2, 0x0AE3}, {0x0AFA, 0x0AFF}, {0x0B01, 0x0B03}, {0x0B3C, 0x0B3C},
    {0x0B3E, 0x0B44}, {0x0B47, 0x0B48}, {0x0B4B, 0x0B4D}, {0x0B55, 0x0B57}, {0x0B62, 0x0B63}, {0x0B82, 0x0B82},
    {0x0BBE, 0x0BC2}, {0x0BC6, 0x0BC8}, {0x0BCA, 0x0BCD}, {0x0BD7, 0x0BD7}, {0x0C00, 0x0C04}, {0x0C3C, 0x0C3C},
    {0x0C3E, 0x0C44}, {0x0C46, 0x0C48}, {0x0C4A, 0x0C4D}, {0x0C55, 0x0C56}, {0x0C62, 0x0C63}, {0x0C81, 0x0C83},
    {0x0CBC, 0x0CBC}, {0x0CBE, 0x0CC4}, {0x0CC6, 0x0CC8}, {0x0CCA, 0x0CCD}, {0x0CD5, 0x0CD6}, {0x0CE2, 0x0CE3},
    {0x0CF3, 0x0CF3}, {0x0D00, 0x0D03}, {0x0D3B, 0x0D3C}, {0x0D3E, 0x0D44}, {0x0D46, 0x0D48}, {0x0D4A, 0x0D4D},
    {0x0D57, 0x0D57}, {0x0D62, 0x0D63}, {0x0D81, 0x0D83}, {0x0DCA, 0x0DCA}, {0x0DCF, 0x0DD4}, {0x0DD6, 0x0DD6},
    {0x0DD8, 0x0DDF}, {0x0DF2, 0x0DF3}, {0x0E31, 0x0E31}, {0x0E34, 0x0E3A}, {0x0E47, 0x0E4E}, {0x0EB1, 0x0EB1},
    {0x0EB4, 0x0EBC}, {0x0EC8, 0x0ECE}, {0x0F18, 0x0F19}, {0x0F35, 0x0F35}, {0x0F37, 0x0F37}, {0x0F39, 0x0F39},
    {0x0F3E, 0x0F3F}, {0x0F71, 0x0F84}, {0x0F86, 0x0F87}, {0x0F8D, 0x0F97}, {0x0F99, 0x0FBC}, {0x0FC6, 0x0FC6},
    {0x102B, 0x103E}, {0x1056, 0x1059}, {0x105E, 0x1060}, {0x1062, 0x1064}, {0x1067, 0x106D}, {0x1071, 0x1074},
    {0x1082, 0x108D}, {0x108F, 0x108F}, {0x109A, 0x109D}, {0x17B4, 0x17D3}, {0x17DD, 0x17DD},
};

bool isMark(uint32_t cp) {
    const Range* r = std::upper_bound(std::begin(kMarks), std::end(kMarks), cp,
                                      [](uint32_t c, const Range& x) { return c < x.first; });
    return r != std::begin(kMarks) && cp <= r[-1].last;
}

// The viramas that join the next consonant to the cluster (a conjunct, or a
// half form): the Indic scripts', Myanmar's invisible stacker, Khmer's coeng.
// Not the visible ones (Myanmar's asat, Thai's phinthu, Tibetan's halanta).
bool joinsNext(uint32_t cp) {
    switch (cp) {
    case 0x094D: case 0x09CD: case 0x0A4D: case 0x0ACD: case 0x0B4D: case 0x0BCD:
    case 0x0C4D: case 0x0CCD: case 0x0D4D: case 0x0DCA: case 0x1039: case 0x17D2:
        return true;
    default:
        return false;
    }
}

bool isJoiner(uint32_t cp) { return cp == 0x200C || cp == 0x200D; }

// Thai's and Lao's AM vowel (a spacing character that takes the nikhahit
// over the consonant before it) belongs to that consonant's cluster.
bool extendsLikeMark(uint32_t cp) { return isMark(cp) || cp == 0x0E33 || cp == 0x0EB3; }

}  // namespace

bool isComplex(uint32_t cp) {
    return (cp >= 0x0900 && cp <= 0x0FFF) || (cp >= 0x1000 && cp <= 0x109F) || (cp >= 0x1780 && cp <= 0x17FF);
}

size_t clusterEnd(std::string_view s, size_t i) {
    uint32_t cp = 0;
    size_t at = i + decodeUtf8(s, i, &cp);
    if (!isComplex(cp)) return at;
    bool joined = joinsNext(cp);
    while (at < s.size()) {
        uint32_t next = 0;
        const size_t n = decodeUtf8(s, at, &next);
        if (isJoiner(next) || (isComplex(next) && extendsLikeMark(next))) {
            joined = joinsNext(next) || (joined && isJoiner(next));
        } else if (joined && isComplex(next)) {  // the consonant a virama joins on
            joined = false;
        } else {
            break;
        }
        at += n;
    }
    return at;
}

size_t Clusters::add(std::string_view s) {
    size_t added = 0;
    auto byText = [&](uint32_t k, std::string_view t) { return text(kFirst + k) < t; };
    for (size_t i = 0; i < s.size();) {
        const unsigned char b = static_cast<unsigned char>(s[i]);
        if (b < 0xE0) {  // ASCII and two-byte characters: below U+0800, no complex script
            i += b < 0x80 ? 1 : 2;
            continue;
        }
        const size_t end = clusterEnd(s, i);
        uint32_t cp = 0;
        if (end - i > decodeUtf8(s, i, &cp) && isComplex(cp) && spans_.size() <= kLast - kFirst) {
            const std::string_view c = s.substr(i, end - i);
            auto at = std::lower_bound(sorted_.begin(), sorted_.end(), c, byText);
            if (at == sorted_.end() || text(kFirst + *at) != c) {
                sorted_.insert(at, static_cast<uint32_t>(spans_.size()));
                spans_.push_back({static_cast<uint32_t>(store_.size()), static_cast<uint32_t>(c.size())});
                store_.append(c);
                ++added;
            }
        }
        i = end;
    }
    if (added) ++version_;
    return added;
}

uint32_t Clusters::find(std::string_view cluster) const {
    auto at = std::lower_bound(sorted_.begin(), sorted_.end(), cluster,
                               [&](uint32_t k, std::string_view t) { return text(kFirst + k) < t; });
    return at != sorted_.end() && text(kFirst + *at) == cluster ? kFirst + *at : 0;
}

std::string_view Clusters::text(uint32_t cp) const {
    if (cp < kFirst || cp - kFirst >= spans_.size()) return {};
    const Span sp = spans_[cp - kFirst];
    return std::string_view(store_).substr(sp.at, sp.size);
}

void Clusters::clear() {
    if (!spans_.empty()) ++version_;
    store_.clear();
    spans_.clear();
    sorted_.clear();
}

void Clusters::forget(uint32_t cp) {
    if (cp < kFirst || cp - kFirst >= spans_.size() || spans_[cp - kFirst].size == 0) return;
    sorted_.erase(std::remove(sorted_.begin(), sorted_.end(), cp - kFirst), sorted_.end());
    spans_[cp - kFirst].size = 0;
    ++version_;
}

}  // namespace rc::bidi
