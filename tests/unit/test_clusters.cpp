// Clusters of complex scripts (core/clusters.h): where a cluster ends, the
// table of clusters with a glyph each, and shape() putting their code points
// in the text.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/bidi.h"
#include "core/clusters.h"
#include "core/text.h"

using rc::bidi::Clusters;

namespace {

std::vector<std::string> split(std::string_view s) {
    std::vector<std::string> out;
    for (size_t i = 0; i < s.size();) {
        const size_t end = rc::bidi::clusterEnd(s, i);
        out.emplace_back(s.substr(i, end - i));
        i = end;
    }
    return out;
}

std::string utf8(uint32_t cp) {
    std::string s;
    rc::appendUtf8(s, cp);
    return s;
}

}  // namespace

TEST_CASE("clusters: a base, its marks, and the consonants a virama joins", "[clusters]") {
    // Hindi: हि (ha + i-sign, drawn before its consonant), न्दी (na + virama + da + ii-sign: a conjunct).
    CHECK(split("हिन्दी") == std::vector<std::string>{"हि", "न्दी"});
    // क्षे: ka + virama + ssa + e-sign, one conjunct; त्र: ta + virama + ra.
    CHECK(split("क्षेत्र") == std::vector<std::string>{"क्षे", "त्र"});
    // Nukta, candra o, virama + ZWJ-less conjunct फ़्ट, then plain letters.
    CHECK(split("सॉफ़्टवेयर") == std::vector<std::string>{"सॉ", "फ़्ट", "वे", "य", "र"});
    // The danda and the blank stand alone.
    CHECK(split("है।") == std::vector<std::string>{"है", "।"});
    // Thai: vowels and tone marks over or under their consonant; leading vowels stand alone; AM joins.
    CHECK(split("สร้างซอฟต์แวร์") ==
          std::vector<std::string>{"ส", "ร้", "า", "ง", "ซ", "อ", "ฟ", "ต์", "แ", "ว", "ร์"});
    CHECK(split("ทำ") == std::vector<std::string>{"ทำ"});
    // A virama then ZWJ (a half form) keeps the next consonant too.
    CHECK(split("क्\u200Dष") == std::vector<std::string>{"क्\u200Dष"});
    // Other scripts: one character each, combining marks included (bidi.h draws those).
    CHECK(split("e\u0301ab") == std::vector<std::string>{"e", "\u0301", "a", "b"});
    CHECK(split("نص") == std::vector<std::string>{"ن", "ص"});
    CHECK(split("") .empty());
}

TEST_CASE("clusters: the marks agree with UnicodeData.txt", "[clusters]") {
    std::ifstream in("/usr/share/unicode/UnicodeData.txt");
    REQUIRE(in.good());
    std::string line;
    int marks = 0, letters = 0;
    while (std::getline(in, line)) {
        const uint32_t cp = static_cast<uint32_t>(std::stoul(line.substr(0, line.find(';')), nullptr, 16));
        if (!rc::bidi::isComplex(cp)) continue;
        std::vector<std::string> f;
        std::stringstream ss(line);
        for (std::string x; std::getline(ss, x, ';');) f.push_back(x);
        const bool mark = f[2] == "Mn" || f[2] == "Mc" || f[2] == "Me";
        // After KA (U+0915, no virama): a mark extends its cluster, anything else starts a new one.
        const std::string s = "क" + utf8(cp);
        const bool extends = rc::bidi::clusterEnd(s, 0) == s.size();
        INFO("U+" << std::hex << cp << " " << f[1] << " " << f[2]);
        CHECK(extends == (mark || cp == 0x0E33 || cp == 0x0EB3));
        (mark ? marks : letters)++;
    }
    CHECK(marks > 300);
    CHECK(letters > 500);
}

