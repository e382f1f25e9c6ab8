// The Compare view: the dimensions side by side, one column per role,
// grouped by category, with category filters, "Where they overlap" (the
// dimensions with a shared note or a point every role lists) and a search
// that highlights matches in place.
//
// Wide screens get a table per category (a label column for the dimension
// when there is room, else the dimension title above the role columns).
// Phones never squeeze columns: each dimension is one card holding every
// role's entry, one under the other, each under its role's name in the
// role's colour; once the cards scroll under the top of the view, a slim bar
// there names the roles and their colours. An empty entry (the source has
// nothing for the role there) is a dash.
//
// [SECTION] Controls
// [SECTION] Cells
// [SECTION] Wide layout
// [SECTION] Narrow layout
// [SECTION] View
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "core/compare.h"
#include "layout.h"
#include "theme.h"
#include "views.h"

namespace rc::ui {

namespace {

// "Both" for two roles, "All roles" for more.
std::string everyoneLabel(const Context& ctx) { return ctx.tr(ctx.data->roles.size() == 2 ? "compare.both" : "compare.allRoles"); }

//-----------------------------------------------------------------------------
// [SECTION] Controls
//-----------------------------------------------------------------------------

bool hasCategory(const CompareUi& ui, const std::string& id) {
    return std::find(ui.categories.begin(), ui.categories.end(), id) != ui.categories.end();
}

void compareSearchBox(Context& ctx) {
    searchBox(ctx, "##compare-search", View::Compare, ctx.compare.search, ctx.tr("compare.searchHint").c_str());
}

void drawSearchRow(Context& ctx) {
    const CompareUi& ui = ctx.compare;
    if (ctx.narrow()) {
        compareSearchBox(ctx);
        ctx.mark("compare:search");
        return;
    }
    // Search box and the toggle on one line: the box takes what the toggle leaves.
    const std::string overlapText = ctx.tr("compare.overlap");
    const char* overlapLabel = overlapText.c_str();
    const float toggleW = ImGui::CalcTextSize(visual(ctx, overlapLabel)).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(ctx.px(5), 0));
    if (ImGui::BeginTable("##search-row", 2, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoSavedSettings)) {
        // Right to left the toggle is the left column, the box the right one.
        const bool rtl = ctx.rtl();
        if (rtl) ImGui::TableSetupColumn("toggle", ImGuiTableColumnFlags_WidthFixed, toggleW);
        ImGui::TableSetupColumn("search", ImGuiTableColumnFlags_WidthStretch);
        if (!rtl) ImGui::TableSetupColumn("toggle", ImGuiTableColumnFlags_WidthFixed, toggleW);
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(rtl ? 1 : 0);
        compareSearchBox(ctx);
        ctx.mark("compare:search");
        ImGui::TableSetColumnIndex(rtl ? 0 : 1);
        if (pill(ctx, overlapLabel, ui.overlapOnly)) ctx.push(SetOverlapOnly{!ui.overlapOnly});
        ctx.mark("compare:overlap");
        ImGui::EndTable();
    }
    ImGui::PopStyleVar();
}

void drawCategoryPills(Context& ctx) {
    const CompareUi& ui = ctx.compare;
    const Dataset& d = *ctx.data;
    const bool narrow = ctx.narrow();
    Flow flow(ctx, 6);
    auto onePill = [&](const char* label, bool active) {
        if (narrow) return smallPill(ctx, label, active, &flow);
        flow.next(ImGui::CalcTextSize(visual(ctx, label), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2);
        return pill(ctx, label, active);
    };
    if (onePill(ctx.tr("compare.all").c_str(), ui.categories.empty())) ctx.push(ShowAllCategories{});
    ctx.mark("compare:category:all");
    for (const Category& c : d.categories) {
        ImGui::PushID(c.id.c_str());
        if (onePill(c.title.c_str(), hasCategory(ui, c.id))) ctx.push(ToggleCategory{c.id});
        ImGui::PopID();
        ctx.mark("compare:category:" + c.id);
    }
    if (narrow) {
        if (smallPill(ctx, ctx.tr("compare.overlap").c_str(), ui.overlapOnly, &flow)) ctx.push(SetOverlapOnly{!ui.overlapOnly});
        ctx.mark("compare:overlap");
    }
}

// "Showing N of M", and a way back to everything when a filter is on.
void drawStatus(Context& ctx, const CompareView& view) {
    const CompareUi& ui = ctx.compare;
    const char* key = ui.search.empty() ? (ui.overlapOnly ? "compare.shownOverlap" : "compare.shown")
                                        : (ui.overlapOnly ? "compare.shownOverlapSearch" : "compare.shownSearch");
    const std::string s = ctx.tr(key, {{"shown", view.rowCount}, {"n", view.totalRows}, {"query", ui.search}});
    const bool filtered = !ui.search.empty() || !ui.categories.empty() || ui.overlapOnly;
    const std::string resetText = ctx.tr("compare.reset");
    const char* resetLabel = resetText.c_str();

    ImGui::PushFont(ctx.fonts.small);
    const float avail = ImGui::GetContentRegionAvail().x, spacing = ctx.px(10);
    const float textW = ImGui::CalcTextSize(s.c_str()).x;
    const float pillW = ImGui::CalcTextSize(visual(ctx, resetLabel)).x + ctx.px(20);
    const float pillH = ImGui::GetTextLineHeight() + ctx.px(8);
    const bool oneLine = filtered && textW + spacing + pillW <= avail;
    const ImVec2 c = ImGui::GetCursorScreenPos();
    if (oneLine) ImGui::SetCursorScreenPos(ImVec2(c.x, c.y + (pillH - ImGui::GetTextLineHeight()) * 0.5f));
    text(ctx, s, {}, nullptr, ctx.pal.muted);
    ImGui::PopFont();
    if (filtered) {
        if (oneLine) ImGui::SetCursorScreenPos(ImVec2(c.x + textW + spacing, c.y));
        if (smallPill(ctx, resetLabel, false)) {
            ctx.push(SetSearch{View::Compare, ""});
            ctx.push(ShowAllCategories{});
            ctx.push(SetOverlapOnly{false});
        }
        ctx.mark("compare:reset");
    }
}

void drawEmpty(Context& ctx) {
    const CompareUi& ui = ctx.compare;
    CardStyle st;
    st.padY = 28;
    Card card(ctx, st);
    {
        const bool filters = !ui.categories.empty() || ui.overlapOnly;
        subheading(ctx, ui.search.empty() ? ctx.tr("compare.noMatch")
                                          : ctx.tr(filters ? "compare.noMentionFiltered" : "compare.noMention", {{"query", ui.search}}));
        muted(ctx, ctx.tr("search.tryShorter"));
        gap(ctx, 4);
        Flow flow(ctx, 10);
        auto buttonWidth = [&](const char* label, ImFont* font) {  // primary buttons are bold
            return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, visual(ctx, label)).x + ImGui::GetStyle().FramePadding.x * 2;
        };
        if (!ui.search.empty()) {
            const std::string clear = ctx.tr("search.clear");
            flow.next(buttonWidth(clear.c_str(), ctx.fonts.bodyBold));
            if (primaryButton(ctx, clear.c_str())) ctx.push(SetSearch{View::Compare, ""});
            ctx.mark("compare:clear");
            elsewhere(ctx, View::Compare, ui.search);
        } else {
            const std::string all = ctx.tr("compare.showAll");
            flow.next(buttonWidth(all.c_str(), ctx.fonts.bodyBold));
            if (primaryButton(ctx, all.c_str())) {
                ctx.push(ShowAllCategories{});
                ctx.push(SetOverlapOnly{false});
            }
            ctx.mark("compare:clear");
        }
    }
    card.end();
}

//-----------------------------------------------------------------------------
// [SECTION] Cells
//-----------------------------------------------------------------------------

// One role's entry for one dimension: summary (the article's heading for the
// responsibilities), bullets, sources. An empty entry (the source says nothing
// for this role here) is a muted dash, so the cell does not look unfinished.
// Phones: the points in the small font, closer together (two roles' entries
// in every card, one under the other).
void drawCell(Context& ctx, const CompareCell& c) {
    const bool compact = ctx.narrow();
    ImGui::PushID(c.role);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, ctx.px(compact ? 3 : 6)));
    if (!c.entry->summary.empty()) text(ctx, c.entry->summary, c.summarySpans, ctx.fonts.bodyBold);
    else if (c.entry->points.empty()) muted(ctx, "\xE2\x80\x94");  // an em dash
    if (compact) ImGui::PushFont(ctx.fonts.small);
    for (size_t k = 0; k < c.entry->points.size(); ++k) {
        static const std::vector<Span> kNone;
        bullet(ctx, c.entry->points[k], k < c.pointSpans.size() ? c.pointSpans[k] : kNone, roleColor(ctx, c.role));
    }
    if (compact) ImGui::PopFont();
    if (!c.entry->sources.empty()) {
        gap(ctx, 2);
        citations(ctx, c.entry->sources);
    }
    ImGui::PopStyleVar();
    ImGui::PopID();
}

