// The "How to choose" view's words (src/ui/view_choose.cpp, and the mirror's
// mirrorChoose in html.cpp): the label of a factor's quiz link and how the
// quiz turns answers into a fit. The method is worded from ds.quiz (labels,
// fitAt, closeCall, minAnswers), so it says what score() does with this
// data; keep it in step with quiz.h and docs/quiz.md.
// The words are the catalogue's "choose.*" messages (English by default).
// Pure C++17, no ImGui, no platform.
#pragma once
#include <string>
#include <vector>

#include "core/catalogue.h"
#include "core/model.h"

namespace rc {

// "Quiz question 3" for question index q (0-based), as the quiz numbers it.
std::string quizQuestionLabel(int q, const Catalogue& cat = Catalogue::english());

// "How the quiz turns your answers into a fit", in two lists of plain
// sentences. Correct for 2, 3 or 4 roles; empty lists when there is no quiz.
struct FitMethod {
    std::string title;                  // the section's title
    std::string scoringTitle;           // "How a fit is worked out"
    std::vector<std::string> scoring;   // what each answer counts, what does not count
    std::string outcomesTitle;          // "What the result says"
    std::vector<std::string> outcomes;  // the outcomes and their thresholds
};
FitMethod fitMethod(const Dataset& ds, const Catalogue& cat = Catalogue::english());

// The mirror's id of the method section ("#rc-m-choose-method").
constexpr const char* kChooseMethodAnchor = "rc-m-choose-method";

}  // namespace rc
