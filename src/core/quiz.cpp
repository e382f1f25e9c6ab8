// Quiz scoring, explanation, flip analysis. See quiz.h and docs/quiz.md.
//
// [SECTION] Answers
// [SECTION] Factors
// [SECTION] Scoring
// [SECTION] Explanation
// [SECTION] Flip analysis
// [SECTION] Next steps and crossover
#include "core/quiz.h"
#include "order.h"

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

QuestionState questionState(const Dataset& ds, const Answers& answers, int current, int q) {
    if (answerAt(ds, answers, q) >= 0) return QuestionState::Answered;
    if (q < current) return QuestionState::Skipped;
    const int n = static_cast<int>(ds.quiz.questions.size());
    for (int later = q + 1; later < n; ++later)
        if (answerAt(ds, answers, later) >= 0) return QuestionState::Skipped;
    return QuestionState::Open;
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

//-----------------------------------------------------------------------------
// [SECTION] Factors
//-----------------------------------------------------------------------------

FactorRef findFactor(const Dataset& ds, const std::string& id) {
    FactorRef ref;
    for (const ChooseGroup& g : ds.choose.groups)
        for (size_t k = 0; k < g.factors.size(); ++k)
            if (g.factors[k].id == id) {
                ref.item = &g.factors[k];
                ref.role = ds.roleIndex(g.role);
                ref.rank = static_cast<int>(k);
                return ref;
            }
    return ref;
}

std::vector<int> questionsForFactor(const Dataset& ds, const std::string& id) {
    std::vector<int> out;
    if (id.empty()) return out;
    const auto& qs = ds.quiz.questions;
    for (size_t q = 0; q < qs.size(); ++q) {
        bool asks = qs[q].kind == QuestionKind::Scale && qs[q].factor == id;
        for (const Option& o : qs[q].options) asks = asks || (qs[q].kind == QuestionKind::Choice && o.factor == id);
        if (asks) out.push_back(static_cast<int>(q));
    }
    return out;
}

double agreement(const Dataset& ds, int q, int option, int role) {
    const auto& qs = ds.quiz.questions;
    if (q < 0 || static_cast<size_t>(q) >= qs.size() || role < 0) return -1;
    const Question& qu = qs[q];
    const int n = static_cast<int>(qu.options.size());
    if (option < 0 || option >= n) return -1;
    if (qu.kind == QuestionKind::Scale) {
        if (qu.role != role || n < 2) return -1;
        return static_cast<double>(option) / (n - 1);
    }
    bool speaks = false;
    for (const Option& o : qu.options) speaks = speaks || o.role == role;
    if (!speaks) return -1;
    const int chosen = qu.options[option].role;
    return chosen == role ? 1.0 : chosen < 0 ? 0.5 : 0.0;
}

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Scoring
//-----------------------------------------------------------------------------

// Fits, ranking and outcome: everything but the explanation. Flip analysis
// calls this once per alternative answer.
QuizResult scoreCore(const Dataset& ds, const Answers& answers) {
    const Quiz& quiz = ds.quiz;
    const size_t nRoles = ds.roles.size();
    QuizResult res;
    res.total = static_cast<int>(quiz.questions.size());
    res.counted.assign(nRoles, 0);
    std::vector<double> sum(nRoles, 0.0);
    for (size_t q = 0; q < quiz.questions.size(); ++q) {
        const int a = answerAt(ds, answers, static_cast<int>(q));
        if (a < 0) continue;
        ++res.answered;
        for (size_t r = 0; r < nRoles; ++r) {
            const double s = agreement(ds, static_cast<int>(q), a, static_cast<int>(r));
            if (s < 0) continue;
            sum[r] += s;
            ++res.counted[r];
        }
    }
    res.fits.assign(nRoles, 0.0);
    for (size_t r = 0; r < nRoles; ++r)
        if (res.counted[r] > 0) res.fits[r] = std::min(100.0, std::max(0.0, 100.0 * sum[r] / res.counted[r]));
    res.ranking = stableOrder(
        nRoles, [](const void* fits, int a, int b) {
            const auto& f = *static_cast<const std::vector<double>*>(fits);
            return f[static_cast<size_t>(a)] > f[static_cast<size_t>(b)];
        },
        &res.fits);
    res.top = nRoles > 0 ? res.ranking[0] : -1;
    res.gap = nRoles >= 2 ? res.fits[res.ranking[0]] - res.fits[res.ranking[1]] : 0.0;
    bool everyRole = nRoles > 0;
    for (int n : res.counted) everyRole = everyRole && n > 0;
    res.complete = everyRole && res.answered >= std::max(1, quiz.minAnswers);
    if (!res.complete) res.outcome = Outcome::TooFew;
    else if (res.fits[res.top] < quiz.fitAt) res.outcome = Outcome::Neither;
    else if (nRoles >= 2 && res.fits[res.ranking[1]] >= quiz.fitAt && res.gap < quiz.closeCall)
        res.outcome = Outcome::CloseCall;
    else res.outcome = Outcome::Clear;
    res.closeCall = res.outcome == Outcome::CloseCall;
    res.neither = res.outcome == Outcome::Neither;
    res.recommended = res.outcome == Outcome::Clear ? res.top : -1;
    return res;
}

// What an answer that agrees with `role` says in the article's words: the
// factor it names, else the role's part of the question's basis.
void reasonText(const Dataset& ds, const Question& qu, int option, int role, Contribution& c) {
    const std::string& factor = qu.kind == QuestionKind::Scale ? qu.factor : qu.options[option].factor;
    const FactorRef f = findFactor(ds, factor);
    if (f.item && f.role == role) {
        c.factor = factor;
        c.rank = f.rank;
        c.title = f.item->title;
        c.text = f.item->text;
        return;
    }
    // Ranks after every factor of the role.
    c.rank = 0;
    for (const ChooseGroup& g : ds.choose.groups)
        if (ds.roleIndex(g.role) == role) c.rank = static_cast<int>(g.factors.size());
    if (const Dimension* d = ds.findDimension(qu.basis)) {
        c.title = d->title;
        c.text = static_cast<size_t>(role) < d->entries.size() ? d->entries[role].summary : std::string();
        return;
    }
    resolveBasis(ds, qu.basis, c.title, c.text);
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
        const int a = answerAt(ds, answers, static_cast<int>(q));
        if (a < 0) continue;
        const Question& qu = quiz.questions[q];
        AnswerLean lean;
        lean.question = static_cast<int>(q);
        lean.fitPoints.assign(nRoles, 0.0);
        lean.role = qu.kind == QuestionKind::Scale ? qu.role : qu.options[a].role;
        if (lean.role >= 0 && static_cast<size_t>(lean.role) >= nRoles) lean.role = -1;
        for (size_t r = 0; r < nRoles; ++r) {
            const double s = agreement(ds, static_cast<int>(q), a, static_cast<int>(r));
            if (s < 0) continue;
            lean.fitPoints[r] = 100.0 * s / res.counted[r];
            if (static_cast<int>(r) == lean.role) lean.stance = 2 * s - 1;
            if (s <= 0.5) continue;  // neutral or against: not a reason for r
            Contribution c;
            c.question = static_cast<int>(q);
            c.option = a;
            c.agreement = s;
            c.fitPoints = lean.fitPoints[r];
            reasonText(ds, qu, a, static_cast<int>(r), c);
            res.contributions[r].push_back(std::move(c));
        }
        res.leans.push_back(std::move(lean));
    }
    // Strongest first, then the most central factor; stable: question order last.
    // Among reasons of the same strength, a factor already given comes after the
    // others, so the first few say different things.
    for (auto& list : res.contributions) {
        auto order = [](const Contribution& a, const Contribution& b) {
            if (a.agreement != b.agreement) return a.agreement > b.agreement;
            if (a.repeat != b.repeat) return !a.repeat;
            return a.rank < b.rank;
        };
        stableSort(list, order);
        for (size_t i = 0; i < list.size(); ++i)
            for (size_t j = 0; j < i && !list[i].repeat; ++j)
                list[i].repeat = list[j].agreement == list[i].agreement && list[j].title == list[i].title;
        stableSort(list, order);
    }
    return res;
}

//-----------------------------------------------------------------------------
// [SECTION] Flip analysis
//-----------------------------------------------------------------------------

const char* outcomeName(Outcome o) {
    switch (o) {
        case Outcome::TooFew: return "too-few";
        case Outcome::Neither: return "neither";
        case Outcome::CloseCall: return "close-call";
        case Outcome::Clear: return "clear";
    }
    return "too-few";
}

bool sameOutcome(const QuizResult& a, const QuizResult& b) {
    return a.complete == b.complete && a.outcome == b.outcome && a.recommended == b.recommended;
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
                f.to = r.outcome;
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
