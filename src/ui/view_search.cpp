// The Search view: one box over all the content (core's index, search.h),
// the hits grouped by the view that shows them, each a button that opens its
// item there (OpenHit). Also what the other views use of the search: the
// opened item scrolled into view with its words highlighted (revealed()),
// "found elsewhere" for a view's own filter that shows nothing, and the
// nav's way in.
//
// The hits are App's (SearchUi::hits, derived when the query changes); the
// index is built at the first search, never for the first frame.
//
// [SECTION] Reveal: a hit's item in its view
// [SECTION] Found elsewhere
// [SECTION] Nav entry
// [SECTION] Box and hits
// [SECTION] View
#include <imgui.h>
#include <imgui_internal.h>  // GetActiveID (Enter in the box), RenderNavHighlight for the hit rows

#include <algorithm>
#include <string>
#include <vector>

#include "core/compare.h"
#include "core/html.h"  // hitText(): the mirror shows hits in the same words
#include "core/search.h"
#include "layout.h"
#include "theme.h"
#include "views.h"

namespace rc::ui {

//-----------------------------------------------------------------------------
// [SECTION] Reveal: a hit's item in its view
//-----------------------------------------------------------------------------

const SearchUi::Reveal* revealed(Context& ctx, Section section, int index, int group, std::string_view field) {
    const SearchUi::Reveal& r = ctx.state.search.reveal;
    if (r.view != ctx.state.view || r.section != section || r.index != index || r.group != group) return nullptr;
    if (!field.empty() && r.field.compare(0, field.size(), field) != 0) return nullptr;
    if (ctx.memory.revealShown != r.seq) {
        // Near the top, with what is above it still in sight. ImGui scrolls
        // on the next frame: ask for one.
        ctx.memory.revealShown = r.seq;
        ImGui::SetScrollHereY(0.15f);
        ctx.animating = true;
    }
    // Where the item starts, as a target ("search:revealed") for tests and
    // hosts to see it on screen; the cursor goes back, so nothing moves.
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(ctx.px(24), ImGui::GetTextLineHeight()));
    ctx.mark("search:revealed");
    ImGui::SetCursorScreenPos(at);
    return &r;
}

std::vector<Span> highlights(const SearchUi::Reveal* r, std::string_view text) {
    if (!r) return {};
    if (text == r->text) return r->spans;  // the hit's own field: search()'s highlights
    return findSpans(text, r->query);
}

void highlightRevealed(Context& ctx, CompareView& view) {
    const SearchUi::Reveal& r = ctx.state.search.reveal;
    if (r.view != View::Compare || r.section != Section::Dimension || !ctx.compare.search.empty()) return;
    for (CompareGroup& g : view.groups)
        for (CompareRow& row : g.rows) {
            if (row.dimension != r.index) continue;
            row.titleSpans = highlights(&r, row.title);
            row.sharedSpans = highlights(&r, row.shared);
            for (CompareCell& c : row.cells) {
                c.summarySpans = highlights(&r, c.entry->summary);
                c.pointSpans.resize(c.entry->points.size());
                for (size_t k = 0; k < c.entry->points.size(); ++k) c.pointSpans[k] = highlights(&r, c.entry->points[k]);
            }
        }
}

//-----------------------------------------------------------------------------
// [SECTION] Found elsewhere
//-----------------------------------------------------------------------------

namespace {

struct ViewHits {
    View view;
    int count = 0;
    int first = -1;  // index of its best hit
};

// Views with hits, in the order of their best hit.
std::vector<ViewHits> groupByView(const std::vector<SearchHit>& hits) {
    std::vector<ViewHits> out;
    for (size_t i = 0; i < hits.size(); ++i) {
        const View v = viewForHit(hits[i]);
        auto it = std::find_if(out.begin(), out.end(), [&](const ViewHits& g) { return g.view == v; });
        if (it == out.end()) out.push_back({v, 1, static_cast<int>(i)});
        else ++it->count;
    }
    return out;
}

// Whether the view's own search box would show something for `query` (it
// may read the words more narrowly than the index).
bool ownFilterFinds(const Context& ctx, View v, const std::string& query) {
    if (v == View::Faq) {
        const std::vector<FaqMatch> m = matchFaq(*ctx.data, parseQuery(query, *ctx.data));
        return std::any_of(m.begin(), m.end(), [](const FaqMatch& x) { return x.visible; });
    }
    if (v == View::Compare) {
        CompareQuery q;
        q.search = query;
        return buildCompare(*ctx.data, q).rowCount > 0;
    }
    return false;
}

}  // namespace

