// Full-text search: see search.h for the matching and ranking rules.
//
// The index turns every word of the dataset (in its search fold) into an id
// into a sorted vocabulary, and keeps each word's stem in a sorted (stem, id)
// table. A query word then becomes a set of ids, worked out once per query: a
// contiguous id range (all words with that prefix) plus the equal ranges of
// its forms' and synonyms' stems. CJK text is indexed as character bigrams
// (tokenizeForSearch): a CJK query of one or two characters is a set of ids
// too; a longer one is the ids of its bigrams, checked on consecutive tokens
// of one run. The scan over tokens is table lookups on small integers: no
// string comparisons and no allocation per token at query time. Highlights
// are found in folded bytes and mapped back to the original text per token
// (originalLength), only for the fields a hit shows.
//
// [SECTION] Query and highlight spans
// [SECTION] Index building
// [SECTION] Search
#include "search.h"
#include "order.h"

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

bool usesEnglishForms(std::string_view lang) {
    if (lang.empty()) return true;
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
    return lang.size() >= 2 && lower(lang[0]) == 'e' && lower(lang[1]) == 'n' &&
           (lang.size() == 2 || lang[2] == '-' || lang[2] == '_');
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

// A search-folded word's stem: wordStem with English word forms, else the word.
std::string formOf(const std::string& key, bool wordForms) { return wordForms ? wordStem(key) : key; }

bool startsWithCjk(std::string_view s) {
    uint32_t cp = 0;
    return !s.empty() && (decodeUtf8(s, 0, &cp), isCjk(cp));
}

// Splits and folds the query. A term's forms: its own stem; then, when its
// stem is in a synonym group, the group's stems; then, when one of those is a
// broader term, its narrower words' stems (one step: narrower words bring no
// synonyms or narrower words of their own, so the map stays one-way and flat).
// A run of CJK characters is one term, without forms.
Query parseQueryWith(std::string_view text, AidStems aids, bool wordForms) {
    Query q;
    q.wordForms = wordForms;
    std::vector<SearchToken> tokens;
    tokenizeForSearch(text, tokens);
    for (size_t i = 0; i < tokens.size();) {
        const bool cjk = tokens[i].cjk;
        const size_t begin = tokens[i].begin;
        size_t end = tokens[i].end;
        for (++i; cjk && i < tokens.size() && tokens[i].joined; ++i) end = tokens[i].end;
        const std::string_view word = text.substr(begin, end - begin);
        std::string key = foldForSearch(word);
        if (key.empty() || std::find(q.keys.begin(), q.keys.end(), key) != q.keys.end()) continue;
        if (q.terms.size() == Query::kMaxTerms) break;
        std::vector<std::string> forms;
        if (cjk) {
            q.terms.push_back(foldCase(word));
            q.keys.push_back(std::move(key));
            q.cjk.push_back(1);
            q.forms.push_back(std::move(forms));
            continue;
        }
        forms.push_back(formOf(key, wordForms));
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
        q.terms.push_back(foldCase(word));
        q.keys.push_back(std::move(key));
        q.cjk.push_back(0);
        q.forms.push_back(std::move(forms));
    }
    return q;
}

std::vector<std::vector<std::string>> synonymStems(const SearchAids& aids, bool wordForms) {
    std::vector<std::vector<std::string>> out;
    out.reserve(aids.synonyms.size());
    for (const std::vector<std::string>& group : aids.synonyms) {
        std::vector<std::string> stems;
        for (const std::string& word : group) stems.push_back(formOf(foldForSearch(word), wordForms));
        out.push_back(std::move(stems));
    }
    return out;
}

std::vector<std::pair<std::string, std::vector<std::string>>> narrowerStems(const SearchAids& aids, bool wordForms) {
    std::vector<std::pair<std::string, std::vector<std::string>>> out;
    out.reserve(aids.narrower.size());
    for (const NarrowerTerms& n : aids.narrower) {
        std::vector<std::string> stems;
        for (const std::string& word : n.words) stems.push_back(formOf(foldForSearch(word), wordForms));
        out.emplace_back(formOf(foldForSearch(n.broader), wordForms), std::move(stems));
    }
    return out;
}

// A Query built by hand may lack keys or forms: then each term is folded and
// stands for its own forms.
const Query& withForms(const Query& q, Query& storage) {
    const size_t n = q.terms.size();
    if (q.keys.size() == n && q.cjk.size() == n && q.forms.size() == n) return q;
    storage = q;
    if (q.keys.size() != n || q.cjk.size() != n) {
        storage.keys.clear();
        storage.cjk.clear();
        for (const std::string& t : q.terms) {
            storage.keys.push_back(foldForSearch(t));
            storage.cjk.push_back(startsWithCjk(storage.keys.back()) ? 1 : 0);
        }
    }
    if (q.forms.size() != n) {
        storage.forms.clear();
        for (size_t k = 0; k < n; ++k) {
            storage.forms.emplace_back();
            if (!storage.cjk[k]) storage.forms.back().push_back(formOf(storage.keys[k], q.wordForms));
        }
    }
    return storage;
}
}  // namespace

