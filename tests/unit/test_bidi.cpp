// Display text (core/bidi.h, issue 18): Arabic letters in their contextual
// forms (isolated, initial, medial, final; lam-alef; marks skipped), a line
// in visual order (numbers and Latin words left to right inside Arabic,
// "C++" intact, brackets mirrored), English unchanged, malformed UTF-8
// survived, and the CJK line-break rule. Expected text is written as code
// points (U+FExx presentation forms), since an editor would shape them.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/bidi.h"
#include "core/text.h"
#include "test_util.h"

namespace {

using namespace rc::bidi;
using Cps = std::vector<uint32_t>;

Cps codePoints(std::string_view s) {
    Cps out;
    for (size_t i = 0; i < s.size();) {
        uint32_t cp = 0;
        i += rc::decodeUtf8(s, i, &cp);
        out.push_back(cp);
    }
    return out;
}

std::string utf8(const Cps& cps) {
    std::string out;
    for (uint32_t c : cps) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

Cps shaped(const Cps& logical) {
    Shaped s;
    shape(utf8(logical), s);
    return codePoints(s.text);
}

// Shaped, then in visual order, as the UI draws a line.
std::string display(const std::string& line, Dir dir) {
    Shaped s;
    shape(line, s);
    Visual v;
    reorder(s.text, dir, v);
    return v.text;
}

}  // namespace

TEST_CASE("bidi: Arabic letters take their initial, medial, final and isolated forms", "[bidi]") {
    // beh yeh teh: initial, medial, final
    CHECK(shaped({0x0628, 0x064A, 0x062A}) == Cps{0xFE91, 0xFEF4, 0xFE96});
    // a letter alone is isolated
    CHECK(shaped({0x0628}) == Cps{0xFE8F});
    // dal alef reh: right-joining letters never join the letter after them
    CHECK(shaped({0x062F, 0x0627, 0x0631}) == Cps{0xFEA9, 0xFE8D, 0xFEAD});
    // meem dal: meem joins forward, dal takes its final form
    CHECK(shaped({0x0645, 0x062F}) == Cps{0xFEE3, 0xFEAA});
    // words are apart: beh space beh
    CHECK(shaped({0x0628, ' ', 0x0628}) == Cps{0xFE8F, ' ', 0xFE8F});
    // tatweel joins both ways
    CHECK(shaped({0x0628, 0x0640, 0x0628}) == Cps{0xFE91, 0x0640, 0xFE90});
    // hamza never joins
    CHECK(shaped({0x0628, 0x0621, 0x0628}) == Cps{0xFE8F, 0xFE80, 0xFE8F});
}

TEST_CASE("bidi: lam followed by alef is one ligature, and the offsets point at the lam", "[bidi]") {
    CHECK(shaped({0x0644, 0x0627}) == Cps{0xFEFB});
    CHECK(shaped({0x0644, 0x0623}) == Cps{0xFEF7});
    CHECK(shaped({0x0644, 0x0625}) == Cps{0xFEF9});
    CHECK(shaped({0x0644, 0x0622}) == Cps{0xFEF5});
    // seen lam alef meem ("salaam"): the ligature in its final form, meem alone after the alef
    CHECK(shaped({0x0633, 0x0644, 0x0627, 0x0645}) == Cps{0xFEB3, 0xFEFC, 0xFEE1});
    Shaped s;
    const std::string word = utf8({0x0633, 0x0644, 0x0627, 0x0645});
    shape(word, s);
    REQUIRE(s.source.size() == s.text.size() + 1);
    CHECK(s.source[0] == 0);                    // seen
    CHECK(s.source[3] == 2);                    // the ligature: from the lam
    CHECK(s.source[6] == 6);                    // meem (the alef at 4 has no bytes)
    CHECK(s.source.back() == word.size());
}

TEST_CASE("bidi: harakat do not break the joining and are drawn over their letter", "[bidi]") {
    // beh fatha teh: the fatha is transparent, beh still joins teh
    CHECK(shaped({0x0628, 0x064E, 0x062A}) == Cps{0xFE91, 0x064E, 0xFE96});
    // lam shadda alef: still the ligature
    CHECK(shaped({0x0644, 0x0651, 0x0627}) == Cps{0xFEFB, 0x0651});
    // right to left: teh, then the fatha, then beh: an Arabic font's
    // zero-width mark draws over the glyph after it (after beh it stood over
    // the space beyond the word, on the web and the desktop alike)
    CHECK(codePoints(display(utf8({0x0628, 0x064E, 0x062A}), Dir::Rtl)) == Cps{0xFE96, 0x064E, 0xFE91});
    // two marks keep their order, before their base
    CHECK(codePoints(display(utf8({0x0628, 0x0651, 0x064E, 0x062A}), Dir::Rtl)) == Cps{0xFE96, 0x0651, 0x064E, 0xFE91});
    // a Latin base keeps its combining mark after it, also inside Arabic
    CHECK(codePoints(display(utf8({0x0628, ' ', 'e', 0x0301, ' ', 0x062A}), Dir::Rtl)) ==
          Cps{0xFE95, ' ', 'e', 0x0301, ' ', 0xFE8F});
}

TEST_CASE("bidi: an Arabic line reads right to left, numbers and Latin words left to right", "[bidi]") {
    // "beh teh" -> shown teh first (on the left)
    CHECK(codePoints(display(utf8({0x0628, ' ', 0x062A}), Dir::Rtl)) == Cps{0xFE95, ' ', 0xFE8F});
    // "beh 13 teh": 13 stays 13
    CHECK(codePoints(display(utf8({0x0628, ' ', '1', '3', ' ', 0x062A}), Dir::Rtl)) ==
          Cps{0xFE95, ' ', '1', '3', ' ', 0xFE8F});
    // a Latin phrase keeps its order: "beh Scikit-learn 2.5"
    const std::string v = display(utf8({0x0628, ' '}) + "Scikit-learn 2.5", Dir::Rtl);
    CHECK(v.find("Scikit-learn 2.5") != std::string::npos);
    // on an LTR line, an Arabic word inside English is reversed on its own
    CHECK(codePoints(display("a " + utf8({0x0628, 0x062A}) + " b", Dir::Ltr)) ==
          Cps{'a', ' ', 0xFE96, 0xFE91, ' ', 'b'});
}

TEST_CASE("bidi: C++ and C# inside Arabic stay as written", "[bidi]") {
    // "Java or C++?" in Arabic: ... Java alef-meem C++ (Arabic question mark)
    const std::string line = utf8({0x0623, 0x0645, ' '}) + "Java " + utf8({0x0623, 0x0645}) + " C++" + utf8({0x061F});
    const std::string v = display(line, Dir::Rtl);
    CHECK(v.find("C++") != std::string::npos);
    CHECK(v.find("++C") == std::string::npos);
    CHECK(v.find("Java") != std::string::npos);
    // the question mark ends the sentence: leftmost
    CHECK(codePoints(v).front() == 0x061F);
    CHECK(display(utf8({0x0628, ' '}) + "C#", Dir::Rtl).find("C#") != std::string::npos);
}

TEST_CASE("bidi: brackets are mirrored in right-to-left runs only", "[bidi]") {
    // beh (teh) -> shown (teh) beh, the glyphs swapped so they still open towards the word
    CHECK(codePoints(display(utf8({0x0628, ' ', '(', 0x062A, ')'}), Dir::Rtl)) ==
          Cps{'(', 0xFE95, ')', ' ', 0xFE8F});
    CHECK(codePoints(display(utf8({0x0628, ' ', 0x00AB, 0x062A, 0x00BB}), Dir::Rtl)) ==
          Cps{0x00AB, 0xFE95, 0x00BB, ' ', 0xFE8F});
    // a Latin word in brackets inside Arabic: the brackets are the Arabic's (R), mirrored
    const std::string v = display(utf8({0x0628, ' ', '('}) + "ML" + utf8({')', ' ', 0x062A}), Dir::Rtl);
    CHECK(codePoints(v) == Cps{0xFE95, ' ', '(', 'M', 'L', ')', ' ', 0xFE8F});
    // English brackets on an LTR line are untouched
    CHECK(display("f(x) [y]", Dir::Ltr) == "f(x) [y]");
}

TEST_CASE("bidi: English is unchanged and needs no work", "[bidi]") {
    for (const char* s : {"", "Machine learning engineer", "C++ (and Python) 72% 2-minute", "a, b. c: d!"}) {
        CAPTURE(s);
        CHECK_FALSE(hasRtl(s));
        CHECK(display(s, Dir::Ltr) == s);
        Shaped sh;
        shape(s, sh);
        CHECK(sh.text == s);
    }
    CHECK(display("Text ends.", Dir::Ltr) == "Text ends.");
    CHECK(firstStrong("12 Java", Dir::Rtl) == Dir::Ltr);
    CHECK(firstStrong("12 " + utf8({0x0628}), Dir::Ltr) == Dir::Rtl);
    CHECK(firstStrong("12 %", Dir::Rtl) == Dir::Rtl);
    CHECK(hasRtl(utf8({0x0628})));
    CHECK(hasRtl(utf8({0x05D0})));  // Hebrew alef
    CHECK_FALSE(hasRtl("\xC3\xBC" "bung"));  // German
    CHECK(scan("\xE6\xA9\x9F\xE6\xA2\xB0").cjk);  // Japanese
    CHECK_FALSE(scan("\xC3\xBC" "bung").cjk);
}

TEST_CASE("bidi: the visual map gives each byte's source, for highlights", "[bidi]") {
    const std::string line = utf8({0x0628, ' '}) + "ML" + utf8({' ', 0x062A});
    Visual v;
    reorder(line, Dir::Rtl, v);
    REQUIRE(v.from.size() == v.text.size());
    // shown: teh ' ' M L ' ' beh; "ML" (logical bytes 3..5) is at visual bytes 3..5
    CHECK(v.text.substr(3, 2) == "ML");
    CHECK(v.from[3] == 3);
    CHECK(v.from[4] == 4);
    CHECK(v.from[0] == 6);  // teh: logical bytes 6..7
    CHECK(v.from[1] == 6);
}

TEST_CASE("bidi: malformed UTF-8 does not crash and keeps its bytes", "[bidi]") {
    const std::vector<std::string> bad = {"\xD8", "\xD8\xA8\xD8", "\xFF\xFE ab", std::string("\xD9\x84\0\xD8\xA7", 5),
                                          "\xE0\x80\x80", "\xEF\xBB", "(\xD8\xA8\xCC)", "\xD9\x8E\xD9\x8E"};
    for (const std::string& s : bad) {
        Shaped sh;
        shape(s, sh);
        CHECK(sh.source.size() == sh.text.size() + 1);
        for (Dir d : {Dir::Ltr, Dir::Rtl}) {
            Visual v;
            reorder(sh.text, d, v);
            CHECK(v.text.size() == sh.text.size());
            CHECK(v.from.size() == v.text.size());
        }
    }
}

TEST_CASE("bidi: a line may break between CJK characters, not before closing punctuation", "[bidi]") {
    CHECK(breakBetween(0x6A5F, 0x68B0));        // 機|械
    CHECK(breakBetween(0x3067, 0x3059));        // で|す
    CHECK(breakBetween('a', 0x6A5F));           // Latin then Han
    CHECK_FALSE(breakBetween('a', 'b'));        // Latin words break at blanks only
    CHECK_FALSE(breakBetween(0x6A5F, 0x3001));  // not before 、
    CHECK_FALSE(breakBetween(0x6A5F, 0x3002));  // not before 。
    CHECK_FALSE(breakBetween(0x6A5F, 0x300D));  // not before 」
    CHECK_FALSE(breakBetween(0x6A5F, 0xFF09));  // not before ）
    CHECK_FALSE(breakBetween(0x30C7, 0x30FC));  // not before ー
    CHECK_FALSE(breakBetween(0x300C, 0x6A5F));  // not after 「
}

TEST_CASE("bidi: classes agree with UnicodeData.txt where they claim to be exact", "[bidi]") {
    std::ifstream in("/usr/share/unicode/UnicodeData.txt");
    if (!in) return;  // Debian's unicode-data is not installed: nothing to compare with
    const char* names[] = {"L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON"};
    std::string line;
    int checked = 0;
    while (std::getline(in, line)) {
        std::vector<std::string> f;
        std::stringstream ss(line);
        for (std::string x; std::getline(ss, x, ';');) f.push_back(x);
        if (f.size() < 5) continue;
        const uint32_t cp = static_cast<uint32_t>(std::stoul(f[0], nullptr, 16));
        const bool exact = cp < 0x100 || (cp >= 0x0590 && cp <= 0x06FF) || (cp >= 0x2000 && cp <= 0x205F) ||
                           (cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0xFE70 && cp <= 0xFEFF) ||
                           (cp >= 0xFF01 && cp <= 0xFF5E);
        if (!exact || f[1].find("First>") != std::string::npos) continue;
        CAPTURE(f[0], f[4]);
        const std::string got = names[static_cast<int>(classOf(cp))];
        const std::string want = f[4] == "LRE" || f[4] == "RLE" || f[4] == "LRO" || f[4] == "RLO" || f[4] == "PDF"
                                     ? "BN"  // explicit embeddings: ignored
                                     : f[4];
        CHECK(got == want);
        ++checked;
    }
    CHECK(checked > 1000);
}
