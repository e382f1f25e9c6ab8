// Search tests for text in other languages (issue 18): diacritics and sharp s
// fold ("ubung" finds "Übung", "strasse" finds "Straße" and back), combining
// marks, Greek and fullwidth letters, and CJK found by character inside a
// sentence ("学習" in "機械学習エンジニアは..."), through the API the views use:
// parseQuery + search (the result list), findSpans (the views' highlight) and
// matchFaq (the FAQ filter), on small datasets built here with meta.language
// "de" and "ja". Highlights are byte ranges of the original text.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "core/search.h"

namespace {

using Spans = std::vector<rc::Span>;

std::string highlighted(const std::string& text, const Spans& spans) {
    std::string out;
    size_t at = 0;
    for (const rc::Span& s : spans) {
        out += text.substr(at, s.begin - at) + "[" + text.substr(s.begin, s.end - s.begin) + "]";
        at = s.end;
    }
    return out + text.substr(at);
}

rc::Dataset faqDataset(const char* language, const std::vector<std::pair<std::string, std::string>>& items) {
    rc::Dataset d;
    d.meta.id = "locale-test";
    d.meta.language = language;
    for (size_t i = 0; i < items.size(); ++i) {
        rc::FaqItem f;
        f.id = "q" + std::to_string(i);
        f.question = items[i].first;
        f.answer = items[i].second;
        d.faq.push_back(std::move(f));
    }
    return d;
}

struct Hit {
    int faq;
    std::string marked;  // the hit's field with its highlights in [brackets]
};

// The FAQ hits of `text`, best first, checking that every place agrees: the
// result list's highlight is findSpans', and the FAQ filter shows the same items.
std::vector<Hit> find(const rc::Dataset& d, const rc::SearchIndex& ix, const std::string& text) {
    INFO("query: " << text);
    const rc::Query q = rc::parseQuery(text, ix);
    std::vector<Hit> out;
    std::set<int> found;
    for (const rc::SearchHit& h : rc::search(ix, q)) {
        REQUIRE(h.section == rc::Section::Faq);
        CHECK(h.spans == rc::findSpans(h.text, q));
        CHECK_FALSE(h.spans.empty());
        out.push_back({h.index, highlighted(h.text, h.spans)});
        found.insert(h.index);
    }
    const rc::Query viewQuery = rc::parseQuery(text, d);
    std::set<int> visible;
    const std::vector<rc::FaqMatch> m = rc::matchFaq(d, viewQuery);
    for (size_t i = 0; i < m.size(); ++i)
        if (m[i].visible) visible.insert(static_cast<int>(i));
    CHECK(visible == found);
    return out;
}

std::set<int> faqsOf(const std::vector<Hit>& hits) {
    std::set<int> s;
    for (const Hit& h : hits) s.insert(h.faq);
    return s;
}

const rc::Dataset& german() {
    static const rc::Dataset d = faqDataset("de", {
        {"Welche Übung hilft beim Einstieg?", "Eine kleine Übung pro Woche."},         // 0
        {"Wo ist das Büro?", "In der Straße am Markt."},                                  // 1
        {"Wo parke ich?", "In der Strasse hinter dem Haus."},                             // 2
        {"Gibt es U\xcc\x88" "bungen?", "Ja, im Cafe\xcc\x81 gegenu\xcc\x88" "ber."},     // 3: decomposed Ü, é, ü
        {"Wie lang ist der Code?", "Kurz."},                                              // 4
    });
    return d;
}

const rc::Dataset& japanese() {
    static const rc::Dataset d = faqDataset("ja", {
        {"機械学習エンジニアは何をしますか？", "モデルを本番環境に届けます。"},  // 0
        {"学習に必要な数学は？", "線形代数と確率です。"},                        // 1
        {"機械の保守とは？", "定期的な点検です。"},                              // 2
        {"統計", "データの要約。"},                                              // 3
        {"ＡＩエンジニアの仕事", "猫"},                                          // 4
    });
    return d;
}

}  // namespace

