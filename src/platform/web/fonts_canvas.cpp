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
// The glyphs' layout and pixels come from rcFont.take() (web/boot.js), which
// may find them built while the program downloaded (the glyph set and sizes
// of the first frame are known from the start). The builder
// follows ImGui's stb_truetype builder (imgui_draw.cpp): init the atlas, take
// the glyphs, pack ImGui's own rectangles below them (mouse cursors, thick
// lines, the theme's missing-glyph boxes), add the glyphs, finish.
#include <imgui.h>
#include <imgui_internal.h>  // ImFontBuilderIO, ImFontAtlasBuildInit/SetupFont/Finish

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "fonts_canvas.h"
#include "rc_shared.h"  // the faces' weights and rc_js_font_atlas's records (src/shared.json)
#include "core/order.h"

extern "C" {
// Lays out and draws every glyph (or takes the atlas the page built ahead for
// the same spec) *texWidth wide (0 in: the page picks, and says); returns the
// height the glyphs use. The arrays' records are shared::spec (per font, then
// that many codepoints), shared::glyph (per glyph: advance, the box relative
// to the pen on the baseline, y down, and the box in the atlas, in pixels)
// and shared::vmetrics (per font: ascent, descent).
int rc_js_font_atlas(const float* spec, int specLen, int* texWidth, float* glyphs, float* vmetrics);
// A complex script's cluster (`len` bytes of UTF-8), shaped whole by the
// browser: out = advance, x0, y0, x1, y1 as ui::ClusterInk; 0 when it has
// neither ink nor advance.
int rc_js_cluster_measure(int face, float px, const char* text, int len, float* out);
// Writes its coverage into the w x h box at pixels (rows stride apart), pen at (penX, baseY).
void rc_js_cluster_draw(int face, float px, const char* text, int len, unsigned char* pixels, int stride, int w, int h,
                        int penX, int baseY);
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
    ImFormatString(cfg.Name, sizeof(cfg.Name), "UI %d", shared::kFaceWeight[face]);
    return atlas->AddFont(&cfg);
}

