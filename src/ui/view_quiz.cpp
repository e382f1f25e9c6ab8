// The Quiz view: one question per screen (a focused card), progress bar and
// clickable progress dots, large option tiles, Back / Skip / Next, a live
// preview of the fits, and keys: 1-5 answer, Left/Right move.
// Views only write ctx.quiz.answers and ctx.quiz.current; App rescores.
//
// [SECTION] Actions and keys
// [SECTION] Pieces
// [SECTION] View
#include <imgui.h>
#include <imgui_internal.h>  // ImGuiItemFlags_NoTabStop (public from ImGui 1.91)

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "layout.h"
#include "theme.h"
#include "views.h"

namespace rc::ui {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Actions and keys
//-----------------------------------------------------------------------------

int questionCount(const Context& ctx) { return static_cast<int>(ctx.data->quiz.questions.size()); }

// Answers question `q` with option `opt` (kSkipped: skips it) and moves on,
// except after the last. Returns the question shown next.
int choose(Context& ctx, int q, int opt) {
    const int next = std::min(q + 1, questionCount(ctx) - 1);
    ctx.push(Answer{q, opt});
    ctx.push(ShowQuestion{next});
    return next;
}

int moveTo(Context& ctx, int q) {
    ctx.push(ShowQuestion{q});
    return q;
}

// Number keys answer; Left/Right move. *q becomes the question to draw this
// frame (App applies the move after it). Returns true when the keyboard moved
// the quiz while the focus ring is showing, so the new question's option can
// take the focus.
bool handleKeys(Context& ctx, int* qp) {
    if (!shortcutKeysFree()) return false;
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl || io.KeyAlt || io.KeySuper) return false;
    const int q = *qp;
    const Question& question = ctx.data->quiz.questions[q];
    const int opts = std::min(static_cast<int>(question.options.size()), 9);
    for (int k = 0; k < opts; ++k) {
        if (ImGui::IsKeyPressed(static_cast<ImGuiKey>(ImGuiKey_1 + k), false) ||
            ImGui::IsKeyPressed(static_cast<ImGuiKey>(ImGuiKey_Keypad1 + k), false)) {
            *qp = choose(ctx, q, k);
            return io.NavVisible;
        }
    }
    // While the keyboard is in the header's navigation, arrows belong to it.
    if (io.NavVisible && !ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows)) return false;
    if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow, false) && q > 0) {
        *qp = moveTo(ctx, q - 1);
        return io.NavVisible;
    }
    if (ImGui::IsKeyPressed(ImGuiKey_RightArrow, false) && q + 1 < questionCount(ctx)) {
        *qp = moveTo(ctx, q + 1);
        return io.NavVisible;
    }
    return false;
}

//-----------------------------------------------------------------------------
// [SECTION] Pieces
//-----------------------------------------------------------------------------

void progressHeader(Context& ctx, int q, float width) {
    const QuizResult& r = ctx.quiz.result;
    const int n = questionCount(ctx);
    char left[48], right[48];
    std::snprintf(left, sizeof left, "Question %d of %d", q + 1, n);
    std::snprintf(right, sizeof right, "%d of %d answered", r.answered, n);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImFont* lf = ctx.fonts.bodyBold;
    ImFont* rf = ctx.fonts.small;
    const float rw = rf->CalcTextSizeA(rf->FontSize, FLT_MAX, 0, right).x;
    dl->AddText(lf, lf->FontSize, p, ctx.pal.text, left);
    dl->AddText(rf, rf->FontSize, ImVec2(p.x + width - rw, p.y + (lf->FontSize - rf->FontSize) * 0.7f), ctx.pal.muted, right);
    ImGui::Dummy(ImVec2(width, lf->FontSize));
    pullUp(ctx, 3);
    bar(ctx, n ? static_cast<float>(r.answered) / static_cast<float>(n) : 0.0f, ctx.pal.accent, 6, width);
}

