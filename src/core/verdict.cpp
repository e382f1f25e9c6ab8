// The quiz verdict's words. See verdict.h. The wording is the Result view's
// as it stood before this file: the other places said less, or said "Both
// roles fit you" to three roles. The words are the catalogue's "verdict.*"
// messages (assets/ui/en.json); this file picks which and fills them in.
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

std::string percent(const Catalogue& cat, double fit) {
    return formatPercent(cat.language(), static_cast<int>(std::lround(fit)));
}

double fitAtOf(const QuizResult& r, int role) { return static_cast<size_t>(role) < r.fits.size() ? r.fits[role] : 0.0; }

VerdictRole roleLines(const Dataset& ds, const QuizResult& r, int role, Voice voice, const Catalogue& cat) {
    const bool own = voice == Voice::Own;
    VerdictRole v;
    v.role = role;
    v.fit = percent(cat, fitAtOf(r, role));
    v.line = cat.text("verdict.roleLine", {{"role", nameOf(ds, role)}, {"percent", v.fit}});
    v.pointedTo = cat.text("verdict.pointedTo", {{"role", nameOf(ds, role)}});
    const bool any = static_cast<size_t>(role) < r.contributions.size() && !r.contributions[role].empty();
    if (any) v.pointed = cat.text(own ? "verdict.pointedOwn" : "verdict.pointedShared");
    else v.pointed = cat.text(own ? "verdict.pointedNoneOwn" : "verdict.pointedNoneShared");
    v.steps = cat.text("verdict.steps", {{"role", nameOf(ds, role)}});
    return v;
}

// "Machine Learning Engineer (72%)".
std::string fitOf(const Dataset& ds, const QuizResult& r, int role, const Catalogue& cat) {
    return cat.text("verdict.fitOf", {{"role", nameOf(ds, role)}, {"percent", percent(cat, fitAtOf(r, role))}});
}

}  // namespace

Verdict verdict(const Dataset& ds, const QuizResult& r, const std::vector<Flip>* flips, Voice voice, const Catalogue& cat) {
    const bool own = voice == Voice::Own;
    Verdict v;
    v.label = cat.text(own ? "verdict.labelOwn" : "verdict.labelShared");
    if (!own) v.sharedNote = cat.text("verdict.sharedNote");
    if (!ds.quiz.present() || ds.roles.empty()) {
        v.kind = VerdictKind::NoQuiz;
        v.sentence = cat.text("verdict.noQuiz");
        return v;
    }
    for (int role : r.ranking)
        if (validRole(ds, role)) v.roles.push_back(roleLines(ds, r, role, voice, cat));
    const std::string fitAt = percent(cat, ds.quiz.fitAt);
    v.method = cat.text("verdict.method", {{"fitAt", fitAt}});

    const std::string answers = cat.text("verdict.answers", {{"answered", r.answered}, {"n", r.total}});
    if (!r.complete) {
        v.kind = VerdictKind::NotReady;
        v.headline = cat.text("verdict.notReady");
        v.sentence = cat.text(own ? "verdict.notReadyOwn" : "verdict.notReadyShared",
                              {{"answered", r.answered}, {"n", r.total}, {"min", std::max(1, ds.quiz.minAnswers)}});
        return v;
    }
    const bool two = ds.roles.size() == 2;
    const int first = r.ranking.empty() ? r.top : r.ranking[0];
    const int second = r.ranking.size() > 1 ? r.ranking[1] : -1;
    if (r.neither) {
        v.kind = VerdictKind::Neither;
        v.headline = cat.text(two ? "verdict.neitherTwo" : "verdict.neitherMany");
        // "A (12%), B (20%) and C (31%)".
        std::string fits;
        for (size_t k = 0; k < r.ranking.size(); ++k) {
            const std::string next = fitOf(ds, r, r.ranking[k], cat);
            fits = k == 0 ? next
                          : cat.text(k + 1 == r.ranking.size() ? "verdict.listLast" : "verdict.listNext",
                                     {{"list", fits}, {"next", next}});
        }
        v.sentence = cat.text(own ? (two ? "verdict.neitherOwnTwo" : "verdict.neitherOwnMany")
                                  : (two ? "verdict.neitherSharedTwo" : "verdict.neitherSharedMany"),
                              {{"fits", fits}, {"fitAt", fitAt}});
    } else if (r.closeCall && second >= 0) {
        v.kind = VerdictKind::CloseCall;
        v.headline = cat.text(two ? (own ? "verdict.closeTwoOwn" : "verdict.closeTwoShared")
                                  : (own ? "verdict.closeManyOwn" : "verdict.closeManyShared"),
                              {{"first", nameOf(ds, first)}, {"second", nameOf(ds, second)}});
        const long within = std::max(1L, static_cast<long>(std::ceil(r.gap)));
        v.sentence = cat.text("verdict.closeSentence", {{"first", fitOf(ds, r, first, cat)},
                                                        {"second", fitOf(ds, r, second, cat)},
                                                        {"fitAt", fitAt},
                                                        {"n", within},
                                                        {"answers", answers}});
        v.stepsNote = cat.text("verdict.closeSteps", {{"role", shortNameOf(ds, outcomeRole(r))}});
    } else {
        // Recommended; also a close call with a single role, which has nothing to be close to.
        v.kind = VerdictKind::Recommended;
        const int best = r.recommended >= 0 ? r.recommended : first;
        v.headline = cat.text(own ? "verdict.bestOwn" : "verdict.bestShared", {{"role", nameOf(ds, best)}});
        if (second >= 0)
            v.sentence = cat.text("verdict.bestAbove", {{"percent", percent(cat, r.fits[best])},
                                                        {"n", std::lround(r.gap)},
                                                        {"other", fitOf(ds, r, second, cat)},
                                                        {"answers", answers}});
        else v.sentence = cat.text("verdict.bestAlone", {{"percent", percent(cat, r.fits[best])}, {"answers", answers}});
        if (second >= 0 && r.fits[second] >= ds.quiz.fitAt)
            v.sentence += " " + cat.text(own ? "verdict.tooOwn" : "verdict.tooShared", {{"role", nameOf(ds, second)}});
    }
    if (flips && flips->empty()) v.flipsNote = cat.text("verdict.noFlips");
    return v;
}

const VerdictRole* verdictRole(const Verdict& v, int role) {
    for (const VerdictRole& r : v.roles)
        if (r.role == role) return &r;
    return nullptr;
}

std::string flipOutcome(const Dataset& ds, const Flip& f, const Catalogue& cat) {
    const bool two = ds.roles.size() == 2;
    switch (f.to) {
        case Outcome::Clear: return nameOf(ds, f.toRole);
        case Outcome::CloseCall: return cat.text(two ? "verdict.flipCloseTwo" : "verdict.flipCloseMany");
        case Outcome::Neither: return cat.text(two ? "verdict.flipNeitherTwo" : "verdict.flipNeitherMany");
        case Outcome::TooFew: break;
    }
    return cat.text("verdict.flipTooFew");
}

}  // namespace rc
