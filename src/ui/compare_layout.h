// Layout helpers shared by the reading views (Compare, FAQ, ML basics,
// Sources): padded panels drawn without child windows, wrapped links that are
// real ImGui items, small chips, source citations and a simple card grid.
//
// Why not widgets.h cards: a card is a child window, and keyboard navigation
// treats a child window as ONE item that must be entered with Enter. Panels
// here are a rounded background behind a one-column table (the table gives
// the padding and the wrap width), so every button inside stays reachable
// with Tab and the arrows, and a panel that grows (an FAQ answer opening)
// moves what follows in the same frame.
//
// [SECTION] Text measure
// [SECTION] Panels
// [SECTION] Links, chips and citations
// [SECTION] Grid
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "context.h"
#include "core/text.h"

struct ImFont;

namespace rc::ui::layout {

//-----------------------------------------------------------------------------
// [SECTION] Text measure
//-----------------------------------------------------------------------------

// Height in physical px that widgets text() takes for `s` at `width` (same
// wrapping, same leading). `font` nullptr = the current font.
float textHeight(Context& ctx, std::string_view s, ImFont* font, float width);

// Draws wrapped text with highlights at `pos` WITHOUT layout (no item, no
// cursor move), for text painted over a custom item. Returns the height.
float drawText(Context& ctx, ImFont* font, float x, float y, std::string_view s, const std::vector<Span>& spans,
               float width, uint32_t color);

// Spans of `s` moved right by `offset` bytes (for text drawn after a prefix).
std::vector<Span> shifted(const std::vector<Span>& spans, size_t offset);

// A small upper-case-looking section label in the muted colour ("RESPONSIBILITIES").
void eyebrow(Context& ctx, std::string_view s);

// Caps the width of a view's content at `maxCss` (left-aligned, like the nav)
// so lines stay readable on very wide screens. ALWAYS pair with endPage().
void beginPage(Context& ctx, float maxCss);
void endPage(Context& ctx);

//-----------------------------------------------------------------------------
// [SECTION] Panels
//-----------------------------------------------------------------------------

struct PanelStyle {
    uint32_t accent = 0;      // left accent bar colour; 0 = none
    uint32_t bg = 0;          // 0 = ctx.pal.surface
    float padX = 18, padY = 16;  // CSS px
    float minHeight = 0;      // physical px: draw the background at least this tall (grids)
    uint32_t content = 0;     // a hash of what the panel shows: off screen, a panel is only
                              // skipped while this (and the width) match the last layout
};

// A rounded surface as wide as the available width, its height measured from
// the last frame. Content goes between beginPanel and endPanel (ALWAYS call
// endPanel). Returns false when the panel is off screen and its content was
// skipped. endPanel returns the content height (physical px).
bool beginPanel(Context& ctx, const char* id, const PanelStyle& style = {});
float endPanel(Context& ctx);

// A thin horizontal rule across the available width.
void rule(Context& ctx, float spaceCss = 10);

//-----------------------------------------------------------------------------
// [SECTION] Links, chips and citations
//-----------------------------------------------------------------------------

// Keeps a run of inline items (chips, links, small buttons) on one line while
// they fit, wrapping to the next line otherwise. Create before the first item.
struct Flow {
    float right = 0, spacing = 0;
    bool first = true;
    explicit Flow(Context& ctx, float spacingCss = 6);
    // Call before an item `width` px wide. With `height`, an item placed after
    // a taller one on the same line is centred on it (a link after a pill).
    void next(float width, float height = 0);
};

// A link that wraps over several lines when it must, as a real ImGui item
// (Tab, Enter, the hover hand and a URL tooltip). Emits OpenUrl on click.
// `flow` (optional) places it inline after the previous item when it fits.
bool linkText(Context& ctx, const char* id, std::string_view label, const std::string& url, ImFont* font = nullptr,
              Flow* flow = nullptr);

// A small rounded, non-interactive chip; wraps inside itself when wider than
// the line. `flow` places it inline.
void chip(Context& ctx, std::string_view s, const std::vector<Span>& spans = {}, Flow* flow = nullptr,
          uint32_t tint = 0);

// A small pill button (current look, small font) for inline actions.
bool smallPill(Context& ctx, const char* label, bool active, Flow* flow = nullptr, uint32_t activeColor = 0);

// A round accent-tinted badge with a number, drawn at `pos` (no layout).
void numberBadge(Context& ctx, float x, float y, int number, float diameter);

// "Source: Sertis (Medium) · Interview Query" as small links to meta.sources.
void citations(Context& ctx, const std::vector<std::string>& sourceIds);

// The part of a source title before ':' ("Sertis (Medium)"), or all of it.
std::string sourceShortTitle(const Source& s);

//-----------------------------------------------------------------------------
// [SECTION] Grid
//-----------------------------------------------------------------------------

// Columns for a card grid at the current width: 1 on phones, up to `maxCols`.
int gridColumns(Context& ctx, int count, int maxCols = 3, float minCardCss = 260);

// Draws `count` cards in a grid; each card is a panel of equal height within
// its row. `card(i)` draws the content of card i.
void cardGrid(Context& ctx, const char* id, int count, int cols, const std::function<void(int)>& card,
              const std::function<uint32_t(int)>& accent = {});

}  // namespace rc::ui::layout
