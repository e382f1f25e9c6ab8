// The quiz verdict's words (src/core/verdict.h) for 2, 3 and 4 roles: one role
// clearly ahead (and a second that fits too), both fit, no role stands out, not
// enough answers, no quiz; the shared voice; the method line; what a flip would
// make the result; and the accessible mirror (html.cpp) and the command line
// (quiz_cli.cpp) saying those words.
//
// [SECTION] Helpers
// [SECTION] Recommended
// [SECTION] Close call
// [SECTION] Neither
// [SECTION] Not ready and no quiz
// [SECTION] Voice and method
// [SECTION] Flips
// [SECTION] Mirror and command line
#include <catch2/catch.hpp>

#include <cctype>
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

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

// nRoles roles "Role Alpha".. "Role Delta" (short names Alpha..Delta), each
// with one choose factor; then, role by role, perRole scale questions about
// that role's factor ("sa", "sa2", "sa3", "sb", ...), and last a choice whose
// option k points to role k. With one scale question per role, role r's fit is
// 25 * (its scale answer) with the choice skipped, or the mean of that and 100
// (choice r) or 0 (another role chosen) with it answered.
// A role fits from 60; closer than 10 points is a close call; a result needs 2 answers.
rc::Dataset rolesDataset(int nRoles, int perRole = 1) {
    static const char* kNames[] = {"Alpha", "Beta", "Gamma", "Delta"};
    rc::Dataset ds;
    ds.meta.id = "verdict-test";
    ds.meta.title = "Verdict test";
    ds.meta.version = "1.0.0";
    for (int r = 0; r < nRoles; ++r) {
        const std::string id(1, static_cast<char>('a' + r));
        ds.roles.push_back(rc::Role{id, std::string("Role ") + kNames[r], kNames[r], "", "", 0});
        ds.choose.groups.push_back(
            rc::ChooseGroup{id, {rc::Item{"f" + id, std::string("Factor of ") + kNames[r], "Text of the factor.", {}}}});
        for (int k = 0; k < perRole; ++k) {
            rc::Question qu;
            qu.id = "s" + id + (k == 0 ? "" : std::to_string(k + 1));
            qu.prompt = std::string("I like what ") + kNames[r] + " does (" + std::to_string(k + 1) + ").";
            qu.kind = rc::QuestionKind::Scale;
            qu.factor = "f" + id;
            qu.role = r;
            for (const char* label : {"Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"})
                qu.options.push_back(rc::Option{label, -1, ""});
            ds.quiz.questions.push_back(qu);
        }
    }
    rc::Question choice;
    choice.id = "pick";
    choice.prompt = "Which would you pick?";
    choice.kind = rc::QuestionKind::Choice;
    for (int r = 0; r < nRoles; ++r) choice.options.push_back(rc::Option{std::string("Pick ") + kNames[r], r, ""});
    ds.quiz.questions.push_back(choice);
    ds.quiz.minAnswers = 2;
    ds.quiz.closeCall = 10;
    ds.quiz.fitAt = 60;
    return ds;
}

// Answers for rolesDataset(scale.size()): the scale answers, then the choice.
rc::Answers answers(std::vector<int> scale, int choice = rc::kSkipped) {
    scale.push_back(choice);
    return scale;
}

rc::Verdict verdictFor(const rc::Dataset& ds, const rc::Answers& a, rc::Voice voice = rc::Voice::Own) {
    const rc::QuizResult r = rc::score(ds, a);
    const std::vector<rc::Flip> flips = rc::flipAnalysis(ds, a);
    return rc::verdict(ds, r, &flips, voice);
}

std::vector<std::string> lines(const rc::Verdict& v) {
    std::vector<std::string> out;
    for (const rc::VerdictRole& r : v.roles) out.push_back(r.line);
    return out;
}

// Every string a verdict holds.
std::vector<std::string> allWords(const rc::Verdict& v) {
    std::vector<std::string> out = {v.headline, v.sentence, v.method, v.stepsNote, v.flipsNote};
    for (const rc::VerdictRole& r : v.roles)
        for (const std::string* s : {&r.fit, &r.line, &r.pointedTo, &r.pointed, &r.steps}) out.push_back(*s);
    return out;
}

// The first word of `text` that speaks to the reader ("you", "Your", ...), or "".
std::string secondPerson(const std::string& text) {
    std::string word;
    for (size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : ' ';
        if (std::isalpha(static_cast<unsigned char>(c))) {
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            continue;
        }
        if (word == "you" || word == "your" || word == "yours" || word == "yourself") return word;
        word.clear();
    }
    return {};
}

