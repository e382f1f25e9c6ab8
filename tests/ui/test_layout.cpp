// The layout module's promise (src/ui/layout.h): everything is measured in
// the frame that draws it. A card that grows moves what follows, its box
// included, in that same frame, so no view asks for another frame to catch
// up (App::wantsFrames() is the views' "draw me again" flag).
//
// [SECTION] Helpers
// [SECTION] Same-frame layout
#include <catch2/catch.hpp>

#include <string>

#include "platform/headless/headless.h"
#include "ui/app.h"

using rc::View;
using rc::headless::Harness;
namespace ui = rc::ui;

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

namespace {

float topOf(const Harness& h, const std::string& target) {
    Harness::Rect r;
    REQUIRE(h.target(target, &r));
    return r.y;
}

// A harness at `cssWidth` showing `v`, settled.
void open(Harness& h, float cssWidth, float dpr, View v) {
    h.setDisplay(cssWidth, 800, dpr);
    h.app().setView(v);
    h.wake();
    h.settle();
    REQUIRE(h.app().view() == v);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Same-frame layout
//-----------------------------------------------------------------------------

TEST_CASE("Layout: an FAQ answer opening moves what follows in the frame that draws it", "[ui][layout]") {
    for (const float dpr : {1.0f, 3.0f}) {
        const float width = dpr > 1 ? 390 : 1366;
        CAPTURE(width, dpr);
        Harness h;
        open(h, width, dpr, View::Faq);
        const float closed = topOf(h, "faq:item:2");
        h.app().execute(ui::ToggleFaq{1});
        h.frame();  // the frame that draws the answer
        CHECK_FALSE(h.app().wantsFrames());
        const float moved = topOf(h, "faq:item:2");
        CHECK(moved > closed);
        h.settle();
        CHECK(topOf(h, "faq:item:2") == moved);
    }
}

TEST_CASE("Layout: every view is laid out in one frame after the width changes", "[ui][layout]") {
    Harness h;
    for (int q = 0; q < static_cast<int>(h.app().data().quiz.questions.size()); ++q) h.app().execute(ui::Answer{q, 0});
    for (const View v : {View::Overview, View::Compare, View::Quiz, View::Result, View::Faq, View::Basics, View::Sources}) {
        CAPTURE(rc::viewId(v));
        open(h, 1366, 1, v);
        h.setDisplay(700, 800, 1);  // cards rewrap and change height
        h.wake();
        h.frame();
        CHECK_FALSE(h.app().wantsFrames());
    }
}

TEST_CASE("Layout: Compare's cards follow a filter in the frame that draws it", "[ui][layout]") {
    Harness h;
    open(h, 390, 3, View::Compare);  // phones: one card per dimension, every role in it
    for (const ui::Command& c : {ui::Command{ui::SetOverlapOnly{true}}, ui::Command{ui::ToggleCategory{"skills"}},
                                 ui::Command{ui::SetSearch{View::Compare, "python"}}, ui::Command{ui::SetOverlapOnly{false}}}) {
        h.app().execute(c);
        h.frame();
        CHECK_FALSE(h.app().wantsFrames());
    }
}
