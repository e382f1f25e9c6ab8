// [SECTION] Text
// [SECTION] Cards
// [SECTION] Buttons and links
// [SECTION] Inputs and bars
#include "widgets.h"

#include <imgui.h>
#include <imgui_internal.h>  // GetFocusID: which target has keyboard focus (Context::mark)

#include <algorithm>
#include <cmath>

#include "theme.h"

namespace rc::ui {

//-----------------------------------------------------------------------------
// [SECTION] Text
//-----------------------------------------------------------------------------

void wrapText(ImFont* f, std::string_view s, float wrap, std::vector<WrappedLine>* out) {
    out->clear();
    const char* p = s.data();
    const char* end = p + s.size();
    wrap = std::max(wrap, 1.0f);
    do {
        const char* lineEnd = p < end ? f->CalcWordWrapPositionA(1.0f, p, end, wrap) : end;
        if (lineEnd == p && p < end) ++lineEnd;  // a glyph wider than the line: place it anyway
        for (const char* q = p; q < lineEnd; ++q)
            if (*q == '\n') { lineEnd = q; break; }
        out->push_back({p, lineEnd});
        p = lineEnd;
        while (p < end && (*p == ' ' || *p == '\n')) {  // the blank or newline the wrap broke at
            bool nl = *p == '\n';
            ++p;
            if (nl) break;
        }
    } while (p < end);
}

float wrappedLineStep(const Context& ctx, ImFont* f) { return f->FontSize + std::round(3.0f * ctx.scale); }

void text(Context& ctx, std::string_view s, const std::vector<Span>& spans, ImFont* font, uint32_t color,
          float wrapWidth) {
    if (font) ImGui::PushFont(font);
    ImFont* f = ImGui::GetFont();
    const float size = f->FontSize;
    const float lineH = size;
    const float lineStep = wrappedLineStep(ctx, f);
    if (wrapWidth <= 0) wrapWidth = std::max(ImGui::GetContentRegionAvail().x, size * 4);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const uint32_t col = color ? color : ImGui::GetColorU32(ImGuiCol_Text);
    const char* begin = s.data();
    const float clipTop = dl->GetClipRectMin().y, clipBottom = dl->GetClipRectMax().y;
    static std::vector<WrappedLine> lines;  // reused: no allocation per call (UI thread only)
    wrapText(f, s, wrapWidth, &lines);
    float y = pos.y;
    for (const WrappedLine& line : lines) {
        if (y + lineH >= clipTop && y <= clipBottom) {  // visible: draw highlights, then text
            for (const Span& sp : spans) {
                const char* a = std::max(begin + sp.begin, line.begin);
                const char* b = std::min(begin + sp.end, line.end);
                if (a >= b) continue;
                float x0 = f->CalcTextSizeA(size, FLT_MAX, 0, line.begin, a).x;
                float x1 = x0 + f->CalcTextSizeA(size, FLT_MAX, 0, a, b).x;
                dl->AddRectFilled(ImVec2(pos.x + x0 - 1, y), ImVec2(pos.x + x1 + 1, y + lineH), ctx.pal.highlight,
                                  2.0f * ctx.scale);
            }
            dl->AddText(f, size, ImVec2(pos.x, y), col, line.begin, line.end);
        }
        y += lineStep;
    }
    ImGui::Dummy(ImVec2(wrapWidth, y - pos.y - (lineStep - lineH)));
    if (font) ImGui::PopFont();
}

void heading(Context& ctx, std::string_view s, const std::vector<Span>& spans) {
    text(ctx, s, spans, ctx.fonts.heading);
}

void subheading(Context& ctx, std::string_view s, const std::vector<Span>& spans) {
    text(ctx, s, spans, ctx.fonts.bodyBold);
}

void bullet(Context& ctx, std::string_view s, const std::vector<Span>& spans, uint32_t dot) {
    const float indent = 18 * ctx.scale;
    ImVec2 p = ImGui::GetCursorScreenPos();
    float r = 2.6f * ctx.scale;
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + 6 * ctx.scale, p.y + ImGui::GetTextLineHeight() * 0.55f), r,
                                                dot ? dot : ctx.pal.muted);
    ImGui::Indent(indent);
    text(ctx, s, spans);
    ImGui::Unindent(indent);
}

//-----------------------------------------------------------------------------
// [SECTION] Cards
//-----------------------------------------------------------------------------

bool beginCard(Context& ctx, const char* id, uint32_t accent) {
    // A child window that sizes itself to its content (ImGuiChildFlags_AutoResizeY);
    // wheel and touch scrolling pass through to the page because it never scrolls.
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ctx.pal.surface);
    ImGui::PushStyleColor(ImGuiCol_Border, ctx.pal.border);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2((accent ? 18 : 14) * ctx.scale, 12 * ctx.scale));
    bool open = ImGui::BeginChild(id, ImVec2(0, 0),
                                  ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding,
                                  ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NavFlattened);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    if (accent) {
        ImVec2 a = ImGui::GetWindowPos(), sz = ImGui::GetWindowSize();
        ImGui::GetWindowDrawList()->AddRectFilled(a, ImVec2(a.x + 4 * ctx.scale, a.y + sz.y), accent,
                                                  ImGui::GetStyle().ChildRounding, ImDrawFlags_RoundCornersLeft);
    }
    return open;
}

void endCard(Context&) { ImGui::EndChild(); }

//-----------------------------------------------------------------------------
// [SECTION] Buttons and links
//-----------------------------------------------------------------------------

