// The ML basics view: what machine learning is, its types and uses, and why
// it is thought difficult. Read-only article content as cards, with the
// sources each part cites. What the roles share is in the Overview, once.
//
// [SECTION] Pieces
// [SECTION] View
#include <imgui.h>

#include <string>

#include "layout.h"
#include "views.h"

namespace rc::ui {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Pieces
//-----------------------------------------------------------------------------

// A section title with air above it; `lead` is an optional muted line under it.
void section(Context& ctx, const std::string& title, const char* lead = nullptr) {
    gap(ctx, 14);
    heading(ctx, title);
    if (lead) muted(ctx, lead);
}

// Article items (title, text, sources) as a grid of cards; `group`: which
// list of the Difficulty section (SearchHit::group), for a search hit.
void itemCards(Context& ctx, const char* id, const std::vector<Item>& items, int group) {
    const int n = static_cast<int>(items.size());
    cardGrid(ctx, id, n, gridColumns(ctx, n, 3, 250), [&](int i) {
        const Item& it = items[i];
        const SearchUi::Reveal* hit = revealed(ctx, Section::Difficulty, i, group);  // opened from a search hit
        subheading(ctx, it.title, highlights(hit, it.title));
        text(ctx, it.text, highlights(hit, it.text), nullptr, ctx.pal.text);
        if (!it.sources.empty()) citations(ctx, it.sources);
    });
}

void drawWhatIsMl(Context& ctx) {
    const Basics& b = ctx.data->basics;
    text(ctx, ctx.tr("basics.title"), {}, ctx.fonts.heading);
    CardStyle st;
    st.accent = ctx.pal.accent;
    Card card(ctx, st);
    const SearchUi::Reveal* hit = revealed(ctx, Section::Basics, -1, -1, "intro");
    text(ctx, b.intro, highlights(hit, b.intro));
    if (!b.sources.empty()) citations(ctx, b.sources);
    card.end();
}

void drawTypes(Context& ctx) {
    const Basics& b = ctx.data->basics;
    if (b.types.empty()) return;
    section(ctx, ctx.tr("basics.types"));
    const int n = static_cast<int>(b.types.size());
    cardGrid(ctx, "types", n, gridColumns(ctx, n, 3, 230), [&](int i) {
        const MlType& t = b.types[i];
        const SearchUi::Reveal* hit = revealed(ctx, Section::Basics, i);
        // A numbered badge in the accent colour, then the name.
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float d = ctx.px(26);
        numberBadge(ctx, startX(ctx, p.x, ImGui::GetContentRegionAvail().x, 0, d), p.y, i + 1, d);  // at the right, right to left
        ImGui::Dummy(ImVec2(d, d));
        subheading(ctx, t.name, highlights(hit, t.name));
        text(ctx, t.description, highlights(hit, t.description));
        for (const std::string& e : t.examples) bullet(ctx, e, highlights(hit, e), ctx.pal.accent);
    });
}

void drawApplications(Context& ctx) {
    const Basics& b = ctx.data->basics;
    if (b.applications.empty()) return;
    section(ctx, ctx.tr("basics.used"));
    Card card(ctx);
    const SearchUi::Reveal* hit = revealed(ctx, Section::Basics, -1, -1, "applications");
    Flow flow(ctx, 8);
    for (const std::string& a : b.applications) chip(ctx, a, highlights(hit, a), &flow, ctx.pal.accent);
    card.end();
}

void drawDifficulty(Context& ctx) {
    const Difficulty& df = ctx.data->difficulty;
    section(ctx, ctx.tr("basics.difficult"));
    if (!df.intro.empty()) {
        Card card(ctx);
        const SearchUi::Reveal* hit = revealed(ctx, Section::Difficulty, -1);
        text(ctx, df.intro, highlights(hit, df.intro));
        card.end();
    }
    if (!df.factors.empty()) {
        gap(ctx, 6);
        subheading(ctx, ctx.tr("basics.challenging"));
        itemCards(ctx, "factors", df.factors, 0);
    }
    if (!df.roleDifferences.empty()) {
        gap(ctx, 6);
        subheading(ctx, ctx.tr("basics.rolesDiffer"));
        itemCards(ctx, "role-differences", df.roleDifferences, 1);
    }
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] View
//-----------------------------------------------------------------------------

void drawBasics(Context& ctx) {
    if (!ctx.data) return;
    Page page(ctx);
    drawWhatIsMl(ctx);
    drawTypes(ctx);
    drawApplications(ctx);
    drawDifficulty(ctx);
    gap(ctx, 12);
    page.end();
}

}  // namespace rc::ui
