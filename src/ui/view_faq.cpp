// The FAQ view: an accordion of questions with a search that filters
// questions, answers and tags, highlights the matches and opens what matches.
//
// Each item is a rounded panel whose header row is one real ImGui item (an
// invisible button painted over), so Tab/arrows reach it and Enter toggles it.
//
// Matching (which items a search shows, what it highlights) is core's
// matchFaq(); opening the matches, and restoring what was open when the
// search is cleared, is App's (App::setFaqSearch).
//
// [SECTION] Items
// [SECTION] View
#include <imgui.h>
#include <imgui_internal.h>  // RenderNavHighlight for the custom-drawn header rows

#include <algorithm>
#include <string>

#include "core/search.h"
#include "layout.h"
#include "theme.h"
#include "views.h"

namespace rc::ui {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Items
//-----------------------------------------------------------------------------

// Every tag once, in the order the questions first use them: a topic row
// under the search box (a click searches for the topic, again clears it).
void drawTopics(Context& ctx) {
    std::vector<const std::string*> tags;
    for (const FaqItem& f : ctx.data->faq)
        for (const std::string& t : f.tags)
            if (std::none_of(tags.begin(), tags.end(), [&](const std::string* x) { return *x == t; })) tags.push_back(&t);
    if (tags.empty()) return;
    Flow flow(ctx, 6);
    ImGui::PushFont(ctx.fonts.small);
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.pal.muted);
    const std::string leadText = ctx.tr("faq.topics");  // outlives `lead`, which may point into it
    const char* lead = visual(ctx, leadText.c_str());
    if (flow.rtl) flow.next(ImGui::CalcTextSize(lead).x);  // the run's first item: at the right
    else flow.first = false;
    ImGui::TextUnformatted(lead);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    for (const std::string* t : tags) {
        ImGui::PushID(t->c_str());
        const bool active = ctx.faq.search == *t;
        if (smallPill(ctx, t->c_str(), active, &flow)) ctx.push(SetSearch{View::Faq, active ? "" : *t});
        ctx.mark("faq:tag:" + *t);
        ImGui::PopID();
    }
}

// Tags (a click searches for the tag) and the sources of an open answer.
void drawItemFooter(Context& ctx, const FaqItem& f) {
    const Dataset& d = *ctx.data;
    if (f.tags.empty() && f.sources.empty()) return;
    gap(ctx, 2);
    Flow flow(ctx, 6);
    for (const std::string& t : f.tags) {
        ImGui::PushID(t.c_str());
        std::string label = "#" + t;
        if (smallPill(ctx, label.c_str(), ctx.faq.search == t, &flow))
            ctx.push(SetSearch{View::Faq, ctx.faq.search == t ? "" : t});
        if (ImGui::IsItemHovered()) {
            tooltipSide(ctx);
            ImGui::SetTooltip("%s", visual(ctx, ctx.tr("faq.tagTip", {{"tag", t}}).c_str()));
        }
        ImGui::PopID();
    }
    for (const std::string& id : f.sources) {
        int si = d.sourceIndex(id);
        if (si < 0) continue;
        const Source& s = d.meta.sources[si];
        ImGui::PushID(id.c_str());
        linkText(ctx, "##src", "[" + s.id + "] " + sourceShortTitle(s), s.url, ctx.fonts.small, &flow);
        ImGui::PopID();
    }
}

