// Layout and drawing pieces for every view: see layout.h.
//
// [SECTION] Wrapping and line height
// [SECTION] Text
// [SECTION] Spacing
// [SECTION] Pages, cards and grids
// [SECTION] Inline runs and button rows
// [SECTION] Buttons, tiles, links and chips
// [SECTION] Roles, bars and sources
// [SECTION] Inputs
// [SECTION] Test targets (Context::mark)
#include "layout.h"

#include <imgui_internal.h>  // RenderNavHighlight, GetFocusID

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "core/bidi.h"
#include "theme.h"

namespace rc::ui {

//-----------------------------------------------------------------------------
// [SECTION] Wrapping and line height
//-----------------------------------------------------------------------------

namespace {

struct TextLine { const char* begin; const char* end; };

// A paragraph as it is wrapped, measured and drawn. Text in a right-to-left
// script (or any text under a right-to-left interface) is shaped first
// (bidi::shape: Arabic letters in their joined forms, which differ in width),
// and each of its lines is drawn in visual order (bidi::reorder). So is text
// of a complex script whose clusters have glyphs of their own (Devanagari,
// Thai: Context::clusters): shaping makes each cluster one character. Any
// other text is drawn as it is: scanning it is all it costs.
struct Para {
    std::string_view text;                          // what wraps: s, or s shaped
    const std::vector<uint32_t>* source = nullptr;  // shaped: byte of text -> byte of s; nullptr: text is s
    bidi::Dir dir = bidi::Dir::Ltr;                 // the paragraph's direction (paragraphDir)
    bool right = false;                             // lines right-aligned: a right-to-left paragraph or interface
    bool cjk = false;                               // lines may break between CJK characters
};

// The direction of a paragraph: right to left when it holds right-to-left
// text and the interface is right to left; else its first strong character's
// (Unicode's "auto"), so a Latin-only title under an Arabic interface keeps
// its brackets ("DataSeries (Medium)"), and one without any letter follows
// the interface.
bidi::Dir paragraphDir(const Context& ctx, std::string_view s, bool hasRtl) {
    if (hasRtl && ctx.rtl()) return bidi::Dir::Rtl;
    return bidi::firstStrong(s, ctx.rtl() ? bidi::Dir::Rtl : bidi::Dir::Ltr);
}

// Whether text with these contents must be shaped and put in visual order
// to be read: right-to-left text, or a complex script whose clusters have
// glyphs (Context::clusters).
bool needsShaping(const Context& ctx, const bidi::Scan& sc) { return sc.rtl || (sc.complex && !ctx.clusters.empty()); }

// `s` as a paragraph; `buf` holds its shaped text while it is used (each
// caller its own, so that one paragraph's text outlives another's preparing).
Para prepare(const Context& ctx, std::string_view s, bidi::Shaped& buf) {
    Para p;
    p.text = s;
    const bidi::Scan sc = bidi::scan(s);
    p.cjk = sc.cjk;
    if (!ctx.rtl() && !needsShaping(ctx, sc)) return p;
    bidi::shape(s, buf, &ctx.clusters);
    p.text = buf.text;
    p.source = &buf.source;
    p.dir = paragraphDir(ctx, s, sc.rtl);
    p.right = ctx.rtl() || p.dir == bidi::Dir::Rtl;
    return p;
}

// The scratch buffers: one for measuring, one for painting, one for a link's underline.
bidi::Shaped& measureBuf() { static bidi::Shaped b; return b; }
bidi::Shaped& paintBuf() { static bidi::Shaped b; return b; }

// ImFont::CalcWordWrapPositionA for text with CJK characters, which breaks
// lines only at blanks: also between two characters bidi::breakBetween allows.
const char* cjkWrapPosition(ImFont* f, const char* p, const char* end, float width) {
    float w = 0;
    const char* lastBreak = nullptr;  // where the line may end, so far
    unsigned int prev = 0;
    bool afterBlank = false;
    for (const char* q = p; q < end;) {
        unsigned int c = 0;
        const int n = std::max(1, ImTextCharFromUtf8(&c, q, end));
        if (c == '\n') return q;
        if (c == ' ' || c == '\t' || c == 0x3000) {  // blanks may run past the edge: the line ends after them
            w += f->GetCharAdvance(static_cast<ImWchar>(c));
            afterBlank = true;
            prev = c;
            q += n;
            continue;
        }
        const bool afterStop = prev == '.' || prev == ',' || prev == ';' || prev == '!' || prev == '?' || prev == '"';
        if (afterBlank || (q > p && (afterStop || bidi::breakBetween(prev, c)))) lastBreak = q;  // ImGui's, and CJK
        const float adv = f->GetCharAdvance(static_cast<ImWchar>(c));
        if (w + adv > width && q > p) return lastBreak ? lastBreak : q;
        w += adv;
        afterBlank = false;
        prev = c;
        q += n;
    }
    return end;
}

// The one wrap rule: lines no wider than `width` px in font f at its own
// size; a '\n' ends a line; a word wider than the line is cut; the blank or
// newline a line broke at, and blanks ending a line, are dropped. Text with
// CJK characters may also break between them (cjkWrapPosition). Empty text
// is one empty line. Yields the lines one by one, so nothing is stored.
class LineBreaker {
public:
    LineBreaker(ImFont* f, const Para& p, float width)
        : f_(f), p_(p.text.data()), end_(p.text.data() + p.text.size()), width_(std::max(width, 1.0f)), cjk_(p.cjk) {}

    bool next(TextLine* line) {
        if (done_) return false;
        const char* lineEnd = p_ >= end_ ? end_
                              : cjk_     ? cjkWrapPosition(f_, p_, end_, width_)
                                         : f_->CalcWordWrapPositionA(1.0f, p_, end_, width_);
        if (lineEnd == p_ && p_ < end_) ++lineEnd;  // a glyph wider than the line: place it anyway
        for (const char* q = p_; q < lineEnd; ++q)  // ImGui wraps across '\n'; we end the line there
            if (*q == '\n') {
                lineEnd = q;
                break;
            }
        const char* ink = lineEnd;
        while (ink > p_ && ink[-1] == ' ') --ink;
        *line = {p_, ink};
        p_ = lineEnd;
        while (p_ < end_ && (*p_ == ' ' || *p_ == '\n')) {  // the blank or newline the wrap broke at
            const bool nl = *p_ == '\n';
            ++p_;
            if (nl) break;
        }
        done_ = p_ >= end_;
        return true;
    }

private:
    ImFont* f_;
    const char* p_;
    const char* end_;
    float width_;
    bool cjk_;
    bool done_ = false;
};

// The one line height: baselines of wrapped lines are the font size plus 3 CSS px apart.
float lineStep(const Context& ctx, ImFont* f) { return f->FontSize + std::round(3.0f * ctx.scale); }

float lineWidth(ImFont* f, const TextLine& l) { return f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, l.begin, l.end).x; }

// Height of `lines` lines in font f.
float linesHeight(const Context& ctx, ImFont* f, int lines) {
    return lineStep(ctx, f) * static_cast<float>(lines - 1) + f->FontSize;
}

int countLines(const Context& ctx, ImFont* f, std::string_view s, float width) {
    LineBreaker lines(f, prepare(ctx, s, measureBuf()), width);
    int n = 0;
    for (TextLine l; lines.next(&l);) ++n;
    return n;
}

// The natural (one-line) width of `s` in font f, as drawn (shaped).
float naturalWidth(const Context& ctx, ImFont* f, std::string_view s) {
    const Para p = prepare(ctx, s, measureBuf());
    return f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, p.text.data(), p.text.data() + p.text.size()).x;
}

