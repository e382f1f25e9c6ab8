// The How to choose view: the article's "What career to choose" factors, one
// column per role, each factor linked to the quiz questions that ask about
// it; then how the quiz turns answers into a fit (the Result view opens this
// view scrolled there: ShowChooseMethod). The method's words are core's
// fitMethod() (core/choose.h), shared with the mirror.
//
// [SECTION] Factors
// [SECTION] Method
// [SECTION] View
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/choose.h"
#include "layout.h"
#include "views.h"

namespace rc::ui {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Factors
//-----------------------------------------------------------------------------

// "Quiz question N" for each question asking about the factor: a click shows
// that question in the quiz. Hovering shows the question and the answer.
void quizLinks(Context& ctx, const Item& factor, float width) {
    const Dataset& d = *ctx.data;
    const std::vector<int> qs = questionsForFactor(d, factor.id);
    if (qs.empty()) {
        textBlock(ctx, ctx.tr("choose.noQuestion"), width, ctx.fonts.small, ctx.pal.muted);
        return;
    }
    Flow flow(ctx, 8);
    flow.right = ImGui::GetCursorScreenPos().x + width;  // the card's edge, not the window's
    for (int q : qs) {
        const std::string label = quizQuestionLabel(q, ctx.catalogue());
        ImGui::PushID(q);
        if (smallPill(ctx, label.c_str(), false, &flow)) {
            ctx.push(ShowQuestion{q});
            ctx.go(View::Quiz);
        }
        ctx.mark("choose:quiz:" + factor.id + ":" + std::to_string(q));
        if (ImGui::IsItemHovered()) {
            const Question& qq = d.quiz.questions[q];
            const int a = answerAt(d, ctx.quiz.answers, q);
            tooltipSide(ctx);
            ImGui::BeginTooltip();
            tipText(ctx, qq.prompt, 320);
            tipText(ctx, a >= 0 ? ctx.tr("quiz.yourAnswer", {{"answer", qq.options[a].label}}) : ctx.tr("quiz.notAnswered"), 320,
                    nullptr, ctx.pal.muted);
            ImGui::EndTooltip();
        }
        ImGui::PopID();
    }
}

// One role's factors: its name in its colour, then a card per factor.
void roleColumn(Context& ctx, const ChooseGroup& g, int group, float width) {
    const int r = ctx.data->roleIndex(g.role);
    const uint32_t col = roleColor(ctx, r);
    if (r >= 0) textBlock(ctx, ctx.data->roles[r].name, width, ctx.fonts.bodyBold, col);
    Grid grid(ctx, width, 1, 16, 12);
    for (size_t k = 0; k < g.factors.size(); ++k) {
        const Item& f = g.factors[k];
        ImGui::PushID(f.id.c_str());
        const float w = grid.card(col);
        const SearchUi::Reveal* hit = revealed(ctx, Section::Choose, static_cast<int>(k), group);  // opened from a search hit
        text(ctx, f.title, highlights(hit, f.title), ctx.fonts.bodyBold, 0, w);
        pullUp(ctx, 2);
        text(ctx, f.text, highlights(hit, f.text), nullptr, 0, w);
        gap(ctx, 2);
        quizLinks(ctx, f, w);
        ImGui::PopID();
    }
    grid.end();
}

// The roles' columns side by side while each stays readable (about 340 CSS
// px), else stacked; columns are as tall as their own factors.
void factorColumns(Context& ctx, float width) {
    const std::vector<ChooseGroup>& groups = ctx.data->choose.groups;
    if (groups.empty()) return;
    const int n = static_cast<int>(groups.size());
    const float gapX = ctx.px(20), gapY = ctx.px(20);
    const int cols = ctx.narrow() ? 1 : std::clamp(static_cast<int>((width + gapX) / (ctx.px(340) + gapX)), 1, n);
    const float colW = std::floor((width - gapX * static_cast<float>(cols - 1)) / static_cast<float>(cols));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    float rowTop = origin.y, bottom = origin.y;
    for (int i = 0; i < n; ++i) {
        const int c = i % cols;
        if (c == 0 && i > 0) rowTop = bottom + gapY;
        ImGui::SetCursorScreenPos(ImVec2(startX(ctx, origin.x, width, static_cast<float>(c) * (colW + gapX), colW), rowTop));  // mirrored right to left
        ImGui::PushID(i);
        ImGui::BeginGroup();
        roleColumn(ctx, groups[i], i, colW);
        ImGui::EndGroup();
        ImGui::PopID();
        bottom = std::max(bottom, ImGui::GetItemRectMax().y);
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(width, bottom - origin.y));
}

//-----------------------------------------------------------------------------
// [SECTION] Method
//-----------------------------------------------------------------------------

void method(Context& ctx, float width) {
    const FitMethod m = fitMethod(*ctx.data, ctx.catalogue());
    if (m.scoring.empty()) return;
    gap(ctx, 6);
    sectionTitle(ctx, m.title, width);
    ctx.mark("choose:method");
    // A new ShowChooseMethod (the Result view's link): bring the title to the
    // top. ImGui scrolls on the next frame, so ask for one.
    if (ctx.memory.chooseMethodShown != ctx.state.chooseMethodAsks) {
        ctx.memory.chooseMethodShown = ctx.state.chooseMethodAsks;
        ImGui::SetScrollHereY(0.0f);
        ctx.animating = true;
    }
    const std::vector<std::string>* lists[] = {&m.scoring, &m.outcomes};
    const std::string* titles[] = {&m.scoringTitle, &m.outcomesTitle};
    cardGrid(ctx, "method", 2, gridColumns(ctx, 2, 2, 320), [&](int i) {
        subheading(ctx, *titles[i]);
        for (const std::string& s : *lists[i]) bullet(ctx, s, {}, ctx.pal.accent);
    });
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] View
//-----------------------------------------------------------------------------

void drawChoose(Context& ctx) {
    if (!ctx.data) return;
    const Dataset& d = *ctx.data;
    Page page(ctx);
    const float width = std::floor(ImGui::GetContentRegionAvail().x);
    text(ctx, ctx.tr("choose.title"), {}, ctx.fonts.heading);
    if (!d.choose.intro.empty()) {
        const SearchUi::Reveal* hit = revealed(ctx, Section::Choose, -1);
        alignEnd(ctx, std::min(width, ctx.px(760)));  // right to left: at the right
        text(ctx, d.choose.intro, highlights(hit, d.choose.intro), nullptr, ctx.pal.muted, std::min(width, ctx.px(760)));
    }
    // On a phone the method is a few screens down: a way there from the top.
    if (d.quiz.present()) {
        Flow flow(ctx);  // a run of one: at the right, right to left
        if (smallPill(ctx, ctx.tr("choose.methodTitle").c_str(), false, &flow)) ctx.push(ShowChooseMethod{});
        ctx.mark("choose:to-method");
    }
    gap(ctx, 4);
    factorColumns(ctx, width);
    method(ctx, width);
    gap(ctx, 12);
    page.end();
}

}  // namespace rc::ui
