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

VerdictRole roleLines(const Dataset& ds, const QuizResult& r, int role, Voice voice) {
    const bool own = voice == Voice::Own;
    VerdictRole v;
    v.role = role;
    v.fit = percent(static_cast<size_t>(role) < r.fits.size() ? r.fits[role] : 0.0);
    v.line = nameOf(ds, role) + ": " + v.fit + " fit";
    v.pointedTo = "Why " + nameOf(ds, role);
    const bool any = static_cast<size_t>(role) < r.contributions.size() && !r.contributions[role].empty();
    if (any) v.pointed = own ? "Your answers that agree with its factors most:" : "The answers that agree with its factors most:";
    else v.pointed = own ? "None of your answers agreed with this role's factors." : "None of these answers agreed with this role's factors.";
    v.steps = "Next steps toward " + nameOf(ds, role);
    return v;
}

std::string fitOf(const Dataset& ds, const QuizResult& r, int role) {
    return nameOf(ds, role) + " (" + percent(static_cast<size_t>(role) < r.fits.size() ? r.fits[role] : 0.0) + ")";
}

}  // namespace

Verdict verdict(const Dataset& ds, const QuizResult& r, const std::vector<Flip>* flips, Voice voice) {
    const bool own = voice == Voice::Own;
    const std::string you = own ? " you" : "";
    Verdict v;
    v.label = own ? "Your result" : "A shared result";
    if (!own) v.sharedNote = "Someone else's answers. Yours are kept as they were; taking the quiz starts from them.";
    if (!ds.quiz.present() || ds.roles.empty()) {
        v.kind = VerdictKind::NoQuiz;
        v.sentence = "This data has no quiz.";
        return v;
    }
    for (int role : r.ranking)
        if (validRole(ds, role)) v.roles.push_back(roleLines(ds, r, role, voice));
    const std::string fitAt = percent(ds.quiz.fitAt);
    v.method = "Each role's fit is how far the answers agree with that role's own factors (Strongly agree counts "
               "100%, Neutral 50%, Strongly disagree 0%; a choice counts 100% for the role it points to). The fits "
               "are worked out separately, so they need not add up to 100%. A role fits from " + fitAt + ".";

    const std::string answers = std::to_string(r.answered) + " of " + count(r.total, "answer", "answers");
    if (!r.complete) {
        v.kind = VerdictKind::NotReady;
        v.headline = "Not enough answers yet";
        const std::string have = own ? "You have answered " : "This result has ";
        v.sentence = have + std::to_string(r.answered) + " of " + count(r.total, "question", "questions") +
                     (own ? "" : " answered") + ". A result needs at least " +
                     std::to_string(std::max(1, ds.quiz.minAnswers)) + ", including one about each role" +
                     (own ? "; you can skip the rest." : ".");
        return v;
    }
    const int first = r.ranking.empty() ? r.top : r.ranking[0];
    const int second = r.ranking.size() > 1 ? r.ranking[1] : -1;
    if (r.neither) {
        v.kind = VerdictKind::Neither;
        v.headline = ds.roles.size() == 2 ? "Neither role stands out" : "No role stands out";
        std::string fits;
        for (size_t k = 0; k < r.ranking.size(); ++k)
            fits += (k == 0 ? "" : k + 1 == r.ranking.size() ? " and " : ", ") + fitOf(ds, r, r.ranking[k]);
        v.sentence = (own ? "Your answers agree" : "These answers agree") +
                     std::string(" little with either role's factors: ") + fits + ", and a role fits from " + fitAt +
                     ". Compare the roles side by side and read the FAQ" + (own ? " to see what draws you." : ".");
        if (ds.roles.size() > 2) v.sentence.replace(v.sentence.find("either role's"), 13, "any role's");
    } else if (r.closeCall && second >= 0) {
        v.kind = VerdictKind::CloseCall;
        v.headline = ds.roles.size() == 2 ? "Both roles fit" + you
                                          : nameOf(ds, first) + " and " + nameOf(ds, second) + " fit" + you + " about equally";
        const long within = std::max(1L, static_cast<long>(std::ceil(r.gap)));
        v.sentence = fitOf(ds, r, first) + " and " + fitOf(ds, r, second) + " both reach " + fitAt + " and are within " +
                     count(within, "point", "points") + " of each other, based on " + answers +
                     ". Weigh the differences that matter most, and see which answers would tip it below.";
        v.stepsNote = shortNameOf(ds, outcomeRole(r)) +
                      " is slightly ahead, so these are its steps; the Compare view shows the other path.";
    } else {
        // Recommended; also a close call with a single role, which has nothing to be close to.
        v.kind = VerdictKind::Recommended;
        const int best = r.recommended >= 0 ? r.recommended : first;
        v.headline = nameOf(ds, best) + " fits" + you + " best";
        v.sentence = "A fit of " + percent(r.fits[best]);
        if (second >= 0) v.sentence += ", " + count(std::lround(r.gap), "point", "points") + " above " + fitOf(ds, r, second);
        v.sentence += ", based on " + answers + ".";
        if (second >= 0 && r.fits[second] >= ds.quiz.fitAt)
            v.sentence += " " + nameOf(ds, second) + " fits" + you + " too.";
    }
    if (flips && flips->empty()) v.flipsNote = "No single answer would change this result.";
    return v;
}

const VerdictRole* verdictRole(const Verdict& v, int role) {
    for (const VerdictRole& r : v.roles)
        if (r.role == role) return &r;
    return nullptr;
}

std::string flipOutcome(const Dataset& ds, const Flip& f) {
    switch (f.to) {
        case Outcome::Clear: return nameOf(ds, f.toRole);
        case Outcome::CloseCall: return ds.roles.size() == 2 ? "a close call between both roles" : "a close call";
        case Outcome::Neither: return ds.roles.size() == 2 ? "neither role standing out" : "no role standing out";
        case Outcome::TooFew: break;
    }
    return "not enough answers";
}

}  // namespace rc
