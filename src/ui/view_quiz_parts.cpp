// [SECTION] Small helpers
// [SECTION] Wrapped lines
// [SECTION] Grid of cells and cards
// [SECTION] Buttons and tiles
// [SECTION] Fit bars
#include "view_quiz_parts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "theme.h"
#include "widgets.h"

namespace rc::ui::parts {

//-----------------------------------------------------------------------------
// [SECTION] Small helpers
//-----------------------------------------------------------------------------

uint32_t roleColor(const Context& ctx, int role) {
    if (role >= 0 && static_cast<size_t>(role) < ctx.roleColors.size()) return ctx.roleColors[role];
    return ctx.pal.accent;
}

float columnWidth(const Context& ctx, float maxCss) {
    return std::floor(std::min(ImGui::GetContentRegionAvail().x, ctx.px(maxCss)));
}

bool shortcutKeysFree() { return !ImGui::GetIO().WantTextInput && !ImGui::IsAnyItemActive(); }

std::string shorten(std::string_view s, size_t maxBytes) {
    if (s.size() <= maxBytes) return std::string(s);
    size_t cut = s.rfind(' ', maxBytes);
    if (cut == std::string_view::npos || cut < maxBytes / 2) {
        cut = maxBytes;  // one long word: cut it, but never inside a UTF-8 sequence
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    }
    while (cut > 0 && (s[cut - 1] == ',' || s[cut - 1] == ';' || s[cut - 1] == ':' || s[cut - 1] == ' ')) --cut;
    return std::string(s.substr(0, cut)) + "\xE2\x80\xA6";  // U+2026
}

std::string firstSentence(std::string_view s) {
    for (size_t i = 0; i + 2 < s.size(); ++i)
        if (s[i] == '.' && s[i + 1] == ' ' && s[i + 2] >= 'A' && s[i + 2] <= 'Z') return std::string(s.substr(0, i + 1));
    return std::string(s);
}

std::string capitalized(std::string_view s) {
    std::string out(s);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

float textBlock(Context& ctx, std::string_view s, float width, ImFont* font, uint32_t color) {
    text(ctx, s, {}, font, color, width);
    return ImGui::GetItemRectSize().y;
}

void pullUp(Context& ctx, float css) { ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ctx.px(css)); }

void sectionTitle(Context& ctx, std::string_view s, float width) {
    gap(ctx, 10);
    textBlock(ctx, s, width, ctx.fonts.heading);
    pullUp(ctx, 2);
}

void roleDot(Context& ctx, int role, ImFont* font) {
    if (role < 0 || static_cast<size_t>(role) >= ctx.data->roles.size()) return;
    if (font) ImGui::PushFont(font);
    const float h = ImGui::GetTextLineHeight(), d = ctx.px(9);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + d / 2, p.y + h / 2 + ctx.px(0.5f)), d / 2, roleColor(ctx, role));
    ImGui::Dummy(ImVec2(d + ctx.px(6), h));
    ImGui::SameLine(0, 0);
    ImGui::TextUnformatted(ctx.data->roles[role].shortName.c_str());
    if (font) ImGui::PopFont();
}

//-----------------------------------------------------------------------------
// [SECTION] Wrapped lines
//-----------------------------------------------------------------------------

namespace {

struct Line { const char* b; const char* e; float w; };

// Wraps s with the shared rule (widgets wrapText), trimming trailing blanks
// so centred lines centre on their ink.
std::vector<Line> wrapLines(ImFont* font, std::string_view s, float width) {
    static std::vector<WrappedLine> wrapped;  // reused (UI thread only)
    wrapText(font, s, width, &wrapped);
    std::vector<Line> out;
    out.reserve(wrapped.size());
    for (const WrappedLine& l : wrapped) {
        const char* te = l.end;
        while (te > l.begin && te[-1] == ' ') --te;
        out.push_back({l.begin, te, font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, l.begin, te).x});
    }
    return out;
}

float lineStep(ImFont* f) { return std::round(f->FontSize * 1.25f); }

float linesHeight(ImFont* f, size_t n) { return n ? lineStep(f) * static_cast<float>(n - 1) + f->FontSize : 0; }