Query parseQuery(std::string_view text) { return parseQueryWith(text, {}, true); }

Query parseQuery(std::string_view text, const Dataset& d) {
    const bool wordForms = usesEnglishForms(d.meta.language);
    if (d.search.synonyms.empty() && d.search.narrower.empty()) return parseQueryWith(text, {}, wordForms);
    const std::vector<std::vector<std::string>> groups = synonymStems(d.search, wordForms);
    const std::vector<std::pair<std::string, std::vector<std::string>>> narrower = narrowerStems(d.search, wordForms);
    return parseQueryWith(text, {&groups, &narrower}, wordForms);
}

Query parseQuery(std::string_view text, const SearchIndex& ix) {
    return parseQueryWith(text, {&ix.synonymStems, &ix.narrowerStems}, ix.wordForms);
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
    const bool anyCjk = std::find(q.cjk.begin(), q.cjk.end(), 1) != q.cjk.end();
    const bool anyWord = std::find(q.cjk.begin(), q.cjk.end(), 0) != q.cjk.end();
    std::vector<SearchToken> tokens;
    tokenizeForSearch(text, tokens);
    uint32_t mask = 0;
    std::string word, stem;  // reused: one allocation per call, not per token
    size_t before = spans ? spans->size() : 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const SearchToken& t = tokens[i];
        if (t.cjk) {
            // A CJK term matches where its characters occur in one run. The
            // run's bytes are its search fold (CJK folds to itself), and a
            // UTF-8 key can only be found at a character boundary.
            if (t.joined || !anyCjk) continue;
            uint32_t end = t.end;
            for (size_t j = i + 1; j < tokens.size() && tokens[j].joined; ++j) end = tokens[j].end;
            const std::string_view run = text.substr(t.begin, end - t.begin);
            for (size_t k = 0; k < q.terms.size(); ++k) {
                if (!q.cjk[k]) continue;
                const std::string& key = q.keys[k];
                for (size_t at = run.find(key); at != std::string_view::npos; at = run.find(key, at + 1)) {
                    mask |= 1u << k;
                    if (spans) spans->push_back({t.begin + at, t.begin + at + key.size()});
                }
            }
            continue;
        }
        if (!anyWord) continue;
        const std::string_view original = text.substr(t.begin, t.end - t.begin);
        foldForSearch(original, word);
        stem = word;
        if (q.wordForms) wordStemInPlace(stem);
        size_t longest = 0;  // folded bytes of the longest matching prefix
        bool whole = false;
        for (size_t k = 0; k < q.terms.size(); ++k) {
            if (q.cjk[k]) continue;
            const std::string& key = q.keys[k];
            if (word.size() >= key.size() && word.compare(0, key.size(), key) == 0) {
                mask |= 1u << k;
                longest = std::max(longest, key.size());
            } else if (std::find(q.forms[k].begin(), q.forms[k].end(), stem) != q.forms[k].end()) {
                mask |= 1u << k;
                whole = true;  // another form or a synonym: the whole word
            }
        }
        if (spans && (longest || whole))
            spans->push_back({t.begin, t.begin + (whole ? original.size() : originalLength(original, longest))});
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
        tokenizeForSearch(text, tokens_);
        for (const SearchToken& t : tokens_) {
            std::string word = foldForSearch(std::string_view(text).substr(t.begin, t.end - t.begin));
            if (word.empty()) continue;  // combining marks alone: nothing to find
            ix_.tokSpan.push_back({t.begin, t.end});
            ix_.tokJoined.push_back(t.joined ? 1 : 0);
            words_.push_back(std::move(word));
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
        for (size_t i = 0; i < ix_.vocab.size(); ++i)
            ix_.stems.emplace_back(formOf(ix_.vocab[i], ix_.wordForms), static_cast<uint32_t>(i));
        std::sort(ix_.stems.begin(), ix_.stems.end());
        // CJK bigrams by their second character.
        for (size_t i = 0; i < ix_.vocab.size(); ++i) {
            const std::string& w = ix_.vocab[i];
            uint32_t cp;
            const size_t first = decodeUtf8(w, 0, &cp);
            if (!isCjk(cp) || first >= w.size()) continue;
            ix_.cjkTails.emplace_back(w.substr(first), static_cast<uint32_t>(i));
        }
        std::sort(ix_.cjkTails.begin(), ix_.cjkTails.end());
        // Drop empty records (e.g. an empty intro) so the scan skips them.
        ix_.records.erase(std::remove_if(ix_.records.begin(), ix_.records.end(),
                                         [](const SearchIndex::Record& r) { return r.fieldBegin == r.fieldEnd; }),
                          ix_.records.end());
    }

private:
    SearchIndex& ix_;
    std::vector<SearchToken> tokens_;
    std::vector<std::string> words_;  // folded word per token, until finish()
};
}  // namespace

