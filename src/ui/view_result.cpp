// The Result view: the outcome, a fit bar per role, why (top answers per
// role with the article text behind them), a diverging chart of every
// answer's pull, the answers that would flip the result, next steps, the
// crossover FAQ, and share / retake.
//
// [SECTION] Helpers
// [SECTION] Sections
// [SECTION] View
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>

#include "core/verdict.h"
#include "layout.h"
#include "theme.h"
#include "views.h"

namespace rc::ui {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

constexpr double kCopiedFor = 2.0;  // seconds "Link copied" shows

std::string optionLabel(const Context& ctx, int q, int opt) {
    const Dataset& d = *ctx.data;
    if (q < 0 || static_cast<size_t>(q) >= d.quiz.questions.size()) return ctx.tr("result.skippedOption");
    const Question& question = d.quiz.questions[q];
    if (opt < 0 || static_cast<size_t>(opt) >= question.options.size()) return ctx.tr("result.skippedOption");
    return question.options[opt].label;
}

// A short label for a question in the chart: the title of the factor it asks
// about (scale), else of the article part behind it, else the prompt cut short.
std::string questionLabel(const Dataset& d, int q) {
    const Question& question = d.quiz.questions[q];
    if (const FactorRef f = findFactor(d, question.factor); f.item && f.item->title.size() <= 48) return f.item->title;
    std::string title, text;
    if (!question.basis.empty() && resolveBasis(d, question.basis, title, text) && title.size() <= 48) return title;
    return shorten(question.prompt, 40);
}

// "+12 pts of fit": what an answer added to a role's fit.
std::string pointsOfFit(const Context& ctx, double fitPoints) {
    const long v = std::lround(fitPoints);
    if (v < 1 && fitPoints > 0) return ctx.tr("result.fitPointsUnderOne");
    return ctx.tr("result.fitPoints", {{"n", v}});
}

// A small rounded label ("+12 pts", "Education") drawn at the cursor as an item.
// Right to left, `right` (the line's right edge) puts it at the line's right end.
void tag(Context& ctx, std::string_view s, uint32_t color, float right = 0) {
    s = visual(ctx, s);
    ImFont* f = ctx.fonts.small;
    const ImVec2 sz = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, s.data(), s.data() + s.size());
    const float padX = ctx.px(8), padY = ctx.px(2);
    if (ctx.rtl() && right > 0) ImGui::SetCursorScreenPos(ImVec2(right - sz.x - 2 * padX, ImGui::GetCursorScreenPos().y));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + sz.x + 2 * padX, p.y + sz.y + 2 * padY), mix(ctx.pal.surface, color, 0.14f), ctx.px(999));
    dl->AddText(f, f->FontSize, ImVec2(p.x + padX, p.y + padY), mix(color, ctx.pal.text, 0.15f), s.data(), s.data() + s.size());
    ImGui::Dummy(ImVec2(sz.x + 2 * padX, sz.y + 2 * padY));
}

// Role dots and names on a line, wrapping when they do not fit `width`
// (from the right, right to left: a Flow).
void legend(Context& ctx, float width, ImFont* font) {
    const float x0 = ImGui::GetCursorScreenPos().x;
    Flow flow(ctx, 16);
    flow.right = x0 + width;
    for (size_t k = 0; k < ctx.data->roles.size(); ++k) {
        const float need = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, ctx.data->roles[k].shortName.c_str()).x + ctx.px(16);
        if (flow.rtl) flow.next(roleNameWidth(ctx, static_cast<int>(k), font));
        else if (k > 0 && ImGui::GetItemRectMax().x + ctx.px(16) + need <= x0 + width) ImGui::SameLine(0, ctx.px(16));
        roleName(ctx, static_cast<int>(k), font);
    }
}