// One dot per question: filled = answered, ring = not answered, outer ring =
// the question on screen. Click to jump.
void progressDots(Context& ctx, int q, float width) {
    const int n = questionCount(ctx);
    // One line of dots when they fit at 20+ px each, else wrap at 26 px.
    const float fitW = std::floor(width / static_cast<float>(std::max(n, 1)));
    const float cellW = fitW >= ctx.px(20) ? std::min(fitW, ctx.px(26)) : ctx.px(26), cellH = ctx.px(26);
    const int perLine = std::max(1, static_cast<int>(width / cellW));
    const ImVec2 o = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // Tab goes straight to the options; arrows and the mouse still reach the dots.
    ImGui::PushItemFlag(ImGuiItemFlags_NoTabStop, true);
    for (int i = 0; i < n; ++i) {
        ImGui::SetCursorScreenPos(ImVec2(o.x + static_cast<float>(i % perLine) * cellW,
                                         o.y + static_cast<float>(i / perLine) * cellH));
        char id[24];
        std::snprintf(id, sizeof id, "##dot%d", i);
        if (ImGui::InvisibleButton(id, ImVec2(cellW, cellH))) moveTo(ctx, i);
        ctx.mark("quiz:dot:" + std::to_string(i));
        const bool hovered = ImGui::IsItemHovered();
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        const ImVec2 c((a.x + b.x) / 2, (a.y + b.y) / 2);
        const bool answered = answerAt(*ctx.data, ctx.quiz.answers, i) >= 0;
        const float r = ctx.px(5);
        if (i == q) dl->AddCircle(c, ctx.px(9), ctx.pal.accent, 0, ctx.px(2));
        if (answered) dl->AddCircleFilled(c, r, hovered ? mix(ctx.pal.accent, ctx.pal.text, 0.2f) : ctx.pal.accent);
        else dl->AddCircle(c, r - ctx.px(0.5f), hovered ? ctx.pal.accent : mix(ctx.pal.border, ctx.pal.muted, 0.6f), 0,
                           ctx.px(1.5f));
        focusRing(ctx, cellW / 2);
        if (hovered) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            const Question& qq = ctx.data->quiz.questions[i];
            const int a2 = answerAt(*ctx.data, ctx.quiz.answers, i);
            ImGui::BeginTooltip();
            tipText(ctx, "Question " + std::to_string(i + 1), 300, ctx.fonts.bodyBold);
            tipText(ctx, qq.prompt, 300);
            tipText(ctx, a2 >= 0 ? "Your answer: " + qq.options[a2].label : "Not answered yet", 300, nullptr, ctx.pal.muted);
            ImGui::EndTooltip();
        }
    }
    ImGui::PopItemFlag();
    const int lines = (n + perLine - 1) / perLine;
    ImGui::SetCursorScreenPos(o);
    ImGui::Dummy(ImVec2(width, static_cast<float>(lines) * cellH));
}

void questionCard(Context& ctx, int q, float width, bool focusOption) {
    const Question& question = ctx.data->quiz.questions[q];
    const int chosen = answerAt(*ctx.data, ctx.quiz.answers, q);
    Card card(ctx, width);
    const float w = card.inner;
    const bool scale = question.kind == QuestionKind::Scale;
    textBlock(ctx, scale ? "How much do you agree?" : "Choose one", w, ctx.fonts.small, ctx.pal.muted);
    pullUp(ctx, 6);
    textBlock(ctx, question.prompt, w, ctx.fonts.heading);
    // Why we ask: the factor a scale question asks about (its text on hover),
    // else the article part behind the question.
    std::string title, text, why;
    const FactorRef factor = findFactor(*ctx.data, question.factor);
    if (scale && factor.item && factor.role >= 0) {
        title = factor.item->title;
        text = factor.item->text;
        why = "Why we ask: " + title + ", a factor that points to " + ctx.data->roles[factor.role].name;
    } else if (!question.basis.empty() && resolveBasis(*ctx.data, question.basis, title, text)) {
        why = "Why we ask: " + title;
    }
    if (!why.empty()) {
        pullUp(ctx, 4);
        textBlock(ctx, why, w, ctx.fonts.small, ctx.pal.muted);
        if (!text.empty() && ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            tipText(ctx, text, 340);
            ImGui::EndTooltip();
        }
    }
    gap(ctx, 4);

    const int n = static_cast<int>(question.options.size());
    const float tileGap = ctx.px(10);
    const bool row = scale && n > 0 && (w - tileGap * static_cast<float>(n - 1)) / static_cast<float>(n) >= ctx.px(104);
    const TileStyle style = row ? TileStyle::Stacked : TileStyle::Inline;
    const float tileW = row ? std::floor((w - tileGap * static_cast<float>(n - 1)) / static_cast<float>(n)) : w;
    float tileH = 0;
    if (row)
        for (const Option& o : question.options) tileH = std::max(tileH, tileHeight(ctx, o.label, tileW, style));
    const int focusTarget = chosen >= 0 ? chosen : 0;
    for (int i = 0; i < n; ++i) {
        if (row && i > 0) ImGui::SameLine(0, tileGap);
        const float h = row ? tileH : tileHeight(ctx, question.options[i].label, tileW, style);
        if (focusOption && i == focusTarget) ImGui::SetKeyboardFocusHere();
        char id[24];
        std::snprintf(id, sizeof id, "##option%d", i);
        if (tile(ctx, id, question.options[i].label, i + 1, tileW, h, chosen == i, style)) choose(ctx, q, i);
        ctx.mark("quiz:option:" + std::to_string(i));
        if (!row && i + 1 < n) pullUp(ctx, 2);
    }
    card.end();
}

