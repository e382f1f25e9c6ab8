// System fonts for the characters the embedded ones lack, and for complex
// scripts' clusters (system_fonts.h).
//
// [SECTION] Reading a font (stb_truetype, as ImGui's atlas builder does)
// [SECTION] Faces
// [SECTION] fontconfig
#include "system_fonts.h"

#include <fontconfig/fontconfig.h>
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>

#include "core/embedded.h"

// ImGui's own copy is compiled static into imgui_draw.cpp; this one checks
// that ImGui can read a font before it goes into the atlas (a font ImGui's
// builder cannot parse fails the whole atlas).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#define STBTT_STATIC
#define STB_TRUETYPE_IMPLEMENTATION
#include <imstb_truetype.h>
#pragma GCC diagnostic pop

namespace rc::desktop {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Reading a font (stb_truetype, as ImGui's atlas builder does)
//-----------------------------------------------------------------------------

// A font's line height (ascent - descent) in ems. ImGui sizes a font by its
// line height, so a merged font drawn as big as Inter (same em) gets Inter's
// pixel size times lineHeight(it) / lineHeight(Inter).
float lineHeightEms(const stbtt_fontinfo& info) {
    return stbtt_ScaleForMappingEmToPixels(&info, 1.0f) / stbtt_ScaleForPixelHeight(&info, 1.0f);
}

bool openFont(std::string_view bytes, int index, stbtt_fontinfo* info) {
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const int offset = stbtt_GetFontOffsetForIndex(data, index);
    return offset >= 0 && stbtt_InitFont(info, data, offset) != 0;
}

float interLineHeightEms(ui::FontFaces::Face face) {
    static float ems[2] = {};  // read once (clusterFont asks for every cluster)
    float& e = ems[face == ui::FontFaces::SemiBold];
    if (e == 0) {
        std::string_view inter = findEmbedded(fonts::files(), face == ui::FontFaces::SemiBold ? "Inter-SemiBold.otf" : "Inter-Regular.otf");
        stbtt_fontinfo info;
        e = openFont(inter, 0, &info) ? lineHeightEms(info) : 1.0f;
    }
    return e;
}

//-----------------------------------------------------------------------------
// [SECTION] Faces
//-----------------------------------------------------------------------------

struct SystemFont {
    std::string path;   // the file (clusters_hb.cpp opens it with FreeType and HarfBuzz)
    std::string bytes;  // the file, read once; the atlas reads it at every build
    int index = 0;      // in a collection (.ttc)
    ui::FontFaces::Face face = ui::FontFaces::Regular;
    float size = 1.0f;  // pixel size relative to Inter's (lineHeightEms)
};
std::vector<std::unique_ptr<SystemFont>> g_fonts;  // in the order found
std::vector<uint32_t> g_asked;                      // sorted: characters looked for already

ImFont* addDesktopFace(ImFontAtlas* atlas, ui::FontFaces::Face face, const ImFontConfig& cfg, const ImWchar* ranges) {
    ImFont* font = ui::embeddedFontFaces().add(atlas, face, cfg, ranges);
    // The same ranges: ImGui takes from a merged font only the characters
    // the fonts before it lack (fonts_embedded.cpp).
    for (const auto& f : g_fonts) {
        if (f->face != face) continue;
        ImFontConfig merge = cfg;
        merge.MergeMode = true;
        merge.FontDataOwnedByAtlas = false;  // g_fonts keeps it
        merge.FontNo = f->index;
        merge.SizePixels = cfg.SizePixels * f->size;
        atlas->AddFontFromMemoryTTF(f->bytes.data(), static_cast<int>(f->bytes.size()), merge.SizePixels, &merge, ranges);
    }
    return font;
}

}  // namespace

const ui::FontFaces& desktopFontFaces() {
    static const ui::FontFaces faces{addDesktopFace, ui::embeddedFontFaces().builder, &desktopClusterFaces()};
    return faces;
}

std::vector<uint32_t> missingGlyphs(const ImFontAtlas& atlas) {
    std::vector<uint32_t> out;
    for (const ImFontConfig& cfg : atlas.ConfigData) {
        if (cfg.MergeMode || !cfg.DstFont || !cfg.GlyphRanges) continue;
        for (const ImWchar* r = cfg.GlyphRanges; r[0]; r += 2)
            for (uint32_t cp = r[0]; cp <= r[1]; ++cp)
                if (!cfg.DstFont->FindGlyphNoFallback(static_cast<ImWchar>(cp))) out.push_back(cp);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] fontconfig
//-----------------------------------------------------------------------------

namespace {

FcConfig* fontconfig() {
    static FcConfig* fc = FcInitLoadConfigAndFonts();
    return fc;
}

// Each font fontconfig ranks for `chars` in `face`'s weight (sans-serif, the
// best coverage first) that stb_truetype can draw (TrueType or CFF outlines,
// not colour bitmaps: emoji), read and opened, until `take` returns false.
template <class Take>
void sortFonts(ui::FontFaces::Face face, const std::vector<uint32_t>& chars, Take take) {
    FcConfig* fc = fontconfig();
    if (!fc) return;
    FcCharSet* want = FcCharSetCreate();
    for (uint32_t c : chars) FcCharSetAddChar(want, c);
    FcPattern* pat = FcPatternCreate();
    FcPatternAddString(pat, FC_FAMILY, reinterpret_cast<const FcChar8*>("sans-serif"));
    FcPatternAddCharSet(pat, FC_CHARSET, want);
    FcPatternAddInteger(pat, FC_WEIGHT, face == ui::FontFaces::SemiBold ? FC_WEIGHT_SEMIBOLD : FC_WEIGHT_REGULAR);
    FcPatternAddBool(pat, FC_SCALABLE, FcTrue);
    FcConfigSubstitute(fc, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult result = FcResultNoMatch;
    FcFontSet* set = FcFontSort(fc, pat, FcTrue, nullptr, &result);
    for (int i = 0; set && i < set->nfont; ++i) {
        FcPattern* p = set->fonts[i];
        FcCharSet* has = nullptr;
        FcChar8* file = nullptr;
        FcChar8* format = nullptr;
        FcBool color = FcFalse;
        int index = 0;
        if (FcPatternGetCharSet(p, FC_CHARSET, 0, &has) != FcResultMatch ||
            FcPatternGetString(p, FC_FILE, 0, &file) != FcResultMatch)
            continue;
        FcPatternGetInteger(p, FC_INDEX, 0, &index);
        FcPatternGetBool(p, FC_COLOR, 0, &color);
        if (color || FcPatternGetString(p, FC_FONTFORMAT, 0, &format) != FcResultMatch ||
            (std::string_view(reinterpret_cast<const char*>(format)) != "TrueType" &&
             std::string_view(reinterpret_cast<const char*>(format)) != "CFF"))
            continue;
        if (std::none_of(chars.begin(), chars.end(), [&](uint32_t c) { return FcCharSetHasChar(has, c); })) continue;
        auto font = std::make_unique<SystemFont>();
        font->path = reinterpret_cast<const char*>(file);
        std::ifstream in(font->path, std::ios::binary);
        font->bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        font->index = index & 0xFFFF;  // high bits: a variable font's instance
        font->face = face;
        stbtt_fontinfo info;
        if (font->bytes.empty() || !openFont(font->bytes, font->index, &info)) continue;
        font->size = lineHeightEms(info) / interLineHeightEms(face);
        if (!take(std::move(font), info)) break;
    }
    if (set) FcFontSetDestroy(set);
    FcPatternDestroy(pat);
    FcCharSetDestroy(want);
}

// Takes the fonts fontconfig ranks best for `chars` while each adds a
// character still missing.
bool findFonts(ui::FontFaces::Face face, std::vector<uint32_t> chars) {
    bool took = false;
    sortFonts(face, chars, [&](std::unique_ptr<SystemFont> font, const stbtt_fontinfo& info) {
        size_t before = chars.size();
        chars.erase(std::remove_if(chars.begin(), chars.end(), [&](uint32_t c) { return stbtt_FindGlyphIndex(&info, static_cast<int>(c)) != 0; }),
                    chars.end());
        if (chars.size() != before) {
            g_fonts.push_back(std::move(font));
            took = true;
        }
        return !chars.empty();
    });
    return took;
}

bool hasAll(const stbtt_fontinfo& info, const std::vector<uint32_t>& chars) {
    return std::all_of(chars.begin(), chars.end(),
                       [&](uint32_t c) { return stbtt_FindGlyphIndex(&info, static_cast<int>(c)) != 0; });
}
bool hasAll(const SystemFont& f, const std::vector<uint32_t>& chars) {
    stbtt_fontinfo info;
    return openFont(f.bytes, f.index, &info) && hasAll(info, chars);
}

// Fonts fontconfig found for clusters (clusterFont): by script and face.
struct ClusterFonts {
    uint32_t script;
    ui::FontFaces::Face face;
    std::vector<std::unique_ptr<SystemFont>> fonts;  // each lookup's pick
    std::vector<std::vector<uint32_t>> none;         // characters no font has all of
};
std::vector<ClusterFonts> g_clusterFonts;

}  // namespace

bool addSystemFonts(const std::vector<uint32_t>& missing) {
    std::vector<uint32_t> fresh;
    std::set_difference(missing.begin(), missing.end(), g_asked.begin(), g_asked.end(), std::back_inserter(fresh));
    if (fresh.empty()) return false;  // every English atlas: fontconfig is never even loaded
    std::vector<uint32_t> asked;
    std::set_union(g_asked.begin(), g_asked.end(), fresh.begin(), fresh.end(), std::back_inserter(asked));
    g_asked = std::move(asked);
    if (!fontconfig()) return false;
    // Both weights: the bold face's characters from a bold font where the
    // system has one (fontconfig falls back to the regular one otherwise).
    bool regular = findFonts(ui::FontFaces::Regular, fresh);
    bool semiBold = findFonts(ui::FontFaces::SemiBold, fresh);
    // A character no system font has either draws as the theme's missing-glyph
    // box (ui/theme.cpp), as it does in every build.
    return regular || semiBold;
}

bool clusterFont(ui::FontFaces::Face face, uint32_t script, const std::vector<uint32_t>& chars, FontFile* out) {
    auto pick = [&](const SystemFont& f) {
        out->path = f.path;
        out->index = f.index;
        out->size = f.size;
        out->lineHeight = f.size * interLineHeightEms(face);
        return true;
    };
    // The font merged for this face that draws these characters one at a
    // time, so a cluster and a lone letter of its script match.
    for (const auto& f : g_fonts)
        if (f->face == face && hasAll(*f, chars)) return pick(*f);
    auto it = std::find_if(g_clusterFonts.begin(), g_clusterFonts.end(),
                           [&](const ClusterFonts& c) { return c.script == script && c.face == face; });
    if (it == g_clusterFonts.end()) it = g_clusterFonts.insert(g_clusterFonts.end(), ClusterFonts{script, face, {}, {}});
    for (const auto& f : it->fonts)
        if (hasAll(*f, chars)) return pick(*f);
    if (std::find(it->none.begin(), it->none.end(), chars) != it->none.end()) return false;
    // Before the system fonts are merged (the atlas's first build), or a
    // cluster the script's font so far lacks: fontconfig's best for it.
    bool found = false;
    sortFonts(face, chars, [&](std::unique_ptr<SystemFont> font, const stbtt_fontinfo& info) {
        if (!hasAll(info, chars)) return true;
        it->fonts.push_back(std::move(font));
        found = true;
        return false;
    });
    if (found) return pick(*it->fonts.back());
    it->none.push_back(chars);
    return false;
}

}  // namespace rc::desktop