const std::string kCloseCallEnd =
    ". Weigh the differences that matter most, and see which answers would tip it below.";
const std::string kNeitherEnd = ", and a role fits from 60%. Compare the roles side by side and read the FAQ to see what draws you.";

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Recommended
//-----------------------------------------------------------------------------

TEST_CASE("verdict: two roles, one clearly fits", "[verdict]") {
    const rc::Dataset ds = rolesDataset(2);
    // Alpha: Strongly agree and picked, (100 + 100) / 2; Beta: Neutral, not picked, (50 + 0) / 2.
    const rc::Verdict v = verdictFor(ds, answers({4, 2}, 0));
    CHECK(v.kind == rc::VerdictKind::Recommended);
    CHECK(v.headline == "Role Alpha fits you best");
    CHECK(v.sentence == "A fit of 100%, 75 points above Role Beta (25%), based on 3 of 3 answers.");
    CHECK(lines(v) == std::vector<std::string>{"Role Alpha: 100% fit", "Role Beta: 25% fit"});
    REQUIRE(v.roles.size() == 2);
    CHECK(v.roles[0].fit == "100%");
    CHECK(v.roles[0].pointedTo == "Why Role Alpha");
    CHECK(v.roles[0].pointed == "Your answers that agree with its factors most:");
    CHECK(v.roles[0].steps == "Next steps toward Role Alpha");
    // A Neutral and a pick of the other role agree with none of Beta's factors.
    CHECK(v.roles[1].pointed == "None of your answers agreed with this role's factors.");
    CHECK(v.stepsNote.empty());
    // Alpha's answer at Strongly disagree would leave it at 50: there are flips.
    CHECK(v.flipsNote.empty());
}

TEST_CASE("verdict: a result no single answer changes says so", "[verdict][flips]") {
    // Three statements per role. Alpha: all Strongly agree and picked, 100; one
    // answer changed leaves it at 75 or more. Beta: all Strongly disagree, 0;
    // one changed brings it to 25 at most.
    const rc::Dataset ds = rolesDataset(2, 3);
    const rc::Verdict v = verdictFor(ds, answers({4, 4, 4, 0, 0, 0}, 0));
    CHECK(v.kind == rc::VerdictKind::Recommended);
    CHECK(v.sentence == "A fit of 100%, 100 points above Role Beta (0%), based on 7 of 7 answers.");
    CHECK(v.flipsNote == "No single answer would change this result.");
    // Without the flips, nothing is said about them.
    CHECK(rc::verdict(ds, rc::score(ds, answers({4, 4, 4, 0, 0, 0}, 0))).flipsNote.empty());
}

TEST_CASE("verdict: a second role that also reaches fitAt fits you too", "[verdict]") {
    SECTION("2 roles") {
        // Alpha 100, Beta 75: both fit, 25 points apart (not a close call).
        const rc::Verdict v = verdictFor(rolesDataset(2), answers({4, 3}));
        CHECK(v.kind == rc::VerdictKind::Recommended);
        CHECK(v.headline == "Role Alpha fits you best");
        CHECK(v.sentence == "A fit of 100%, 25 points above Role Beta (75%), based on 2 of 3 answers. Role Beta fits you too.");
        CHECK(v.flipsNote.empty());  // Alpha down to Agree makes it a close call
    }
    SECTION("3 roles") {
        const rc::Verdict v = verdictFor(rolesDataset(3), answers({3, 4, 0}));  // Beta 100, Alpha 75, Gamma 0
        CHECK(v.headline == "Role Beta fits you best");
        CHECK(v.sentence == "A fit of 100%, 25 points above Role Alpha (75%), based on 3 of 4 answers. Role Alpha fits you too.");
        CHECK(lines(v) == std::vector<std::string>{"Role Beta: 100% fit", "Role Alpha: 75% fit", "Role Gamma: 0% fit"});
    }
    SECTION("4 roles") {
        const rc::Verdict v = verdictFor(rolesDataset(4), answers({3, 4, 0, 1}));  // Beta 100, Alpha 75, Delta 25, Gamma 0
        CHECK(v.headline == "Role Beta fits you best");
        CHECK(v.sentence == "A fit of 100%, 25 points above Role Alpha (75%), based on 4 of 5 answers. Role Alpha fits you too.");
        CHECK(lines(v) == std::vector<std::string>{"Role Beta: 100% fit", "Role Alpha: 75% fit", "Role Delta: 25% fit",
                                                   "Role Gamma: 0% fit"});
    }
    SECTION("a second role under fitAt is not said to fit") {
        const rc::Verdict v = verdictFor(rolesDataset(2), answers({4, 2}));  // Alpha 100, Beta 50
        CHECK(v.sentence == "A fit of 100%, 50 points above Role Beta (50%), based on 2 of 3 answers.");
    }
}

