// The Quiz view: one question per screen (a focused card), progress bar and
// clickable progress dots (answered, skipped, not yet), large option tiles,
// Back / Skip / Next, a live preview of the fits once something is answered,
// and keys: 1-5 answer, Left/Right move.
// Views only write ctx.quiz.answers and ctx.quiz.current; App rescores.
//
// The view is as tall on every question (at a given width): the question
// card, the row under it and the preview each keep the room of their tallest
// state, measured in the frame with the functions that draw them. An embed's
// iframe then keeps one height through the whole quiz, and the host page
// under it does not jump from question to question.
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
    // The arrow towards Back goes back: Left, or Right when right to left.
    const ImGuiKey backKey = ctx.rtl() ? ImGuiKey_RightArrow : ImGuiKey_LeftArrow;
    const ImGuiKey nextKey = ctx.rtl() ? ImGuiKey_LeftArrow : ImGuiKey_RightArrow;
    if (ImGui::IsKeyPressed(backKey, false) && q > 0) {
        *qp = moveTo(ctx, q - 1);
        return io.NavVisible;
    }
    if (ImGui::IsKeyPressed(nextKey, false) && q + 1 < questionCount(ctx)) {
        *qp = moveTo(ctx, q + 1);
        return io.NavVisible;
    }
    return false;
}

//-----------------------------------------------------------------------------
// [SECTION] Pieces
//-----------------------------------------------------------------------------
// Each piece that changes from question to question ends at the height of its
// tallest state (keep()), measured from the same plan it draws from.

float spacingY() { return ImGui::GetStyle().ItemSpacing.y; }

// Ends a piece that started at `top` exactly `height` px below it (never less
// than what it drew): the next item starts where it would after the tallest.
void keep(float top, float height, float width) {
    const float bottom = top + std::ceil(height);
    if (ImGui::GetCursorScreenPos().y - spacingY() >= bottom) return;  // drew that much already
    ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, bottom));
    ImGui::Dummy(ImVec2(width, 0));
}

void progressHeader(Context& ctx, int q, float width) {
    const QuizResult& r = ctx.quiz.result;
    const int n = questionCount(ctx);
    const std::string leftText = ctx.tr("quiz.progress", {{"n", q + 1}, {"total", n}});
    const std::string rightText = ctx.tr("quiz.answeredCount", {{"answered", r.answered}, {"total", n}});
    const char* left = visual(ctx, leftText.c_str());
    const char* right = visual(ctx, rightText.c_str());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImFont* lf = ctx.fonts.bodyBold;
    ImFont* rf = ctx.fonts.small;
    const float rw = rf->CalcTextSizeA(rf->FontSize, FLT_MAX, 0, right).x;
    const float lw = lf->CalcTextSizeA(lf->FontSize, FLT_MAX, 0, left).x;
    // "Question 3 of 13" at the start, the count at the end (mirrored right to left).
    dl->AddText(lf, lf->FontSize, ImVec2(startX(ctx, p.x, width, 0, lw), p.y), ctx.pal.text, left);
    dl->AddText(rf, rf->FontSize, ImVec2(startX(ctx, p.x, width, width - rw, rw), p.y + (lf->FontSize - rf->FontSize) * 0.7f),
                ctx.pal.muted, right);
    ImGui::Dummy(ImVec2(width, lf->FontSize));
    pullUp(ctx, 3);
    bar(ctx, n ? static_cast<float>(r.answered) / static_cast<float>(n) : 0.0f, ctx.pal.accent, 6, width);
}

// A progress dot's mark, centred on c: answered = filled, skipped = a dash,
// open (not reached yet) = a ring. `hot`: hovered.
void dotMark(Context& ctx, ImDrawList* dl, ImVec2 c, QuestionState s, bool hot) {
    const float r = ctx.px(5);
    const uint32_t ring = hot ? ctx.pal.accent : mix(ctx.pal.border, ctx.pal.muted, 0.6f);
    switch (s) {
        case QuestionState::Answered:
            dl->AddCircleFilled(c, r, hot ? mix(ctx.pal.accent, ctx.pal.text, 0.2f) : ctx.pal.accent);
            break;
        case QuestionState::Skipped: {
            const float h = ctx.px(1.25f);
            dl->AddRectFilled(ImVec2(c.x - r - ctx.px(1), c.y - h), ImVec2(c.x + r + ctx.px(1), c.y + h),
                              hot ? ctx.pal.accent : ctx.pal.muted, h);
            break;
        }
        case QuestionState::Open:
        default:
            dl->AddCircle(c, r - ctx.px(0.5f), ring, 0, ctx.px(1.5f));
            break;
    }
}