TEST_CASE("diacritics and sharp s fold: ubung finds Übung, strasse finds Straße and back", "[search][locale]") {
    const rc::Dataset& d = german();
    const rc::SearchIndex ix = rc::buildIndex(d);

    std::vector<Hit> hits = find(d, ix, "ubung");
    REQUIRE(faqsOf(hits) == std::set<int>{0, 3});
    CHECK(hits[0].faq == 0);
    CHECK(hits[0].marked == "Welche [Übung] hilft beim Einstieg?");
    // Decomposed input: the highlight covers the combining diaeresis too.
    CHECK(hits[1].marked == "Gibt es [U\xcc\x88" "bung]en?");

    hits = find(d, ix, "strasse");
    REQUIRE(faqsOf(hits) == std::set<int>{1, 2});
    CHECK(hits[0].marked == "In der [Straße] am Markt.");
    CHECK(hits[1].marked == "In der [Strasse] hinter dem Haus.");

    hits = find(d, ix, "Straße");
    REQUIRE(faqsOf(hits) == std::set<int>{1, 2});
    CHECK(hits[1].marked == "In der [Strasse] hinter dem Haus.");

    // A prefix ending inside "ss" takes the whole "ß".
    hits = find(d, ix, "stras");
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].marked == "In der [Straß]e am Markt.");

    // Upper case and accents in the query fold too.
    CHECK(faqsOf(find(d, ix, "ÜBUNG")) == std::set<int>{0, 3});
    CHECK(faqsOf(find(d, ix, "buro")) == std::set<int>{1});
    CHECK(faqsOf(find(d, ix, "café gegenüber")) == std::set<int>{3});
    CHECK(find(d, ix, "café")[0].marked == "Ja, im [Cafe\xcc\x81] gegenu\xcc\x88" "ber.");
}

TEST_CASE("highlights are byte ranges of the original text", "[search][locale]") {
    const rc::Query q = rc::parseQuery("ubung", german());
    const std::string precomposed = "Eine Übung.";
    CHECK(rc::findSpans(precomposed, q) == Spans{{5, 11}});  // "Übung": Ü is 2 bytes
    const std::string decomposed = "Eine U\xcc\x88" "bung.";
    CHECK(rc::findSpans(decomposed, q) == Spans{{5, 12}});  // U + U+0308 (2 bytes) + bung
    // A one-letter prefix still takes the mark that follows it.
    CHECK(rc::findSpans(decomposed, rc::parseQuery("u", german())) == Spans{{5, 8}});
    CHECK(rc::findSpans("Cafe\xcc\x81", rc::parseQuery("cafe")) == Spans{{0, 6}});
    CHECK(rc::findSpans("Straße", rc::parseQuery("strasse")) == Spans{{0, 7}});
    // Other scripts: Greek tonos, fullwidth ASCII, Latin Extended-A.
    CHECK(highlighted("Η Μάθηση", rc::findSpans("Η Μάθηση", rc::parseQuery("μαθηση"))) == "Η [Μάθηση]");
    CHECK(highlighted("ΜΆΘΗΣΗ", rc::findSpans("ΜΆΘΗΣΗ", rc::parseQuery("μάθ"))) == "[ΜΆΘ]ΗΣΗ");
    CHECK(highlighted("ＡＩ基礎", rc::findSpans("ＡＩ基礎", rc::parseQuery("ai"))) == "[ＡＩ]基礎");
    CHECK(highlighted("Łódź, Øresund", rc::findSpans("Łódź, Øresund", rc::parseQuery("lodz oresund"))) ==
          "[Łódź], [Øresund]");
    CHECK(highlighted("Œuvre", rc::findSpans("Œuvre", rc::parseQuery("oeu"))) == "[Œu]vre");
    CHECK(rc::findSpans("Æ", rc::parseQuery("a")) == Spans{{0, 2}});
    // Arabic: harakat dropped, hamza forms of alef are alef, "؟" ends the word.
    CHECK(highlighted("مُهَنْدِس", rc::findSpans("مُهَنْدِس", rc::parseQuery("مهندس"))) == "[مُهَنْدِس]");
    CHECK(highlighted("ما هو التعلم الآلي؟", rc::findSpans("ما هو التعلم الآلي؟", rc::parseQuery("الالي"))) ==
          "ما هو التعلم [الآلي]؟");
    CHECK(highlighted("عام ٢٠٢٤", rc::findSpans("عام ٢٠٢٤", rc::parseQuery("2024"))) == "عام [٢٠٢٤]");
    // Hebrew: points dropped.
    CHECK(highlighted("שָׁלוֹם", rc::findSpans("שָׁלוֹם", rc::parseQuery("שלום"))) == "[שָׁלוֹם]");
}

