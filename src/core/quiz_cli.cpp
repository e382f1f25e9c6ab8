// Quiz result as text or JSON. See quiz_cli.h and docs/quiz.md ("quiz_cli").
//
// [SECTION] Helpers
// [SECTION] JSON
// [SECTION] Text
// [SECTION] Entry point
#include "core/quiz_cli.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

#include <nlohmann/json.hpp>

#include "json_util.h"

#include "core/share.h"
#include "core/verdict.h"

namespace rc {

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

namespace {
constexpr size_t kTextContributions = 3;  // like the UI

double round1(double x) { return std::round(x * 10.0) / 10.0; }

std::string fmt1(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", round1(x));
    return buf;
}

const std::string& roleId(const Dataset& ds, int r) {
    static const std::string none;
    return (r >= 0 && static_cast<size_t>(r) < ds.roles.size()) ? ds.roles[r].id : none;
}

std::string roleName(const Dataset& ds, int r) {
    if (r < 0 || static_cast<size_t>(r) >= ds.roles.size()) return "?";
    return ds.roles[r].name;
}

std::string optionLabel(const Question& q, int o) {
    if (o < 0) return "(skipped)";
    if (static_cast<size_t>(o) < q.options.size() && !q.options[o].label.empty()) return q.options[o].label;
    return "option " + std::to_string(o + 1);
}

// Roles whose next steps apply: the recommended one, or in a close call the top
// two; none in a preview.
std::vector<int> stepRoles(const QuizResult& r) {
    if (r.recommended >= 0) return {r.recommended};
    if (r.closeCall && r.ranking.size() >= 2) return {r.ranking[0], r.ranking[1]};
    return {};
}
}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] JSON
//-----------------------------------------------------------------------------

std::string quizResultJson(const Dataset& ds, const Answers& answers) {
    const QuizResult r = score(ds, answers);
    const auto flips = flipAnalysis(ds, answers);
    const auto& qs = ds.quiz.questions;
    Json j = Json::object();
    j["dataset"] = {{"id", ds.meta.id}, {"version", ds.meta.version}};
    j["token"] = encodeToken(ds, answers);
    j["answered"] = r.answered;
    j["total"] = r.total;
    j["minAnswers"] = ds.quiz.minAnswers;
    j["complete"] = r.complete;
    Json fits = Json::object();
    for (size_t i = 0; i < r.fits.size(); ++i) fits[ds.roles[i].id] = round1(r.fits[i]);
    j["fits"] = std::move(fits);
    Json ranking = Json::array();
    for (int i : r.ranking) ranking.push_back(roleId(ds, i));
    j["ranking"] = std::move(ranking);
    j["gap"] = round1(r.gap);
    j["recommended"] = r.recommended >= 0 ? Json(roleId(ds, r.recommended)) : Json(nullptr);
    j["closeCall"] = r.closeCall;
    j["outcome"] = outcomeName(r.outcome);
    j["fitAt"] = round1(ds.quiz.fitAt);
    Json counted = Json::object();
    for (size_t i = 0; i < r.counted.size(); ++i) counted[ds.roles[i].id] = r.counted[i];
    j["counted"] = std::move(counted);

    Json contributions = Json::object();
    for (size_t role = 0; role < r.contributions.size(); ++role) {
        Json list = Json::array();
        for (const auto& c : r.contributions[role])
            list.push_back({{"question", qs[c.question].id},
                            {"option", c.option},
                            {"points", round1(c.fitPoints)},
                            {"agreement", round1(100 * c.agreement)},
                            {"factor", c.factor.empty() ? Json(nullptr) : Json(c.factor)},
                            {"title", c.title}});
        contributions[ds.roles[role].id] = std::move(list);
    }
    j["contributions"] = std::move(contributions);

    Json leans = Json::array();
    for (const auto& l : r.leans) {
        Json pts = Json::object();
        for (size_t role = 0; role < l.fitPoints.size(); ++role) pts[ds.roles[role].id] = round1(l.fitPoints[role]);
        leans.push_back({{"question", qs[l.question].id},
                         {"points", std::move(pts)},
                         {"role", l.role >= 0 ? Json(roleId(ds, l.role)) : Json(nullptr)},
                         {"stance", round1(l.stance)}});
    }
    j["leans"] = std::move(leans);

    Json fl = Json::array();
    for (const auto& f : flips)
        fl.push_back({{"question", qs[f.question].id},
                      {"from", f.fromOption},
                      {"option", f.option >= 0 ? Json(f.option) : Json(nullptr)},
                      {"to", f.to == Outcome::Clear ? Json(roleId(ds, f.toRole)) : Json(outcomeName(f.to))}});
    j["flips"] = std::move(fl);

    Json steps = Json::array();
    for (int role : stepRoles(r))
        for (const auto& s : nextSteps(ds, role))
            steps.push_back({{"role", roleId(ds, role)}, {"kind", s.kind}, {"text", s.text}, {"sources", s.sources}});
    j["nextSteps"] = std::move(steps);
    const FaqItem* faq = crossover(ds, answers, r);
    j["crossover"] = faq ? Json(faq->id) : Json(nullptr);
    // dump() would throw (abort without exceptions) on invalid UTF-8 in hand-built data.
    return dumpJson(j);
}