SearchIndex buildIndex(const Dataset& d) {
    SearchIndex ix;
    ix.wordForms = usesEnglishForms(d.meta.language);
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
    ix.synonymStems = synonymStems(d.search, ix.wordForms);
    ix.narrowerStems = narrowerStems(d.search, ix.wordForms);
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
    // Per vocab id: the bytes of the folded word to highlight, [from, to);
    // to == 0: nothing, kWholeWord: the whole token.
    std::vector<uint32_t> from, to;
    // CJK terms of 3+ characters: per vocab id, bit k = the word is term k's
    // first bigram (empty when no term is one); per term, its bigrams' ids.
    std::vector<uint32_t> first;
    std::vector<std::vector<uint32_t>> seq;
    static constexpr uint32_t kWholeWord = UINT32_MAX;

    void mark(size_t w, uint32_t bit, uint32_t f, uint32_t t) {
        terms[w] |= bit;
        if (!to[w]) {
            from[w] = f;
            to[w] = t;
        } else {
            from[w] = std::min(from[w], f);
            to[w] = std::max(to[w], t);
        }
    }
};

// Offsets of the code points of a valid UTF-8 string, and its size at the end.
std::vector<size_t> charStarts(const std::string& s) {
    std::vector<size_t> at;
    for (size_t i = 0; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) at.push_back(i);
    at.push_back(s.size());
    return at;
}

// False when some term matches no word at all (then nothing can match).
bool matchVocab(const SearchIndex& ix, const Query& q, WordMatch& m) {
    const size_t words = ix.vocab.size();
    m.terms.assign(words, 0);
    m.whole.assign(words, 0);
    m.from.assign(words, 0);
    m.to.assign(words, 0);
    m.seq.assign(q.terms.size(), {});
    // Every word that starts with t, for term bit: its first t.size() bytes
    // highlighted, a whole-word match when it is t. False when there is none.
    auto markPrefix = [&](const std::string& t, uint32_t bit) {
        // Folded words are valid UTF-8 and never contain the byte 0xFF, so
        // t + "\xff" bounds every word with that prefix (a contiguous id range).
        auto lo = std::lower_bound(ix.vocab.begin(), ix.vocab.end(), t);
        auto hi = std::lower_bound(lo, ix.vocab.end(), t + '\xff');
        for (auto it = lo; it != hi; ++it) {
            const size_t w = static_cast<size_t>(it - ix.vocab.begin());
            m.mark(w, bit, 0, static_cast<uint32_t>(t.size()));
            if (*it == t) m.whole[w] |= bit;
        }
        return lo != hi;
    };
    for (size_t k = 0; k < q.terms.size(); ++k) {
        const std::string& t = q.keys[k];
        const uint32_t bit = 1u << k;
        const uint32_t size = static_cast<uint32_t>(t.size());
        bool any = false;
        if (q.cjk[k]) {
            const std::vector<size_t> chars = charStarts(t);
            if (chars.size() == 2) {
                // One character: the units that start with it (its own run,
                // bigrams) or end with it (a run's last bigram).
                any = markPrefix(t, bit);
                auto tails = std::equal_range(ix.cjkTails.begin(), ix.cjkTails.end(), std::make_pair(t, uint32_t{0}),
                                              [](const auto& a, const auto& b) { return a.first < b.first; });
                for (auto it = tails.first; it != tails.second; ++it) {
                    const uint32_t w = it->second;
                    const uint32_t len = static_cast<uint32_t>(ix.vocab[w].size());
                    m.mark(w, bit, len - size, len);
                    any = true;
                }
            } else {
                // Its bigrams, each a vocabulary word, or nothing can match.
                std::vector<uint32_t> ids;
                for (size_t c = 0; c + 2 < chars.size(); ++c) {
                    const std::string bigram = t.substr(chars[c], chars[c + 2] - chars[c]);
                    auto it = std::lower_bound(ix.vocab.begin(), ix.vocab.end(), bigram);
                    if (it == ix.vocab.end() || *it != bigram) return false;
                    ids.push_back(static_cast<uint32_t>(it - ix.vocab.begin()));
                }
                if (ids.size() == 1) {  // two characters: one bigram
                    m.mark(ids[0], bit, 0, WordMatch::kWholeWord);
                    m.whole[ids[0]] |= bit;
                } else {
                    if (m.first.empty()) m.first.assign(words, 0);
                    m.first[ids[0]] |= bit;
                    m.seq[k] = std::move(ids);
                }
                any = true;
            }
            if (!any) return false;
            continue;
        }
        any = markPrefix(t, bit);
        // Forms and synonyms: equal stems, the whole word highlighted unless its prefix is.
        for (const std::string& stem : q.forms[k]) {
            auto range = std::equal_range(ix.stems.begin(), ix.stems.end(), std::make_pair(stem, uint32_t{0}),
                                          [](const auto& a, const auto& b) { return a.first < b.first; });
            for (auto it = range.first; it != range.second; ++it) {
                const uint32_t w = it->second;
                any = true;
                if (m.terms[w] & bit) continue;  // already a prefix match: keep the prefix highlight
                m.mark(w, bit, 0, WordMatch::kWholeWord);
            }
        }
        if (!any) return false;
    }
    return true;
}

