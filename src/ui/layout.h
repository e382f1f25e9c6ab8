// rolecompare's layout and drawing pieces on top of ImGui, for every view:
// wrapped text with search highlights, cards and grids of cards, inline runs
// and rows of buttons, and the few controls the views share.
//
// Three rules hold everywhere:
// - One wrap rule and one line height (font size + 3 CSS px between lines),
//   for text items, painted text, button labels and option tiles alike.
// - Everything is measured in the frame that draws it. A card's box is
//   painted behind its content after the content is laid out (Backdrop), so
//   a card that grows (an FAQ answer opening) moves what follows, box
//   included, in that same frame; nothing keeps sizes from the last frame.
// - Cards are not child windows: their content is plain items in the view's
//   window, so Tab and the arrows reach every button inside.
// Sizes are physical px (CSS px x ctx.scale) unless a name says Css.
// Nothing here keeps state between calls: what spans a begin and an end
// lives in an object the caller holds (Page, Card, Grid, Flow, ButtonRow).
//
// [SECTION] Text
// [SECTION] Spacing
// [SECTION] Pages, cards and grids
// [SECTION] Inline runs and button rows
// [SECTION] Buttons, tiles, links and chips
// [SECTION] Roles, bars and sources
// [SECTION] Inputs
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "context.h"
#include "core/text.h"