bool buildWithCanvas(ImFontAtlas* atlas) {
    ImFontAtlasBuildInit(atlas);
    atlas->TexID = nullptr;
    atlas->TexWidth = atlas->TexHeight = 0;
    atlas->TexUvScale = ImVec2(0, 0);
    atlas->TexUvWhitePixel = ImVec2(0, 0);
    atlas->ClearTexData();

    // 1. The codepoints of every font (the theme's custom glyphs, the
    //    missing-glyph box, are its own; C0/C1 controls have no glyph).
    std::vector<float> spec;
    std::vector<int> owner;       // font index of each glyph, in order
    std::vector<uint32_t> cpOf;   // codepoint of each glyph
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
        float head[shared::spec::kSize];
        head[shared::spec::face] = static_cast<float>(cfg.FontNo);
        head[shared::spec::px] = cfg.SizePixels;
        head[shared::spec::count] = static_cast<float>(cps.size());
        spec.insert(spec.end(), std::begin(head), std::end(head));
        for (uint32_t c : cps) spec.push_back(static_cast<float>(c));
        owner.insert(owner.end(), cps.size(), i);
        cpOf.insert(cpOf.end(), cps.begin(), cps.end());
    }

    // 2. The glyphs, laid out and drawn by the browser.
    int texW = atlas->TexDesiredWidth;
    std::vector<float> g(owner.size() * shared::glyph::kSize);
    std::vector<float> vm(static_cast<size_t>(atlas->ConfigData.Size) * shared::vmetrics::kSize);
    const int glyphsH = rc_js_font_atlas(spec.data(), static_cast<int>(spec.size()), &texW, g.data(), vm.data());
    atlas->TexWidth = texW;

    // 3. ImGui's own rectangles on shelves below the glyphs, tallest first.
    const int pad = atlas->TexGlyphPadding;
    int top = glyphsH + pad;
    {
        const std::vector<int> order = stableOrder(
            static_cast<size_t>(atlas->CustomRects.Size),
            [](const void* rects, int a, int b) {
                const auto& r = *static_cast<const ImVector<ImFontAtlasCustomRect>*>(rects);
                return r[a].Height > r[b].Height;
            },
            &atlas->CustomRects);
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
    // As tall as used (WebGL2 takes any size). The glyph rows stay on the
    // page's canvas, which the renderer uploads as they are (renderer.cpp);
    // ImGui draws its rectangles into the rows below, 8-bit as the texture is.
    atlas->TexHeight = top;
    atlas->TexUvScale = ImVec2(1.0f / atlas->TexWidth, 1.0f / atlas->TexHeight);
    const size_t texels = static_cast<size_t>(atlas->TexWidth) * atlas->TexHeight;
    const size_t glyphTexels = static_cast<size_t>(atlas->TexWidth) * glyphsH;
    atlas->TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(texels));
    std::fill_n(atlas->TexPixelsAlpha8 + glyphTexels, texels - glyphTexels, 0);

    // 4. The glyphs, with the baseline where stb_truetype's builder puts it.
    namespace G = shared::glyph;
    namespace V = shared::vmetrics;
    for (int i = 0; i < atlas->ConfigData.Size; ++i) {
        ImFontConfig& cfg = atlas->ConfigData[i];
        const float* m = &vm[static_cast<size_t>(i) * V::kSize];
        ImFontAtlasBuildSetupFont(atlas, cfg.DstFont, &cfg, ImTrunc(m[V::ascent] + 1), -ImTrunc(m[V::descent] + 1));
    }
    const ImVec2 uv = atlas->TexUvScale;
    for (size_t k = 0; k < owner.size(); ++k) {
        ImFontConfig& cfg = atlas->ConfigData[owner[k]];
        const float* e = &g[k * G::kSize];
        const float offX = cfg.GlyphOffset.x, offY = cfg.GlyphOffset.y + IM_ROUND(cfg.DstFont->Ascent);
        cfg.DstFont->AddGlyph(&cfg, static_cast<ImWchar>(cpOf[k]), e[G::x0] + offX, e[G::y0] + offY, e[G::x1] + offX,
                              e[G::y1] + offY, e[G::atlasX0] * uv.x, e[G::atlasY0] * uv.y, e[G::atlasX1] * uv.x,
                              e[G::atlasY1] * uv.y, e[G::advance]);
    }
    ImFontAtlasBuildFinish(atlas);
    return true;
}

const ImFontBuilderIO kCanvasBuilder{buildWithCanvas};

// Clusters (core/clusters.h): the browser shapes the whole string, by the
// same face and size logic as the atlas's glyphs (rcFont), so a conjunct or
// a stacked Thai syllable comes out as the page itself would draw it. The
// theme writes them into ImGui's rectangles, the rows below rcFont's canvas,
// which the renderer uploads from TexPixelsAlpha8 (rc_js_font_texture).
bool measureCluster(ui::FontFaces::Face face, float px, std::string_view text, ui::ClusterInk* out) {
    float m[5];
    if (!rc_js_cluster_measure(face, px, text.data(), static_cast<int>(text.size()), m)) return false;
    out->advance = m[0];
    out->x0 = static_cast<int>(m[1]);
    out->y0 = static_cast<int>(m[2]);
    out->x1 = static_cast<int>(m[3]);
    out->y1 = static_cast<int>(m[4]);
    return true;
}

void drawCluster(ui::FontFaces::Face face, float px, std::string_view text, unsigned char* pixels, int stride, int w,
                 int h, int penX, int baseY) {
    if (w <= 0 || h <= 0) return;
    rc_js_cluster_draw(face, px, text.data(), static_cast<int>(text.size()), pixels, stride, w, h, penX, baseY);
}

const ui::ClusterFaces kCanvasClusters{measureCluster, drawCluster};

}  // namespace

const ui::FontFaces& canvasFontFaces() {
    static const ui::FontFaces faces{addCanvasFace, &kCanvasBuilder, &kCanvasClusters};
    return faces;
}

}  // namespace rc::web