// "More" / "Less" under a reason cut short: a small link-like control whose
// hit area is at least ctx.minHitCss() square on touch. Returns true when clicked.
// `lineW`: the line it starts (right to left it is at the line's right end).
bool moreToggle(Context& ctx, const char* id, bool open, float lineW) {
    ImFont* f = ctx.fonts.small;
    const std::string labelText = ctx.tr(open ? "result.less" : "result.more");
    const char* label = visual(ctx, labelText.c_str());
    const ImVec2 sz = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, label);
    const float minHit = ctx.px(ctx.minHitCss());
    const ImVec2 size(std::max(std::ceil(sz.x) + ctx.px(8), minHit), std::max(std::ceil(sz.y) + ctx.px(6), minHit));
    alignEnd(ctx, size.x, lineW);
    const bool pressed = ImGui::InvisibleButton(id, size);
    const ImVec2 a = ImGui::GetItemRectMin();
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 t(startX(ctx, a.x, size.x, 0, sz.x), a.y + std::floor((size.y - sz.y) / 2));  // at the box's start
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddText(f, f->FontSize, t, ctx.pal.accent, label);
    if (hovered) {
        dl->AddLine(ImVec2(t.x, t.y + sz.y), ImVec2(t.x + sz.x, t.y + sz.y), ctx.pal.accent, std::max(1.0f, std::round(ctx.scale)));
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    focusRing(ctx, ctx.px(4));
    return pressed;
}

//-----------------------------------------------------------------------------
// [SECTION] Sections
//-----------------------------------------------------------------------------

// The result a section draws: the reader's own (ctx.quiz) or one opened from
// a share link. Sections read it from here, never from ctx.quiz, so both kinds
// draw the same way.
struct Shown {
    const Answers& answers;
    const QuizResult& result;
    const std::vector<Flip>& flips;
    bool shared = false;  // someone else's answers: say "their", not "your"
    const std::string& token;  // the share token of `answers`
};

// "Take the quiz yourself": the way out of someone else's result, to the
// reader's own quiz (their saved answers, or none).
bool takeQuizButton(Context& ctx, float width, ButtonKind kind) {
    const std::string label = ctx.tr("result.takeQuiz");
    const bool pressed = button(ctx, "##take", label, width > 0 ? width : buttonWidth(ctx, label), kind);
    if (pressed) ctx.push(TakeQuiz{});
    ctx.mark("result:take-quiz");
    return pressed;
}

void notReady(Context& ctx, const Shown& shown, const Verdict& v, float width) {
    alignEnd(ctx, width);  // right to left: at the right
    Card c(ctx, width);
    if (shown.shared) {
        textBlock(ctx, v.label, c.inner, ctx.fonts.small, ctx.pal.muted);
        pullUp(ctx, 6);
    }
    textBlock(ctx, v.headline, c.inner, ctx.fonts.heading);
    textBlock(ctx, v.sentence, c.inner, nullptr, ctx.pal.muted);
    gap(ctx, 2);
    if (shown.shared) {
        alignEnd(ctx, buttonWidth(ctx, ctx.tr("result.takeQuiz")), c.inner);
        takeQuizButton(ctx, 0, ButtonKind::Primary);
    } else {
        const std::string back = ctx.tr("result.backToQuiz");
        alignEnd(ctx, buttonWidth(ctx, back), c.inner);
        if (button(ctx, "##back", back, buttonWidth(ctx, back), ButtonKind::Primary)) {
            ctx.push(ShowQuestion{firstOpenQuestion(*ctx.data, ctx.quiz.answers)});
            ctx.go(View::Quiz);
        }
        ctx.mark("result:back");
    }
    c.end();
}