void elsewhere(Context& ctx, View here, const std::string& query) {
    if (!ctx.searchIndex) return;
    const Query q = parseQuery(query, *ctx.searchIndex);
    if (q.empty()) return;
    const std::vector<SearchHit> hits = search(*ctx.searchIndex, q);
    std::vector<ViewHits> where = groupByView(hits);
    where.erase(std::remove_if(where.begin(), where.end(), [&](const ViewHits& g) { return g.view == here; }), where.end());
    if (where.empty()) return;

    gap(ctx, 6);
    Flow flow(ctx, 8);
    ImGui::PushFont(ctx.fonts.small);
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.pal.muted);
    const std::string leadText = ctx.tr("search.elsewhere");  // outlives `lead`, which may point into it
    const char* lead = visual(ctx, leadText.c_str());
    if (flow.rtl) flow.next(ImGui::CalcTextSize(lead).x);  // the run's first item: at the right
    else flow.first = false;
    ImGui::TextUnformatted(lead);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    const std::string prefix = std::string(viewId(here)) + ":elsewhere:";
    for (const ViewHits& g : where) {
        const std::string label = ctx.tr("search.inView", {{"n", g.count}, {"view", ctx.tr(std::string("nav.") + viewId(g.view))}});
        ImGui::PushID(static_cast<int>(g.view));
        if (smallPill(ctx, label.c_str(), false, &flow)) {
            // The global search holds the query either way (Back from the item
            // goes there). One match, or a view without a filter of its own:
            // its best match opened; else the view filtered to all of them.
            ctx.push(SetSearch{View::Search, query});
            if (g.count > 1 && ownFilterFinds(ctx, g.view, query)) {
                ctx.push(SetSearch{g.view, query});
                ctx.go(g.view);
            } else {
                ctx.push(OpenHit{g.first});
            }
        }
        ctx.mark(prefix + viewId(g.view));
        ImGui::PopID();
    }
    if (smallPill(ctx, ctx.tr("search.seeAll").c_str(), false, &flow)) {
        ctx.push(SetSearch{View::Search, query});
        ctx.go(View::Search);
    }
    ctx.mark(prefix + "all");
}

//-----------------------------------------------------------------------------
// [SECTION] Nav entry
//-----------------------------------------------------------------------------

namespace {
float navIconWidth(const Context& ctx) { return ctx.px(18); }

// A magnifier drawn (not a glyph: crisp at any scale, in any font subset),
// centred in a box `size` px square at p.
void magnifier(Context& ctx, ImVec2 p, float size, uint32_t color) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = size * 0.3f, t = std::max(1.0f, ctx.px(1.6f));
    const ImVec2 c(p.x + size * 0.42f, p.y + size * 0.42f);
    dl->AddCircle(c, r, color, 20, t);
    const float d = r * 0.7071f;
    dl->AddLine(ImVec2(c.x + d, c.y + d), ImVec2(p.x + size * 0.88f, p.y + size * 0.88f), color, t * 1.2f);
}
}  // namespace

float searchNavWidth(Context& ctx) {
    return ImGui::CalcTextSize(visual(ctx, ctx.tr("nav.search").c_str())).x + ImGui::GetStyle().FramePadding.x * 2 + navIconWidth(ctx);
}

