// Layout helpers for the reading views: see compare_layout.h.
//
// [SECTION] Text measure
// [SECTION] Panels
// [SECTION] Links, chips and citations
// [SECTION] Grid
#include "compare_layout.h"

#include <imgui.h>
#include <imgui_internal.h>  // RenderNavHighlight: focus ring for our custom-drawn items

#include <algorithm>
#include <cmath>

#include "theme.h"
#include "widgets.h"

namespace rc::ui::layout {

//-----------------------------------------------------------------------------
// [SECTION] Text measure
//-----------------------------------------------------------------------------

namespace {

// Lays out `s` with the shared wrap rule (widgets wrapText), calling
// `line(begin, end, y)` per line. Returns the height.
template <class LineFn>
float wrapLines(Context& ctx, ImFont* f, std::string_view s, float wrap, LineFn&& line) {
    static std::vector<WrappedLine> lines;  // reused (UI thread only)
    wrapText(f, s, std::max(wrap, f->FontSize * 4), &lines);
    const float step = wrappedLineStep(ctx, f);
    float y = 0;
    for (const WrappedLine& l : lines) {
        line(l.begin, l.end, y);
        y += step;
    }
    return y - (step - f->FontSize);
}

// Draws wrapped text with highlight spans at `pos` (no layout); returns the height.
float drawWrapped(Context& ctx, ImFont* f, ImVec2 pos, std::string_view s, const std::vector<Span>& spans,
                  float wrap, uint32_t color) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float size = f->FontSize;
    const char* begin = s.data();
    return wrapLines(ctx, f, s, wrap, [&](const char* p, const char* lineEnd, float y) {
        for (const Span& sp : spans) {
            const char* a = std::max(begin + sp.begin, p);
            const char* b = std::min(begin + sp.end, lineEnd);
            if (a >= b) continue;
            float x0 = f->CalcTextSizeA(size, FLT_MAX, 0, p, a).x;
            float x1 = x0 + f->CalcTextSizeA(size, FLT_MAX, 0, a, b).x;
            dl->AddRectFilled(ImVec2(pos.x + x0 - 1, pos.y + y), ImVec2(pos.x + x1 + 1, pos.y + y + size),
                              ctx.pal.highlight, 2.0f * ctx.scale);
        }
        dl->AddText(f, size, ImVec2(pos.x, pos.y + y), color, p, lineEnd);
    });
}

// `c` with its alpha scaled by `a` (ImU32 keeps alpha in the top byte).
uint32_t withAlpha(uint32_t c, float a) {
    uint32_t alpha = static_cast<uint32_t>(((c >> IM_COL32_A_SHIFT) & 0xFF) * a + 0.5f);
    return (c & ~IM_COL32_A_MASK) | (alpha << IM_COL32_A_SHIFT);
}

}  // namespace

float textHeight(Context& ctx, std::string_view s, ImFont* font, float width) {
    return wrapLines(ctx, font ? font : ImGui::GetFont(), s, width, [](const char*, const char*, float) {});
}

float drawText(Context& ctx, ImFont* font, float x, float y, std::string_view s, const std::vector<Span>& spans,
               float width, uint32_t color) {
    return drawWrapped(ctx, font ? font : ImGui::GetFont(), ImVec2(x, y), s, spans, width, color);
}

std::vector<Span> shifted(const std::vector<Span>& spans, size_t offset) {
    std::vector<Span> out(spans);
    for (Span& s : out) { s.begin += offset; s.end += offset; }
    return out;
}

void eyebrow(Context& ctx, std::string_view s) {
    ImGui::PushFont(ctx.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.pal.muted);
    ImGui::TextUnformatted(s.data(), s.data() + s.size());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

namespace {
std::vector<bool> g_pages;  // per beginPage: did it open a table?
}  // namespace

void beginPage(Context& ctx, float maxCss) {
    const float maxW = ctx.px(maxCss);
    bool capped = ImGui::GetContentRegionAvail().x > maxW;
    if (capped) {
        ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(0, 0));
        capped = ImGui::BeginTable("##page", 1, ImGuiTableFlags_NoSavedSettings | ImGuiTableFlags_NoPadOuterX,
                                   ImVec2(maxW, 0));
        if (capped) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
        }
        ImGui::PopStyleVar();
    }
    g_pages.push_back(capped);
}

