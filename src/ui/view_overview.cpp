// The Overview view: each role in two sentences, the call to action into the
// quiz, the key differences at a glance and what the roles share.
//
// [SECTION] Picking the differences
// [SECTION] Sections
// [SECTION] View
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "layout.h"
#include "theme.h"
#include "views.h"

namespace rc::ui {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Picking the differences
//-----------------------------------------------------------------------------

// The dimensions that tell the roles apart best in the shipped data, in
// reading order; custom data without them falls back to the first differing
// dimension of each category.
constexpr const char* kPreferred[] = {"problem-solving", "work-environment", "product-perspective",
                                      "tools-languages", "education-skills", "demand"};
constexpr size_t kMaxRows = 6;

std::vector<const Dimension*> glanceDimensions(const Dataset& d) {
    std::vector<const Dimension*> out;
    for (const char* id : kPreferred)
        if (const Dimension* dim = d.findDimension(id)) out.push_back(dim);
    auto taken = [&](const Dimension* x) { return std::find(out.begin(), out.end(), x) != out.end(); };
    auto categoryTaken = [&](const std::string& c) {
        return std::any_of(out.begin(), out.end(), [&](const Dimension* x) { return x->category == c; });
    };
    for (int pass = 0; pass < 2 && out.size() < kMaxRows; ++pass)  // pass 0: new categories; 1: any
        for (const Dimension& dim : d.dimensions) {
            if (out.size() >= kMaxRows) break;
            if (!dim.differs || taken(&dim) || (pass == 0 && categoryTaken(dim.category))) continue;
            out.push_back(&dim);
        }
    if (out.size() > kMaxRows) out.resize(kMaxRows);
    return out;
}

// A role's summary on a dimension; a dash when the source says nothing for it
// there (an empty summary), as in the Compare view.
const std::string& entrySummary(const Dimension& dim, size_t role) {
    static const std::string kNone = "\xE2\x80\x94";  // an em dash
    return role < dim.entries.size() && !dim.entries[role].summary.empty() ? dim.entries[role].summary : kNone;
}

//-----------------------------------------------------------------------------
// [SECTION] Sections
//-----------------------------------------------------------------------------

void roleCards(Context& ctx, float width) {
    const Dataset& d = *ctx.data;
    const int n = static_cast<int>(d.roles.size());
    const int cols = ctx.narrow() ? 1 : std::clamp(static_cast<int>(width / ctx.px(270)), 1, n);
    const QuizResult& res = ctx.quiz.result;
    Grid g(ctx, width, cols);
    for (int r = 0; r < n; ++r) {
        const Role& role = d.roles[r];
        ImGui::PushID(r);
        float w = g.card(roleColor(ctx, r));
        textBlock(ctx, role.name, w, ctx.fonts.heading);
        pullUp(ctx, 4);
        textBlock(ctx, role.summary, w, ctx.fonts.bodyBold);
        textBlock(ctx, firstSentence(role.definition), w, nullptr, ctx.pal.muted);
        if (res.complete && static_cast<size_t>(r) < res.fits.size()) {
            textBlock(ctx, ctx.tr("overview.yourFit", {{"percent", ctx.percent(res.fits[r])}}), w, ctx.fonts.bodyBold,
                      roleColor(ctx, r));
        }
        ImGui::PopID();
    }
    g.end();
}

void callToAction(Context& ctx, float width) {
    const Dataset& d = *ctx.data;
    const QuizResult& res = ctx.quiz.result;
    const bool hasQuiz = d.quiz.present();
    Card c(ctx, width, 0, mix(ctx.pal.surface, ctx.pal.accent, 0.06f), mix(ctx.pal.border, ctx.pal.accent, 0.35f));
    const float w = c.inner;
    std::string title, sub, primary;
    const int total = static_cast<int>(d.quiz.questions.size());
    if (!hasQuiz) {
        title = ctx.tr("overview.noQuizTitle");
        sub = ctx.tr("overview.noQuizSub");
    } else if (res.complete) {
        title = ctx.tr("overview.readyTitle");
        sub.clear();
        for (int r : res.ranking) {
            if (!sub.empty()) sub += "   \xC2\xB7   ";
            sub += ctx.tr("overview.readyFit", {{"role", d.roles[r].shortName}, {"percent", ctx.percent(res.fits[r])}});
        }
        primary = ctx.tr("overview.seeResult");
    } else if (res.answered > 0) {
        title = ctx.tr("overview.resumeTitle");
        sub = ctx.tr("overview.resumeSub", {{"answered", res.answered}, {"n", total}});
        primary = ctx.tr("overview.resume", {{"answered", res.answered}, {"n", total}});
    } else {
        title = ctx.tr("overview.startTitle");
        sub = ctx.tr("overview.startSub", {{"n", total}});
        primary = ctx.tr("overview.start");
    }
    textBlock(ctx, title, w, ctx.fonts.heading);
    textBlock(ctx, sub, w, nullptr, ctx.pal.muted);
    gap(ctx, 2);
    const std::string secondaryText = ctx.tr("overview.compare");
    const char* secondary = secondaryText.c_str();
    std::vector<float> widths;
    if (!primary.empty()) widths.push_back(buttonWidth(ctx, primary));
    widths.push_back(buttonWidth(ctx, secondary));
    ButtonRow row(ctx, w, widths);
    int i = 0;
    if (!primary.empty()) {
        if (button(ctx, "##start", primary, row.place(i++), ButtonKind::Primary)) {
            if (!res.complete && ctx.quiz.current >= total - 1)  // pick up at the first open question
                ctx.push(ShowQuestion{firstOpenQuestion(d, ctx.quiz.answers)});
            ctx.go(res.complete ? View::Result : View::Quiz);
        }
        ctx.mark("overview:start-quiz");
    }
    if (button(ctx, "##compare", secondary, row.place(i++), hasQuiz ? ButtonKind::Secondary : ButtonKind::Primary))
        ctx.go(View::Compare);
    ctx.mark("overview:compare");
    row.end();
    c.end();
}

void differences(Context& ctx, float width) {
    const Dataset& d = *ctx.data;
    std::vector<const Dimension*> dims = glanceDimensions(d);
    if (dims.empty()) return;
    sectionTitle(ctx, ctx.tr("overview.differences"), width);
    const size_t n = d.roles.size();
    Card c(ctx, width);
    const float w = c.inner;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float colGap = ctx.px(20);
    // Wide: a title column and one column per role. Narrow: the title, then
    // one line per role marked with the role's colour.
    const bool grid = w >= ctx.px(620);
    const float titleW = grid ? std::floor(std::min(w * 0.24f, ctx.px(200))) : w;
    const float roleW = grid ? std::floor((w - titleW - colGap * static_cast<float>(n)) / static_cast<float>(n)) : w;
    const ImVec2 o = ImGui::GetCursorScreenPos();

    // Legend / column heads. Right to left, every column and line is mirrored (startX).
    ImFont* lf = ctx.fonts.bodyBold;
    Flow flow(ctx, 18);
    flow.right = o.x + w;
    auto column = [&](size_t r) { return startX(ctx, o.x, w, titleW + colGap + static_cast<float>(r) * (roleW + colGap), roleW); };
    for (size_t r = 0; r < n; ++r) {
        const float need = lf->CalcTextSizeA(lf->FontSize, FLT_MAX, 0, d.roles[r].shortName.c_str()).x + ctx.px(16);
        if (grid) ImGui::SetCursorScreenPos(ImVec2(column(r), o.y));
        else if (flow.rtl) flow.next(roleNameWidth(ctx, static_cast<int>(r), lf));
        else if (r > 0 && ImGui::GetItemRectMax().x + ctx.px(18) + need <= o.x + w) ImGui::SameLine(0, ctx.px(18));
        roleName(ctx, static_cast<int>(r), lf);
    }
    float y = ImGui::GetItemRectMax().y + ctx.px(10);
    const float dotR = ctx.px(4);
    for (const Dimension* dim : dims) {
        dl->AddLine(ImVec2(o.x, y), ImVec2(o.x + w, y), ctx.pal.border, std::max(1.0f, std::round(ctx.scale)));
        y += ctx.px(12);
        float bottom = y;
        ImGui::SetCursorScreenPos(ImVec2(startX(ctx, o.x, w, 0, titleW), y));
        bottom = std::max(bottom, y + textBlock(ctx, dim->title, titleW, ctx.fonts.bodyBold));
        float ry = grid ? y : bottom + ctx.px(4);
        for (size_t r = 0; r < n; ++r) {
            const uint32_t col = roleColor(ctx, static_cast<int>(r));
            if (grid) {
                ImGui::SetCursorScreenPos(ImVec2(column(r), y));
                bottom = std::max(bottom, y + textBlock(ctx, entrySummary(*dim, r), roleW));
            } else {
                const float indent = ctx.px(16);
                dl->AddCircleFilled(ImVec2(startX(ctx, o.x, w, dotR + ctx.px(1), 0), ry + ImGui::GetTextLineHeight() * 0.55f), dotR, col);
                ImGui::SetCursorScreenPos(ImVec2(startX(ctx, o.x, w, indent, w - indent), ry));
                ry += textBlock(ctx, entrySummary(*dim, r), w - indent) + ctx.px(6);
                bottom = ry - ctx.px(6);
            }
        }
        y = bottom + ctx.px(12);
    }
    ImGui::SetCursorScreenPos(ImVec2(o.x, y - ctx.px(12)));
    ImGui::Dummy(ImVec2(w, 0));
    c.end();
}

void shared(Context& ctx, float width) {
    const Dataset& d = *ctx.data;
    if (d.shared.empty()) return;
    sectionTitle(ctx, ctx.tr("overview.shared"), width);
    const int cols = width >= ctx.px(900) ? 3 : width >= ctx.px(580) ? 2 : 1;
    Grid g(ctx, width, cols, 16, 16);
    for (size_t i = 0; i < d.shared.size(); ++i) {
        const Item& it = d.shared[i];
        float w = g.card();
        const SearchUi::Reveal* hit = revealed(ctx, Section::Shared, static_cast<int>(i));  // opened from a search hit
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float mark = ctx.px(24);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        ImFont* cf = ctx.fonts.bodyBold;
        const char* check = "\xE2\x9C\x93";  // U+2713
        const ImVec2 c(startX(ctx, p.x, w, ctx.px(10), 0), p.y + cf->FontSize * 0.5f + ctx.px(1));  // at the right, right to left
        dl->AddCircleFilled(c, ctx.px(10), mix(ctx.pal.surface, ctx.pal.accent, 0.14f));
        const ImVec2 cs = cf->CalcTextSizeA(cf->FontSize * 0.8f, FLT_MAX, 0, check);
        dl->AddText(cf, cf->FontSize * 0.8f, ImVec2(std::round(c.x - cs.x / 2), std::round(c.y - cs.y / 2)), ctx.pal.accent, check);
        ImGui::SetCursorScreenPos(ImVec2(startX(ctx, p.x, w, mark + ctx.px(6), w - mark - ctx.px(6)), p.y));
        ImGui::BeginGroup();
        text(ctx, it.title, highlights(hit, it.title), ctx.fonts.bodyBold, 0, w - mark - ctx.px(6));
        pullUp(ctx, 6);
        text(ctx, it.text, highlights(hit, it.text), ctx.fonts.small, ctx.pal.muted, w - mark - ctx.px(6));
        ImGui::EndGroup();
    }
    g.end();
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] View
//-----------------------------------------------------------------------------

void drawOverview(Context& ctx) {
    const float width = columnWidth(ctx);
    // The data's description introduces the comparison here only (not above
    // every view); phones go straight to the role cards, which say as much.
    if (!ctx.data->meta.description.empty() && !ctx.narrow() && ctx.heightCss >= 520)
        textBlock(ctx, ctx.data->meta.description, width, nullptr, ctx.pal.muted);
    gap(ctx, 4);
    roleCards(ctx, width);
    callToAction(ctx, width);
    differences(ctx, width);
    shared(ctx, width);
    gap(ctx, 12);
}

}  // namespace rc::ui