const char* stateKey(QuestionState s) {
    return s == QuestionState::Answered ? "quiz.answered" : s == QuestionState::Skipped ? "quiz.skipped" : "quiz.notAnswered";
}

// What the dots mean, on a line under them (wrapping when narrow): a finger
// has no tooltip to ask.
void dotLegend(Context& ctx, float width) {
    ImFont* f = ctx.fonts.small;
    const struct { QuestionState s; std::string label; } items[] = {{QuestionState::Answered, ctx.tr(stateKey(QuestionState::Answered))},
                                                                    {QuestionState::Skipped, ctx.tr(stateKey(QuestionState::Skipped))},
                                                                    {QuestionState::Open, ctx.tr(stateKey(QuestionState::Open))}};
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const float mark = ctx.px(14), after = ctx.px(5), between = ctx.px(16), lineH = f->FontSize + ctx.px(4);
    float x = 0, y = 0;
    for (const auto& it : items) {
        const char* label = visual(ctx, it.label.c_str());
        const float w = mark + after + f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, label).x;
        if (x > 0 && x + w > width) {
            x = 0;
            y += lineH;
        }
        // Mark then label, from the start of the line (mirrored right to left).
        dotMark(ctx, dl, ImVec2(startX(ctx, o.x, width, x, mark) + mark / 2, o.y + y + f->FontSize / 2 + ctx.px(1)), it.s, false);
        dl->AddText(f, f->FontSize, ImVec2(startX(ctx, o.x, width, x + mark + after, w - mark - after), o.y + y), ctx.pal.muted,
                    label);
        x += w + between;
    }
    ImGui::Dummy(ImVec2(width, y + f->FontSize));
}

// One dot per question: filled = answered, dash = skipped, ring = not
// answered yet, outer ring = the question on screen. Click to jump. With a
// mouse, one line of 20-26 px cells when it fits; on touch, 44 px cells that
// wrap onto more lines.
void progressDots(Context& ctx, int q, float width) {
    const int n = questionCount(ctx);
    float cellW, cellH;
    if (ctx.coarse) {
        cellW = cellH = ctx.px(ctx.minHitCss());
    } else {
        const float fitW = std::floor(width / static_cast<float>(std::max(n, 1)));
        cellW = fitW >= ctx.px(20) ? std::min(fitW, ctx.px(26)) : ctx.px(26);
        cellH = ctx.px(26);
    }
    const int perLine = std::max(1, static_cast<int>(width / cellW));
    const ImVec2 o = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // Tab goes straight to the options; arrows and the mouse still reach the dots.
    ImGui::PushItemFlag(ImGuiItemFlags_NoTabStop, true);
    for (int i = 0; i < n; ++i) {
        ImGui::SetCursorScreenPos(ImVec2(startX(ctx, o.x, width, static_cast<float>(i % perLine) * cellW, cellW),
                                         o.y + static_cast<float>(i / perLine) * cellH));
        char id[24];
        std::snprintf(id, sizeof id, "##dot%d", i);
        if (ImGui::InvisibleButton(id, ImVec2(cellW, cellH))) moveTo(ctx, i);
        ctx.mark("quiz:dot:" + std::to_string(i));
        const bool hovered = ImGui::IsItemHovered();
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        const ImVec2 c((a.x + b.x) / 2, (a.y + b.y) / 2);
        const QuestionState st = questionState(*ctx.data, ctx.quiz.answers, q, i);
        if (i == q) dl->AddCircle(c, ctx.px(9), ctx.pal.accent, 0, ctx.px(2));
        dotMark(ctx, dl, c, st, hovered);
        focusRing(ctx, std::min(cellW, cellH) / 2);
        if (hovered) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            const Question& qq = ctx.data->quiz.questions[i];
            const int a2 = answerAt(*ctx.data, ctx.quiz.answers, i);
            tooltipSide(ctx);
            ImGui::BeginTooltip();
            tipText(ctx, ctx.tr("quiz.dotTip", {{"n", i + 1}}), 300, ctx.fonts.bodyBold);
            tipText(ctx, qq.prompt, 300);
            tipText(ctx, a2 >= 0 ? ctx.tr("quiz.yourAnswer", {{"answer", qq.options[a2].label}}) : ctx.tr(stateKey(st)), 300,
                    nullptr, ctx.pal.muted);
            ImGui::EndTooltip();
        }
    }
    ImGui::PopItemFlag();
    const int lines = (n + perLine - 1) / perLine;
    ImGui::SetCursorScreenPos(o);
    ImGui::Dummy(ImVec2(width, static_cast<float>(lines) * cellH));
    pullUp(ctx, 2);
    dotLegend(ctx, width);
}

