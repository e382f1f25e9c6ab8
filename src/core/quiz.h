// rolecompare quiz: scoring, explanation, flip analysis, next steps.
// Pure C++17, no ImGui, no platform, no exceptions across the API.
// The maths is specified in docs/quiz.md; keep the two in step.
//
// [SECTION] Answers
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

//-----------------------------------------------------------------------------
// [SECTION] Result structs
//-----------------------------------------------------------------------------

// What one answer earned for one role.
struct Contribution {
    int question = -1;        // index into Quiz::questions
    int option = -1;          // the chosen option
    double points = 0;        // w(q, chosen, r) - min_o w(q, o, r): weight above the floor (>= 0)
    double fitPoints = 0;     // 100 * points / (hi_r - lo_r): percentage points of fit (0 when hi_r == lo_r)
    std::string basis;        // Question::basis id
    std::string basisTitle;   // title of the article part backing the question (basis id if unresolved)
    std::string basisText;    // its text (item text, dimension entry summaries, or FAQ answer); may be empty
};

// One answered question's pull on every role, for a diverging bar chart.
struct AnswerLean {
    int question = -1;
    std::vector<double> fitPoints;  // per role (Dataset::roles order): Contribution::fitPoints
    double lean = 0;                // fitPoints[0] - fitPoints[1]: > 0 pulls toward roles[0] (0 with < 2 roles)
};

struct QuizResult {
    int answered = 0;                // answers that count (valid option indexes)
    int total = 0;                   // number of questions
    bool complete = false;           // answered >= quiz.minAnswers (and >= 1); otherwise a preview
    std::vector<double> fits;        // per role, 0..100
    std::vector<int> ranking;        // role indexes by fit desc, ties by role order
    int top = -1;                    // ranking[0], or -1 with no roles (set even in a preview)
    double gap = 0;                  // fits[ranking[0]] - fits[ranking[1]] (0 with < 2 roles)
    bool closeCall = false;          // complete && gap < quiz.closeCall: "both fit"
    int recommended = -1;            // complete && !closeCall ? top : -1

    // Explanation. contributions[r] lists answers with points > 0 for role r,
    // sorted by points desc, ties by question index. The UI shows the first 3.
    std::vector<std::vector<Contribution>> contributions;
    std::vector<AnswerLean> leans;   // one per answered question, question order

    // Per-role sums behind the fits (see docs/quiz.md).
    std::vector<double> raw, lo, hi;
};

// Changing one answer alone changes the outcome (role, close call).
struct Flip {
    int question = -1;       // index into Quiz::questions
    int fromOption = -1;     // current answer
    int option = -1;         // the alternative answer that flips it; -1 = skipping the question
    int toRole = -1;         // new recommended role, or -1 when the new outcome is a close call
    bool toCloseCall = false;
    std::vector<double> fits;  // the fits after the change
};

//-----------------------------------------------------------------------------
// [SECTION] Functions
//-----------------------------------------------------------------------------

// Scores answers against ds.quiz. Never throws; any input is accepted (see Answers).
QuizResult score(const Dataset& ds, const Answers& answers);

// For each answered question (question order), each alternative option (option
// order) and then skipping it (option = -1): re-scores and lists the changes that
// alter the outcome to another role or to/from a close call. Changes that would
// leave the quiz incomplete are not listed. Empty when the result is a preview.
std::vector<Flip> flipAnalysis(const Dataset& ds, const Answers& answers);

// Same outcome? (complete, recommended, closeCall)
bool sameOutcome(const QuizResult& a, const QuizResult& b);

// Resolves a basis id: item (title, text), dimension (title, "Role: summary" lines),
// FAQ (question, answer). Unresolved: title = id, text = "". Returns false if unresolved.
bool resolveBasis(const Dataset& ds, const std::string& basis, std::string& title, std::string& text);

// quiz.nextSteps for role index `role`; empty when out of range.
std::vector<NextStep> nextSteps(const Dataset& ds, int role);

// The role whose next steps and crossover apply: recommended, or top in a close
// call, or -1 in a preview.
int outcomeRole(const QuizResult& result);

// The crossover FAQ item when outcomeRole(result) is quiz.crossoverRole and the
// answer to quiz.crossoverQuestion is one of quiz.crossoverOptions; else nullptr.
const FaqItem* crossover(const Dataset& ds, const Answers& answers, const QuizResult& result);

}  // namespace rc