// A shared result beside the reader's own: their fits and the reader's, in
// the same role order, then the questions the two answered differently.
void comparison(Context& ctx, const Shown& shown, float w) {
    const Dataset& d = *ctx.data;
    const QuizResult& mine = ctx.quiz.result;
    const bool side = w >= ctx.px(560);
    const float colW = side ? std::floor((w - ctx.px(24)) / 2) : w;
    // Each column a group: its lines start at the column's left edge.
    const ImVec2 top = ImGui::GetCursorScreenPos();
    if (side && ctx.rtl()) ImGui::SetCursorScreenPos(ImVec2(startX(ctx, top.x, w, 0, colW), top.y));  // theirs at the right
    ImGui::BeginGroup();
    textBlock(ctx, ctx.tr("result.theirs"), colW, ctx.fonts.bodyBold);
    fitBars(ctx, shown.result.fits, shown.result.ranking, colW, false, 10);
    ImGui::EndGroup();
    const float leftBottom = ImGui::GetItemRectMax().y;
    if (side) ImGui::SetCursorScreenPos(ImVec2(startX(ctx, top.x, w, colW + ctx.px(24), colW), top.y));
    else gap(ctx, 2);
    const std::string yours = mine.complete ? ctx.tr("result.yours")
                                            : ctx.tr("result.yoursPreview", {{"answered", mine.answered}, {"total", mine.total}});
    ImGui::BeginGroup();
    textBlock(ctx, yours, colW, ctx.fonts.bodyBold);
    fitBars(ctx, mine.fits, shown.result.ranking, colW, !mine.complete, 10);
    ImGui::EndGroup();
    if (side) {
        ImGui::SetCursorScreenPos(ImVec2(top.x, std::max(leftBottom, ImGui::GetItemRectMax().y)));
        ImGui::Dummy(ImVec2(w, 0));
    }
    gap(ctx, 2);

    // The questions both answered, differently.
    std::vector<int> differ;
    for (int q = 0; q < static_cast<int>(d.quiz.questions.size()); ++q) {
        const int theirs = answerAt(d, shown.answers, q), own = answerAt(d, ctx.quiz.answers, q);
        if (theirs != kSkipped && own != kSkipped && theirs != own) differ.push_back(q);
    }
    if (differ.empty()) {
        textBlock(ctx, ctx.tr("result.alike"), w, ctx.fonts.small, ctx.pal.muted);
        return;
    }
    const size_t n = differ.size();
    textBlock(ctx, ctx.tr("result.differ", {{"n", n}}), w, ctx.fonts.small, ctx.pal.muted);
    const size_t kListed = 5;
    for (size_t i = 0; i < n && i < kListed; ++i) {
        const int q = differ[i];
        textBlock(ctx,
                  ctx.tr("result.differLine", {{"prompt", shorten(d.quiz.questions[q].prompt, 90)},
                                               {"theirs", optionLabel(ctx, q, answerAt(d, shown.answers, q))},
                                               {"yours", optionLabel(ctx, q, answerAt(d, ctx.quiz.answers, q))}}),
                  w, ctx.fonts.small);
    }
    if (n > kListed) textBlock(ctx, ctx.tr("result.andMore", {{"n", n - kListed}}), w, ctx.fonts.small, ctx.pal.muted);
}