TEST_CASE("English word forms only for English or unknown data", "[search][locale]") {
    // "coding" and "code" share the English stem "cod"; in German data no English suffix rule applies.
    const rc::Dataset& d = german();
    CHECK(find(d, rc::buildIndex(d), "coding").empty());
    CHECK(rc::findSpans("Wie lang ist der Code?", rc::parseQuery("coding", d)).empty());
    rc::Dataset english = d;
    english.meta.language = "en-GB";
    CHECK(faqsOf(find(english, rc::buildIndex(english), "coding")) == std::set<int>{4});
    rc::Dataset unknown = d;
    unknown.meta.language = "";
    CHECK(faqsOf(find(unknown, rc::buildIndex(unknown), "coding")) == std::set<int>{4});
    // Prefixes still work in German: "Übung" finds "Übungen".
    CHECK(find(d, rc::buildIndex(d), "übung")[1].marked == "Gibt es [U\xcc\x88" "bung]en?");
}

TEST_CASE("a Japanese word is found inside a Japanese sentence", "[search][locale][cjk]") {
    const rc::Dataset& d = japanese();
    const rc::SearchIndex ix = rc::buildIndex(d);

    std::vector<Hit> hits = find(d, ix, "学習");
    REQUIRE(faqsOf(hits) == std::set<int>{0, 1});
    CHECK(hits[0].marked == "機械[学習]エンジニアは何をしますか？");
    CHECK(hits[1].marked == "[学習]に必要な数学は？");

    hits = find(d, ix, "機械学習");
    REQUIRE(faqsOf(hits) == std::set<int>{0});  // not "機械の保守": the characters must follow each other
    CHECK(hits[0].marked == "[機械学習]エンジニアは何をしますか？");
    CHECK(find(d, ix, "機械学習エンジニア")[0].marked == "[機械学習エンジニア]は何をしますか？");
    CHECK(faqsOf(find(d, ix, "機械")) == std::set<int>{0, 2});
    CHECK(find(d, ix, "学習数学").empty());
    // Two words: both in one item.
    CHECK(faqsOf(find(d, ix, "学習 数学")) == std::set<int>{1});
    CHECK(faqsOf(find(d, ix, "エンジニア")) == std::set<int>{0, 4});

    // One character: any unit holding it, also the last character of a run.
    hits = find(d, ix, "学");
    REQUIRE(faqsOf(hits) == std::set<int>{0, 1});
    CHECK(hits[1].marked == "[学]習に必要な数[学]は？");
    hits = find(d, ix, "計");
    REQUIRE(faqsOf(hits) == std::set<int>{3});
    CHECK(hits[0].marked == "統[計]");
    CHECK(faqsOf(find(d, ix, "猫")) == std::set<int>{4});  // a one-character run

    // Fullwidth Latin next to katakana is a word of its own.
    CHECK(find(d, ix, "ai")[0].marked == "[ＡＩ]エンジニアの仕事");

    // Highlights in any text, as the views draw them.
    const rc::Query q = rc::parseQuery("機械学習", d);
    CHECK(rc::findSpans("機械学習エンジニア", q) == Spans{{0, 12}});
    CHECK(rc::findSpans("機械、学習", q).empty());  // punctuation ends a run
    CHECK(highlighted("ML学習と深層学習", rc::findSpans("ML学習と深層学習", rc::parseQuery("学習", d))) ==
          "ML[学習]と深層[学習]");
}