bool searchNavButton(Context& ctx) {
    // The label sits right; the icon is drawn in the room left of it (the
    // mirror right to left: the label left, the icon right of it).
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(ctx.rtl() ? 0.0f : 1.0f, 0.5f));
    const std::string label = ctx.tr("nav.search") + "##nav-search";
    const bool clicked = frameButton(ctx, label.c_str(), ImVec2(searchNavWidth(ctx), 0));  // touch-sized item
    ImGui::PopStyleVar();
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const float s = ctx.px(14);
    const ImVec2 at(startX(ctx, a.x, b.x - a.x, ImGui::GetStyle().FramePadding.x * 0.75f, s), (a.y + b.y - s) * 0.5f);
    magnifier(ctx, at, s, ImGui::GetColorU32(ImGuiCol_Text));
    return clicked;
}

//-----------------------------------------------------------------------------
// [SECTION] Box and hits
//-----------------------------------------------------------------------------

namespace {

// The box: typing searches, Enter opens the first hit, Escape clears (and
// leaves the box when it is empty). A new OpenSearch gives it the keyboard.
void searchField(Context& ctx) {
    const SearchUi& s = ctx.state.search;
    char buf[256];
    const size_t n = std::min(s.query.size(), sizeof(buf) - 1);
    std::copy_n(s.query.data(), n, buf);
    buf[n] = 0;
    // Tall enough for a finger on touch screens.
    const ImGuiStyle& st = ImGui::GetStyle();
    const float padY = std::max(st.FramePadding.y, (ctx.px(ctx.minHitCss()) - ImGui::GetFontSize()) * 0.5f);
    const float icon = ctx.px(18);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(st.FramePadding.x + icon, padY));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, ctx.px(1));
    ImGui::PushStyleColor(ImGuiCol_Border, ctx.pal.border);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ctx.pal.surface);
    if (ctx.memory.searchFocusShown != s.focusAsks) {
        ctx.memory.searchFocusShown = s.focusAsks;
        ImGui::SetKeyboardFocusHere();
        ctx.animating = true;
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    const char* id = "##search-box";
    // Active now or in the last frame: ImGui's nav lets go of the box on an
    // Escape before the box sees it when the box took the keyboard a frame ago.
    const ImGuiID boxId = ImGui::GetID(id);
    const bool wasActive = ImGui::GetActiveID() == boxId || ImGui::GetCurrentContext()->ActiveIdPreviousFrame == boxId;
    const bool changed = textField(ctx, id, ctx.tr("search.hint").c_str(), buf, sizeof(buf), ImGuiInputTextFlags_EscapeClearsAll);
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar(2);
    ctx.mark("search:box");
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const float is = ctx.px(14);
    // In the padding at the box's start (its right, right to left; the padding is on both sides).
    magnifier(ctx, ImVec2(startX(ctx, a.x, b.x - a.x, st.FramePadding.x, is), (a.y + b.y - is) * 0.5f), is, ctx.pal.muted);
    if (changed) ctx.push(SetSearch{View::Search, buf});
    const bool enter = ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false);
    if (wasActive && enter && !changed && !s.hits.empty()) ctx.push(OpenHit{0});
    // Escape clears wherever the keyboard is. ImGui's own clearing (above)
    // misses a press in the first frame after the box took the keyboard (its
    // key ownership follows a frame behind): then the box lets go, to show the
    // cleared text, and takes the keyboard again in the next frame.
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && !changed && !s.query.empty() && (wasActive || shortcutKeysFree())) {
        ctx.push(SetSearch{View::Search, ""});
        if (ImGui::GetActiveID() == boxId) ImGui::ClearActiveID();
        if (wasActive) ctx.push(OpenSearch{});  // the box takes the keyboard again, empty: the reader types on
    }
}