void endPage(Context&) {
    IM_ASSERT(!g_pages.empty() && "endPage without beginPage");
    if (g_pages.back()) ImGui::EndTable();
    g_pages.pop_back();
}

//-----------------------------------------------------------------------------
// [SECTION] Panels
//-----------------------------------------------------------------------------

namespace {
struct PanelFrame {
    ImVec2 pos;
    float width = 0;
    ImGuiID heightKey = 0, widthKey = 0, contentKey = 0;
    uint32_t content = 0;
    bool open = false;
};
std::vector<PanelFrame> g_panels;  // begin/end nesting; empty between frames
}  // namespace

bool beginPanel(Context& ctx, const char* id, const PanelStyle& style) {
    ImGui::PushID(id);
    ImGuiStorage* store = ImGui::GetStateStorage();
    PanelFrame f;
    f.heightKey = ImGui::GetID("##panel-h");
    f.widthKey = ImGui::GetID("##panel-w");
    f.contentKey = ImGui::GetID("##panel-c");
    f.content = style.content;
    f.pos = ImGui::GetCursorScreenPos();
    f.width = ImGui::GetContentRegionAvail().x;
    const float h = store->GetFloat(f.heightKey, 0);
    const float drawH = std::max(h, style.minHeight);
    // Off screen and laid out at this width before: keep the space, skip the content.
    const bool sameLayout = store->GetFloat(f.widthKey, -1) == f.width &&
                            store->GetInt(f.contentKey, 0) == static_cast<int>(f.content);
    if (h > 0 && sameLayout && !ImGui::IsRectVisible(f.pos, ImVec2(f.pos.x + f.width, f.pos.y + drawH))) {
        ImGui::Dummy(ImVec2(f.width, h));
        g_panels.push_back(f);
        return false;
    }
    if (drawH > 0) {
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float r = ImGui::GetStyle().ChildRounding;
        ImVec2 b(f.pos.x + f.width, f.pos.y + drawH);
        dl->AddRectFilled(f.pos, b, style.bg ? style.bg : ctx.pal.surface, r);
        dl->AddRect(f.pos, b, ctx.pal.border, r, 0, 1.0f * ctx.scale);
        if (style.accent)
            dl->AddRectFilled(f.pos, ImVec2(f.pos.x + 4 * ctx.scale, b.y), style.accent, r, ImDrawFlags_RoundCornersLeft);
    }
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(ctx.px(style.padX), ctx.px(style.padY)));
    f.open = ImGui::BeginTable("##panel", 1, ImGuiTableFlags_PadOuterX | ImGuiTableFlags_NoSavedSettings);
    if (f.open) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
    }
    ImGui::PopStyleVar();
    g_panels.push_back(f);
    return f.open;
}

float endPanel(Context& ctx) {
    IM_ASSERT(!g_panels.empty() && "endPanel without beginPanel");
    PanelFrame f = g_panels.back();
    g_panels.pop_back();
    ImGuiStorage* store = ImGui::GetStateStorage();
    float h = store->GetFloat(f.heightKey, 0);
    if (f.open) {
        ImGui::EndTable();
        float measured = ImGui::GetItemRectSize().y;
        if (std::fabs(measured - h) > 0.5f) ctx.animating = true;  // background catches up next frame
        h = measured;
        store->SetFloat(f.heightKey, h);
        store->SetFloat(f.widthKey, f.width);
        store->SetInt(f.contentKey, static_cast<int>(f.content));
    }
    ImGui::PopID();
    return h;
}

void rule(Context& ctx, float spaceCss) {
    gap(ctx, spaceCss * 0.5f - ImGui::GetStyle().ItemSpacing.y / ctx.scale);
    ImVec2 p = ImGui::GetCursorScreenPos();
    float w = ImGui::GetContentRegionAvail().x;
    ImGui::GetWindowDrawList()->AddLine(p, ImVec2(p.x + w, p.y), ctx.pal.border, 1.0f * ctx.scale);
    ImGui::Dummy(ImVec2(w, 1.0f * ctx.scale));
    gap(ctx, spaceCss * 0.5f - ImGui::GetStyle().ItemSpacing.y / ctx.scale);
}