enum class Align { Left, Centre };  // Left: the start of the line (the right edge when Para::right)

// One line of a bidi paragraph at (x, y): in visual order, with the spans
// (byte ranges of the paragraph's source text) highlighted.
void paintBidiLine(Context& ctx, ImFont* f, ImVec2 at, const Para& p, const TextLine& l, uint32_t color,
                   const std::vector<Span>& spans) {
    static bidi::Visual v;
    const size_t lineAt = static_cast<size_t>(l.begin - p.text.data());
    bidi::reorder(std::string_view(l.begin, static_cast<size_t>(l.end - l.begin)),
                  p.dir, v);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const char* vt = v.text.data();
    const size_t n = v.text.size();
    for (const Span& sp : spans) {
        auto lit = [&](size_t k) {
            const uint32_t src = (*p.source)[lineAt + v.from[k]];
            return src >= sp.begin && src < sp.end;
        };
        for (size_t a = 0; a < n;) {
            if (!lit(a)) {
                ++a;
                continue;
            }
            size_t b = a;
            while (b < n && lit(b)) ++b;
            const float x0 = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, vt, vt + a).x;
            const float x1 = x0 + f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, vt + a, vt + b).x;
            dl->AddRectFilled(ImVec2(at.x + x0 - 1, at.y), ImVec2(at.x + x1 + 1, at.y + f->FontSize), ctx.pal.highlight,
                              2.0f * ctx.scale);
            a = b;
        }
    }
    dl->AddText(f, f->FontSize, at, color, vt, vt + n);
}

// Paints `s` wrapped at `width` from `pos`: highlights under the spans, then
// the text; lines outside the clip rect are skipped. Returns the height.
float paintText(Context& ctx, ImFont* f, ImVec2 pos, std::string_view s, float width, uint32_t color,
                const std::vector<Span>& spans = {}, Align align = Align::Left) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float size = f->FontSize, step = lineStep(ctx, f);
    const float clipTop = dl->GetClipRectMin().y, clipBottom = dl->GetClipRectMax().y;
    const Para para = prepare(ctx, s, paintBuf());
    const char* begin = s.data();
    LineBreaker lines(f, para, width);
    int n = 0;
    for (TextLine l; lines.next(&l); ++n) {
        const float y = pos.y + step * static_cast<float>(n);
        if (y + size < clipTop || y > clipBottom) continue;
        const float x = align == Align::Centre ? pos.x + std::floor((width - lineWidth(f, l)) / 2)
                        : para.right           ? pos.x + width - lineWidth(f, l)
                                               : pos.x;
        if (para.source) {
            paintBidiLine(ctx, f, ImVec2(x, y), para, l, color, spans);
            continue;
        }
        for (const Span& sp : spans) {
            const char* a = std::max(begin + sp.begin, l.begin);
            const char* b = std::min(begin + sp.end, l.end);
            if (a >= b) continue;
            const float x0 = f->CalcTextSizeA(size, FLT_MAX, 0, l.begin, a).x;
            const float x1 = x0 + f->CalcTextSizeA(size, FLT_MAX, 0, a, b).x;
            dl->AddRectFilled(ImVec2(x + x0 - 1, y), ImVec2(x + x1 + 1, y + size), ctx.pal.highlight, 2.0f * ctx.scale);
        }
        dl->AddText(f, size, ImVec2(x, y), color, l.begin, l.end);
    }
    return linesHeight(ctx, f, n);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Text
//-----------------------------------------------------------------------------

float text(Context& ctx, std::string_view s, const std::vector<Span>& spans, ImFont* font, uint32_t color, float width) {
    if (font) ImGui::PushFont(font);
    ImFont* f = ImGui::GetFont();
    if (width <= 0) width = std::max(ImGui::GetContentRegionAvail().x, f->FontSize * 4);
    const float h = paintText(ctx, f, ImGui::GetCursorScreenPos(), s, width,
                              color ? color : ImGui::GetColorU32(ImGuiCol_Text), spans);
    ImGui::Dummy(ImVec2(width, h));
    if (font) ImGui::PopFont();
    return h;
}

float tipText(Context& ctx, std::string_view s, float maxCss, ImFont* font, uint32_t color) {
    ImFont* f = font ? font : ImGui::GetFont();
    const float natural = naturalWidth(ctx, f, s);
    return text(ctx, s, {}, font, color, std::min(std::ceil(natural) + 1.0f, ctx.px(maxCss)));
}

void heading(Context& ctx, std::string_view s, const std::vector<Span>& spans) { text(ctx, s, spans, ctx.fonts.heading); }

void subheading(Context& ctx, std::string_view s, const std::vector<Span>& spans) {
    text(ctx, s, spans, ctx.fonts.bodyBold);
}

void bullet(Context& ctx, std::string_view s, const std::vector<Span>& spans, uint32_t dot) {
    const float indent = ctx.px(18);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    if (ctx.rtl()) {  // the dot at the right, the text left of it
        const float w = ImGui::GetContentRegionAvail().x;
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + w - ctx.px(6), p.y + ImGui::GetTextLineHeight() * 0.55f),
                                                    ctx.px(2.6f), dot ? dot : ctx.pal.muted);
        text(ctx, s, spans, nullptr, 0, w - indent);
        return;
    }
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + ctx.px(6), p.y + ImGui::GetTextLineHeight() * 0.55f),
                                                ctx.px(2.6f), dot ? dot : ctx.pal.muted);
    ImGui::Indent(indent);
    text(ctx, s, spans);
    ImGui::Unindent(indent);
}

