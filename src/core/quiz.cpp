// Quiz scoring, explanation, flip analysis. See quiz.h and docs/quiz.md.
//
// [SECTION] Answers
// [SECTION] Scoring
// [SECTION] Explanation
// [SECTION] Flip analysis
// [SECTION] Next steps and crossover
#include "core/quiz.h"

#include <algorithm>

namespace rc {

//-----------------------------------------------------------------------------
// [SECTION] Answers
//-----------------------------------------------------------------------------

int answerAt(const Dataset& ds, const Answers& answers, int q) {
    const auto& qs = ds.quiz.questions;
    if (q < 0 || static_cast<size_t>(q) >= qs.size() || static_cast<size_t>(q) >= answers.size())
        return kSkipped;
    int a = answers[q];
    if (a < 0 || static_cast<size_t>(a) >= qs[q].options.size()) return kSkipped;
    return a;
}

int firstOpenQuestion(const Dataset& ds, const Answers& answers) {
    const int n = static_cast<int>(ds.quiz.questions.size());
    int q = 0;
    while (q < n - 1 && answerAt(ds, answers, q) >= 0) ++q;
    return q;
}

bool isValidAnswers(const Dataset& ds, const Answers& answers) {
    const auto& qs = ds.quiz.questions;
    if (answers.size() != qs.size()) return false;
    for (size_t q = 0; q < qs.size(); ++q) {
        int a = answers[q];
        if (a < kSkipped || (a >= 0 && static_cast<size_t>(a) >= qs[q].options.size())) return false;
    }
    return true;
}

namespace {

// Weight of option o of question q for role r; 0 when the model is short of weights
// (the loader guarantees one per role, hand-built data may not).
double weight(const Question& q, size_t o, size_t r) {
    const auto& w = q.options[o].weights;
    return r < w.size() ? w[r] : 0.0;
}

double minWeight(const Question& q, size_t r) {
    double m = weight(q, 0, r);
    for (size_t o = 1; o < q.options.size(); ++o) m = std::min(m, weight(q, o, r));
    return m;
}

double maxWeight(const Question& q, size_t r) {
    double m = weight(q, 0, r);
    for (size_t o = 1; o < q.options.size(); ++o) m = std::max(m, weight(q, o, r));
    return m;
}

// Sums, fits, ranking and outcome: everything but the explanation. Flip analysis
// calls this once per alternative answer.
QuizResult scoreCore(const Dataset& ds, const Answers& answers) {
    const Quiz& quiz = ds.quiz;
    const size_t nRoles = ds.roles.size();
    QuizResult res;
    res.total = static_cast<int>(quiz.questions.size());
    res.raw.assign(nRoles, 0.0);
    res.lo.assign(nRoles, 0.0);
    res.hi.assign(nRoles, 0.0);
    for (size_t q = 0; q < quiz.questions.size(); ++q) {
        int a = answerAt(ds, answers, static_cast<int>(q));
        if (a < 0) continue;
        const Question& qu = quiz.questions[q];
        ++res.answered;
        for (size_t r = 0; r < nRoles; ++r) {
            res.raw[r] += weight(qu, static_cast<size_t>(a), r);
            res.lo[r] += minWeight(qu, r);
            res.hi[r] += maxWeight(qu, r);
        }
    }
    res.fits.assign(nRoles, 50.0);
    for (size_t r = 0; r < nRoles; ++r) {
        double range = res.hi[r] - res.lo[r];
        if (range > 0) {
            double f = 100.0 * (res.raw[r] - res.lo[r]) / range;
            res.fits[r] = std::min(100.0, std::max(0.0, f));  // clamp guards rounding only
        }
    }
    res.ranking.resize(nRoles);
    for (size_t r = 0; r < nRoles; ++r) res.ranking[r] = static_cast<int>(r);
    std::stable_sort(res.ranking.begin(), res.ranking.end(),
                     [&](int a, int b) { return res.fits[a] > res.fits[b]; });
    res.top = nRoles > 0 ? res.ranking[0] : -1;
    res.gap = nRoles >= 2 ? res.fits[res.ranking[0]] - res.fits[res.ranking[1]] : 0.0;
    res.complete = nRoles > 0 && res.answered >= std::max(1, quiz.minAnswers);
    res.closeCall = res.complete && nRoles >= 2 && res.gap < quiz.closeCall;
    res.recommended = (res.complete && !res.closeCall) ? res.top : -1;
    return res;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Explanation
//-----------------------------------------------------------------------------

bool resolveBasis(const Dataset& ds, const std::string& basis, std::string& title, std::string& text) {
    if (const Item* it = ds.findItem(basis)) {
        title = it->title;
        text = it->text;
        return true;
    }
    if (const Dimension* d = ds.findDimension(basis)) {
        title = d->title;
        text.clear();
        for (size_t r = 0; r < d->entries.size(); ++r) {
            if (!text.empty()) text += '\n';
            if (r < ds.roles.size()) text += ds.roles[r].shortName.empty() ? ds.roles[r].name : ds.roles[r].shortName;
            text += ": ";
            text += d->entries[r].summary;
        }
        return true;
    }
    if (const FaqItem* f = ds.findFaq(basis)) {
        title = f->question;
        text = f->answer;
        return true;
    }
    title = basis;
    text.clear();
    return false;
}

QuizResult score(const Dataset& ds, const Answers& answers) {
    QuizResult res = scoreCore(ds, answers);
    const Quiz& quiz = ds.quiz;
    const size_t nRoles = ds.roles.size();
    res.contributions.assign(nRoles, {});
    for (size_t q = 0; q < quiz.questions.size(); ++q) {
        int a = answerAt(ds, answers, static_cast<int>(q));
        if (a < 0) continue;
        const Question& qu = quiz.questions[q];
        std::string title, text;
        resolveBasis(ds, qu.basis, title, text);
        AnswerLean lean;
        lean.question = static_cast<int>(q);
        lean.fitPoints.assign(nRoles, 0.0);
        for (size_t r = 0; r < nRoles; ++r) {
            Contribution c;
            c.question = static_cast<int>(q);
            c.option = a;
            c.points = weight(qu, static_cast<size_t>(a), r) - minWeight(qu, r);
            double range = res.hi[r] - res.lo[r];
            c.fitPoints = range > 0 ? 100.0 * c.points / range : 0.0;
            lean.fitPoints[r] = c.fitPoints;
            if (c.points > 0) {
                c.basis = qu.basis;
                c.basisTitle = title;
                c.basisText = text;
                res.contributions[r].push_back(std::move(c));
            }
        }
        if (nRoles >= 2) lean.lean = lean.fitPoints[0] - lean.fitPoints[1];
        res.leans.push_back(std::move(lean));
    }
    for (auto& list : res.contributions)
        std::stable_sort(list.begin(), list.end(),
                         [](const Contribution& a, const Contribution& b) { return a.points > b.points; });
    return res;
}

//-----------------------------------------------------------------------------
// [SECTION] Flip analysis
//-----------------------------------------------------------------------------

bool sameOutcome(const QuizResult& a, const QuizResult& b) {
    return a.complete == b.complete && a.recommended == b.recommended && a.closeCall == b.closeCall;
}

std::vector<Flip> flipAnalysis(const Dataset& ds, const Answers& answers) {
    std::vector<Flip> flips;
    const QuizResult base = scoreCore(ds, answers);
    if (!base.complete) return flips;
    // Work on a normalised copy so malformed entries read as skipped.
    Answers work(ds.quiz.questions.size(), kSkipped);
    for (size_t q = 0; q < work.size(); ++q) work[q] = answerAt(ds, answers, static_cast<int>(q));
    for (size_t q = 0; q < work.size(); ++q) {
        const int current = work[q];
        if (current < 0) continue;
        const int nOpt = static_cast<int>(ds.quiz.questions[q].options.size());
        // Alternatives in option order, then "skip" (-1) last.
        for (int k = 0; k <= nOpt; ++k) {
            const int alt = k < nOpt ? k : kSkipped;
            if (alt == current) continue;
            work[q] = alt;
            QuizResult r = scoreCore(ds, work);
            if (r.complete && !sameOutcome(base, r)) {
                Flip f;
                f.question = static_cast<int>(q);
                f.fromOption = current;
                f.option = alt;
                f.toRole = r.recommended;
                f.toCloseCall = r.closeCall;
                f.fits = r.fits;
                flips.push_back(std::move(f));
            }
        }
        work[q] = current;
    }
    return flips;
}

//-----------------------------------------------------------------------------
// [SECTION] Next steps and crossover
//-----------------------------------------------------------------------------

std::vector<NextStep> nextSteps(const Dataset& ds, int role) {
    if (role < 0 || static_cast<size_t>(role) >= ds.quiz.nextSteps.size()) return {};
    return ds.quiz.nextSteps[role];
}

int outcomeRole(const QuizResult& result) {
    if (result.recommended >= 0) return result.recommended;
    if (result.closeCall) return result.top;
    return -1;
}

const FaqItem* crossover(const Dataset& ds, const Answers& answers, const QuizResult& result) {
    const Quiz& quiz = ds.quiz;
    if (quiz.crossoverRole.empty()) return nullptr;
    int role = outcomeRole(result);
    if (role < 0 || role != ds.roleIndex(quiz.crossoverRole)) return nullptr;
    int q = -1;
    for (size_t i = 0; i < quiz.questions.size(); ++i)
        if (quiz.questions[i].id == quiz.crossoverQuestion) q = static_cast<int>(i);
    if (q < 0) return nullptr;
    int a = answerAt(ds, answers, q);
    if (a < 0) return nullptr;
    if (std::find(quiz.crossoverOptions.begin(), quiz.crossoverOptions.end(), a) == quiz.crossoverOptions.end())
        return nullptr;
    return ds.findFaq(quiz.crossoverFaq);
}

}  // namespace rc