//-----------------------------------------------------------------------------
// [SECTION] Links, chips and citations
//-----------------------------------------------------------------------------

Flow::Flow(Context& ctx, float spacingCss) {
    right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    spacing = ctx.px(spacingCss);
}

void Flow::next(float width, float height) {
    if (!first && ImGui::GetItemRectMax().x + spacing + width <= right) {
        const float prevH = ImGui::GetItemRectSize().y;
        ImGui::SameLine(0, spacing);
        if (height > 0 && prevH > height) {
            ImVec2 c = ImGui::GetCursorScreenPos();
            ImGui::SetCursorScreenPos(ImVec2(c.x, c.y + std::floor((prevH - height) * 0.5f)));
        }
    }
    first = false;
}

bool linkText(Context& ctx, const char* id, std::string_view label, const std::string& url, ImFont* font, Flow* flow) {
    if (label.empty()) return false;
    ImFont* f = font ? font : ImGui::GetFont();
    const float full = std::max(ImGui::GetContentRegionAvail().x, f->FontSize * 4);
    const float natural = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, label.data(), label.data() + label.size()).x;
    const float want = std::min(natural, full);
    if (flow) flow->next(want, f->FontSize);
    // On a shared line it fits whole; on its own line it may wrap at the full width.
    const float wrap = std::max(want, std::min(full, ImGui::GetContentRegionAvail().x));
    float width = 0;
    const float height = wrapLines(ctx, f, label, wrap, [&](const char* a, const char* b, float) {
        width = std::max(width, f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, a, b).x);
    });
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton(id, ImVec2(std::max(width, 1.0f), std::max(height, 1.0f)));
    const bool hovered = ImGui::IsItemHovered();
    if (ImGui::IsItemVisible()) {
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const uint32_t col = hovered ? mix(ctx.pal.accent, ctx.pal.text, 0.25f) : ctx.pal.accent;
        const float thick = (hovered ? 1.5f : 1.0f) * ctx.scale;
        wrapLines(ctx, f, label, wrap, [&](const char* a, const char* b, float y) {
            dl->AddText(f, f->FontSize, ImVec2(pos.x, pos.y + y), col, a, b);
            float w = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, a, b).x;
            float uy = std::round(pos.y + y + f->FontSize * 0.95f);
            dl->AddLine(ImVec2(pos.x, uy), ImVec2(pos.x + w, uy), withAlpha(col, hovered ? 1.0f : 0.45f), thick);
        });
        ImGui::RenderNavHighlight(ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()), ImGui::GetItemID(),
                                  ImGuiNavHighlightFlags_TypeThin);
    }
    if (hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (url != label) ImGui::SetTooltip("%s", url.c_str());
    }
    if (clicked) ctx.push(Open{url});
    return clicked;
}

void chip(Context& ctx, std::string_view s, const std::vector<Span>& spans, Flow* flow, uint32_t tint) {
    ImFont* f = ctx.fonts.small;
    const float padX = ctx.px(9), padY = ctx.px(3);
    const float full = std::max(ImGui::GetContentRegionAvail().x, f->FontSize * 4 + 2 * padX);
    const float natural = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, s.data(), s.data() + s.size()).x + 2 * padX;
    const float w = std::min(natural, full);
    if (flow) flow->next(w);
    const float inner = w - 2 * padX;
    const float h = textHeight(ctx, s, f, inner) + 2 * padY;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(w, h));
    if (!ImGui::IsItemVisible()) return;
    const uint32_t base = tint ? tint : ctx.pal.muted;
    ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + w, p.y + h), mix(ctx.pal.surface, base, 0.12f),
                                              std::min(h * 0.5f, ctx.px(12)));
    drawWrapped(ctx, f, ImVec2(p.x + padX, p.y + padY), s, spans, inner,
                tint ? mix(tint, ctx.pal.text, 0.35f) : ctx.pal.text);
}

