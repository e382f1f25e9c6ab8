// The embedded Inter subsets (cmake/assets.cmake), rasterised by ImGui's
// stb_truetype: the type faces of the desktop app and the headless harness.
// After each Inter face, the Noto subsets of the characters Inter lacks
// (Arabic, Japanese: the built-in catalogues and test datasets) are merged
// into the same ImFont, so a character Inter has no glyph for takes Noto's.
// The web build brings its own (src/platform/web/fonts_canvas.cpp) and never
// references this file, so the font bytes stay out of its download (nor does
// it embed the Noto subsets at all).
#include <imgui.h>
#include <imgui_internal.h>  // ImFontAtlasGetBuilderForStbTruetype

#include <cstdlib>
#include <string_view>
#include <vector>

#include "context.h"
#include "core/embedded.h"

namespace rc::ui {

namespace {

// A fallback font, and its NAME.txt (cmake/subset_fallback.py): "size R" (in
// 1/10000: see Cover::size),
// then the characters it covers, one "first last" pair of hex codepoints a line.
struct Fallback {
    const char* font;
    const char* cmap;
    FontFaces::Face face;  // the Inter face it completes: Bold for SemiBold
};
constexpr Fallback kFallbacks[] = {
    {"NotoSansArabic-Regular.ttf", "NotoSansArabic-Regular.txt", FontFaces::Regular},
    {"NotoSansArabic-Bold.ttf", "NotoSansArabic-Bold.txt", FontFaces::SemiBold},
    {"NotoSansCJKjp-Regular.otf", "NotoSansCJKjp-Regular.txt", FontFaces::Regular},
    {"NotoSansCJKjp-Bold.otf", "NotoSansCJKjp-Bold.txt", FontFaces::SemiBold},
};
constexpr int kFallbackCount = static_cast<int>(sizeof(kFallbacks) / sizeof(kFallbacks[0]));

struct Cover {
    // ImGui sizes a font by its line height, and Noto's lines are taller than
    // Inter's for the same em (CJK 1.45 em, Arabic 2.1, Inter 1.21): at
    // Inter's pixel size times this, a Noto letter is as big as Inter's.
    float size = 1.0f;
    std::vector<uint32_t> ranges;  // sorted [first, last] pairs
};

const Cover& cover(int i) {  // read once
    static Cover parsed[kFallbackCount];
    static bool done[kFallbackCount] = {};
    if (!done[i]) {
        done[i] = true;
        std::string_view text = findEmbedded(fonts::files(), kFallbacks[i].cmap);  // NUL-terminated
        const char* p = text.data();
        char* end = nullptr;
        if (text.rfind("size ", 0) == 0) {
            parsed[i].size = static_cast<float>(std::strtoul(p + 5, &end, 10)) / 10000.0f;
            p = end;
        }
        while (p && *p) {
            unsigned long first = std::strtoul(p, &end, 16);
            if (end == p) break;
            const char* q = end;
            unsigned long last = std::strtoul(q, &end, 16);
            if (end == q) break;
            p = end;
            parsed[i].ranges.push_back(static_cast<uint32_t>(first));
            parsed[i].ranges.push_back(static_cast<uint32_t>(last));
        }
    }
    return parsed[i];
}

// Whether the atlas asks for any character the fallback has: when not (every
// English atlas), it is not added at all, and the atlas, its build time and
// its texture stay as they were with Inter alone. Both are sorted [first,
// last] pairs (the theme's ranges are: buildFonts), walked side by side.
bool wanted(const std::vector<uint32_t>& cover, const ImWchar* ranges) {
    size_t k = 0;
    for (const ImWchar* r = ranges; r && r[0]; r += 2) {
        while (k < cover.size() && cover[k + 1] < r[0]) k += 2;
        if (k == cover.size()) return false;
        if (cover[k] <= r[1]) return true;
    }
    return false;
}

ImFont* addEmbedded(ImFontAtlas* atlas, FontFaces::Face face, const ImFontConfig& base, const ImWchar* ranges) {
    std::string_view bytes = findEmbedded(fonts::files(), face == FontFaces::SemiBold ? "Inter-SemiBold.otf" : "Inter-Regular.otf");
    ImFontConfig cfg = base;
    cfg.FontDataOwnedByAtlas = false;  // embedded, read-only, lives forever
    // The build always embeds both fonts; no AddFontDefault() fallback, which
    // would link ImGui's 12 KB default font.
    ImFont* font = atlas->AddFontFromMemoryTTF(const_cast<char*>(bytes.data()), static_cast<int>(bytes.size()),
                                               cfg.SizePixels, &cfg, ranges);
    // The fallbacks get the same ranges: ImGui's builder takes from a merged
    // font only the characters it has and the fonts before it lack, so the
    // atlas grows by exactly the characters drawn that Inter has no glyph for.
    for (int i = 0; i < kFallbackCount; ++i) {
        if (kFallbacks[i].face != face || !wanted(cover(i).ranges, ranges)) continue;
        std::string_view noto = findEmbedded(fonts::files(), kFallbacks[i].font);
        if (noto.empty()) continue;  // not embedded (the web build)
        ImFontConfig merge = cfg;
        merge.MergeMode = true;
        merge.SizePixels = cfg.SizePixels * cover(i).size;
        atlas->AddFontFromMemoryTTF(const_cast<char*>(noto.data()), static_cast<int>(noto.size()), merge.SizePixels,
                                    &merge, ranges);
    }
    return font;
}

}  // namespace

const FontFaces& embeddedFontFaces() {
    static const FontFaces faces{addEmbedded, ImFontAtlasGetBuilderForStbTruetype()};
    return faces;
}

}  // namespace rc::ui