// How a question card lays out at a content width: its texts and tiles. The
// card draws from it; the tallest question's plan sets the card's height.
struct QuestionPlan {
    std::string hint, why, whyText;  // whyText: the factor's words, on hover
    bool row = false;                // a scale's options side by side
    TileStyle style = TileStyle::Inline;
    float tileW = 0;
    std::vector<float> tileH;        // per option
};

constexpr float kHintPull = 6, kWhyPull = 4, kOptionsGap = 4, kTilePull = 2;  // CSS px

QuestionPlan planQuestion(Context& ctx, int q, float w) {
    const Question& question = ctx.data->quiz.questions[q];
    QuestionPlan p;
    const bool scale = question.kind == QuestionKind::Scale;
    p.hint = ctx.tr(scale ? "quiz.hintScale" : "quiz.hintChoice");
    // Why we ask: the factor a scale question asks about (its text on hover),
    // else the article part behind the question.
    std::string title;
    const FactorRef factor = findFactor(*ctx.data, question.factor);
    if (scale && factor.item && factor.role >= 0) {
        p.whyText = factor.item->text;
        p.why = ctx.tr("quiz.whyFactor", {{"factor", factor.item->title}, {"role", ctx.data->roles[factor.role].name}});
    } else if (!question.basis.empty() && resolveBasis(*ctx.data, question.basis, title, p.whyText)) {
        p.why = ctx.tr("quiz.whyBasis", {{"title", title}});
    }
    const int n = static_cast<int>(question.options.size());
    const float tileGap = ctx.px(10);
    p.row = scale && n > 0 && (w - tileGap * static_cast<float>(n - 1)) / static_cast<float>(n) >= ctx.px(104);
    p.style = p.row ? TileStyle::Stacked : TileStyle::Inline;
    p.tileW = p.row ? std::floor((w - tileGap * static_cast<float>(n - 1)) / static_cast<float>(n)) : w;
    for (const Option& o : question.options) p.tileH.push_back(tileHeight(ctx, o.label, p.tileW, p.style));
    if (p.row) {  // one row: every tile as tall as the tallest
        const float tallest = p.tileH.empty() ? 0 : *std::max_element(p.tileH.begin(), p.tileH.end());
        std::fill(p.tileH.begin(), p.tileH.end(), tallest);
    }
    return p;
}

// The card's content height for question q at content width w, as
// questionCard() lays it out (each item is followed by ItemSpacing).
float questionHeight(Context& ctx, int q, float w) {
    const QuestionPlan p = planQuestion(ctx, q, w);
    const float sp = spacingY();
    float y = textHeight(ctx, p.hint, ctx.fonts.small, w) + sp - ctx.px(kHintPull);
    y += textHeight(ctx, ctx.data->quiz.questions[q].prompt, ctx.fonts.heading, w) + sp;
    if (!p.why.empty()) y += -ctx.px(kWhyPull) + textHeight(ctx, p.why, ctx.fonts.small, w) + sp;
    y += ctx.px(kOptionsGap) + sp;
    const size_t n = p.tileH.size();
    if (p.row) return y + (n ? p.tileH[0] : 0);
    for (size_t i = 0; i < n; ++i) y += p.tileH[i] + (i + 1 < n ? sp - ctx.px(kTilePull) : 0);
    return y;
}