// Draws lines from y, left-aligned at x or centred in [x, x + width).
void drawLines(ImDrawList* dl, ImFont* f, const std::vector<Line>& lines, float x, float y, float width, bool centre,
               uint32_t col) {
    for (const Line& l : lines) {
        float lx = centre ? x + std::floor((width - l.w) / 2) : x;
        dl->AddText(f, f->FontSize, ImVec2(lx, y), col, l.b, l.e);
        y += lineStep(f);
    }
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Grid of cells and cards
//-----------------------------------------------------------------------------

Grid::Grid(Context& ctx, float width, int cols, float gapCss, float rowGapCss, bool equalHeights)
    : ctx_(ctx), width_(width), gap_(ctx.px(gapCss)), rowGap_(ctx.px(rowGapCss)), cols_(std::max(1, cols)),
      equal_(equalHeights) {
    const bool tight = width < ctx.px(420);
    padX_ = ctx.px(tight ? 14 : 20);
    padY_ = ctx.px(tight ? 14 : 18);
    cellW_ = std::floor((width_ - gap_ * static_cast<float>(cols_ - 1)) / static_cast<float>(cols_));
    origin_ = ImGui::GetCursorScreenPos();
    rowTop_ = origin_.y;
    dl_ = ImGui::GetWindowDrawList();
    // Card backgrounds go to channel 0, drawn after their row is measured.
    split_.Split(dl_, 2);
    split_.SetCurrentChannel(dl_, 1);
}

Grid::~Grid() {
    if (!ended_) end();
    split_.ClearFreeMemory();
}

float Grid::cell() { return begin(false, 0, 0, 0); }
float Grid::card(uint32_t accent, uint32_t fill, uint32_t border) { return begin(true, accent, fill, border); }

float Grid::begin(bool card, uint32_t accent, uint32_t fill, uint32_t border) {
    if (open_) closeCell();
    ++index_;
    const int col = index_ % cols_;
    if (col == 0 && index_ > 0) {
        closeRow();
    }
    const float x = origin_.x + static_cast<float>(col) * (cellW_ + gap_);
    row_.push_back({ImVec2(x, rowTop_), cellW_, 0, card, accent, fill, border});
    const float accentW = card && accent ? ctx_.px(4) : 0;
    const float padX = card ? padX_ : 0, padY = card ? padY_ : 0;
    ImGui::SetCursorScreenPos(ImVec2(x + padX + accentW, rowTop_ + padY));
    ImGui::BeginGroup();
    open_ = true;
    return cellW_ - 2 * padX - accentW;
}

void Grid::closeCell() {
    ImGui::EndGroup();
    Box& b = row_.back();
    b.h = std::max(0.0f, ImGui::GetItemRectMax().y - b.min.y) + (b.card ? padY_ : 0);
    open_ = false;
}

void Grid::closeRow() {
    float h = 0;
    for (const Box& b : row_) h = std::max(h, b.h);
    split_.SetCurrentChannel(dl_, 0);
    const float r = ImGui::GetStyle().ChildRounding;
    for (const Box& b : row_) {
        if (!b.card) continue;
        const ImVec2 a = b.min, z(b.min.x + b.w, b.min.y + (equal_ ? h : b.h));
        dl_->AddRectFilled(a, z, b.fill ? b.fill : ctx_.pal.surface, r);
        dl_->AddRect(ImVec2(a.x + 0.5f, a.y + 0.5f), ImVec2(z.x - 0.5f, z.y - 0.5f), b.border ? b.border : ctx_.pal.border,
                     r, 0, std::max(1.0f, std::round(ctx_.scale)));
        if (b.accent) {  // over the border, a strip cut from the card's own shape, so it follows the corners
            dl_->PushClipRect(a, ImVec2(a.x + ctx_.px(4), z.y), true);
            dl_->AddRectFilled(a, z, b.accent, r);
            dl_->PopClipRect();
        }
    }
    split_.SetCurrentChannel(dl_, 1);
    lastRowH_ = h;
    rowTop_ += h + rowGap_;
    row_.clear();
}

void Grid::end() {
    if (ended_) return;
    ended_ = true;
    if (open_) closeCell();
    float bottom = rowTop_;
    if (!row_.empty()) {
        closeRow();
        bottom = rowTop_ - rowGap_;
    }
    split_.Merge(dl_);
    ImGui::SetCursorScreenPos(origin_);
    ImGui::Dummy(ImVec2(width_, std::max(0.0f, bottom - origin_.y)));
}

//-----------------------------------------------------------------------------
// [SECTION] Buttons and tiles
//-----------------------------------------------------------------------------

namespace {

ImFont* buttonFont(const Context& ctx, ButtonKind kind) {
    return kind == ButtonKind::Primary ? ctx.fonts.bodyBold : ctx.fonts.body;
}

void handCursor() {
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
}

}  // namespace

void focusRing(Context& ctx, float rounding) {
    if (!ImGui::IsItemFocused() || !ImGui::GetIO().NavVisible) return;
    const float o = ctx.px(3);
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - o, a.y - o), ImVec2(b.x + o, b.y + o), ctx.pal.focus, rounding + o, 0,
                                        ctx.px(2));
}