TEST_CASE("verdict: three and four roles, one clearly fits", "[verdict]") {
    // The choice speaks about every role: Beta (100 + 100) / 2, Alpha (50 + 0) / 2, Gamma (0 + 0) / 2.
    const rc::Verdict three = verdictFor(rolesDataset(3), answers({2, 4, 0}, 1));
    CHECK(three.kind == rc::VerdictKind::Recommended);
    CHECK(three.headline == "Role Beta fits you best");
    CHECK(three.sentence == "A fit of 100%, 75 points above Role Alpha (25%), based on 4 of 4 answers.");
    CHECK(lines(three) == std::vector<std::string>{"Role Beta: 100% fit", "Role Alpha: 25% fit", "Role Gamma: 0% fit"});

    const rc::Verdict four = verdictFor(rolesDataset(4), answers({2, 0, 0, 4}, 3));  // Delta 100, Alpha 25, Beta 0, Gamma 0
    CHECK(four.kind == rc::VerdictKind::Recommended);
    CHECK(four.headline == "Role Delta fits you best");
    CHECK(four.sentence == "A fit of 100%, 75 points above Role Alpha (25%), based on 5 of 5 answers.");
    CHECK(lines(four) == std::vector<std::string>{"Role Delta: 100% fit", "Role Alpha: 25% fit", "Role Beta: 0% fit",
                                                  "Role Gamma: 0% fit"});
    REQUIRE(rc::verdictRole(four, 2) != nullptr);
    CHECK(rc::verdictRole(four, 2)->pointed == "None of your answers agreed with this role's factors.");
    CHECK(rc::verdictRole(four, 4) == nullptr);
}

//-----------------------------------------------------------------------------
// [SECTION] Close call
//-----------------------------------------------------------------------------

TEST_CASE("verdict: two roles that both fit within closeCall: both roles fit you", "[verdict]") {
    rc::Dataset ds = rolesDataset(2);
    const rc::Verdict v = verdictFor(ds, answers({3, 3}));  // 75 and 75 (ties go by role order)
    CHECK(v.kind == rc::VerdictKind::CloseCall);
    CHECK(v.headline == "Both roles fit you");
    CHECK(v.sentence == "Role Alpha (75%) and Role Beta (75%) both reach 60% and are within 1 point of each other, based on "
                        "2 of 3 answers" + kCloseCallEnd);
    CHECK(lines(v) == std::vector<std::string>{"Role Alpha: 75% fit", "Role Beta: 75% fit"});
    CHECK(v.stepsNote == "Alpha is slightly ahead, so these are its steps; the Compare view shows the other path.");
    CHECK(v.flipsNote.empty());  // one answer up or down tips it

    ds.quiz.closeCall = 30;  // 100 and 75 are now a close call
    const rc::Verdict wide = verdictFor(ds, answers({3, 4}));
    CHECK(wide.kind == rc::VerdictKind::CloseCall);
    CHECK(wide.sentence == "Role Beta (100%) and Role Alpha (75%) both reach 60% and are within 25 points of each other, "
                           "based on 2 of 3 answers" + kCloseCallEnd);
    CHECK(wide.stepsNote == "Beta is slightly ahead, so these are its steps; the Compare view shows the other path.");
}