// The dimension's title and what the roles share.
void drawRowLabel(Context& ctx, const CompareRow& row) {
    text(ctx, row.title, row.titleSpans, ctx.fonts.bodyBold);
    if (!row.shared.empty()) {
        // "Both: ..." unless the text already starts with that word.
        std::string prefix = everyoneLabel(ctx) + ": ";
        std::string_view first = row.shared.substr(0, prefix.size() - 2);
        if (first.size() == prefix.size() - 2 && foldCase(first) == foldCase(prefix.substr(0, prefix.size() - 2)))
            prefix.clear();
        ImGui::PushFont(ctx.fonts.small);
        text(ctx, prefix + std::string(row.shared), shifted(row.sharedSpans, prefix.size()), nullptr, ctx.pal.muted);
        ImGui::PopFont();
    }
}

// A role's name with a short bar in its colour under it (column headers).
void roleHeader(Context& ctx, int role) {
    const float x = ImGui::GetCursorScreenPos().x, cellW = ImGui::GetContentRegionAvail().x;
    alignEnd(ctx, roleNameWidth(ctx, role, ctx.fonts.bodyBold));
    roleName(ctx, role, ctx.fonts.bodyBold, true);
    ImVec2 p = ImGui::GetCursorScreenPos();
    p.x = startX(ctx, x, cellW, 0, ctx.px(28));
    p.y -= ImGui::GetStyle().ItemSpacing.y * 0.5f;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y), ImVec2(p.x + ctx.px(28), p.y + ctx.px(3)),
                                              roleColor(ctx, role), ctx.px(2));
}

