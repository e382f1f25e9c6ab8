// Layout and drawing pieces shared by the Overview, Quiz and Result views:
// a grid of equal-height cards, wrapping buttons and option tiles, fit bars.
//
// Why not beginCard()/ImGui::Button? Two reasons, both about these views:
// - beginCard() is a child window: it learns its height a frame late and
//   cannot share a row height with its neighbours. These views put cards side
//   by side at equal heights, measured in the same frame, so their cards are
//   boxes drawn behind groups in the page window (plain items for Tab/arrows).
// - ImGui::Button never wraps its label; on a 320 px phone "Continue the quiz
//   (5 of 13 answered)" would be clipped. button() and tile() wrap.
// All sizes are physical px unless a name says Css.
//
// [SECTION] Small helpers
// [SECTION] Grid of cells and cards
// [SECTION] Buttons and tiles
// [SECTION] Fit bars
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "context.h"

namespace rc::ui::parts {

//-----------------------------------------------------------------------------
// [SECTION] Small helpers
//-----------------------------------------------------------------------------

uint32_t roleColor(const Context& ctx, int role);
// The available width, at most maxCss CSS px (long lines read badly on a 2560 px screen).
float columnWidth(const Context& ctx, float maxCss);
// True while no text field has the keyboard (number keys and arrows are ours).
bool shortcutKeysFree();

// "Text that is too long" -> "Text that is…" at a word boundary.
std::string shorten(std::string_view s, size_t maxBytes);
// The first sentence of a paragraph (up to ". " followed by a capital).
std::string firstSentence(std::string_view s);
std::string capitalized(std::string_view s);

// Wrapped text at the cursor in exactly `width`; returns its height.
float textBlock(Context& ctx, std::string_view s, float width, ImFont* font = nullptr, uint32_t color = 0);
// Moves the cursor up (tightens the gap to the next item; an item must follow).
void pullUp(Context& ctx, float css);
// A section heading above cards.
void sectionTitle(Context& ctx, std::string_view s, float width);
// A small coloured dot + name (role legend), drawn at the cursor on one line.
void roleDot(Context& ctx, int role, ImFont* font);

//-----------------------------------------------------------------------------
// [SECTION] Grid of cells and cards
//-----------------------------------------------------------------------------

// Lays out cells left to right in `cols` equal columns, wrapping into rows;
// every cell of a row gets the row's height. With card(), each cell is a
// rounded card (surface, border, optional accent bar on the left), drawn
// behind its content after the row is measured. Content is plain items in the
// current window (see the file comment). Usage:
//   Grid g(ctx, width, cols);
//   for (...) { float w = g.card(accent); ...content no wider than w...; }
//   g.end();
class Grid {
public:
    // equalHeights: every card of a row as tall as the tallest (else each fits its content).
    Grid(Context& ctx, float width, int cols, float gapCss = 16, float rowGapCss = 16, bool equalHeights = true);
    ~Grid();
    // Starts the next cell; returns its content width.
    float cell();
    // Starts the next cell as a card; returns its content width.
    float card(uint32_t accent = 0, uint32_t fill = 0, uint32_t border = 0);
    void end();  // must be called once, after the last cell
    float cellWidth() const { return cellW_; }

private:
    struct Box { ImVec2 min; float w, h; bool card; uint32_t accent, fill, border; };
    float begin(bool card, uint32_t accent, uint32_t fill, uint32_t border);
    void closeCell();
    void closeRow();

    Context& ctx_;
    ImDrawListSplitter split_;
    ImDrawList* dl_ = nullptr;
    ImVec2 origin_;
    float width_, cellW_, gap_, rowGap_, padX_, padY_;
    int cols_, index_ = -1;
    float rowTop_, lastRowH_ = 0;
    bool open_ = false, ended_ = false, equal_ = true;
    std::vector<Box> row_;
};

// One full-width card: Card c(ctx, width, accent); ...content in c.inner...; c.end();
struct Card {
    Card(Context& ctx, float width, uint32_t accent = 0, uint32_t fill = 0, uint32_t border = 0)
        : grid(ctx, width, 1) { inner = grid.card(accent, fill, border); }
    void end() { grid.end(); }
    Grid grid;
    float inner = 0;
};

//-----------------------------------------------------------------------------
// [SECTION] Buttons and tiles
//-----------------------------------------------------------------------------

enum class ButtonKind { Primary, Secondary, Quiet };

// Natural width of a button with this label (one line), for laying out rows.
float buttonWidth(Context& ctx, std::string_view label);
// A real ImGui item (Tab, arrows, Enter, Space; focus ring) whose label wraps
// inside `width`. Disabled: drawn faded and never returns true.
bool button(Context& ctx, const char* id, std::string_view label, float width, ButtonKind kind,
            bool enabled = true);

// Lays out buttons in one row when they fit `width` at their natural widths
// (buttonWidth()), else as equal columns while those stay usable, else
// stacked full width. place(i) before button i, end() after the last.
class ButtonRow {
public:
    ButtonRow(Context& ctx, float width, std::vector<float> naturalWidths, bool alignRight = false);
    float place(int i);  // moves the cursor for button i; returns its width
    void end();
    bool stacked() const { return stacked_; }

private:
    Context& ctx_;
    ImVec2 origin_;
    std::vector<float> w_;
    float gap_, width_;
    bool stacked_ = false;
    float offset_ = 0, bottom_ = 0;
};

// An answer option. Inline: number badge left, label wrapped next to it.
// Stacked: badge on top, label centred below (horizontal scale rows).
enum class TileStyle { Inline, Stacked };
float tileHeight(Context& ctx, std::string_view label, float width, TileStyle style);
bool tile(Context& ctx, const char* id, std::string_view label, int number, float width, float height,
          bool selected, TileStyle style);

// Focus ring around the last item when keyboard navigation is visible.
void focusRing(Context& ctx, float rounding);

//-----------------------------------------------------------------------------
// [SECTION] Fit bars
//-----------------------------------------------------------------------------

// For each role in `order`: name (and "72%") on a line, then a bar in the
// role colour. `faded` draws a preview (lighter bars).
void fitBars(Context& ctx, const std::vector<double>& fits, const std::vector<int>& order, float width,
             bool faded = false, float barCss = 10);

}  // namespace rc::ui::parts