void questionCard(Context& ctx, int q, float width, bool focusOption) {
    const Question& question = ctx.data->quiz.questions[q];
    const int chosen = answerAt(*ctx.data, ctx.quiz.answers, q);
    Card card(ctx, width);
    const float w = card.inner;
    const QuestionPlan p = planQuestion(ctx, q, w);
    const float top = ImGui::GetCursorScreenPos().y;
    textBlock(ctx, p.hint, w, ctx.fonts.small, ctx.pal.muted);
    pullUp(ctx, kHintPull);
    textBlock(ctx, question.prompt, w, ctx.fonts.heading);
    if (!p.why.empty()) {
        pullUp(ctx, kWhyPull);
        textBlock(ctx, p.why, w, ctx.fonts.small, ctx.pal.muted);
        if (!p.whyText.empty() && ImGui::IsItemHovered()) {
            tooltipSide(ctx);
            ImGui::BeginTooltip();
            tipText(ctx, p.whyText, 340);
            ImGui::EndTooltip();
        }
    }
    gap(ctx, kOptionsGap);

    const int n = static_cast<int>(question.options.size());
    const int focusTarget = chosen >= 0 ? chosen : 0;
    const float rowX = ImGui::GetCursorScreenPos().x;
    for (int i = 0; i < n; ++i) {
        if (p.row && i > 0) ImGui::SameLine(0, ctx.px(10));
        if (p.row && ctx.rtl())  // the scale runs from the right: option 1 rightmost
            ImGui::SetCursorScreenPos(ImVec2(startX(ctx, rowX, w, static_cast<float>(i) * (p.tileW + ctx.px(10)), p.tileW),
                                             ImGui::GetCursorScreenPos().y));
        if (focusOption && i == focusTarget) ImGui::SetKeyboardFocusHere();
        char id[24];
        std::snprintf(id, sizeof id, "##option%d", i);
        if (tile(ctx, id, question.options[i].label, i + 1, p.tileW, p.tileH[i], chosen == i, p.style)) choose(ctx, q, i);
        ctx.mark("quiz:option:" + std::to_string(i));
        if (!p.row && i + 1 < n) pullUp(ctx, kTilePull);
    }
    // The room of the tallest question, so the card and what follows stay put.
    float tallest = 0;
    for (int k = 0; k < questionCount(ctx); ++k) tallest = std::max(tallest, questionHeight(ctx, k, w));
    keep(top, tallest, w);
    card.end();
}

// Back on the left, Skip and Next (or "See result" on the last question) on
// the right; equal thirds when that does not fit. Right to left, mirrored:
// Back on the right, Next on the left.
struct NavPlan {
    std::string back, skip, next;
    float wb, ws, wn, xs, xn;  // widths; x of Skip and Next from the row's left
    float height;              // of the buttons' row
};

NavPlan planNav(Context& ctx, bool last, float width) {
    NavPlan p;
    p.back = ctx.tr("quiz.back");
    p.skip = ctx.tr("quiz.skip");
    p.next = ctx.tr(last ? "quiz.seeResult" : "quiz.next");
    const float gapX = ctx.px(10);
    p.wb = buttonWidth(ctx, p.back);
    p.ws = buttonWidth(ctx, p.skip);
    p.wn = std::max(buttonWidth(ctx, p.next), ctx.px(112));
    if (p.wb + p.ws + p.wn + 2 * gapX + ctx.px(24) <= width) {
        p.xn = width - p.wn;
        p.xs = p.xn - gapX - p.ws;
    } else {
        p.wb = p.ws = p.wn = std::floor((width - 2 * gapX) / 3);
        p.xs = p.wb + gapX;
        p.xn = p.xs + p.ws + gapX;
    }
    p.height = std::max({buttonHeight(ctx, p.back, p.wb, ButtonKind::Secondary),
                         buttonHeight(ctx, p.skip, p.ws, ButtonKind::Quiet),
                         buttonHeight(ctx, p.next, p.wn, ButtonKind::Primary)});
    return p;
}