void eyebrow(Context& ctx, std::string_view s) {
    ImGui::PushFont(ctx.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.pal.muted);
    const std::string_view shown = visual(ctx, s);
    ImGui::TextUnformatted(shown.data(), shown.data() + shown.size());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void sectionTitle(Context& ctx, std::string_view s, float width) {
    gap(ctx, 10);
    textBlock(ctx, s, width, ctx.fonts.heading);
    pullUp(ctx, 2);
}

float textHeight(Context& ctx, std::string_view s, ImFont* font, float width) {
    ImFont* f = font ? font : ImGui::GetFont();
    return linesHeight(ctx, f, countLines(ctx, f, s, width));
}

float drawText(Context& ctx, ImFont* font, float x, float y, std::string_view s, const std::vector<Span>& spans,
               float width, uint32_t color) {
    return paintText(ctx, font ? font : ImGui::GetFont(), ImVec2(x, y), s, width, color, spans);
}

std::vector<Span> shifted(const std::vector<Span>& spans, size_t offset) {
    std::vector<Span> out(spans);
    for (Span& s : out) {
        s.begin += offset;
        s.end += offset;
    }
    return out;
}

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

std::string_view visual(Context& ctx, std::string_view s) {
    if (!ctx.rtl() && !needsShaping(ctx, bidi::scan(s))) return s;
    // Shown labels by their text. Emptied when it grows large, and only at a
    // frame's first call, so the text returned earlier in a frame lives on.
    static std::unordered_map<std::string, std::string> cache;
    static int frame = -1;
    static uint32_t clustersVersion = 0;  // the table the cached labels were shaped with
    static bidi::Shaped shaped;
    static bidi::Visual line;
    if (frame != ImGui::GetFrameCount()) {
        frame = ImGui::GetFrameCount();
        if (cache.size() > 4096 || clustersVersion != ctx.clusters.version()) cache.clear();
        clustersVersion = ctx.clusters.version();
    }
    std::string key(s);
    auto it = cache.find(key);
    if (it != cache.end()) return it->second;
    const size_t hash = s.find("##");
    const std::string_view shown = s.substr(0, hash);
    bidi::shape(shown, shaped, &ctx.clusters);
    bidi::reorder(shaped.text, paragraphDir(ctx, shown, bidi::hasRtl(shown)), line);
    std::string out = line.text;
    if (hash != std::string_view::npos) {  // ImGui's id: "###" and the label as written, so it is the logical one
        if (s.compare(hash, 3, "###") != 0) out += "###";
        out += s.compare(hash, 3, "###") != 0 ? s : s.substr(hash);
    }
    return cache.emplace(std::move(key), std::move(out)).first->second;
}

const char* visual(Context& ctx, const char* s) { return visual(ctx, std::string_view(s)).data(); }

//-----------------------------------------------------------------------------
// [SECTION] Spacing
//-----------------------------------------------------------------------------

void gap(Context& ctx, float css) { ImGui::Dummy(ImVec2(0, ctx.px(css))); }

void pullUp(Context& ctx, float css) { ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ctx.px(css)); }

void rule(Context& ctx, float spaceCss) {
    const float half = spaceCss * 0.5f - ImGui::GetStyle().ItemSpacing.y / ctx.scale;
    gap(ctx, half);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    ImGui::GetWindowDrawList()->AddLine(p, ImVec2(p.x + w, p.y), ctx.pal.border, ctx.px(1));
    ImGui::Dummy(ImVec2(w, ctx.px(1)));
    gap(ctx, half);
}

//-----------------------------------------------------------------------------
// [SECTION] Pages, cards and grids
//-----------------------------------------------------------------------------

namespace {

// A one-column table `width` wide with `pad` around its content: the one
// public way in ImGui to narrow the available width on the right (a group
// cannot; a child window would be a single stop for Tab). No scrolling, so
// it opens unless the window is skipping items.
bool beginColumn(const char* id, float width, ImVec2 pad) {
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, pad);  // x read here, y by TableNextRow
    const ImGuiTableFlags flags = ImGuiTableFlags_PadOuterX | ImGuiTableFlags_NoSavedSettings;
    const bool open = ImGui::BeginTable(id, 1, flags, ImVec2(width, 0));
    if (open) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
    }
    ImGui::PopStyleVar();
    return open;
}

// The border of a card or a custom-drawn control, inside its edge.
void paintBorder(Context& ctx, ImDrawList* dl, ImVec2 a, ImVec2 b, uint32_t color, float rounding,
                 float thicknessCss = 1) {
    dl->AddRect(ImVec2(a.x + 0.5f, a.y + 0.5f), ImVec2(b.x - 0.5f, b.y - 0.5f), color, rounding, 0,
                std::max(1.0f, std::round(ctx.scale * thicknessCss)));
}

// A card's box from a to b: fill, a border inside the edge, and the accent
// bar, a strip cut from the card's own shape so that it follows the corners
// (on the right edge, right to left).
void paintCard(Context& ctx, ImDrawList* dl, ImVec2 a, ImVec2 b, const CardStyle& s) {
    const float r = ImGui::GetStyle().ChildRounding;
    dl->AddRectFilled(a, b, s.fill ? s.fill : ctx.pal.surface, r);
    paintBorder(ctx, dl, a, b, s.border ? s.border : ctx.pal.border, r);
    if (s.accent) {
        const float x = startX(ctx, a.x, b.x - a.x, 0, ctx.px(4));
        dl->PushClipRect(ImVec2(x, a.y), ImVec2(x + ctx.px(4), b.y), true);
        dl->AddRectFilled(a, b, s.accent, r);
        dl->PopClipRect();
    }
}

}  // namespace

float columnWidth(const Context& ctx, float maxCss) {
    return std::floor(std::min(ImGui::GetContentRegionAvail().x, ctx.px(maxCss)));
}

Page::Page(Context& ctx, float maxCss) {
    const float maxW = ctx.px(maxCss);
    if (ImGui::GetContentRegionAvail().x > maxW) capped_ = beginColumn("##page", maxW, ImVec2(0, 0));
}

void Page::end() {
    if (capped_) ImGui::EndTable();
    capped_ = false;
}

Backdrop::Backdrop() : dl_(ImGui::GetWindowDrawList()) {
    split_.Split(dl_, 2);
    split_.SetCurrentChannel(dl_, 1);
}

Backdrop::~Backdrop() {
    end();
    split_.ClearFreeMemory();
}

void Backdrop::behind() { split_.SetCurrentChannel(dl_, 0); }
void Backdrop::front() { split_.SetCurrentChannel(dl_, 1); }

void Backdrop::end() {
    if (ended_) return;
    ended_ = true;
    split_.Merge(dl_);
}

Grid::Grid(Context& ctx, float width, int cols, float gapCss, float rowGapCss, bool equalHeights)
    : ctx_(ctx), origin_(ImGui::GetCursorScreenPos()), width_(width), gap_(ctx.px(gapCss)), rowGap_(ctx.px(rowGapCss)),
      cols_(std::max(1, cols)), rowTop_(origin_.y), equal_(equalHeights) {
    // Whole-pixel columns that fill the width: the last `wider_` get the
    // pixels left over (as ImGui's stretched table columns do).
    const float n = static_cast<float>(cols_), avail = width_ - gap_ * (n - 1);
    cellW_ = cols_ == 1 ? width_ : std::floor(avail / n);
    wider_ = cols_ == 1 ? 0 : std::min(cols_ - 1, static_cast<int>(avail - cellW_ * n));
}

Grid::~Grid() { end(); }

float Grid::card(uint32_t accent, uint32_t fill, uint32_t border) {
    const bool tight = width_ < ctx_.px(420);
    CardStyle s;
    s.accent = accent;
    s.fill = fill;
    s.border = border;
    s.padX = tight ? 14 : 20;
    s.padY = tight ? 14 : 18;
    s.padLeft = s.padX + (accent ? 4 : 0);
    s.availableWidth = false;
    return card(s);
}

float Grid::card(const CardStyle& style) {
    if (open_) closeCell();
    ++index_;
    const int col = index_ % cols_;
    if (col == 0 && index_ > 0) closeRow();
    const int narrow = cols_ - wider_;  // columns before the wider ones
    const float w = cellW_ + (col >= narrow ? 1.0f : 0.0f);
    const float x = startX(ctx_, origin_.x, width_,
                           static_cast<float>(col) * (cellW_ + gap_) + static_cast<float>(std::max(0, col - narrow)), w);
    const float padX = ctx_.px(style.padX), padY = ctx_.px(style.padY);
    const float padLeft = style.padLeft < 0 ? padX : ctx_.px(style.padLeft);
    Box b{ImVec2(x, rowTop_), w, 0, style, padLeft - padX, style.availableWidth};
    if (b.table) {  // the table pads the content; the indent clears the accent bar
        ImGui::SetCursorScreenPos(b.min);
        ImGui::PushID(index_);
        b.table = beginColumn("##card", w, ImVec2(padX, padY));
        if (!b.table) ImGui::PopID();  // the window skips items: nothing to close
        else if (b.indent > 0) ImGui::Indent(b.indent);
        open_ = b.table;
    } else {
        ImGui::SetCursorScreenPos(ImVec2(x + (ctx_.rtl() ? padX : padLeft), rowTop_ + padY));  // clear of the accent bar
        ImGui::BeginGroup();
        open_ = true;
    }
    row_.push_back(b);
    return w - padX - padLeft;
}