namespace rc::ui {

//-----------------------------------------------------------------------------
// [SECTION] Text
//-----------------------------------------------------------------------------

// Wrapped text as an item at the cursor, `width` wide (0 = the available
// width), with `spans` (byte ranges of s) painted in the highlight colour.
// font nullptr = the current font; color 0 = the text colour. Lines wrap at
// blanks (a '\n' ends a line; a word wider than the line is cut). Returns the
// height. Only the lines inside the clip rect are drawn.
float text(Context& ctx, std::string_view s, const std::vector<Span>& spans = {}, ImFont* font = nullptr,
           uint32_t color = 0, float width = 0);
// text() at an explicit width, without highlights.
inline float textBlock(Context& ctx, std::string_view s, float width, ImFont* font = nullptr, uint32_t color = 0) {
    return text(ctx, s, {}, font, color, width);
}
inline void muted(Context& ctx, std::string_view s, ImFont* font = nullptr) { text(ctx, s, {}, font, ctx.pal.muted); }
// text() for a tooltip or another window that sizes to its content: as wide
// as the text needs, at most maxCss CSS px.
float tipText(Context& ctx, std::string_view s, float maxCss, ImFont* font = nullptr, uint32_t color = 0);
void heading(Context& ctx, std::string_view s, const std::vector<Span>& spans = {});
void subheading(Context& ctx, std::string_view s, const std::vector<Span>& spans = {});
// A bullet point: a dot in `dot` colour (0 = muted), then wrapped text.
void bullet(Context& ctx, std::string_view s, const std::vector<Span>& spans = {}, uint32_t dot = 0);
// A small section label in the muted colour ("COMPARING").
void eyebrow(Context& ctx, std::string_view s);
// A section heading above cards, with air above it.
void sectionTitle(Context& ctx, std::string_view s, float width);

// Height of `s` wrapped at `width` in `font` (nullptr = current), as text() lays it out.
float textHeight(Context& ctx, std::string_view s, ImFont* font, float width);
// Paints wrapped text with highlights at (x, y) WITHOUT layout (no item, no
// cursor move), for text over a custom item. Returns the height.
float drawText(Context& ctx, ImFont* font, float x, float y, std::string_view s, const std::vector<Span>& spans,
               float width, uint32_t color);
// Spans of `s` moved right by `offset` bytes (for text drawn after a prefix).
std::vector<Span> shifted(const std::vector<Span>& spans, size_t offset);

// "Text that is too long" -> "Text that is…" at a word boundary.
std::string shorten(std::string_view s, size_t maxBytes);
// The first sentence of a paragraph (up to ". " followed by a capital).
std::string firstSentence(std::string_view s);
std::string capitalized(std::string_view s);

// `s` as one line is drawn, for text ImGui draws itself (button labels,
// TextUnformatted, AddText): shaped and in visual order (core/bidi.h) when it
// holds right-to-left text or a complex script's clusters (core/clusters.h),
// or the interface is right to left; else `s`
// itself, at the cost of a scan. An ImGui "##id" stays the id of `s` as
// written. The text returned lives at least until the next frame when it
// was shaped, but is `s` itself otherwise: never keep it past the life of `s`
// (visual(ctx, ctx.tr(...).c_str()) is good for that one expression only).
std::string_view visual(Context& ctx, std::string_view s);
const char* visual(Context& ctx, const char* s);

//-----------------------------------------------------------------------------
// [SECTION] Spacing
//-----------------------------------------------------------------------------

// Vertical gap of `css` CSS px (an item: ItemSpacing follows it).
void gap(Context& ctx, float css);
// Moves the cursor up (tightens the gap to the next item; an item must follow).
void pullUp(Context& ctx, float css);
// A thin horizontal rule across the available width, `spaceCss` tall in all.
void rule(Context& ctx, float spaceCss = 10);

//-----------------------------------------------------------------------------
// [SECTION] Pages, cards and grids
//-----------------------------------------------------------------------------

// One content width for every view: a view's content is at most kPageCss CSS
// px wide, left-aligned under the nav (long lines read badly on a 2560 px
// screen, and a view that is wider or narrower than the one before it jumps).
constexpr float kPageCss = 1120;

// The available width, at most maxCss CSS px.
float columnWidth(const Context& ctx, float maxCss = kPageCss);

// Caps the available width of a view's content at kPageCss (left-aligned,
// like the nav), for views that lay out at the available width.
//   Page page(ctx); ...content...; page.end();
class Page {
public:
    explicit Page(Context& ctx, float maxCss = kPageCss);
    void end();  // call once, after the content

private:
    bool capped_ = false;
};

// Paints behind content that is drawn first: for a box whose size is known
// only once its content is laid out. Splits the current window's draw list.
//   Backdrop back;  ...content...;  back.behind(); ...box...;  back.front();  ...;  back.end();
class Backdrop {
public:
    Backdrop();
    ~Backdrop();
    void behind();  // what is drawn next goes under everything drawn in front so far
    void front();   // back to the front layer
    void end();     // merges the layers; call once

private:
    ImDrawListSplitter split_;
    ImDrawList* dl_;
    bool ended_ = false;
};

// How a card looks. Colours 0 = the palette's; padding in CSS px.
struct CardStyle {
    uint32_t accent = 0;         // a 4 px bar in this colour on the left edge; 0 = none
    uint32_t fill = 0;           // 0 = pal.surface
    uint32_t border = 0;         // 0 = pal.border
    float padX = 18, padY = 16;  // between the card's edge and its content
    float padLeft = -1;          // on the left, when not padX (content clear of the accent bar)
    // The content lays out at the available width (text() without a width,
    // tables, search boxes): a one-column table narrows it to the content
    // width. false: a group, laid out at the width card() returns; cheaper,
    // and it keeps ImGui's table code out of the first frame (the Overview).
    bool availableWidth = true;
};

// Cells laid out left to right in `cols` equal columns, wrapping into rows.
// A card is a rounded box (fill, border, accent bar) behind its content,
// painted once its row is measured; with equalHeights every card of a row is
// as tall as the tallest. card() returns the content width. Usage:
//   Grid g(ctx, width, cols);
//   for (...) { float w = g.card(accent); ...content...; }
//   g.end();
class Grid {
public:
    Grid(Context& ctx, float width, int cols, float gapCss = 16, float rowGapCss = 16, bool equalHeights = true);
    ~Grid();
    // The next cell as a card padded for the grid's width (20 x 18 CSS px;
    // 14 x 14 under 420 px), the content clear of the accent bar and laid out
    // at the returned width (CardStyle::availableWidth false).
    float card(uint32_t accent = 0, uint32_t fill = 0, uint32_t border = 0);
    float card(const CardStyle& style);
    void end();  // call once, after the last cell

private:
    struct Box { ImVec2 min; float w, h; CardStyle style; float indent; bool table; };
    void closeCell();
    void closeRow();

