// The views' draw functions: one file per view (view_<name>.cpp), declared
// and dispatched from the one view table (core/view_table.h).
#pragma once
#include "context.h"

namespace rc {
struct CompareView;
}

namespace rc::ui {

#define RC_VIEW_DRAW_DECL(e, id, title, flags, part, draw, mirror) void draw(Context& ctx);
RC_VIEW_TABLE(RC_VIEW_DRAW_DECL)
#undef RC_VIEW_DRAW_DECL

// Draws view v. Through a table, not a switch: each view stays a function of
// its own (the optimiser inlines a function with one direct caller, even
// across files), so the web build's split can leave the views the first
// frame does not draw out of the first download (docs/performance.md).
void drawView(View v, Context& ctx);

// The one search (view_search.cpp), as the other views use it.
// revealed(): call where an item is drawn, at its top. When the last search
// hit opened (OpenHit) points at this item, the first frame that draws it
// scrolls it into view, and the hit is returned (highlights(): the query's
// words in the item's texts); else nullptr. `field`: only when the hit's
// field starts with it (one record drawn in two places: ML basics' intro and
// its applications).
const SearchUi::Reveal* revealed(Context& ctx, Section section, int index, int group = -1, std::string_view field = {});
std::vector<Span> highlights(const SearchUi::Reveal* r, std::string_view text);
// Compare: the opened dimension's highlights, when Compare's own search sets none.
void highlightRevealed(Context& ctx, CompareView& view);
// For a view's own filter that shows nothing: "Found elsewhere: 3 in FAQ,
// 1 in ML basics", each a button to those matches, and one to all of them in
// the Search view. Draws nothing when no other view has a match.
void elsewhere(Context& ctx, View here, const std::string& query);
// The nav's way into the search (App::drawNav): a "Search" button with a
// magnifier, searchNavWidth() wide; true when clicked.
float searchNavWidth(Context& ctx);
bool searchNavButton(Context& ctx);

}  // namespace rc::ui
