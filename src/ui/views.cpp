// Draw dispatch from the view table (views.h).
#include "views.h"

namespace rc::ui {

namespace {
using DrawFn = void (*)(Context&);
constexpr DrawFn kDraw[] = {
#define RC_VIEW_DRAW_FN(e, id, title, flags, part, draw, mirror) draw,
    RC_VIEW_TABLE(RC_VIEW_DRAW_FN)
#undef RC_VIEW_DRAW_FN
};
static_assert(sizeof(kDraw) / sizeof(kDraw[0]) == static_cast<size_t>(View::Count));
}  // namespace

void drawView(View v, Context& ctx) {
    if (v < View::Count) kDraw[static_cast<int>(v)](ctx);
}

}  // namespace rc::ui
