// rolecompare full-text search over one dataset.
//
// Matching rules (the UI's highlight and the result list agree on them):
// - the query is split into words like the text (see tokenize() in text.h),
//   so "f1 score", "F1-score" and "f1/score" are the same query ("C++" and
//   "C#" stay whole words);
// - case-insensitive (foldCase: ASCII, Latin-1, Latin Ext-A, Greek, Cyrillic);
// - a query word matches a text word that STARTS with it ("engineer" finds
//   "engineers", "ml" does not find "html");
// - all query words must occur somewhere in one record (a dimension, a FAQ
//   item, an article item...), in any order.
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
#include <vector>

#include "model.h"
#include "text.h"
#include "view_table.h"

namespace rc {

//-----------------------------------------------------------------------------
// [SECTION] Query and highlight spans
//-----------------------------------------------------------------------------

struct Query {
    std::vector<std::string> terms;  // folded words, unique, at most kMaxTerms
    bool empty() const { return terms.empty(); }
    static constexpr size_t kMaxTerms = 16;  // more is never useful, and fits a bit mask
};

// Without a dataset: the query's own words and their word forms only. With
// one (or its index): also the dataset's synonyms (docs/data-format.md,
// "search"). Views should use the dataset-aware form so they agree with search().
Query parseQuery(std::string_view text);
Query parseQuery(std::string_view text, const Dataset& data);

// Byte ranges of `text` to highlight for `query` (word prefixes that match a
// term), sorted and non-overlapping. Empty when the query is empty.
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
    std::vector<std::string> vocab;   // distinct folded words, sorted (so a prefix is an id range)
    std::vector<uint32_t> tokWord;    // per token: id into vocab
    std::vector<Span> tokSpan;        // per token: byte span relative to its field's text
    std::vector<Field> fields;
    std::vector<Record> records;      // document order
};

SearchIndex buildIndex(const Dataset& data);
Query parseQuery(std::string_view text, const SearchIndex& index);  // the index keeps the dataset's synonyms

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
// kViewCount; views that show no searchable content hold 0.
std::vector<int> hitsPerView(const SearchIndex& index, const Query& query);

}  // namespace rc