    Context& ctx_;
    Backdrop back_;
    ImVec2 origin_;
    float width_, cellW_, gap_, rowGap_;
    int cols_, wider_, index_ = -1;
    float rowTop_;
    bool open_ = false, ended_ = false, equal_ = true;
    std::vector<Box> row_;
};

// One card. Card c(ctx, width, accent); ...content, c.inner wide...; c.end();
// Card(ctx, style): at the available width, padded as the style says.
struct Card {
    Card(Context& ctx, float width, uint32_t accent = 0, uint32_t fill = 0, uint32_t border = 0)
        : grid(ctx, width, 1) { inner = grid.card(accent, fill, border); }
    explicit Card(Context& ctx, const CardStyle& style = {});
    void end() { grid.end(); }
    Grid grid;
    float inner = 0;
};

// Columns for a card grid at the available width: 1 on phones, up to `maxCols`.
int gridColumns(Context& ctx, int count, int maxCols = 3, float minCardCss = 260);
// `count` cards of `style` at the available width in `cols` columns, 14 CSS
// px apart; card(i) draws the content of card i.
void cardGrid(Context& ctx, const char* id, int count, int cols, const std::function<void(int)>& card,
              const CardStyle& style = {});

//-----------------------------------------------------------------------------
// [SECTION] Inline runs and button rows
//-----------------------------------------------------------------------------

// Right to left (ctx.rtl(): the catalogue is Arabic...), every side-by-side
// placement is mirrored: a box `w` wide that goes `offset` px from the start
// of the span [left, left + width] is `offset` px from its right edge instead.
// Rows of buttons, runs, grids and bars place their items through this.
inline float startX(const Context& ctx, float left, float width, float offset, float w) {
    return ctx.rtl() ? left + width - offset - w : left + offset;
}

// Right to left, moves the cursor right so that a box `w` wide ends at the
// right of the `width` px from the cursor (0 = the available width; inside a
// Grid card, give its width: a card is a group) for a lone button or a block
// narrower than its column; left to right it stays.
void alignEnd(Context& ctx, float w, float width = 0);

// Right to left, the next tooltip opens left of the mouse (ImGui's side is
// its right) when a tooltip's widest (kTipCss) fits there. Call right before
// BeginTooltip or SetTooltip; left to right it does nothing.
constexpr float kTipCss = 360;
void tooltipSide(Context& ctx);

// Keeps a run of inline items (chips, links, small buttons) on one line while
// they fit, wrapping to the next line otherwise. Create before the first item.
// Right to left, the run starts at the right and goes leftwards (next() places
// the cursor, so it must be given the item's width).
// On a coarse pointer, a line that follows touch-sized items (hit areas of
// ctx.minHitCss()) starts right under them, without the item spacing: their
// margins around the drawn controls already keep the lines apart.
struct Flow {
    float left = 0, right = 0, spacing = 0;
    bool rtl = false;
    float touchRow = 0;  // the hit size on a coarse pointer, else 0
    bool first = true;
    explicit Flow(Context& ctx, float spacingCss = 6);
    // Call before an item `width` px wide. With `height`, an item placed after
    // a taller one on the same line is centred on it (a link after a pill).
    void next(float width, float height = 0);
};

// Lays out buttons in one row when they fit `width` at their natural widths
// (buttonWidth()), else as equal columns while those stay usable, else
// stacked full width. place(i) before button i, end() after the last.
class ButtonRow {
public:
    ButtonRow(Context& ctx, float width, std::vector<float> naturalWidths);
    float place(int i);  // moves the cursor for button i; returns its width
    void end();

private:
    Context& ctx_;
    ImVec2 origin_;
    std::vector<float> w_;
    float gap_, width_;
    bool stacked_ = false;
    float bottom_ = 0;
};

//-----------------------------------------------------------------------------
// [SECTION] Buttons, tiles, links and chips
//-----------------------------------------------------------------------------

// Touch sizes: on a coarse pointer (ctx.coarse) every control below has a
// hit area (its ImGui item, which ctx.mark() records) at least
// ctx.minHitCss() square; what is drawn may stay smaller, centred in it.
// With a mouse, nothing changes size.

// ImGui::Button with a touch-sized hit area: on a coarse pointer the item is
// at least ctx.minHitCss() square and the frame is drawn at its own size (the
// label and the style's FramePadding, or `size` as ImGui::Button takes it)
// centred in it; with a mouse it is ImGui::Button. Push drawnFramePadding()
// (theme.h) for a frame drawn as a mouse gets it.
bool frameButton(Context& ctx, const char* label, ImVec2 size = ImVec2(0, 0));
// A rounded toggle button ("pill"); returns true when clicked.
bool pill(Context& ctx, const char* label, bool active, uint32_t activeColor = 0);
// A pill in the small font, for inline actions; `flow` places it inline.
bool smallPill(Context& ctx, const char* label, bool active, Flow* flow = nullptr, uint32_t activeColor = 0);
// Filled accent ImGui::Button for the main action of a reading view.
bool primaryButton(Context& ctx, const char* label);

enum class ButtonKind { Primary, Secondary, Quiet };
// Natural width of a button() with this label (one line), for laying out rows.
float buttonWidth(Context& ctx, std::string_view label);
// Height of a button() `width` wide with this label (its label may wrap), so a
// view can reserve the room of a button it does not draw this frame.
float buttonHeight(Context& ctx, std::string_view label, float width, ButtonKind kind);
// A real ImGui item (Tab, arrows, Enter, Space; focus ring) whose label wraps
// inside `width` (ImGui::Button never wraps: a 320 px phone would clip it).
// Disabled: drawn faded and never returns true.
bool button(Context& ctx, const char* id, std::string_view label, float width, ButtonKind kind, bool enabled = true);

// An answer option. Inline: number badge left, label wrapped next to it.
// Stacked: badge on top, label centred below (horizontal scale rows).
enum class TileStyle { Inline, Stacked };
float tileHeight(Context& ctx, std::string_view label, float width, TileStyle style);
bool tile(Context& ctx, const char* id, std::string_view label, int number, float width, float height, bool selected,
          TileStyle style);

// Focus ring around the last item when keyboard navigation is visible.
void focusRing(Context& ctx, float rounding);

// A link that wraps over several lines when it must, as a real ImGui item
// (Tab, Enter, the hover hand and a URL tooltip). Emits OpenUrl on click.
bool linkText(Context& ctx, const char* id, std::string_view label, const std::string& url, ImFont* font = nullptr,
              Flow* flow = nullptr);
// A small rounded, non-interactive chip; wraps inside itself when wider than the line.
void chip(Context& ctx, std::string_view s, const std::vector<Span>& spans = {}, Flow* flow = nullptr,
          uint32_t tint = 0);
// A round accent-tinted badge with a number, painted at (x, y) (no layout).
void numberBadge(Context& ctx, float x, float y, int number, float diameter);

//-----------------------------------------------------------------------------
// [SECTION] Roles, bars and sources
//-----------------------------------------------------------------------------

uint32_t roleColor(const Context& ctx, int role);
// A small dot in the role's colour and its short name, on one line at the
// cursor; `tinted`: the name in the role's colour too.
// Right to left the dot is at the name's right (the same box, mirrored).
void roleName(Context& ctx, int role, ImFont* font = nullptr, bool tinted = false);
// The width of roleName()'s box in `font` (nullptr = current), for placing it.
float roleNameWidth(Context& ctx, int role, ImFont* font = nullptr);
// Horizontal bar: background track and a filled part (0..1), height in CSS px.
void bar(Context& ctx, float fraction, uint32_t color, float heightCss = 10, float width = 0);
// For each role in `order`: name (and "72%") on a line, then a bar in the
// role colour. `faded` draws a preview (lighter bars).
void fitBars(Context& ctx, const std::vector<double>& fits, const std::vector<int>& order, float width,
             bool faded = false, float barCss = 10);
// Height of fitBars() for `roles` roles, as it lays them out (for a view that
// keeps their room while it does not draw them).
float fitBarsHeight(Context& ctx, int roles, float barCss = 10);

// "Source: Sertis (Medium) · Interview Query" as small links to meta.sources.
void citations(Context& ctx, const std::vector<std::string>& sourceIds);
// The part of a source title before ':' ("Sertis (Medium)"), or all of it.
std::string sourceShortTitle(const Source& s);

//-----------------------------------------------------------------------------
// [SECTION] Inputs
//-----------------------------------------------------------------------------

// ImGui's text field (InputTextWithHint; flags are ImGuiInputTextFlags),
// with its text drawn shaped and in visual order when it needs to be (Arabic,
// Hebrew, a complex script's clusters) and the caret is at its end: the
// field itself draws text as stored, a character at a time, left to right.
bool textField(Context& ctx, const char* id, const char* hint, char* buf, size_t size, int flags = 0);

// A full-width search box with a hint, showing view's search text (`value`,
// the state's); an edit goes to App as SetSearch{view, text}.
void searchBox(Context& ctx, const char* id, View view, const std::string& value, const char* hint);
// True while no text field has the keyboard (number keys and arrows are the view's).
bool shortcutKeysFree();

}  // namespace rc::ui
