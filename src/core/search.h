// rolecompare full-text search over one dataset.
//
// Matching rules (the UI's highlight and the result list agree on them):
// - the query is split into words like the text (see tokenize() in text.h),
//   so "f1 score", "F1-score" and "f1/score" are the same query ("C++" and
//   "C#" stay whole words);
// - case- and accent-insensitive: text and query are compared in their
//   search fold (foldForSearch in text.h: case, Latin diacritics, "ß" = "ss",
//   "æ" = "ae", combining marks, Greek tonos, fullwidth ASCII), so "ubung"
//   finds "Übung", "strasse" finds "Straße" and "Straße" finds "strasse";
//   highlights cover the original characters, accents and combining marks
//   included (originalLength in text.h maps the folded bytes back);
// - CJK (Han, kana, Hangul: isCjk in text.h) is written without spaces, so it
//   is searched by character: a query's run of CJK characters is one term
//   that matches where the same characters occur, in that order, inside one
//   run of CJK characters of the text ("学習" finds "機械学習エンジニア", and so
//   do "学" and "機械学習"), highlighting exactly those characters. The index
//   holds CJK runs as overlapping character bigrams (tokenizeForSearch) and
//   checks a longer run's bigrams on consecutive tokens of one run; a
//   one-character query matches the bigrams that start or end with it. CJK
//   terms have no word forms, synonyms or narrower terms;
// - a query word matches a text word that STARTS with it ("engineer" finds
//   "engineers", "ml" does not find "html"), highlighting that prefix;
// - or a text word that is another FORM of it: both reduce to the same stem
//   (wordStem below), highlighting the whole word: "salary" finds "salaries",
//   "deployment" finds "deploy"/"deployed", "coding" finds "code";
// - or, when the dataset lists it in a synonym group (JSON "search", see
//   docs/data-format.md), any word of that group or one of its forms: with
//   pay/paid/salary in one group, "salary" finds "paid". A query word is in a
//   group when its stem is a group word's stem. Synonyms match by form only,
//   not by prefix ("pay" in a group does not make "salary" find "payload");
// - or, when the dataset lists the query word (or one of its synonyms) as a
//   broader term ("search"/"narrower"), any of its narrower words or their
//   forms, by form only like synonyms: "math" and "mathematics" find
//   "calculus". One way: "calculus" does not find "math"; and one step: a
//   narrower word's own synonyms and narrower words do not follow;
// - all query words must occur somewhere in one record (a dimension, a FAQ
//   item, an article item...), in any order.
//
// Word forms: wordStem() strips at most one plural and one suffix, English
// rules only, from folded words (ASCII suffixes; other letters are kept). They
// apply only when the data's meta.language is English ("en", "en-GB"...) or
// not given (usesEnglishForms): in a German or French dataset English suffix
// rules would join unrelated words, so there a word matches by prefix (and as
// the synonyms' and narrower terms' whole words) only:
//   1. plural: "-ies" -> "-y" (salaries); else "-s" unless after s, u or i
//      (deploys, models; not process, focus, analysis), words of 4+ bytes;
//   2. one of: "-ied" -> "-y" (applied); "-ically", "-ical", "-ic" (after the
//      plural step, so also "-ics": mathematics, mathematical -> "mathemat")
//      and "-ment" (deployment) when 4+ bytes remain; "-ing", "-ed" when 3+
//      remain (coding, deployed), then a doubled final consonant other than
//      l, s, z loses one (programming -> program);
//   3. a final "e" goes from words of 4+ bytes, so code/coded/coding agree.
// Short stems are refused rather than guessed ("using" stays "using", not
// "us"), and a stem only ever matches an equal stem, never as a prefix, so
// forms add few false positives: "engineer" still finds only engineer*,
// "ml" still not "html". Irregular forms (pay/paid) need a synonym group.
// Ranking: records whose title-like field (dimension title, FAQ question, item
// title, ML type name) holds every word first, then titles holding some words,
// then body hits; a phrase match and whole-word matches add a little. Ties keep
// document order (JSON order: dimensions, shared, basics, difficulty, choose, faq).
//
// [SECTION] Query and highlight spans
// [SECTION] Index
// [SECTION] Search
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model.h"
#include "text.h"
#include "view_table.h"

