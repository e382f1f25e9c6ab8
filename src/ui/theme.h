// rolecompare's look: palette, ImGui style and fonts, for light and dark, at
// any scale. Rebuilt whenever the theme or the device pixel ratio changes.
#pragma once
#include "context.h"

namespace rc::ui {

// Fills ctx.pal and ctx.roleColors, and sets ImGui's style colours and sizes
// (spacing and radii in CSS px x ctx.scale).
void applyTheme(Context& ctx, uint32_t accentOverride /* 0xRRGGBB, or 0xFFFFFFFF for none */);

// The padding of a frame (button, text field) as drawn: 12 x 7 CSS px, so a
// body-font frame is 30 px tall. The style has it with a mouse; on a coarse
// pointer the style pads frames to Context::kTouchCss instead, and a control
// drawn smaller than its hit area (frameButton, layout.h) pushes this.
ImVec2 drawnFramePadding(const Context& ctx);

// Rebuilds the font atlas at ctx.scale from ctx.faces (AppConfig::faces).
// The renderer must re-upload the atlas texture afterwards.
void buildFonts(Context& ctx);

// Colour helpers (ImU32 is ABGR).
uint32_t rgb(uint32_t rrggbb, float alpha = 1.0f);
uint32_t mix(uint32_t a, uint32_t b, float t);  // both ImU32

}  // namespace rc::ui