void Grid::closeCell() {
    Box& b = row_.back();
    if (b.table) {
        if (b.indent > 0) ImGui::Unindent(b.indent);
        ImGui::EndTable();
        ImGui::PopID();
        b.h = ImGui::GetItemRectSize().y;
    } else {
        ImGui::EndGroup();
        b.h = std::max(0.0f, ImGui::GetItemRectMax().y - b.min.y) + ctx_.px(b.style.padY);
    }
    open_ = false;
}

void Grid::closeRow() {
    float h = 0;
    for (const Box& b : row_) h = std::max(h, b.h);
    back_.behind();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (const Box& b : row_) paintCard(ctx_, dl, b.min, ImVec2(b.min.x + b.w, b.min.y + (equal_ ? h : b.h)), b.style);
    back_.front();
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
    back_.end();
    ImGui::SetCursorScreenPos(origin_);
    ImGui::Dummy(ImVec2(width_, std::max(0.0f, bottom - origin_.y)));
}

Card::Card(Context& ctx, const CardStyle& style) : grid(ctx, ImGui::GetContentRegionAvail().x, 1) {
    inner = grid.card(style);
}

int gridColumns(Context& ctx, int count, int maxCols, float minCardCss) {
    const float gapCss = 14;
    const float availCss = ImGui::GetContentRegionAvail().x / ctx.scale;
    const int cols = static_cast<int>((availCss + gapCss) / (minCardCss + gapCss));
    return std::max(1, std::min({cols, maxCols, std::max(count, 1)}));
}

void cardGrid(Context& ctx, const char* id, int count, int cols, const std::function<void(int)>& card,
              const CardStyle& style) {
    ImGui::PushID(id);
    // Side by side: 14 px between cards and half that above and below the
    // grid. One column: the cards an item spacing apart, like other items.
    const float spacing = ImGui::GetStyle().ItemSpacing.y, half = ctx.px(7);
    const bool columns = cols > 1;
    if (columns) ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, ImGui::GetCursorScreenPos().y + half));
    Grid g(ctx, ImGui::GetContentRegionAvail().x, cols, 14, columns ? 14 : spacing / ctx.scale);
    for (int i = 0; i < count; ++i) {
        g.card(style);
        card(i);
    }
    g.end();
    if (columns) {  // the half gap below: an item, so the parent's size includes it
        ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, ImGui::GetCursorScreenPos().y - spacing));
        ImGui::Dummy(ImVec2(0, half));
    }
    ImGui::PopID();
}

//-----------------------------------------------------------------------------
// [SECTION] Inline runs and button rows
//-----------------------------------------------------------------------------

void alignEnd(Context& ctx, float w, float width) {
    if (!ctx.rtl()) return;
    const ImVec2 c = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(startX(ctx, c.x, width > 0 ? width : ImGui::GetContentRegionAvail().x, 0, w), c.y));
}

void tooltipSide(Context& ctx) {
    if (!ctx.rtl()) return;
    const ImVec2 m = ImGui::GetMousePos();
    const float s = ImGui::GetStyle().MouseCursorScale, x = m.x - 16.0f * s;  // ImGui's offset, on the other side
    if (x >= ctx.px(kTipCss)) ImGui::SetNextWindowPos(ImVec2(x, m.y + 24.0f * s), ImGuiCond_Always, ImVec2(1, 0));
}

Flow::Flow(Context& ctx, float spacingCss) {
    left = ImGui::GetCursorScreenPos().x;
    right = left + ImGui::GetContentRegionAvail().x;
    rtl = ctx.rtl();
    spacing = ctx.px(spacingCss);
    touchRow = ctx.px(ctx.minHitCss());
}

void Flow::next(float width, float height) {
    if (rtl) {  // the mirror of the left-to-right run below: leftwards from `right`
        const float x = ImGui::GetItemRectMin().x - spacing - width;
        if (!first && x >= left) {
            const float prevH = ImGui::GetItemRectSize().y;
            ImGui::SameLine(0, 0);
            float y = ImGui::GetCursorScreenPos().y;
            if (height > 0 && prevH > height) y += std::floor((prevH - height) * 0.5f);
            ImGui::SetCursorScreenPos(ImVec2(x, y));
        } else {
            if (!first && touchRow > 0 && ImGui::GetItemRectSize().y >= touchRow - 0.5f)
                ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y);
            ImGui::SetCursorScreenPos(ImVec2(std::max(left, right - width), ImGui::GetCursorScreenPos().y));
        }
        first = false;
        return;
    }
    if (!first && ImGui::GetItemRectMax().x + spacing + width <= right) {
        const float prevH = ImGui::GetItemRectSize().y;
        ImGui::SameLine(0, spacing);
        if (height > 0 && prevH > height) {
            const ImVec2 c = ImGui::GetCursorScreenPos();
            ImGui::SetCursorScreenPos(ImVec2(c.x, c.y + std::floor((prevH - height) * 0.5f)));
        }
    } else if (!first && touchRow > 0 && ImGui::GetItemRectSize().y >= touchRow - 0.5f) {
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y);  // see Flow
    }
    first = false;
}

ButtonRow::ButtonRow(Context& ctx, float width, std::vector<float> natural)
    : ctx_(ctx), origin_(ImGui::GetCursorScreenPos()), w_(std::move(natural)), gap_(ctx.px(10)), width_(width),
      bottom_(origin_.y) {  // screen y: negative when scrolled past, so never start from 0
    const float n = static_cast<float>(w_.size());
    float total = gap_ * (n - 1);
    for (float w : w_) total += w;
    if (total <= width) return;
    const float equal = std::floor((width - gap_ * (n - 1)) / n);
    if (*std::max_element(w_.begin(), w_.end()) <= equal) {  // equal columns, no label wraps
        for (float& w : w_) w = equal;
    } else {
        stacked_ = true;
        for (float& w : w_) w = width;
    }
}

float ButtonRow::place(int i) {
    if (i > 0) bottom_ = std::max(bottom_, ImGui::GetItemRectMax().y);
    if (stacked_) {
        ImGui::SetCursorScreenPos(i == 0 ? origin_ : ImVec2(origin_.x, bottom_ + ctx_.px(8)));
    } else {
        float x = 0;
        for (int k = 0; k < i; ++k) x += w_[k] + gap_;
        ImGui::SetCursorScreenPos(ImVec2(startX(ctx_, origin_.x, width_, x, w_[i]), origin_.y));
    }
    return w_[i];
}

void ButtonRow::end() {
    bottom_ = std::max(bottom_, ImGui::GetItemRectMax().y);
    ImGui::SetCursorScreenPos(ImVec2(origin_.x, bottom_));
    ImGui::Dummy(ImVec2(width_, 0));
}