//-----------------------------------------------------------------------------
// [SECTION] Wide layout
//-----------------------------------------------------------------------------

constexpr ImGuiTableFlags kTableFlags = ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_NoSavedSettings |
                                       ImGuiTableFlags_PadOuterX | ImGuiTableFlags_BordersInnerH;

// The dimension column (when there is one): about a quarter of the view,
// within readable bounds. 0 = no label column. Every table of the view uses
// the same value so the columns line up from card to card.
float labelWidth(Context& ctx) {
    const float roles = static_cast<float>(ctx.data->roles.size());
    if (ctx.widthCss < 760.0f + 200.0f * std::max(0.0f, roles - 2.0f)) return 0;
    return std::clamp(ImGui::GetContentRegionAvail().x * 0.24f, ctx.px(170), ctx.px(280));
}

// Right to left the columns run from the right: the label column last, the
// first role's next to it. column() gives a role's column (role -1: the label's).
void setupColumns(Context& ctx, float label) {
    const int roles = static_cast<int>(ctx.data->roles.size());
    if (label > 0 && !ctx.rtl()) ImGui::TableSetupColumn("dimension", ImGuiTableColumnFlags_WidthFixed, label);
    for (int k = 0; k < roles; ++k) {
        const int r = ctx.rtl() ? roles - 1 - k : k;
        ImGui::TableSetupColumn(ctx.data->roles[r].id.c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    }
    if (label > 0 && ctx.rtl()) ImGui::TableSetupColumn("dimension", ImGuiTableColumnFlags_WidthFixed, label);
}

int column(const Context& ctx, int role, bool label) {
    const int ltr = role + (label ? 1 : 0);
    return ctx.rtl() ? static_cast<int>(ctx.data->roles.size()) - (label ? 0 : 1) - ltr : ltr;
}

// BeginTable with the compare's horizontal cell padding (read at BeginTable).
bool beginTable(Context& ctx, const char* id, int columns, ImGuiTableFlags flags = kTableFlags) {
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(ctx.px(14), ctx.px(8)));
    bool open = ImGui::BeginTable(id, columns, flags);
    ImGui::PopStyleVar();
    return open;
}