//-----------------------------------------------------------------------------
// [SECTION] Text
//-----------------------------------------------------------------------------

std::string quizResultText(const Dataset& ds, const Answers& answers) {
    const QuizResult r = score(ds, answers);
    const auto flips = flipAnalysis(ds, answers);
    const auto& qs = ds.quiz.questions;
    std::ostringstream o;
    o << (ds.meta.title.empty() ? ds.meta.id : ds.meta.title) << " (" << ds.meta.id << " " << ds.meta.version
      << ")\n";
    const Verdict v = verdict(ds, r, &flips);
    o << "Answered " << r.answered << " of " << r.total << " questions.\n\nFit:\n";
    for (const VerdictRole& line : v.roles) o << "  " << line.line << "\n";
    o << "\n";
    o << "Result: " << (v.headline.empty() ? v.sentence : v.headline + ".\n  " + v.sentence) << "\n";
    // The exact numbers behind the words, for whoever runs the tool.
    if (v.kind == VerdictKind::NotReady)
        o << "  (not enough answers: the fits above are a preview)\n";
    else if (v.kind == VerdictKind::CloseCall)
        o << "  (close call - both fit: gap " << fmt1(r.gap) << " points, under " << fmt1(ds.quiz.closeCall) << ")\n";
    else if (v.kind == VerdictKind::Neither)
        o << "  (neither: no fit reaches " << fmt1(ds.quiz.fitAt) << ")\n";
    if (!v.method.empty()) o << "  " << v.method << "\n";

    for (const VerdictRole& line : v.roles) {
        const int role = line.role;
        o << "\n" << line.pointedTo << ":\n";
        if (static_cast<size_t>(role) >= r.contributions.size() || r.contributions[role].empty()) {
            o << "  " << line.pointed << "\n";
            continue;
        }
        const auto& list = r.contributions[role];
        for (size_t i = 0; i < list.size() && i < kTextContributions; ++i) {
            const auto& c = list[i];
            o << "  +" << fmt1(c.fitPoints) << "  " << qs[c.question].id << " (" << optionLabel(qs[c.question], c.option)
              << ")  - " << c.title << "\n";
        }
    }

    if (r.complete) {
        o << "\nWhat would change the result:\n";
        if (!v.flipsNote.empty()) o << "  " << v.flipsNote << "\n";
        for (const auto& f : flips) {
            const Question& q = qs[f.question];
            o << "  " << q.id << ": ";
            if (f.option < 0) o << "skipping it";
            else o << "answering \"" << optionLabel(q, f.option) << "\"";
            o << " instead of \"" << optionLabel(q, f.fromOption) << "\" -> "
              << flipOutcome(ds, f) << "\n";
        }
    }

    for (int role : stepRoles(r)) {
        auto steps = nextSteps(ds, role);
        if (steps.empty()) continue;
        const VerdictRole* line = verdictRole(v, role);
        o << "\n" << (line ? line->steps : "Next steps toward " + roleName(ds, role)) << ":\n";
        for (const auto& s : steps) o << "  [" << s.kind << "] " << s.text << "\n";
    }
    if (const FaqItem* faq = crossover(ds, answers, r)) o << "\nSee also: " << faq->question << "\n" << "  " << faq->answer << "\n";
    return o.str();
}

//-----------------------------------------------------------------------------
// [SECTION] Entry point
//-----------------------------------------------------------------------------

int runQuizResult(const Dataset& ds, const std::string& token, bool asJson, std::ostream& out, std::ostream& err) {
    DecodeResult d = decodeToken(ds, token);
    if (!d.ok) {
        err << "rolecompare: " << d.message << " (" << tokenErrorName(d.error) << ")\n";
        return 1;
    }
    if (asJson) out << quizResultJson(ds, d.answers) << "\n";
    else out << quizResultText(ds, d.answers);
    return 0;
}

}  // namespace rc
