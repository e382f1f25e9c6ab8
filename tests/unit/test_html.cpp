// The plain-HTML renderings (fallback page, accessible mirror). Custom data
// reaches innerHTML through them, so every text must be escaped.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "core/embedded.h"
#include "core/html.h"
#include "core/loader.h"
#include "core/quiz.h"

namespace {
rc::Dataset shipped() {
    return rc::loadDataset(rc::findEmbedded(rc::assets::files(), "roles/ml-vs-swe.json")).data;
}
size_t count(const std::string& s, const std::string& what) {
    size_t n = 0;
    for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
    return n;
}
}  // namespace

TEST_CASE("html: escaping", "[html]") {
    CHECK(rc::htmlEscape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;");
    CHECK(rc::htmlEscape("") == "");
    CHECK(rc::htmlEscape("plain") == "plain");
}

TEST_CASE("html: the fallback holds the whole dataset", "[html]") {
    rc::Dataset ds = shipped();
    std::string h = rc::renderFallbackHtml(ds);
    for (const rc::FaqItem& f : ds.faq) CHECK(h.find(rc::htmlEscape(f.question)) != std::string::npos);
    for (const rc::Dimension& d : ds.dimensions) CHECK(h.find(rc::htmlEscape(d.title)) != std::string::npos);
    for (const rc::Source& s : ds.meta.sources) CHECK(h.find(rc::htmlEscape(s.url)) != std::string::npos);
    for (const rc::MlType& t : ds.basics.types) CHECK(h.find(rc::htmlEscape(t.name)) != std::string::npos);
    CHECK(count(h, "<th scope=\"row\">") == ds.dimensions.size());
    CHECK(count(h, "<table>") == 1);
    CHECK(h.find("<script") == std::string::npos);
}

TEST_CASE("html: hostile text in custom data is escaped in fallback and mirror", "[html]") {
    rc::Dataset ds = shipped();
    ds.faq[0].question = "<img src=x onerror=alert(1)>";
    ds.dimensions[0].title = "</table><script>alert(2)</script>";
    ds.quiz.questions[0].prompt = "\"><svg onload=alert(3)>";
    std::string fallback = rc::renderFallbackHtml(ds);
    CHECK(fallback.find("<img src=x") == std::string::npos);
    CHECK(fallback.find("<script>") == std::string::npos);
    CHECK(fallback.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
    rc::Answers answers(ds.quiz.questions.size(), rc::kSkipped);
    rc::QuizResult r = rc::score(ds, answers);
    rc::MirrorState st;
    st.answers = &answers;
    st.result = &r;
    for (int i = 0; i < rc::kViewCount; ++i) {  // every view in the view table
        st.view = static_cast<rc::View>(i);
        std::string m = rc::renderMirrorHtml(ds, st);
        INFO(rc::viewId(st.view));
        CHECK(m.find("<h2>") != std::string::npos);
        CHECK(m.find("<script>") == std::string::npos);
        CHECK(m.find("<svg") == std::string::npos);
        CHECK(m.find("<img") == std::string::npos);
    }
}

TEST_CASE("html: the mirror shows the current question as a radio group and the result live", "[html]") {
    rc::Dataset ds = shipped();
    rc::Answers answers(ds.quiz.questions.size(), 0);
    answers[2] = 1;
    rc::QuizResult r = rc::score(ds, answers);
    std::vector<rc::Flip> flips = rc::flipAnalysis(ds, answers);
    rc::MirrorState st;
    st.view = rc::View::Quiz;
    st.answers = &answers;
    st.current = 2;
    st.result = &r;
    st.flips = &flips;
    std::string m = rc::renderMirrorHtml(ds, st);
    CHECK(m.find("<legend>" + rc::htmlEscape(ds.quiz.questions[2].prompt) + "</legend>") != std::string::npos);
    CHECK(count(m, "type=\"radio\"") == ds.quiz.questions[2].options.size());
    CHECK(m.find("data-rc-action=\"answer:2:1\" checked") != std::string::npos);
    CHECK(m.find("Question 3 of " + std::to_string(ds.quiz.questions.size())) != std::string::npos);
    st.view = rc::View::Result;
    m = rc::renderMirrorHtml(ds, st);
    // Strongly disagree with every statement (Disagree to the third) and the
    // first option of each choice: ML agrees with none of its factors (1/36),
    // SWE half (the three choices point to it, its statements are disagreed
    // with: 3/6 = 50%), so neither reaches 60%.
    REQUIRE(r.complete);
    REQUIRE(r.outcome == rc::Outcome::Neither);
    CHECK(m.find("aria-live=\"polite\"") != std::string::npos);
    CHECK(m.find("<strong>Neither role stands out.</strong>") != std::string::npos);
    CHECK(m.find("Software Engineer: 50% fit") != std::string::npos);
    CHECK(m.find("Machine Learning Engineer: 3% fit") != std::string::npos);
}