bool smallPill(Context& ctx, const char* label, bool active, Flow* flow, uint32_t activeColor) {
    ImGui::PushFont(ctx.fonts.small);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ctx.px(10), ctx.px(4)));
    if (flow) flow->next(ImGui::CalcTextSize(label, nullptr, true).x + ctx.px(20));
    bool clicked = pill(ctx, label, active, activeColor);
    ImGui::PopStyleVar();
    ImGui::PopFont();
    return clicked;
}

void numberBadge(Context& ctx, float x, float y, int number, float diameter) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = diameter * 0.5f;
    dl->AddCircleFilled(ImVec2(x + r, y + r), r, mix(ctx.pal.surface, ctx.pal.accent, 0.14f));
    const std::string num = std::to_string(number);
    ImFont* f = ctx.fonts.bodyBold;
    const ImVec2 ns = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, num.c_str());
    dl->AddText(f, f->FontSize, ImVec2(std::round(x + r - ns.x * 0.5f), std::round(y + r - ns.y * 0.5f)), ctx.pal.accent,
                num.c_str());
}

std::string sourceShortTitle(const Source& s) {
    size_t colon = s.title.find(':');
    return colon == std::string::npos || colon == 0 ? s.title : s.title.substr(0, colon);
}

void citations(Context& ctx, const std::vector<std::string>& sourceIds) {
    if (sourceIds.empty()) return;
    const Dataset& d = *ctx.data;
    ImGui::PushID(&sourceIds);
    Flow flow(ctx, 6);
    ImGui::PushFont(ctx.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.pal.muted);
    ImGui::TextUnformatted(sourceIds.size() == 1 ? "Source:" : "Sources:");
    ImGui::PopStyleColor();
    flow.first = false;
    for (const std::string& id : sourceIds) {
        int si = d.sourceIndex(id);
        if (si < 0) continue;
        const Source& s = d.meta.sources[si];
        linkText(ctx, id.c_str(), sourceShortTitle(s), s.url, ctx.fonts.small, &flow);
    }
    ImGui::PopFont();
    ImGui::PopID();
}

//-----------------------------------------------------------------------------
// [SECTION] Grid
//-----------------------------------------------------------------------------

int gridColumns(Context& ctx, int count, int maxCols, float minCardCss) {
    const float gapCss = 14;
    const float availCss = ImGui::GetContentRegionAvail().x / ctx.scale;
    int cols = static_cast<int>((availCss + gapCss) / (minCardCss + gapCss));
    return std::max(1, std::min({cols, maxCols, std::max(count, 1)}));
}

void cardGrid(Context& ctx, const char* id, int count, int cols, const std::function<void(int)>& card,
              const std::function<uint32_t(int)>& accent) {
    ImGui::PushID(id);
    if (cols <= 1) {
        for (int i = 0; i < count; ++i) {
            ImGui::PushID(i);
            PanelStyle st;
            if (accent) st.accent = accent(i);
            if (beginPanel(ctx, "card", st)) card(i);
            endPanel(ctx);
            ImGui::PopID();
        }
        ImGui::PopID();
        return;
    }
    ImGuiStorage* store = ImGui::GetStateStorage();
    const float halfGap = ctx.px(7);
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(halfGap, halfGap));
    if (ImGui::BeginTable("##grid", cols, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_NoSavedSettings)) {
        for (int row = 0; row * cols < count; ++row) {
            ImGui::PushID(row);
            const ImGuiID rowKey = ImGui::GetID("##row-h");
            ImGui::PopID();
            const float rowH = store->GetFloat(rowKey, 0);
            float maxH = 0;
            ImGui::TableNextRow();
            for (int c = 0; c < cols; ++c) {
                ImGui::TableSetColumnIndex(c);
                const int i = row * cols + c;
                if (i >= count) continue;
                ImGui::PushID(i);
                PanelStyle st;
                st.minHeight = rowH;
                if (accent) st.accent = accent(i);
                if (beginPanel(ctx, "card", st)) card(i);
                maxH = std::max(maxH, endPanel(ctx));
                ImGui::PopID();
            }
            if (std::fabs(maxH - rowH) > 0.5f) ctx.animating = true;
            store->SetFloat(rowKey, maxH);
        }
        ImGui::EndTable();
    }
    ImGui::PopStyleVar();
    ImGui::PopID();
}

}  // namespace rc::ui::layout
