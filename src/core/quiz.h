// rolecompare quiz: scoring, explanation, flip analysis, next steps.
// Pure C++17, no ImGui, no platform, no exceptions across the API.
// The maths is specified in docs/quiz.md; keep the two in step.
//
// [SECTION] Answers
// [SECTION] Factors
// [SECTION] Result structs
// [SECTION] Functions
#pragma once
#include <string>
#include <vector>

#include "core/model.h"

namespace rc {

//-----------------------------------------------------------------------------
// [SECTION] Answers
//-----------------------------------------------------------------------------

// One entry per quiz question, in Quiz::questions order: -1 = skipped, else the
// chosen option index. Functions here are lenient about malformed answers:
// missing entries (vector too short) and out-of-range values count as skipped,
// extra entries are ignored. Use isValidAnswers() to be strict.
using Answers = std::vector<int>;

constexpr int kSkipped = -1;

// True when answers.size() == question count and every value is -1 or a valid
// option index of its question.
bool isValidAnswers(const Dataset& ds, const Answers& answers);

// The answer to question q as a valid option index, or -1 (skipped/missing/out of range).
int answerAt(const Dataset& ds, const Answers& answers, int q);
// Where a reader picks the quiz up: the first question not answered yet (the
// last question when every one before it is answered; 0 for an empty quiz).
int firstOpenQuestion(const Dataset& ds, const Answers& answers);
// Where question q stands for a reader on question `current`: answered; skipped
// (left unanswered behind them: before `current`, or before an answered
// question); or open (not reached yet, or the question on screen). Answers
// carry no "skipped" mark of their own (kSkipped is also "not yet"): the
// quiz's progress dots and the accessible mirror both say it from this.
enum class QuestionState { Answered, Skipped, Open };
QuestionState questionState(const Dataset& ds, const Answers& answers, int current, int q);

//-----------------------------------------------------------------------------
// [SECTION] Factors
//-----------------------------------------------------------------------------

// A choose factor found by id: the article's item, the role whose group
// lists it, and its place in that list (0 = listed first, the most central).
struct FactorRef {
    const Item* item = nullptr;  // nullptr when no group lists the id
    int role = -1;
    int rank = -1;
};
FactorRef findFactor(const Dataset& ds, const std::string& id);

// The questions that ask about factor `id` (question order): scale questions
// naming it, and choice questions with an option naming it.
std::vector<int> questionsForFactor(const Dataset& ds, const std::string& id);

// How far answer `option` to question `q` agrees with role `role`'s factors,
// 0..1, or -1 when the question says nothing about that role:
//   Scale, role == q.role:  option / 4 (strongly disagree 0, neutral 0.5, strongly agree 1)
//   Choice with an option pointing to `role`: 1 if `option` points to it,
//     0.5 if `option` points to no role ("No preference"), 0 if to another role
//   anything else (other roles, option out of range): -1
double agreement(const Dataset& ds, int q, int option, int role);

//-----------------------------------------------------------------------------
// [SECTION] Result structs
//-----------------------------------------------------------------------------

// An answer that agrees with one of a role's factors: a reason for that role.
struct Contribution {
    int question = -1;        // index into Quiz::questions
    int option = -1;          // the chosen option
    double agreement = 0;     // 0.5 < agreement <= 1 (see agreement())
    double fitPoints = 0;     // 100 * agreement / counted[r]: what it added to fit_r
    int rank = 0;             // how central: the factor's FactorRef::rank; a choice option without a factor ranks after all factors
    bool repeat = false;      // a reason of the same agreement before it has the same title (factor): it comes after the others
    std::string factor;       // the factor id; empty for a choice option explained by its basis
    std::string title;        // the factor's title, or the basis's title
    std::string text;         // the factor's text, or the basis's text for this role (a dimension's entry summary); may be empty
};

// One answered question, for the per-answer chart.
struct AnswerLean {
    int question = -1;
    int role = -1;                   // the role the answer speaks about: a scale question's role; a choice
                                     // question's chosen role; -1 (a neutral choice, or one about no role)
    double stance = 0;               // -1..1 = 2 * agreement(role) - 1: > 0 agrees with that role's factor,
                                     // < 0 disagrees (lowers only that role's fit); 0 neutral or role -1
    std::vector<double> fitPoints;   // per role: 100 * agreement / counted[r]; 0 where it says nothing
};

enum class Outcome {
    TooFew,     // fewer than quiz.minAnswers answers, or a role no answer speaks about: a preview
    Neither,    // no role's fit reaches quiz.fitAt: no role stands out
    CloseCall,  // the top two fits reach fitAt and are within quiz.closeCall of each other: both fit
    Clear,      // the top fit reaches fitAt, and the next does not or is closeCall or more behind
};

// Stable name for events, JSON and tests: "too-few", "neither", "close-call", "clear".
const char* outcomeName(Outcome o);

struct QuizResult {
    int answered = 0;                // answers that count (valid option indexes)
    int total = 0;                   // number of questions
    std::vector<int> counted;        // per role: answered questions that say something about it (n_r)
    bool complete = false;           // answered >= max(1, quiz.minAnswers) and every counted[r] >= 1
    std::vector<double> fits;        // per role, 0..100: 100 * mean agreement over its counted answers (0 if none)
    std::vector<int> ranking;        // role indexes by fit desc, ties by role order
    int top = -1;                    // ranking[0], or -1 with no roles (set even in a preview)
    double gap = 0;                  // fits[ranking[0]] - fits[ranking[1]] (0 with < 2 roles)
    Outcome outcome = Outcome::TooFew;
    bool closeCall = false;          // outcome == CloseCall
    bool neither = false;            // outcome == Neither
    int recommended = -1;            // outcome == Clear ? top : -1

