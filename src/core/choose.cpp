// The "How to choose" view's words. See choose.h. The sentences are the
// catalogue's "choose.*" messages; this file picks which and fills them in.
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

// A threshold as a percentage: whole ones as the language writes them.
std::string percent(const Catalogue& cat, double v) {
    if (std::fabs(v - std::round(v)) < 1e-9) return formatPercent(cat.language(), static_cast<int>(std::lround(v)));
    return number(v) + "%";
}

// "a", "a and b", "a, b and c" (lastKey "verdict.listLast"), or "... or c" ("choose.listOr").
std::string joined(const Catalogue& cat, const std::vector<std::string>& parts, const char* lastKey = "verdict.listLast") {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i)
        out = i == 0 ? parts[i] : cat.text(i + 1 == parts.size() ? lastKey : "verdict.listNext", {{"list", out}, {"next", parts[i]}});
    return out;
}

bool pointsToARole(const Question& q) {
    return std::any_of(q.options.begin(), q.options.end(), [](const Option& o) { return o.role >= 0; });
}

}  // namespace

std::string quizQuestionLabel(int q, const Catalogue& cat) { return cat.text("choose.quizQuestion", {{"n", q + 1}}); }

FitMethod fitMethod(const Dataset& ds, const Catalogue& cat) {
    FitMethod m;
    m.title = cat.text("choose.methodTitle");
    m.scoringTitle = cat.text("choose.scoringTitle");
    m.outcomesTitle = cat.text("choose.outcomesTitle");
    const Quiz& quiz = ds.quiz;
    if (!quiz.present()) return m;
    const bool two = ds.roles.size() == 2;
    const std::string fitAt = percent(cat, quiz.fitAt);

    m.scoring.push_back(cat.text("choose.scoringEach"));
    // Scale questions: each option's share, from the labels the quiz shows.
    const auto scale = std::find_if(quiz.questions.begin(), quiz.questions.end(),
                                    [](const Question& q) { return q.kind == QuestionKind::Scale; });
    if (scale != quiz.questions.end() && scale->options.size() >= 2) {
        std::vector<std::string> parts;
        const size_t n = scale->options.size();
        for (size_t k = 0; k < n; ++k)
            parts.push_back(cat.text("choose.scalePart", {{"label", scale->options[k].label},
                                                          {"percent", percent(cat, 100.0 * static_cast<double>(k) / (n - 1))}}));
        m.scoring.push_back(cat.text("choose.scoringScale", {{"parts", joined(cat, parts)}}));
    }
    // Pick-one questions: the option's role, the others, and the options that
    // point to no role ("No preference"), quoted as the quiz shows them.
    std::vector<std::string> neutral;
    bool anyChoice = false;
    for (const Question& q : quiz.questions) {
        if (q.kind != QuestionKind::Choice || !pointsToARole(q)) continue;
        anyChoice = true;
        for (const Option& o : q.options) {
            const std::string quoted = cat.text("choose.quoted", {{"text", o.label}});
            if (o.role < 0 && std::find(neutral.begin(), neutral.end(), quoted) == neutral.end()) neutral.push_back(quoted);
        }
    }
    if (anyChoice) {
        std::string s = cat.text(two ? "choose.choiceTwo" : "choose.choiceMany");
        if (!neutral.empty())
            s += " " + cat.text(two ? "choose.neutralTwo" : "choose.neutralMany", {{"options", joined(cat, neutral, "choose.listOr")}});
        m.scoring.push_back(s);
    }
    m.scoring.push_back(cat.text("choose.skipped"));
    m.scoring.push_back(cat.text(two ? "choose.separateTwo" : "choose.separateMany"));

    m.outcomes.push_back(cat.text("choose.fitsWhen", {{"fitAt", fitAt}}));
    m.outcomes.push_back(cat.text(two ? "choose.neitherTwo" : "choose.neitherMany", {{"fitAt", fitAt}}));
    if (ds.roles.size() >= 2)
        m.outcomes.push_back(cat.text(two ? "choose.closeTwo" : "choose.closeMany", {{"fitAt", fitAt}, {"points", number(quiz.closeCall)}}));
    m.outcomes.push_back(cat.text("choose.best"));
    m.outcomes.push_back(cat.text("choose.minAnswers", {{"n", std::max(1, quiz.minAnswers)}}));
    return m;
}

}  // namespace rc