// One hit: a row button with the item's title and the matched text, the
// query's words highlighted. Returns nothing: a click pushes OpenHit.
void hitRow(Context& ctx, int i, const HitText& t) {
    ImGui::PushID(i);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    const float padX = ctx.px(14), padY = ctx.px(10), between = ctx.px(3);
    const float textW = std::max(w - 2 * padX, ctx.px(60));
    std::string snippet = t.snippet;
    std::vector<Span> spans = t.snippetSpans;
    if (!t.label.empty()) {  // whose text it is: "ML Engineer: ..."
        const std::string lead = t.label + ": ";
        spans = shifted(spans, lead.size());
        snippet = lead + snippet;
    }
    const float titleH = textHeight(ctx, t.title, ctx.fonts.bodyBold, textW);
    const float snipH = snippet.empty() ? 0 : textHeight(ctx, snippet, ctx.fonts.small, textW);
    const float h = std::max(2 * padY + titleH + (snipH > 0 ? between + snipH : 0), ctx.px(ctx.minHitCss()));

    const bool clicked = ImGui::InvisibleButton("##hit", ImVec2(w, h));
    ctx.mark("search:hit:" + std::to_string(i));
    const bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (clicked) ctx.push(OpenHit{i});
    const ImRect rect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (ImGui::IsRectVisible(rect.Min, rect.Max)) {
        const float r = ImGui::GetStyle().ChildRounding;
        dl->AddRectFilled(rect.Min, rect.Max, hovered ? mix(ctx.pal.surface, ctx.pal.accent, 0.06f) : ctx.pal.surface, r);
        dl->AddRect(rect.Min, rect.Max, hovered ? mix(ctx.pal.border, ctx.pal.accent, 0.35f) : ctx.pal.border, r, 0,
                    1.0f * ctx.scale);
        drawText(ctx, ctx.fonts.bodyBold, p.x + padX, p.y + padY, t.title, t.titleSpans, textW, ctx.pal.text);
        if (snipH > 0)
            drawText(ctx, ctx.fonts.small, p.x + padX, p.y + padY + titleH + between, snippet, spans, textW, ctx.pal.muted);
        ImGui::RenderNavHighlight(rect, ImGui::GetItemID());
    }
    ImGui::PopID();
}

void drawHits(Context& ctx) {
    const SearchUi& s = ctx.state.search;
    const Dataset& d = *ctx.data;
    if (s.parsed.empty()) {
        muted(ctx, ctx.tr("search.intro"));
        return;
    }
    if (s.hits.empty()) {
        CardStyle st;
        st.padY = 28;
        Card card(ctx, st);
        {
            subheading(ctx, ctx.tr("search.noMatches", {{"query", s.query}}));
            muted(ctx, ctx.tr("search.tryShorter"));
            gap(ctx, 4);
            if (primaryButton(ctx, ctx.tr("search.clear").c_str())) ctx.push(SetSearch{View::Search, ""});
            ctx.mark("search:clear");
        }
        card.end();
        return;
    }
    const std::vector<ViewHits> groups = groupByView(s.hits);
    std::string count = ctx.tr("search.count", {{"n", s.hits.size()}});
    if (groups.size() > 1) count = ctx.tr("search.countInViews", {{"count", count}, {"n", groups.size()}});
    ImGui::PushFont(ctx.fonts.small);
    muted(ctx, count);
    ImGui::PopFont();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, ctx.px(8)));
    for (const ViewHits& g : groups) {
        gap(ctx, 6);
        text(ctx, ctx.tr(std::string("nav.") + viewId(g.view)) + "  \u00B7  " + formatInteger(ctx.catalogue().language(), g.count), {},
             ctx.fonts.bodyBold, ctx.pal.muted);
        for (int i = 0; i < static_cast<int>(s.hits.size()); ++i)
            if (viewForHit(s.hits[i]) == g.view) hitRow(ctx, i, hitText(d, s.hits[i], s.parsed, 180, ctx.catalogue()));
    }
    ImGui::PopStyleVar();
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] View
//-----------------------------------------------------------------------------

void drawSearch(Context& ctx) {
    if (!ctx.data) return;
    Page page(ctx);
    text(ctx, ctx.tr("search.title"), {}, ctx.fonts.heading);
    searchField(ctx);
    gap(ctx, 2);
    drawHits(ctx);
    gap(ctx, 12);
    page.end();
}

}  // namespace rc::ui
