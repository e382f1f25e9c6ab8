// The desktop's type faces: the embedded ones (Inter, and the Noto subsets
// for the built-in languages: src/ui/fonts_embedded.cpp), then, for the
// characters none of them has (a custom dataset's other scripts, typed
// text), the system's fonts that have them, found with fontconfig; and the
// complex scripts' clusters, shaped by HarfBuzz in those fonts (clusters_hb.cpp).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "ui/context.h"

namespace rc::desktop {

// The embedded faces, each followed by the system fonts addSystemFonts()
// took; their clusters are desktopClusterFaces()'.
const ui::FontFaces& desktopFontFaces();

// Complex scripts' clusters shaped by HarfBuzz and drawn by FreeType, each
// in the system font clusterFont() picks (clusters_hb.cpp).
const ui::ClusterFaces& desktopClusterFaces();

// The clusters the atlas builds since the last call drew as one glyph each
// (shaped), and those no font could shape (drawn one character at a time),
// each once, in the order met. main.cpp says them on stderr.
struct ClusterReport {
    std::vector<std::string> shaped, unshaped;
};
ClusterReport takeClusterReport();

// A font file for a cluster, and how addDesktopFace() sizes it when it
// merges it: ImGui's SizePixels is a font's line height, so the merged font
// gets Inter's SizePixels x `size` (its line height over Inter's, both in
// ems: as big an em as Inter's), which ImGui's build then truncates to
// whole pixels. Its em in px is that SizePixels / `lineHeight`.
struct FontFile {
    std::string path;
    int index = 0;            // in a collection (.ttc)
    float size = 1.0f;        // SizePixels relative to Inter's
    float lineHeight = 1.0f;  // ascent - descent (hhea), in ems
};
// The font drawing all of `chars` (a cluster's, default ignorables left out)
// in `face`: the system font merged for them (addSystemFonts: the one that
// draws them one at a time), else fontconfig's best that has them all (one
// lookup per script and face, kept; `script` is any number naming it).
// False when no font has them all.
bool clusterFont(ui::FontFaces::Face face, uint32_t script, const std::vector<uint32_t>& chars, FontFile* out);

// The characters the atlas was built for (its fonts' glyph ranges) that its
// fonts have no glyph for: they draw as the theme's missing-glyph box.
std::vector<uint32_t> missingGlyphs(const ImFontAtlas& atlas);

// Looks for system fonts with the `missing` characters not looked for before
// (fontconfig, once per character) and merges them into desktopFontFaces().
// True when it took one: build the atlas again.
bool addSystemFonts(const std::vector<uint32_t>& missing);

}  // namespace rc::desktop
