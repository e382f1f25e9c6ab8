// One function per view, one file per view (view_<name>.cpp).
#pragma once
#include "context.h"

namespace rc::ui {
void drawOverview(Context& ctx);
void drawCompare(Context& ctx);
void drawQuiz(Context& ctx);
void drawResult(Context& ctx);
void drawFaq(Context& ctx);
void drawBasics(Context& ctx);
void drawSources(Context& ctx);
}  // namespace rc::ui