void headline(Context& ctx, const Shown& shown, const Verdict& v, float width) {
    const QuizResult& r = shown.result;
    const int outcome = outcomeRole(r);
    const uint32_t accent = outcome < 0 || r.closeCall ? ctx.pal.accent : roleColor(ctx, outcome);
    Card c(ctx, width, accent);
    const float w = c.inner;
    textBlock(ctx, v.label, w, ctx.fonts.small, ctx.pal.muted);
    pullUp(ctx, 6);
    textBlock(ctx, v.headline, w, ctx.fonts.title);
    pullUp(ctx, 2);
    textBlock(ctx, v.sentence, w, nullptr, ctx.pal.muted);
    gap(ctx, 2);
    // Narrower than the card: at its right, right to left (alignEnd).
    const float barsW = std::min(w, ctx.px(shown.shared && ctx.shared.comparing ? 900 : 620));
    alignEnd(ctx, barsW, w);
    if (ctx.rtl()) ImGui::BeginGroup();  // every line of it at the moved x
    if (shown.shared && ctx.shared.comparing) comparison(ctx, shown, barsW);
    else fitBars(ctx, r.fits, r.ranking, barsW, false, 12);
    if (ctx.rtl()) ImGui::EndGroup();
    gap(ctx, 6);
    if (v.kind == VerdictKind::Neither) {  // no winner to name: where to look instead
        const std::string compareL = ctx.tr("result.compareRoles");
        const std::string faqL = ctx.tr("result.readFaq");
        ButtonRow row(ctx, w, {buttonWidth(ctx, compareL), buttonWidth(ctx, faqL)});
        if (button(ctx, "##neither-compare", compareL, row.place(0), ButtonKind::Secondary)) ctx.go(View::Compare);
        ctx.mark("result:compare-roles");
        if (button(ctx, "##neither-faq", faqL, row.place(1), ButtonKind::Secondary)) ctx.go(View::Faq);
        ctx.mark("result:faq");
        row.end();
        gap(ctx, 2);
    }

    // Own: share / retake / review. Shared: take the quiz yourself, compare
    // with your answers (when you have some), share it on; nothing that
    // would edit someone else's answers.
    const ResultUi& share = ctx.result;
    const bool copied = share.copy == ResultUi::Copy::Copied && ImGui::GetTime() - share.copyAt < kCopiedFor;
    if (copied) ctx.animating = true;  // keep frames coming until the feedback goes
    const std::string copyL = ctx.tr("result.copy");
    const std::string copyShown = copied ? ctx.tr("result.copied") : copyL;
    if (shown.shared) {
        const bool canCompare = ctx.quiz.result.answered > 0;
        const std::string takeL = ctx.tr("result.takeQuiz");
        const std::string compareL = ctx.tr(ctx.shared.comparing ? "result.hideComparison" : "result.compareAnswers");
        std::vector<float> widths{buttonWidth(ctx, takeL)};
        if (canCompare) widths.push_back(buttonWidth(ctx, compareL));
        widths.push_back(buttonWidth(ctx, copyL));
        ButtonRow row(ctx, w, widths);
        int i = 0;
        takeQuizButton(ctx, row.place(i++), ButtonKind::Primary);
        if (canCompare) {
            if (button(ctx, "##compare", compareL, row.place(i++), ButtonKind::Secondary))
                ctx.push(CompareShared{!ctx.shared.comparing});
            ctx.mark("result:compare");
        }
        if (button(ctx, "##copy", copyShown, row.place(i++), ButtonKind::Quiet)) ctx.push(Copy{ctx.shareBase + shown.token});
        ctx.mark("result:copy");
        row.end();
    } else {
        const std::string retakeL = ctx.tr("result.retake");
        const std::string backL = ctx.tr("result.review");
        ButtonRow row(ctx, w, {buttonWidth(ctx, copyL), buttonWidth(ctx, retakeL), buttonWidth(ctx, backL)});
        if (button(ctx, "##copy", copyShown, row.place(0), ButtonKind::Primary)) ctx.push(Copy{ctx.shareBase + shown.token});
        ctx.mark("result:copy");
        if (button(ctx, "##retake", retakeL, row.place(1), ButtonKind::Secondary)) ctx.push(ResetQuiz{});
        ctx.mark("result:retake");
        if (button(ctx, "##back", backL, row.place(2), ButtonKind::Quiet)) {
            ctx.push(ShowQuestion{0});
            ctx.go(View::Quiz);
        }
        ctx.mark("result:back");
        row.end();
    }
    if (copied) {
        const char* key = ctx.shareBase.empty() ? (shown.shared ? "result.codeCopiedShared" : "result.codeCopiedOwn")
                                                : (shown.shared ? "result.linkCopiedShared" : "result.linkCopiedOwn");
        textBlock(ctx, ctx.tr(key), w, ctx.fonts.small, ctx.pal.muted);
    } else if (shown.shared && share.copy != ResultUi::Copy::Failed) {
        textBlock(ctx, v.sharedNote, w,
                  ctx.fonts.small, ctx.pal.muted);
    } else if (share.copy == ResultUi::Copy::Failed) {
        // The browser refused the clipboard: the link, selected, to copy by hand.
        textBlock(ctx, ctx.tr("result.copyFailed"), w, ctx.fonts.small, ctx.pal.muted);
        if (ctx.memory.resultSelectedFailure != share.failures) {  // a new refusal: select the link
            ImGui::SetKeyboardFocusHere();
            ctx.memory.resultSelectedFailure = share.failures;
        }
        ImGui::SetNextItemWidth(w);
        // Read-only: ImGui never writes to the buffer, whose size it is told.
        ImGui::InputText("##link", const_cast<char*>(share.link.c_str()), share.link.size() + 1,
                         ImGuiInputTextFlags_ReadOnly | ImGuiInputTextFlags_AutoSelectAll);
        ctx.mark("result:link");
    }
    c.end();
}