float buttonWidth(Context& ctx, std::string_view label) {
    ImFont* f = ctx.fonts.bodyBold;  // the wider of the two, so rows never overflow
    return std::ceil(f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, label.data(), label.data() + label.size()).x +
                     2 * ctx.px(16));
}

bool button(Context& ctx, const char* id, std::string_view label, float width, ButtonKind kind, bool enabled) {
    ImFont* f = buttonFont(ctx, kind);
    const float padX = ctx.px(14), padY = ctx.px(9);
    width = std::max(width, ctx.px(48));
    std::vector<Line> lines = wrapLines(f, label, width - 2 * padX);
    const float textH = linesHeight(f, lines.size());
    const float h = std::max(ctx.px(42), textH + 2 * padY);
    if (!enabled) ImGui::BeginDisabled();
    bool pressed = ImGui::InvisibleButton(id, ImVec2(width, h));
    if (!enabled) ImGui::EndDisabled();
    const bool hovered = enabled && ImGui::IsItemHovered(), held = enabled && ImGui::IsItemActive();
    const Palette& p = ctx.pal;
    uint32_t bg, fg, border = 0;
    switch (kind) {
        case ButtonKind::Primary:
            bg = held ? mix(p.accent, p.text, 0.3f) : hovered ? mix(p.accent, p.text, 0.15f) : p.accent;
            fg = p.accentText;
            break;
        case ButtonKind::Secondary:
            bg = held ? mix(p.surface, p.accent, 0.16f) : hovered ? mix(p.surface, p.accent, 0.08f) : p.surface;
            border = hovered ? mix(p.border, p.accent, 0.55f) : mix(p.border, p.text, 0.12f);
            fg = p.text;
            break;
        case ButtonKind::Quiet:
        default:
            bg = held ? mix(p.bg, p.accent, 0.16f) : hovered ? mix(p.bg, p.accent, 0.08f) : 0;
            fg = p.accent;
            break;
    }
    if (!enabled) {
        bg = kind == ButtonKind::Quiet ? 0 : p.surfaceAlt;
        border = kind == ButtonKind::Quiet ? 0 : p.border;
        fg = p.muted;
    }
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const float r = ImGui::GetStyle().FrameRounding;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (bg) dl->AddRectFilled(a, b, bg, r);
    if (border) dl->AddRect(ImVec2(a.x + 0.5f, a.y + 0.5f), ImVec2(b.x - 0.5f, b.y - 0.5f), border, r, 0, std::max(1.0f, std::round(ctx.scale)));
    drawLines(dl, f, lines, a.x + padX, a.y + std::floor((h - textH) / 2), width - 2 * padX, true, fg);
    focusRing(ctx, r);
    if (enabled) handCursor();
    return pressed && enabled;
}