namespace rc {

//-----------------------------------------------------------------------------
// [SECTION] Query and highlight spans
//-----------------------------------------------------------------------------

// The stem of a folded word (see the word-form rules above): "salaries" ->
// "salary", "deployment" -> "deploy", "coding" -> "cod".
std::string wordStem(std::string_view foldedWord);
void wordStemInPlace(std::string& foldedWord);

// Whether English word forms (wordStem) apply to data in `language` (BCP 47):
// English or unknown (empty) yes, any other language no.
bool usesEnglishForms(std::string_view language);

struct Query {
    std::vector<std::string> terms;  // case-folded words as typed (foldCase), at most kMaxTerms
    // Per term, same order: the term in its search fold (foldForSearch), what
    // matching compares; unique. parseQuery fills it; a Query built by hand
    // without it folds its terms.
    std::vector<std::string> keys;
    // Per term: 1 when it is a run of CJK characters (matched by characters, see above).
    std::vector<uint8_t> cjk;
    // Per term, same order: the stems a text word may have to match it as a
    // whole word: the term's own stem, its synonyms' stems, then the stems of
    // the narrower words of any of those that is a broader term (empty for a
    // CJK term). parseQuery fills it; a Query built by hand without it
    // matches terms' own forms.
    std::vector<std::vector<std::string>> forms;
    // English word forms apply (usesEnglishForms of the data's language);
    // text words are stemmed only then.
    bool wordForms = true;
    bool empty() const { return terms.empty(); }
    static constexpr size_t kMaxTerms = 16;  // more is never useful, and fits a bit mask
};

// Without a dataset: the query's own words and their English word forms only.
// With one (or its index): also the dataset's synonyms and narrower terms
// (docs/data-format.md, "search"), and word forms only when the dataset's
// language uses them. Views should use the dataset-aware form so they agree with search().
Query parseQuery(std::string_view text);
Query parseQuery(std::string_view text, const Dataset& data);

// Byte ranges of `text` to highlight for `query` (the matching prefix of a
// word, or the whole word when it matched as a form or synonym), sorted and
// non-overlapping. Empty when the query is empty. The same spans as search().
std::vector<Span> findSpans(std::string_view text, const Query& query);

// Which terms occur in `text`: bit i set = query.terms[i] matched. Appends
// highlight spans to *spans when given. Compare uses this to filter rows.
uint32_t matchTerms(std::string_view text, const Query& query, std::vector<Span>* spans = nullptr);
inline uint32_t allTermsMask(const Query& q) { return q.terms.empty() ? 0u : (1u << q.terms.size()) - 1u; }

// The FAQ filtered by a query: per item, whether it matches (every term in its
// question, answer or tags; all items for an empty query) and the spans to
// highlight in its question and answer.
struct FaqMatch {
    bool visible = true;
    std::vector<Span> question, answer;
};
std::vector<FaqMatch> matchFaq(const Dataset& d, const Query& q);

//-----------------------------------------------------------------------------
// [SECTION] Index
//-----------------------------------------------------------------------------

enum class Section { Dimension, Faq, Basics, Difficulty, Choose, Shared };
const char* sectionName(Section s);  // "dimension", "faq", ...

// Built once per dataset. Owns copies of the text it indexes, so it stays
// valid even if the Dataset moves; rebuild it when the dataset changes.
struct SearchIndex {
    struct Field {
        uint32_t textBegin = 0, textEnd = 0;  // range in `text`
        uint32_t tokBegin = 0, tokEnd = 0;    // range in tokWord/tokSpan
        std::string name;                     // "title", "entries/mle/points/2"
        std::string pointer;                  // JSON pointer of the field in the dataset file
        int role = -1;                        // role index for dimension entries, else -1
        bool titleLike = false;
    };
    struct Record {
        Section section = Section::Dimension;
        int index = -1;  // see SearchHit::index
        int group = -1;  // see SearchHit::group
        uint32_t fieldBegin = 0, fieldEnd = 0;
        uint32_t tokBegin = 0, tokEnd = 0;
    };
    std::string text;                 // all indexed text, concatenated
    std::vector<std::string> vocab;   // distinct search-folded units, sorted (so a prefix is an id range)
    std::vector<uint32_t> tokWord;    // per token: id into vocab
    std::vector<Span> tokSpan;        // per token: byte span of the original text, relative to its field's text
    std::vector<uint8_t> tokJoined;   // per token: 1 = a CJK bigram continuing the previous token's run
    // CJK bigrams by their second character: (that character, vocab id),
    // sorted, so a one-character CJK query also finds it at a run's end.
    std::vector<std::pair<std::string, uint32_t>> cjkTails;
    bool wordForms = true;            // usesEnglishForms(meta.language): stems are wordStem, else the word itself
    std::vector<Field> fields;
    std::vector<Record> records;      // document order
    // Word forms: (stem, vocab id) for every vocab word, sorted, so the words
    // of one stem are an equal range. Without word forms the stem is the word.
    std::vector<std::pair<std::string, uint32_t>> stems;
    // The dataset's synonym groups as stems (parseQuery(text, index)).
    std::vector<std::vector<std::string>> synonymStems;
    // The dataset's narrower terms as stems: (broader stem, narrower stems).
    std::vector<std::pair<std::string, std::vector<std::string>>> narrowerStems;
};

SearchIndex buildIndex(const Dataset& data);
Query parseQuery(std::string_view text, const SearchIndex& index);  // the index keeps the dataset's search aids

//-----------------------------------------------------------------------------
// [SECTION] Search
//-----------------------------------------------------------------------------

struct SearchHit {
    Section section = Section::Dimension;
    // Dimension: dimension index. Faq: faq index. Shared: shared index.
    // Basics: ML type index, or -1 for the intro/applications record.
    // Difficulty: item index within group, or -1 for the intro.
    // Choose: factor index within group, or -1 for the intro.
    int index = -1;
    // Difficulty: 0 = factors, 1 = roleDifferences. Choose: group index. Else -1.
    int group = -1;
    int role = -1;            // role index when the field is a dimension entry's, else -1
    std::string field;        // best-matching field: "title", "answer", "entries/mle/points/2", "tags/0"
    std::string pointer;      // JSON pointer of that field: "/dimensions/3/title"
    std::string text;         // that field's text
    std::vector<Span> spans;  // highlights in `text`
    int score = 0;            // higher ranks first
};

// Ranked hits, best first; at most maxHits (0 = all). Empty query: no hits.
std::vector<SearchHit> search(const SearchIndex& index, const Query& query, size_t maxHits = 0);
std::vector<SearchHit> search(const SearchIndex& index, std::string_view query, size_t maxHits = 0);

// The view that draws a section: Dimension -> Compare, Faq -> Faq, Basics and
// Difficulty -> Basics, Choose -> Choose, Shared -> Overview.
View viewForSection(Section s);
inline View viewForHit(const SearchHit& hit) { return viewForSection(hit.section); }

// How many hits (records) a query has in each view: indexed by View, size
// kViewCount; views that show no searchable content hold 0. The second form
// counts hits already found (no second search).
std::vector<int> hitsPerView(const SearchIndex& index, const Query& query);
std::vector<int> hitsPerView(const std::vector<SearchHit>& hits);

}  // namespace rc
