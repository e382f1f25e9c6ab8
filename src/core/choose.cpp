// The "How to choose" view's words. See choose.h.
#include "core/choose.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace rc {

namespace {

// 60 -> "60", 7.5 -> "7.5": the data's thresholds as a reader would write them.
std::string number(double v) {
    char buf[32];
    if (std::fabs(v - std::round(v)) < 1e-9) std::snprintf(buf, sizeof buf, "%ld", std::lround(v));
    else std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

// "a", "a and b", "a, b and c".
std::string joined(const std::vector<std::string>& parts, const char* last = " and ") {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) out += (i == 0 ? "" : i + 1 == parts.size() ? last : ", ") + parts[i];
    return out;
}

std::string quoted(const std::string& s) { return "\xE2\x80\x9C" + s + "\xE2\x80\x9D"; }

bool pointsToARole(const Question& q) {
    return std::any_of(q.options.begin(), q.options.end(), [](const Option& o) { return o.role >= 0; });
}

}  // namespace

std::string quizQuestionLabel(int q) { return "Quiz question " + std::to_string(q + 1); }

FitMethod fitMethod(const Dataset& ds) {
    FitMethod m;
    m.title = "How the quiz turns your answers into a fit";
    m.scoringTitle = "How a fit is worked out";
    m.outcomesTitle = "What the result says";
    const Quiz& quiz = ds.quiz;
    if (!quiz.present()) return m;
    const bool two = ds.roles.size() == 2;
    const std::string fitAt = number(quiz.fitAt) + "%";

    m.scoring.push_back("Each role gets its own fit: the average of how much your answers agree with that "
                        "role's factors, counting only the questions about that role.");
    // Scale questions: each option's share, from the labels the quiz shows.
    const auto scale = std::find_if(quiz.questions.begin(), quiz.questions.end(),
                                    [](const Question& q) { return q.kind == QuestionKind::Scale; });
    if (scale != quiz.questions.end() && scale->options.size() >= 2) {
        std::vector<std::string> parts;
        const size_t n = scale->options.size();
        for (size_t k = 0; k < n; ++k)
            parts.push_back(scale->options[k].label + " " + number(100.0 * static_cast<double>(k) / (n - 1)) + "%");
        m.scoring.push_back("Agree-or-disagree questions count for the role whose factor they ask about: " +
                            joined(parts) + ".");
    }
    // Pick-one questions: the option's role, the others, and the options that
    // point to no role ("No preference"), quoted as the quiz shows them.
    std::vector<std::string> neutral;
    bool anyChoice = false;
    for (const Question& q : quiz.questions) {
        if (q.kind != QuestionKind::Choice || !pointsToARole(q)) continue;
        anyChoice = true;
        for (const Option& o : q.options)
            if (o.role < 0 && std::find(neutral.begin(), neutral.end(), quoted(o.label)) == neutral.end())
                neutral.push_back(quoted(o.label));
    }
    if (anyChoice) {
        std::string s = std::string("Pick-one questions count 100% for the role your pick points to and 0% for ") +
                        (two ? "the other role" : "the other roles it offers") + ".";
        if (!neutral.empty())
            s += " " + joined(neutral, " or ") + " counts 50% for " + (two ? "both." : "each role it offers.");
        m.scoring.push_back(s);
    }
    m.scoring.push_back("Skipped questions do not count.");
    m.scoring.push_back(std::string("The fits are worked out separately, so they need not add up to 100%. "
                                    "Disagreeing with one role's factors lowers only that role's fit; it does not raise ") +
                        (two ? "the other's." : "the others'."));

    m.outcomes.push_back("A role fits when its fit reaches " + fitAt + ".");
    m.outcomes.push_back(std::string(two ? "Neither role stands out" : "No role stands out") +
                         " when no fit reaches " + fitAt + ".");
    if (ds.roles.size() >= 2)
        m.outcomes.push_back(std::string(two ? "Both roles fit" : "The top two roles both fit") + " when " +
                             (two ? "both" : "they") + " reach " + fitAt + " and are less than " +
                             number(quiz.closeCall) + " points apart.");
    m.outcomes.push_back("Otherwise the role with the highest fit fits best.");
    m.outcomes.push_back("A result needs at least " + number(std::max(1, quiz.minAnswers)) +
                         " answers, including one about each role; until then the fits are only a preview.");
    return m;
}

}  // namespace rc