ButtonRow::ButtonRow(Context& ctx, float width, std::vector<float> natural, bool alignRight)
    : ctx_(ctx), origin_(ImGui::GetCursorScreenPos()), w_(std::move(natural)), gap_(ctx.px(10)), width_(width),
      bottom_(origin_.y) {  // screen y: negative when scrolled past, so never start from 0
    const float n = static_cast<float>(w_.size());
    float total = gap_ * (n - 1);
    for (float w : w_) total += w;
    if (total <= width) {
        if (alignRight) offset_ = width - total;
        return;
    }
    const float equal = std::floor((width - gap_ * (n - 1)) / n);
    if (*std::max_element(w_.begin(), w_.end()) <= equal) {  // equal columns, no label wraps
        for (float& w : w_) w = equal;
        offset_ = 0;
    } else {
        stacked_ = true;
        for (float& w : w_) w = width;
    }
}

float ButtonRow::place(int i) {
    if (i > 0) bottom_ = std::max(bottom_, ImGui::GetItemRectMax().y);
    if (stacked_) {
        if (i == 0) ImGui::SetCursorScreenPos(origin_);
        else ImGui::SetCursorScreenPos(ImVec2(origin_.x, bottom_ + ctx_.px(8)));
    } else {
        float x = origin_.x + offset_;
        for (int k = 0; k < i; ++k) x += w_[k] + gap_;
        ImGui::SetCursorScreenPos(ImVec2(x, origin_.y));
    }
    return w_[i];
}

void ButtonRow::end() {
    bottom_ = std::max(bottom_, ImGui::GetItemRectMax().y);
    ImGui::SetCursorScreenPos(ImVec2(origin_.x, bottom_));
    ImGui::Dummy(ImVec2(width_, 0));
}

namespace {
struct TileMetrics { float padX, padY, badge, gapX, gapY, textW; };

TileMetrics tileMetrics(Context& ctx, float width, TileStyle style) {
    TileMetrics m;
    m.padX = ctx.px(style == TileStyle::Inline ? 14 : 8);
    m.padY = ctx.px(12);
    m.badge = ctx.px(24);
    m.gapX = ctx.px(12);
    m.gapY = ctx.px(8);
    m.textW = style == TileStyle::Inline ? width - 2 * m.padX - m.badge - m.gapX : width - 2 * m.padX;
    return m;
}
}  // namespace

float tileHeight(Context& ctx, std::string_view label, float width, TileStyle style) {
    ImFont* f = ctx.fonts.body;
    TileMetrics m = tileMetrics(ctx, width, style);
    const float textH = linesHeight(f, wrapLines(f, label, m.textW).size());
    if (style == TileStyle::Inline) return std::max(ctx.px(50), std::max(textH, m.badge) + 2 * m.padY);
    return std::max(ctx.px(84), m.badge + m.gapY + textH + 2 * m.padY);
}

