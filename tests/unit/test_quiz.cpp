// Quiz scoring (each role's fit from its own factors), explanation, flip
// analysis, next steps, crossover, quiz_cli. Expected numbers are worked out by
// hand from the agreements in the comments (docs/quiz.md has the model).
//
// [SECTION] Hand-built dataset
// [SECTION] Agreement and factors
// [SECTION] Outcomes on hand-computed cases
// [SECTION] Explanation, flips, next steps, crossover
// [SECTION] Properties over random datasets
// [SECTION] quiz_cli
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <tuple>

#include "core/quiz.h"
#include "core/quiz_cli.h"
#include "core/share.h"

using Catch::Detail::Approx;

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Hand-built dataset
//-----------------------------------------------------------------------------

rc::Question scale(const char* id, const char* factor, int role) {
    rc::Question q;
    q.id = id;
    q.prompt = std::string("Prompt of ") + id;
    q.kind = rc::QuestionKind::Scale;
    for (const char* l : {"Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"})
        q.options.push_back(rc::Option{l, -1, ""});
    q.factor = factor;
    q.role = role;
    return q;
}

rc::Question choice(const char* id, const char* basis, std::vector<rc::Option> options) {
    rc::Question q;
    q.id = id;
    q.prompt = std::string("Prompt of ") + id;
    q.kind = rc::QuestionKind::Choice;
    q.options = std::move(options);
    q.basis = basis;
    return q;
}

// Roles: 0 = mle, 1 = swe. Factors: mle [ai-interest, math-aptitude], swe [user-centric, structured].
//   q0 "q-ai"        scale  ai-interest (mle)
//   q1 "q-math"      scale  math-aptitude (mle)
//   q2 "q-users"     scale  user-centric (swe)
//   q3 "q-structure" scale  structured (swe)
//   q4 "q-approach"  choice basis dimension problem-solving: Deterministic -> swe, Probabilistic -> mle, No preference
//   q5 "q-product"   choice basis dimension product: Apps -> swe (user-centric), AI features -> mle (ai-interest), Both
//   q6 "q-bg"        choice basis FAQ swe-to-ml: Yes, No (no role: counts as answered only)
// With everything answered each role has 4 counted answers, so fits move in steps of 6.25.
// Scale agreement: option / 4. Choice: 1 for the role chosen, 0.5 for no preference, 0 for the other.
rc::Dataset handDataset() {
    rc::Dataset ds;
    ds.meta.id = "test-quiz";
    ds.meta.title = "Test quiz";
    ds.meta.version = "1.0.0";
    ds.roles = {rc::Role{"mle", "Machine Learning Engineer", "ML Engineer", "", "", 0},
                rc::Role{"swe", "Software Engineer", "Software Engineer", "", "", 0}};
    ds.dimensions.push_back(rc::Dimension{"problem-solving", "approach", "Approach to problem-solving", "", true,
                                          {rc::Entry{"Probabilistic models.", {}, {}},
                                           rc::Entry{"A deterministic approach.", {}, {}}}});
    ds.dimensions.push_back(rc::Dimension{"product", "perspective", "Product perspective", "", true,
                                          {rc::Entry{"AI-driven features.", {}, {}}, rc::Entry{"End-user products.", {}, {}}}});
    ds.choose.groups.push_back(rc::ChooseGroup{
        "mle", {rc::Item{"ai-interest", "Interest in AI and data science", "You like AI.", {}},
                rc::Item{"math-aptitude", "Mathematical aptitude", "You like maths.", {}}}});
    ds.choose.groups.push_back(rc::ChooseGroup{
        "swe", {rc::Item{"user-centric", "User-centric focus", "Work that users see.", {}},
                rc::Item{"structured", "Structured development", "Methodical work.", {}}}});
    ds.faq.push_back(rc::FaqItem{"swe-to-ml", "Can a software engineer move into ML?", "Yes, often.", {}, {}});
    ds.quiz.questions = {
        scale("q-ai", "ai-interest", 0),
        scale("q-math", "math-aptitude", 0),
        scale("q-users", "user-centric", 1),
        scale("q-structure", "structured", 1),
        choice("q-approach", "problem-solving",
               {rc::Option{"Deterministic", 1, ""}, rc::Option{"Probabilistic", 0, ""}, rc::Option{"No preference", -1, ""}}),
        choice("q-product", "product",
               {rc::Option{"Apps", 1, "user-centric"}, rc::Option{"AI features", 0, "ai-interest"},
                rc::Option{"Both", -1, ""}}),
        choice("q-bg", "swe-to-ml", {rc::Option{"Yes", -1, ""}, rc::Option{"No", -1, ""}}),
    };
    ds.quiz.minAnswers = 4;
    ds.quiz.closeCall = 8;
    ds.quiz.fitAt = 60;
    ds.quiz.nextSteps = {{rc::NextStep{"education", "Learn statistics.", {}}},
                         {rc::NextStep{"skills", "Build a web service.", {}}}};
    ds.quiz.crossoverRole = "mle";
    ds.quiz.crossoverQuestion = "q-bg";
    ds.quiz.crossoverOptions = {0};
    ds.quiz.crossoverFaq = "swe-to-ml";
    return ds;
}

constexpr int kMle = 0, kSwe = 1;
constexpr int SD = 0, D = 1, N = 2, A = 3, SA = 4;  // scale options
constexpr int kSkip = rc::kSkipped;

