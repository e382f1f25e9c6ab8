// The Sources view: every reference in the dataset, numbered, with its link
// and the parts of the data that cite it.
//
// [SECTION] Citations
// [SECTION] View
#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "layout.h"
#include "views.h"

namespace rc::ui {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Citations
//-----------------------------------------------------------------------------

// Per source (meta.sources order): a readable name for each part citing it.
// Walks the whole dataset (~100 small lists): microseconds, so per frame.
std::vector<std::vector<std::string>> citedBy(const Context& ctx) {
    const Dataset& d = *ctx.data;
    std::vector<std::vector<std::string>> out(d.meta.sources.size());
    auto add = [&](const std::vector<std::string>& ids, const std::string& label) {
        for (const std::string& id : ids) {
            int si = d.sourceIndex(id);
            if (si >= 0) out[si].push_back(label);
        }
    };
    for (const Dimension& dim : d.dimensions)
        for (size_t r = 0; r < dim.entries.size() && r < d.roles.size(); ++r)
            add(dim.entries[r].sources, ctx.tr("sources.compare", {{"title", dim.title}, {"role", d.roles[r].shortName}}));
    for (const Item& it : d.shared) add(it.sources, ctx.tr("sources.shared", {{"title", it.title}}));
    add(d.basics.sources, ctx.tr("sources.basics"));
    for (const Item& it : d.difficulty.factors) add(it.sources, ctx.tr("sources.difficulty", {{"title", it.title}}));
    for (const Item& it : d.difficulty.roleDifferences) add(it.sources, ctx.tr("sources.difficulty", {{"title", it.title}}));
    for (const ChooseGroup& g : d.choose.groups)
        for (const Item& it : g.factors) add(it.sources, ctx.tr("sources.choosing", {{"title", it.title}}));
    for (const FaqItem& f : d.faq) add(f.sources, ctx.tr("sources.faq", {{"title", f.question}}));
    for (size_t r = 0; r < d.quiz.nextSteps.size() && r < d.roles.size(); ++r)
        for (const NextStep& s : d.quiz.nextSteps[r]) add(s.sources, ctx.tr("sources.nextSteps", {{"role", d.roles[r].shortName}}));
    // One mention per part: several citing fields of one part read as noise.
    for (std::vector<std::string>& labels : out) {
        std::vector<std::string> unique;
        for (std::string& l : labels)
            if (std::find(unique.begin(), unique.end(), l) == unique.end()) unique.push_back(std::move(l));
        labels = std::move(unique);
    }
    return out;
}

std::string joinLabels(const std::vector<std::string>& labels) {
    std::string s;
    for (size_t i = 0; i < labels.size(); ++i) {
        if (i) s += "; ";
        s += labels[i];
    }
    return s;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] View
//-----------------------------------------------------------------------------

void drawSources(Context& ctx) {
    if (!ctx.data) return;
    const Dataset& d = *ctx.data;
    Page page(ctx);
    text(ctx, ctx.tr("sources.title"), {}, ctx.fonts.heading);
    muted(ctx, ctx.tr("sources.intro", {{"n", d.meta.sources.size()}}));
    gap(ctx, 2);

    const std::vector<std::vector<std::string>> cites = citedBy(ctx);
    for (size_t i = 0; i < d.meta.sources.size(); ++i) {
        const Source& s = d.meta.sources[i];
        ImGui::PushID(static_cast<int>(i));
        Card card(ctx);
        {
            // A numbered badge, the content indented beside it. Right to left
            // the badge is at the right and the content narrower instead
            // (an indent cannot be on the right).
            const float badge = ctx.px(28), indent = badge + ctx.px(14);
            const ImVec2 p = ImGui::GetCursorScreenPos();
            const bool rtl = ctx.rtl();
            const float textW = ImGui::GetContentRegionAvail().x - indent;
            numberBadge(ctx, startX(ctx, p.x, textW + indent, 0, badge), p.y, static_cast<int>(i) + 1, badge);
            if (!rtl) ImGui::Indent(indent);
            // The title's first line sits level with the badge.
            ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, p.y + (badge - ImGui::GetTextLineHeight()) / 2));
            text(ctx, s.title, {}, ctx.fonts.bodyBold, 0, rtl ? textW : 0);
            linkText(ctx, "##url", s.url, s.url, ctx.fonts.small);
            ctx.mark("sources:link:" + std::to_string(i));
            const std::vector<std::string>& by = cites[i];
            ImGui::PushFont(ctx.fonts.small);
            std::string line = "[" + s.id + "] ";
            line += by.empty() ? ctx.tr("sources.general") : ctx.tr("sources.citedBy", {{"n", by.size()}, {"parts", joinLabels(by)}});
            text(ctx, line, {}, nullptr, ctx.pal.muted, rtl ? textW : 0);
            ImGui::PopFont();
            if (!rtl) ImGui::Unindent(indent);
        }
        card.end();
        ImGui::PopID();
    }
    gap(ctx, 12);
    page.end();
}

}  // namespace rc::ui
