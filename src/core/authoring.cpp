// Authoring-note check: see authoring.h.
//
// [SECTION] Matching
// [SECTION] Walking the dataset
#include "authoring.h"

#include "text.h"

namespace rc {

//-----------------------------------------------------------------------------
// [SECTION] Matching
//-----------------------------------------------------------------------------

std::string authoringNotePhrase(std::string_view text) {
    std::vector<Token> tokens;
    tokenize(text, tokens);
    auto word = [&](size_t i) { return foldCase(text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin)); };
    for (size_t i = 0; i < tokens.size(); ++i) {
        const std::string w = word(i);
        if (w == "listed") return w;
        if ((w == "the" || w == "this") && i + 1 < tokens.size()) {
            const std::string next = word(i + 1);
            if (next == "article" || next == "articles") return w + " " + next;
        }
    }
    return {};
}

//-----------------------------------------------------------------------------
// [SECTION] Walking the dataset
//-----------------------------------------------------------------------------

namespace {

class NoteFinder {
public:
    explicit NoteFinder(std::vector<Diagnostic>& out) : out_(out) {}

    void text(const std::string& s, const std::string& pointer) {
        std::string phrase = authoringNotePhrase(s);
        if (!phrase.empty())
            out_.push_back({pointer, "reads like an authoring note (\"" + phrase + "\"); visitors see this text"});
    }

    void list(const std::vector<std::string>& v, const std::string& pointer) {
        for (size_t i = 0; i < v.size(); ++i) text(v[i], at(pointer, i));
    }

    void items(const std::vector<Item>& v, const std::string& pointer) {
        for (size_t i = 0; i < v.size(); ++i) {
            text(v[i].title, at(pointer, i) + "/title");
            text(v[i].text, at(pointer, i) + "/text");
        }
    }

    static std::string at(const std::string& pointer, size_t i) { return pointer + "/" + std::to_string(i); }

private:
    std::vector<Diagnostic>& out_;
};

}  // namespace

void warnAuthoringNotes(const Dataset& d, std::vector<Diagnostic>& warnings) {
    NoteFinder f(warnings);
    // Role-keyed objects are written with role ids, which need no escaping
    // in a pointer (ids are [a-z0-9-]).
    auto roleId = [&](size_t r) { return r < d.roles.size() ? d.roles[r].id : std::to_string(r); };

    f.text(d.meta.title, "/meta/title");
    f.text(d.meta.description, "/meta/description");

    for (size_t i = 0; i < d.roles.size(); ++i) {
        const Role& r = d.roles[i];
        const std::string p = NoteFinder::at("/roles", i);
        f.text(r.name, p + "/name");
        if (r.shortName != r.name) f.text(r.shortName, p + "/short");  // else it is the name, reported once
        f.text(r.summary, p + "/summary");
        f.text(r.definition, p + "/definition");
    }
    for (size_t i = 0; i < d.categories.size(); ++i) f.text(d.categories[i].title, NoteFinder::at("/categories", i) + "/title");

    for (size_t i = 0; i < d.dimensions.size(); ++i) {
        const Dimension& dim = d.dimensions[i];
        const std::string p = NoteFinder::at("/dimensions", i);
        f.text(dim.title, p + "/title");
        f.text(dim.shared, p + "/shared");
        for (size_t r = 0; r < dim.entries.size(); ++r) {
            const std::string pe = p + "/entries/" + roleId(r);
            f.text(dim.entries[r].summary, pe + "/summary");
            f.list(dim.entries[r].points, pe + "/points");
        }
    }

    f.items(d.shared, "/shared");

    f.text(d.basics.intro, "/basics/intro");
    for (size_t i = 0; i < d.basics.types.size(); ++i) {
        const MlType& t = d.basics.types[i];
        const std::string p = NoteFinder::at("/basics/types", i);
        f.text(t.name, p + "/name");
        f.text(t.description, p + "/description");
        f.list(t.examples, p + "/examples");
    }
    f.list(d.basics.applications, "/basics/applications");

    f.text(d.difficulty.intro, "/difficulty/intro");
    f.items(d.difficulty.factors, "/difficulty/factors");
    f.items(d.difficulty.roleDifferences, "/difficulty/roleDifferences");

    f.text(d.choose.intro, "/choose/intro");
    for (size_t g = 0; g < d.choose.groups.size(); ++g)
        f.items(d.choose.groups[g].factors, NoteFinder::at("/choose/groups", g) + "/factors");

    for (size_t i = 0; i < d.faq.size(); ++i) {
        const FaqItem& q = d.faq[i];
        const std::string p = NoteFinder::at("/faq", i);
        f.text(q.question, p + "/question");
        f.text(q.answer, p + "/answer");
        f.list(q.tags, p + "/tags");
    }

    for (size_t i = 0; i < d.quiz.questions.size(); ++i) {
        const Question& q = d.quiz.questions[i];
        const std::string p = NoteFinder::at("/quiz/questions", i);
        f.text(q.prompt, p + "/prompt");
        // A scale option without a label shows the standard wording, never a note.
        for (size_t o = 0; o < q.options.size(); ++o) f.text(q.options[o].label, NoteFinder::at(p + "/options", o) + "/label");
    }
    for (size_t r = 0; r < d.quiz.nextSteps.size(); ++r)
        for (size_t k = 0; k < d.quiz.nextSteps[r].size(); ++k)
            f.text(d.quiz.nextSteps[r][k].text, NoteFinder::at("/quiz/nextSteps/" + roleId(r), k) + "/text");
}

}  // namespace rc
