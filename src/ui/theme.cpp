// rolecompare's look (theme.h): palettes for light and dark, ImGui's style, and the font atlas.
//
// [SECTION] Colours
// [SECTION] Palette and style
// [SECTION] Fonts
#include "theme.h"

#include <imgui.h>
#include <imgui_internal.h>  // ImFontBuilderIO (FontFaces::builder)

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/bidi.h"
#include "core/pack.h"
#include "core/text.h"
#include "rc_shared.h"  // generated from src/shared.json (cmake/shared.cmake)

namespace rc::ui {

//-----------------------------------------------------------------------------
// [SECTION] Colours
//-----------------------------------------------------------------------------

uint32_t rgb(uint32_t c, float alpha) {
    uint32_t a = static_cast<uint32_t>(std::clamp(alpha, 0.0f, 1.0f) * 255.0f + 0.5f);
    return IM_COL32((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF, a);
}

uint32_t mix(uint32_t a, uint32_t b, float t) {
    auto ch = [&](int shift) {
        float x = static_cast<float>((a >> shift) & 0xFF), y = static_cast<float>((b >> shift) & 0xFF);
        return static_cast<uint32_t>(x + (y - x) * t + 0.5f) << shift;
    };
    return ch(0) | ch(8) | ch(16) | ch(24);
}

namespace {

ImVec4 v4(uint32_t c) { return ImGui::ColorConvertU32ToFloat4(c); }

// Relative luminance of an ImU32, 0..1 (WCAG).
float luminance(uint32_t c) {
    auto lin = [](float v) { return v <= 0.03928f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f); };
    ImVec4 f = v4(c);
    return 0.2126f * lin(f.x) + 0.7152f * lin(f.y) + 0.0722f * lin(f.z);
}

float contrast(uint32_t a, uint32_t b) {
    float la = luminance(a), lb = luminance(b);
    if (la < lb) std::swap(la, lb);
    return (la + 0.05f) / (lb + 0.05f);
}

// Moves a data colour toward the text colour until it reads on the
// background (4.5:1), so a site's accent never disappears in dark mode.
uint32_t readable(uint32_t c, uint32_t bg, uint32_t text) {
    for (int i = 0; i < 10 && contrast(c, bg) < 4.5f; ++i) c = mix(c, text, 0.15f);
    return c;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Palette and style
//-----------------------------------------------------------------------------

ImVec2 drawnFramePadding(const Context& ctx) { return ImVec2(12 * ctx.scale, 7 * ctx.scale); }

void applyTheme(Context& ctx, uint32_t accentOverride) {
    const bool dark = ctx.theme == ThemeMode::Dark;
    Palette& p = ctx.pal;
    if (dark) {
        p = {rgb(0x0F1115), rgb(0x181B22), rgb(0x20242D), rgb(0x2E3440), rgb(0xE8EAF0), rgb(0xA3AAB8),
             rgb(0x8B8CF8), rgb(0x0F1115), rgb(0xFACC15, 0.35f), rgb(0xF87171), rgb(0x93C5FD)};
    } else {
        p = {rgb(0xF7F7FA), rgb(0xFFFFFF), rgb(0xF0F1F5), rgb(0xDADDE5), rgb(0x161A22), rgb(0x555D6E),
             rgb(0x4F46E5), rgb(0xFFFFFF), rgb(0xFDE047, 0.55f), rgb(0xB91C1C), rgb(0x2563EB)};
    }
    if (accentOverride != 0xFFFFFFFFu) p.accent = readable(rgb(accentOverride), p.surface, p.text);
    p.accentText = contrast(p.accent, rgb(0xFFFFFF)) >= 4.5f ? rgb(0xFFFFFF) : rgb(0x0F1115);

    ctx.roleColors.clear();
    if (ctx.data)
        for (const Role& r : ctx.data->roles) ctx.roleColors.push_back(readable(rgb(r.color), p.surface, p.text));

    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    const float s = ctx.scale;
    style.WindowPadding = ImVec2(16 * s, 14 * s);
    style.FramePadding = drawnFramePadding(ctx);
    // A finger: every ImGui frame (a text field, a button a view draws
    // itself) is Context::kTouchCss tall in the body font. Controls drawn
    // smaller than their hit area push drawnFramePadding() (layout.h frameButton).
    if (ctx.coarse) {
        const float body = std::round(shared::kFonts[shared::font::body].px * s);  // as buildFonts sizes it
        style.FramePadding.y = std::max(style.FramePadding.y, std::ceil((Context::kTouchCss * s - body) * 0.5f));
    }
    style.CellPadding = ImVec2(10 * s, 8 * s);
    style.ItemSpacing = ImVec2(10 * s, 10 * s);
    style.ItemInnerSpacing = ImVec2(8 * s, 6 * s);
    style.IndentSpacing = 18 * s;
    style.ScrollbarSize = 10 * s;
    style.GrabMinSize = 12 * s;
    style.WindowRounding = 0;
    style.ChildRounding = 10 * s;
    style.FrameRounding = 8 * s;
    style.PopupRounding = 8 * s;
    style.ScrollbarRounding = 6 * s;
    style.GrabRounding = 6 * s;
    style.TabRounding = 8 * s;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1 * s;
    style.FrameBorderSize = 0;
    style.TouchExtraPadding = ImVec2(0, 0);

    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = v4(p.text);
    c[ImGuiCol_TextDisabled] = v4(p.muted);
    c[ImGuiCol_WindowBg] = v4(p.bg);
    c[ImGuiCol_ChildBg] = v4(p.surface);
    c[ImGuiCol_PopupBg] = v4(p.surface);
    c[ImGuiCol_Border] = v4(p.border);
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = v4(p.surfaceAlt);
    c[ImGuiCol_FrameBgHovered] = v4(mix(p.surfaceAlt, p.accent, 0.12f));
    c[ImGuiCol_FrameBgActive] = v4(mix(p.surfaceAlt, p.accent, 0.2f));
    c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = c[ImGuiCol_TitleBgCollapsed] = v4(p.surface);
    c[ImGuiCol_MenuBarBg] = v4(p.surface);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = v4(mix(p.border, p.muted, 0.3f));
    c[ImGuiCol_ScrollbarGrabHovered] = v4(p.muted);
    c[ImGuiCol_ScrollbarGrabActive] = v4(p.accent);
    c[ImGuiCol_CheckMark] = v4(p.accent);
    c[ImGuiCol_SliderGrab] = c[ImGuiCol_SliderGrabActive] = v4(p.accent);
    c[ImGuiCol_Button] = v4(p.surfaceAlt);
    c[ImGuiCol_ButtonHovered] = v4(mix(p.surfaceAlt, p.accent, 0.15f));
    c[ImGuiCol_ButtonActive] = v4(mix(p.surfaceAlt, p.accent, 0.3f));
    c[ImGuiCol_Header] = v4(mix(p.surface, p.accent, 0.10f));
    c[ImGuiCol_HeaderHovered] = v4(mix(p.surface, p.accent, 0.16f));
    c[ImGuiCol_HeaderActive] = v4(mix(p.surface, p.accent, 0.24f));
    c[ImGuiCol_Separator] = c[ImGuiCol_SeparatorHovered] = c[ImGuiCol_SeparatorActive] = v4(p.border);
    c[ImGuiCol_Tab] = v4(p.surfaceAlt);
    c[ImGuiCol_TabHovered] = v4(mix(p.surfaceAlt, p.accent, 0.2f));
    c[ImGuiCol_TabActive] = v4(p.accent);
    c[ImGuiCol_TableHeaderBg] = v4(p.surfaceAlt);
    c[ImGuiCol_TableBorderStrong] = c[ImGuiCol_TableBorderLight] = v4(p.border);
    c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TableRowBgAlt] = v4(mix(p.surface, p.surfaceAlt, 0.5f));
    c[ImGuiCol_TextSelectedBg] = v4(mix(p.surface, p.accent, 0.35f));
    c[ImGuiCol_NavHighlight] = v4(p.focus);
    c[ImGuiCol_PlotHistogram] = v4(p.accent);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.35f);
    ImGui::GetStyle() = style;
}

//-----------------------------------------------------------------------------
// [SECTION] Fonts
//-----------------------------------------------------------------------------

namespace {

// The glyphs of a complex script's clusters (Context::clusters), in
// buildFonts(): reserved before the atlas is built, drawn after. Reached
// through pointers the optimizer cannot follow, so each stays a function of
// its own: Binaryen inlines a function with one caller, and this code, which
// only a complex script runs, would then be in every first download
// (docs/performance.md, "Two-part download").
struct ClusterRect { int rect; int font; uint32_t cp; ClusterInk ink; };
using Built = ImFont* const[shared::font::kCount];
using Sizes = const float[shared::font::kCount];

// Each cluster, measured in each font: one the platform cannot draw in every
// font is forgotten (its characters are drawn one at a time). Each gets an
// atlas rectangle with a clear pixel round it: a glyph drawn at a fraction
// of a pixel samples the texels just outside its box (the atlas packs
// ImGui's rectangles edge to edge).
void reserveClusters(Context& ctx, const ClusterFaces& shaper, Built& built, Sizes& sizePx, std::vector<ClusterRect>& out) {
    for (size_t k = 0; k < ctx.clusters.size(); ++k) {
        const uint32_t cp = ctx.clusters.codepoint(k);
        const std::string_view text = ctx.clusters.text(cp);
        if (text.empty()) continue;
        const size_t first = out.size();
        bool ok = true;
        for (int i = 0; i < shared::font::kCount && ok; ++i) {
            ClusterInk ink;
            ok = built[i] && shaper.measure(static_cast<FontFaces::Face>(shared::kFonts[i].face), sizePx[i], text, &ink);
            out.push_back({-1, i, cp, ink});
        }
        if (!ok) {
            out.resize(first);
            ctx.clusters.forget(cp);
        }
    }
    for (ClusterRect& c : out) {
        const int w = std::max(1, c.ink.x1 - c.ink.x0), h = std::max(1, c.ink.y1 - c.ink.y0);
        c.rect = ImGui::GetIO().Fonts->AddCustomRectFontGlyph(built[c.font], static_cast<ImWchar>(c.cp), w + 2, h + 2,
                                                              c.ink.advance);
    }
}

// The clusters, drawn by the platform into their rectangles once the atlas
// is built (8-bit coverage; the web's rectangles too are uploaded from these
// pixels), and their glyphs' boxes set.
void drawClusters(Context& ctx, const ClusterFaces& shaper, Built& built, Sizes& sizePx, std::vector<ClusterRect>& rects) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    const int texW = atlas->TexWidth;
    std::vector<unsigned char> ink;
    for (const ClusterRect& c : rects) {
        const ImFontAtlasCustomRect* r = atlas->GetCustomRectByIndex(c.rect);
        ImFont* font = built[c.font];
        auto* glyph = const_cast<ImFontGlyph*>(font->FindGlyphNoFallback(static_cast<ImWchar>(c.cp)));
        if (!r->IsPacked() || !glyph) continue;
        // The ink's box, from the pen on the baseline; ImGui's boxes are from
        // the line's top, the baseline at the font's ascent. The texture:
        // inside the clear border.
        const int w = r->Width, h = r->Height;
        const float ascent = IM_ROUND(font->Ascent);
        glyph->X0 = static_cast<float>(c.ink.x0);
        glyph->X1 = static_cast<float>(c.ink.x0 + w - 2);
        glyph->Y0 = ascent + static_cast<float>(c.ink.y0);
        glyph->Y1 = ascent + static_cast<float>(c.ink.y0 + h - 2);
        glyph->U0 = static_cast<float>(r->X + 1) * atlas->TexUvScale.x;
        glyph->V0 = static_cast<float>(r->Y + 1) * atlas->TexUvScale.y;
        glyph->U1 = static_cast<float>(r->X + w - 1) * atlas->TexUvScale.x;
        glyph->V1 = static_cast<float>(r->Y + h - 1) * atlas->TexUvScale.y;
        ink.assign(static_cast<size_t>(w) * h, 0);
        shaper.draw(static_cast<FontFaces::Face>(shared::kFonts[c.font].face), sizePx[c.font],
                    ctx.clusters.text(c.cp), ink.data() + w + 1, w, w - 2, h - 2, -c.ink.x0, -c.ink.y0);
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                const size_t at = static_cast<size_t>(r->Y + y) * texW + r->X + x;
                const unsigned char a = ink[static_cast<size_t>(y) * w + x];
                if (atlas->TexPixelsAlpha8) atlas->TexPixelsAlpha8[at] = a;
                else if (atlas->TexPixelsRGBA32) atlas->TexPixelsRGBA32[at] = 0x00FFFFFFu | (static_cast<uint32_t>(a) << 24);
            }
    }
}