//-----------------------------------------------------------------------------
// [SECTION] Buttons, tiles, links and chips
//-----------------------------------------------------------------------------

namespace {

void handCursor() {
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
}

// `c` with its alpha scaled by `a` (ImU32 keeps alpha in the top byte).
uint32_t withAlpha(uint32_t c, float a) {
    const uint32_t alpha = static_cast<uint32_t>(((c >> IM_COL32_A_SHIFT) & 0xFF) * a + 0.5f);
    return (c & ~IM_COL32_A_MASK) | (alpha << IM_COL32_A_SHIFT);
}

// The item of a control drawn `drawn` big: at least the touch minimum in each direction.
ImVec2 hitSize(const Context& ctx, ImVec2 drawn) {
    const float m = ctx.px(ctx.minHitCss());
    return ImVec2(std::max(drawn.x, m), std::max(drawn.y, m));
}

// The last item's rect in the page's CSS px, cut to the clip rect; false when nothing of it shows.
bool visibleItem(const Context& ctx, std::string name, Context::Target* out) {
    const ImVec2 ia = ImGui::GetItemRectMin(), ib = ImGui::GetItemRectMax();
    const ImVec2 ca = ImGui::GetWindowDrawList()->GetClipRectMin(), cb = ImGui::GetWindowDrawList()->GetClipRectMax();
    const ImVec2 a(std::max(ia.x, ca.x), std::max(ia.y, ca.y)), b(std::min(ib.x, cb.x), std::min(ib.y, cb.y));
    if (b.x <= a.x || b.y <= a.y) return false;
    const float s = ctx.screenScale;  // the page's CSS px, whatever the text size
    *out = {std::move(name), a.x / s, a.y / s, (b.x - a.x) / s, (b.y - a.y) / s, a.x > ia.x || a.y > ia.y || b.x < ib.x || b.y < ib.y};
    return true;
}

// The last item, a control, into ctx.controls under its label (its text up to "##").
void addControl(Context& ctx, std::string_view label) {
    const size_t hash = label.find("##");
    Context::Target t;
    if (visibleItem(ctx, std::string(label.substr(0, hash)), &t)) ctx.controls.push_back(std::move(t));
}

}  // namespace

bool frameButton(Context& ctx, const char* label, ImVec2 size) {
    const char* shown = visual(ctx, label);  // the label as drawn; controls are named by `label`
    if (!ctx.coarse) {
        const bool pressed = ImGui::Button(shown, size);
        addControl(ctx, label);
        return pressed;
    }
    // ImGui::ButtonEx, but with an item of the touch size around the frame.
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (window->SkipItems) return false;
    const ImGuiStyle& st = ImGui::GetStyle();
    const ImGuiID id = window->GetID(shown);
    const ImVec2 textSize = ImGui::CalcTextSize(shown, nullptr, true);
    const ImVec2 drawn = ImGui::CalcItemSize(size, textSize.x + st.FramePadding.x * 2, textSize.y + st.FramePadding.y * 2);
    const ImVec2 item = hitSize(ctx, drawn);
    const ImVec2 pos = window->DC.CursorPos;
    const ImVec2 at(pos.x + std::floor((item.x - drawn.x) * 0.5f), pos.y + std::floor((item.y - drawn.y) * 0.5f));
    const ImRect bb(pos, ImVec2(pos.x + item.x, pos.y + item.y)), frame(at, ImVec2(at.x + drawn.x, at.y + drawn.y));
    ImGui::ItemSize(item, at.y - pos.y + st.FramePadding.y);  // text on the line aligns with the label
    if (!ImGui::ItemAdd(bb, id)) return false;
    bool hovered = false, held = false;
    const bool pressed = ImGui::ButtonBehavior(bb, id, &hovered, &held);
    const ImU32 col = ImGui::GetColorU32(held && hovered ? ImGuiCol_ButtonActive : hovered ? ImGuiCol_ButtonHovered : ImGuiCol_Button);
    ImGui::RenderNavHighlight(frame, id);
    ImGui::RenderFrame(frame.Min, frame.Max, col, true, st.FrameRounding);
    ImGui::RenderTextClipped(ImVec2(frame.Min.x + st.FramePadding.x, frame.Min.y + st.FramePadding.y),
                             ImVec2(frame.Max.x - st.FramePadding.x, frame.Max.y - st.FramePadding.y), shown, nullptr,
                             &textSize, st.ButtonTextAlign, &frame);
    addControl(ctx, label);
    return pressed;
}

namespace {

// A pill at the style's frame padding (pill and smallPill push theirs).
bool pillButton(Context& ctx, const char* label, bool active, uint32_t activeColor) {
    const uint32_t on = activeColor ? activeColor : ctx.pal.accent;
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 999.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, ctx.px(1));
    ImGui::PushStyleColor(ImGuiCol_Border, active ? on : ctx.pal.border);
    ImGui::PushStyleColor(ImGuiCol_Button, active ? mix(ctx.pal.surface, on, 0.16f) : ctx.pal.surface);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, mix(ctx.pal.surface, on, active ? 0.24f : 0.10f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, mix(ctx.pal.surface, on, 0.30f));
    ImGui::PushStyleColor(ImGuiCol_Text, active ? mix(on, ctx.pal.text, 0.25f) : ctx.pal.text);
    const bool clicked = frameButton(ctx, label);
    handCursor();
    ImGui::PopStyleColor(5);
    ImGui::PopStyleVar(2);
    return clicked;
}

}  // namespace

bool pill(Context& ctx, const char* label, bool active, uint32_t activeColor) {
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, drawnFramePadding(ctx));
    const bool clicked = pillButton(ctx, label, active, activeColor);
    ImGui::PopStyleVar();
    return clicked;
}

bool smallPill(Context& ctx, const char* label, bool active, Flow* flow, uint32_t activeColor) {
    ImGui::PushFont(ctx.fonts.small);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ctx.px(10), ctx.px(4)));
    if (flow) flow->next(std::max(ImGui::CalcTextSize(visual(ctx, label), nullptr, true).x + ctx.px(20), ctx.px(ctx.minHitCss())));
    const bool clicked = pillButton(ctx, label, active, activeColor);
    ImGui::PopStyleVar();
    ImGui::PopFont();
    return clicked;
}

bool primaryButton(Context& ctx, const char* label) {
    ImGui::PushStyleColor(ImGuiCol_Button, ctx.pal.accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, mix(ctx.pal.accent, ctx.pal.text, 0.15f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, mix(ctx.pal.accent, ctx.pal.text, 0.3f));
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.pal.accentText);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, drawnFramePadding(ctx));
    ImGui::PushFont(ctx.fonts.bodyBold);
    const bool clicked = frameButton(ctx, label);
    ImGui::PopFont();
    ImGui::PopStyleVar();
    handCursor();
    ImGui::PopStyleColor(4);
    return clicked;
}

void focusRing(Context& ctx, float rounding) {
    if (!ImGui::IsItemFocused() || !ImGui::GetIO().NavVisible) return;
    const float o = ctx.px(3);
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - o, a.y - o), ImVec2(b.x + o, b.y + o), ctx.pal.focus, rounding + o, 0,
                                        ctx.px(2));
}

