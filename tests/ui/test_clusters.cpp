// Complex scripts' clusters drawn as one glyph each (issue 18): the theme
// measures each cluster of the data with the platform's ClusterFaces, gives
// it an atlas glyph under its code point (core/clusters.h), has the platform
// draw it there, and the text path draws that glyph in place of the
// cluster's characters. The platform here is a stand-in whose clusters are
// solid boxes of a known size; the real ones (the browser's canvas,
// HarfBuzz) have tests of their own (tests/engines/scripts.test.mjs,
// tests/desktop/run.sh).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include <imgui.h>

#include "core/clusters.h"
#include "core/text.h"
#include "platform/headless/headless.h"
#include "ui/app.h"

using rc::View;
using rc::bidi::Clusters;
using rc::headless::Harness;
namespace ui = rc::ui;

namespace {

// A cluster is a solid box: 0.9 of the size wide (the advance 1.25), from
// 0.7 above the baseline to 0.2 below. It cannot draw Thai (measure says
// so): those clusters are drawn character by character.
bool fakeMeasure(ui::FontFaces::Face, float px, std::string_view text, ui::ClusterInk* out) {
    uint32_t cp = 0;
    rc::decodeUtf8(text, 0, &cp);
    if (cp >= 0x0E00 && cp <= 0x0E7F) return false;
    out->advance = std::round(px * 1.25f);
    out->x0 = 0;
    out->y0 = -static_cast<int>(std::lround(px * 0.7f));
    out->x1 = static_cast<int>(std::lround(px * 0.9f));
    out->y1 = static_cast<int>(std::lround(px * 0.2f));
    return true;
}
int draws = 0;
void fakeDraw(ui::FontFaces::Face, float, std::string_view, unsigned char* pixels, int stride, int w, int h, int, int) {
    ++draws;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) pixels[y * stride + x] = 0xFF;
}
const ui::ClusterFaces kFake{fakeMeasure, fakeDraw};

ui::AppConfig withClusters() {
    static const ui::FontFaces faces{ui::embeddedFontFaces().add, ui::embeddedFontFaces().builder, &kFake};
    ui::AppConfig c;
    c.faces = &faces;
    return c;
}

// tests/data/mini.json with a Hindi and a Thai sentence for a role's summary.
std::string miniData() {
    std::ifstream f("tests/data/mini.json", std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    return s.str();
}
std::string scriptsData() {
    const std::string d = miniData();
    REQUIRE(d.find("\"Builds software.\"") != std::string::npos);
    return std::regex_replace(d, std::regex("\"Builds software\\.\""), "\"हिन्दी क्षेत्र. สร้างซอฟต์แวร์\"");
}


ImFont* bodyFont() { return ImGui::GetIO().Fonts->Fonts[0]; }

// Quads drawn with the glyph of `cp` in `font` in the last frame: ImGui
// writes a glyph's four vertices in order, its texture's top-left corner
// first and the bottom-right third.
int quadsOf(ImFont* font, uint32_t cp) {
    const ImFontGlyph* g = font->FindGlyphNoFallback(static_cast<ImWchar>(cp));
    if (!g) return 0;
    int n = 0;
    ImDrawData* dd = ImGui::GetDrawData();
    for (int l = 0; dd && l < dd->CmdListsCount; ++l) {
        const ImVector<ImDrawVert>& v = dd->CmdLists[l]->VtxBuffer;
        for (int i = 0; i + 2 < v.Size; ++i)
            if (v[i].uv.x == g->U0 && v[i].uv.y == g->V0 && v[i + 2].uv.x == g->U1 && v[i + 2].uv.y == g->V1) ++n;
    }
    return n;
}

}  // namespace

namespace {

// Missing-glyph boxes drawn by Compare with `data`, at 1280 px.
int boxesInCompare(const std::string& data) {
    Harness h(withClusters());
    REQUIRE(h.app().loadCustomData(data, "data.json").empty());
    h.setDisplay(1280, 2000, 1);
    h.app().setView(View::Compare);
    h.settle();
    int boxes = 0;
    for (ImFont* f : ImGui::GetIO().Fonts->Fonts) boxes += quadsOf(f, 0x7F);
    return boxes;
}

}  // namespace

