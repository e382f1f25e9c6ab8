// The views' draw functions: one file per view (view_<name>.cpp), declared
// and dispatched from the one view table (core/view_table.h).
#pragma once
#include "context.h"

namespace rc::ui {

#define RC_VIEW_DRAW_DECL(e, id, title, flags, part, draw, mirror) void draw(Context& ctx);
RC_VIEW_TABLE(RC_VIEW_DRAW_DECL)
#undef RC_VIEW_DRAW_DECL

// Draws view v. Through a table, not a switch: each view stays a function of
// its own (the optimiser inlines a function with one direct caller, even
// across files), so the web build's split can leave the views the first
// frame does not draw out of the first download (docs/performance.md).
void drawView(View v, Context& ctx);

}  // namespace rc::ui
