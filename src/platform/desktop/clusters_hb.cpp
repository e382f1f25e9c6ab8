// Complex scripts' clusters on the desktop (ui::ClusterFaces, system_fonts.h):
// each cluster ("क्षि", "ซ์") shaped as a whole by HarfBuzz in the system font
// that draws its script's lone letters (clusterFont), and its glyphs drawn by
// FreeType into the atlas, so a conjunct is joined, the i-sign stands before
// its consonant and Thai's marks stack, as in any other program.
//
// Size and baseline: ImGui draws a merged system font at SizePixels x (its
// line height / Inter's), truncated to whole pixels, on Inter's baseline
// (system_fonts.h, FontFile). The clusters get that font's em, and their ink
// box is measured from the pen on the baseline, so they match its lone letters.
//
// [SECTION] Fonts (FreeType faces, HarfBuzz fonts, kept)
// [SECTION] Shaping and drawing
// [SECTION] ClusterFaces
#include "system_fonts.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H
#include <hb.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

namespace rc::desktop {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Fonts (FreeType faces, HarfBuzz fonts, kept)
//-----------------------------------------------------------------------------

// One font file: its FreeType face (outlines in font units, scaled here: a
// TrueType font flagged "integer ppem" would otherwise be drawn at a rounded
// size, where stb_truetype draws the lone letters at the exact one) and its
// HarfBuzz face, with a HarfBuzz font per size.
struct Font {
    std::string path;
    int index = 0;
    FT_Face ft = nullptr;
    hb_face_t* hb = nullptr;
    std::vector<std::pair<int, hb_font_t*>> sizes;  // em in 1/64 px -> font, scaled to 1/64 px
};
FT_Library g_ft = nullptr;
std::vector<std::unique_ptr<Font>> g_open;  // never closed: the atlas is rebuilt with them

Font* openFont(const FontFile& file) {
    for (auto& f : g_open)
        if (f->path == file.path && f->index == file.index) return f->ft ? f.get() : nullptr;
    auto f = std::make_unique<Font>();
    f->path = file.path;
    f->index = file.index;
    if ((g_ft || FT_Init_FreeType(&g_ft) == 0) && FT_New_Face(g_ft, file.path.c_str(), file.index, &f->ft) == 0) {
        hb_blob_t* blob = hb_blob_create_from_file(file.path.c_str());
        f->hb = hb_face_create(blob, static_cast<unsigned>(file.index));
        hb_blob_destroy(blob);
    } else {
        f->ft = nullptr;  // remembered as unreadable
    }
    g_open.push_back(std::move(f));
    return g_open.back()->ft ? g_open.back().get() : nullptr;
}

hb_font_t* sized(Font& f, int em64) {
    for (auto& s : f.sizes)
        if (s.first == em64) return s.second;
    hb_font_t* font = hb_font_create(f.hb);  // OpenType's own advances and positions, unhinted
    hb_font_set_scale(font, em64, em64);
    f.sizes.emplace_back(em64, font);
    return font;
}

// Characters a font need not have: joiners, variation selectors (HarfBuzz
// hides them when it lacks them).
bool defaultIgnorable(uint32_t c) {
    return c == 0x00AD || c == 0x034F || (c >= 0x200B && c <= 0x200F) || (c >= 0x2060 && c <= 0x206F) ||
           (c >= 0xFE00 && c <= 0xFE0F);
}

std::vector<uint32_t> codepoints(std::string_view text) {
    std::vector<uint32_t> out;
    hb_buffer_t* buf = hb_buffer_create();  // HarfBuzz decodes, as it will for shaping
    hb_buffer_add_utf8(buf, text.data(), static_cast<int>(text.size()), 0, static_cast<int>(text.size()));
    unsigned n = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
    for (unsigned i = 0; i < n; ++i) out.push_back(info[i].codepoint);
    hb_buffer_destroy(buf);
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Shaping and drawing
//-----------------------------------------------------------------------------

// A glyph's coverage, placed: its top-left in px from the pen on the
// baseline (y down).
struct Placed {
    int x = 0, y = 0;
    const FT_Bitmap* bitmap = nullptr;
};

// Shapes `text` in `face` at SizePixels `px` and calls `each(Placed)` for
// every glyph drawn (its bitmap lives until the next). False when no font
// has the cluster's characters, or its font has no glyph for part of it.
template <class Each>
bool shapeAndDraw(ui::FontFaces::Face face, float px, std::string_view text, float* advance, Each each) {
    std::vector<uint32_t> chars = codepoints(text);
    if (chars.empty()) return false;
    const uint32_t script = hb_unicode_script(hb_unicode_funcs_get_default(), chars[0]);
    chars.erase(std::remove_if(chars.begin(), chars.end(), defaultIgnorable), chars.end());
    std::sort(chars.begin(), chars.end());
    chars.erase(std::unique(chars.begin(), chars.end()), chars.end());
    FontFile file;
    if (!clusterFont(face, script, chars, &file)) return false;
    Font* font = openFont(file);
    if (!font) return false;
    // The merged font's SizePixels, truncated as ImGui's build does
    // (ImFontAtlasBuildInit), over its line height in ems.
    const float em = std::floor(px * file.size) / file.lineHeight;  // px
    const int em64 = static_cast<int>(std::lround(em * 64));
    hb_font_t* hb = sized(*font, em64);

    hb_buffer_t* buf = hb_buffer_create();
    hb_buffer_add_utf8(buf, text.data(), static_cast<int>(text.size()), 0, static_cast<int>(text.size()));
    hb_buffer_guess_segment_properties(buf);  // script and direction from the text
    hb_shape(hb, buf, nullptr, 0);
    unsigned n = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &n);
    bool ok = n > 0;
    for (unsigned i = 0; i < n && ok; ++i) ok = info[i].codepoint != 0;  // .notdef: part of it missing

    // Font units to 1/64 px, as a 16.16 factor.
    const FT_Fixed scale = static_cast<FT_Fixed>(std::llround(static_cast<double>(em64) * 65536.0 / font->ft->units_per_EM));
    const FT_Matrix m{scale, 0, 0, scale};
    long penX = 0, penY = 0;  // 1/64 px, y up (HarfBuzz's and FreeType's)
    for (unsigned i = 0; i < n && ok; ++i) {
        const long gx = penX + pos[i].x_offset, gy = penY + pos[i].y_offset;
        penX += pos[i].x_advance;
        penY += pos[i].y_advance;
        if (FT_Load_Glyph(font->ft, info[i].codepoint, FT_LOAD_NO_SCALE | FT_LOAD_NO_BITMAP) != 0 ||
            font->ft->glyph->format != FT_GLYPH_FORMAT_OUTLINE) {
            ok = false;
            break;
        }
        // Placed at whole pixels plus the fraction, drawn with the fraction in
        // the outline (the glyph's sub-pixel position, as HarfBuzz gave it).
        const long ix = gx >> 6, iy = gy >> 6;  // floor (arithmetic shift)
        FT_Outline* outline = &font->ft->glyph->outline;
        FT_Outline_Transform(outline, &m);
        FT_Outline_Translate(outline, gx - ix * 64, gy - iy * 64);
        if (outline->n_points == 0) continue;  // a space, a hidden joiner
        if (FT_Render_Glyph(font->ft->glyph, FT_RENDER_MODE_NORMAL) != 0) {
            ok = false;
            break;
        }
        const FT_GlyphSlot g = font->ft->glyph;
        if (g->bitmap.width == 0 || g->bitmap.rows == 0) continue;
        each(Placed{static_cast<int>(ix) + g->bitmap_left, -static_cast<int>(iy) - g->bitmap_top, &g->bitmap});
    }
    hb_buffer_destroy(buf);
    if (advance) *advance = static_cast<float>(penX) / 64.0f;
    return ok;
}

//-----------------------------------------------------------------------------
// [SECTION] ClusterFaces
//-----------------------------------------------------------------------------

// What the builds since the last takeClusterReport() did, each cluster once.
ClusterReport g_report;
std::unordered_set<std::string> g_reported;

void note(std::vector<std::string>* list, std::string_view text) {
    std::string key(list == &g_report.shaped ? "s" : "u");
    key.append(text);
    if (g_reported.insert(key).second) list->emplace_back(text);
}

bool measureCluster(ui::FontFaces::Face face, float px, std::string_view text, ui::ClusterInk* out) {
    int x0 = INT_MAX, y0 = INT_MAX, x1 = INT_MIN, y1 = INT_MIN;
    float advance = 0;
    bool ok = shapeAndDraw(face, px, text, &advance, [&](const Placed& g) {
        x0 = std::min(x0, g.x);
        y0 = std::min(y0, g.y);
        x1 = std::max(x1, g.x + static_cast<int>(g.bitmap->width));
        y1 = std::max(y1, g.y + static_cast<int>(g.bitmap->rows));
    });
    if (!ok) {
        note(&g_report.unshaped, text);
        return false;
    }
    *out = ui::ClusterInk{};
    out->advance = advance;
    if (x0 < x1 && y0 < y1) {
        // One clear pixel around the ink: ImGui packs custom rectangles edge
        // to edge (no TexGlyphPadding), and a glyph drawn at a sub-pixel
        // position samples the texels beside its own (a neighbour's edge drew
        // as a grey line beside "है").
        out->x0 = x0 - 1;
        out->y0 = y0 - 1;
        out->x1 = x1 + 1;
        out->y1 = y1 + 1;
    }
    return true;
}

void drawCluster(ui::FontFaces::Face face, float px, std::string_view text, unsigned char* pixels, int stride, int w,
                 int h, int penX, int baseY) {
    bool inked = false;
    shapeAndDraw(face, px, text, nullptr, [&](const Placed& g) {
        const FT_Bitmap& b = *g.bitmap;
        for (int row = 0; row < static_cast<int>(b.rows); ++row) {
            const int y = baseY + g.y + row;
            if (y < 0 || y >= h) continue;
            const unsigned char* src = b.buffer + static_cast<long>(row) * b.pitch;
            for (int col = 0; col < static_cast<int>(b.width); ++col) {
                const int x = penX + g.x + col;
                if (x < 0 || x >= w) continue;
                unsigned char& dst = pixels[static_cast<size_t>(y) * stride + x];
                dst = std::max(dst, src[col]);  // overlapping marks: the darker
                inked |= src[col] != 0;
            }
        }
    });
    if (inked) note(&g_report.shaped, text);
}

}  // namespace

const ui::ClusterFaces& desktopClusterFaces() {
    static const ui::ClusterFaces faces{measureCluster, drawCluster};
    return faces;
}

ClusterReport takeClusterReport() {
    ClusterReport out = std::move(g_report);
    g_report = {};
    g_reported.clear();
    return out;
}

}  // namespace rc::desktop