float buttonWidth(Context& ctx, std::string_view label) {
    ImFont* f = ctx.fonts.bodyBold;  // the wider of the two, so rows never overflow
    return std::ceil(naturalWidth(ctx, f, label) + 2 * ctx.px(16));
}

namespace {
struct ButtonMetrics { ImFont* font; float padX, padY, width, textW, textH, h; };
ButtonMetrics buttonMetrics(Context& ctx, std::string_view label, float width, ButtonKind kind) {
    ButtonMetrics m;
    m.font = kind == ButtonKind::Primary ? ctx.fonts.bodyBold : ctx.fonts.body;
    m.padX = ctx.px(14);
    m.padY = ctx.px(9);
    m.width = std::max(width, ctx.px(48));
    m.textW = m.width - 2 * m.padX;
    m.textH = textHeight(ctx, label, m.font, m.textW);
    // 42 CSS px, and on touch at least the minimum hit size.
    m.h = std::max({ctx.px(42), ctx.px(ctx.minHitCss()), m.textH + 2 * m.padY});
    return m;
}
}  // namespace

float buttonHeight(Context& ctx, std::string_view label, float width, ButtonKind kind) {
    return buttonMetrics(ctx, label, width, kind).h;
}

bool button(Context& ctx, const char* id, std::string_view label, float width, ButtonKind kind, bool enabled) {
    const ButtonMetrics m = buttonMetrics(ctx, label, width, kind);
    ImFont* f = m.font;
    const float padX = m.padX;
    width = m.width;
    const float textW = m.textW, textH = m.textH, h = m.h;
    if (!enabled) ImGui::BeginDisabled();
    const bool pressed = ImGui::InvisibleButton(id, ImVec2(width, h));
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
    if (border) paintBorder(ctx, dl, a, b, border, r);
    paintText(ctx, f, ImVec2(a.x + padX, a.y + std::floor((h - textH) / 2)), label, textW, fg, {}, Align::Centre);
    focusRing(ctx, r);
    if (enabled) handCursor();
    addControl(ctx, label);
    return pressed && enabled;
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
    const TileMetrics m = tileMetrics(ctx, width, style);
    const float textH = textHeight(ctx, label, ctx.fonts.body, m.textW);
    if (style == TileStyle::Inline) return std::max(ctx.px(50), std::max(textH, m.badge) + 2 * m.padY);
    return std::max(ctx.px(84), m.badge + m.gapY + textH + 2 * m.padY);
}

bool tile(Context& ctx, const char* id, std::string_view label, int number, float width, float height, bool selected,
          TileStyle style) {
    ImFont* f = ctx.fonts.body;
    const TileMetrics m = tileMetrics(ctx, width, style);
    const bool pressed = ImGui::InvisibleButton(id, ImVec2(width, height));
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
    paintBorder(ctx, dl, a, b, border, r, selected ? 1.5f : 1.0f);

    const float textH = textHeight(ctx, label, f, m.textW);
    ImVec2 badgeC;
    if (style == TileStyle::Inline) {
        // The badge at the start, the label after it (mirrored right to left).
        badgeC = ImVec2(startX(ctx, a.x, width, m.padX, m.badge) + m.badge / 2, a.y + height / 2);
        paintText(ctx, f, ImVec2(startX(ctx, a.x, width, m.padX + m.badge + m.gapX, m.textW), a.y + std::floor((height - textH) / 2)),
                  label, m.textW, fg);
    } else {
        const float top = a.y + std::floor((height - (m.badge + m.gapY + textH)) / 2);
        badgeC = ImVec2(a.x + width / 2, top + m.badge / 2);
        paintText(ctx, f, ImVec2(a.x + m.padX, top + m.badge + m.gapY), label, m.textW, fg, {}, Align::Centre);
    }
    if (number > 0) {
        if (badgeFill) dl->AddCircleFilled(badgeC, m.badge / 2, badgeFill);
        else dl->AddCircle(badgeC, m.badge / 2 - 0.5f, badgeRing, 0, std::max(1.0f, std::round(ctx.scale)));
        char num[16];
        std::snprintf(num, sizeof num, "%d", number);
        ImFont* nf = ctx.fonts.bodyBold;
        const float ns = nf->FontSize * 0.85f;
        const ImVec2 sz = nf->CalcTextSizeA(ns, FLT_MAX, 0, num);
        dl->AddText(nf, ns, ImVec2(std::round(badgeC.x - sz.x / 2), std::round(badgeC.y - sz.y / 2)), badgeText, num);
    }
    focusRing(ctx, r);
    handCursor();
    addControl(ctx, label);
    return pressed;
}

bool linkText(Context& ctx, const char* id, std::string_view label, const std::string& url, ImFont* font, Flow* flow) {
    if (label.empty()) return false;
    ImFont* f = font ? font : ImGui::GetFont();
    const float full = std::max(ImGui::GetContentRegionAvail().x, f->FontSize * 4);
    const float natural = naturalWidth(ctx, f, label);
    const float want = std::min(natural, full);
    const float hit = ctx.px(ctx.minHitCss());
    if (flow) flow->next(std::max(want, hit), std::max(f->FontSize, hit));
    // On a shared line it fits whole; on its own line it may wrap at the full
    // width. Never under 4 em: a measured width can round below the text's own.
    const float wrap = std::max({want, std::min(full, ImGui::GetContentRegionAvail().x), f->FontSize * 4});
    float width = 0;
    int lines = 0;
    static bidi::Shaped linkBuf;  // the label's lines, for its width and its underline
    const Para para = prepare(ctx, label, linkBuf);
    LineBreaker breaker(f, para, wrap);
    for (TextLine l; breaker.next(&l); ++lines) width = std::max(width, lineWidth(f, l));
    const float height = linesHeight(ctx, f, lines);
    const ImVec2 item = hitSize(ctx, ImVec2(std::max(width, 1.0f), std::max(height, 1.0f)));
    if (!flow) alignEnd(ctx, item.x);  // on a line of its own: at the right, right to left
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 pos(at.x, at.y + std::floor((item.y - height) * 0.5f));  // the text, centred in a touch-sized item
    const bool clicked = ImGui::InvisibleButton(id, item);
    const bool hovered = ImGui::IsItemHovered();
    if (ImGui::IsItemVisible()) {
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const uint32_t col = hovered ? mix(ctx.pal.accent, ctx.pal.text, 0.25f) : ctx.pal.accent;
        const float thick = ctx.px(hovered ? 1.5f : 1.0f);
        // Right to left, each line ends at the item's right edge (paintText aligns it in `wrap`).
        paintText(ctx, f, ImVec2(para.right ? pos.x + width - wrap : pos.x, pos.y), label, wrap, col);
        LineBreaker underline(f, para, wrap);
        float y = pos.y;
        const uint32_t lineCol = withAlpha(col, hovered ? 1.0f : 0.45f);
        for (TextLine l; underline.next(&l); y += lineStep(ctx, f)) {
            const float uy = std::round(y + f->FontSize * 0.95f), lw = lineWidth(f, l);
            const float x = para.right ? pos.x + width - lw : pos.x;
            dl->AddLine(ImVec2(x, uy), ImVec2(x + lw, uy), lineCol, thick);
        }
        ImGui::RenderNavHighlight(ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()), ImGui::GetItemID(),
                                  ImGuiNavHighlightFlags_TypeThin);
    }
    if (hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (url != label) {
            tooltipSide(ctx);
            ImGui::SetTooltip("%s", url.c_str());
        }
    }
    addControl(ctx, label);
    if (clicked) ctx.push(Open{url});
    return clicked;
}

