// The shipped dataset's quiz end to end (loader -> scoring -> share token), on
// the answer patterns issue 16 names: agreeing with every ML factor, with every
// SWE factor, disagreeing with one role's factors only, all neutral, all
// skipped, mixed. Each checks the outcome, and that every reason listed under a
// role comes from that role's own factors in the article's "What Career To
// Choose" list (or a choice option that points to that role).
#include <catch2/catch.hpp>

#include <string>

#include "core/embedded.h"
#include "core/loader.h"
#include "core/quiz.h"
#include "core/share.h"
#include "core/verdict.h"

namespace {

const rc::Dataset& shipped() {
    static rc::Dataset ds = rc::loadDataset(rc::findEmbedded(rc::assets::files(), "roles/ml-vs-swe.json")).data;
    return ds;
}

int mle() { return shipped().roleIndex("mle"); }
int swe() { return shipped().roleIndex("swe"); }

// One answer per question: scale questions by their factor's role (`scaleFor`:
// role -> option, -1 = skip), choice questions the option pointing to
// `choiceRole` (-1: the option pointing to no role, e.g. "No preference").
template <class ScaleFor>
rc::Answers pattern(ScaleFor scaleFor, int choiceRole) {
    const rc::Dataset& ds = shipped();
    rc::Answers a;
    for (const rc::Question& q : ds.quiz.questions) {
        if (q.kind == rc::QuestionKind::Scale) {
            a.push_back(scaleFor(q.role));
            continue;
        }
        int pick = rc::kSkipped;
        for (size_t o = 0; o < q.options.size(); ++o)
            if (q.options[o].role == choiceRole && pick < 0) pick = static_cast<int>(o);
        a.push_back(pick);
    }
    return a;
}

rc::QuizResult scored(const rc::Answers& a) {
    const rc::Dataset& ds = shipped();
    // Every pattern survives a share token unchanged.
    const rc::DecodeResult back = rc::decodeToken(ds, rc::encodeToken(ds, a));
    REQUIRE(back.ok);
    REQUIRE(back.answers == a);
    return rc::score(ds, back.answers);
}

// Every reason under a role is one of that role's factors (with that factor's
// own text), or a choice option pointing to that role.
void checkReasonsBelong(const rc::QuizResult& r) {
    const rc::Dataset& ds = shipped();
    for (size_t role = 0; role < r.contributions.size(); ++role)
        for (const rc::Contribution& c : r.contributions[role]) {
            const rc::Question& q = ds.quiz.questions[c.question];
            INFO(ds.roles[role].id << ": " << q.id);
            CHECK(c.agreement > 0.5);
            if (q.kind == rc::QuestionKind::Scale) {
                const rc::FactorRef f = rc::findFactor(ds, q.factor);
                REQUIRE(f.item != nullptr);
                CHECK(f.role == static_cast<int>(role));
                CHECK(c.title == f.item->title);
                CHECK(c.text == f.item->text);
            } else {
                CHECK(q.options[c.option].role == static_cast<int>(role));
            }
            // The example: ML text under the SWE role.
            if (static_cast<int>(role) == swe()) {
                CHECK(c.text.find("ML engineer") == std::string::npos);
                CHECK(c.text.find("Machine learning") == std::string::npos);
            }
        }
}

std::vector<std::string> topReasonIds(const rc::QuizResult& r, int role, size_t n) {
    std::vector<std::string> ids;
    for (size_t i = 0; i < r.contributions[role].size() && i < n; ++i)
        ids.push_back(shipped().quiz.questions[r.contributions[role][i].question].id);
    return ids;
}

constexpr int SD = 0, N = 2, A = 3, SA = 4;

}  // namespace

TEST_CASE("shipped quiz: every scale question asks about one of the article's factors; every factor is asked", "[shipped]") {
    const rc::Dataset& ds = shipped();
    REQUIRE(ds.roles.size() == 2);
    CHECK(ds.quiz.questions.size() >= 10);
    CHECK(ds.quiz.questions.size() <= 14);
    for (const rc::Question& q : ds.quiz.questions)
        if (q.kind == rc::QuestionKind::Scale) {
            INFO(q.id);
            CHECK(rc::findFactor(ds, q.factor).item != nullptr);
        }
    for (const rc::ChooseGroup& g : ds.choose.groups)
        for (const rc::Item& f : g.factors) {
            INFO(f.id);
            CHECK_FALSE(rc::questionsForFactor(ds, f.id).empty());
        }
}

TEST_CASE("shipped pattern: agreeing with every ML factor", "[shipped][pattern]") {
    // SWE factors neutral, every choice the ML option.
    const rc::QuizResult r = scored(pattern([](int role) { return role == mle() ? SA : N; }, mle()));
    CHECK(r.outcome == rc::Outcome::Clear);
    CHECK(r.recommended == mle());
    CHECK(r.fits[mle()] == Approx(100));
    CHECK(r.fits[swe()] == Approx(25));  // 3 neutral scale answers (50) and 3 choices for ML (0) of 6
    CHECK(r.contributions[swe()].empty());
    // The three most central factors, each once (q-data and q-product repeat "Interest in AI").
    CHECK(topReasonIds(r, mle(), 3) == std::vector<std::string>{"q-ai", "q-math", "q-complex"});
    checkReasonsBelong(r);
    // Strongly disagreeing with the SWE factors too changes SWE's fit only.
    const rc::QuizResult s = scored(pattern([](int role) { return role == mle() ? SA : SD; }, mle()));
    CHECK(s.fits[mle()] == r.fits[mle()]);
    CHECK(s.fits[swe()] == Approx(0));
    CHECK(s.recommended == mle());
    checkReasonsBelong(s);
}

