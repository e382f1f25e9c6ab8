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
void section(Context& ctx, const char* title, const char* lead = nullptr) {
    gap(ctx, 14);
    heading(ctx, title);
    if (lead) muted(ctx, lead);
}

// Article items (title, text, sources) as a grid of cards.
void itemCards(Context& ctx, const char* id, const std::vector<Item>& items) {
    const int n = static_cast<int>(items.size());
    cardGrid(ctx, id, n, gridColumns(ctx, n, 3, 250), [&](int i) {
        const Item& it = items[i];
        subheading(ctx, it.title);
        text(ctx, it.text, {}, nullptr, ctx.pal.text);
        if (!it.sources.empty()) citations(ctx, it.sources);
    });
}

void drawWhatIsMl(Context& ctx) {
    const Basics& b = ctx.data->basics;
    text(ctx, "What is machine learning?", {}, ctx.fonts.heading);
    CardStyle st;
    st.accent = ctx.pal.accent;
    Card card(ctx, st);
    text(ctx, b.intro);
    if (!b.sources.empty()) citations(ctx, b.sources);
    card.end();
}

void drawTypes(Context& ctx) {
    const Basics& b = ctx.data->basics;
    if (b.types.empty()) return;
    section(ctx, "Types of machine learning");
    const int n = static_cast<int>(b.types.size());
    cardGrid(ctx, "types", n, gridColumns(ctx, n, 3, 230), [&](int i) {
        const MlType& t = b.types[i];
        // A numbered badge in the accent colour, then the name.
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float d = ctx.px(26);
        numberBadge(ctx, p.x, p.y, i + 1, d);
        ImGui::Dummy(ImVec2(d, d));
        subheading(ctx, t.name);
        text(ctx, t.description);
        for (const std::string& e : t.examples) bullet(ctx, e, {}, ctx.pal.accent);
    });
}

void drawApplications(Context& ctx) {
    const Basics& b = ctx.data->basics;
    if (b.applications.empty()) return;
    section(ctx, "Where it is used");
    Card card(ctx);
    Flow flow(ctx, 8);
    for (const std::string& a : b.applications) chip(ctx, a, {}, &flow, ctx.pal.accent);
    card.end();
}

void drawDifficulty(Context& ctx) {
    const Difficulty& df = ctx.data->difficulty;
    section(ctx, "Is machine learning difficult?");
    if (!df.intro.empty()) {
        Card card(ctx);
        text(ctx, df.intro);
        card.end();
    }
    if (!df.factors.empty()) {
        gap(ctx, 6);
        subheading(ctx, "What makes it challenging");
        itemCards(ctx, "factors", df.factors);
    }
    if (!df.roleDifferences.empty()) {
        gap(ctx, 6);
        subheading(ctx, "How the engineering roles differ");
        itemCards(ctx, "role-differences", df.roleDifferences);
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