void why(Context& ctx, const Shown& shown, const Verdict& v, float width) {
    const Dataset& d = *ctx.data;
    const QuizResult& r = shown.result;
    sectionTitle(ctx, ctx.tr("result.why"), width);
    // How the percentages are computed, and where it is explained in full.
    alignEnd(ctx, std::min(width, ctx.px(860)));
    textBlock(ctx, v.method, std::min(width, ctx.px(860)), ctx.fonts.small, ctx.pal.muted);
    const std::string methodL = ctx.tr("result.method");
    alignEnd(ctx, buttonWidth(ctx, methodL));
    if (button(ctx, "##method", methodL, buttonWidth(ctx, methodL), ButtonKind::Quiet))
        ctx.push(ShowChooseMethod{});
    ctx.mark("result:method");
    gap(ctx, 2);
    const int n = static_cast<int>(v.roles.size());
    const int cols = ctx.narrow() ? 1 : std::clamp(static_cast<int>(width / ctx.px(380)), 1, std::max(n, 1));
    Grid g(ctx, width, cols, 16, 16, /*equalHeights=*/false);
    for (const VerdictRole& line : v.roles) {
        const int role = line.role;
        ImGui::PushID(role);
        const float w = g.card(roleColor(ctx, role));
        textBlock(ctx, d.roles[role].shortName + "  \xC2\xB7  " + line.fit, w, ctx.fonts.bodyBold, roleColor(ctx, role));
        pullUp(ctx, 6);
        const auto& list = static_cast<size_t>(role) < r.contributions.size() ? r.contributions[role]
                                                                                 : std::vector<Contribution>{};
        textBlock(ctx, line.pointed, w, ctx.fonts.small, ctx.pal.muted);
        for (size_t i = 0; i < list.size() && i < 3; ++i) {
            const Contribution& c = list[i];
            ImGui::PushID(static_cast<int>(i));
            gap(ctx, 2);
            const ImVec2 p = ImGui::GetCursorScreenPos();
            ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, p.y - ctx.px(4)), ImVec2(p.x + w, p.y - ctx.px(4)), ctx.pal.border,
                                                std::max(1.0f, std::round(ctx.scale)));
            // The answer, and what it added to this role's fit.
            tag(ctx, optionLabel(ctx, c.question, c.option), roleColor(ctx, role), p.x + w);
            const float tagW = ImGui::GetItemRectSize().x;
            ImGui::SameLine(0, ctx.px(8));
            const float tx = ImGui::GetCursorScreenPos().x;
            if (ctx.rtl()) ImGui::SetCursorScreenPos(ImVec2(p.x, ImGui::GetCursorScreenPos().y));  // left of the tag
            textBlock(ctx, pointsOfFit(ctx, c.fitPoints), ctx.rtl() ? w - tagW - ctx.px(8) : w - (tx - p.x), ctx.fonts.small,
                      ctx.pal.muted);
            ImGui::SetCursorScreenPos(ImVec2(p.x, ImGui::GetCursorScreenPos().y));
            pullUp(ctx, 4);
            // Long prompts, and on phones long explanations, are cut short
            // until the reader asks for the rest ("More").
            auto& opened = ctx.memory.resultReasonsOpen;
            const std::pair<int, int> key(role, c.question);
            const bool open = std::find(opened.begin(), opened.end(), key) != opened.end();
            const std::string& prompt = d.quiz.questions[c.question].prompt;
            const std::string promptShort = shorten(prompt, 110);
            const std::string textShort = ctx.narrow() ? shorten(c.text, 170) : c.text;
            const bool cut = promptShort != prompt || textShort != c.text;
            textBlock(ctx, open ? prompt : promptShort, w);
            pullUp(ctx, 4);
            // The factor (or the role's part of the basis) in the article's words.
            textBlock(ctx, c.title, w, ctx.fonts.small, roleColor(ctx, role));
            pullUp(ctx, 6);
            if (!c.text.empty()) textBlock(ctx, open ? c.text : textShort, w, ctx.fonts.small, ctx.pal.muted);
            if (cut || open) {
                pullUp(ctx, 4);
                if (moreToggle(ctx, "##more", open, w)) {
                    if (open) opened.erase(std::find(opened.begin(), opened.end(), key));
                    else opened.push_back(key);
                }
                ctx.mark("result:more:" + std::to_string(role) + ":" + std::to_string(i));
            }
            ImGui::PopID();
        }
        ImGui::PopID();
    }
    g.end();
}

