// The quiz verdict's words (src/core/verdict.h) for 2, 3 and 4 roles: one role
// clearly ahead, a close call, no answers yet, no quiz; and the accessible
// mirror (html.cpp) and the command line (quiz_cli.cpp) saying those words.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/embedded.h"
#include "core/html.h"
#include "core/loader.h"
#include "core/quiz_cli.h"
#include "core/quiz.h"
#include "core/verdict.h"
#include "test_util.h"

namespace {

// nRoles roles named Alpha, Beta, Gamma, Delta and nQ questions whose option k
// gives role k one point: role k's fit is 100 * (answers of k) / nQ.
rc::Dataset onePointEach(int nRoles, int nQ) {
    static const char* kNames[] = {"Alpha", "Beta", "Gamma", "Delta"};
    rc::Dataset ds;
    ds.meta.id = "verdict-test";
    for (int r = 0; r < nRoles; ++r)
        ds.roles.push_back(rc::Role{std::string(1, static_cast<char>('a' + r)), std::string("Role ") + kNames[r], kNames[r], "", "", 0});
    for (int q = 0; q < nQ; ++q) {
        rc::Question qu;
        qu.id = "q" + std::to_string(q);
        qu.prompt = "Prompt " + std::to_string(q);
        qu.kind = rc::QuestionKind::Choice;
        for (int o = 0; o < nRoles; ++o) {
            rc::Option opt{"Option " + std::to_string(o), std::vector<double>(nRoles, 0.0)};
            opt.weights[o] = 1;
            qu.options.push_back(opt);
        }
        ds.quiz.questions.push_back(qu);
    }
    ds.quiz.minAnswers = 2;
    ds.quiz.closeCall = 10;
    return ds;
}

rc::Verdict verdictFor(const rc::Dataset& ds, const rc::Answers& answers) {
    const rc::QuizResult r = rc::score(ds, answers);
    const std::vector<rc::Flip> flips = rc::flipAnalysis(ds, answers);
    return rc::verdict(ds, r, &flips);
}

std::vector<std::string> lines(const rc::Verdict& v) {
    std::vector<std::string> out;
    for (const rc::VerdictRole& r : v.roles) out.push_back(r.line);
    return out;
}

const std::string kCloseCallSentenceEnd =
    ": what you told us suits either role. Weigh the differences that matter most to you, and see which answers "
    "would tip it below.";

}  // namespace

TEST_CASE("verdict: two roles, one clearly ahead", "[verdict]") {
    const rc::Dataset ds = onePointEach(2, 4);
    const rc::Verdict v = verdictFor(ds, {0, 0, 0, 1});  // Alpha 75, Beta 25
    CHECK(v.kind == rc::VerdictKind::Recommended);
    CHECK(v.headline == "Role Alpha fits you best");
    CHECK(v.sentence == "A lead of 50 points over Role Beta, based on 4 of 4 answers.");
    CHECK(lines(v) == std::vector<std::string>{"Role Alpha: 75% fit", "Role Beta: 25% fit"});
    REQUIRE(v.roles.size() == 2);
    CHECK(v.roles[0].pointedTo == "What pointed to Role Alpha");
    CHECK(v.roles[0].pointed == "Your answers that pointed here most:");
    CHECK(v.roles[0].steps == "Next steps toward Role Alpha");
    CHECK(v.stepsNote.empty());
}

TEST_CASE("verdict: a role no answer pointed to says so", "[verdict]") {
    const rc::Dataset ds = onePointEach(3, 4);
    const rc::Verdict v = verdictFor(ds, {0, 0, 0, 0});  // Alpha 100, Beta 0, Gamma 0
    CHECK(v.kind == rc::VerdictKind::Recommended);
    CHECK(v.headline == "Role Alpha fits you best");
    CHECK(v.sentence == "A lead of 100 points over Role Beta, based on 4 of 4 answers.");
    REQUIRE(v.roles.size() == 3);
    CHECK(v.roles[0].pointed == "Your answers that pointed here most:");
    CHECK(v.roles[1].pointed == "None of your answers pointed to this role.");
    CHECK(v.roles[2].pointed == "None of your answers pointed to this role.");
    // No single answer undoes a 100-point lead.
    CHECK(v.flipsNote == "No single answer would change this result.");
    REQUIRE(rc::verdictRole(v, 2) != nullptr);
    CHECK(rc::verdictRole(v, 2)->line == "Role Gamma: 0% fit");
    CHECK(rc::verdictRole(v, 3) == nullptr);
}

TEST_CASE("verdict: two roles in a close call: both roles fit", "[verdict]") {
    const rc::Dataset ds = onePointEach(2, 4);
    const rc::Verdict v = verdictFor(ds, {0, 1, 0, 1});  // 50 / 50
    CHECK(v.kind == rc::VerdictKind::CloseCall);
    CHECK(v.headline == "Both roles fit you");
    CHECK(v.sentence == "Your fits are within 1 point" + kCloseCallSentenceEnd);
    CHECK(v.stepsNote == "Alpha is slightly ahead, so these are its steps; the Compare view shows the other path.");
    CHECK(v.flipsNote.empty());  // one answer either way tips it
}

