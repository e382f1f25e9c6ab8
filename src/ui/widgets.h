// rolecompare's own widgets on top of ImGui: wrapped text with search
// highlights, cards, pills, links, role chips. Every view uses these so the
// look stays one look. Sizes are CSS px x ctx.scale.
#pragma once
#include <string_view>
#include <vector>

#include "context.h"
#include "core/text.h"

struct ImFont;

namespace rc::ui {

// The one wrap rule every view uses: lines no wider than `wrap` px in font f
// at its own size; a '\n' ends a line; a word wider than the line gets a line
// of its own; the blank or newline a line broke at is dropped. Empty text is
// one empty line. Appends to *out (cleared first).
struct WrappedLine { const char* begin; const char* end; };
void wrapText(ImFont* f, std::string_view s, float wrap, std::vector<WrappedLine>* out);
// Distance between baselines of wrapped lines: the font size plus 3 CSS px.
float wrappedLineStep(const Context& ctx, ImFont* f);

// Wrapped text at the current cursor, full available width (or `wrapWidth`
// physical px), with `spans` (byte ranges) painted in the highlight colour.
// Long text is wrapped once per frame for the visible lines only.
void text(Context& ctx, std::string_view s, const std::vector<Span>& spans = {}, ImFont* font = nullptr,
          uint32_t color = 0, float wrapWidth = 0);
inline void muted(Context& ctx, std::string_view s, ImFont* font = nullptr) { text(ctx, s, {}, font, ctx.pal.muted); }
void heading(Context& ctx, std::string_view s, const std::vector<Span>& spans = {});
void subheading(Context& ctx, std::string_view s, const std::vector<Span>& spans = {});

// A bullet point: a dot in `dot` colour (0 = muted), then wrapped text.
void bullet(Context& ctx, std::string_view s, const std::vector<Span>& spans = {}, uint32_t dot = 0);

// A card: a rounded surface with a border and an optional accent bar on the
// left, as wide as the available width and as tall as its content. Always
// call endCard(); draw the content only when beginCard() returns true (false
// = scrolled out of view).
bool beginCard(Context& ctx, const char* id, uint32_t accent = 0);
void endCard(Context& ctx);

// A rounded toggle button ("pill"); returns true when clicked.
bool pill(Context& ctx, const char* label, bool active, uint32_t activeColor = 0);
// Filled accent button for the main action.
bool primaryButton(Context& ctx, const char* label, float width = 0);
bool secondaryButton(Context& ctx, const char* label, float width = 0);
// Lays out the next pill/button on the same row if it fits, else wraps.
void flowNext(Context& ctx, const char* label);

// An underlined link; emits OpenUrl on click. Hand cursor on hover.
void link(Context& ctx, const char* label, const std::string& url);

// A small coloured dot + role name.
void roleChip(Context& ctx, int role, bool shortName = true);

// A full-width search box with a hint. Returns true when the text changed.
bool searchBox(Context& ctx, const char* id, std::string& value, const char* hint);

// Horizontal bar: background track and a filled part (0..1), height in CSS px.
void bar(Context& ctx, float fraction, uint32_t color, float heightCss = 10, float width = 0);

// Vertical gap in CSS px.
void gap(Context& ctx, float css);

}  // namespace rc::ui