// A row with generous vertical padding (CellPadding is read per row).
void nextRow(Context& ctx, float padYCss) {
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(ctx.px(14), ctx.px(padYCss)));
    ImGui::TableNextRow();
    ImGui::PopStyleVar();
}

// The roles introduced once at the top: name, colour and one-line summary.
void drawRolesHeader(Context& ctx, float label) {
    const Dataset& d = *ctx.data;
    CardStyle st;
    st.padX = 4;
    st.padY = 4;
    Card card(ctx, st);
    {
        if (beginTable(ctx, "##roles", static_cast<int>(d.roles.size()) + (label > 0 ? 1 : 0),
                       kTableFlags & ~ImGuiTableFlags_BordersInnerH)) {
            setupColumns(ctx, label);
            nextRow(ctx, 10);
            if (label > 0) {
                ImGui::TableSetColumnIndex(column(ctx, -1, true));
                eyebrow(ctx, ctx.tr("compare.eyebrow"));
                muted(ctx, ctx.tr("compare.dimensionsIn", {{"n", d.dimensions.size()},
                                                           {"categories", ctx.tr("compare.categories", {{"n", d.categories.size()}})}}));
            }
            for (size_t r = 0; r < d.roles.size(); ++r) {
                ImGui::TableSetColumnIndex(column(ctx, static_cast<int>(r), label > 0));
                ImGui::PushID(static_cast<int>(r));
                ImVec2 p = ImGui::GetCursorScreenPos();
                p.x = startX(ctx, p.x, ImGui::GetContentRegionAvail().x, 0, ctx.px(28));
                ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + ctx.px(28), p.y + ctx.px(4)),
                                                          roleColor(ctx, static_cast<int>(r)), ctx.px(2));
                gap(ctx, 0);
                text(ctx, d.roles[r].name, {}, ctx.fonts.heading);
                muted(ctx, d.roles[r].summary);
                ImGui::PopID();
            }
            ImGui::EndTable();
        }
    }
    card.end();
}

void drawGroupWide(Context& ctx, const CompareGroup& g, float label) {
    const Dataset& d = *ctx.data;
    const int roles = static_cast<int>(d.roles.size());
    const Category& cat = d.categories[g.category];
    CardStyle st;
    st.padX = 4;
    st.padY = 2;
    ImGui::PushID(cat.id.c_str());
    Card card(ctx, st);
    {
        ImGui::PushStyleColor(ImGuiCol_TableBorderLight, ctx.pal.border);
        if (label > 0) {
            // One table: the label column holds the category, then each dimension.
            if (beginTable(ctx, "##cmp", roles + 1)) {
                setupColumns(ctx, label);
                nextRow(ctx, 12);
                ImGui::TableSetColumnIndex(column(ctx, -1, true));
                text(ctx, cat.title, {}, ctx.fonts.heading);
                for (int r = 0; r < roles; ++r) {
                    ImGui::TableSetColumnIndex(column(ctx, r, true));
                    ImGui::PushID(r);
                    gap(ctx, 2);
                    roleHeader(ctx, r);
                    ImGui::PopID();
                }
                for (const CompareRow& row : g.rows) {
                    ImGui::PushID(row.dimension);
                    nextRow(ctx, 14);
                    ImGui::TableSetColumnIndex(column(ctx, -1, true));
                    revealed(ctx, Section::Dimension, row.dimension);
                    drawRowLabel(ctx, row);
                    for (const CompareCell& c : row.cells) {
                        ImGui::TableSetColumnIndex(column(ctx, c.role, true));
                        drawCell(ctx, c);
                    }
                    ImGui::PopID();
                }
                ImGui::EndTable();
            }
        } else {
            // Medium widths: the dimension title spans the card, the roles sit below it.
            ImGui::Indent(ctx.px(14));
            gap(ctx, 2);
            text(ctx, cat.title, {}, ctx.fonts.heading);
            ImGui::Unindent(ctx.px(14));
            if (beginTable(ctx, "##head", roles, kTableFlags & ~ImGuiTableFlags_BordersInnerH)) {
                setupColumns(ctx, 0);
                nextRow(ctx, 2);
                for (int r = 0; r < roles; ++r) {
                    ImGui::TableSetColumnIndex(column(ctx, r, false));
                    ImGui::PushID(r);
                    roleHeader(ctx, r);
                    ImGui::PopID();
                }
                ImGui::EndTable();
            }
            for (const CompareRow& row : g.rows) {
                ImGui::PushID(row.dimension);
                ImGui::Indent(ctx.px(14));
                rule(ctx, 4);
                revealed(ctx, Section::Dimension, row.dimension);
                drawRowLabel(ctx, row);
                ImGui::Unindent(ctx.px(14));
                if (beginTable(ctx, "##row", roles, kTableFlags & ~ImGuiTableFlags_BordersInnerH)) {
                    setupColumns(ctx, 0);
                    nextRow(ctx, 6);
                    for (const CompareCell& c : row.cells) {
                        ImGui::TableSetColumnIndex(column(ctx, c.role, false));
                        drawCell(ctx, c);
                    }
                    ImGui::EndTable();
                }
                ImGui::PopID();
            }
            gap(ctx, 4);
        }
        ImGui::PopStyleColor();
    }
    card.end();
    ImGui::PopID();
}