TEST_CASE("clusters: each cluster of the data is one glyph the platform drew, drawn in place of its characters",
          "[clusters]") {
    const int baseline = boxesInCompare(miniData());  // its own harness, before this one's
    draws = 0;
    Harness h(withClusters());
    REQUIRE(h.app().loadCustomData(scriptsData(), "scripts.json").empty());
    h.setDisplay(1280, 2000, 1);
    h.settle();
    h.app().setView(View::Compare);
    h.wake();
    h.settle();

    // हि न्दी क्षे त्र: four clusters, in order of first use; Thai's were forgotten (not drawable).
    ImFont* body = bodyFont();
    const float px = body->FontSize;
    for (uint32_t cp = Clusters::kFirst; cp < Clusters::kFirst + 4; ++cp) {
        INFO("U+" << std::hex << cp);
        const ImFontGlyph* g = body->FindGlyphNoFallback(static_cast<ImWchar>(cp));
        REQUIRE(g);
        CHECK(g->AdvanceX == std::round(px * 1.25f));
        // On the font's baseline: 0.7 of the size above it.
        CHECK(g->Y0 == std::round(body->Ascent) - std::lround(px * 0.7f));
        CHECK(g->X1 - g->X0 == std::lround(px * 0.9f));
    }
    CHECK_FALSE(body->FindGlyphNoFallback(static_cast<ImWchar>(Clusters::kFirst + 4)));
    // Five fonts, four clusters each: each drawn into its rectangle, whose pixels the atlas now holds.
    CHECK(draws == 5 * 4);
    const ImFontGlyph* hi = body->FindGlyphNoFallback(static_cast<ImWchar>(Clusters::kFirst));
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    const int x = static_cast<int>((hi->U0 + hi->U1) / 2 * atlas->TexWidth);
    const int y = static_cast<int>((hi->V0 + hi->V1) / 2 * atlas->TexHeight);
    REQUIRE(atlas->TexPixelsAlpha8);
    CHECK(atlas->TexPixelsAlpha8[y * atlas->TexWidth + x] == 0xFF);

    // Compare shows the summary: the clusters' glyphs are drawn, and none
    // of the characters inside them. The stand-in's fonts have no Devanagari
    // or Thai, so a character drawn alone is the missing-glyph box (U+007F):
    // a box for each of Thai's 14 characters, none for Hindi's 13 (beyond
    // the boxes of the data without them).
    int hiQuads = 0, boxes = -baseline;
    for (ImFont* f : atlas->Fonts) {
        hiQuads += quadsOf(f, Clusters::kFirst);
        boxes += quadsOf(f, 0x7F);
    }
    CHECK(hiQuads >= 1);
    CHECK(boxes == 14 * hiQuads);
}

TEST_CASE("clusters: English builds the same atlas, with no cluster asked for", "[clusters]") {
    draws = 0;
    Harness h(withClusters());
    h.setDisplay(1280, 800, 1);
    h.settle();
    CHECK(draws == 0);
    CHECK_FALSE(bodyFont()->FindGlyphNoFallback(static_cast<ImWchar>(Clusters::kFirst)));
}

namespace {

// Code points of the complex-script clusters the body font has a glyph for.
std::vector<uint32_t> clusterGlyphs() {
    std::vector<uint32_t> out;
    for (const ImFontGlyph& g : bodyFont()->Glyphs)
        if (g.Codepoint >= Clusters::kFirst && g.Codepoint <= Clusters::kLast) out.push_back(g.Codepoint);
    return out;
}

// Quads of `cp` (any font) drawn inside the search box.
int quadsInBox(Harness& h, uint32_t cp) {
    Harness::Rect box;
    REQUIRE(h.target("search:box", &box));
    int n = 0;
    ImDrawData* dd = ImGui::GetDrawData();
    for (ImFont* f : ImGui::GetIO().Fonts->Fonts) {
        const ImFontGlyph* g = f->FindGlyphNoFallback(static_cast<ImWchar>(cp));
        for (int l = 0; g && dd && l < dd->CmdListsCount; ++l) {
            const ImVector<ImDrawVert>& v = dd->CmdLists[l]->VtxBuffer;
            for (int i = 0; i + 2 < v.Size; ++i)
                if (v[i].uv.x == g->U0 && v[i].uv.y == g->V0 && v[i + 2].uv.x == g->U1 && v[i + 2].uv.y == g->V1 &&
                    v[i].pos.x >= box.x && v[i].pos.x < box.x + box.w && v[i].pos.y >= box.y && v[i].pos.y < box.y + box.h)
                    ++n;
        }
    }
    return n;
}

}  // namespace

TEST_CASE("clusters: the search box shows what is typed shaped, new clusters included, while the caret is at its end",
          "[clusters]") {
    Harness h(withClusters());
    REQUIRE(h.app().loadCustomData(scriptsData(), "scripts.json").empty());
    h.setDisplay(1280, 800, 1);
    h.settle();
    Harness::Rect r;
    REQUIRE(h.target("nav:search", &r));
    h.click(r.x + r.w / 2, r.y + r.h / 2);
    h.settle();
    const std::vector<uint32_t> before = clusterGlyphs();

    // Hindi "मुझे" (two clusters the data does not have: their glyphs are made when typed).
    h.typeText("मुझे");
    h.settle();
    std::vector<uint32_t> typed;
    for (uint32_t cp : clusterGlyphs())
        if (std::find(before.begin(), before.end(), cp) == before.end()) typed.push_back(cp);
    REQUIRE(typed.size() == 2);
    for (uint32_t cp : typed) CHECK(quadsInBox(h, cp) == 1);

    // Arabic, typed after it: drawn in its joined forms (ع U+0639 at a word's start is U+FECB),
    // right to left; the letters as typed are not drawn.
    h.tap(ImGuiKey_Escape);
    h.settle();
    h.typeText("عربي");
    h.settle();
    CHECK(quadsInBox(h, 0xFECB) == 1);
    CHECK(quadsInBox(h, 0x0639) == 0);

    // The caret moved into the text: the field's own text (as typed) is shown.
    h.tap(ImGuiKey_LeftArrow);
    h.settle();
    CHECK(quadsInBox(h, 0xFECB) == 0);
    CHECK(quadsInBox(h, 0x0639) == 1);
}