void drawItem(Context& ctx, int index, const FaqMatch& match) {
    const FaqItem& f = ctx.data->faq[index];
    const bool open = ctx.faq.open[index] != 0;
    ImGui::PushID(index);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImGuiStyle& style = ImGui::GetStyle();
    Backdrop back;  // the item's box goes behind its content, once the open answer is measured
    // Opened from a search hit: scrolled to, its words highlighted (unless this view's own search does that).
    std::vector<Span> hitQuestion, hitAnswer;
    if (const SearchUi::Reveal* hit = revealed(ctx, Section::Faq, index)) {
        hitQuestion = highlights(hit, f.question);
        hitAnswer = highlights(hit, f.answer);
    }
    const std::vector<Span>& questionSpans = match.question.empty() ? hitQuestion : match.question;
    const std::vector<Span>& answerSpans = match.answer.empty() ? hitAnswer : match.answer;

    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    const float padX = ctx.px(16), padY = ctx.px(14), chevW = ctx.px(22);
    const float textW = std::max(w - 2 * padX - chevW, ctx.px(60));
    const float headerH = textHeight(ctx, f.question, ctx.fonts.bodyBold, textW) + 2 * padY;

    // The header row: one button, painted below.
    const bool clicked = ImGui::InvisibleButton("##q", ImVec2(w, headerH));
    ctx.mark("faq:item:" + std::to_string(index));
    const bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (clicked) ctx.push(ToggleFaq{index});
    const ImRect headerRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    const ImGuiID headerId = ImGui::GetItemID();

    if (ImGui::IsRectVisible(p, ImVec2(p.x + w, p.y + headerH))) {
        // The chevron is drawn, not a glyph: crisp at any scale, in any font subset.
        const uint32_t chevCol = open || hovered ? ctx.pal.accent : ctx.pal.muted;
        // Right to left it is at the right, and a closed one points left (dx = -1).
        const float dx = ctx.rtl() ? -1.0f : 1.0f;
        const float cs = ctx.px(9), cx = startX(ctx, p.x, w, padX + ctx.px(5), 0), cy = p.y + padY + ctx.fonts.bodyBold->FontSize * 0.5f;
        if (open)
            dl->AddTriangleFilled(ImVec2(cx - cs * 0.5f, cy - cs * 0.3f), ImVec2(cx + cs * 0.5f, cy - cs * 0.3f),
                                  ImVec2(cx, cy + cs * 0.4f), chevCol);
        else
            dl->AddTriangleFilled(ImVec2(cx - dx * cs * 0.3f, cy - cs * 0.5f), ImVec2(cx + dx * cs * 0.4f, cy),
                                  ImVec2(cx - dx * cs * 0.3f, cy + cs * 0.5f), chevCol);
        drawText(ctx, ctx.fonts.bodyBold, startX(ctx, p.x, w, padX + chevW, textW), p.y + padY, f.question, questionSpans, textW,
                 ctx.pal.text);
        ImGui::RenderNavHighlight(headerRect, headerId);
    }

    float itemH = headerH;
    if (open) {
        // The answer sits under the question, aligned with its text.
        ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + headerH - padY * 0.5f));
        ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(padX, 0));
        if (ImGui::BeginTable("##answer", 1, ImGuiTableFlags_PadOuterX | ImGuiTableFlags_NoSavedSettings)) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            // Under the question's text: clear of the chevron, at the left
            // right to left (the column's right edge cannot move: narrower text).
            if (ctx.rtl()) {
                text(ctx, f.answer, answerSpans, nullptr, 0, ImGui::GetContentRegionAvail().x - chevW);
                drawItemFooter(ctx, f);
            } else {
                ImGui::Indent(chevW);
                text(ctx, f.answer, answerSpans);
                drawItemFooter(ctx, f);
                ImGui::Unindent(chevW);
            }
            ImGui::EndTable();
        }
        ImGui::PopStyleVar();
        itemH = ImGui::GetItemRectMax().y + padY - p.y;
        ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + itemH));
        ImGui::Dummy(ImVec2(w, 0));
    }
    back.behind();
    const float r = style.ChildRounding;
    const ImVec2 b(p.x + w, p.y + itemH);
    if (ImGui::IsRectVisible(p, b)) {
        dl->AddRectFilled(p, b, ctx.pal.surface, r);
        if (hovered)
            dl->AddRectFilled(p, ImVec2(b.x, p.y + headerH), mix(ctx.pal.surface, ctx.pal.accent, 0.06f), r,
                              open ? ImDrawFlags_RoundCornersTop : ImDrawFlags_RoundCornersAll);
        dl->AddRect(p, b, open || hovered ? mix(ctx.pal.border, ctx.pal.accent, 0.35f) : ctx.pal.border, r, 0,
                    1.0f * ctx.scale);
    }
    back.end();
    ImGui::PopID();
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] View
//-----------------------------------------------------------------------------