void flowNext(Context&, const char* label) {
    const ImGuiStyle& st = ImGui::GetStyle();
    float w = ImGui::CalcTextSize(label).x + st.FramePadding.x * 2;
    float lastRight = ImGui::GetItemRectMax().x;
    float right = ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x;
    if (lastRight + st.ItemSpacing.x + w <= right) ImGui::SameLine();
}

bool pill(Context& ctx, const char* label, bool active, uint32_t activeColor) {
    uint32_t on = activeColor ? activeColor : ctx.pal.accent;
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 999.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f * ctx.scale);
    ImGui::PushStyleColor(ImGuiCol_Border, active ? on : ctx.pal.border);
    ImGui::PushStyleColor(ImGuiCol_Button, active ? mix(ctx.pal.surface, on, 0.16f) : ctx.pal.surface);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, mix(ctx.pal.surface, on, active ? 0.24f : 0.10f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, mix(ctx.pal.surface, on, 0.30f));
    ImGui::PushStyleColor(ImGuiCol_Text, active ? mix(on, ctx.pal.text, 0.25f) : ctx.pal.text);
    bool clicked = ImGui::Button(label);
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopStyleColor(5);
    ImGui::PopStyleVar(2);
    return clicked;
}

bool primaryButton(Context& ctx, const char* label, float width) {
    ImGui::PushStyleColor(ImGuiCol_Button, ctx.pal.accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, mix(ctx.pal.accent, ctx.pal.text, 0.15f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, mix(ctx.pal.accent, ctx.pal.text, 0.3f));
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.pal.accentText);
    ImGui::PushFont(ctx.fonts.bodyBold);
    bool clicked = ImGui::Button(label, ImVec2(width, 0));
    ImGui::PopFont();
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopStyleColor(4);
    return clicked;
}

bool secondaryButton(Context& ctx, const char* label, float width) {
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f * ctx.scale);
    ImGui::PushStyleColor(ImGuiCol_Border, ctx.pal.border);
    ImGui::PushStyleColor(ImGuiCol_Button, ctx.pal.surface);
    bool clicked = ImGui::Button(label, ImVec2(width, 0));
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar();
    return clicked;
}

void link(Context& ctx, const char* label, const std::string& url) {
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.pal.accent);
    ImGui::TextUnformatted(label);
    ImGui::PopStyleColor();
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    bool hovered = ImGui::IsItemHovered();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(a.x, b.y), b, ctx.pal.accent, hovered ? 1.5f * ctx.scale : 1.0f * ctx.scale);
    if (hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::SetTooltip("%s", url.c_str());
    }
    if (ImGui::IsItemClicked()) ctx.push(Open{url});
}

void roleChip(Context& ctx, int role, bool shortName) {
    if (role < 0 || role >= static_cast<int>(ctx.data->roles.size())) return;
    const Role& r = ctx.data->roles[role];
    uint32_t col = ctx.roleColors.size() > static_cast<size_t>(role) ? ctx.roleColors[role] : ctx.pal.accent;
    ImVec2 p = ImGui::GetCursorScreenPos();
    float d = 10 * ctx.scale;
    float h = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + d / 2, p.y + h / 2), d / 2, col);
    ImGui::Dummy(ImVec2(d + 6 * ctx.scale, h));
    ImGui::SameLine(0, 0);
    ImGui::PushFont(ctx.fonts.bodyBold);
    ImGui::PushStyleColor(ImGuiCol_Text, col);
    ImGui::TextUnformatted((shortName ? r.shortName : r.name).c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

//-----------------------------------------------------------------------------
// [SECTION] Inputs and bars
//-----------------------------------------------------------------------------

bool searchBox(Context& ctx, const char* id, std::string& value, const char* hint) {
    char buf[256];
    size_t n = std::min(value.size(), sizeof(buf) - 1);
    std::copy_n(value.data(), n, buf);
    buf[n] = 0;
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f * ctx.scale);
    ImGui::PushStyleColor(ImGuiCol_Border, ctx.pal.border);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ctx.pal.surface);
    bool changed = ImGui::InputTextWithHint(id, hint, buf, sizeof(buf));
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar();
    if (changed) value = buf;
    return changed;
}

void bar(Context& ctx, float fraction, uint32_t color, float heightCss, float width) {
    fraction = std::clamp(fraction, 0.0f, 1.0f);
    if (width <= 0) width = ImGui::GetContentRegionAvail().x;
    float h = heightCss * ctx.scale;
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + width, p.y + h), ctx.pal.surfaceAlt, h / 2);
    if (fraction > 0) dl->AddRectFilled(p, ImVec2(p.x + std::max(h, width * fraction), p.y + h), color, h / 2);
    ImGui::Dummy(ImVec2(width, h));
}

void Context::mark(std::string name) {
    const ImGuiID id = ImGui::GetItemID();
    if (id != 0 && id == ImGui::GetFocusID()) focused = name;
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    // Only what is on screen (inside the current clip rect) can be clicked.
    ImVec2 ca = ImGui::GetWindowDrawList()->GetClipRectMin(), cb = ImGui::GetWindowDrawList()->GetClipRectMax();
    a = ImVec2(std::max(a.x, ca.x), std::max(a.y, ca.y));
    b = ImVec2(std::min(b.x, cb.x), std::min(b.y, cb.y));
    if (b.x <= a.x || b.y <= a.y) return;
    targets.push_back({std::move(name), a.x / scale, a.y / scale, (b.x - a.x) / scale, (b.y - a.y) / scale});
}

void gap(Context& ctx, float css) { ImGui::Dummy(ImVec2(0, css * ctx.scale)); }

}  // namespace rc::ui
