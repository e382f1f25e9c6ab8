// rolecompare quiz verdict: the words that tell someone their quiz result.
// One source for every place that says it: the Result view (src/ui), the
// accessible mirror (html.cpp) and the command line (quiz_cli.cpp), so they
// cannot drift apart. It holds words only; how they are laid out (cards, HTML,
// plain text) stays with each caller. Correct for 2, 3 or 4 roles. The words
// come from the interface catalogue (catalogue.h, "verdict.*" keys).
// Pure C++17, no ImGui, no platform.
#pragma once
#include <string>
#include <vector>

#include "core/catalogue.h"
#include "core/model.h"
#include "core/quiz.h"

namespace rc {

enum class VerdictKind {
    NoQuiz,       // the dataset has no quiz (or no roles)
    NotReady,     // too few answers (Outcome::TooFew): the fits are a preview
    Neither,      // no role's fit reaches quiz.fitAt
    CloseCall,    // the top two both fit, within quiz.closeCall points
    Recommended,  // one role clearly fits best
};

// Whose answers: the visitor's own, or a result someone shared (#quiz= link,
// --answers). Only the words change ("you" or not).
enum class Voice { Own, Shared };

// One role's lines, for the fit list and the "why" part of a result.
struct VerdictRole {
    int role = -1;          // index into Dataset::roles
    std::string fit;        // "72%": the fit rounded, as every view shows it
    std::string line;       // "Machine Learning Engineer: 72% fit"
    std::string pointedTo;  // "Why Machine Learning Engineer"
    std::string pointed;    // "Your answers that agree with its factors:", or that none did
    std::string steps;      // "Next steps toward Machine Learning Engineer"
};

struct Verdict {
    VerdictKind kind = VerdictKind::NoQuiz;
    // Above the headline: "Your result", or "A shared result" (Voice::Shared).
    std::string label;
    // Under a shared result: whose answers these are, and that the reader's
    // own are untouched. Empty for Voice::Own.
    std::string sharedNote;
    // No final period: a title in the UI, "<strong>headline.</strong>" in HTML,
    // "Result: headline." on the command line. Empty for NoQuiz.
    //   Recommended  "Machine Learning Engineer fits you best"
    //   CloseCall    "Both roles fit you" (2 roles), or "A and B fit you about equally" (3 or 4)
    //   Neither      "Neither role stands out" (2 roles), or "No role stands out"
    //   NotReady     "Not enough answers yet"
    // Shared voice: the same without "you".
    std::string headline;
    // The sentence under the headline: the fits it rests on, how many answers
    // a result needs, or that there is no quiz.
    std::string sentence;
    // One line on how the percentages are computed (empty for NoQuiz).
    std::string method;
    std::vector<VerdictRole> roles;  // one per role in result.ranking order (the preview's too); empty for NoQuiz
    // In a close call, under the next steps of the role slightly ahead
    // (outcomeRole): why its steps are the ones shown. Else empty.
    std::string stepsNote;
    // With flips given, an empty list and a result: "No single answer would
    // change this result." Else empty.
    std::string flipsNote;
};

// The words for `result` (score(ds, answers)); `flips` (flipAnalysis, same
// answers) only fills flipsNote. Never throws; a result that does not match
// ds (role indexes out of range) gives what it can.
// The words are `cat`'s (English by default: the command line, the tests).
Verdict verdict(const Dataset& ds, const QuizResult& result, const std::vector<Flip>* flips = nullptr,
                Voice voice = Voice::Own, const Catalogue& cat = Catalogue::english());

// The VerdictRole for `role` in v.roles, or nullptr.
const VerdictRole* verdictRole(const Verdict& v, int role);

// What a flip would make the result, to end "… the result would be X":
// a role's name, "a close call between both roles" or "no role standing out".
std::string flipOutcome(const Dataset& ds, const Flip& f, const Catalogue& cat = Catalogue::english());

}  // namespace rc