namespace {

void drawFaqBody(Context& ctx) {
    const Dataset& d = *ctx.data;
    const FaqUi& ui = ctx.faq;

    text(ctx, ctx.tr("faq.title"), {}, ctx.fonts.heading);
    searchBox(ctx, "##faq-search", View::Faq, ui.search, ctx.tr("faq.searchHint").c_str());
    ctx.mark("faq:search");
    drawTopics(ctx);

    const Query q = parseQuery(ui.search, d);
    const std::vector<FaqMatch> matches = matchFaq(d, q);
    const int shown =
        static_cast<int>(std::count_if(matches.begin(), matches.end(), [](const FaqMatch& m) { return m.visible; }));

    // Count on the left, expand/collapse on the right (wrapping on phones).
    {
        Flow flow(ctx, 8);
        const std::string count = q.empty() ? ctx.tr("faq.count", {{"n", d.faq.size()}})
                                            : ctx.tr("faq.shown", {{"shown", shown}, {"n", d.faq.size()}});
        ImGui::PushFont(ctx.fonts.small);
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, ctx.pal.muted);
        const char* lead = visual(ctx, count.c_str());
        if (flow.rtl) flow.next(ImGui::CalcTextSize(lead).x);  // the run's first item: at the right
        else flow.first = false;
        ImGui::TextUnformatted(lead);
        ImGui::PopStyleColor();
        ImGui::PopFont();
        const bool allOpen = std::all_of(ui.open.begin(), ui.open.end(), [](char c) { return c != 0; });
        const bool noneOpen = std::none_of(ui.open.begin(), ui.open.end(), [](char c) { return c != 0; });
        if (smallPill(ctx, ctx.tr("faq.expandAll").c_str(), false, &flow) && !allOpen) ctx.push(OpenAllFaq{true});
        ctx.mark("faq:expand-all");
        if (smallPill(ctx, ctx.tr("faq.collapseAll").c_str(), false, &flow) && !noneOpen) ctx.push(OpenAllFaq{false});
        ctx.mark("faq:collapse-all");
    }

    if (shown == 0) {
        CardStyle st;
        st.padY = 28;
        Card card(ctx, st);
        {
            subheading(ctx, ctx.tr("faq.noMention", {{"query", ui.search}}));
            muted(ctx, ctx.tr("faq.tryShorter"));
            gap(ctx, 4);
            const std::string clear = ctx.tr("search.clear");
            if (ctx.rtl()) {  // a lone button: at the right
                ImGui::PushFont(ctx.fonts.bodyBold);  // primaryButton's
                alignEnd(ctx, ImGui::CalcTextSize(visual(ctx, clear.c_str())).x + drawnFramePadding(ctx).x * 2);
                ImGui::PopFont();
            }
            if (primaryButton(ctx, clear.c_str())) ctx.push(SetSearch{View::Faq, ""});
            ctx.mark("faq:clear");
            elsewhere(ctx, View::Faq, ui.search);
        }
        card.end();
        return;
    }

    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, ctx.px(8)));
    for (int i = 0; i < static_cast<int>(d.faq.size()); ++i)
        if (matches[i].visible) drawItem(ctx, i, matches[i]);
    ImGui::PopStyleVar();
    gap(ctx, 12);
}

}  // namespace

void drawFaq(Context& ctx) {
    if (!ctx.data) return;
    Page page(ctx);
    drawFaqBody(ctx);
    page.end();
}

}  // namespace rc::ui