TEST_CASE("verdict: three roles in a close call name the two that are close", "[verdict]") {
    const rc::Dataset ds = onePointEach(3, 6);
    const rc::Verdict v = verdictFor(ds, {1, 1, 2, 2, 2, 0});  // Gamma 50, Beta 33.3, Alpha 16.7
    CHECK(v.kind == rc::VerdictKind::Recommended);
    CHECK(v.headline == "Role Gamma fits you best");
    CHECK(v.sentence == "A lead of 17 points over Role Beta, based on 6 of 6 answers.");
    CHECK(lines(v) == std::vector<std::string>{"Role Gamma: 50% fit", "Role Beta: 33% fit", "Role Alpha: 17% fit"});

    const rc::Verdict c = verdictFor(ds, {1, 1, 2, 2, -1, 0});  // Beta 40, Gamma 40, Alpha 20 (5 answered)
    CHECK(c.kind == rc::VerdictKind::CloseCall);
    CHECK(c.headline == "Role Beta and Role Gamma fit you about equally");
    CHECK(c.headline.find("Both roles") == std::string::npos);
    CHECK(c.sentence == "Your fits are within 1 point" + kCloseCallSentenceEnd);
    CHECK(c.stepsNote == "Beta is slightly ahead, so these are its steps; the Compare view shows the other path.");
}

TEST_CASE("verdict: three roles from tests/data/mini.json", "[verdict]") {
    rc::LoadResult loaded = rc::loadDataset(rc::test::readFile(rc::test::dataPath("tests/data/mini.json")));
    REQUIRE(loaded.ok);
    const rc::Dataset& ds = loaded.data;
    // "Strongly disagree" to training models, "Models" to produce: mle 3/7 = 42.9,
    // swe 2/5 = 40, ds (2-1)/(5-1) = 25; a gap of 2.9 is under closeCall 5.
    const rc::Verdict v = verdictFor(ds, {0, 1});
    CHECK(v.kind == rc::VerdictKind::CloseCall);
    CHECK(v.headline == "Machine Learning Engineer and Software Engineer fit you about equally");
    CHECK(v.sentence == "Your fits are within 3 points" + kCloseCallSentenceEnd);
    CHECK(lines(v) == std::vector<std::string>{"Machine Learning Engineer: 43% fit", "Software Engineer: 40% fit",
                                               "Data Scientist: 25% fit"});
    CHECK(v.stepsNote == "ML Engineer is slightly ahead, so these are its steps; the Compare view shows the other path.");
}

TEST_CASE("verdict: four roles", "[verdict]") {
    const rc::Dataset ds = onePointEach(4, 4);
    const rc::Verdict v = verdictFor(ds, {3, 3, 3, 0});  // Delta 75, Alpha 25, Beta 0, Gamma 0
    CHECK(v.kind == rc::VerdictKind::Recommended);
    CHECK(v.headline == "Role Delta fits you best");
    CHECK(v.sentence == "A lead of 50 points over Role Alpha, based on 4 of 4 answers.");
    CHECK(lines(v) == std::vector<std::string>{"Role Delta: 75% fit", "Role Alpha: 25% fit", "Role Beta: 0% fit",
                                               "Role Gamma: 0% fit"});

    const rc::Verdict c = verdictFor(ds, {2, 3, 2, 3});  // Gamma 50, Delta 50 (ties by role order)
    CHECK(c.kind == rc::VerdictKind::CloseCall);
    CHECK(c.headline == "Role Gamma and Role Delta fit you about equally");
    CHECK(c.sentence == "Your fits are within 1 point" + kCloseCallSentenceEnd);
}

TEST_CASE("verdict: no answers yet, one answer short, and no quiz", "[verdict]") {
    for (int roles = 2; roles <= 4; ++roles) {
        INFO(roles << " roles");
        const rc::Dataset ds = onePointEach(roles, 4);
        const rc::Verdict none = verdictFor(ds, rc::Answers(4, rc::kSkipped));
        CHECK(none.kind == rc::VerdictKind::NotReady);
        CHECK(none.headline == "Not enough answers yet");
        CHECK(none.sentence == "You have answered 0 of 4 questions. Answer at least 2 for a result; you can skip the rest.");
        CHECK(none.roles.size() == static_cast<size_t>(roles));  // the preview's fits
        CHECK(none.flipsNote.empty());
        CHECK(none.stepsNote.empty());
    }
    rc::Dataset one = onePointEach(2, 1);
    one.quiz.minAnswers = 0;  // still at least one answer
    CHECK(verdictFor(one, {rc::kSkipped}).sentence ==
          "You have answered 0 of 1 question. Answer at least 1 for a result; you can skip the rest.");
    CHECK(verdictFor(one, {0}).sentence == "A lead of 100 points over Role Beta, based on 1 of 1 answer.");

    rc::Dataset noQuiz = onePointEach(2, 0);
    const rc::Verdict nq = verdictFor(noQuiz, {});
    CHECK(nq.kind == rc::VerdictKind::NoQuiz);
    CHECK(nq.headline.empty());
    CHECK(nq.sentence == "This data has no quiz.");
    CHECK(nq.roles.empty());
}