// One row per answered question: a bar in the colour of the role the answer
// speaks about, to the right of the centre line when it agrees with that
// role's factor, to the left when it disagrees; neutral answers sit on the
// line. Any number of roles.
void chart(Context& ctx, const Shown& shown, float width) {
    const Dataset& d = *ctx.data;
    const QuizResult& r = shown.result;
    if (r.leans.empty()) return;
    sectionTitle(ctx, ctx.tr("result.chartTitle"), width);
    Card c(ctx, width);
    const float w = c.inner;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const bool stacked = w < ctx.px(560);  // label above the bar
    const float labelW = stacked ? w : std::floor(std::min(w * 0.40f, ctx.px(320)));
    const float chartX0 = stacked ? 0 : labelW + ctx.px(16);
    const float chartW = w - chartX0;
    // Right to left the whole chart is mirrored: labels at the right, the
    // chart left of them, "disagrees" at its right end and agreeing bars
    // growing leftwards (the catalogue's chartHelp says which side is which).
    const bool rtl = ctx.rtl();
    ImFont* sf = ctx.fonts.small;

    textBlock(ctx, ctx.tr("result.chartHelp"), w, sf, ctx.pal.muted);
    legend(ctx, w, sf);
    gap(ctx, 2);
    {   // The two ends of the axis.
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const std::string leftText = ctx.tr("result.disagrees"), rightText = ctx.tr("result.agrees");
        const char* left = visual(ctx, leftText.c_str());
        const char* right = visual(ctx, rightText.c_str());
        const float rw = sf->CalcTextSizeA(sf->FontSize, FLT_MAX, 0, right).x;
        const float lw = sf->CalcTextSizeA(sf->FontSize, FLT_MAX, 0, left).x;
        dl->AddText(sf, sf->FontSize, ImVec2(startX(ctx, p.x, w, chartX0, lw), p.y), ctx.pal.muted, left);
        dl->AddText(sf, sf->FontSize, ImVec2(startX(ctx, p.x, w, chartX0 + chartW - rw, rw), p.y), ctx.pal.muted, right);
        ImGui::Dummy(ImVec2(w, sf->FontSize));
    }
    gap(ctx, 2);
    const float rowsTop = ImGui::GetCursorScreenPos().y;
    const float barH = ctx.px(14);
    const float cx = startX(ctx, ImGui::GetCursorScreenPos().x, w, chartX0, chartW) + chartW / 2;
    for (const AnswerLean& l : r.leans) {
        ImGui::PushID(l.question);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        std::string label = questionLabel(d, l.question) + " \xC2\xB7 " +
                            optionLabel(ctx, l.question, answerAt(d, shown.answers, l.question));
        // Labels fit their column on one line.
        while (!stacked && label.size() > 8 && sf->CalcTextSizeA(sf->FontSize, FLT_MAX, 0, label.c_str()).x > labelW)
            label = shorten(label, label.size() - 6);
        const float labelH = sf->FontSize;
        const float rowH = stacked ? labelH + ctx.px(4) + barH : std::max(labelH, barH);
        const float by = stacked ? p.y + labelH + ctx.px(4) : p.y + (rowH - barH) / 2;
        const std::string_view drawn = visual(ctx, label);
        const float labelX =
            rtl ? startX(ctx, p.x, w, 0, sf->CalcTextSizeA(sf->FontSize, FLT_MAX, 0, drawn.data(), drawn.data() + drawn.size()).x) : p.x;
        dl->AddText(sf, sf->FontSize, ImVec2(labelX, stacked ? p.y : p.y + (rowH - labelH) / 2), ctx.pal.text, drawn.data(),
                    drawn.data() + drawn.size());
        const float x0 = startX(ctx, p.x, w, chartX0, chartW);
        if (stacked)  // the axis, per row, so it never runs through a label
            dl->AddLine(ImVec2(cx, by - ctx.px(3)), ImVec2(cx, by + barH + ctx.px(3)), mix(ctx.pal.border, ctx.pal.muted, 0.5f),
                        std::max(1.0f, std::round(ctx.scale)));
        dl->AddRectFilled(ImVec2(x0, by + barH / 2 - ctx.px(0.5f)), ImVec2(x0 + chartW, by + barH / 2 + ctx.px(0.5f)),
                          ctx.pal.surfaceAlt);
        const float len = static_cast<float>(std::abs(l.stance)) * (chartW / 2 - ctx.px(8));
        if (l.role >= 0 && len >= ctx.px(1)) {
            const bool agrees = l.stance > 0;
            const bool rightwards = agrees != rtl;  // agreeing bars grow towards the end of the line
            const ImVec2 a = rightwards ? ImVec2(cx, by) : ImVec2(cx - len, by);
            const ImVec2 b = rightwards ? ImVec2(cx + len, by + barH) : ImVec2(cx, by + barH);
            const uint32_t col = roleColor(ctx, l.role);
            dl->AddRectFilled(a, b, agrees ? col : mix(ctx.pal.surface, col, 0.45f), ctx.px(3),
                              rightwards ? ImDrawFlags_RoundCornersRight : ImDrawFlags_RoundCornersLeft);
        } else {
            dl->AddCircleFilled(ImVec2(cx, by + barH / 2), ctx.px(3.5f), l.role >= 0 ? roleColor(ctx, l.role) : ctx.pal.muted);
        }
        ImGui::Dummy(ImVec2(w, rowH - ctx.px(3)));  // rows sit a little closer
        if (ImGui::IsItemHovered()) {
            const Question& qq = d.quiz.questions[l.question];
            tooltipSide(ctx);
            ImGui::BeginTooltip();
            tipText(ctx, qq.prompt, 320);
            tipText(ctx, ctx.tr(shown.shared ? "result.theyAnswered" : "result.youAnswered",
                                {{"answer", optionLabel(ctx, l.question, answerAt(d, shown.answers, l.question))}}),
                    320, nullptr, ctx.pal.muted);
            for (size_t k = 0; k < d.roles.size() && k < l.fitPoints.size(); ++k) {
                if (agreement(d, l.question, answerAt(d, shown.answers, l.question), static_cast<int>(k)) < 0) continue;
                const std::string points = formatDecimal(ctx.catalogue().language(), l.fitPoints[k], 1);
                tipText(ctx, ctx.tr("result.fitPointsTip", {{"role", d.roles[k].shortName}, {"points", points}}), 320, nullptr,
                        ctx.pal.muted);
            }
            ImGui::EndTooltip();
        }
        ImGui::PopID();
    }
    if (!stacked)  // the centre line over all rows
        dl->AddLine(ImVec2(cx, rowsTop - ctx.px(4)), ImVec2(cx, ImGui::GetCursorScreenPos().y - ctx.px(2)),
                    mix(ctx.pal.border, ctx.pal.muted, 0.5f), std::max(1.0f, std::round(ctx.scale)));
    c.end();
}