// The helpers behind the rules above (text.h). Cut from here on to run the
// cases above against a build without them.
TEST_CASE("search folding and CJK units", "[search][locale][text]") {
    CHECK(rc::foldForSearch("Übung Straße ẞ") == "ubung strasse ss");
    CHECK(rc::foldForSearch("Æsir Œuvre Þing") == "aesir oeuvre thing");
    CHECK(rc::foldForSearch("Øresund Łódź Đakovo İzmir ſ") == "oresund lodz dakovo izmir s");
    CHECK(rc::foldForSearch("e\xcc\x81" "cole") == "ecole");
    CHECK(rc::foldForSearch("ΆΈΉΊΌΎΏ ϊϋ ς") == "αεηιουω ιυ σ");
    CHECK(rc::foldForSearch("ＡＢＣ１２＋") == "abc12+");
    CHECK(rc::foldForSearch("Tiếng Việt, Ștefan") == "tieng viet, stefan");
    // CJK keeps its bytes, a decomposed kana voiced mark (U+3099) included.
    CHECK(rc::foldForSearch("機械学習が\xe3\x81\x8b\xe3\x82\x99") == "機械学習が\xe3\x81\x8b\xe3\x82\x99");
    CHECK(rc::foldForSearch("Привет ЁЖ") == "привет ёж");
    CHECK(rc::foldForSearch("أَحْمَد إلى آخر مدرسة") == "احمد الي اخر مدرسه");
    CHECK(rc::foldForSearch("۱۲٣") == "123");

    CHECK(rc::originalLength("Straße", 5) == 6);
    CHECK(rc::originalLength("Straße", 7) == 7);
    CHECK(rc::originalLength("e\xcc\x81x", 1) == 3);
    CHECK(rc::originalLength("e\xcc\x81x", 1, false) == 1);
    CHECK(rc::originalLength("abc", 0) == 0);

    std::vector<rc::SearchToken> t;
    rc::tokenizeForSearch("AI学習、猫 C++（ML）", t);
    REQUIRE(t.size() == 5);
    CHECK((t[0].begin == 0 && t[0].end == 2 && !t[0].cjk));
    CHECK((t[1].begin == 2 && t[1].end == 8 && t[1].cjk && !t[1].joined));
    CHECK((t[2].begin == 11 && t[2].end == 14 && t[2].cjk && !t[2].joined));
    CHECK((t[3].begin == 15 && t[3].end == 18 && !t[3].cjk));  // C++
    CHECK((t[4].begin == 21 && t[4].end == 23));                // ML between fullwidth parentheses
    t.clear();
    rc::tokenizeForSearch("機械学習", t);
    REQUIRE(t.size() == 3);
    CHECK((t[0].begin == 0 && t[0].end == 6 && !t[0].joined));
    CHECK((t[1].begin == 3 && t[1].end == 9 && t[1].joined));
    CHECK((t[2].begin == 6 && t[2].end == 12 && t[2].joined));

    CHECK(rc::usesEnglishForms(""));
    CHECK(rc::usesEnglishForms("en"));
    CHECK(rc::usesEnglishForms("EN-us"));
    CHECK_FALSE(rc::usesEnglishForms("de"));
    CHECK_FALSE(rc::usesEnglishForms("eng"));

    const rc::Query q = rc::parseQuery("ÉCOLE Straße strasse 機械学習");
    CHECK(q.terms == std::vector<std::string>{"école", "straße", "機械学習"});  // as typed, "strasse" is the same key
    CHECK(q.keys == std::vector<std::string>{"ecole", "strasse", "機械学習"});
    CHECK(q.cjk == std::vector<uint8_t>{0, 0, 1});
}
