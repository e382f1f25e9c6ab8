// rolecompare core: clusters of complex scripts, drawn as one glyph each.
//
// The UI draws text one character at a time from a glyph atlas (core/bidi.h).
// That is right for Latin, Cyrillic, Greek, CJK, and Arabic once its letters
// are in their joined forms, but not for the scripts whose characters change
// shape and place with their neighbours: Devanagari and the other Indic
// scripts (conjuncts, the i-sign drawn before its consonant, reph), Thai and
// Lao (vowels and tone marks stacked over or under the consonant), Tibetan,
// Myanmar, Khmer. There the unit of drawing is the cluster: a base character
// with the combining marks after it, and for the Indic scripts the
// consonants joined to it by a virama.
//
// A cluster of more than one character gets a code point of its own in the
// Private Use Area (U+E000..U+F8FF), and the atlas gets a glyph for that code
// point: the whole cluster as the platform's shaping draws it (the browser's
// canvas on the web, HarfBuzz on the desktop). Text is then drawn, measured
// and wrapped as before, one "character" per cluster. The table is made from
// all the text the atlas is built for (the data, the catalogue), before the
// build; a cluster it does not hold (typed text) is drawn one character at a
// time, as before.
//
// Pure C++17.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rc::bidi {

// Whether `cp` belongs to a script drawn by clusters (the blocks above:
// U+0900..U+0DFF Indic, U+0E00..U+0EFF Thai and Lao, U+0F00..U+0FFF Tibetan,
// U+1000..U+109F Myanmar, U+1780..U+17FF Khmer).
bool isComplex(uint32_t cp);

// The end (byte offset) of the cluster starting at byte `i` of `s`: one
// character, followed by the combining marks, zero-width joiners and
// non-joiners after it, and for a complex script by the characters a virama
// (or Thai's and Lao's spacing AM vowel) binds to it. A character outside the
// complex scripts is a cluster of its own.
size_t clusterEnd(std::string_view s, size_t i);

class Clusters {
public:
    static constexpr uint32_t kFirst = 0xE000, kLast = 0xF8FF;  // the BMP's Private Use Area

    // Registers every cluster of `s` of two or more characters in a complex
    // script. Returns how many were new. When the area is full, the rest are
    // not registered (and are drawn one character at a time).
    size_t add(std::string_view s);
    // The code point of `cluster`, or 0 when it has none.
    uint32_t find(std::string_view cluster) const;
    // The text of a cluster's code point ("" when `cp` is not one of them).
    std::string_view text(uint32_t cp) const;
    // Every cluster, by code point (kFirst, kFirst+1, ...).
    size_t size() const { return spans_.size(); }
    uint32_t codepoint(size_t k) const { return kFirst + static_cast<uint32_t>(k); }
    bool empty() const { return spans_.empty(); }
    void clear();
    // Drops clusters (by code point) the platform cannot draw: they are drawn
    // one character at a time. Code points of the others stay as they were.
    void forget(uint32_t cp);
    // Changes whenever a code point's meaning may have: text shaped with an
    // older table is stale.
    uint32_t version() const { return version_; }

private:
    struct Span { uint32_t at, size; };  // in store_; size 0: forgotten
    std::string store_;                  // every cluster's text, one after another
    std::vector<Span> spans_;            // by code point - kFirst
    std::vector<uint32_t> sorted_;       // code points - kFirst, by their text (find)
    uint32_t version_ = 0;
};

}  // namespace rc::bidi