void navRow(Context& ctx, int q, float width) {
    const int n = questionCount(ctx);
    const QuizResult& r = ctx.quiz.result;
    const bool last = q == n - 1;
    const char* back = "\xE2\x86\x90  Back";
    const char* skipL = "Skip";
    const char* next = last ? "See result" : "Next  \xE2\x86\x92";
    const float gapX = ctx.px(10);
    float wb = buttonWidth(ctx, back), ws = buttonWidth(ctx, skipL), wn = std::max(buttonWidth(ctx, next), ctx.px(112));
    const ImVec2 o = ImGui::GetCursorScreenPos();
    float xb = o.x, xs, xn;
    if (wb + ws + wn + 2 * gapX + ctx.px(24) <= width) {  // Back on the left, Skip and Next on the right
        xn = o.x + width - wn;
        xs = xn - gapX - ws;
    } else {  // equal thirds
        wb = ws = wn = std::floor((width - 2 * gapX) / 3);
        xs = o.x + wb + gapX;
        xn = xs + ws + gapX;
    }
    float bottom = o.y;
    ImGui::SetCursorScreenPos(ImVec2(xb, o.y));
    if (button(ctx, "##back", back, wb, ButtonKind::Secondary, q > 0)) moveTo(ctx, q - 1);
    ctx.mark("quiz:back");
    bottom = std::max(bottom, ImGui::GetItemRectMax().y);
    ImGui::SetCursorScreenPos(ImVec2(xs, o.y));
    if (button(ctx, "##skip", skipL, ws, ButtonKind::Quiet)) choose(ctx, q, kSkipped);
    ctx.mark("quiz:skip");
    bottom = std::max(bottom, ImGui::GetItemRectMax().y);
    ImGui::SetCursorScreenPos(ImVec2(xn, o.y));
    if (last) {
        if (button(ctx, "##result", next, wn, ButtonKind::Primary, r.complete)) ctx.go(View::Result);
        ctx.mark("quiz:result");
    } else {
        if (button(ctx, "##next", next, wn, ButtonKind::Primary)) moveTo(ctx, q + 1);
        ctx.mark("quiz:next");
    }
    bottom = std::max(bottom, ImGui::GetItemRectMax().y);
    ImGui::SetCursorScreenPos(ImVec2(o.x, bottom));
    ImGui::Dummy(ImVec2(width, 0));
    if (last && !r.complete) {
        const int need = std::max(1, ctx.data->quiz.minAnswers);
        char buf[96];
        std::snprintf(buf, sizeof buf, "Answer at least %d questions for a result (%d more to go).", need, need - r.answered);
        textBlock(ctx, buf, width, ctx.fonts.small, ctx.pal.muted);
    } else if (!ctx.narrow()) {
        const int opts = static_cast<int>(ctx.data->quiz.questions[q].options.size());
        char buf[96];
        std::snprintf(buf, sizeof buf, "Keys: 1\xE2\x80\x93%d answer,  \xE2\x86\x90 \xE2\x86\x92 move between questions.", opts);
        textBlock(ctx, buf, width, ctx.fonts.small, ctx.pal.muted);
    }
}