bool tile(Context& ctx, const char* id, std::string_view label, int number, float width, float height, bool selected,
          TileStyle style) {
    ImFont* f = ctx.fonts.body;
    TileMetrics m = tileMetrics(ctx, width, style);
    bool pressed = ImGui::InvisibleButton(id, ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered(), held = ImGui::IsItemActive();
    const Palette& p = ctx.pal;
    uint32_t bg, border, fg, badgeFill, badgeText, badgeRing;
    if (selected) {
        bg = held ? mix(p.accent, p.text, 0.2f) : p.accent;
        border = bg;
        fg = p.accentText;
        badgeFill = p.accentText;
        badgeRing = p.accentText;
        badgeText = p.accent;
    } else {
        bg = held ? mix(p.surface, p.accent, 0.16f) : hovered ? mix(p.surface, p.accent, 0.07f) : p.surface;
        border = hovered ? mix(p.border, p.accent, 0.6f) : mix(p.border, p.text, 0.1f);
        fg = p.text;
        badgeFill = 0;
        badgeRing = hovered ? p.accent : mix(p.border, p.muted, 0.5f);
        badgeText = hovered ? p.accent : p.muted;
    }
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const float r = ImGui::GetStyle().FrameRounding + ctx.px(2);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, b, bg, r);
    dl->AddRect(ImVec2(a.x + 0.5f, a.y + 0.5f), ImVec2(b.x - 0.5f, b.y - 0.5f), border, r, 0,
                std::max(1.0f, std::round(ctx.scale * (selected ? 1.5f : 1.0f))));

    std::vector<Line> lines = wrapLines(f, label, m.textW);
    const float textH = linesHeight(f, lines.size());
    ImVec2 badgeC;
    if (style == TileStyle::Inline) {
        badgeC = ImVec2(a.x + m.padX + m.badge / 2, a.y + height / 2);
        drawLines(dl, f, lines, a.x + m.padX + m.badge + m.gapX, a.y + std::floor((height - textH) / 2), m.textW, false, fg);
    } else {
        const float top = a.y + std::floor((height - (m.badge + m.gapY + textH)) / 2);
        badgeC = ImVec2(a.x + width / 2, top + m.badge / 2);
        drawLines(dl, f, lines, a.x + m.padX, top + m.badge + m.gapY, m.textW, true, fg);
    }
    if (number > 0) {
        if (badgeFill) dl->AddCircleFilled(badgeC, m.badge / 2, badgeFill);
        else dl->AddCircle(badgeC, m.badge / 2 - 0.5f, badgeRing, 0, std::max(1.0f, std::round(ctx.scale)));
        char num[16];
        std::snprintf(num, sizeof num, "%d", number);
        ImFont* nf = ctx.fonts.bodyBold;
        const float ns = nf->FontSize * 0.85f;
        ImVec2 sz = nf->CalcTextSizeA(ns, FLT_MAX, 0, num);
        dl->AddText(nf, ns, ImVec2(std::round(badgeC.x - sz.x / 2), std::round(badgeC.y - sz.y / 2)), badgeText, num);
    }
    focusRing(ctx, r);
    handCursor();
    return pressed;
}

//-----------------------------------------------------------------------------
// [SECTION] Fit bars
//-----------------------------------------------------------------------------

void fitBars(Context& ctx, const std::vector<double>& fits, const std::vector<int>& order, float width, bool faded,
             float barCss) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* nameF = ctx.fonts.body;
    ImFont* numF = ctx.fonts.bodyBold;
    for (size_t k = 0; k < order.size(); ++k) {
        const int role = order[k];
        if (role < 0 || static_cast<size_t>(role) >= ctx.data->roles.size() || static_cast<size_t>(role) >= fits.size())
            continue;
        const Role& R = ctx.data->roles[role];
        const uint32_t col = roleColor(ctx, role);
        char pct[16];
        std::snprintf(pct, sizeof pct, "%ld%%", std::lround(fits[role]));
        const float pctW = numF->CalcTextSizeA(numF->FontSize, FLT_MAX, 0, pct).x;
        const std::string& name = nameF->CalcTextSizeA(nameF->FontSize, FLT_MAX, 0, R.name.c_str()).x + pctW + ctx.px(30) <= width
                                      ? R.name
                                      : R.shortName;
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float lineH = nameF->FontSize;
        const float d = ctx.px(9);
        dl->AddCircleFilled(ImVec2(p.x + d / 2, p.y + lineH / 2 + ctx.px(0.5f)), d / 2, col);
        const std::string shown = shorten(name, 200);
        dl->PushClipRect(p, ImVec2(p.x + width - pctW - ctx.px(8), p.y + lineH + ctx.px(4)), true);
        dl->AddText(nameF, nameF->FontSize, ImVec2(p.x + d + ctx.px(7), p.y), ctx.pal.text, shown.c_str());
        dl->PopClipRect();
        dl->AddText(numF, numF->FontSize, ImVec2(p.x + width - pctW, p.y), faded ? ctx.pal.muted : ctx.pal.text, pct);
        ImGui::Dummy(ImVec2(width, lineH));
        ImGui::SetCursorScreenPos(ImVec2(p.x, ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y + ctx.px(6)));
        bar(ctx, static_cast<float>(fits[role] / 100.0), faded ? mix(ctx.pal.surfaceAlt, col, 0.55f) : col, barCss, width);
        if (k + 1 < order.size()) gap(ctx, 2);
    }
}

}  // namespace rc::ui::parts
