// The desktop's type faces: the embedded ones (Inter, and the Noto subsets
// for the built-in languages: src/ui/fonts_embedded.cpp), then, for the
// characters none of them has (a custom dataset's other scripts, typed
// text), the system's fonts that have them, found with fontconfig.
#pragma once
#include <cstdint>
#include <vector>

#include "ui/context.h"

namespace rc::desktop {

// The embedded faces, each followed by the system fonts addSystemFonts() took.
const ui::FontFaces& desktopFontFaces();

// The characters the atlas was built for (its fonts' glyph ranges) that its
// fonts have no glyph for: they draw as the theme's missing-glyph box.
std::vector<uint32_t> missingGlyphs(const ImFontAtlas& atlas);

// Looks for system fonts with the `missing` characters not looked for before
// (fontconfig, once per character) and merges them into desktopFontFaces().
// True when it took one: build the atlas again.
bool addSystemFonts(const std::vector<uint32_t>& missing);

}  // namespace rc::desktop