TEST_CASE("shipped pattern: agreeing with every SWE factor", "[shipped][pattern]") {
    const rc::QuizResult r = scored(pattern([](int role) { return role == swe() ? SA : N; }, swe()));
    CHECK(r.outcome == rc::Outcome::Clear);
    CHECK(r.recommended == swe());
    CHECK(r.fits[swe()] == Approx(100));
    CHECK(r.fits[mle()] == Approx(100.0 * 3 / 9));  // 6 neutral scale answers (50) and 3 choices for SWE (0) of 9
    CHECK(r.contributions[mle()].empty());
    // The answers that argue for software engineering are the ones shown.
    CHECK(topReasonIds(r, swe(), 3) == std::vector<std::string>{"q-versatility", "q-users", "q-structure"});
    REQUIRE(r.contributions[swe()].size() == 6);
    checkReasonsBelong(r);
}

TEST_CASE("shipped pattern: disagreeing with one role's factors only", "[shipped][pattern]") {
    // Strongly disagree with every ML factor, neutral about SWE's, no preference in choices.
    const rc::QuizResult r = scored(pattern([](int role) { return role == mle() ? SD : N; }, -1));
    CHECK(r.outcome == rc::Outcome::Neither);
    CHECK(r.fits[swe()] == Approx(50));  // not a high SWE fit: nothing spoke for it
    CHECK(r.fits[mle()] == Approx(100.0 * 1.5 / 9));
    CHECK(r.contributions[swe()].empty());
    CHECK(r.contributions[mle()].empty());
    // And the other way round.
    const rc::QuizResult s = scored(pattern([](int role) { return role == swe() ? SD : N; }, -1));
    CHECK(s.outcome == rc::Outcome::Neither);
    CHECK(s.fits[mle()] == Approx(50));
    CHECK(s.fits[swe()] == Approx(100.0 * 1.5 / 6));
    const rc::Verdict v = rc::verdict(shipped(), s);
    CHECK(v.kind == rc::VerdictKind::Neither);
    CHECK(v.headline == "Neither role stands out");
}

TEST_CASE("shipped pattern: all neutral, and all skipped", "[shipped][pattern]") {
    const rc::QuizResult n = scored(pattern([](int) { return N; }, -1));
    CHECK(n.outcome == rc::Outcome::Neither);
    CHECK(n.fits[mle()] == Approx(50));
    CHECK(n.fits[swe()] == Approx(50));
    CHECK(n.contributions[mle()].empty());
    CHECK(n.contributions[swe()].empty());
    const rc::QuizResult s = scored(rc::Answers(shipped().quiz.questions.size(), rc::kSkipped));
    CHECK(s.outcome == rc::Outcome::TooFew);
    CHECK_FALSE(s.complete);
    CHECK(rc::verdict(shipped(), s).kind == rc::VerdictKind::NotReady);
}

TEST_CASE("shipped pattern: mixed answers that suit both roles", "[shipped][pattern]") {
    const rc::Dataset& ds = shipped();
    // ML: Strongly agree, Strongly agree, Agree, Agree, Neutral, Neutral.
    // SWE: Strongly agree, Strongly agree, Agree. Choices: no preference on the
    // system, designers & PMs for the team (SWE), AI features to build (ML).
    const rc::Answers a = {SA, SA, A, A, N, N, SA, SA, A, 2, 0, 1, 2};
    REQUIRE(a.size() == ds.quiz.questions.size());
    const rc::QuizResult r = scored(a);
    CHECK(r.fits[mle()] == Approx(100.0 * 6 / 9));      // (1+1+.75+.75+.5+.5 + .5 + 0 + 1) / 9
    CHECK(r.fits[swe()] == Approx(100.0 * 4.25 / 6));    // (1+1+.75 + .5 + 1 + 0) / 6
    CHECK(r.outcome == rc::Outcome::CloseCall);
    CHECK(r.top == swe());
    CHECK(topReasonIds(r, swe(), 4) == std::vector<std::string>{"q-versatility", "q-users", "q-team", "q-structure"});
    CHECK(topReasonIds(r, mle(), 3) == std::vector<std::string>{"q-ai", "q-math", "q-product"});
    checkReasonsBelong(r);
    // One answer would change it: agreeing less with versatility drops SWE below ML.
    bool flipsToMl = false;
    for (const rc::Flip& f : rc::flipAnalysis(ds, a))
        if (ds.quiz.questions[f.question].id == "q-versatility" && f.option == SD) flipsToMl = f.toRole == mle();
    CHECK(flipsToMl);
}

TEST_CASE("shipped quiz: an ML fit with a software background shows the crossover FAQ", "[shipped]") {
    const rc::Dataset& ds = shipped();
    rc::Answers answers = pattern([](int role) { return role == mle() ? SA : N; }, mle());
    int q = -1;
    for (size_t i = 0; i < ds.quiz.questions.size(); ++i)
        if (ds.quiz.questions[i].id == ds.quiz.crossoverQuestion) q = static_cast<int>(i);
    REQUIRE(q >= 0);
    REQUIRE_FALSE(ds.quiz.crossoverOptions.empty());
    answers[q] = ds.quiz.crossoverOptions[0];
    const rc::FaqItem* faq = rc::crossover(ds, answers, rc::score(ds, answers));
    REQUIRE(faq != nullptr);
    CHECK(faq->id == ds.quiz.crossoverFaq);
}