void flips(Context& ctx, const Shown& shown, const Verdict& v, float width) {
    const Dataset& d = *ctx.data;
    const std::vector<Flip>& all = shown.flips;
    sectionTitle(ctx, ctx.tr("result.flipTitle"), width);
    Card c(ctx, width);
    const float w = c.inner;
    if (all.empty()) {
        textBlock(ctx, v.flipsNote, w);
        textBlock(ctx, ctx.tr("result.noFlip"), w, ctx.fonts.small, ctx.pal.muted);
        c.end();
        return;
    }
    // One line per question: the smallest change that flips it (a nearby
    // option before a far one; skipping only when no option does).
    std::map<int, const Flip*> best;
    auto distance = [](const Flip& f) { return f.option < 0 ? 100 : std::abs(f.option - f.fromOption); };
    for (const Flip& f : all) {
        auto it = best.find(f.question);
        if (it == best.end() || distance(f) < distance(*it->second)) best[f.question] = &f;
    }
    textBlock(ctx, ctx.tr(shown.shared ? "result.flipLeadShared" : "result.flipLeadOwn"), w, ctx.fonts.small, ctx.pal.muted);
    const size_t kShown = 5;
    size_t listed = 0;
    for (const auto& [q, f] : best) {
        if (listed++ >= kShown) break;
        const std::string prompt = shorten(d.quiz.questions[q].prompt, 90);
        const std::string outcome = flipOutcome(d, *f, ctx.catalogue());
        const std::string line =
            f->option < 0 ? ctx.tr(shown.shared ? "result.flipSkipShared" : "result.flipSkipOwn", {{"prompt", prompt}, {"outcome", outcome}})
                          : ctx.tr(shown.shared ? "result.flipOptionShared" : "result.flipOptionOwn",
                                   {{"option", optionLabel(ctx, q, f->option)}, {"prompt", prompt}, {"outcome", outcome}});
        const uint32_t dot = f->to == Outcome::Clear && f->toRole >= 0 ? roleColor(ctx, f->toRole) : ctx.pal.muted;
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(startX(ctx, p.x, w, ctx.px(5), 0), p.y + ImGui::GetTextLineHeight() * 0.55f),
                                                    ctx.px(4), dot);
        ImGui::SetCursorScreenPos(ImVec2(startX(ctx, p.x, w, ctx.px(18), w - ctx.px(18)), p.y));
        textBlock(ctx, line, w - ctx.px(18));
        ImGui::SetCursorScreenPos(ImVec2(p.x, ImGui::GetCursorScreenPos().y));
        pullUp(ctx, 2);
    }
    if (best.size() > kShown) {
        const size_t more = best.size() - kShown;
        textBlock(ctx, ctx.tr("result.flipMore", {{"n", more}}), w, ctx.fonts.small, ctx.pal.muted);
    } else {
        ImGui::Dummy(ImVec2(w, 0));
    }
    c.end();
}

