// [SECTION] Helpers
// [SECTION] Sections shared by the fallback and the mirror
// [SECTION] Fallback page
// [SECTION] Search hits
// [SECTION] Mirror
#include "html.h"

#include <algorithm>

#include "choose.h"
#include "compare.h"
#include "verdict.h"

namespace rc {

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

std::string htmlEscape(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

namespace {

using std::string;
string esc(std::string_view s) { return htmlEscape(s); }

string tag(const char* t, std::string_view text) { return string("<") + t + ">" + esc(text) + "</" + t + ">"; }

// "(sources: Title, Title)" as links.
string citations(const Dataset& ds, const std::vector<string>& ids, const Catalogue& cat) {
    string out;
    for (const string& id : ids) {
        int i = ds.sourceIndex(id);
        if (i < 0) continue;
        const Source& s = ds.meta.sources[i];
        out += (out.empty() ? " <small>" + esc(cat.text("html.source")) + " " : ", ");
        out += "<a href=\"" + esc(s.url) + "\" target=\"_blank\" rel=\"noopener noreferrer\">" + esc(s.title) + "</a>";
    }
    return out.empty() ? out : out + "</small>";
}

string items(const Dataset& ds, const std::vector<Item>& list, const char* h, const Catalogue& cat) {
    string out;
    for (const Item& it : list)
        out += string("<") + h + ">" + esc(it.title) + "</" + h + "><p>" + esc(it.text) + citations(ds, it.sources, cat) + "</p>";
    return out;
}

string list(const std::vector<string>& v) {
    if (v.empty()) return "";
    string out = "<ul>";
    for (const string& s : v) out += tag("li", s);
    return out + "</ul>";
}

//-----------------------------------------------------------------------------
// [SECTION] Sections shared by the fallback and the mirror
//-----------------------------------------------------------------------------

string overviewSection(const Dataset& ds, const Catalogue& cat) {
    string out;
    for (const Role& r : ds.roles) out += tag("h3", r.name) + "<p><strong>" + esc(r.summary) + "</strong> " + esc(r.definition) + "</p>";
    if (!ds.shared.empty()) out += tag("h3", cat.text("overview.shared")) + items(ds, ds.shared, "h4", cat);
    return out;
}

string compareTable(const Dataset& ds, const Catalogue& cat) {
    string out = "<table><caption>" + esc(cat.text("html.tableCaption", {{"title", ds.meta.title}})) + "</caption><thead><tr>" +
                 "<th scope=\"col\">" + esc(cat.text("html.dimension")) + "</th>";
    for (const Role& r : ds.roles) out += "<th scope=\"col\">" + esc(r.name) + "</th>";
    out += "</tr></thead>";
    for (size_t c = 0; c < ds.categories.size(); ++c) {
        string rows;
        for (const Dimension& d : ds.dimensions) {
            if (d.category != ds.categories[c].id) continue;
            rows += "<tr><th scope=\"row\">" + esc(d.title);
            if (!d.shared.empty()) rows += "<br><small>" + esc(cat.text("html.both", {{"text", d.shared}})) + "</small>";
            rows += "</th>";
            for (const Entry& e : d.entries) {
                // An empty entry (the source says nothing for this role here) is a dash, as in the Compare view.
                rows += "<td>";
                if (!e.summary.empty()) rows += "<strong>" + esc(e.summary) + "</strong>";
                else if (e.points.empty()) rows += "\xE2\x80\x94";
                rows += list(e.points) + citations(ds, e.sources, cat) + "</td>";
            }
            rows += "</tr>";
        }
        if (rows.empty()) continue;
        out += "<tbody><tr><th colspan=\"" + std::to_string(ds.roles.size() + 1) + "\" scope=\"rowgroup\">" + esc(ds.categories[c].title) +
               "</th></tr>" + rows + "</tbody>";
    }
    return out + "</table>";
}

string basicsSection(const Dataset& ds, const Catalogue& cat) {
    string out = "<p>" + esc(ds.basics.intro) + citations(ds, ds.basics.sources, cat) + "</p>";
    for (const MlType& t : ds.basics.types) out += tag("h3", t.name) + tag("p", t.description) + list(t.examples);
    if (!ds.basics.applications.empty()) out += tag("h3", cat.text("html.basicsUsed")) + list(ds.basics.applications);
    out += tag("h3", cat.text("basics.difficult")) + tag("p", ds.difficulty.intro) + items(ds, ds.difficulty.factors, "h4", cat);
    if (!ds.difficulty.roleDifferences.empty())
        out += tag("h3", cat.text("html.roleDifferences")) + items(ds, ds.difficulty.roleDifferences, "h4", cat);
    return out;
}

string chooseSection(const Dataset& ds, const Catalogue& cat) {
    string out = tag("p", ds.choose.intro);
    for (const ChooseGroup& g : ds.choose.groups) {
        int r = ds.roleIndex(g.role);
        out += tag("h3", r >= 0 ? cat.text("html.chooseRole", {{"role", ds.roles[r].name}}) : g.role) + items(ds, g.factors, "h4", cat);
    }
    return out;
}

string sourcesSection(const Dataset& ds) {
    string out = "<ol>";
    for (const Source& s : ds.meta.sources)
        out += "<li><a href=\"" + esc(s.url) + "\" target=\"_blank\" rel=\"noopener noreferrer\">" + esc(s.title) + "</a></li>";
    return out + "</ol>";
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Fallback page
//-----------------------------------------------------------------------------

std::string renderFallbackHtml(const Dataset& ds, const Catalogue& cat) {
    string out = "<article class=\"rc-fallback\" lang=\"" + esc(ds.meta.language) + "\">";
    out += tag("h1", ds.meta.title);
    if (!ds.meta.description.empty()) out += tag("p", ds.meta.description);
    auto h2 = [&](const char* key) { return "<section>" + tag("h2", cat.text(key)); };
    out += h2("html.roles") + overviewSection(ds, cat) + "</section>";
    out += h2("html.sideBySide") + compareTable(ds, cat) + "</section>";
    out += h2("nav.choose") + chooseSection(ds, cat) + "</section>";
    out += h2("faq.title");
    for (const FaqItem& f : ds.faq) out += tag("h3", f.question) + "<p>" + esc(f.answer) + citations(ds, f.sources, cat) + "</p>";
    out += "</section>";
    out += h2("html.basics") + basicsSection(ds, cat) + "</section>";
    out += h2("nav.sources") + sourcesSection(ds) + "</section>";
    return out + "</article>";
}

//-----------------------------------------------------------------------------
// [SECTION] Search hits
//-----------------------------------------------------------------------------

namespace {

// At most `max` bytes of s around its first span: cut at blanks, "…" where
// text was left out; *spans become spans of the result.
string snippetAround(std::string_view s, std::vector<Span>* spans, size_t max) {
    if (s.size() <= max) return string(s);
    constexpr size_t kBefore = 60;  // context kept before the first highlight
    const size_t first = spans->empty() ? 0 : spans->front().begin;
    size_t begin = 0;
    if (first > kBefore) {
        const size_t blank = s.find(' ', first - kBefore);
        begin = blank < first ? blank + 1 : first;
    }
    size_t end = std::min(s.size(), begin + max);
    if (end < s.size()) {
        const size_t blank = s.rfind(' ', end);
        if (blank != std::string_view::npos && blank > begin + max / 2) end = blank;
        else while (end > begin && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;  // not inside a character
    }
    const string dots = "\xE2\x80\xA6";  // U+2026
    const string lead = begin > 0 ? dots : string();
    std::vector<Span> out;
    for (const Span& sp : *spans) {
        if (sp.end <= begin || sp.begin >= end) continue;
        out.push_back({std::max(sp.begin, begin) - begin + lead.size(), std::min(sp.end, end) - begin + lead.size()});
    }
    *spans = std::move(out);
    return lead + string(s.substr(begin, end - begin)) + (end < s.size() ? dots : string());
}

bool titleField(const string& f) { return f == "title" || f == "question" || f == "name"; }

}  // namespace

HitText hitText(const Dataset& ds, const SearchHit& hit, const Query& query, size_t maxSnippet, const Catalogue& cat) {
    HitText t;
    const int i = hit.index;
    string body;  // the item's text, shown when its title matched
    auto in = [](int k, size_t n) { return k >= 0 && static_cast<size_t>(k) < n; };
    switch (hit.section) {
        case Section::Dimension:
            if (in(i, ds.dimensions.size())) {
                const Dimension& d = ds.dimensions[i];
                t.title = d.title;
                body = d.shared;
                for (size_t r = 0; body.empty() && r < d.entries.size(); ++r) body = d.entries[r].summary;
            }
            if (in(hit.role, ds.roles.size())) t.label = ds.roles[hit.role].shortName;
            break;
        case Section::Faq:
            if (in(i, ds.faq.size())) t.title = ds.faq[i].question, body = ds.faq[i].answer;
            break;
        case Section::Shared:
            if (in(i, ds.shared.size())) t.title = ds.shared[i].title, body = ds.shared[i].text;
            break;
        case Section::Basics:
            if (in(i, ds.basics.types.size())) t.title = ds.basics.types[i].name, body = ds.basics.types[i].description;
            else t.title = cat.text(hit.field.rfind("applications", 0) == 0 ? "basics.used" : "basics.title");
            break;
        case Section::Difficulty: {
            const std::vector<Item>* items = hit.group == 0 ? &ds.difficulty.factors
                                             : hit.group == 1 ? &ds.difficulty.roleDifferences : nullptr;
            if (items && in(i, items->size())) t.title = (*items)[i].title, body = (*items)[i].text;
            else t.title = cat.text("basics.difficult");
            break;
        }
        case Section::Choose:
            if (in(hit.group, ds.choose.groups.size()) && in(i, ds.choose.groups[hit.group].factors.size())) {
                const ChooseGroup& g = ds.choose.groups[hit.group];
                t.title = g.factors[i].title;
                body = g.factors[i].text;
                const int r = ds.roleIndex(g.role);
                if (r >= 0) t.label = ds.roles[r].shortName;
            } else {
                t.title = cat.text("choose.title");
            }
            break;
    }
    if (titleField(hit.field) && hit.text == t.title) {
        t.titleSpans = hit.spans;
        t.snippetSpans = findSpans(body, query);
        t.snippet = snippetAround(body, &t.snippetSpans, maxSnippet);
    } else {
        t.titleSpans = findSpans(t.title, query);
        t.snippetSpans = hit.spans;
        t.snippet = snippetAround(hit.text, &t.snippetSpans, maxSnippet);
    }
    return t;
}

//-----------------------------------------------------------------------------
// [SECTION] Mirror
//-----------------------------------------------------------------------------

namespace {

string button(const string& action, std::string_view label, const string& extra = "") {
    return "<button type=\"button\" data-rc-action=\"" + esc(action) + "\"" + extra + ">" + esc(label) + "</button>";
}

// The mirror's words: the app's catalogue, or English.
const Catalogue& catOf(const MirrorState& st) { return st.cat ? *st.cat : Catalogue::english(); }

string quizMirror(const Dataset& ds, const MirrorState& st) {
    const Catalogue& cat = catOf(st);
    const auto& qs = ds.quiz.questions;
    if (qs.empty()) return tag("p", cat.text("verdict.noQuiz"));
    int q = st.current < 0 ? 0 : st.current >= static_cast<int>(qs.size()) ? static_cast<int>(qs.size()) - 1 : st.current;
    const Question& question = qs[q];
    int chosen = st.answers && q < static_cast<int>(st.answers->size()) ? (*st.answers)[q] : -1;
    int answered = st.result ? st.result->answered : 0;
    string out = tag("p", cat.text("a11y.quizProgress", {{"n", q + 1}, {"total", qs.size()}, {"answered", answered}}));
    out += "<fieldset><legend>" + esc(question.prompt) + "</legend>";
    for (size_t o = 0; o < question.options.size(); ++o) {
        string id = "rc-m-q" + std::to_string(q) + "-o" + std::to_string(o);
        out += "<div><input type=\"radio\" name=\"rc-m-q" + std::to_string(q) + "\" id=\"" + id + "\" data-rc-action=\"answer:" +
               std::to_string(q) + ":" + std::to_string(o) + "\"" + (static_cast<int>(o) == chosen ? " checked" : "") +
               "><label for=\"" + id + "\">" + esc(question.options[o].label) + "</label></div>";
    }
    out += "</fieldset>";
    out += button("back", cat.text("a11y.previousQuestion")) + button("skip", cat.text("quiz.skip")) +
           button("next", cat.text("a11y.nextQuestion"));
    if (st.result && st.result->complete) out += button("result", cat.text("quiz.seeResult"));
    // The canvas's progress dots: each question's state, and a way to it.
    static const Answers kNone;
    const Answers& answers = st.answers ? *st.answers : kNone;
    out += "<ol aria-label=\"" + esc(cat.text("a11y.questions")) + "\">";
    for (int i = 0; i < static_cast<int>(qs.size()); ++i) {
        const QuestionState s = questionState(ds, answers, q, i);
        const char* state = s == QuestionState::Answered ? "a11y.answered" : s == QuestionState::Skipped ? "a11y.skipped" : "a11y.notAnswered";
        out += "<li>" + button("question:" + std::to_string(i), cat.text("a11y.questionState", {{"n", i + 1}, {"state", cat.text(state)}}),
                               i == q ? " aria-current=\"step\"" : "") + "</li>";
    }
    return out + "</ol>";
}

// A shared result's actions, as on the canvas: take the quiz yourself,
// compare with your answers (when you have some; the comparison follows the
// button), copy the link. Nothing that would edit someone else's answers.
string sharedResultActions(const Dataset& ds, const MirrorState& st) {
    const Catalogue& cat = catOf(st);
    string out = button("take-quiz", cat.text("result.takeQuiz"));
    const bool canCompare = st.ownAnswers && st.ownResult;
    if (canCompare)
        out += button("compare-answers", cat.text("result.compareAnswers"),
                      string(" aria-expanded=\"") + (st.comparing ? "true" : "false") + "\" aria-controls=\"rc-m-compare\"");
    out += button("copy", cat.text("result.copy"));
    if (!canCompare) return out;
    out += "<div id=\"rc-m-compare\"" + string(st.comparing ? "" : " hidden") + ">";
    if (st.comparing && st.result && st.answers) {
        const Verdict theirs = verdict(ds, *st.result, nullptr, Voice::Own, cat), mine = verdict(ds, *st.ownResult, nullptr, Voice::Own, cat);
        out += tag("h3", cat.text("a11y.fitsTitle")) + "<ul>";
        for (const VerdictRole& t : theirs.roles) {
            const VerdictRole* m = verdictRole(mine, t.role);
            out += tag("li", cat.text("a11y.fitsLine", {{"role", ds.roles[t.role].name}, {"theirs", t.fit}, {"yours", m ? m->fit : string("-")}}));
        }
        out += "</ul>";
        if (!st.ownResult->complete)
            out += tag("p", cat.text("a11y.ownPreview", {{"answered", st.ownResult->answered}, {"n", st.ownResult->total}}));
        string differ;
        int n = 0;
        for (int q = 0; q < static_cast<int>(ds.quiz.questions.size()); ++q) {
            const int a = answerAt(ds, *st.answers, q), b = answerAt(ds, *st.ownAnswers, q);
            if (a == kSkipped || b == kSkipped || a == b) continue;
            ++n;
            const Question& question = ds.quiz.questions[q];
            differ += tag("li", cat.text("a11y.differLine", {{"prompt", question.prompt}, {"theirs", question.options[a].label},
                                                             {"yours", question.options[b].label}}));
        }
        out += n == 0 ? tag("p", cat.text("result.alike")) : tag("p", cat.text("result.differ", {{"n", n}})) + "<ul>" + differ + "</ul>";
    }
    return out + "</div>";
}

string resultMirror(const Dataset& ds, const MirrorState& st) {
    const Catalogue& cat = catOf(st);
    const QuizResult none = st.result ? QuizResult{} : score(ds, {});
    const QuizResult& r = st.result ? *st.result : none;
    const Verdict v = verdict(ds, r, st.flips, st.shared ? Voice::Shared : Voice::Own, cat);
    string out = st.shared ? "<p>" + esc(v.label) + ". " + esc(v.sharedNote) + "</p><p>" : "<p>";
    if (!v.headline.empty()) out += "<strong>" + esc(v.headline) + ".</strong> ";
    out += esc(v.sentence) + "</p>";
    if (v.kind == VerdictKind::NoQuiz || v.kind == VerdictKind::NotReady)
        return out + (st.shared ? sharedResultActions(ds, st) : button("view:quiz", cat.text("result.backToQuiz")));
    out += "<ul>";
    for (const VerdictRole& line : v.roles) out += tag("li", line.line);
    out += "</ul>" + tag("p", v.method);
    if (v.kind == VerdictKind::Neither)
        out += button("view:compare", cat.text("result.compareRoles")) + button("view:faq", cat.text("result.readFaq"));
    for (const VerdictRole& line : v.roles) {
        out += tag("h3", line.pointedTo) + tag("p", line.pointed);
        if (static_cast<size_t>(line.role) >= r.contributions.size() || r.contributions[line.role].empty()) continue;
        const auto& cs = r.contributions[line.role];
        out += "<ul>";
        for (size_t k = 0; k < cs.size() && k < 3; ++k)
            out += "<li>" + esc(ds.quiz.questions[cs[k].question].prompt) + " (" + esc(cs[k].title) + ")</li>";
        out += "</ul>";
    }
    if (st.flips) out += tag("h3", cat.text("a11y.flipsTitle"));
    if (!v.flipsNote.empty()) out += tag("p", v.flipsNote);
    if (st.flips && !st.flips->empty()) {
        out += "<ul>";
        for (const Flip& f : *st.flips) {
            const Question& q = ds.quiz.questions[f.question];
            const string to = flipOutcome(ds, f, cat);
            out += tag("li", f.option >= 0 ? cat.text("a11y.flipOption", {{"prompt", q.prompt}, {"option", q.options[f.option].label}, {"outcome", to}})
                                           : cat.text("a11y.flipSkip", {{"prompt", q.prompt}, {"outcome", to}}));
        }
        out += "</ul>";
    }
    const int role = outcomeRole(r);
    const std::vector<NextStep> steps = nextSteps(ds, role);
    const VerdictRole* outcome = verdictRole(v, role);
    if (!steps.empty() && outcome) {
        out += tag("h3", outcome->steps);
        if (!v.stepsNote.empty()) out += tag("p", v.stepsNote);
        out += "<ul>";
        for (const NextStep& s : steps) out += tag("li", s.text);
        out += "</ul>";
    }
    out += st.shared ? sharedResultActions(ds, st) : button("copy", cat.text("result.copy")) + button("retake", cat.text("result.retake"));
    return out;
}

string faqMirror(const Dataset& ds, const MirrorState& st) {
    string out;
    for (size_t i = 0; i < ds.faq.size(); ++i) {
        bool open = st.faqOpen && i < st.faqOpen->size() && (*st.faqOpen)[i];
        out += "<h3>" + button("faq:" + std::to_string(i), ds.faq[i].question,
                               string(" aria-expanded=\"") + (open ? "true" : "false") + "\" aria-controls=\"rc-m-faq" + std::to_string(i) + "\"") +
               "</h3>";
        out += "<div id=\"rc-m-faq" + std::to_string(i) + "\"" + (open ? "" : " hidden") + "><p>" + esc(ds.faq[i].answer) + "</p></div>";
    }
    return out;
}

// How to choose: each role's factors with a button per quiz question that asks
// about it ("question:Q"), then the fit method under kChooseMethodAnchor.
string chooseMirror(const Dataset& ds, const Catalogue& cat) {
    string out = ds.choose.intro.empty() ? string() : tag("p", ds.choose.intro);
    for (const ChooseGroup& g : ds.choose.groups) {
        const int r = ds.roleIndex(g.role);
        out += tag("h3", r >= 0 ? ds.roles[r].name : g.role);
        for (const Item& f : g.factors) {
            out += tag("h4", f.title) + "<p>" + esc(f.text) + citations(ds, f.sources, cat) + "</p>";
            const std::vector<int> qs = questionsForFactor(ds, f.id);
            if (qs.empty()) out += tag("p", cat.text("choose.noQuestion"));
            for (int q : qs)
                out += button("question:" + std::to_string(q),
                              quizQuestionLabel(q, cat) + ": " + ds.quiz.questions[q].prompt);
        }
    }
    const FitMethod m = fitMethod(ds, cat);
    if (m.scoring.empty()) return out;
    out += "<h3 id=\"" + string(kChooseMethodAnchor) + "\">" + esc(m.title) + "</h3>";
    out += tag("h4", m.scoringTitle) + list(m.scoring) + tag("h4", m.outcomesTitle) + list(m.outcomes);
    return out;
}

// Text with its spans in <mark>.
string marked(std::string_view s, const std::vector<Span>& spans) {
    string out;
    size_t at = 0;
    for (const Span& sp : spans) {
        if (sp.begin < at || sp.end > s.size() || sp.begin >= sp.end) continue;
        out += esc(s.substr(at, sp.begin - at)) + "<mark>" + esc(s.substr(sp.begin, sp.end - sp.begin)) + "</mark>";
        at = sp.end;
    }
    return out + esc(s.substr(at));
}

// The search's hits grouped by the view that shows them (groups in the order
// of their best hit), each a button that opens its item ("hit:N").
string searchMirror(const Dataset& ds, const MirrorState& st) {
    const Catalogue& cat = catOf(st);
    const string q = st.searchQuery ? *st.searchQuery : string();
    const std::vector<SearchHit> none;
    const std::vector<SearchHit>& hits = st.searchHits ? *st.searchHits : none;
    const Query parsed = st.searchParsed ? *st.searchParsed : parseQuery(q, ds);
    if (parsed.empty()) return tag("p", cat.text("a11y.searchEmpty"));
    if (hits.empty()) return tag("p", cat.text("a11y.noMatches", {{"query", q}}));
    string out = tag("p", cat.text("a11y.matches", {{"n", hits.size()}, {"query", q}}));
    std::vector<View> order;
    for (const SearchHit& h : hits)
        if (std::find(order.begin(), order.end(), viewForHit(h)) == order.end()) order.push_back(viewForHit(h));
    for (View v : order) {
        string items;
        int n = 0;
        for (size_t i = 0; i < hits.size(); ++i) {
            if (viewForHit(hits[i]) != v) continue;
            ++n;
            const HitText t = hitText(ds, hits[i], parsed, 180, cat);
            items += "<li><button type=\"button\" data-rc-action=\"hit:" + std::to_string(i) + "\"><strong>" +
                     marked(t.title, t.titleSpans) + "</strong> " + (t.label.empty() ? string() : esc(t.label) + ": ") +
                     marked(t.snippet, t.snippetSpans) + "</button></li>";
        }
        out += tag("h3", cat.text("a11y.viewHits", {{"view", cat.text(string("nav.") + viewId(v))}, {"n", n}})) + "<ul>" + items + "</ul>";
    }
    return out;
}

}  // namespace

std::string mirrorOverview(const Dataset& ds, const MirrorState& st) {
    return overviewSection(ds, catOf(st)) + button("view:quiz", catOf(st).text("a11y.takeQuiz"));
}
// The table, then what the view's "Where they overlap" filter shows: the
// dimensions the roles share something on, by name.
std::string mirrorCompare(const Dataset& ds, const MirrorState& st) {
    const Catalogue& cat = catOf(st);
    string names;
    int n = 0;
    for (size_t c = 0; c < ds.categories.size(); ++c)  // the table's order: by category
        for (size_t d = 0; d < ds.dimensions.size(); ++d)
            if (ds.dimensions[d].category == ds.categories[c].id && overlaps(ds, static_cast<int>(d)))
                names += (n++ ? ", " : "") + ds.dimensions[d].title;
    string out = compareTable(ds, cat);
    if (n > 0) out += tag("p", cat.text("a11y.overlap", {{"shown", n}, {"n", ds.dimensions.size()}, {"names", names}}));
    return out;
}
std::string mirrorChoose(const Dataset& ds, const MirrorState& st) { return chooseMirror(ds, catOf(st)); }
std::string mirrorQuiz(const Dataset& ds, const MirrorState& st) { return quizMirror(ds, st); }
std::string mirrorResult(const Dataset& ds, const MirrorState& st) { return resultMirror(ds, st); }
std::string mirrorFaq(const Dataset& ds, const MirrorState& st) { return faqMirror(ds, st); }
std::string mirrorBasics(const Dataset& ds, const MirrorState& st) { return basicsSection(ds, catOf(st)); }
std::string mirrorSources(const Dataset& ds, const MirrorState&) { return sourcesSection(ds); }
std::string mirrorSearch(const Dataset& ds, const MirrorState& st) { return searchMirror(ds, st); }
std::string mirrorGeneric(const Dataset&, const MirrorState& st) {
    return st.view < View::Count ? tag("h3", catOf(st).text(string("nav.") + viewId(st.view))) : string();
}

std::string renderMirrorHtml(const Dataset& ds, const MirrorState& st) {
    if (st.view >= View::Count) return {};
    const Catalogue& cat = catOf(st);
    string out = "<nav aria-label=\"" + esc(cat.text("a11y.views")) + "\"><ul>";
    for (int i = 0; i < kViewCount; ++i) {
        const ViewInfo& v = viewInfo(static_cast<View>(i));
        if (!(v.flags & ViewInNav)) continue;
        // The quiz's result counts as the quiz (it is reached from there).
        const bool current = st.view == v.view || (st.view == View::Result && v.view == View::Quiz);
        out += "<li>" + button(string("view:") + v.id, cat.text(string("nav.") + v.id), current ? " aria-current=\"page\"" : "") + "</li>";
    }
    out += "</ul></nav><h2>" + esc(ds.meta.title) + "</h2>";
    const string body = viewInfo(st.view).mirror(ds, st);
    // The result lives in a polite live region so a screen reader announces it.
    const bool live = st.view == View::Result;
    if (!live) out += body;
    out += "<div aria-live=\"polite\" id=\"rc-m-result\">";
    if (live) out += body;
    return out + "</div>";
}

}  // namespace rc