// The line under the buttons: how many answers a result needs (last
// question, not enough yet), else the keys (not on phones).
std::string navNote(Context& ctx, int q, bool last, bool complete, int answered) {
    if (last && !complete) {
        const int need = std::max(1, ctx.data->quiz.minAnswers);
        return ctx.tr("quiz.needMore", {{"n", need}, {"more", std::max(1, need - answered)}});
    }
    if (ctx.narrow()) return {};
    const int opts = static_cast<int>(ctx.data->quiz.questions[q].options.size());
    return ctx.tr("quiz.keys", {{"options", opts}});
}

// The tallest the nav row gets on any question, with any number of answers.
float navReserve(Context& ctx, float width) {
    const int n = questionCount(ctx), need = std::max(1, ctx.data->quiz.minAnswers);
    const float sp = spacingY();
    auto noteH = [&](const std::string& s) { return s.empty() ? 0.0f : sp + textHeight(ctx, s, ctx.fonts.small, width); };
    float h = 0;
    for (int q = 0; q < n; ++q) {
        const bool last = q == n - 1;
        const float buttons = planNav(ctx, last, width).height;
        h = std::max(h, buttons + noteH(navNote(ctx, q, last, true, need)));
        if (last)
            for (int answered = 0; answered < need; ++answered)
                h = std::max(h, buttons + noteH(navNote(ctx, q, true, false, answered)));
    }
    return h;
}

void navRow(Context& ctx, int q, float width) {
    const int n = questionCount(ctx);
    const QuizResult& r = ctx.quiz.result;
    const bool last = q == n - 1;
    const NavPlan p = planNav(ctx, last, width);
    const ImVec2 o = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(startX(ctx, o.x, width, 0, p.wb), o.y));
    if (button(ctx, "##back", p.back, p.wb, ButtonKind::Secondary, q > 0)) moveTo(ctx, q - 1);
    ctx.mark("quiz:back");
    ImGui::SetCursorScreenPos(ImVec2(startX(ctx, o.x, width, p.xs, p.ws), o.y));
    if (button(ctx, "##skip", p.skip, p.ws, ButtonKind::Quiet)) choose(ctx, q, kSkipped);
    ctx.mark("quiz:skip");
    ImGui::SetCursorScreenPos(ImVec2(startX(ctx, o.x, width, p.xn, p.wn), o.y));
    if (last) {
        if (button(ctx, "##result", p.next, p.wn, ButtonKind::Primary, r.complete)) ctx.go(View::Result);
        ctx.mark("quiz:result");
    } else {
        if (button(ctx, "##next", p.next, p.wn, ButtonKind::Primary)) moveTo(ctx, q + 1);
        ctx.mark("quiz:next");
    }
    ImGui::SetCursorScreenPos(ImVec2(o.x, o.y + p.height));
    ImGui::Dummy(ImVec2(width, 0));
    const std::string note = navNote(ctx, q, last, r.complete, r.answered);
    if (!note.empty()) textBlock(ctx, note, width, ctx.fonts.small, ctx.pal.muted);
    keep(o.y, navReserve(ctx, width), width);
}

// The live preview's card content, in each of its states.
struct PreviewPlan {
    std::string title, sub;
    bool bars, resultButton;
};

PreviewPlan planPreview(Context& ctx, bool last, bool complete, int answered) {
    PreviewPlan p;
    const int need = std::max(1, ctx.data->quiz.minAnswers) - answered;
    p.title = ctx.tr(complete ? "quiz.previewDone" : "quiz.preview");
    p.bars = answered > 0;  // no 50% / 50% before anything is answered
    p.resultButton = complete && !last;  // on the last question the nav row has this button
    if (complete) p.sub = ctx.tr("quiz.previewEnough");
    else if (answered == 0) p.sub = ctx.tr("quiz.previewStart", {{"n", need}});
    else p.sub = ctx.tr("quiz.previewMore", {{"n", need}});
    return p;
}

constexpr float kPreviewBarCss = 8, kPreviewGap = 2, kPreviewButtonGap = 4;