void chip(Context& ctx, std::string_view s, const std::vector<Span>& spans, Flow* flow, uint32_t tint) {
    ImFont* f = ctx.fonts.small;
    const float padX = ctx.px(9), padY = ctx.px(3);
    const float full = std::max(ImGui::GetContentRegionAvail().x, f->FontSize * 4 + 2 * padX);
    // Rounded up, plus a pixel: the wrap rule sums the advances word by word,
    // and with the browser's fractional advances (web) a chip exactly as wide
    // as its one-line text could wrap its last word (as tipText does).
    const float natural =
        std::ceil(naturalWidth(ctx, f, s)) + 1.0f + 2 * padX;
    const float w = std::min(natural, full);
    if (flow) flow->next(w);
    const float inner = std::max(w - 2 * padX, f->FontSize * 4);  // see linkText: never under 4 em
    const float h = textHeight(ctx, s, f, inner) + 2 * padY;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(w, h));
    if (!ImGui::IsItemVisible()) return;
    const uint32_t base = tint ? tint : ctx.pal.muted;
    ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + w, p.y + h), mix(ctx.pal.surface, base, 0.12f),
                                              std::min(h * 0.5f, ctx.px(12)));
    const uint32_t ink = tint ? mix(tint, ctx.pal.text, 0.35f) : ctx.pal.text;
    paintText(ctx, f, ImVec2(p.x + padX, p.y + padY), s, inner, ink, spans);
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

//-----------------------------------------------------------------------------
// [SECTION] Roles, bars and sources
//-----------------------------------------------------------------------------

uint32_t roleColor(const Context& ctx, int role) {
    if (role >= 0 && static_cast<size_t>(role) < ctx.roleColors.size()) return ctx.roleColors[role];
    return ctx.pal.accent;
}

void roleName(Context& ctx, int role, ImFont* font, bool tinted) {
    if (role < 0 || static_cast<size_t>(role) >= ctx.data->roles.size()) return;
    if (font) ImGui::PushFont(font);
    const uint32_t col = roleColor(ctx, role);
    const float h = ImGui::GetTextLineHeight(), d = ctx.px(9);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const char* name = visual(ctx, ctx.data->roles[role].shortName.c_str());
    if (ctx.rtl()) {  // the name, then the dot at its right: the same box, mirrored
        const float w = ImGui::CalcTextSize(name).x;
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + w + ctx.px(6) + d / 2, p.y + h / 2 + ctx.px(0.5f)), d / 2, col);
        ImGui::BeginGroup();  // one item, as a run (Flow) reads the last item's start
        if (tinted) ImGui::PushStyleColor(ImGuiCol_Text, col);
        ImGui::TextUnformatted(name);
        if (tinted) ImGui::PopStyleColor();
        ImGui::SameLine(0, 0);
        ImGui::Dummy(ImVec2(d + ctx.px(6), h));
        ImGui::EndGroup();
        if (font) ImGui::PopFont();
        return;
    }
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + d / 2, p.y + h / 2 + ctx.px(0.5f)), d / 2, col);
    ImGui::Dummy(ImVec2(d + ctx.px(6), h));
    ImGui::SameLine(0, 0);
    if (tinted) ImGui::PushStyleColor(ImGuiCol_Text, col);
    ImGui::TextUnformatted(name);
    if (tinted) ImGui::PopStyleColor();
    if (font) ImGui::PopFont();
}

float roleNameWidth(Context& ctx, int role, ImFont* font) {
    if (role < 0 || static_cast<size_t>(role) >= ctx.data->roles.size()) return 0;
    ImFont* f = font ? font : ImGui::GetFont();
    const char* name = visual(ctx, ctx.data->roles[role].shortName.c_str());
    return ctx.px(9) + ctx.px(6) + f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, name).x;
}

void bar(Context& ctx, float fraction, uint32_t color, float heightCss, float width) {
    fraction = std::clamp(fraction, 0.0f, 1.0f);
    if (width <= 0) width = ImGui::GetContentRegionAvail().x;
    const float h = ctx.px(heightCss);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + width, p.y + h), ctx.pal.surfaceAlt, h / 2);
    if (fraction > 0) {  // filled from the start: the right, right to left
        const float fill = std::max(h, width * fraction), x = startX(ctx, p.x, width, 0, fill);
        dl->AddRectFilled(ImVec2(x, p.y), ImVec2(x + fill, p.y + h), color, h / 2);
    }
    ImGui::Dummy(ImVec2(width, h));
}

void fitBars(Context& ctx, const std::vector<double>& fits, const std::vector<int>& order, float width, bool faded,
             float barCss) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* nameF = ctx.fonts.body;
    ImFont* numF = ctx.fonts.bodyBold;
    const float x0 = ImGui::GetCursorScreenPos().x;  // right to left the first role's x may be moved in (alignEnd)
    for (size_t k = 0; k < order.size(); ++k) {
        const int role = order[k];
        if (role < 0 || static_cast<size_t>(role) >= ctx.data->roles.size() || static_cast<size_t>(role) >= fits.size())
            continue;
        if (k > 0 && ctx.rtl()) ImGui::SetCursorScreenPos(ImVec2(x0, ImGui::GetCursorScreenPos().y));
        const Role& R = ctx.data->roles[role];
        const uint32_t col = roleColor(ctx, role);
        const std::string pctText = ctx.percent(fits[role]);
        const char* pct = pctText.c_str();
        const float pctW = numF->CalcTextSizeA(numF->FontSize, FLT_MAX, 0, pct).x;
        const std::string& name =
            nameF->CalcTextSizeA(nameF->FontSize, FLT_MAX, 0, R.name.c_str()).x + pctW + ctx.px(30) <= width ? R.name
                                                                                                            : R.shortName;
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float lineH = nameF->FontSize;
        const float d = ctx.px(9);
        const std::string shown = shorten(name, 200);
        const char* drawn = visual(ctx, shown.c_str());
        // The dot and the name from the start, the percentage at the end
        // (mirrored right to left: startX).
        const float nameW = nameF->CalcTextSizeA(nameF->FontSize, FLT_MAX, 0, drawn).x;
        const float clipW = width - pctW - ctx.px(8), clipX = startX(ctx, p.x, width, 0, clipW);
        dl->AddCircleFilled(ImVec2(startX(ctx, p.x, width, 0, d) + d / 2, p.y + lineH / 2 + ctx.px(0.5f)), d / 2, col);
        dl->PushClipRect(ImVec2(clipX, p.y), ImVec2(clipX + clipW, p.y + lineH + ctx.px(4)), true);
        dl->AddText(nameF, nameF->FontSize, ImVec2(startX(ctx, p.x, width, d + ctx.px(7), nameW), p.y), ctx.pal.text, drawn);
        dl->PopClipRect();
        dl->AddText(numF, numF->FontSize, ImVec2(startX(ctx, p.x, width, width - pctW, pctW), p.y), faded ? ctx.pal.muted : ctx.pal.text, pct);
        ImGui::Dummy(ImVec2(width, lineH));
        ImGui::SetCursorScreenPos(ImVec2(p.x, ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y + ctx.px(6)));
        bar(ctx, static_cast<float>(fits[role] / 100.0), faded ? mix(ctx.pal.surfaceAlt, col, 0.55f) : col, barCss, width);
        if (k + 1 < order.size()) gap(ctx, 2);
    }
}

