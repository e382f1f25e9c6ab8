// Quiz scoring, explanation, flip analysis, next steps, crossover, quiz_cli.
// Expected numbers are worked out by hand from the weights in the comments.
//
// [SECTION] Hand-built dataset
// [SECTION] Scoring on hand-computed cases
// [SECTION] Explanation, flips, next steps, crossover
// [SECTION] Properties over random datasets
// [SECTION] quiz_cli
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "core/quiz.h"
#include "core/quiz_cli.h"
#include "core/share.h"

using Catch::Detail::Approx;

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Hand-built dataset
//-----------------------------------------------------------------------------

rc::Option opt(double mle, double swe, const char* label = "") { return rc::Option{label, {mle, swe}}; }

// Roles: 0 = mle, 1 = swe. Weights as (mle, swe):
//   q0 "q-ai"    scale  (0,2) (1,1) (2,1) (3,1) (4,0)     basis: item "ai-interest"
//   q1 "q-build" choice (1,3) (3,0) (2,2)                 basis: dimension "work-environment"
//   q2 "q-bg"    choice (1,1) (1,1)                       basis: FAQ "swe-to-ml" (hi == lo)
// Per question min/max:  q0 mle 0..4, swe 0..2;  q1 mle 1..3, swe 0..3;  q2 mle 1..1, swe 1..1.
rc::Dataset handDataset() {
    rc::Dataset ds;
    ds.meta.id = "test-quiz";
    ds.meta.title = "Test quiz";
    ds.meta.version = "1.0.0";
    ds.roles = {rc::Role{"mle", "Machine Learning Engineer", "ML Engineer", "", "", 0},
                rc::Role{"swe", "Software Engineer", "Software Engineer", "", "", 0}};
    ds.dimensions.push_back(rc::Dimension{"work-environment", "work", "Work environment", "", true,
                                          {rc::Entry{"Research-oriented work.", {}, {}},
                                           rc::Entry{"Well-defined projects.", {}, {}}}});
    ds.choose.groups.push_back(rc::ChooseGroup{
        "mle", {rc::Item{"ai-interest", "Interest in AI and data science", "You like AI.", {}}}});
    ds.faq.push_back(rc::FaqItem{"swe-to-ml", "Can a software engineer move into ML?", "Yes, often.", {}, {}});

    rc::Question q0{"q-ai", "I am drawn to AI.", rc::QuestionKind::Scale,
                    {opt(0, 2, "Strongly disagree"), opt(1, 1, "Disagree"), opt(2, 1, "Neutral"),
                     opt(3, 1, "Agree"), opt(4, 0, "Strongly agree")},
                    "ai-interest"};
    rc::Question q1{"q-build", "What do you like to build?", rc::QuestionKind::Choice,
                    {opt(1, 3, "Products"), opt(3, 0, "Models"), opt(2, 2, "Both")},
                    "work-environment"};
    rc::Question q2{"q-bg", "Do you write software for a living?", rc::QuestionKind::Choice,
                    {opt(1, 1, "Yes"), opt(1, 1, "No")}, "swe-to-ml"};
    ds.quiz.questions = {q0, q1, q2};
    ds.quiz.minAnswers = 2;
    ds.quiz.closeCall = 10;
    ds.quiz.nextSteps = {{rc::NextStep{"education", "Learn statistics.", {}}},
                         {rc::NextStep{"skills", "Build a web service.", {}}}};
    ds.quiz.crossoverRole = "mle";
    ds.quiz.crossoverQuestion = "q-bg";
    ds.quiz.crossoverOptions = {0};
    ds.quiz.crossoverFaq = "swe-to-ml";
    return ds;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Scoring on hand-computed cases
//-----------------------------------------------------------------------------

TEST_CASE("quiz: all answers toward mle", "[quiz]") {
    const rc::Dataset ds = handDataset();
    // answers {4, 1, 0}
    // mle: raw = 4 + 3 + 1 = 8, lo = 0 + 1 + 1 = 2, hi = 4 + 3 + 1 = 8 -> 100 * 6 / 6 = 100
    // swe: raw = 0 + 0 + 1 = 1, lo = 0 + 0 + 1 = 1, hi = 2 + 3 + 1 = 6 -> 100 * 0 / 5 = 0
    const rc::QuizResult r = rc::score(ds, {4, 1, 0});
    CHECK(r.answered == 3);
    CHECK(r.total == 3);
    CHECK(r.complete);
    REQUIRE(r.fits.size() == 2);
    CHECK(r.raw[0] == Approx(8));
    CHECK(r.lo[0] == Approx(2));
    CHECK(r.hi[0] == Approx(8));
    CHECK(r.fits[0] == Approx(100));
    CHECK(r.fits[1] == Approx(0));
    CHECK(r.ranking == std::vector<int>{0, 1});
    CHECK(r.gap == Approx(100));
    CHECK_FALSE(r.closeCall);
    CHECK(r.recommended == 0);
}

TEST_CASE("quiz: mixed answers, and the close-call boundary", "[quiz]") {
    rc::Dataset ds = handDataset();
    // answers {2, 2, -1} (q2 skipped)
    // mle: raw = 2 + 2 = 4, lo = 0 + 1 = 1, hi = 4 + 3 = 7 -> 100 * 3 / 6 = 50
    // swe: raw = 1 + 2 = 3, lo = 0 + 0 = 0, hi = 2 + 3 = 5 -> 100 * 3 / 5 = 60
    // gap = 10; closeCall 10 -> 10 < 10 is false -> swe recommended.
    rc::QuizResult r = rc::score(ds, {2, 2, -1});
    CHECK(r.answered == 2);
    CHECK(r.complete);
    CHECK(r.fits[0] == Approx(50));
    CHECK(r.fits[1] == Approx(60));
    CHECK(r.ranking == std::vector<int>{1, 0});
    CHECK(r.gap == Approx(10));
    CHECK_FALSE(r.closeCall);
    CHECK(r.recommended == 1);

    ds.quiz.closeCall = 10.5;  // now 10 < 10.5: both fit
    r = rc::score(ds, {2, 2, -1});
    CHECK(r.closeCall);
    CHECK(r.recommended == -1);
    CHECK(r.top == 1);
    CHECK(rc::outcomeRole(r) == 1);
}

TEST_CASE("quiz: below minAnswers is a preview", "[quiz]") {
    const rc::Dataset ds = handDataset();
    // answers {1, -1, -1}: 1 answered < minAnswers 2
    // mle: raw 1, lo 0, hi 4 -> 25;  swe: raw 1, lo 0, hi 2 -> 50
    const rc::QuizResult r = rc::score(ds, {1, -1, -1});
    CHECK(r.answered == 1);
    CHECK_FALSE(r.complete);
    CHECK(r.fits[0] == Approx(25));
    CHECK(r.fits[1] == Approx(50));
    CHECK(r.ranking == std::vector<int>{1, 0});
    CHECK(r.top == 1);
    CHECK(r.recommended == -1);
    CHECK_FALSE(r.closeCall);
    CHECK(rc::outcomeRole(r) == -1);
    CHECK(rc::flipAnalysis(ds, {1, -1, -1}).empty());
}

TEST_CASE("quiz: skipped, missing and out-of-range answers", "[quiz]") {
    const rc::Dataset ds = handDataset();
    // Nothing answered: every hi == lo == 0 -> 50 each, preview.
    rc::QuizResult r = rc::score(ds, {-1, -1, -1});
    CHECK(r.answered == 0);
    CHECK_FALSE(r.complete);
    CHECK(r.fits == std::vector<double>{50, 50});
    // A short vector reads as skipped; out-of-range values too: same as {2, 2, -1}.
    CHECK(rc::score(ds, {2, 2}).fits[1] == Approx(60));
    CHECK(rc::score(ds, {2, 2, 7}).fits[1] == Approx(60));
    CHECK(rc::score(ds, {2, 2, -5, 1, 1}).fits[0] == Approx(50));
    CHECK(rc::score(ds, {}).answered == 0);
    CHECK(rc::isValidAnswers(ds, {2, 2, -1}));
    CHECK_FALSE(rc::isValidAnswers(ds, {2, 2}));
    CHECK_FALSE(rc::isValidAnswers(ds, {2, 2, 2}));
    CHECK_FALSE(rc::isValidAnswers(ds, {-2, 2, 1}));
}

TEST_CASE("quiz: hi == lo gives 50", "[quiz]") {
    rc::Dataset ds = handDataset();
    ds.quiz.minAnswers = 1;
    // Only q2 answered: every option weighs (1,1) -> hi == lo for both roles -> 50 and 50.
    rc::QuizResult r = rc::score(ds, {-1, -1, 0});
    CHECK(r.complete);
    CHECK(r.fits == std::vector<double>{50, 50});
    CHECK(r.gap == 0);
    CHECK(r.closeCall);         // 0 < 10
    CHECK(r.top == 0);          // tie -> role order
    CHECK(r.recommended == -1);
    ds.quiz.closeCall = 0;      // 0 < 0 is false: the tie goes to role order
    r = rc::score(ds, {-1, -1, 0});
    CHECK_FALSE(r.closeCall);
    CHECK(r.recommended == 0);

    // hi == lo for one role only: q2 answered plus q0 answered "Disagree" (1,1).
    // mle: raw 1+1 = 2, lo 0+1 = 1, hi 4+1 = 5 -> 25; swe: raw 1+1, lo 0+1, hi 2+1 -> 50.
    r = rc::score(ds, {1, -1, 0});
    CHECK(r.fits[0] == Approx(25));
    CHECK(r.fits[1] == Approx(50));
}

//-----------------------------------------------------------------------------
// [SECTION] Explanation, flips, next steps, crossover
//-----------------------------------------------------------------------------

TEST_CASE("quiz: contributions and leans", "[quiz]") {
    const rc::Dataset ds = handDataset();
    // answers {4, 1, 0}: mle range hi-lo = 6, swe range = 5.
    // mle: q0 4-0 = 4 -> 100*4/6 = 66.67; q1 3-1 = 2 -> 33.33; q2 1-1 = 0 (left out).
    // swe: q0 0-0, q1 0-0, q2 1-1: nothing.
    rc::QuizResult r = rc::score(ds, {4, 1, 0});
    REQUIRE(r.contributions.size() == 2);
    REQUIRE(r.contributions[0].size() == 2);
    CHECK(r.contributions[1].empty());
    const rc::Contribution& c0 = r.contributions[0][0];
    CHECK(c0.question == 0);
    CHECK(c0.option == 4);
    CHECK(c0.points == Approx(4));
    CHECK(c0.fitPoints == Approx(400.0 / 6));
    CHECK(c0.basis == "ai-interest");
    CHECK(c0.basisTitle == "Interest in AI and data science");
    CHECK(c0.basisText == "You like AI.");
    const rc::Contribution& c1 = r.contributions[0][1];
    CHECK(c1.question == 1);
    CHECK(c1.points == Approx(2));
    CHECK(c1.fitPoints == Approx(200.0 / 6));
    CHECK(c1.basisTitle == "Work environment");
    CHECK(c1.basisText == "ML Engineer: Research-oriented work.\nSoftware Engineer: Well-defined projects.");
    REQUIRE(r.leans.size() == 3);
    CHECK(r.leans[0].lean == Approx(400.0 / 6));
    CHECK(r.leans[2].lean == Approx(0));

    // answers {2, 2, -1}: mle range 6, swe range 5.
    // mle: q0 2-0 = 2 -> 33.33; q1 2-1 = 1 -> 16.67.  swe: q0 1-0 = 1 -> 20; q1 2-0 = 2 -> 40.
    r = rc::score(ds, {2, 2, -1});
    REQUIRE(r.contributions[1].size() == 2);
    CHECK(r.contributions[1][0].question == 1);  // 40 before 20
    CHECK(r.contributions[1][0].fitPoints == Approx(40));
    CHECK(r.contributions[1][1].fitPoints == Approx(20));
    REQUIRE(r.leans.size() == 2);
    CHECK(r.leans[0].lean == Approx(200.0 / 6 - 20));   // 13.33 toward mle
    CHECK(r.leans[1].lean == Approx(100.0 / 6 - 40));   // -23.33: toward swe
    // The leans add up to fit_mle - fit_swe = 50 - 60.
    CHECK(r.leans[0].lean + r.leans[1].lean == Approx(-10));

    std::string title, text;
    CHECK(rc::resolveBasis(ds, "swe-to-ml", title, text));
    CHECK(title == "Can a software engineer move into ML?");
    CHECK(text == "Yes, often.");
    CHECK_FALSE(rc::resolveBasis(ds, "nope", title, text));
    CHECK(title == "nope");
    CHECK(text.empty());
}

TEST_CASE("quiz: flip analysis on a hand-computed case", "[quiz]") {
    const rc::Dataset ds = handDataset();
    // Base {2, 2, -1}: mle 50, swe 60 -> swe by 10 (closeCall 10).
    // q0 -> o0 (0,2): mle (0+2-1)/6 = 16.7, swe (2+2)/5 = 80 -> swe (same)
    // q0 -> o1 (1,1): mle 3-1 = 2/6 = 33.3, swe 3/5 = 60 -> swe (same)
    // q0 -> o3 (3,1): mle 4/6 = 66.7, swe 3/5 = 60 -> gap 6.7 < 10 -> close call
    // q0 -> o4 (4,0): mle 5/6 = 83.3, swe 2/5 = 40 -> mle
    // q0 -> skip: 1 answer < minAnswers 2 -> incomplete (not listed)
    // q1 -> o0 (1,3): mle (2+1-1)/6 = 33.3, swe (1+3)/5 = 80 -> swe (same)
    // q1 -> o1 (3,0): mle (2+3-1)/6 = 66.7, swe 1/5 = 20 -> mle
    // q1 -> skip: incomplete
    const auto flips = rc::flipAnalysis(ds, {2, 2, -1});
    REQUIRE(flips.size() == 3);
    CHECK(flips[0].question == 0);
    CHECK(flips[0].fromOption == 2);
    CHECK(flips[0].option == 3);
    CHECK(flips[0].toCloseCall);
    CHECK(flips[0].toRole == -1);
    CHECK(flips[0].fits[0] == Approx(400.0 / 6));
    CHECK(flips[1].question == 0);
    CHECK(flips[1].option == 4);
    CHECK_FALSE(flips[1].toCloseCall);
    CHECK(flips[1].toRole == 0);
    CHECK(flips[2].question == 1);
    CHECK(flips[2].option == 1);
    CHECK(flips[2].toRole == 0);

    // With q2 answered too, skipping one answer keeps 2 answers: q2 (1,1) adds 1 to
    // raw, lo and hi alike. Base {2, 2, 0}: mle (2+2+1 - 2)/(8-2) = 50, swe (1+2+1 - 1)/(6-1) = 60.
    // Skipping q0 -> {-1, 2, 0}: mle (2+1 - 2)/(3+1 - 2) = 50, swe (2+1 - 1)/(3+1 - 1) = 66.7 -> swe (same).
    // Skipping q1 -> {2, -1, 0}: mle (2+1 - 1)/(4+1 - 1) = 50, swe (1+1 - 1)/(2+1 - 1) = 50 -> close call.
    const auto flips2 = rc::flipAnalysis(ds, {2, 2, 0});
    bool sawSkip = false;
    for (const auto& f : flips2)
        if (f.question == 1 && f.option == -1) {
            sawSkip = true;
            CHECK(f.toCloseCall);
        }
    CHECK(sawSkip);
    for (const auto& f : flips2) CHECK_FALSE((f.question == 0 && f.option == -1));
}

TEST_CASE("quiz: next steps and crossover", "[quiz]") {
    const rc::Dataset ds = handDataset();
    REQUIRE(rc::nextSteps(ds, 0).size() == 1);
    CHECK(rc::nextSteps(ds, 0)[0].text == "Learn statistics.");
    CHECK(rc::nextSteps(ds, 1)[0].kind == "skills");
    CHECK(rc::nextSteps(ds, 2).empty());
    CHECK(rc::nextSteps(ds, -1).empty());

    rc::Answers mleYes{4, 1, 0};  // mle recommended, q-bg "Yes" (option 0)
    const rc::FaqItem* faq = rc::crossover(ds, mleYes, rc::score(ds, mleYes));
    REQUIRE(faq != nullptr);
    CHECK(faq->id == "swe-to-ml");
    rc::Answers mleNo{4, 1, 1};
    CHECK(rc::crossover(ds, mleNo, rc::score(ds, mleNo)) == nullptr);
    rc::Answers sweYes{0, 0, 0};
    CHECK(rc::crossover(ds, sweYes, rc::score(ds, sweYes)) == nullptr);
    rc::Answers preview{4, -1, 0};  // 2 answers: complete; make it a preview instead
    rc::Dataset strict = ds;
    strict.quiz.minAnswers = 3;
    CHECK(rc::crossover(strict, preview, rc::score(strict, preview)) == nullptr);
    // Close call with mle on top: q2 only, minAnswers 1 -> 50/50, top = mle.
    rc::Dataset loose = ds;
    loose.quiz.minAnswers = 1;
    rc::Answers tie{-1, -1, 0};
    rc::QuizResult r = rc::score(loose, tie);
    REQUIRE(r.closeCall);
    CHECK(rc::crossover(loose, tie, r) != nullptr);
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
    for (int r = 0; r < nRoles; ++r) ds.roles.push_back(rc::Role{"r" + std::to_string(r), "Role", "", "", "", 0});
    const int nQ = uni(1, 14);
    for (int q = 0; q < nQ; ++q) {
        rc::Question qu;
        qu.id = "q" + std::to_string(q);
        const int nOpt = uni(2, 5);
        const bool integerWeights = uni(0, 1) == 0;  // integers make ties likely
        for (int o = 0; o < nOpt; ++o) {
            rc::Option op;
            for (int r = 0; r < nRoles; ++r)
                op.weights.push_back(integerWeights ? uni(0, 10)
                                                    : std::uniform_real_distribution<double>(0, 10)(rng));
            qu.options.push_back(op);
        }
        ds.quiz.questions.push_back(qu);
    }
    ds.quiz.minAnswers = uni(1, nQ);
    ds.quiz.closeCall = uni(0, 50);
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

TEST_CASE("quiz properties: fits in range, monotone, leans sum, flips agree", "[quiz][property]") {
    std::mt19937 rng(20261128);
    int checkedSets = 0, checkedMoves = 0, checkedFlips = 0;
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
            // Per-role fit points add up to the fit (when the role has a range).
            for (size_t role = 0; role < nRoles; ++role) {
                if (!(r.hi[role] > r.lo[role])) continue;
                double sum = 0;
                for (const auto& l : r.leans) sum += l.fitPoints[role];
                REQUIRE(sum == Approx(r.fits[role]).margin(1e-9));
            }
            // Moving one answer toward a role never lowers that role's fit.
            for (size_t q = 0; q < ans.size(); ++q) {
                if (ans[q] < 0) continue;
                const auto& opts = ds.quiz.questions[q].options;
                for (size_t o = 0; o < opts.size(); ++o) {
                    rc::Answers moved = ans;
                    moved[q] = static_cast<int>(o);
                    const rc::QuizResult m = rc::score(ds, moved);
                    for (size_t role = 0; role < nRoles; ++role) {
                        if (opts[o].weights[role] > opts[ans[q]].weights[role]) {
                            ++checkedMoves;
                            REQUIRE(m.fits[role] >= r.fits[role]);
                        }
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
                        const bool differs = c.complete && (c.recommended != r.recommended || c.closeCall != r.closeCall);
                        ++checkedFlips;
                        if (!differs) continue;
                        REQUIRE(next < flips.size());
                        const rc::Flip& f = flips[next++];
                        REQUIRE(f.question == static_cast<int>(q));
                        REQUIRE(f.fromOption == ans[q]);
                        REQUIRE(f.option == alt);
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
}

//-----------------------------------------------------------------------------
// [SECTION] quiz_cli
//-----------------------------------------------------------------------------

namespace {
// Two roles, a and b; every question's option 0 leans a, option 1 leans b.
rc::Dataset cliDataset() {
    rc::Dataset ds;
    ds.meta.id = "cli-test";
    ds.meta.title = "CLI test";
    ds.meta.version = "2.1";
    ds.roles = {rc::Role{"a", "Role Alpha", "Alpha", "", "", 0}, rc::Role{"b", "Role Beta", "Beta", "", "", 0}};
    ds.shared.push_back(rc::Item{"basis-1", "Shared basis", "Both roles share this.", {}});
    for (int q = 0; q < 6; ++q)
        ds.quiz.questions.push_back(rc::Question{"q" + std::to_string(q), "Prompt", rc::QuestionKind::Choice,
                                                 {opt(5, 1, "Alpha-ish"), opt(1, 5, "Beta-ish"), opt(3, 3, "Either")},
                                                 "basis-1"});
    ds.quiz.minAnswers = 4;
    ds.quiz.closeCall = 10;
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
    const std::string tokA = rc::encodeToken(ds, rc::Answers(6, 0));
    const std::string tokB = rc::encodeToken(ds, rc::Answers(6, 1));

    CliRun a = runCli(ds, tokA, false);
    CHECK(a.code == 0);
    CHECK(a.err.empty());
    CHECK(a.out.find("Result: Role Alpha fits you best") != std::string::npos);
    CHECK(a.out.find("Shared basis") != std::string::npos);
    CHECK(a.out.find("Alpha step.") != std::string::npos);

    CliRun b = runCli(ds, tokB, false);
    CHECK(b.code == 0);
    CHECK(b.out.find("Result: Role Beta fits you best") != std::string::npos);

    CliRun aj = runCli(ds, tokA, true);
    REQUIRE(aj.code == 0);
    auto j = nlohmann::json::parse(aj.out, nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    CHECK(j["recommended"] == "a");
    CHECK(j["complete"] == true);
    CHECK(j["closeCall"] == false);
    CHECK(j["answered"] == 6);
    CHECK(j["total"] == 6);
    CHECK(j["dataset"]["id"] == "cli-test");
    CHECK(j["dataset"]["version"] == "2.1");
    // Each answer (5,1) of range 1..5: a raw 30, lo 6, hi 30 -> 100; b raw 6 -> 0.
    CHECK(j["fits"]["a"].get<double>() == Approx(100));
    CHECK(j["fits"]["b"].get<double>() == Approx(0));
    REQUIRE(j["contributions"]["a"].size() == 6);
    CHECK(j["contributions"]["a"][0]["question"] == "q0");
    CHECK(j["contributions"]["a"][0]["basis"] == "basis-1");
    // Each answer is 4 of a's 24 points of range: 16.7 percentage points.
    CHECK(j["contributions"]["a"][0]["points"].get<double>() == Approx(16.7));
    CHECK(j["contributions"]["b"].empty());
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

TEST_CASE("quiz_cli: close call, preview, flips and bad tokens", "[quiz][cli]") {
    const rc::Dataset ds = cliDataset();
    // Three a, three b: a raw 3*5 + 3*1 = 18, lo 6, hi 30 -> 50; b the same -> close call.
    CliRun c = runCli(ds, rc::encodeToken(ds, {0, 0, 0, 1, 1, 1}), true);
    auto j = nlohmann::json::parse(c.out, nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    CHECK(j["closeCall"] == true);
    CHECK(j["recommended"].is_null());
    CHECK(j["nextSteps"].size() == 2);  // both roles' steps in a close call
    CHECK(runCli(ds, rc::encodeToken(ds, {0, 0, 0, 1, 1, 1}), false).out.find("close call - both fit") !=
          std::string::npos);

    // Two answers < minAnswers 4: preview.
    CliRun p = runCli(ds, rc::encodeToken(ds, {0, 0, -1, -1, -1, -1}), true);
    auto jp = nlohmann::json::parse(p.out, nullptr, false);
    REQUIRE_FALSE(jp.is_discarded());
    CHECK(jp["complete"] == false);
    CHECK(jp["recommended"].is_null());
    CHECK(jp["closeCall"] == false);
    CHECK(runCli(ds, rc::encodeToken(ds, {0, 0, -1, -1, -1, -1}), false).out.find("not enough answers") !=
          std::string::npos);

    // Four a, two b: a raw 4*5 + 2*1 = 22 -> 100*16/24 = 66.7; b raw 4*1 + 2*5 = 14 -> 33.3.
    // Changing any a answer to b gives 3/3 -> 50/50 -> close call; to "Either" (3,3):
    // a raw 20 -> 58.3, b raw 16 -> 41.7, gap 16.7 -> still a.
    CliRun f = runCli(ds, rc::encodeToken(ds, {0, 0, 0, 0, 1, 1}), true);
    auto jf = nlohmann::json::parse(f.out, nullptr, false);
    REQUIRE_FALSE(jf.is_discarded());
    CHECK(jf["recommended"] == "a");
    bool sawCloseCall = false;
    for (const auto& fl : jf["flips"])
        if (fl["question"] == "q0" && fl["option"] == 1 && fl["to"] == "close-call") sawCloseCall = true;
    CHECK(sawCloseCall);

    CliRun bad = runCli(ds, "not a token!", false);
    CHECK(bad.code == 1);
    CHECK(bad.out.empty());
    CHECK_FALSE(bad.err.empty());
    CliRun empty = runCli(ds, "", true);
    CHECK(empty.code == 1);
    CHECK(empty.out.empty());
}
