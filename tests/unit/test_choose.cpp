// How to choose (core/choose.h, the mirror's mirrorChoose): every factor of
// the shipped data is asked about in the quiz; the method's words follow the
// data's thresholds and the scoring's own numbers (agreement()); the mirror
// lists each factor with its quiz questions as actions.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "core/choose.h"
#include "core/embedded.h"
#include "core/html.h"
#include "core/loader.h"
#include "core/quiz.h"

namespace {

const rc::Dataset& shipped() {
    static rc::Dataset ds = rc::loadDataset(rc::findEmbedded(rc::assets::files(), "roles/ml-vs-swe.json")).data;
    return ds;
}

std::string all(const std::vector<std::string>& lines) {
    std::string s;
    for (const std::string& l : lines) s += l + "\n";
    return s;
}

bool has(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

// The choose factors no quiz question asks about.
std::vector<std::string> unasked(const rc::Dataset& ds) {
    std::vector<std::string> out;
    for (const rc::ChooseGroup& g : ds.choose.groups)
        for (const rc::Item& f : g.factors)
            if (rc::questionsForFactor(ds, f.id).empty()) out.push_back(f.id);
    return out;
}

}  // namespace

TEST_CASE("choose: every factor of the shipped data has a quiz question about it", "[choose]") {
    const rc::Dataset& ds = shipped();
    REQUIRE(ds.choose.groups.size() == ds.roles.size());
    int factors = 0;
    for (const rc::ChooseGroup& g : ds.choose.groups) {
        REQUIRE(ds.roleIndex(g.role) >= 0);
        REQUIRE_FALSE(g.factors.empty());
        for (const rc::Item& f : g.factors) {
            INFO(f.id);
            ++factors;
            const std::vector<int> qs = rc::questionsForFactor(ds, f.id);
            CHECK_FALSE(qs.empty());
            // Each linked question speaks about the factor's own role.
            for (int q : qs) CHECK(rc::agreement(ds, q, 0, ds.roleIndex(g.role)) >= 0);
        }
    }
    CHECK(factors == 8);  // the article lists four per role
    CHECK(unasked(ds).empty());
    // The check sees a factor that loses its only question.
    rc::Dataset less = ds;
    for (rc::Question& q : less.quiz.questions)
        if (q.factor == "continuous-learning") q.factor.clear();
    CHECK(unasked(less) == std::vector<std::string>{"continuous-learning"});
}

TEST_CASE("choose: quiz links are numbered as the quiz numbers its questions", "[choose]") {
    CHECK(rc::quizQuestionLabel(0) == "Quiz question 1");
    CHECK(rc::quizQuestionLabel(11) == "Quiz question 12");
}

TEST_CASE("choose: the method says what the scoring counts, from the data", "[choose]") {
    const rc::Dataset& ds = shipped();
    const rc::FitMethod m = rc::fitMethod(ds);
    const std::string scoring = all(m.scoring), outcomes = all(m.outcomes);
    CHECK(m.title == "How the quiz turns your answers into a fit");
    // Each scale label with the share agreement() gives it.
    int scaleQ = -1;
    for (size_t q = 0; q < ds.quiz.questions.size() && scaleQ < 0; ++q)
        if (ds.quiz.questions[q].kind == rc::QuestionKind::Scale) scaleQ = static_cast<int>(q);
    REQUIRE(scaleQ >= 0);
    const rc::Question& sq = ds.quiz.questions[scaleQ];
    for (size_t o = 0; o < sq.options.size(); ++o) {
        const long pct = std::lround(100 * rc::agreement(ds, scaleQ, static_cast<int>(o), sq.role));
        CHECK(has(scoring, sq.options[o].label + " " + std::to_string(pct) + "%"));
    }
    CHECK(has(scoring, "Strongly disagree 0%"));
    CHECK(has(scoring, "Strongly agree 100%"));
    // Choice: 100% for the pick's role, 0% for the other, 50% for the options
    // pointing to no role, quoted as the quiz shows them.
    CHECK(has(scoring, "100% for the role your pick points to and 0% for the other role"));
    CHECK(has(scoring, "\xE2\x80\x9CNo preference\xE2\x80\x9D"));
    CHECK(has(scoring, "50% for both"));
    CHECK(has(scoring, "Skipped questions do not count."));
    CHECK(has(scoring, "need not add up to 100%"));
    // The thresholds are the data's.
    CHECK(has(outcomes, "reaches 60%"));
    CHECK(has(outcomes, "less than 8 points apart"));
    CHECK(has(outcomes, "at least 6 answers"));

    rc::Dataset other = ds;
    other.quiz.fitAt = 70;
    other.quiz.closeCall = 5;
    other.quiz.minAnswers = 9;
    const std::string changed = all(rc::fitMethod(other).outcomes);
    CHECK(has(changed, "reaches 70%"));
    CHECK(has(changed, "less than 5 points apart"));
    CHECK(has(changed, "at least 9 answers"));
    CHECK_FALSE(has(changed, "60%"));
}

TEST_CASE("choose: three roles are worded for three", "[choose]") {
    rc::Dataset ds = shipped();
    ds.roles.push_back(ds.roles[0]);
    ds.roles.back().id = "third";
    const std::string words = all(rc::fitMethod(ds).scoring) + all(rc::fitMethod(ds).outcomes);
    CHECK_FALSE(has(words, "the other role "));
    CHECK_FALSE(has(words, "Neither"));
    CHECK(has(words, "No role stands out"));
}

TEST_CASE("choose: no quiz, no method", "[choose]") {
    rc::Dataset ds = shipped();
    ds.quiz.questions.clear();
    const rc::FitMethod m = rc::fitMethod(ds);
    CHECK(m.scoring.empty());
    CHECK(m.outcomes.empty());
    rc::MirrorState st;
    st.view = rc::View::Choose;
    const std::string html = rc::renderMirrorHtml(ds, st);
    CHECK_FALSE(has(html, rc::kChooseMethodAnchor));
    CHECK(has(html, "No quiz question asks about this."));
}

TEST_CASE("choose: the mirror lists each factor with its quiz questions as actions", "[choose][html]") {
    const rc::Dataset& ds = shipped();
    rc::View v;
    REQUIRE(rc::parseView("choose", &v, rc::ViewInNav | rc::ViewByUrl));
    rc::MirrorState st;
    st.view = v;
    const std::string html = rc::renderMirrorHtml(ds, st);
    CHECK(has(html, "data-rc-action=\"view:choose\" aria-current=\"page\">How to choose</button>"));
    for (const rc::ChooseGroup& g : ds.choose.groups)
        for (const rc::Item& f : g.factors) {
            INFO(f.id);
            CHECK(has(html, "<h4>" + rc::htmlEscape(f.title) + "</h4>"));
            for (int q : rc::questionsForFactor(ds, f.id))
                CHECK(has(html, "data-rc-action=\"question:" + std::to_string(q) + "\">" +
                                    rc::htmlEscape(rc::quizQuestionLabel(q) + ": " + ds.quiz.questions[q].prompt)));
        }
    CHECK(has(html, std::string("<h3 id=\"") + rc::kChooseMethodAnchor + "\">How the quiz turns your answers into a fit</h3>"));
}