    // contributions[r]: the answers that agree with role r's factors (agreement
    // > 0.5), strongest first; within a strength, factors not given yet before
    // repeats, then the most central factor, then question order. The UI shows
    // the first 3.
    std::vector<std::vector<Contribution>> contributions;
    std::vector<AnswerLean> leans;   // one per answered question, question order
};

// Changing one answer alone changes the outcome.
struct Flip {
    int question = -1;       // index into Quiz::questions
    int fromOption = -1;     // current answer
    int option = -1;         // the alternative answer that flips it; -1 = skipping the question
    Outcome to = Outcome::Clear;  // the new outcome (never TooFew: such changes are not listed)
    int toRole = -1;         // the new recommended role when `to` is Clear, else -1
    bool toCloseCall = false;  // to == CloseCall
    std::vector<double> fits;  // the fits after the change
};

//-----------------------------------------------------------------------------
// [SECTION] Functions
//-----------------------------------------------------------------------------

// Scores answers against ds.quiz. Never throws; any input is accepted (see Answers).
QuizResult score(const Dataset& ds, const Answers& answers);

// For each answered question (question order), each alternative option (option
// order) and then skipping it (option = -1): re-scores and lists the changes that
// alter the outcome (another role, a close call, neither). Changes that would
// leave the quiz incomplete are not listed. Empty when the result is a preview.
std::vector<Flip> flipAnalysis(const Dataset& ds, const Answers& answers);

// Same outcome? (outcome, recommended)
bool sameOutcome(const QuizResult& a, const QuizResult& b);

// Resolves a basis id: item (title, text), dimension (title, "Role: summary" lines),
// FAQ (question, answer). Unresolved: title = id, text = "". Returns false if unresolved.
bool resolveBasis(const Dataset& ds, const std::string& basis, std::string& title, std::string& text);

// quiz.nextSteps for role index `role`; empty when out of range.
std::vector<NextStep> nextSteps(const Dataset& ds, int role);

// The role whose next steps and crossover apply: recommended, or top in a close
// call, or -1 in a preview or when neither fits.
int outcomeRole(const QuizResult& result);

// The crossover FAQ item when outcomeRole(result) is quiz.crossoverRole and the
// answer to quiz.crossoverQuestion is one of quiz.crossoverOptions; else nullptr.
const FaqItem* crossover(const Dataset& ds, const Answers& answers, const QuizResult& result);

}  // namespace rc