void livePreview(Context& ctx, int q, float width) {
    const QuizResult& r = ctx.quiz.result;
    const int n = questionCount(ctx);
    Card card(ctx, width, 0, ctx.pal.surface);
    const float w = card.inner;
    textBlock(ctx, r.complete ? "Your fit so far" : "Live preview", w, ctx.fonts.bodyBold);
    pullUp(ctx, 6);
    const int need = std::max(1, ctx.data->quiz.minAnswers) - r.answered;
    std::string sub;
    if (r.complete) sub = "Enough answers for a result. Every further answer refines it.";
    else if (r.answered == 0) sub = "Answer " + std::to_string(need) + " questions for a result; the bars move as you go.";
    else sub = "Answer " + std::to_string(need) + " more for a result.";
    textBlock(ctx, sub, w, ctx.fonts.small, ctx.pal.muted);
    gap(ctx, 2);
    std::vector<int> order;
    for (size_t i = 0; i < ctx.data->roles.size(); ++i) order.push_back(static_cast<int>(i));
    fitBars(ctx, r.fits, order, w, !r.complete, 8);
    if (r.complete && q != n - 1) {  // on the last question the nav row has this button
        gap(ctx, 4);
        if (button(ctx, "##previewresult", "See result", w, ButtonKind::Primary)) ctx.go(View::Result);
        ctx.mark("quiz:result");
    }
    card.end();
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] View
//-----------------------------------------------------------------------------

void drawQuiz(Context& ctx) {
    const Dataset& d = *ctx.data;
    if (!d.quiz.present()) {
        const float w = columnWidth(ctx, 760);
        Card c(ctx, w);
        textBlock(ctx, "This data set has no quiz", c.inner, ctx.fonts.heading);
        textBlock(ctx, "Compare the roles side by side instead.", c.inner, nullptr, ctx.pal.muted);
        if (button(ctx, "##compare", "Compare in detail", buttonWidth(ctx, "Compare in detail"), ButtonKind::Primary))
            ctx.go(View::Compare);
        ctx.mark("quiz:compare");
        c.end();
        return;
    }
    const int n = questionCount(ctx);
    int q = std::clamp(ctx.quiz.current, 0, n - 1);
    const bool focusOption = handleKeys(ctx, &q);

    // A new question brings the top of the quiz back into view when the page
    // was scrolled past it (phones: the options sit below the fold).
    int& lastQuestion = ctx.memory.quizLastQuestion;
    const float quizTop = ImGui::GetCursorPosY();
    if (q != lastQuestion && lastQuestion >= 0 && ImGui::GetScrollY() > quizTop) ImGui::SetScrollY(quizTop);
    lastQuestion = q;

    const float avail = std::floor(ImGui::GetContentRegionAvail().x);
    const float sideW = ctx.px(300), colGap = ctx.px(24);
    const bool twoCol = avail >= ctx.px(980);
    const float mainW = twoCol ? std::min(avail - sideW - colGap, ctx.px(780)) : std::min(avail, ctx.px(760));
    gap(ctx, 4);
    const ImVec2 o = ImGui::GetCursorScreenPos();
    ImGui::BeginGroup();
    progressHeader(ctx, q, mainW);
    progressDots(ctx, q, mainW);
    const float cardTop = ImGui::GetCursorScreenPos().y;  // the side column lines up with the card
    questionCard(ctx, q, mainW, focusOption);
    navRow(ctx, q, mainW);
    if (!twoCol) {
        gap(ctx, 4);
        livePreview(ctx, q, mainW);
    }
    ImGui::EndGroup();
    float bottom = ImGui::GetItemRectMax().y;
    if (twoCol) {
        ImGui::SetCursorScreenPos(ImVec2(o.x + mainW + colGap, cardTop));
        ImGui::BeginGroup();
        livePreview(ctx, q, sideW);
        ImGui::EndGroup();
        bottom = std::max(bottom, ImGui::GetItemRectMax().y);
    }
    ImGui::SetCursorScreenPos(ImVec2(o.x, bottom));
    ImGui::Dummy(ImVec2(mainW, ctx.px(12)));
}

}  // namespace rc::ui