// Every reason under a role comes from that role: its factor, or a choice option pointing to it.
void checkReasonsBelong(const rc::Dataset& ds, const rc::QuizResult& r) {
    for (size_t role = 0; role < r.contributions.size(); ++role)
        for (const rc::Contribution& c : r.contributions[role]) {
            INFO("role " << role << " question " << c.question);
            const rc::Question& q = ds.quiz.questions[c.question];
            CHECK(c.agreement > 0.5);
            if (q.kind == rc::QuestionKind::Scale) {
                CHECK(q.role == static_cast<int>(role));
                CHECK(c.factor == q.factor);
            } else {
                CHECK(q.options[c.option].role == static_cast<int>(role));
            }
            if (!c.factor.empty()) {
                const rc::FactorRef f = rc::findFactor(ds, c.factor);
                REQUIRE(f.item != nullptr);
                CHECK(f.role == static_cast<int>(role));
                CHECK(c.title == f.item->title);
                CHECK(c.text == f.item->text);
            }
        }
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Agreement and factors
//-----------------------------------------------------------------------------

TEST_CASE("quiz: agreement speaks only about the role a question asks about", "[quiz]") {
    const rc::Dataset ds = handDataset();
    // Scale: option / 4 for its factor's role, nothing (-1) for the other.
    CHECK(rc::agreement(ds, 0, SD, kMle) == 0.0);
    CHECK(rc::agreement(ds, 0, D, kMle) == 0.25);
    CHECK(rc::agreement(ds, 0, N, kMle) == 0.5);
    CHECK(rc::agreement(ds, 0, SA, kMle) == 1.0);
    CHECK(rc::agreement(ds, 0, SD, kSwe) == -1.0);
    CHECK(rc::agreement(ds, 2, SA, kMle) == -1.0);
    CHECK(rc::agreement(ds, 2, A, kSwe) == 0.75);
    // Choice: 1 for the role chosen, 0.5 for no preference, 0 for the other role.
    CHECK(rc::agreement(ds, 4, 0, kSwe) == 1.0);
    CHECK(rc::agreement(ds, 4, 0, kMle) == 0.0);
    CHECK(rc::agreement(ds, 4, 2, kMle) == 0.5);
    CHECK(rc::agreement(ds, 4, 2, kSwe) == 0.5);
    // A question about no role, and out-of-range input.
    CHECK(rc::agreement(ds, 6, 0, kMle) == -1.0);
    CHECK(rc::agreement(ds, 6, 1, kSwe) == -1.0);
    CHECK(rc::agreement(ds, 0, 5, kMle) == -1.0);
    CHECK(rc::agreement(ds, 0, -1, kMle) == -1.0);
    CHECK(rc::agreement(ds, 7, 0, kMle) == -1.0);
    CHECK(rc::agreement(ds, 0, SA, 2) == -1.0);
}

TEST_CASE("quiz: factors are found with their role and rank, and linked to their questions", "[quiz]") {
    const rc::Dataset ds = handDataset();
    const rc::FactorRef ai = rc::findFactor(ds, "ai-interest");
    REQUIRE(ai.item != nullptr);
    CHECK(ai.item->title == "Interest in AI and data science");
    CHECK(ai.role == kMle);
    CHECK(ai.rank == 0);
    const rc::FactorRef st = rc::findFactor(ds, "structured");
    CHECK(st.role == kSwe);
    CHECK(st.rank == 1);
    CHECK(rc::findFactor(ds, "nope").item == nullptr);
    CHECK(rc::findFactor(ds, "problem-solving").item == nullptr);  // a dimension, not a factor
    CHECK(rc::questionsForFactor(ds, "ai-interest") == std::vector<int>{0, 5});
    CHECK(rc::questionsForFactor(ds, "user-centric") == std::vector<int>{2, 5});
    CHECK(rc::questionsForFactor(ds, "structured") == std::vector<int>{3});
    CHECK(rc::questionsForFactor(ds, "nope").empty());
    CHECK(rc::questionsForFactor(ds, "").empty());
}

//-----------------------------------------------------------------------------
// [SECTION] Outcomes on hand-computed cases
//-----------------------------------------------------------------------------

TEST_CASE("quiz: agreeing with every ML factor is a clear ML fit, with ML reasons only", "[quiz][pattern]") {
    const rc::Dataset ds = handDataset();
    // mle: 1, 1, 1 (Probabilistic), 1 (AI features) -> 100.  swe: 0.5, 0.5, 0, 0 -> 25.
    const rc::QuizResult r = rc::score(ds, {SA, SA, N, N, 1, 1, 0});
    CHECK(r.answered == 7);
    CHECK(r.counted == std::vector<int>{4, 4});
    CHECK(r.complete);
    CHECK(r.fits[kMle] == Approx(100));
    CHECK(r.fits[kSwe] == Approx(25));
    CHECK(r.outcome == rc::Outcome::Clear);
    CHECK(r.recommended == kMle);
    CHECK_FALSE(r.closeCall);
    CHECK_FALSE(r.neither);
    CHECK(r.gap == Approx(75));
    // All four agree fully: ranked by how central the factor is, then question order;
    // the choice without a factor (q4) ranks after both factors, and a factor
    // already given (q5's ai-interest) after the others.
    REQUIRE(r.contributions[kMle].size() == 4);
    CHECK(r.contributions[kMle][0].question == 0);  // ai-interest, rank 0
    CHECK(r.contributions[kMle][1].question == 1);  // math-aptitude, rank 1
    CHECK(r.contributions[kMle][2].question == 4);  // Probabilistic: the dimension's ML text
    CHECK(r.contributions[kMle][3].question == 5);  // AI features -> ai-interest again
    CHECK(r.contributions[kMle][2].factor.empty());
    CHECK(r.contributions[kMle][2].title == "Approach to problem-solving");
    CHECK(r.contributions[kMle][2].text == "Probabilistic models.");
    CHECK(r.contributions[kMle][3].title == "Interest in AI and data science");
    CHECK(r.contributions[kMle][3].repeat);
    CHECK_FALSE(r.contributions[kMle][0].repeat);
    for (const rc::Contribution& c : r.contributions[kMle]) CHECK(c.fitPoints == Approx(25));
    CHECK(r.contributions[kSwe].empty());  // neutral is not a reason
    checkReasonsBelong(ds, r);
}

TEST_CASE("quiz: agreeing with every SWE factor is a clear SWE fit, with SWE reasons only", "[quiz][pattern]") {
    const rc::Dataset ds = handDataset();
    // swe: 1, 1, 1 (Deterministic), 1 (Apps) -> 100.  mle: 0.5, 0.5, 0, 0 -> 25.
    const rc::QuizResult r = rc::score(ds, {N, N, SA, SA, 0, 0, 1});
    CHECK(r.fits[kSwe] == Approx(100));
    CHECK(r.fits[kMle] == Approx(25));
    CHECK(r.recommended == kSwe);
    REQUIRE(r.contributions[kSwe].size() == 4);
    CHECK(r.contributions[kSwe][0].question == 2);  // user-centric, rank 0
    CHECK(r.contributions[kSwe][1].question == 3);  // structured, rank 1
    CHECK(r.contributions[kSwe][2].question == 4);  // Deterministic
    CHECK(r.contributions[kSwe][3].question == 5);  // Apps -> user-centric again
    CHECK(r.contributions[kSwe][2].text == "A deterministic approach.");
    CHECK(r.contributions[kMle].empty());
    checkReasonsBelong(ds, r);
}

TEST_CASE("quiz: disagreeing with one role's factors does not make the other fit", "[quiz][pattern]") {
    const rc::Dataset ds = handDataset();
    // Strongly disagree with both ML factors, neutral elsewhere.
    // mle: 0, 0, 0.5, 0.5 -> 25.  swe: 0.5 x 4 -> 50: below fitAt 60.
    const rc::QuizResult r = rc::score(ds, {SD, SD, N, N, 2, 2, 1});
    CHECK(r.fits[kMle] == Approx(25));
    CHECK(r.fits[kSwe] == Approx(50));
    CHECK(r.outcome == rc::Outcome::Neither);
    CHECK(r.neither);
    CHECK(r.recommended == -1);
    CHECK(rc::outcomeRole(r) == -1);
    CHECK(r.contributions[kMle].empty());
    CHECK(r.contributions[kSwe].empty());
    // The same the other way round.
    const rc::QuizResult s = rc::score(ds, {N, N, SD, SD, 2, 2, 1});
    CHECK(s.fits[kSwe] == Approx(25));
    CHECK(s.fits[kMle] == Approx(50));
    CHECK(s.outcome == rc::Outcome::Neither);
    // And disagreeing harder with ML never moves SWE's fit at all.
    CHECK(rc::score(ds, {D, D, N, N, 2, 2, 1}).fits[kSwe] == r.fits[kSwe]);
}

TEST_CASE("quiz: all neutral is neither; all skipped is too few", "[quiz][pattern]") {
    const rc::Dataset ds = handDataset();
    const rc::QuizResult n = rc::score(ds, {N, N, N, N, 2, 2, 1});
    CHECK(n.fits == std::vector<double>{50, 50});
    CHECK(n.outcome == rc::Outcome::Neither);
    CHECK(n.contributions[kMle].empty());
    CHECK(n.contributions[kSwe].empty());
    const rc::QuizResult s = rc::score(ds, rc::Answers(7, kSkip));
    CHECK(s.answered == 0);
    CHECK_FALSE(s.complete);
    CHECK(s.outcome == rc::Outcome::TooFew);
    CHECK(s.fits == std::vector<double>{0, 0});
    CHECK(s.recommended == -1);
    CHECK(s.leans.empty());
    CHECK(rc::flipAnalysis(ds, rc::Answers(7, kSkip)).empty());
}

TEST_CASE("quiz: mixed answers: both fit closely is a close call; a clear lead may say the other fits too", "[quiz][pattern]") {
    const rc::Dataset ds = handDataset();
    // mle: 1, 0.75, 0.5, 0.5 -> 68.75.  swe: 1, 0.75, 0.5, 0.5 -> 68.75.  Both >= 60, gap 0 < 8.
    const rc::QuizResult c = rc::score(ds, {SA, A, SA, A, 2, 2, 1});
    CHECK(c.outcome == rc::Outcome::CloseCall);
    CHECK(c.closeCall);
    CHECK(c.top == kMle);  // equal fits keep role order
    CHECK(rc::outcomeRole(c) == kMle);
    CHECK(c.contributions[kMle].size() == 2);
    CHECK(c.contributions[kSwe].size() == 2);
    CHECK(c.contributions[kMle][0].agreement == 1.0);  // strongest first
    CHECK(c.contributions[kMle][1].agreement == 0.75);
    checkReasonsBelong(ds, c);
    // mle: 1, 1, 1, 0.5 -> 87.5.  swe: 1, 1, 0, 0.5 -> 62.5: both fit, but 25 apart: clear.
    const rc::QuizResult l = rc::score(ds, {SA, SA, SA, SA, 1, 2, 1});
    CHECK(l.fits[kMle] == Approx(87.5));
    CHECK(l.fits[kSwe] == Approx(62.5));
    CHECK(l.outcome == rc::Outcome::Clear);
    CHECK(l.recommended == kMle);
    checkReasonsBelong(ds, l);
    // mle 68.75 (1, 0.75, 0.5, 0.5) against swe 56.25 (0.75, 0.5, 0.5, 0.5): swe is
    // 12.5 points behind and below fitAt: a clear ML fit.
    const rc::QuizResult m = rc::score(ds, {SA, A, A, N, 2, 2, 0});
    CHECK(m.fits[kMle] == Approx(68.75));
    CHECK(m.fits[kSwe] == Approx(56.25));
    CHECK(m.outcome == rc::Outcome::Clear);
}

TEST_CASE("quiz: the fitAt and closeCall boundaries", "[quiz]") {
    rc::Dataset ds = handDataset();
    // mle 75 (1, 1, 0.5, 0.5), swe 68.75 (1, 0.75, 0.5, 0.5): gap 6.25.
    const rc::Answers a = {SA, SA, SA, A, 2, 2, 1};
    ds.quiz.closeCall = 6.25;  // a gap of exactly closeCall is not a close call
    CHECK(rc::score(ds, a).outcome == rc::Outcome::Clear);
    ds.quiz.closeCall = 6.26;
    CHECK(rc::score(ds, a).outcome == rc::Outcome::CloseCall);
    // The second must reach fitAt for "both fit": with fitAt 70 only mle fits.
    ds.quiz.fitAt = 70;
    CHECK(rc::score(ds, a).outcome == rc::Outcome::Clear);
    // A fit of exactly fitAt fits.
    ds.quiz.fitAt = 75;
    CHECK(rc::score(ds, a).outcome == rc::Outcome::Clear);
    ds.quiz.fitAt = 75.01;
    CHECK(rc::score(ds, a).outcome == rc::Outcome::Neither);
}

TEST_CASE("quiz: too few answers, and a role no answer speaks about", "[quiz]") {
    rc::Dataset ds = handDataset();
    // 3 answers < minAnswers 4: a preview, whatever they say.
    const rc::QuizResult p = rc::score(ds, {SA, SA, kSkip, kSkip, 1, kSkip, kSkip});
    CHECK(p.answered == 3);
    CHECK_FALSE(p.complete);
    CHECK(p.outcome == rc::Outcome::TooFew);
    CHECK(p.recommended == -1);
    CHECK(p.fits[kMle] == Approx(100));  // the preview still has fits
    CHECK(p.fits[kSwe] == Approx(0));    // q4's Probabilistic is 0 for swe
    // Four answers, none about swe (q6 is about no role): still too few.
    ds.quiz.questions[4].options[0].role = -1;  // make q4 say nothing about swe
    const rc::QuizResult q = rc::score(ds, {SA, SA, kSkip, kSkip, 1, kSkip, 0});
    CHECK(q.answered == 4);
    CHECK(q.counted == std::vector<int>{3, 0});
    CHECK_FALSE(q.complete);
    CHECK(q.fits[kSwe] == 0);
}

TEST_CASE("quiz: skipped, missing and out-of-range answers all count as skipped", "[quiz]") {
    const rc::Dataset ds = handDataset();
    const rc::QuizResult full = rc::score(ds, {SA, SA, N, N, 1, 1, kSkip});
    CHECK(rc::score(ds, {SA, SA, N, N, 1, 1}).fits == full.fits);          // too short
    CHECK(rc::score(ds, {SA, SA, N, N, 1, 1, 9}).fits == full.fits);       // out of range
    CHECK(rc::score(ds, {SA, SA, N, N, 1, 1, -7}).fits == full.fits);      // below -1
    CHECK(rc::score(ds, {SA, SA, N, N, 1, 1, kSkip, 3, 3}).fits == full.fits);  // extra entries
    CHECK(rc::score(ds, {SA, SA, N, N, 1, 1, 9}).answered == 6);
    CHECK(rc::isValidAnswers(ds, {SA, SA, N, N, 1, 1, kSkip}));
    CHECK_FALSE(rc::isValidAnswers(ds, {SA, SA, N, N, 1, 1}));
    CHECK_FALSE(rc::isValidAnswers(ds, {SA, SA, N, N, 1, 1, 2}));
    CHECK(rc::firstOpenQuestion(ds, {SA, SA, kSkip}) == 2);
}

//-----------------------------------------------------------------------------
// [SECTION] Explanation, flips, next steps, crossover
//-----------------------------------------------------------------------------

TEST_CASE("quiz: the per-answer chart: role, stance and fit points", "[quiz]") {
    const rc::Dataset ds = handDataset();
    const rc::QuizResult r = rc::score(ds, {SD, A, kSkip, N, 2, 0, 1});
    // mle counted: q0, q1, q4, q5 -> 4; swe: q3, q4, q5 -> 3.
    CHECK(r.counted == std::vector<int>{4, 3});
    REQUIRE(r.leans.size() == 6);
    CHECK(r.leans[0].question == 0);
    CHECK(r.leans[0].role == kMle);
    CHECK(r.leans[0].stance == -1.0);  // strongly disagrees with an ML factor
    CHECK(r.leans[0].fitPoints == std::vector<double>{0, 0});
    CHECK(r.leans[1].stance == 0.5);
    CHECK(r.leans[1].fitPoints[kMle] == Approx(18.75));  // 100 * 0.75 / 4
    CHECK(r.leans[2].question == 3);
    CHECK(r.leans[2].role == kSwe);
    CHECK(r.leans[2].stance == 0.0);
    CHECK(r.leans[2].fitPoints[kSwe] == Approx(100.0 * 0.5 / 3));
    CHECK(r.leans[3].role == -1);  // no preference
    CHECK(r.leans[3].stance == 0.0);
    CHECK(r.leans[4].role == kSwe);  // Apps
    CHECK(r.leans[4].stance == 1.0);
    CHECK(r.leans[4].fitPoints[kMle] == 0.0);
    CHECK(r.leans[4].fitPoints[kSwe] == Approx(100.0 / 3));
    CHECK(r.leans[5].role == -1);  // q-bg is about no role
    // The fit points of a role add up to its fit.
    for (int role : {kMle, kSwe}) {
        double sum = 0;
        for (const rc::AnswerLean& l : r.leans) sum += l.fitPoints[role];
        CHECK(sum == Approx(r.fits[role]));
    }
}

TEST_CASE("quiz: flip analysis on a hand-computed case", "[quiz]") {
    const rc::Dataset ds = handDataset();
    // The close call above: mle 68.75, swe 68.75.
    const rc::Answers a = {SA, A, SA, A, 2, 2, 1};
    const std::vector<rc::Flip> flips = rc::flipAnalysis(ds, a);
    auto find = [&](int q, int option) -> const rc::Flip* {
        for (const rc::Flip& f : flips)
            if (f.question == q && f.option == option) return &f;
        return nullptr;
    };
    // q0 to Strongly disagree: mle 43.75 -> swe alone fits.
    const rc::Flip* f = find(0, SD);
    REQUIRE(f != nullptr);
    CHECK(f->fromOption == SA);
    CHECK(f->to == rc::Outcome::Clear);
    CHECK(f->toRole == kSwe);
    CHECK_FALSE(f->toCloseCall);
    CHECK(f->fits[kMle] == Approx(43.75));
    // q4 to Probabilistic: mle 81.25, swe 56.25: ML clearly.
    f = find(4, 1);
    REQUIRE(f != nullptr);
    CHECK(f->toRole == kMle);
    // q0 to Agree: mle 62.5, swe 68.75: still both fit within 8: no flip listed.
    CHECK(find(0, A) == nullptr);
    // q6 (about no role) never flips anything.
    CHECK(find(6, 0) == nullptr);
    CHECK(find(6, kSkip) == nullptr);
    // From all neutral (neither), agreeing strongly with both SWE factors flips it? swe 75 -> clear swe.
    const std::vector<rc::Flip> fromNeither = rc::flipAnalysis(ds, {N, N, N, N, 2, 2, 1});
    bool toSwe = false;
    for (const rc::Flip& g : fromNeither) {
        CHECK(g.to != rc::Outcome::Neither);
        if (g.question == 4 && g.option == 0) toSwe = g.toRole == kSwe;  // Deterministic: swe 62.5, mle 37.5
    }
    CHECK(toSwe);
}

TEST_CASE("quiz: next steps and crossover", "[quiz]") {
    const rc::Dataset ds = handDataset();
    CHECK(rc::nextSteps(ds, kMle).size() == 1);
    CHECK(rc::nextSteps(ds, kSwe)[0].text == "Build a web service.");
    CHECK(rc::nextSteps(ds, 2).empty());
    CHECK(rc::nextSteps(ds, -1).empty());
    // ML fit and "Yes" to q-bg: the crossover FAQ.
    const rc::Answers ml = {SA, SA, N, N, 1, 1, 0};
    const rc::FaqItem* faq = rc::crossover(ds, ml, rc::score(ds, ml));
    REQUIRE(faq != nullptr);
    CHECK(faq->id == "swe-to-ml");
    // "No" to q-bg, a SWE fit, or neither: none.
    const rc::Answers no = {SA, SA, N, N, 1, 1, 1};
    CHECK(rc::crossover(ds, no, rc::score(ds, no)) == nullptr);
    const rc::Answers swe = {N, N, SA, SA, 0, 0, 0};
    CHECK(rc::crossover(ds, swe, rc::score(ds, swe)) == nullptr);
    const rc::Answers neither = {N, N, N, N, 2, 2, 0};
    CHECK(rc::crossover(ds, neither, rc::score(ds, neither)) == nullptr);
}

//-----------------------------------------------------------------------------
// [SECTION] Properties over random datasets
//-----------------------------------------------------------------------------

namespace {

rc::Dataset randomDataset(std::mt19937& rng) {
    auto uni = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    rc::Dataset ds;
    ds.meta.id = "random";
    ds.meta.version = "1";
    const int nRoles = uni(2, 4);
    std::vector<std::string> factors;
    std::vector<int> factorRole;
    for (int r = 0; r < nRoles; ++r) {
        ds.roles.push_back(rc::Role{"r" + std::to_string(r), "Role", "", "", "", 0});
        rc::ChooseGroup g{"r" + std::to_string(r), {}};
        const int nF = uni(1, 3);
        for (int k = 0; k < nF; ++k) {
            const std::string id = "f" + std::to_string(r) + "-" + std::to_string(k);
            g.factors.push_back(rc::Item{id, "Factor " + id, "Text of " + id, {}});
            factors.push_back(id);
            factorRole.push_back(r);
        }
        ds.choose.groups.push_back(std::move(g));
    }
    const int nQ = uni(1, 14);
    for (int q = 0; q < nQ; ++q) {
        if (uni(0, 1) == 0) {
            const int f = uni(0, static_cast<int>(factors.size()) - 1);
            rc::Question qu = scale("q", factors[f].c_str(), factorRole[f]);
            qu.id = "q" + std::to_string(q);
            ds.quiz.questions.push_back(std::move(qu));
        } else {
            std::vector<rc::Option> opts;
            const int nOpt = uni(2, 4);
            for (int o = 0; o < nOpt; ++o) {
                rc::Option op{"Option " + std::to_string(o), uni(-1, nRoles - 1), ""};
                if (op.role >= 0 && uni(0, 1) == 0)  // sometimes a factor of that role
                    for (size_t f = 0; f < factors.size(); ++f)
                        if (factorRole[f] == op.role) op.factor = factors[f];
                opts.push_back(op);
            }
            rc::Question qu = choice("q", "none", std::move(opts));
            qu.id = "q" + std::to_string(q);
            ds.quiz.questions.push_back(std::move(qu));
        }
    }
    ds.quiz.minAnswers = uni(1, nQ);
    ds.quiz.closeCall = uni(0, 50);
    ds.quiz.fitAt = uni(0, 4) == 0 ? uni(0, 100) : 60;
    return ds;
}

rc::Answers randomAnswers(const rc::Dataset& ds, std::mt19937& rng) {
    rc::Answers a;
    for (const auto& q : ds.quiz.questions) {
        int n = static_cast<int>(q.options.size());
        int v = std::uniform_int_distribution<int>(-1, n - 1)(rng);
        if (std::uniform_int_distribution<int>(0, 3)(rng) == 0) v = -1;  // more skips
        a.push_back(v);
    }
    return a;
}

}  // namespace

TEST_CASE("quiz properties: ranges, order, independence, monotonicity, reasons, flips", "[quiz][property]") {
    std::mt19937 rng(20261206);
    int checkedSets = 0, checkedMoves = 0, checkedFlips = 0, checkedReasons = 0;
    for (int d = 0; d < 300; ++d) {
        const rc::Dataset ds = randomDataset(rng);
        const size_t nRoles = ds.roles.size();
        for (int s = 0; s < 15; ++s) {
            const rc::Answers ans = randomAnswers(ds, rng);
            const rc::QuizResult r = rc::score(ds, ans);
            ++checkedSets;
            // Fits within 0..100; ranking sorted desc, ties in role order.
            REQUIRE(r.fits.size() == nRoles);
            for (double f : r.fits) {
                REQUIRE(f >= 0.0);
                REQUIRE(f <= 100.0);
            }
            for (size_t i = 1; i < r.ranking.size(); ++i) {
                const int a = r.ranking[i - 1], b = r.ranking[i];
                REQUIRE((r.fits[a] > r.fits[b] || (r.fits[a] == r.fits[b] && a < b)));
            }
            // The outcome follows its definition.
            const double top = r.fits[r.ranking[0]], second = r.fits[r.ranking[1]];
            if (!r.complete) REQUIRE(r.outcome == rc::Outcome::TooFew);
            else if (top < ds.quiz.fitAt) REQUIRE(r.outcome == rc::Outcome::Neither);
            else if (second >= ds.quiz.fitAt && top - second < ds.quiz.closeCall) REQUIRE(r.outcome == rc::Outcome::CloseCall);
            else REQUIRE((r.outcome == rc::Outcome::Clear && r.recommended == r.ranking[0]));
            // Per-role fit points add up to the fit.
            for (size_t role = 0; role < nRoles; ++role) {
                double sum = 0;
                for (const auto& l : r.leans) sum += l.fitPoints[role];
                REQUIRE(sum == Approx(r.fits[role]).margin(1e-9));
            }
            // Reasons: agreeing answers of that role only, strongest first, then
            // factors not given yet, then most central, then question order.
            for (size_t role = 0; role < nRoles; ++role) {
                const auto& list = r.contributions[role];
                for (size_t i = 0; i < list.size(); ++i) {
                    const rc::Contribution& c = list[i];
                    ++checkedReasons;
                    REQUIRE(c.agreement > 0.5);
                    REQUIRE(rc::agreement(ds, c.question, ans[c.question], static_cast<int>(role)) == c.agreement);
                    if (!c.factor.empty()) REQUIRE(rc::findFactor(ds, c.factor).role == static_cast<int>(role));
                    bool repeat = false;
                    for (size_t j = 0; j < i; ++j) repeat = repeat || (list[j].agreement == c.agreement && list[j].title == c.title);
                    REQUIRE(c.repeat == repeat);
                    if (i > 0) {
                        const rc::Contribution& p = list[i - 1];
                        auto key = [](const rc::Contribution& x) { return std::make_tuple(-x.agreement, x.repeat, x.rank, x.question); };
                        REQUIRE(key(p) < key(c));
                    }
                }
            }
            // Changing one answer: other roles' fits move only if the question speaks
            // about them, and a move toward a role never lowers that role's fit.
            for (size_t q = 0; q < ans.size(); ++q) {
                if (ans[q] < 0) continue;
                const auto& opts = ds.quiz.questions[q].options;
                for (size_t o = 0; o < opts.size(); ++o) {
                    rc::Answers moved = ans;
                    moved[q] = static_cast<int>(o);
                    const rc::QuizResult m = rc::score(ds, moved);
                    for (size_t role = 0; role < nRoles; ++role) {
                        const double before = rc::agreement(ds, static_cast<int>(q), ans[q], static_cast<int>(role));
                        const double after = rc::agreement(ds, static_cast<int>(q), static_cast<int>(o), static_cast<int>(role));
                        ++checkedMoves;
                        if (before < 0) REQUIRE(m.fits[role] == r.fits[role]);  // independence
                        else if (after > before) REQUIRE(m.fits[role] > r.fits[role]);
                        else if (after == before) REQUIRE(m.fits[role] == Approx(r.fits[role]).margin(1e-12));
                        else REQUIRE(m.fits[role] < r.fits[role]);
                    }
                }
            }
            // Flip analysis agrees with changing each answer and re-scoring.
            const auto flips = rc::flipAnalysis(ds, ans);
            size_t next = 0;
            if (r.complete) {
                for (size_t q = 0; q < ans.size(); ++q) {
                    if (ans[q] < 0) continue;
                    const int nOpt = static_cast<int>(ds.quiz.questions[q].options.size());
                    std::vector<int> alts;
                    for (int o = 0; o < nOpt; ++o)
                        if (o != ans[q]) alts.push_back(o);
                    alts.push_back(-1);
                    for (int alt : alts) {
                        rc::Answers changed = ans;
                        changed[q] = alt;
                        const rc::QuizResult c = rc::score(ds, changed);
                        const bool differs = c.complete && (c.outcome != r.outcome || c.recommended != r.recommended);
                        ++checkedFlips;
                        if (!differs) continue;
                        REQUIRE(next < flips.size());
                        const rc::Flip& f = flips[next++];
                        REQUIRE(f.question == static_cast<int>(q));
                        REQUIRE(f.fromOption == ans[q]);
                        REQUIRE(f.option == alt);
                        REQUIRE(f.to == c.outcome);
                        REQUIRE(f.toRole == c.recommended);
                        REQUIRE(f.toCloseCall == c.closeCall);
                        REQUIRE(f.fits == c.fits);
                    }
                }
            }
            REQUIRE(next == flips.size());
        }
    }
    CHECK(checkedSets == 4500);
    CHECK(checkedMoves > 10000);
    CHECK(checkedFlips > 10000);
    CHECK(checkedReasons > 1000);
}

//-----------------------------------------------------------------------------
// [SECTION] quiz_cli
//-----------------------------------------------------------------------------

namespace {
// Two roles, a and b, each with one factor asked twice (q0, q1 about fa; q2, q3
// about fb), and two choices (option 0 -> a, 1 -> b, 2 -> either).
rc::Dataset cliDataset() {
    rc::Dataset ds;
    ds.meta.id = "cli-test";
    ds.meta.title = "CLI test";
    ds.meta.version = "2.1";
    ds.roles = {rc::Role{"a", "Role Alpha", "Alpha", "", "", 0}, rc::Role{"b", "Role Beta", "Beta", "", "", 0}};
    ds.shared.push_back(rc::Item{"basis-1", "Shared basis", "Both roles share this.", {}});
    ds.choose.groups = {rc::ChooseGroup{"a", {rc::Item{"fa", "Alpha factor", "Alpha text.", {}}}},
                        rc::ChooseGroup{"b", {rc::Item{"fb", "Beta factor", "Beta text.", {}}}}};
    for (int q = 0; q < 4; ++q) {
        rc::Question qu = scale("q", q < 2 ? "fa" : "fb", q < 2 ? 0 : 1);
        qu.id = "q" + std::to_string(q);
        ds.quiz.questions.push_back(qu);
    }
    for (int q = 4; q < 6; ++q) {
        rc::Question qu = choice("q", "basis-1",
                                 {rc::Option{"Alpha-ish", 0, ""}, rc::Option{"Beta-ish", 1, ""}, rc::Option{"Either", -1, ""}});
        qu.id = "q" + std::to_string(q);
        ds.quiz.questions.push_back(qu);
    }
    ds.quiz.minAnswers = 4;
    ds.quiz.closeCall = 10;
    ds.quiz.fitAt = 60;
    ds.quiz.nextSteps = {{rc::NextStep{"skills", "Alpha step.", {}}}, {rc::NextStep{"tools", "Beta step.", {}}}};
    return ds;
}

struct CliRun {
    int code;
    std::string out, err;
};

CliRun runCli(const rc::Dataset& ds, const std::string& token, bool json) {
    std::ostringstream out, err;
    int code = rc::runQuizResult(ds, token, json, out, err);
    return {code, out.str(), err.str()};
}
}  // namespace

TEST_CASE("quiz_cli: leaning answers recommend that role, text and json", "[quiz][cli]") {
    const rc::Dataset ds = cliDataset();
    // a: 1, 1, 1, 1 -> 100; b: 0, 0, 0, 0 -> 0.
    const std::string tokA = rc::encodeToken(ds, {4, 4, 0, 0, 0, 0});
    const std::string tokB = rc::encodeToken(ds, {0, 0, 4, 4, 1, 1});

    CliRun a = runCli(ds, tokA, false);
    CHECK(a.code == 0);
    CHECK(a.err.empty());
    CHECK(a.out.find("Result: Role Alpha fits you best") != std::string::npos);
    CHECK(a.out.find("Alpha factor") != std::string::npos);  // the reason, in the factor's words
    CHECK(a.out.find("Shared basis") != std::string::npos);  // a choice explained by its basis
    CHECK(a.out.find("Beta factor") == std::string::npos);   // disagreeing with b's factor is no reason
    CHECK(a.out.find("Alpha step.") != std::string::npos);

    CliRun b = runCli(ds, tokB, false);
    CHECK(b.code == 0);
    CHECK(b.out.find("Result: Role Beta fits you best") != std::string::npos);

    CliRun aj = runCli(ds, tokA, true);
    REQUIRE(aj.code == 0);
    auto j = nlohmann::json::parse(aj.out, nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    CHECK(j["recommended"] == "a");
    CHECK(j["outcome"] == "clear");
    CHECK(j["complete"] == true);
    CHECK(j["closeCall"] == false);
    CHECK(j["answered"] == 6);
    CHECK(j["total"] == 6);
    CHECK(j["counted"]["a"] == 4);
    CHECK(j["fitAt"].get<double>() == Approx(60));
    CHECK(j["dataset"]["id"] == "cli-test");
    CHECK(j["dataset"]["version"] == "2.1");
    CHECK(j["fits"]["a"].get<double>() == Approx(100));
    CHECK(j["fits"]["b"].get<double>() == Approx(0));
    REQUIRE(j["contributions"]["a"].size() == 4);
    CHECK(j["contributions"]["a"][0]["question"] == "q0");
    CHECK(j["contributions"]["a"][0]["factor"] == "fa");
    CHECK(j["contributions"]["a"][0]["title"] == "Alpha factor");
    CHECK(j["contributions"]["a"][0]["agreement"].get<double>() == Approx(100));
    CHECK(j["contributions"]["a"][0]["points"].get<double>() == Approx(25));  // 100 * 1 / 4 counted
    // q0, then q4 (the choice, in its basis's words), then the repeats q1 and q5.
    CHECK(j["contributions"]["a"][1]["question"] == "q4");
    CHECK(j["contributions"]["a"][1]["factor"].is_null());
    CHECK(j["contributions"]["a"][1]["title"] == "Shared basis");
    CHECK(j["contributions"]["b"].empty());
    REQUIRE(j["leans"].size() == 6);
    CHECK(j["leans"][2]["role"] == "b");
    CHECK(j["leans"][2]["stance"].get<double>() == Approx(-1));
    CHECK(j["flips"].empty());  // one answer cannot undo a 100-point lead
    REQUIRE(j["nextSteps"].size() == 1);
    CHECK(j["nextSteps"][0]["role"] == "a");
    CHECK(j["crossover"].is_null());

    CliRun bj = runCli(ds, tokB, true);
    auto jb = nlohmann::json::parse(bj.out, nullptr, false);
    REQUIRE_FALSE(jb.is_discarded());
    CHECK(jb["recommended"] == "b");
    CHECK(jb["fits"]["b"].get<double>() == Approx(100));
}

TEST_CASE("quiz_cli: close call, neither, preview, flips and bad tokens", "[quiz][cli]") {
    const rc::Dataset ds = cliDataset();
    // Agree strongly with both factors, no preference in the choices: a 75, b 75.
    const rc::Answers both = {4, 4, 4, 4, 2, 2};
    CliRun c = runCli(ds, rc::encodeToken(ds, both), true);
    auto j = nlohmann::json::parse(c.out, nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    CHECK(j["closeCall"] == true);
    CHECK(j["outcome"] == "close-call");
    CHECK(j["recommended"].is_null());
    CHECK(j["nextSteps"].size() == 2);  // both roles' steps in a close call
    CHECK(runCli(ds, rc::encodeToken(ds, both), false).out.find("close call - both fit") != std::string::npos);

    // All neutral: 50 and 50, under fitAt 60: neither.
    CliRun n = runCli(ds, rc::encodeToken(ds, {2, 2, 2, 2, 2, 2}), true);
    auto jn = nlohmann::json::parse(n.out, nullptr, false);
    REQUIRE_FALSE(jn.is_discarded());
    CHECK(jn["outcome"] == "neither");
    CHECK(jn["recommended"].is_null());
    CHECK(jn["nextSteps"].empty());
    CHECK(runCli(ds, rc::encodeToken(ds, {2, 2, 2, 2, 2, 2}), false).out.find("Result: Neither role stands out") !=
          std::string::npos);

    // Two answers < minAnswers 4: preview.
    CliRun p = runCli(ds, rc::encodeToken(ds, {4, 4, -1, -1, -1, -1}), true);
    auto jp = nlohmann::json::parse(p.out, nullptr, false);
    REQUIRE_FALSE(jp.is_discarded());
    CHECK(jp["complete"] == false);
    CHECK(jp["outcome"] == "too-few");
    CHECK(jp["recommended"].is_null());
    CHECK(jp["closeCall"] == false);
    CHECK(runCli(ds, rc::encodeToken(ds, {4, 4, -1, -1, -1, -1}), false).out.find("not enough answers") !=
          std::string::npos);

    // From the close call, q0 to Strongly disagree: a (0 + 1 + 0.5 + 0.5) / 4 = 50,
    // b still 75: b alone fits.
    auto jf = nlohmann::json::parse(runCli(ds, rc::encodeToken(ds, both), true).out, nullptr, false);
    REQUIRE_FALSE(jf.is_discarded());
    bool sawB = false;
    for (const auto& fl : jf["flips"])
        if (fl["question"] == "q0" && fl["option"] == 0 && fl["to"] == "b") sawB = true;
    CHECK(sawB);

    CliRun bad = runCli(ds, "not a token!", false);
    CHECK(bad.code == 1);
    CHECK(bad.out.empty());
    CHECK_FALSE(bad.err.empty());
    CliRun empty = runCli(ds, "", true);
    CHECK(empty.code == 1);
    CHECK(empty.out.empty());
}
