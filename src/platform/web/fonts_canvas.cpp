// Type faces for the web build: the browser draws the glyphs (canvas 2D
// fillText) and we pack them into ImGui's font atlas. No font file and no
// glyph rasteriser in the download (the embedded Inter subsets and
// stb_truetype weighed ~33 KB gzip of the first load), and start-up is
// faster: the browser's text rendering is native code.
//
// The face is the page's UI font stack (Inter where installed, else the
// system UI font: San Francisco, Segoe UI, Roboto...), at weights 400 and 600,
// the same stack web/style.css gives the HTML around the canvas.
//
// The builder follows ImGui's stb_truetype builder (imgui_draw.cpp): init the
// atlas, measure, pack, render, add the glyphs, finish (which renders ImGui's
// own custom rectangles: mouse cursors, thick lines, the theme's missing-glyph boxes).
#include <imgui.h>
#include <imgui_internal.h>  // ImFontBuilderIO, ImFontAtlasBuildInit/SetupFont/Finish

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

#include "fonts_canvas.h"

extern "C" {
// Per codepoint, 5 floats: advance, then the ink box relative to the pen on
// the baseline (left, top, right, bottom; y down). vmetrics: ascent, descent.
void rc_js_font_measure(int face, float px, const uint32_t* cps, int n, float* out, float* vmetrics);
// Per glyph, 7 ints: face, px, codepoint, x, y (where the ink box's top-left
// goes in the atlas), and the box's left, top relative to the pen; draws all
// of them and writes them into rgba (texW x texH): white, coverage in alpha.
void rc_js_font_draw(const int32_t* glyphs, int n, int texW, int texH, uint32_t* rgba);
}

namespace rc::web {
namespace {

const char kNoFontFile = 0;  // ImGui wants some font data; the face is in FontNo

ImFont* addCanvasFace(ImFontAtlas* atlas, ui::FontFaces::Face face, const ImFontConfig& base, const ImWchar* ranges) {
    ImFontConfig cfg = base;
    cfg.FontData = const_cast<char*>(&kNoFontFile);
    cfg.FontDataSize = 1;
    cfg.FontDataOwnedByAtlas = false;
    cfg.FontNo = face;  // read back by buildWithCanvas
    cfg.GlyphRanges = ranges;
    // (No snprintf for cfg.Name: it would be the first frame's only use of printf.)
    std::strcpy(cfg.Name, face == ui::FontFaces::SemiBold ? "UI 600" : "UI 400");
    return atlas->AddFont(&cfg);
}

struct Glyph {
    int src;            // index in atlas->ConfigData
    uint32_t cp;
    float advance;
    int x0, y0, x1, y1;  // ink box (padded) relative to the pen on the baseline
    int x = 0, y = 0;    // top-left in the atlas
    int w() const { return x1 - x0; }
    int h() const { return y1 - y0; }
};

bool buildWithCanvas(ImFontAtlas* atlas) {
    ImFontAtlasBuildInit(atlas);
    atlas->TexID = nullptr;
    atlas->TexWidth = atlas->TexHeight = 0;
    atlas->TexUvScale = ImVec2(0, 0);
    atlas->TexUvWhitePixel = ImVec2(0, 0);
    atlas->ClearTexData();

    // 1. Measure every codepoint of every font (the theme's custom glyphs,
    //    the missing-glyph box, are its own; C0/C1 controls have no glyph).
    std::vector<Glyph> glyphs;
    std::vector<ImVec2> vmetrics(static_cast<size_t>(atlas->ConfigData.Size));
    for (int i = 0; i < atlas->ConfigData.Size; ++i) {
        const ImFontConfig& cfg = atlas->ConfigData[i];
        std::vector<uint32_t> cps;
        for (const ImWchar* r = cfg.GlyphRanges; r && r[0]; r += 2)
            for (uint32_t c = r[0]; c <= r[1]; ++c) {
                if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) continue;
                bool custom = false;
                for (const ImFontAtlasCustomRect& cr : atlas->CustomRects)
                    if (cr.Font == cfg.DstFont && cr.GlyphID == c) custom = true;
                if (!custom) cps.push_back(c);
            }
        std::sort(cps.begin(), cps.end());
        cps.erase(std::unique(cps.begin(), cps.end()), cps.end());
        std::vector<float> m(cps.size() * 5);
        float vm[2] = {0, 0};
        rc_js_font_measure(cfg.FontNo, cfg.SizePixels, cps.data(), static_cast<int>(cps.size()), m.data(), vm);
        vmetrics[static_cast<size_t>(i)] = ImVec2(vm[0], vm[1]);
        for (size_t k = 0; k < cps.size(); ++k) {
            const float* g = &m[k * 5];
            Glyph gl{i, cps[k], g[0], 0, 0, 0, 0};
            // Has ink: pad for the anti-aliased edge and for the rounding
            // of metrics scaled from another size (rc_js_font_measure).
            if (g[3] > g[1] && g[4] > g[2]) {
                constexpr int kPad = 2;
                gl.x0 = static_cast<int>(std::floor(g[1])) - kPad;
                gl.y0 = static_cast<int>(std::floor(g[2])) - kPad;
                gl.x1 = static_cast<int>(std::ceil(g[3])) + kPad;
                gl.y1 = static_cast<int>(std::ceil(g[4])) + kPad;
            }
            glyphs.push_back(gl);
        }
    }

