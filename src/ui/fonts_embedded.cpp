// The embedded Inter subsets (cmake/assets.cmake), rasterised by ImGui's
// stb_truetype: the type faces of the desktop app and the headless harness.
// The web build brings its own (src/platform/web/fonts_canvas.cpp) and never
// references this file, so the font bytes stay out of its download.
#include <imgui.h>

#include <string_view>

#include "context.h"
#include "core/embedded.h"

namespace rc::ui {

namespace {
ImFont* addEmbedded(ImFontAtlas* atlas, FontFaces::Face face, const ImFontConfig& base, const ImWchar* ranges) {
    std::string_view bytes = findEmbedded(fonts::files(), face == FontFaces::SemiBold ? "Inter-SemiBold.otf" : "Inter-Regular.otf");
    ImFontConfig cfg = base;
    cfg.FontDataOwnedByAtlas = false;  // embedded, read-only, lives forever
    // The build always embeds both fonts; no AddFontDefault() fallback, which
    // would link ImGui's 12 KB default font.
    return atlas->AddFontFromMemoryTTF(const_cast<char*>(bytes.data()), static_cast<int>(bytes.size()), cfg.SizePixels,
                                       &cfg, ranges);
}
}  // namespace

const FontFaces& embeddedFontFaces() {
    static const FontFaces faces{addEmbedded, nullptr};
    return faces;
}

}  // namespace rc::ui
