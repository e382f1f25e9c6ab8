// The shipped dataset's quiz end to end: loader -> scoring -> share token.
#include <catch2/catch.hpp>

#include "core/embedded.h"
#include "core/loader.h"
#include "core/quiz.h"
#include "core/share.h"

namespace {
const rc::Dataset& shipped() {
    static rc::Dataset ds = rc::loadDataset(rc::findEmbedded(rc::assets::files(), "roles/ml-vs-swe.json")).data;
    return ds;
}
// For each question, the option with the largest weight gap toward `role`.
rc::Answers leaning(const rc::Dataset& ds, int role) {
    rc::Answers a;
    for (const rc::Question& q : ds.quiz.questions) {
        int best = 0;
        double bestGap = -1e9;
        for (size_t o = 0; o < q.options.size(); ++o) {
            double gap = q.options[o].weights[role] - q.options[o].weights[1 - role];
            if (gap > bestGap) { bestGap = gap; best = static_cast<int>(o); }
        }
        a.push_back(best);
    }
    return a;
}
}  // namespace

TEST_CASE("shipped quiz: the embedded dataset has a 10-14 question quiz", "[shipped]") {
    const rc::Dataset& ds = shipped();
    REQUIRE(ds.roles.size() == 2);
    CHECK(ds.quiz.questions.size() >= 10);
    CHECK(ds.quiz.questions.size() <= 14);
    CHECK(ds.quiz.minAnswers >= 1);
}

TEST_CASE("shipped quiz: leaning answers recommend the leaned-to role, through a share token", "[shipped]") {
    const rc::Dataset& ds = shipped();
    for (int role = 0; role < 2; ++role) {
        rc::Answers answers = leaning(ds, role);
        rc::DecodeResult back = rc::decodeToken(ds, rc::encodeToken(ds, answers));
        REQUIRE(back.ok);
        CHECK(back.answers == answers);
        rc::QuizResult r = rc::score(ds, back.answers);
        CHECK(r.complete);
        CHECK(r.recommended == role);
        CHECK(r.fits[role] > r.fits[1 - role]);
    }
}

TEST_CASE("shipped quiz: an ML lean with a software background shows the crossover FAQ", "[shipped]") {
    const rc::Dataset& ds = shipped();
    rc::Answers answers = leaning(ds, ds.roleIndex(ds.quiz.crossoverRole));
    int q = -1;
    for (size_t i = 0; i < ds.quiz.questions.size(); ++i)
        if (ds.quiz.questions[i].id == ds.quiz.crossoverQuestion) q = static_cast<int>(i);
    REQUIRE(q >= 0);
    REQUIRE_FALSE(ds.quiz.crossoverOptions.empty());
    answers[q] = ds.quiz.crossoverOptions[0];
    const rc::FaqItem* faq = rc::crossover(ds, answers, rc::score(ds, answers));
    REQUIRE(faq != nullptr);
    CHECK(faq->id == ds.quiz.crossoverFaq);
}