float previewHeight(Context& ctx, const PreviewPlan& p, float w) {
    const float sp = spacingY();
    float y = textHeight(ctx, p.title, ctx.fonts.bodyBold, w) + sp - ctx.px(6);
    y += textHeight(ctx, p.sub, ctx.fonts.small, w);
    if (p.bars)
        y += sp + ctx.px(kPreviewGap) + sp + fitBarsHeight(ctx, static_cast<int>(ctx.data->roles.size()), kPreviewBarCss);
    if (p.resultButton) y += sp + ctx.px(kPreviewButtonGap) + sp + buttonHeight(ctx, ctx.tr("quiz.seeResult"), w, ButtonKind::Primary);
    return y;
}

// The tallest the preview's content gets: any number of answers, complete or not.
float previewReserve(Context& ctx, float w) {
    const int need = std::max(1, ctx.data->quiz.minAnswers);
    float h = previewHeight(ctx, planPreview(ctx, false, true, need), w);
    for (int answered = 0; answered < need; ++answered)
        h = std::max(h, previewHeight(ctx, planPreview(ctx, false, false, answered), w));
    return h;
}

void livePreview(Context& ctx, int q, float width) {
    const QuizResult& r = ctx.quiz.result;
    const int n = questionCount(ctx);
    const PreviewPlan p = planPreview(ctx, q == n - 1, r.complete, r.answered);
    const float cardTop = ImGui::GetCursorScreenPos().y;
    Card card(ctx, width, 0, ctx.pal.surface);
    const float w = card.inner;
    const float top = ImGui::GetCursorScreenPos().y;
    textBlock(ctx, p.title, w, ctx.fonts.bodyBold);
    pullUp(ctx, 6);
    textBlock(ctx, p.sub, w, ctx.fonts.small, ctx.pal.muted);
    if (p.bars) {
        gap(ctx, kPreviewGap);
        std::vector<int> order;
        for (size_t i = 0; i < ctx.data->roles.size(); ++i) order.push_back(static_cast<int>(i));
        ImGui::BeginGroup();
        fitBars(ctx, r.fits, order, w, !r.complete, kPreviewBarCss);
        ImGui::EndGroup();
        ctx.mark("quiz:preview");  // the fits (a region, not a control): absent before the first answer
    }
    if (p.resultButton) {
        gap(ctx, kPreviewButtonGap);
        if (button(ctx, "##previewresult", ctx.tr("quiz.seeResult"), w, ButtonKind::Primary)) ctx.go(View::Result);
        ctx.mark("quiz:result");
    }
    // The card fits what it shows; the room of its tallest state stays
    // below it (the preview is the last thing in its column).
    const float drawn = ImGui::GetItemRectMax().y - top;
    card.end();
    const float chrome = ImGui::GetItemRectSize().y - drawn;  // the card's padding
    keep(cardTop, previewReserve(ctx, w) + chrome, width);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] View
//-----------------------------------------------------------------------------

void drawQuiz(Context& ctx) {
    const Dataset& d = *ctx.data;
    if (!d.quiz.present()) {
        const float w = columnWidth(ctx, 760);
        alignEnd(ctx, w);  // right to left: at the right
        Card c(ctx, w);
        textBlock(ctx, ctx.tr("quiz.noQuizTitle"), c.inner, ctx.fonts.heading);
        textBlock(ctx, ctx.tr("quiz.noQuizSub"), c.inner, nullptr, ctx.pal.muted);
        const std::string compare = ctx.tr("quiz.compare");
        alignEnd(ctx, buttonWidth(ctx, compare), c.inner);
        if (button(ctx, "##compare", compare, buttonWidth(ctx, compare), ButtonKind::Primary))
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
    // The quiz column at the start, the preview beside it (mirrored right to left).
    if (ctx.rtl()) ImGui::SetCursorScreenPos(ImVec2(startX(ctx, o.x, avail, 0, mainW), o.y));
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
        ImGui::SetCursorScreenPos(ImVec2(startX(ctx, o.x, avail, mainW + colGap, sideW), cardTop));
        ImGui::BeginGroup();
        livePreview(ctx, q, sideW);
        ImGui::EndGroup();
        bottom = std::max(bottom, ImGui::GetItemRectMax().y);
    }
    ImGui::SetCursorScreenPos(ImVec2(o.x, bottom));
    ImGui::Dummy(ImVec2(mainW, ctx.px(12)));
}

}  // namespace rc::ui