float fitBarsHeight(Context& ctx, int roles, float barCss) {
    if (roles <= 0) return 0;
    const float n = static_cast<float>(roles), spacing = ImGui::GetStyle().ItemSpacing.y;
    // Per role: the name line, 6 px, the bar; between roles a 2 px gap item
    // with the item spacing on either side of it.
    return n * (ctx.fonts.body->FontSize + ctx.px(6) + ctx.px(barCss)) + (n - 1) * (ctx.px(2) + 2 * spacing);
}

std::string sourceShortTitle(const Source& s) {
    const size_t colon = s.title.find(':');
    return colon == std::string::npos || colon == 0 ? s.title : s.title.substr(0, colon);
}

void citations(Context& ctx, const std::vector<std::string>& sourceIds) {
    if (sourceIds.empty()) return;
    const Dataset& d = *ctx.data;
    ImGui::PushID(&sourceIds);
    Flow flow(ctx, 6);
    ImGui::PushFont(ctx.fonts.small);
    const std::string leadText = ctx.tr("sources.lead", {{"n", sourceIds.size()}});
    const char* lead = visual(ctx, leadText.c_str());
    if (ctx.coarse) {  // level with the links' text, centred in their touch-sized items
        const float h = ctx.px(ctx.minHitCss()), w = ImGui::CalcTextSize(lead).x;
        flow.next(w);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddText(ImVec2(p.x, p.y + std::floor((h - ImGui::GetFontSize()) * 0.5f)), ctx.pal.muted, lead);
        ImGui::Dummy(ImVec2(w, h));
    } else {
        flow.next(ImGui::CalcTextSize(lead).x);  // the run's first item (at the right, right to left)
        ImGui::PushStyleColor(ImGuiCol_Text, ctx.pal.muted);
        ImGui::TextUnformatted(lead);
        ImGui::PopStyleColor();
    }
    for (const std::string& id : sourceIds) {
        const int si = d.sourceIndex(id);
        if (si < 0) continue;
        const Source& s = d.meta.sources[si];
        linkText(ctx, id.c_str(), sourceShortTitle(s), s.url, ctx.fonts.small, &flow);
    }
    ImGui::PopFont();
    ImGui::PopID();
}

//-----------------------------------------------------------------------------
// [SECTION] Inputs
//-----------------------------------------------------------------------------

namespace {

// ImGui's text field draws its text as stored: in logical order, a
// character at a time. Text that must be shaped or reordered to be read
// (Arabic, Hebrew, Devanagari...) is drawn over the field the way all other
// text is, shaped and in visual order, whenever the caret is at its end with
// nothing selected, which is how a search is typed (its new clusters get
// glyphs: App::noteGlyphs); the field's own text is then drawn transparent.
// Editing inside it shows the field's own text.
bool ownFieldText(const Context& ctx, ImGuiID field, std::string_view text) {
    if (text.empty()) return false;
    if (!needsShaping(ctx, bidi::scan(text))) return false;
    const ImGuiInputTextState* st = ImGui::GetInputTextState(field);
    return !st || (!st->HasSelection() && st->GetCursorPos() == st->CurLenW);
}

// Draws `text` as ownFieldText() said, right after the field (its item rect).
void drawFieldText(Context& ctx, ImGuiID field, std::string_view text) {
    const ImGuiInputTextState* st = ImGui::GetInputTextState(field);
    const bool rtlText = bidi::scan(text).rtl;
    static bidi::Shaped shaped;
    static bidi::Visual line;
    bidi::shape(text, shaped, &ctx.clusters);
    const bidi::Dir dir = paragraphDir(ctx, text, rtlText);
    bidi::reorder(shaped.text, dir, line);
    ImFont* f = ImGui::GetFont();
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const ImVec2 inMin(min.x + pad.x, min.y + pad.y), inMax(max.x - pad.x, max.y - pad.y);
    const char* b = line.text.data();
    const char* e = b + line.text.size();
    const float w = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, b, e).x;
    // Right to left, the text starts at the right; either way, text wider
    // than the field shows its end, where the caret is.
    const bool rtl = dir == bidi::Dir::Rtl;
    const float avail = inMax.x - inMin.x;
    const float x = w > avail ? (rtl ? inMin.x : inMax.x - w) : (rtl ? inMax.x - w : inMin.x);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(ImVec2(inMin.x - 1, min.y), ImVec2(inMax.x + 1, max.y), true);
    dl->AddText(f, f->FontSize, ImVec2(x, inMin.y), ctx.pal.text, b, e);
    if (st) {  // the caret, blinking as ImGui's does, at the text's logical end
        const bool on = !ImGui::GetIO().ConfigInputTextCursorBlink || st->CursorAnim <= 0.0f ||
                        std::fmod(st->CursorAnim, 1.20f) <= 0.80f;
        const float cx = std::round(rtl ? x - 1 : x + w + 1);
        if (on) dl->AddLine(ImVec2(cx, inMin.y - 0.5f), ImVec2(cx, inMin.y + f->FontSize - 0.5f), ctx.pal.text);
    }
    dl->PopClipRect();
}

}  // namespace

bool textField(Context& ctx, const char* id, const char* hint, char* buf, size_t size, int flags) {
    const ImGuiID field = ImGui::GetID(id);
    const bool own = ownFieldText(ctx, field, buf);
    if (own) ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));  // ImGui draws nothing transparent
    const bool changed = ImGui::InputTextWithHint(id, visual(ctx, hint), buf, size, flags);
    if (own) {
        ImGui::PopStyleColor();
        drawFieldText(ctx, field, buf);
    }
    return changed;
}

void searchBox(Context& ctx, const char* id, View view, const std::string& value, const char* hint) {
    char buf[256];
    const size_t n = std::min(value.size(), sizeof(buf) - 1);
    std::copy_n(value.data(), n, buf);
    buf[n] = 0;
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, ctx.px(1));
    ImGui::PushStyleColor(ImGuiCol_Border, ctx.pal.border);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ctx.pal.surface);
    // On a coarse pointer the style's frame padding makes it touch-sized (applyTheme).
    const bool changed = textField(ctx, id, hint, buf, sizeof(buf));
    addControl(ctx, hint);
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar();
    if (changed) ctx.push(SetSearch{view, buf});
}

bool shortcutKeysFree() { return !ImGui::GetIO().WantTextInput && !ImGui::IsAnyItemActive(); }

//-----------------------------------------------------------------------------
// [SECTION] Test targets (Context::mark)
//-----------------------------------------------------------------------------

std::string Context::percent(double value) const {
    return formatPercent(catalogue().language(), static_cast<int>(std::lround(value)));
}

void Context::mark(std::string name) {
    const ImGuiID id = ImGui::GetItemID();
    if (id != 0 && id == ImGui::GetFocusID()) focused = name;
    // Only what is on screen (inside the current clip rect) can be clicked.
    Target t;
    if (visibleItem(*this, std::move(name), &t)) targets.push_back(std::move(t));
}

}  // namespace rc::ui