TEST_CASE("clusters: the table gives each multi-character cluster a code point", "[clusters]") {
    Clusters c;
    CHECK(c.add("Builds software, C++ and Übung") == 0);  // nothing complex: nothing to do
    CHECK(c.empty());
    const uint32_t v0 = c.version();
    CHECK(c.add("हिन्दी सॉफ़्टवेयर") == 5);  // हि न्दी सॉ फ़्ट वे
    CHECK(c.size() == 5);
    CHECK(c.version() != v0);
    const uint32_t hi = c.find("हि");
    CHECK(hi == Clusters::kFirst);
    CHECK(c.text(hi) == "हि");
    CHECK(c.find("न्दी") == Clusters::kFirst + 1);
    CHECK(c.find("ह") == 0);      // one character: drawn as it is
    CHECK(c.find("हिन") == 0);    // not a cluster
    const uint32_t v1 = c.version();
    CHECK(c.add("हिन्दी") == 0);  // known already: same code points, same version
    CHECK(c.version() == v1);
    c.forget(hi);
    CHECK(c.find("हि") == 0);
    CHECK(c.text(hi).empty());
    CHECK(c.find("न्दी") == Clusters::kFirst + 1);  // the others keep theirs
    CHECK(c.version() != v1);
    CHECK(c.text(0x41).empty());
    c.clear();
    CHECK(c.empty());
    CHECK(c.find("न्दी") == 0);
}

TEST_CASE("clusters: the area has room for 6400; the rest are drawn as characters", "[clusters]") {
    Clusters c;
    // Distinct two-character clusters: a consonant and a vowel sign, over many consonants, and
    // Thai consonants with marks, until the table is full.
    std::string text;
    for (uint32_t base = 0x0915; base <= 0x0939; ++base)
        for (uint32_t sign = 0x093E; sign <= 0x094C; ++sign)
            for (uint32_t mark : {0x0900, 0x0901, 0x0902, 0x0903, 0x0951, 0x0952, 0x0953, 0x0954, 0x0955, 0x0956, 0x0957})
                text += utf8(base) + utf8(sign) + utf8(mark) + " ";
    for (uint32_t base = 0x0E01; base <= 0x0E2E; ++base)
        for (uint32_t m1 = 0x0E34; m1 <= 0x0E3A; ++m1)
            for (uint32_t m2 = 0x0E47; m2 <= 0x0E4E; ++m2) text += utf8(base) + utf8(m1) + utf8(m2) + " ";
    c.add(text);
    CHECK(c.size() == Clusters::kLast - Clusters::kFirst + 1);
    CHECK(c.find(utf8(0x0E2E) + utf8(0x0E3A) + utf8(0x0E4E)) == 0);  // the last ones did not fit
}

TEST_CASE("clusters: shape() puts a known cluster's code point in the text, and says where it came from", "[clusters]") {
    Clusters c;
    c.add("हिन्दी");
    rc::bidi::Shaped out;
    rc::bidi::shape("a हिन्दी.", out, &c);
    CHECK(out.text == "a " + utf8(Clusters::kFirst) + utf8(Clusters::kFirst + 1) + ".");
    // Each output byte names the first byte of its cluster in the input: "a " is 2, हि 6, न्दी 12 bytes.
    REQUIRE(out.source.size() == out.text.size() + 1);
    CHECK(out.source[2] == 2);
    CHECK(out.source[4] == 2);
    CHECK(out.source[5] == 8);
    CHECK(out.source[8] == 20);
    CHECK(out.source.back() == std::string("a हिन्दी.").size());
    // Without the table, or for clusters it does not hold, the text is as it was.
    rc::bidi::shape("a हिन्दी.", out);
    CHECK(out.text == "a हिन्दी.");
    rc::bidi::shape("क्षेत्र", out, &c);
    CHECK(out.text == "क्षेत्र");
    // Arabic is shaped as before next to clusters.
    rc::bidi::shape("هي हि", out, &c);
    CHECK(out.text == "\uFEEB\uFEF2 " + utf8(Clusters::kFirst));
}

TEST_CASE("clusters: scan() says when a string holds a complex script", "[clusters]") {
    CHECK_FALSE(rc::bidi::scan("plain text, Übung, 日本語").complex);
    CHECK(rc::bidi::scan("text हिन्दी").complex);
    CHECK(rc::bidi::scan("สร้าง").complex);
    CHECK(rc::bidi::scan("عربي ทำ").rtl);
    CHECK(rc::bidi::scan("عربي ทำ").complex);
}
