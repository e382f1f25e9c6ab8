// The quiz verdict's words. See verdict.h. The wording is the Result view's
// as it stood before this file: the other places said less, or said "Both
// roles fit you" to three roles.
#include "core/verdict.h"

#include <algorithm>
#include <cmath>

namespace rc {

namespace {

bool validRole(const Dataset& ds, int r) { return r >= 0 && static_cast<size_t>(r) < ds.roles.size(); }

const std::string& nameOf(const Dataset& ds, int r) {
    static const std::string kNone = "?";
    return validRole(ds, r) ? ds.roles[r].name : kNone;
}

const std::string& shortNameOf(const Dataset& ds, int r) {
    static const std::string kNone = "?";
    return validRole(ds, r) ? ds.roles[r].shortName : kNone;
}

// "1 point", "12 points".
std::string count(long n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

std::string percent(double fit) { return std::to_string(std::lround(fit)) + "%"; }

VerdictRole roleLines(const Dataset& ds, const QuizResult& r, int role) {
    VerdictRole v;
    v.role = role;
    v.fit = percent(static_cast<size_t>(role) < r.fits.size() ? r.fits[role] : 0.0);
    v.line = nameOf(ds, role) + ": " + v.fit + " fit";
    v.pointedTo = "What pointed to " + nameOf(ds, role);
    const bool any = static_cast<size_t>(role) < r.contributions.size() && !r.contributions[role].empty();
    v.pointed = any ? "Your answers that pointed here most:" : "None of your answers pointed to this role.";
    v.steps = "Next steps toward " + nameOf(ds, role);
    return v;
}

}  // namespace

Verdict verdict(const Dataset& ds, const QuizResult& r, const std::vector<Flip>* flips) {
    Verdict v;
    if (!ds.quiz.present() || ds.roles.empty()) {
        v.kind = VerdictKind::NoQuiz;
        v.sentence = "This data has no quiz.";
        return v;
    }
    for (int role : r.ranking)
        if (validRole(ds, role)) v.roles.push_back(roleLines(ds, r, role));

    const std::string answers = std::to_string(r.answered) + " of " + count(r.total, "answer", "answers");
    if (!r.complete) {
        v.kind = VerdictKind::NotReady;
        v.headline = "Not enough answers yet";
        v.sentence = "You have answered " + std::to_string(r.answered) + " of " + count(r.total, "question", "questions") +
                     ". Answer at least " + std::to_string(std::max(1, ds.quiz.minAnswers)) +
                     " for a result; you can skip the rest.";
        return v;
    }
    const int first = r.ranking.empty() ? r.top : r.ranking[0];
    const int second = r.ranking.size() > 1 ? r.ranking[1] : -1;
    if (r.closeCall && second >= 0) {
        v.kind = VerdictKind::CloseCall;
        v.headline = ds.roles.size() == 2 ? std::string("Both roles fit you")
                                          : nameOf(ds, first) + " and " + nameOf(ds, second) + " fit you about equally";
        const long within = std::max(1L, static_cast<long>(std::ceil(r.gap)));
        v.sentence = "Your fits are within " + count(within, "point", "points") +
                     ": what you told us suits either role. Weigh the differences that matter most to you, and see "
                     "which answers would tip it below.";
        v.stepsNote = shortNameOf(ds, outcomeRole(r)) +
                      " is slightly ahead, so these are its steps; the Compare view shows the other path.";
    } else {
        // Recommended; also a close call with a single role, which has nothing to be close to.
        v.kind = VerdictKind::Recommended;
        const int best = r.recommended >= 0 ? r.recommended : first;
        v.headline = nameOf(ds, best) + " fits you best";
        if (second >= 0)
            v.sentence = "A lead of " + count(std::lround(r.gap), "point", "points") + " over " + nameOf(ds, second) +
                         ", based on " + answers + ".";
        else
            v.sentence = "Based on " + answers + ".";
    }
    if (flips && flips->empty()) v.flipsNote = "No single answer would change this result.";
    return v;
}

const VerdictRole* verdictRole(const Verdict& v, int role) {
    for (const VerdictRole& r : v.roles)
        if (r.role == role) return &r;
    return nullptr;
}

}  // namespace rc