    // 2. Pack glyphs and ImGui's custom rectangles on shelves, tallest first.
    const int pad = atlas->TexGlyphPadding;
    struct Item { int w, h; int glyph; int custom; };
    std::vector<Item> items;
    double area = 0;
    for (size_t k = 0; k < glyphs.size(); ++k)
        if (glyphs[k].w() > 0) items.push_back({glyphs[k].w(), glyphs[k].h(), static_cast<int>(k), -1});
    for (int k = 0; k < atlas->CustomRects.Size; ++k)
        items.push_back({atlas->CustomRects[k].Width, atlas->CustomRects[k].Height, -1, k});
    for (const Item& it : items) area += double(it.w + pad) * (it.h + pad);
    const double side = std::sqrt(area);
    atlas->TexWidth = atlas->TexDesiredWidth > 0 ? atlas->TexDesiredWidth
                      : side >= 4096 * 0.7 ? 4096 : side >= 2048 * 0.7 ? 2048 : side >= 1024 * 0.7 ? 1024 : 512;
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.h > b.h; });
    int x = pad, y = pad, rowH = 0;
    for (const Item& it : items) {
        if (x + it.w + pad > atlas->TexWidth) { x = pad; y += rowH + pad; rowH = 0; }
        if (it.glyph >= 0) { glyphs[static_cast<size_t>(it.glyph)].x = x; glyphs[static_cast<size_t>(it.glyph)].y = y; }
        else { atlas->CustomRects[it.custom].X = static_cast<unsigned short>(x); atlas->CustomRects[it.custom].Y = static_cast<unsigned short>(y); }
        x += it.w + pad;
        rowH = std::max(rowH, it.h);
    }
    // As tall as used: WebGL2 takes any texture size, and every row of the
    // atlas is read back from the canvas and converted at start-up.
    atlas->TexHeight = y + rowH + pad;
    atlas->TexUvScale = ImVec2(1.0f / atlas->TexWidth, 1.0f / atlas->TexHeight);
    // RGBA, as the renderer wants it (ImGui would otherwise expand an 8-bit
    // atlas pixel by pixel); the browser's read-back is RGBA anyway.
    atlas->TexPixelsRGBA32 = static_cast<unsigned int*>(IM_ALLOC(static_cast<size_t>(atlas->TexWidth) * atlas->TexHeight * 4));

    // 3. Let the browser draw them all into the atlas at once.
    std::vector<int32_t> draw;
    for (const Glyph& g : glyphs) {
        if (g.w() <= 0) continue;
        const ImFontConfig& cfg = atlas->ConfigData[g.src];
        draw.insert(draw.end(), {cfg.FontNo, static_cast<int32_t>(cfg.SizePixels), static_cast<int32_t>(g.cp), g.x, g.y, g.x0, g.y0});
    }
    rc_js_font_draw(draw.data(), static_cast<int>(draw.size() / 7), atlas->TexWidth, atlas->TexHeight, atlas->TexPixelsRGBA32);

    // 4. The glyphs, with the baseline where stb_truetype's builder puts it.
    for (int i = 0; i < atlas->ConfigData.Size; ++i) {
        ImFontConfig& cfg = atlas->ConfigData[i];
        const ImVec2 vm = vmetrics[static_cast<size_t>(i)];
        ImFontAtlasBuildSetupFont(atlas, cfg.DstFont, &cfg, ImTrunc(vm.x + 1), -ImTrunc(vm.y + 1));
    }
    for (const Glyph& g : glyphs) {
        ImFontConfig& cfg = atlas->ConfigData[g.src];
        const float offX = cfg.GlyphOffset.x, offY = cfg.GlyphOffset.y + IM_ROUND(cfg.DstFont->Ascent);
        const ImVec2 s = atlas->TexUvScale;
        cfg.DstFont->AddGlyph(&cfg, static_cast<ImWchar>(g.cp), g.x0 + offX, g.y0 + offY, g.x1 + offX, g.y1 + offY,
                              g.x * s.x, g.y * s.y, (g.x + g.w()) * s.x, (g.y + g.h()) * s.y, g.advance);
    }
    ImFontAtlasBuildFinish(atlas);
    return true;
}

const ImFontBuilderIO kCanvasBuilder{buildWithCanvas};

}  // namespace

const ui::FontFaces& canvasFontFaces() {
    static const ui::FontFaces faces{addCanvasFace, &kCanvasBuilder};
    return faces;
}

}  // namespace rc::web
