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
// Per glyph, 7 floats: face, px, codepoint, pen x and baseline y in the
// atlas, the letter spacing of its font, and 1 when it starts a run (drawn
// with one fillText). Writes the atlas into rgba (texW x texH): white,
// coverage in alpha.
void rc_js_font_draw(const float* glyphs, int n, int texW, int texH, uint32_t* rgba);
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

    // 2. Lay each font's glyphs out in rows, in codepoint order, as the
    //    browser sets a string with letter spacing: pen(j+1) = pen(j) +
    //    advance(j) + spacing. Then the browser draws a run of glyphs with one
    //    fillText (per-call costs dominate: ~20 calls instead of ~550). Runs
    //    are short (kRun glyphs) so the scaled advances cannot drift from
    //    the browser's own by more than a fraction of the padding.
    constexpr int kRun = 16;
    const int pad = atlas->TexGlyphPadding;
    double area = 0;
    for (const Glyph& g : glyphs) area += double(g.advance + 8) * (g.h() + pad);
    for (const ImFontAtlasCustomRect& r : atlas->CustomRects) area += double(r.Width + pad) * (r.Height + pad);
    const double side = std::sqrt(area);
    atlas->TexWidth = atlas->TexDesiredWidth > 0 ? atlas->TexDesiredWidth
                      : side >= 4096 * 0.7 ? 4096 : side >= 2048 * 0.7 ? 2048 : side >= 1024 * 0.7 ? 1024 : 512;
    const int texW = atlas->TexWidth;
    std::vector<float> pen(glyphs.size(), 0.0f);      // pen x on the baseline, in the atlas
    std::vector<int> baseline(glyphs.size(), 0);
    std::vector<char> runStart(glyphs.size(), 0);
    std::vector<float> spacing(static_cast<size_t>(atlas->ConfigData.Size), 0.0f);
    int top = pad;
    for (size_t first = 0; first < glyphs.size();) {
        size_t last = first;  // [first, last): one font
        while (last < glyphs.size() && glyphs[last].src == glyphs[first].src) ++last;
        int minX0 = 0, maxOver = 0, minY0 = 0, maxY1 = 0;
        for (size_t k = first; k < last; ++k) {
            const Glyph& g = glyphs[k];
            if (g.w() <= 0) continue;
            minX0 = std::min(minX0, g.x0);
            maxOver = std::max(maxOver, g.x1 - static_cast<int>(std::floor(g.advance)));
            minY0 = std::min(minY0, g.y0);
            maxY1 = std::max(maxY1, g.y1);
        }
        // Boxes may not touch: what sticks out right of one glyph's advance,
        // plus what sticks out left of the next, plus a pixel, plus the pad.
        const float gap = static_cast<float>(maxOver - minX0 + 1 + pad);
        spacing[static_cast<size_t>(glyphs[first].src)] = gap;
        const int rowH = maxY1 - minY0 + 1;
        float x = static_cast<float>(pad - minX0);
        int inRun = 0;
        for (size_t k = first; k < last; ++k) {
            const Glyph& g = glyphs[k];
            if (x + g.x1 + 1 + pad > texW || inRun == kRun) {
                if (x + g.x1 + 1 + pad > texW) { x = static_cast<float>(pad - minX0); top += rowH + pad; }
                inRun = 0;
            }
            if (inRun == 0) runStart[k] = 1;
            pen[k] = x;
            baseline[k] = top - minY0;
            x += g.advance + gap;
            ++inRun;
        }
        top += rowH + pad;
        first = last;
    }
    // ImGui's own rectangles (mouse cursors, lines, the theme's boxes) on
    // shelves below, tallest first.
    {
        std::vector<int> order(static_cast<size_t>(atlas->CustomRects.Size));
        for (size_t k = 0; k < order.size(); ++k) order[k] = static_cast<int>(k);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return atlas->CustomRects[a].Height > atlas->CustomRects[b].Height; });
        int x = pad, shelfH = 0;
        for (int k : order) {
            ImFontAtlasCustomRect& r = atlas->CustomRects[k];
            if (x + r.Width + pad > texW) { x = pad; top += shelfH + pad; shelfH = 0; }
            r.X = static_cast<unsigned short>(x);
            r.Y = static_cast<unsigned short>(top);
            x += r.Width + pad;
            shelfH = std::max(shelfH, static_cast<int>(r.Height));
        }
        top += shelfH + pad;
    }
    // As tall as used: WebGL2 takes any texture size, and every row is read
    // back from the canvas at start-up.
    atlas->TexHeight = top;
    atlas->TexUvScale = ImVec2(1.0f / atlas->TexWidth, 1.0f / atlas->TexHeight);
    // RGBA, as the renderer wants it (ImGui would otherwise expand an 8-bit
    // atlas pixel by pixel); the browser's read-back is RGBA anyway.
    atlas->TexPixelsRGBA32 = static_cast<unsigned int*>(IM_ALLOC(static_cast<size_t>(atlas->TexWidth) * atlas->TexHeight * 4));

    // 3. The browser draws the runs into the atlas.
    std::vector<float> draw;  // per glyph: face, px, codepoint, pen x, baseline y, spacing, starts a run
    for (size_t k = 0; k < glyphs.size(); ++k) {
        const Glyph& g = glyphs[k];
        const ImFontConfig& cfg = atlas->ConfigData[g.src];
        draw.insert(draw.end(), {static_cast<float>(cfg.FontNo), cfg.SizePixels, static_cast<float>(g.cp), pen[k],
                                 static_cast<float>(baseline[k]), spacing[static_cast<size_t>(g.src)], runStart[k] ? 1.0f : 0.0f});
    }
    rc_js_font_draw(draw.data(), static_cast<int>(glyphs.size()), atlas->TexWidth, atlas->TexHeight, atlas->TexPixelsRGBA32);

    // 4. The glyphs, with the baseline where stb_truetype's builder puts it.
    //    A glyph's box in the atlas is its padded ink box around its pen,
    //    whole pixels; relative to the pen that is a fractional offset.
    for (int i = 0; i < atlas->ConfigData.Size; ++i) {
        ImFontConfig& cfg = atlas->ConfigData[i];
        const ImVec2 vm = vmetrics[static_cast<size_t>(i)];
        ImFontAtlasBuildSetupFont(atlas, cfg.DstFont, &cfg, ImTrunc(vm.x + 1), -ImTrunc(vm.y + 1));
    }
    const ImVec2 uv = atlas->TexUvScale;
    for (size_t k = 0; k < glyphs.size(); ++k) {
        const Glyph& g = glyphs[k];
        ImFontConfig& cfg = atlas->ConfigData[g.src];
        const float offX = cfg.GlyphOffset.x, offY = cfg.GlyphOffset.y + IM_ROUND(cfg.DstFont->Ascent);
        if (g.w() <= 0) {  // no ink (space): an advance only
            cfg.DstFont->AddGlyph(&cfg, static_cast<ImWchar>(g.cp), 0, 0, 0, 0, 0, 0, 0, 0, g.advance);
            continue;
        }
        const float bx0 = std::floor(pen[k]) + g.x0, bx1 = std::floor(pen[k]) + g.x1 + 1;
        const float by0 = static_cast<float>(baseline[k] + g.y0), by1 = static_cast<float>(baseline[k] + g.y1);
        cfg.DstFont->AddGlyph(&cfg, static_cast<ImWchar>(g.cp), bx0 - pen[k] + offX, g.y0 + offY, bx1 - pen[k] + offX,
                              g.y1 + offY, bx0 * uv.x, by0 * uv.y, bx1 * uv.x, by1 * uv.y, g.advance);
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