TEST_CASE("verdict: a result that does not match the dataset gives words, not a crash", "[verdict]") {
    const rc::Dataset two = onePointEach(2, 4);
    const rc::Dataset four = onePointEach(4, 4);
    const rc::QuizResult r = rc::score(four, {3, 3, 3, 2});  // Delta ahead: role 3, not in `two`
    const rc::Verdict v = rc::verdict(two, r);
    CHECK(v.kind == rc::VerdictKind::Recommended);
    CHECK(v.headline == "? fits you best");
    CHECK(v.roles.size() == 2);  // only the roles `two` has

    rc::Dataset single = onePointEach(1, 2);  // a close call has nothing to be close to
    const rc::Verdict s = verdictFor(single, {0, 0});
    CHECK(s.kind == rc::VerdictKind::Recommended);
    CHECK(s.headline == "Role Alpha fits you best");
    CHECK(s.sentence == "Based on 2 of 2 answers.");
}

TEST_CASE("verdict: the mirror and the command line say the same words for the same answers", "[verdict][html][cli]") {
    rc::LoadResult mini = rc::loadDataset(rc::test::readFile(rc::test::dataPath("tests/data/mini.json")));
    rc::LoadResult shipped = rc::loadDataset(rc::findEmbedded(rc::assets::files(), "roles/ml-vs-swe.json"));
    REQUIRE(mini.ok);
    REQUIRE(shipped.ok);
    rc::Dataset two = rc::test::quizDataset(4, [](int) { return 2; });
    two.quiz.minAnswers = 2;
    two.quiz.closeCall = 10;
    struct Case {
        const char* what;
        const rc::Dataset* ds;
        rc::Answers answers;
    };
    const rc::Dataset three = onePointEach(3, 4), four = onePointEach(4, 4);
    const size_t nShipped = shipped.data.quiz.questions.size();
    const std::vector<Case> cases = {
        {"2 roles, ML ahead", &two, {1, 1, 1, 0}},
        {"2 roles, close call", &two, {1, 0, 1, 0}},
        {"2 roles, none answered", &two, {-1, -1, -1, -1}},
        {"shipped, first options", &shipped.data, rc::Answers(nShipped, 0)},
        {"shipped, one answer", &shipped.data, {0}},
        {"mini (3 roles), close call", &mini.data, {0, 1}},
        {"mini (3 roles), ML ahead", &mini.data, {4, 1}},
        {"3 roles, close call", &three, {0, 1, 0, 1}},
        {"4 roles, Delta ahead", &four, {3, 3, 3, 0}},
        {"4 roles, close call", &four, {2, 3, 2, 3}},
        {"4 roles, one answer", &four, {3, -1, -1, -1}},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const rc::Dataset& ds = *c.ds;
        const rc::QuizResult r = rc::score(ds, c.answers);
        const std::vector<rc::Flip> flips = rc::flipAnalysis(ds, c.answers);
        const rc::Verdict v = rc::verdict(ds, r, &flips);
        rc::MirrorState st;
        st.view = rc::View::Result;
        st.answers = &c.answers;
        st.result = &r;
        st.flips = &flips;
        const std::string mirror = rc::renderMirrorHtml(ds, st);
        const std::string cli = rc::quizResultText(ds, c.answers);
        INFO(mirror);
        INFO(cli);
        REQUIRE_FALSE(v.headline.empty());
        CHECK(mirror.find("<p><strong>" + rc::htmlEscape(v.headline) + ".</strong> " + rc::htmlEscape(v.sentence) + "</p>") !=
              std::string::npos);
        CHECK(cli.find("Result: " + v.headline + ".\n  " + v.sentence + "\n") != std::string::npos);
        if (v.kind == rc::VerdictKind::NotReady) continue;  // the mirror shows no fits in a preview
        for (const rc::VerdictRole& line : v.roles) {
            CHECK(mirror.find("<li>" + rc::htmlEscape(line.line) + "</li>") != std::string::npos);
            CHECK(cli.find("  " + line.line + "\n") != std::string::npos);
        }
        if (ds.roles.size() > 2) {  // "both" means two
            CHECK(mirror.find("Both roles") == std::string::npos);
            CHECK(cli.find("Both roles") == std::string::npos);
        }
    }
}