// The CJK terms of 3+ characters among `bits` whose bigrams start at token t
// and follow on the next tokens of the same run.
uint32_t sequencesAt(const SearchIndex& ix, const WordMatch& m, uint32_t t, uint32_t bits) {
    uint32_t found = 0;
    for (; bits; bits &= bits - 1) {
        const uint32_t bit = bits & (~bits + 1);
        size_t k = 0;
        while (!((bit >> k) & 1u)) ++k;
        const std::vector<uint32_t>& seq = m.seq[k];
        bool ok = t + seq.size() <= ix.tokWord.size();
        for (size_t j = 1; j < seq.size() && ok; ++j) ok = ix.tokJoined[t + j] && ix.tokWord[t + j] == seq[j];
        if (ok) found |= bit;
    }
    return found;
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
    const bool sequences = !match.first.empty();
    // The terms token t matches.
    auto termsAt = [&](uint32_t t) {
        const uint32_t w = ix.tokWord[t];
        uint32_t m = match.terms[w];
        if (sequences && match.first[w]) m |= sequencesAt(ix, match, t, match.first[w]);
        return m;
    };

    struct Ranked {
        size_t record;
        uint32_t field;
        int score;
    };
    std::vector<Ranked> ranked;
    for (size_t ri = 0; ri < ix.records.size(); ++ri) {
        const SearchIndex::Record& rec = ix.records[ri];
        uint32_t mask = 0;
        for (uint32_t t = rec.tokBegin; t < rec.tokEnd && mask != all; ++t) mask |= termsAt(t);
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
                uint32_t m = termsAt(t);
                fmask |= m;
                whole |= match.whole[w] & m;
                // Phrase: the terms in query order on consecutive words.
                if (n > 1 && !phrase && (m & 1u) && t + n <= f.tokEnd) {
                    bool ok = true;
                    for (size_t k = 1; k < n && ok; ++k) ok = (termsAt(t + static_cast<uint32_t>(k)) >> k) & 1u;
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
    stableSort(ranked, [](const Ranked& a, const Ranked& b) { return a.score > b.score; });
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
        // Highlights: folded bytes mapped back to the token's original text.
        const std::string_view text = h.text;
        for (uint32_t t = f.tokBegin; t < f.tokEnd; ++t) {
            const uint32_t w = ix.tokWord[t];
            const Span tok = ix.tokSpan[t];
            if (const uint32_t to = match.to[w]) {
                Span s = tok;
                if (to != WordMatch::kWholeWord) {
                    const std::string_view original = text.substr(tok.begin, tok.end - tok.begin);
                    s.end = tok.begin + originalLength(original, to);
                    if (const uint32_t from = match.from[w]) s.begin = tok.begin + originalLength(original, from, false);
                }
                // Tokens come in order and a span starts at or after the
                // previous one's start (a CJK bigram's tail included), so merge as we go.
                if (!h.spans.empty() && h.spans.back().end >= s.begin)
                    h.spans.back().end = std::max(h.spans.back().end, s.end);
                else
                    h.spans.push_back(s);
            }
            if (sequences && match.first[w])
                for (uint32_t bits = sequencesAt(ix, match, t, match.first[w]); bits; bits &= bits - 1) {
                    size_t k = 0;
                    while (!((bits >> k) & 1u)) ++k;
                    h.spans.push_back({tok.begin, ix.tokSpan[t + match.seq[k].size() - 1].end});
                }
        }
        if (sequences) mergeSpans(h.spans);  // a CJK run's span may start before a bigram's tail
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