//-----------------------------------------------------------------------------
// [SECTION] Narrow layout
//-----------------------------------------------------------------------------

bool isEmpty(const Entry& e) { return e.summary.empty() && e.points.empty(); }

// Where the phone layout's cards are, for the bar that names the roles once
// they scroll under the top of the view (drawStickyRoles).
struct NarrowCards {
    bool any = false;
    float top = 0;          // screen y of the first card
    float left = 0, right = 0;  // the cards' horizontal extent
};

// One role's block in a phone card: the role's name in its colour, then its
// entry; an empty entry is a dash beside the name (a block of its own would
// read as missing content).
void drawRoleBlock(Context& ctx, const CompareCell& c) {
    ImGui::PushID(c.role);
    alignEnd(ctx, roleNameWidth(ctx, c.role, ctx.fonts.small));  // right to left: the name at the right
    roleName(ctx, c.role, ctx.fonts.small, true);
    if (isEmpty(*c.entry)) {
        const char* dash = "\xE2\x80\x94";  // an em dash
        const float nameX = ImGui::GetItemRectMin().x;
        ImGui::SameLine(0, ctx.px(8));
        ImGui::PushFont(ctx.fonts.small);
        if (ctx.rtl()) {  // left of the name
            const float dashW = std::ceil(ImGui::CalcTextSize(dash).x) + 1;
            ImGui::SetCursorScreenPos(ImVec2(nameX - ctx.px(8) - dashW, ImGui::GetCursorScreenPos().y));
            text(ctx, dash, {}, nullptr, ctx.pal.muted, dashW);
        } else {
            muted(ctx, dash);
        }
        ImGui::PopFont();
    } else {
        drawCell(ctx, c);
    }
    ImGui::PopID();
}

// Phones: one card per dimension with every role in it, each under its name.
void drawGroupNarrow(Context& ctx, const CompareGroup& g, NarrowCards* cards) {
    const Category& cat = ctx.data->categories[g.category];
    ImGui::PushID(cat.id.c_str());
    gap(ctx, 6);
    text(ctx, cat.title, {}, ctx.fonts.heading);
    for (const CompareRow& row : g.rows) {
        ImGui::PushID(row.dimension);
        if (!cards->any) {
            cards->any = true;
            cards->top = ImGui::GetCursorScreenPos().y;
            cards->left = ImGui::GetCursorScreenPos().x;
            cards->right = cards->left + ImGui::GetContentRegionAvail().x;
        }
        CardStyle st;
        st.padX = 14;
        st.padY = 12;
        Card card(ctx, st);
        {
            revealed(ctx, Section::Dimension, row.dimension);
            // Tighter than the theme's 10 px between lines: the blocks' own gaps say what belongs together.
            ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, ctx.px(4)));
            drawRowLabel(ctx, row);
            for (const CompareCell& c : row.cells) {
                gap(ctx, &c == &row.cells.front() ? 2 : 6);
                drawRoleBlock(ctx, c);
            }
            ImGui::PopStyleVar();
        }
        card.end();
        ImGui::PopID();
    }
    ImGui::PopID();
}

