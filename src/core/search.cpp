// Full-text search: see search.h for the matching and ranking rules.
//
// The index turns every word of the dataset into an id into a sorted
// vocabulary, and keeps each word's stem in a sorted (stem, id) table. A query
// word then becomes a set of ids, worked out once per query: a contiguous id
// range (all words with that prefix) plus the equal ranges of its forms' and
// synonyms' stems. The scan over tokens is table lookups on small integers:
// no string comparisons and no allocation per token at query time.
//
// [SECTION] Query and highlight spans
// [SECTION] Index building
// [SECTION] Search
#include "search.h"

#include <algorithm>

namespace rc {

//-----------------------------------------------------------------------------
// [SECTION] Query and highlight spans
//-----------------------------------------------------------------------------

namespace {
bool endsWith(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Cuts `suffix` when at least `keep` bytes remain, replacing it by `with`.
bool cut(std::string& s, std::string_view suffix, size_t keep, std::string_view with = {}) {
    if (!endsWith(s, suffix) || s.size() < suffix.size() + keep) return false;
    s.resize(s.size() - suffix.size());
    s += with;
    return true;
}

bool isConsonant(char c) { return c >= 'a' && c <= 'z' && c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u'; }
}  // namespace

void wordStemInPlace(std::string& s) {
    // 1. Plural (and third person).
    if (!cut(s, "ies", 2, "y") && s.size() >= 4 && s.back() == 's') {
        const char before = s[s.size() - 2];
        if (before != 's' && before != 'u' && before != 'i') s.pop_back();
    }
    // 2. One suffix.
    const bool derived =
        cut(s, "ied", 2, "y") || cut(s, "ically", 4) || cut(s, "ical", 4) || cut(s, "ic", 4) || cut(s, "ment", 4);
    if (!derived && (cut(s, "ing", 3) || cut(s, "ed", 3))) {
        const size_t n = s.size();
        if (n >= 2 && s[n - 1] == s[n - 2] && isConsonant(s[n - 1]) && s[n - 1] != 'l' && s[n - 1] != 's' &&
            s[n - 1] != 'z')
            s.pop_back();
    }
    // 3. A silent final e: code, coded and coding meet at "cod".
    if (s.size() >= 4 && s.back() == 'e') s.pop_back();
}

std::string wordStem(std::string_view foldedWord) {
    std::string s(foldedWord);
    wordStemInPlace(s);
    return s;
}

namespace {
// The dataset's search aids as stems: what parseQuery compares a term's stem with.
struct AidStems {
    const std::vector<std::vector<std::string>>* synonyms = nullptr;
    const std::vector<std::pair<std::string, std::vector<std::string>>>* narrower = nullptr;
};

void addUnique(std::vector<std::string>& v, const std::string& s) {
    if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

// Splits and folds the query. A term's forms: its own stem; then, when its
// stem is in a synonym group, the group's stems; then, when one of those is a
// broader term, its narrower words' stems (one step: narrower words bring no
// synonyms or narrower words of their own, so the map stays one-way and flat).
Query parseQueryWith(std::string_view text, AidStems aids) {
    Query q;
    std::vector<Token> tokens;
    tokenize(text, tokens);
    for (const Token& t : tokens) {
        std::string w = foldCase(text.substr(t.begin, t.end - t.begin));
        if (std::find(q.terms.begin(), q.terms.end(), w) != q.terms.end()) continue;
        if (q.terms.size() == Query::kMaxTerms) break;
        std::vector<std::string> forms{wordStem(w)};
        if (aids.synonyms)
            for (const std::vector<std::string>& g : *aids.synonyms)
                if (std::find(g.begin(), g.end(), forms[0]) != g.end())
                    for (const std::string& stem : g) addUnique(forms, stem);
        if (aids.narrower) {
            const size_t same = forms.size();  // the term and its synonyms
            for (const auto& [broader, narrower] : *aids.narrower)
                if (std::find(forms.begin(), forms.begin() + same, broader) != forms.begin() + same)
                    for (const std::string& stem : narrower) addUnique(forms, stem);
        }
        q.terms.push_back(std::move(w));
        q.forms.push_back(std::move(forms));
    }
    return q;
}

std::vector<std::vector<std::string>> synonymStems(const SearchAids& aids) {
    std::vector<std::vector<std::string>> out;
    out.reserve(aids.synonyms.size());
    for (const std::vector<std::string>& group : aids.synonyms) {
        std::vector<std::string> stems;
        for (const std::string& word : group) stems.push_back(wordStem(foldCase(word)));
        out.push_back(std::move(stems));
    }
    return out;
}

std::vector<std::pair<std::string, std::vector<std::string>>> narrowerStems(const SearchAids& aids) {
    std::vector<std::pair<std::string, std::vector<std::string>>> out;
    out.reserve(aids.narrower.size());
    for (const NarrowerTerms& n : aids.narrower) {
        std::vector<std::string> stems;
        for (const std::string& word : n.words) stems.push_back(wordStem(foldCase(word)));
        out.emplace_back(wordStem(foldCase(n.broader)), std::move(stems));
    }
    return out;
}

// A Query built by hand may lack forms: then each term stands for its own forms.
const Query& withForms(const Query& q, Query& storage) {
    if (q.forms.size() == q.terms.size()) return q;
    storage.terms = q.terms;
    storage.forms.clear();
    for (const std::string& t : q.terms) storage.forms.push_back({wordStem(t)});
    return storage;
}
}  // namespace

Query parseQuery(std::string_view text) { return parseQueryWith(text, {}); }

Query parseQuery(std::string_view text, const Dataset& d) {
    if (d.search.synonyms.empty() && d.search.narrower.empty()) return parseQueryWith(text, {});
    const std::vector<std::vector<std::string>> groups = synonymStems(d.search);
    const std::vector<std::pair<std::string, std::vector<std::string>>> narrower = narrowerStems(d.search);
    return parseQueryWith(text, {&groups, &narrower});
}

Query parseQuery(std::string_view text, const SearchIndex& ix) {
    return parseQueryWith(text, {&ix.synonymStems, &ix.narrowerStems});
}

namespace {
void mergeSpans(std::vector<Span>& spans) {
    std::sort(spans.begin(), spans.end(),
              [](const Span& a, const Span& b) { return a.begin < b.begin || (a.begin == b.begin && a.end > b.end); });
    size_t out = 0;
    for (const Span& s : spans) {
        if (out > 0 && s.begin <= spans[out - 1].end) {
            spans[out - 1].end = std::max(spans[out - 1].end, s.end);
        } else {
            spans[out++] = s;
        }
    }
    spans.resize(out);
}
}  // namespace

uint32_t matchTerms(std::string_view text, const Query& query, std::vector<Span>* spans) {
    if (query.empty()) return 0;
    Query storage;
    const Query& q = withForms(query, storage);
    std::vector<Token> tokens;
    tokenize(text, tokens);
    uint32_t mask = 0;
    std::string word, stem;  // reused: one allocation per call, not per token
    size_t before = spans ? spans->size() : 0;
    for (const Token& t : tokens) {
        word.assign(text.data() + t.begin, t.end - t.begin);
        foldCaseInPlace(word);
        stem = word;
        wordStemInPlace(stem);
        size_t longest = 0;
        for (size_t k = 0; k < q.terms.size(); ++k) {
            const std::string& term = q.terms[k];
            if (word.size() >= term.size() && word.compare(0, term.size(), term) == 0) {
                mask |= 1u << k;
                longest = std::max(longest, term.size());
            } else if (std::find(q.forms[k].begin(), q.forms[k].end(), stem) != q.forms[k].end()) {
                mask |= 1u << k;
                longest = std::max(longest, word.size());  // another form or a synonym: the whole word
            }
        }
        if (longest && spans) spans->push_back({t.begin, t.begin + longest});
    }
    if (spans && spans->size() != before) {
        std::vector<Span> mine(spans->begin() + before, spans->end());
        mergeSpans(mine);
        spans->resize(before);
        spans->insert(spans->end(), mine.begin(), mine.end());
    }
    return mask;
}

std::vector<Span> findSpans(std::string_view text, const Query& query) {
    std::vector<Span> spans;
    matchTerms(text, query, &spans);
    return spans;
}

const char* sectionName(Section s) {
    switch (s) {
        case Section::Dimension: return "dimension";
        case Section::Faq: return "faq";
        case Section::Basics: return "basics";
        case Section::Difficulty: return "difficulty";
        case Section::Choose: return "choose";
        case Section::Shared: return "shared";
    }
    return "?";
}

std::vector<FaqMatch> matchFaq(const Dataset& d, const Query& q) {
    std::vector<FaqMatch> out(d.faq.size());
    if (q.empty()) return out;
    const uint32_t all = allTermsMask(q);
    for (size_t i = 0; i < d.faq.size(); ++i) {
        const FaqItem& f = d.faq[i];
        FaqMatch& m = out[i];
        uint32_t mask = matchTerms(f.question, q, &m.question) | matchTerms(f.answer, q, &m.answer);
        for (const std::string& t : f.tags) mask |= matchTerms(t, q);
        m.visible = mask == all;
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Index building
//-----------------------------------------------------------------------------

namespace {
class IndexBuilder {
public:
    explicit IndexBuilder(SearchIndex& ix) : ix_(ix) {}

    void beginRecord(Section s, int index, int group) {
        SearchIndex::Record r;
        r.section = s;
        r.index = index;
        r.group = group;
        r.fieldBegin = r.fieldEnd = static_cast<uint32_t>(ix_.fields.size());
        r.tokBegin = r.tokEnd = static_cast<uint32_t>(ix_.tokSpan.size());
        ix_.records.push_back(r);
    }

    void field(const std::string& text, std::string name, std::string pointer, bool titleLike = false, int role = -1) {
        if (text.empty()) return;
        SearchIndex::Field f;
        f.textBegin = static_cast<uint32_t>(ix_.text.size());
        ix_.text += text;
        f.textEnd = static_cast<uint32_t>(ix_.text.size());
        f.tokBegin = static_cast<uint32_t>(ix_.tokSpan.size());
        tokens_.clear();
        tokenize(text, tokens_);
        for (const Token& t : tokens_) {
            ix_.tokSpan.push_back({t.begin, t.end});
            words_.push_back(foldCase(std::string_view(text).substr(t.begin, t.end - t.begin)));
        }
        f.tokEnd = static_cast<uint32_t>(ix_.tokSpan.size());
        f.name = std::move(name);
        f.pointer = std::move(pointer);
        f.role = role;
        f.titleLike = titleLike;
        ix_.fields.push_back(std::move(f));
        ix_.records.back().fieldEnd = static_cast<uint32_t>(ix_.fields.size());
        ix_.records.back().tokEnd = static_cast<uint32_t>(ix_.tokSpan.size());
    }

    void list(const std::vector<std::string>& v, const std::string& name, const std::string& pointer) {
        for (size_t i = 0; i < v.size(); ++i)
            field(v[i], name + "/" + std::to_string(i), pointer + "/" + std::to_string(i));
    }

    void item(const Item& it, Section s, int index, int group, const std::string& pointer) {
        beginRecord(s, index, group);
        field(it.title, "title", pointer + "/title", true);
        field(it.text, "text", pointer + "/text");
    }

    // Vocabulary: sorted distinct words; tokens then refer to words by id.
    void finish() {
        ix_.vocab = words_;
        std::sort(ix_.vocab.begin(), ix_.vocab.end());
        ix_.vocab.erase(std::unique(ix_.vocab.begin(), ix_.vocab.end()), ix_.vocab.end());
        ix_.tokWord.resize(words_.size());
        for (size_t i = 0; i < words_.size(); ++i)
            ix_.tokWord[i] = static_cast<uint32_t>(
                std::lower_bound(ix_.vocab.begin(), ix_.vocab.end(), words_[i]) - ix_.vocab.begin());
        ix_.stems.reserve(ix_.vocab.size());
        for (size_t i = 0; i < ix_.vocab.size(); ++i) ix_.stems.emplace_back(wordStem(ix_.vocab[i]), static_cast<uint32_t>(i));
        std::sort(ix_.stems.begin(), ix_.stems.end());
        // Drop empty records (e.g. an empty intro) so the scan skips them.
        ix_.records.erase(std::remove_if(ix_.records.begin(), ix_.records.end(),
                                         [](const SearchIndex::Record& r) { return r.fieldBegin == r.fieldEnd; }),
                          ix_.records.end());
    }

private:
    SearchIndex& ix_;
    std::vector<Token> tokens_;
    std::vector<std::string> words_;  // folded word per token, until finish()
};
}  // namespace

SearchIndex buildIndex(const Dataset& d) {
    SearchIndex ix;
    IndexBuilder b(ix);

    for (size_t i = 0; i < d.dimensions.size(); ++i) {
        const Dimension& dim = d.dimensions[i];
        std::string p = "/dimensions/" + std::to_string(i);
        b.beginRecord(Section::Dimension, static_cast<int>(i), -1);
        b.field(dim.title, "title", p + "/title", true);
        b.field(dim.shared, "shared", p + "/shared");
        for (size_t r = 0; r < dim.entries.size() && r < d.roles.size(); ++r) {
            const Entry& e = dim.entries[r];
            std::string name = "entries/" + d.roles[r].id;
            std::string ep = p + "/" + name;
            b.field(e.summary, name + "/summary", ep + "/summary", false, static_cast<int>(r));
            for (size_t k = 0; k < e.points.size(); ++k)
                b.field(e.points[k], name + "/points/" + std::to_string(k), ep + "/points/" + std::to_string(k),
                        false, static_cast<int>(r));
        }
    }
    for (size_t i = 0; i < d.shared.size(); ++i)
        b.item(d.shared[i], Section::Shared, static_cast<int>(i), -1, "/shared/" + std::to_string(i));

    b.beginRecord(Section::Basics, -1, -1);
    b.field(d.basics.intro, "intro", "/basics/intro");
    b.list(d.basics.applications, "applications", "/basics/applications");
    for (size_t i = 0; i < d.basics.types.size(); ++i) {
        const MlType& t = d.basics.types[i];
        std::string p = "/basics/types/" + std::to_string(i);
        b.beginRecord(Section::Basics, static_cast<int>(i), -1);
        b.field(t.name, "name", p + "/name", true);
        b.field(t.description, "description", p + "/description");
        b.list(t.examples, "examples", p + "/examples");
    }

    b.beginRecord(Section::Difficulty, -1, -1);
    b.field(d.difficulty.intro, "intro", "/difficulty/intro");
    for (size_t i = 0; i < d.difficulty.factors.size(); ++i)
        b.item(d.difficulty.factors[i], Section::Difficulty, static_cast<int>(i), 0,
               "/difficulty/factors/" + std::to_string(i));
    for (size_t i = 0; i < d.difficulty.roleDifferences.size(); ++i)
        b.item(d.difficulty.roleDifferences[i], Section::Difficulty, static_cast<int>(i), 1,
               "/difficulty/roleDifferences/" + std::to_string(i));

    b.beginRecord(Section::Choose, -1, -1);
    b.field(d.choose.intro, "intro", "/choose/intro");
    for (size_t g = 0; g < d.choose.groups.size(); ++g)
        for (size_t i = 0; i < d.choose.groups[g].factors.size(); ++i)
            b.item(d.choose.groups[g].factors[i], Section::Choose, static_cast<int>(i), static_cast<int>(g),
                   "/choose/groups/" + std::to_string(g) + "/factors/" + std::to_string(i));

    for (size_t i = 0; i < d.faq.size(); ++i) {
        const FaqItem& f = d.faq[i];
        std::string p = "/faq/" + std::to_string(i);
        b.beginRecord(Section::Faq, static_cast<int>(i), -1);
        b.field(f.question, "question", p + "/question", true);
        b.field(f.answer, "answer", p + "/answer");
        b.list(f.tags, "tags", p + "/tags");
    }
    b.finish();
    ix.synonymStems = synonymStems(d.search);
    ix.narrowerStems = narrowerStems(d.search);
    return ix;
}

//-----------------------------------------------------------------------------
// [SECTION] Search
//-----------------------------------------------------------------------------

namespace {
int popcount(uint32_t m) {
    int n = 0;
    for (; m; m &= m - 1) ++n;
    return n;
}

// What a query means for each vocabulary word, worked out once per query so
// the scan over tokens is table lookups.
struct WordMatch {
    std::vector<uint32_t> terms;  // per vocab id: bit k = the word matches term k
    std::vector<uint32_t> whole;  // per vocab id: bit k = the word is term k exactly (ranks a little higher)
    std::vector<uint32_t> prefix; // per vocab id: highlight length in bytes; kWholeWord = the whole token
    static constexpr uint32_t kWholeWord = UINT32_MAX;
};

// False when some term matches no word at all (then nothing can match).
bool matchVocab(const SearchIndex& ix, const Query& q, WordMatch& m) {
    const size_t words = ix.vocab.size();
    m.terms.assign(words, 0);
    m.whole.assign(words, 0);
    m.prefix.assign(words, 0);
    for (size_t k = 0; k < q.terms.size(); ++k) {
        const std::string& t = q.terms[k];
        const uint32_t bit = 1u << k;
        bool any = false;
        // Prefix: a contiguous id range. Folded words are valid UTF-8 and
        // never contain the byte 0xFF, so t + "\xff" bounds every word with that prefix.
        auto lo = std::lower_bound(ix.vocab.begin(), ix.vocab.end(), t);
        auto hi = std::lower_bound(lo, ix.vocab.end(), t + '\xff');
        for (auto it = lo; it != hi; ++it) {
            const size_t w = static_cast<size_t>(it - ix.vocab.begin());
            m.terms[w] |= bit;
            if (m.prefix[w] != WordMatch::kWholeWord) m.prefix[w] = std::max(m.prefix[w], static_cast<uint32_t>(t.size()));
            if (*it == t) m.whole[w] |= bit;
            any = true;
        }
        // Forms and synonyms: equal stems, the whole word highlighted unless its prefix is.
        for (const std::string& stem : q.forms[k]) {
            auto range = std::equal_range(ix.stems.begin(), ix.stems.end(), std::make_pair(stem, uint32_t{0}),
                                          [](const auto& a, const auto& b) { return a.first < b.first; });
            for (auto it = range.first; it != range.second; ++it) {
                const uint32_t w = it->second;
                any = true;
                if (m.terms[w] & bit) continue;  // already a prefix match: keep the prefix highlight
                m.terms[w] |= bit;
                m.prefix[w] = WordMatch::kWholeWord;
            }
        }
        if (!any) return false;
    }
    return true;
}
}  // namespace

std::vector<SearchHit> search(const SearchIndex& ix, const Query& query, size_t maxHits) {
    std::vector<SearchHit> hits;
    if (query.empty()) return hits;
    Query storage;
    const Query& q = withForms(query, storage);
    const size_t n = q.terms.size();
    const uint32_t all = allTermsMask(q);

    WordMatch match;
    if (!matchVocab(ix, q, match)) return hits;
    auto termsOf = [&](uint32_t w) { return match.terms[w]; };

    struct Ranked {
        size_t record;
        uint32_t field;
        int score;
    };
    std::vector<Ranked> ranked;
    for (size_t ri = 0; ri < ix.records.size(); ++ri) {
        const SearchIndex::Record& rec = ix.records[ri];
        uint32_t mask = 0;
        for (uint32_t t = rec.tokBegin; t < rec.tokEnd && mask != all; ++t) mask |= termsOf(ix.tokWord[t]);
        if (mask != all) continue;

        // Score the record by its fields; remember the best field to show.
        bool titleAll = false, titleAny = false;
        int bestCount = -1;
        bool bestTitle = false;
        uint32_t best = rec.fieldBegin;
        int bestWhole = 0;
        bool bestPhrase = false;
        for (uint32_t fi = rec.fieldBegin; fi < rec.fieldEnd; ++fi) {
            const SearchIndex::Field& f = ix.fields[fi];
            uint32_t fmask = 0, whole = 0;
            bool phrase = false;
            for (uint32_t t = f.tokBegin; t < f.tokEnd; ++t) {
                uint32_t w = ix.tokWord[t];
                uint32_t m = termsOf(w);
                fmask |= m;
                whole |= match.whole[w] & m;
                // Phrase: the terms in query order on consecutive words.
                if (n > 1 && !phrase && (m & 1u) && t + n <= f.tokEnd) {
                    bool ok = true;
                    for (size_t k = 1; k < n && ok; ++k) ok = (termsOf(ix.tokWord[t + k]) >> k) & 1u;
                    phrase = ok;
                }
            }
            int count = popcount(fmask);
            if (f.titleLike) {
                if (fmask == all) titleAll = true;
                if (fmask) titleAny = true;
            }
            if (count > bestCount || (count == bestCount && f.titleLike && !bestTitle)) {
                bestCount = count;
                bestTitle = f.titleLike;
                best = fi;
                bestWhole = popcount(whole);
                bestPhrase = phrase;
            }
        }
        int score = (titleAll ? 1000 : titleAny ? 300 : 0) + (bestCount == static_cast<int>(n) ? 100 : 0) +
                    (bestPhrase ? 50 : 0) + 10 * bestWhole;
        ranked.push_back({ri, best, score});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) { return a.score > b.score; });
    if (maxHits && ranked.size() > maxHits) ranked.resize(maxHits);

    hits.reserve(ranked.size());
    for (const Ranked& r : ranked) {
        const SearchIndex::Record& rec = ix.records[r.record];
        const SearchIndex::Field& f = ix.fields[r.field];
        SearchHit h;
        h.section = rec.section;
        h.index = rec.index;
        h.group = rec.group;
        h.role = f.role;
        h.field = f.name;
        h.pointer = f.pointer;
        h.text.assign(ix.text, f.textBegin, f.textEnd - f.textBegin);
        h.score = r.score;
        for (uint32_t t = f.tokBegin; t < f.tokEnd; ++t) {
            const uint32_t len = match.prefix[ix.tokWord[t]];
            if (!len) continue;
            Span s = ix.tokSpan[t];
            if (len != WordMatch::kWholeWord) s.end = std::min(s.end, s.begin + len);
            if (!h.spans.empty() && h.spans.back().end >= s.begin)
                h.spans.back().end = std::max(h.spans.back().end, s.end);
            else
                h.spans.push_back(s);
        }
        hits.push_back(std::move(h));
    }
    return hits;
}

std::vector<SearchHit> search(const SearchIndex& ix, std::string_view query, size_t maxHits) {
    return search(ix, parseQuery(query, ix), maxHits);
}

View viewForSection(Section s) {
    switch (s) {
        case Section::Dimension: return View::Compare;
        case Section::Faq: return View::Faq;
        case Section::Basics:
        case Section::Difficulty: return View::Basics;
        case Section::Choose: return View::Choose;
        case Section::Shared: return View::Overview;
    }
    return View::Overview;
}

std::vector<int> hitsPerView(const std::vector<SearchHit>& hits) {
    std::vector<int> counts(kViewCount, 0);
    for (const SearchHit& h : hits) ++counts[static_cast<size_t>(viewForHit(h))];
    return counts;
}

std::vector<int> hitsPerView(const SearchIndex& ix, const Query& q) { return hitsPerView(search(ix, q)); }

}  // namespace rc