void (*volatile reserveClusterGlyphs)(Context&, const ClusterFaces&, Built&, Sizes&, std::vector<ClusterRect>&) = reserveClusters;
void (*volatile drawClusterGlyphs)(Context&, const ClusterFaces&, Built&, Sizes&, std::vector<ClusterRect>&) = drawClusters;

}  // namespace

void buildFonts(Context& ctx) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    // Only the characters the text can hold: printable ASCII, the marks the
    // UI draws, every character of the dataset, and what was typed (App::
    // noteGlyphs). A few hundred glyphs, not all of Latin-1: the atlas is
    // built at start-up, and in the browser every glyph is measured and drawn.
    std::vector<uint32_t> cps;
    for (uint32_t c = shared::kAsciiFirst; c <= shared::kAsciiLast; ++c) cps.push_back(c);
    // The marks: every non-ASCII character in src/ui and src/core string
    // literals (the arrows of the quiz's Back/Next, quotes, dashes, the
    // tick...), and no more (tests/source/glyphs.mjs checks both ways): each
    // costs a glyph per font, and one the UI face lacks sends the browser
    // through its font fallback, which is slow the first time
    // (docs/performance.md). web/boot.js builds the first frame's atlas ahead
    // from the same table.
    cps.insert(cps.end(), std::begin(shared::kMarks), std::end(shared::kMarks));
    // A complex script's clusters get a glyph each (ClusterFaces), made from
    // the same text.
    ctx.clusters.clear();
    const ClusterFaces* shaper = ctx.faces ? ctx.faces->clusters : nullptr;
    auto addText = [&](std::string_view t) {
        for (size_t i = 0; i < t.size();) {
            uint32_t cp = 0;
            i += decodeUtf8(t, i, &cp);
            if (cp >= 0x80) cps.push_back(cp);
        }
        if (shaper && bidi::scan(t).complex) ctx.clusters.add(t);
    };
    if (ctx.data) forEachText(*ctx.data, [&](const std::string& t) { addText(t); });
    // The interface's words: English's are all marks and ASCII; another
    // catalogue (German's umlauts, Arabic) brings its own characters, and
    // its language's numbers theirs ("1 234 %" in French: U+202F, U+00A0).
    const Catalogue& cat = ctx.catalogue();
    for (const Message& m : cat)
        for (std::string_view form : m.forms) addText(form);
    addText(formatInteger(cat.language(), 1234567) + formatPercent(cat.language(), 50));
    cps.insert(cps.end(), ctx.extraGlyphs.begin(), ctx.extraGlyphs.end());
    for (const std::string& c : ctx.extraClusters) ctx.clusters.add(c);  // noteGlyphs: only with a shaper
    // Arabic letters are drawn in their joined forms (core/bidi.h): those too.
    bidi::addShapedForms(cps);
    std::sort(cps.begin(), cps.end());
    cps.erase(std::unique(cps.begin(), cps.end()), cps.end());
    ctx.glyphRanges.clear();
    for (size_t i = 0; i < cps.size();) {
        size_t j = i;
        while (j + 1 < cps.size() && cps[j + 1] == cps[j] + 1) ++j;
        ctx.glyphRanges.push_back(static_cast<ImWchar>(cps[i]));
        ctx.glyphRanges.push_back(static_cast<ImWchar>(cps[j]));
        i = j + 1;
    }
    ctx.glyphRanges.push_back(0);
    const ImWchar* ranges = ctx.glyphRanges.data();
    IM_ASSERT(ctx.faces && "AppConfig::faces is required");
    io.Fonts->FontBuilderIO = ctx.faces->builder;
    // The faces by index (shared::face, from the table) are FontFaces::Face.
    static_assert(shared::face::Regular == static_cast<int>(FontFaces::Regular) &&
                  shared::face::SemiBold == static_cast<int>(FontFaces::SemiBold) && shared::face::kCount == 2);
    // The theme's fonts, in the table's order: the atlas holds them so, and
    // web/boot.js builds the first one ahead in that order.
    ImFont* built[shared::font::kCount] = {};
    float sizePx[shared::font::kCount] = {};
    for (int i = 0; i < shared::font::kCount; ++i) {
        const shared::Font& font = shared::kFonts[i];
        ImFontConfig cfg;
        cfg.OversampleH = ctx.scale >= 2.0f ? 1 : 2;  // at 2x and up, sub-pixel positions are already fine
        cfg.OversampleV = 1;
        cfg.PixelSnapH = false;
        cfg.SizePixels = sizePx[i] = std::round(font.px * ctx.scale);
        built[i] = ctx.faces->add(io.Fonts, static_cast<FontFaces::Face>(font.face), cfg, ranges);
    }
    ctx.fonts.body = built[shared::font::body];
    ctx.fonts.bodyBold = built[shared::font::bodyBold];
    ctx.fonts.small = built[shared::font::small];
    ctx.fonts.heading = built[shared::font::heading];
    ctx.fonts.title = built[shared::font::title];
    static_assert(shared::font::kCount == 5, "each font of src/shared.json has its field in ui::Fonts, set here");
    std::vector<ClusterRect> clusterRects;
    if (shaper && !ctx.clusters.empty()) reserveClusterGlyphs(ctx, *shaper, built, sizePx, clusterRects);
    // For characters a font lacks (emoji, other scripts) ImGui would draw '?',
    // which reads like punctuation. Draw our own "missing glyph" box instead,
    // the same on every platform, as the glyph of U+007F (a control character,
    // never text) made each font's fallback. (Not U+FFFD: ImGui's lookup
    // tables span every codepoint up to the highest glyph.) The box spans cap
    // height to baseline (the baseline sits at 0.8 of the pixel size, caps are
    // 0.6 tall).
    constexpr ImWchar kBoxChar = 0x7F;
    struct Box { int rect; int stroke; };
    std::vector<Box> boxes;
    for (ImFont* f : built) {
        if (!f) continue;
        f->FallbackChar = kBoxChar;  // BuildLookupTable() takes it when the glyph exists
        const float sz = f->ConfigData ? f->ConfigData->SizePixels : 16.0f;
        int w = std::max(4, static_cast<int>(std::lround(sz * 0.5f)));
        int h = std::max(5, static_cast<int>(std::lround(sz * 0.6f)));
        int rect = io.Fonts->AddCustomRectFontGlyph(f, kBoxChar, w, h, static_cast<float>(w) + std::round(sz * 0.18f),
                                                    ImVec2(std::round(sz * 0.08f), std::round(sz * 0.2f)));
        boxes.push_back({rect, std::max(1, static_cast<int>(std::lround(sz / 14.0f)))});
    }
    ctx.faces->builder->FontBuilder_Build(io.Fonts);  // not io.Fonts->Build(): see FontFaces::builder
    // Builders leave 8-bit (stb_truetype) or RGBA pixels (the web's: the
    // browser's own, white with coverage in alpha); draw the boxes into either.
    ImFontAtlas* atlas = io.Fonts;
    const int texW = atlas->TexWidth;
    for (const Box& b : boxes) {
        const ImFontAtlasCustomRect* r = atlas->GetCustomRectByIndex(b.rect);
        if (!r->IsPacked()) continue;
        for (int y = 0; y < r->Height; ++y)
            for (int x = 0; x < r->Width; ++x) {
                bool edge = x < b.stroke || y < b.stroke || x >= r->Width - b.stroke || y >= r->Height - b.stroke;
                const size_t at = static_cast<size_t>(r->Y + y) * texW + r->X + x;
                if (atlas->TexPixelsAlpha8) atlas->TexPixelsAlpha8[at] = edge ? 0xFF : 0x00;
                else if (atlas->TexPixelsRGBA32) atlas->TexPixelsRGBA32[at] = edge ? 0xFFFFFFFFu : 0x00FFFFFFu;
            }
    }
    if (!clusterRects.empty()) drawClusterGlyphs(ctx, *shaper, built, sizePx, clusterRects);
    io.FontDefault = ctx.fonts.body;
}

}  // namespace rc::ui