TEST_CASE("verdict: three and four roles in a close call name the two that are close", "[verdict]") {
    const rc::Verdict three = verdictFor(rolesDataset(3), answers({1, 3, 3}));  // Beta 75, Gamma 75, Alpha 25
    CHECK(three.kind == rc::VerdictKind::CloseCall);
    CHECK(three.headline == "Role Beta and Role Gamma fit you about equally");
    CHECK(three.sentence == "Role Beta (75%) and Role Gamma (75%) both reach 60% and are within 1 point of each other, "
                            "based on 3 of 4 answers" + kCloseCallEnd);
    CHECK(three.stepsNote == "Beta is slightly ahead, so these are its steps; the Compare view shows the other path.");

    const rc::Verdict four = verdictFor(rolesDataset(4), answers({0, 0, 3, 3}));  // Gamma 75, Delta 75
    CHECK(four.kind == rc::VerdictKind::CloseCall);
    CHECK(four.headline == "Role Gamma and Role Delta fit you about equally");
    CHECK(four.sentence == "Role Gamma (75%) and Role Delta (75%) both reach 60% and are within 1 point of each other, "
                           "based on 4 of 5 answers" + kCloseCallEnd);
    CHECK(lines(four) == std::vector<std::string>{"Role Gamma: 75% fit", "Role Delta: 75% fit", "Role Alpha: 0% fit",
                                                  "Role Beta: 0% fit"});
    for (const rc::Verdict* v : {&three, &four}) {
        CHECK(v->headline.find("Both") == std::string::npos);  // "both" means two
        CHECK(v->headline.find("both") == std::string::npos);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Neither
//-----------------------------------------------------------------------------

TEST_CASE("verdict: no role reaches fitAt: neither role stands out, and the sentence lists the fits", "[verdict]") {
    SECTION("2 roles") {
        const rc::Verdict v = verdictFor(rolesDataset(2), answers({1, 2}));  // Alpha 25, Beta 50
        CHECK(v.kind == rc::VerdictKind::Neither);
        CHECK(v.headline == "Neither role stands out");
        CHECK(v.sentence == "Your answers agree little with either role's factors: Role Beta (50%) and Role Alpha (25%)" +
                                kNeitherEnd);
        CHECK(lines(v) == std::vector<std::string>{"Role Beta: 50% fit", "Role Alpha: 25% fit"});
        CHECK(v.stepsNote.empty());
        // No role is named as the winner anywhere.
        CHECK(v.headline.find("Role ") == std::string::npos);
    }
    SECTION("all Neutral, 2 roles") {
        const rc::Verdict v = verdictFor(rolesDataset(2), answers({2, 2}));
        CHECK(v.kind == rc::VerdictKind::Neither);
        CHECK(v.sentence == "Your answers agree little with either role's factors: Role Alpha (50%) and Role Beta (50%)" +
                                kNeitherEnd);
    }
    SECTION("3 roles") {
        const rc::Verdict v = verdictFor(rolesDataset(3), answers({2, 1, 0}));  // 50, 25, 0
        CHECK(v.kind == rc::VerdictKind::Neither);
        CHECK(v.headline == "No role stands out");
        CHECK(v.sentence == "Your answers agree little with any role's factors: Role Alpha (50%), Role Beta (25%) and Role "
                            "Gamma (0%)" + kNeitherEnd);
    }
    SECTION("4 roles") {
        const rc::Verdict v = verdictFor(rolesDataset(4), answers({2, 2, 2, 2}));
        CHECK(v.kind == rc::VerdictKind::Neither);
        CHECK(v.headline == "No role stands out");
        CHECK(v.sentence == "Your answers agree little with any role's factors: Role Alpha (50%), Role Beta (50%), Role "
                            "Gamma (50%) and Role Delta (50%)" + kNeitherEnd);
    }
    SECTION("fitAt moves the line") {
        rc::Dataset ds = rolesDataset(2);
        ds.quiz.fitAt = 80;
        const rc::Verdict v = verdictFor(ds, answers({3, 3}));  // 75 and 75: a close call at 60, neither at 80
        CHECK(v.kind == rc::VerdictKind::Neither);
        CHECK(v.sentence.find(", and a role fits from 80%.") != std::string::npos);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Not ready and no quiz
//-----------------------------------------------------------------------------

TEST_CASE("verdict: too few answers, or none about a role: not enough answers yet", "[verdict]") {
    for (int roles = 2; roles <= 4; ++roles) {
        INFO(roles << " roles");
        const rc::Dataset ds = rolesDataset(roles);
        const int nQ = roles + 1;
        const rc::Verdict none = verdictFor(ds, rc::Answers(nQ, rc::kSkipped));
        CHECK(none.kind == rc::VerdictKind::NotReady);
        CHECK(none.headline == "Not enough answers yet");
        CHECK(none.sentence == "You have answered 0 of " + std::to_string(nQ) +
                                   " questions. A result needs at least 2, including one about each role; you can skip the rest.");
        CHECK(none.roles.size() == static_cast<size_t>(roles));  // the preview's fits
        CHECK(none.flipsNote.empty());
        CHECK(none.stepsNote.empty());
    }
    // Two answers (minAnswers), both about Alpha and Beta: Gamma has none yet.
    rc::Answers two = answers({4, 4, rc::kSkipped});
    const rc::Verdict v = verdictFor(rolesDataset(3), two);
    CHECK(v.kind == rc::VerdictKind::NotReady);
    CHECK(v.sentence == "You have answered 2 of 4 questions. A result needs at least 2, including one about each role; you can "
                        "skip the rest.");
    // One answer that speaks about every role is still one short of minAnswers.
    CHECK(verdictFor(rolesDataset(2), answers({rc::kSkipped, rc::kSkipped}, 0)).kind == rc::VerdictKind::NotReady);

    rc::Dataset one = rolesDataset(2);
    one.quiz.minAnswers = 0;  // still at least one answer
    const rc::Verdict a = verdictFor(one, rc::Answers(3, rc::kSkipped));
    CHECK(a.sentence == "You have answered 0 of 3 questions. A result needs at least 1, including one about each role; you can "
                        "skip the rest.");
    // The choice alone speaks about both roles: Alpha 100, Beta 0.
    CHECK(verdictFor(one, answers({rc::kSkipped, rc::kSkipped}, 0)).sentence ==
          "A fit of 100%, 100 points above Role Beta (0%), based on 1 of 3 answers.");
}

TEST_CASE("verdict: no quiz", "[verdict]") {
    rc::Dataset noQuiz = rolesDataset(2);
    noQuiz.quiz.questions.clear();
    for (rc::Voice voice : {rc::Voice::Own, rc::Voice::Shared}) {
        const rc::Verdict nq = verdictFor(noQuiz, {}, voice);
        CHECK(nq.kind == rc::VerdictKind::NoQuiz);
        CHECK(nq.headline.empty());
        CHECK(nq.sentence == "This data has no quiz.");
        CHECK(nq.method.empty());
        CHECK(nq.roles.empty());
        CHECK(nq.flipsNote.empty());
    }
    rc::Dataset noRoles = rolesDataset(2);
    noRoles.roles.clear();
    CHECK(verdictFor(noRoles, answers({4, 4})).kind == rc::VerdictKind::NoQuiz);
}

TEST_CASE("verdict: a result that does not match the dataset gives words, not a crash", "[verdict]") {
    const rc::Dataset two = rolesDataset(2);
    const rc::Dataset four = rolesDataset(4);
    SECTION("a clear fit for a role the dataset does not have") {
        const rc::QuizResult r = rc::score(four, answers({0, 0, 0, 4}, 3));  // Delta: role 3, not in `two`
        REQUIRE(r.recommended == 3);
        const rc::Verdict v = rc::verdict(two, r);
        CHECK(v.kind == rc::VerdictKind::Recommended);
        CHECK(v.headline == "? fits you best");
        CHECK(v.roles.size() == 2);  // only the roles `two` has
    }
    SECTION("a close call and a neither about roles it does not have") {
        const rc::QuizResult close = rc::score(four, answers({0, 0, 3, 3}));
        REQUIRE(close.closeCall);
        CHECK(rc::verdict(two, close).kind == rc::VerdictKind::CloseCall);
        CHECK(rc::verdict(four, close).headline == "Role Gamma and Role Delta fit you about equally");
        CHECK(rc::verdict(two, close).headline == "Both roles fit you");
        const rc::QuizResult neither = rc::score(four, answers({0, 0, 1, 2}));
        REQUIRE(neither.neither);
        const rc::Verdict v = rc::verdict(two, neither);
        CHECK(v.kind == rc::VerdictKind::Neither);
        CHECK(v.sentence.find("? (50%)") != std::string::npos);
    }
    SECTION("a two-role result read against four roles") {
        const rc::QuizResult r = rc::score(two, answers({4, 1}));
        const rc::Verdict v = rc::verdict(four, r);
        CHECK(v.roles.size() == 2);
        CHECK(v.headline == "Role Alpha fits you best");
    }
    SECTION("an empty result") {
        const rc::Verdict v = rc::verdict(two, rc::QuizResult{});
        CHECK(v.kind == rc::VerdictKind::NotReady);
        CHECK(v.roles.empty());
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Voice and method
//-----------------------------------------------------------------------------

TEST_CASE("verdict: a shared result never says you or your, in any of its words", "[verdict][share]") {
    struct Case {
        const char* what;
        int roles;
        rc::Answers answers;
        rc::VerdictKind kind;
    };
    const std::vector<Case> cases = {
        {"2 roles, clear, the other fits too", 2, answers({4, 3}), rc::VerdictKind::Recommended},
        {"2 roles, clear", 2, answers({4, 2}, 0), rc::VerdictKind::Recommended},
        {"2 roles, close call", 2, answers({3, 3}), rc::VerdictKind::CloseCall},
        {"2 roles, neither", 2, answers({1, 2}), rc::VerdictKind::Neither},
        {"2 roles, none answered", 2, answers({-1, -1}), rc::VerdictKind::NotReady},
        {"3 roles, close call", 3, answers({1, 3, 3}), rc::VerdictKind::CloseCall},
        {"3 roles, neither", 3, answers({2, 1, 0}), rc::VerdictKind::Neither},
        {"3 roles, a role unanswered", 3, answers({4, 4, -1}), rc::VerdictKind::NotReady},
        {"4 roles, clear", 4, answers({3, 4, 0, 1}), rc::VerdictKind::Recommended},
        {"4 roles, close call", 4, answers({0, 0, 3, 3}), rc::VerdictKind::CloseCall},
        {"4 roles, neither", 4, answers({2, 2, 2, 2}), rc::VerdictKind::Neither},
        {"no quiz", 0, {}, rc::VerdictKind::NoQuiz},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        rc::Dataset ds = rolesDataset(c.roles == 0 ? 2 : c.roles);
        if (c.roles == 0) ds.quiz.questions.clear();
        const rc::Verdict own = verdictFor(ds, c.answers, rc::Voice::Own);
        const rc::Verdict shared = verdictFor(ds, c.answers, rc::Voice::Shared);
        CHECK(shared.kind == c.kind);
        CHECK(own.kind == c.kind);
        for (const std::string& s : allWords(shared)) {
            INFO(s);
            CHECK(secondPerson(s).empty());
        }
        // The voice changes the words, not the numbers.
        CHECK(lines(shared) == lines(own));
        // The own voice does speak to the reader wherever there is a result to speak of.
        if (c.kind != rc::VerdictKind::NoQuiz) {
            bool any = false;
            for (const std::string& s : allWords(own)) any = any || !secondPerson(s).empty();
            CHECK(any);
        }
    }
}

TEST_CASE("verdict: the shared voice's words", "[verdict][share]") {
    const rc::Dataset two = rolesDataset(2);
    const rc::Verdict clear = verdictFor(two, answers({4, 3}), rc::Voice::Shared);
    CHECK(clear.headline == "Role Alpha fits best");
    CHECK(clear.sentence == "A fit of 100%, 25 points above Role Beta (75%), based on 2 of 3 answers. Role Beta fits too.");
    REQUIRE(clear.roles.size() == 2);
    CHECK(clear.roles[0].pointed == "The answers that agree with its factors most:");
    CHECK(verdictFor(two, answers({4, 1}), rc::Voice::Shared).roles[1].pointed ==
          "None of these answers agreed with this role's factors.");

    CHECK(verdictFor(two, answers({3, 3}), rc::Voice::Shared).headline == "Both roles fit");
    CHECK(verdictFor(rolesDataset(3), answers({1, 3, 3}), rc::Voice::Shared).headline ==
          "Role Beta and Role Gamma fit about equally");

    const rc::Verdict neither = verdictFor(two, answers({1, 2}), rc::Voice::Shared);
    CHECK(neither.headline == "Neither role stands out");
    CHECK(neither.sentence == "These answers agree little with either role's factors: Role Beta (50%) and Role Alpha (25%), "
                              "and a role fits from 60%. Compare the roles side by side and read the FAQ.");

    const rc::Verdict preview = verdictFor(two, answers({4, -1}), rc::Voice::Shared);
    CHECK(preview.headline == "Not enough answers yet");
    CHECK(preview.sentence == "This result has 1 of 3 questions answered. A result needs at least 2, including one about each role.");
}

TEST_CASE("verdict: every result has the method line: the fits are worked out separately", "[verdict]") {
    struct Case {
        int roles;
        rc::Answers answers;
        rc::VerdictKind kind;
    };
    const std::vector<Case> cases = {
        {2, answers({4, 2}, 0), rc::VerdictKind::Recommended}, {2, answers({3, 3}), rc::VerdictKind::CloseCall},
        {2, answers({1, 2}), rc::VerdictKind::Neither},        {2, answers({-1, -1}), rc::VerdictKind::NotReady},
        {3, answers({1, 3, 3}), rc::VerdictKind::CloseCall},   {4, answers({2, 2, 2, 2}), rc::VerdictKind::Neither},
    };
    for (const Case& c : cases) {
        for (rc::Voice voice : {rc::Voice::Own, rc::Voice::Shared}) {
            const rc::Verdict v = verdictFor(rolesDataset(c.roles), c.answers, voice);
            INFO(c.roles << " roles, kind " << static_cast<int>(c.kind));
            CHECK(v.kind == c.kind);
            INFO(v.method);
            CHECK(v.method.find("own factors") != std::string::npos);
            CHECK(v.method.find("separately") != std::string::npos);
            CHECK(v.method.find("need not add up to 100%") != std::string::npos);
            CHECK(v.method.find("A role fits from 60%.") != std::string::npos);
        }
    }
    rc::Dataset ds = rolesDataset(2);
    ds.quiz.fitAt = 70;
    CHECK(verdictFor(ds, answers({4, 4})).method.find("A role fits from 70%.") != std::string::npos);
}

//-----------------------------------------------------------------------------
// [SECTION] Flips
//-----------------------------------------------------------------------------

TEST_CASE("verdict: what a flip would make the result, for each outcome", "[verdict][flips]") {
    const rc::Dataset two = rolesDataset(2), three = rolesDataset(3), four = rolesDataset(4);
    rc::Flip f;
    f.to = rc::Outcome::Clear;
    f.toRole = 1;
    CHECK(rc::flipOutcome(two, f) == "Role Beta");
    CHECK(rc::flipOutcome(four, f) == "Role Beta");
    f.toRole = 3;
    CHECK(rc::flipOutcome(two, f) == "?");  // a role the dataset does not have
    f.to = rc::Outcome::CloseCall;
    f.toRole = -1;
    f.toCloseCall = true;
    CHECK(rc::flipOutcome(two, f) == "a close call between both roles");
    CHECK(rc::flipOutcome(three, f) == "a close call");
    CHECK(rc::flipOutcome(four, f) == "a close call");
    f.to = rc::Outcome::Neither;
    f.toCloseCall = false;
    CHECK(rc::flipOutcome(two, f) == "neither role standing out");
    CHECK(rc::flipOutcome(three, f) == "no role standing out");
    CHECK(rc::flipOutcome(four, f) == "no role standing out");
    f.to = rc::Outcome::TooFew;
    CHECK(rc::flipOutcome(two, f) == "not enough answers");
}

TEST_CASE("verdict: the flips of a close call read as the results they lead to", "[verdict][flips]") {
    const rc::Dataset ds = rolesDataset(2);
    const rc::Answers a = answers({3, 3});  // 75 and 75: both fit
    std::vector<std::string> said;
    for (const rc::Flip& f : rc::flipAnalysis(ds, a))
        said.push_back(ds.quiz.questions[f.question].id + ":" + std::to_string(f.option) + " -> " + rc::flipOutcome(ds, f));
    // Alpha's answer lower: only Beta fits (75); higher: Alpha 100, 25 ahead.
    // Skipping it leaves Alpha unanswered, which is not listed.
    CHECK(said == std::vector<std::string>{"sa:0 -> Role Beta", "sa:1 -> Role Beta", "sa:2 -> Role Beta", "sa:4 -> Role Alpha",
                                           "sb:0 -> Role Alpha", "sb:1 -> Role Alpha", "sb:2 -> Role Alpha",
                                           "sb:4 -> Role Beta"});
    // From a clear fit, an answer can leave no role standing out.
    const rc::Answers clear = answers({3, 1});  // Alpha 75, Beta 25
    bool toNeither = false;
    for (const rc::Flip& f : rc::flipAnalysis(ds, clear))
        if (f.question == 0 && f.option == 2) toNeither = rc::flipOutcome(ds, f) == "neither role standing out";
    CHECK(toNeither);
}

//-----------------------------------------------------------------------------
// [SECTION] Mirror and command line
//-----------------------------------------------------------------------------

TEST_CASE("verdict: the mirror and the command line say the same words for the same answers", "[verdict][html][cli]") {
    rc::LoadResult shipped = rc::loadDataset(rc::findEmbedded(rc::assets::files(), "roles/ml-vs-swe.json"));
    REQUIRE(shipped.ok);
    struct Case {
        const char* what;
        rc::Dataset ds;
        rc::Answers answers;
        rc::VerdictKind kind;
    };
    const size_t nShipped = shipped.data.quiz.questions.size();
    rc::Dataset noQuiz = rolesDataset(2);
    noQuiz.quiz.questions.clear();
    rc::Answers agreeAll(nShipped, 4);  // every statement Strongly agree; the choices below
    for (size_t q = 0; q < nShipped; ++q)
        if (shipped.data.quiz.questions[q].kind == rc::QuestionKind::Choice) agreeAll[q] = rc::kSkipped;
    const std::vector<Case> cases = {
        {"2 roles, clear", rolesDataset(2), answers({4, 2}, 0), rc::VerdictKind::Recommended},
        {"2 roles, clear, the other fits too", rolesDataset(2), answers({4, 3}), rc::VerdictKind::Recommended},
        {"2 roles, close call", rolesDataset(2), answers({3, 3}), rc::VerdictKind::CloseCall},
        {"2 roles, neither", rolesDataset(2), answers({1, 2}), rc::VerdictKind::Neither},
        {"2 roles, none answered", rolesDataset(2), answers({-1, -1}), rc::VerdictKind::NotReady},
        {"3 roles, close call", rolesDataset(3), answers({1, 3, 3}), rc::VerdictKind::CloseCall},
        {"3 roles, neither", rolesDataset(3), answers({2, 1, 0}), rc::VerdictKind::Neither},
        {"3 roles, a role unanswered", rolesDataset(3), answers({4, 4, -1}), rc::VerdictKind::NotReady},
        {"4 roles, clear", rolesDataset(4), answers({2, 0, 0, 4}, 3), rc::VerdictKind::Recommended},
        {"4 roles, close call", rolesDataset(4), answers({0, 0, 3, 3}), rc::VerdictKind::CloseCall},
        {"4 roles, neither", rolesDataset(4), answers({2, 2, 2, 2}), rc::VerdictKind::Neither},
        // Shipped: Strongly disagree to every statement, the first option of every choice.
        {"shipped, first options", shipped.data, rc::Answers(nShipped, 0), rc::VerdictKind::Neither},
        {"shipped, every statement agreed", shipped.data, agreeAll, rc::VerdictKind::CloseCall},
        {"shipped, one answer", shipped.data, {0}, rc::VerdictKind::NotReady},
        {"no quiz", noQuiz, {}, rc::VerdictKind::NoQuiz},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const rc::Dataset& ds = c.ds;
        const rc::QuizResult r = rc::score(ds, c.answers);
        const std::vector<rc::Flip> flips = rc::flipAnalysis(ds, c.answers);
        const rc::Verdict v = rc::verdict(ds, r, &flips);
        CHECK(v.kind == c.kind);
        rc::MirrorState st;
        st.view = rc::View::Result;
        st.answers = &c.answers;
        st.result = &r;
        st.flips = &flips;
        const std::string mirror = rc::renderMirrorHtml(ds, st);
        const std::string cli = rc::quizResultText(ds, c.answers);
        INFO(mirror);
        INFO(cli);
        if (v.kind == rc::VerdictKind::NoQuiz) {  // no headline: the sentence alone
            CHECK(mirror.find("<p>" + rc::htmlEscape(v.sentence) + "</p>") != std::string::npos);
            CHECK(cli.find("Result: " + v.sentence + "\n") != std::string::npos);
            continue;
        }
        REQUIRE_FALSE(v.headline.empty());
        CHECK(mirror.find("<p><strong>" + rc::htmlEscape(v.headline) + ".</strong> " + rc::htmlEscape(v.sentence) + "</p>") !=
              std::string::npos);
        CHECK(cli.find("Result: " + v.headline + ".\n  " + v.sentence + "\n") != std::string::npos);
        // The result's own region (the nav before it has a button for every view).
        const std::string result = mirror.substr(mirror.find("id=\"rc-m-result\""));
        const bool offersCompare = result.find("data-rc-action=\"view:compare\"") != std::string::npos;
        const bool offersFaq = result.find("data-rc-action=\"view:faq\"") != std::string::npos;
        // No winner to read about: the result points to Compare and the FAQ instead.
        CHECK(offersCompare == (v.kind == rc::VerdictKind::Neither));
        CHECK(offersFaq == (v.kind == rc::VerdictKind::Neither));
        if (v.kind == rc::VerdictKind::NotReady) continue;  // the mirror shows no fits in a preview
        for (const rc::VerdictRole& line : v.roles) {
            CHECK(mirror.find("<li>" + rc::htmlEscape(line.line) + "</li>") != std::string::npos);
            CHECK(cli.find("  " + line.line + "\n") != std::string::npos);
        }
        CHECK(mirror.find("<p>" + rc::htmlEscape(v.method) + "</p>") != std::string::npos);
        CHECK(cli.find("  " + v.method + "\n") != std::string::npos);
        if (ds.roles.size() > 2) {  // "both" means two
            CHECK(mirror.find("Both roles") == std::string::npos);
            CHECK(cli.find("Both roles") == std::string::npos);
        }
    }
}