// A dot in the role's colour and its short name, painted at `pos` (no item:
// the sticky bar is drawn over the content); with `measureOnly`, nothing is
// painted. Returns the width.
float paintRoleName(Context& ctx, int role, ImVec2 pos, ImFont* font, bool measureOnly = false) {
    const char* name = visual(ctx, ctx.data->roles[role].shortName.c_str());
    const float d = ctx.px(9), textX = d + ctx.px(6);
    const float w = textX + font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, name).x;
    if (measureOnly) return w;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const uint32_t col = roleColor(ctx, role);
    // Right to left: the name, then the dot at its right (roleName's mirror).
    dl->AddCircleFilled(ImVec2(startX(ctx, pos.x, w, 0, d) + d / 2, pos.y + font->FontSize / 2 + ctx.px(0.5f)), d / 2, col);
    dl->AddText(font, font->FontSize, ImVec2(startX(ctx, pos.x, w, textX, w - textX), pos.y), col, name);
    return w;
}

// Phones, once the first card has scrolled under the top of the view: a slim
// bar there names the roles in their colours, so a card read from its middle
// still says whose entry is whose. The names on one line when they fit, else
// one a line. Painted over the content at the end of the frame; call outside
// any table (the window's own clip rect).
void drawStickyRoles(Context& ctx, const NarrowCards& cards) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 clipMin = dl->GetClipRectMin(), clipMax = dl->GetClipRectMax();
    if (!cards.any || cards.top >= clipMin.y) return;
    ImFont* font = ctx.fonts.small;
    const int roles = static_cast<int>(ctx.data->roles.size());
    const float padX = ctx.px(14), padY = ctx.px(7), spacing = ctx.px(18), lineGap = ctx.px(4);
    const float left = cards.left + padX;  // in line with the cards' content
    float need = 0;
    for (int r = 0; r < roles; ++r) need += (r ? spacing : 0) + paintRoleName(ctx, r, ImVec2(), font, true);
    const bool oneLine = left + need <= cards.right - padX;
    const int lines = oneLine ? 1 : roles;
    const float h = font->FontSize * lines + lineGap * (lines - 1) + 2 * padY;
    const ImVec2 a(clipMin.x, clipMin.y), b(clipMax.x, clipMin.y + h);
    dl->AddRectFilled(a, b, ctx.pal.bg);
    dl->AddLine(ImVec2(a.x, b.y - ctx.px(1)), ImVec2(b.x, b.y - ctx.px(1)), ctx.pal.border, ctx.px(1));
    ImVec2 p(left, a.y + padY);
    const float lineW = cards.right - padX - left;
    for (int r = 0; r < roles; ++r) {
        // Right to left, mirrored: the line starts at the right.
        const ImVec2 at = ctx.rtl() ? ImVec2(startX(ctx, left, lineW, p.x - left, paintRoleName(ctx, r, p, font, true)), p.y) : p;
        const float w = paintRoleName(ctx, r, at, font);
        if (oneLine) p.x += w + spacing;
        else p.y += font->FontSize + lineGap;
    }
}

// Controls, then the groups in the layout the width calls for. Phones: where
// the cards are, in *cards.
void drawComparison(Context& ctx, const Dataset& d, const CompareUi& ui, NarrowCards* cards) {
    drawSearchRow(ctx);
    drawCategoryPills(ctx);

    // Rebuilt every frame: two dozen dimensions take a few microseconds, and nothing
    // can go stale when the dataset or the filter changes.
    CompareQuery q;
    q.categories = ui.categories;
    q.overlapOnly = ui.overlapOnly;
    q.search = ui.search;
    CompareView view = buildCompare(d, q);
    highlightRevealed(ctx, view);  // a search hit opened here

    drawStatus(ctx, view);

    if (view.rowCount == 0) {
        drawEmpty(ctx);
        return;
    }
    if (ctx.narrow()) {
        for (const CompareGroup& g : view.groups) drawGroupNarrow(ctx, g, cards);
    } else {
        const float label = labelWidth(ctx);
        if (ui.search.empty()) drawRolesHeader(ctx, label);
        for (const CompareGroup& g : view.groups) drawGroupWide(ctx, g, label);
    }
    gap(ctx, 12);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] View
//-----------------------------------------------------------------------------

void drawCompare(Context& ctx) {
    if (!ctx.data) return;
    const Dataset& d = *ctx.data;
    const CompareUi& ui = ctx.compare;
    Page page(ctx);
    NarrowCards cards;
    drawComparison(ctx, d, ui, &cards);
    page.end();
    if (ctx.narrow()) drawStickyRoles(ctx, cards);
}

}  // namespace rc::ui