void nextStepsCard(Context& ctx, const Shown& shown, const Verdict& v, float width) {
    const int role = outcomeRole(shown.result);
    std::vector<NextStep> steps = nextSteps(*ctx.data, role);
    const VerdictRole* line = verdictRole(v, role);
    if (!line || steps.empty()) return;
    sectionTitle(ctx, line->steps, width);
    Card c(ctx, width, roleColor(ctx, role));
    const float w = c.inner;
    if (!v.stepsNote.empty()) textBlock(ctx, v.stepsNote, w, ctx.fonts.small, ctx.pal.muted);
    const bool side = w >= ctx.px(520);
    const float kindW = side ? ctx.px(110) : 0;
    for (size_t i = 0; i < steps.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const ImVec2 p = ImGui::GetCursorScreenPos();
        tag(ctx, capitalized(steps[i].kind), roleColor(ctx, role), p.x + w);
        if (side) ImGui::SetCursorScreenPos(ImVec2(startX(ctx, p.x, w, kindW, w - kindW), p.y));
        else pullUp(ctx, 4);
        textBlock(ctx, steps[i].text, w - kindW);
        if (side) ImGui::SetCursorScreenPos(ImVec2(p.x, ImGui::GetCursorScreenPos().y));
        if (i + 1 < steps.size()) gap(ctx, 2);
        ImGui::PopID();
    }
    ImGui::Dummy(ImVec2(w, 0));
    c.end();
}

void crossoverCard(Context& ctx, const Shown& shown, float width) {
    const FaqItem* faq = crossover(*ctx.data, shown.answers, shown.result);
    if (!faq) return;
    gap(ctx, 4);
    Card c(ctx, width, ctx.pal.accent, mix(ctx.pal.surface, ctx.pal.accent, 0.07f), mix(ctx.pal.border, ctx.pal.accent, 0.4f));
    const float w = c.inner;
    textBlock(ctx, ctx.tr("result.crossover"), w, ctx.fonts.small, ctx.pal.accent);
    pullUp(ctx, 6);
    textBlock(ctx, faq->question, w, ctx.fonts.heading);
    textBlock(ctx, faq->answer, w);
    c.end();
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] View
//-----------------------------------------------------------------------------

void drawResult(Context& ctx) {
    const float width = columnWidth(ctx);
    gap(ctx, 4);
    if (!ctx.data->quiz.present()) {  // custom data may leave the quiz out; the Quiz view explains
        ctx.go(View::Quiz);
        return;
    }
    // Someone else's result (a share link) or the reader's own.
    const SharedUi& sh = ctx.shared;
    const Shown shown = sh.active ? Shown{sh.answers, sh.result, sh.flips, true, sh.token}
                                  : Shown{ctx.quiz.answers, ctx.quiz.result, ctx.quiz.flips, false, ctx.quiz.token};
    // The words, from the one source the mirror and the command line use too.
    const Verdict v = verdict(*ctx.data, shown.result, &shown.flips, shown.shared ? Voice::Shared : Voice::Own, ctx.catalogue());
    if (!shown.result.complete) {
        notReady(ctx, shown, v, std::min(width, ctx.px(760)));
        return;
    }
    headline(ctx, shown, v, width);
    why(ctx, shown, v, width);
    chart(ctx, shown, width);
    flips(ctx, shown, v, width);
    nextStepsCard(ctx, shown, v, width);
    crossoverCard(ctx, shown, width);
    gap(ctx, 12);
}

}  // namespace rc::ui
